import type { MikroORM } from '@mikro-orm/postgresql';

export interface DataTotals {
  organizations: number;
  matters: number;
  users: number;
  calendarYears: number;
}

/** What the database holds after the seed step (not what this start inserted). */
export async function countDataTotals(orm: MikroORM): Promise<DataTotals> {
  const [row] = await orm.em
    .fork()
    .getConnection()
    .execute<{ organizations: string; matters: string; users: string; calendar_years: string }[]>(
      `select (select count(*) from organization) as organizations,
              (select count(*) from matter) as matters,
              (select count(*) from hub_user) as users,
              (select count(*) from holiday_calendar) as calendar_years`,
    );
  return { organizations: Number(row.organizations), matters: Number(row.matters), users: Number(row.users), calendarYears: Number(row.calendar_years) };
}

/**
 * The seed log line: totals first, then what this start added, e.g.
 * "seed data checked: 14 organizations, 9 matters, 31 users, 2 calendar years exist (added: nothing)".
 */
export function describeSeed(totals: DataTotals, added: object): string {
  const exists = `${totals.organizations} organizations, ${totals.matters} matters, ${totals.users} users, ${totals.calendarYears} calendar years`;
  const addedParts = Object.entries(added)
    .filter(([, n]) => typeof n === 'number' && n > 0)
    .map(([what, n]) => `${n as number} ${what}`);
  return `seed data checked: ${exists} exist (added: ${addedParts.length ? addedParts.join(', ') : 'nothing'})`;
}
