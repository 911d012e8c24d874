import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { User } from '../src/modules/auth/user.entity';
import { hashPassword } from '../src/modules/auth/password';
import { HolidayCalendarYear } from '../src/modules/calendar/holiday-calendar.entity';
import { Matter } from '../src/modules/matter/matter.entity';
import type { TimeLimit } from '../src/modules/matter/matter.types';
import { Organization } from '../src/modules/organization/organization.entity';
import { applyDocumentReferenceData } from '../src/modules/document/document-reference';
import { applyReviewReferenceData } from '../src/modules/review/review.service';
import type { Channel, DisputeCategory, OrganizationKind, Role } from '../src/core/enums';
import { DOCUMENT_PREFIXES, MATTERS, ORGANIZATIONS, STAFF, USERS } from './data';
import { StaffRecord } from '../src/modules/staff/staff.entity';
import type { QualificationKind } from '../src/core/enums';
import type { TimeLimitSeed } from './data/types';
import { officialSchedulesFromChineseDays } from './holidays';

/** Seeded only into demo and test databases, never by migrations. */
export const DEMO_PASSWORD = 'demo-password';

export interface SeedReport {
  organizations: number;
  matters: number;
  calendarYears: number;
  users: number;
  demoDisputes: number;
}

export interface SeedOptions {
  /** Demo accounts (and demo disputes once the lifecycle exists). */
  demo: boolean;
  /** Extra step for demo data that needs the running domain services. */
  demoDisputes?: (em: EntityManager) => Promise<number>;
}

function toTimeLimit(seed: TimeLimitSeed | null): TimeLimit | null {
  if (!seed) return null;
  return {
    amount: seed.amount,
    unit: seed.unit as TimeLimit['unit'],
    startsFrom: seed.startsFrom as TimeLimit['startsFrom'],
    pauseReasons: [...seed.pauseReasons] as TimeLimit['pauseReasons'],
    maxExtension: seed.maxExtension,
    extensible: seed.extensible,
    legalBasis: seed.legalBasis,
    action: seed.action,
  };
}

/** Staff records of the demo accounts that have none (#17); training years counted back from this year. */
async function seedStaffRecords(em: EntityManager): Promise<void> {
  const users = await em.find(User, { username: { $in: STAFF.map((s) => s.username) } }, { fields: ['id', 'username'] });
  const withRecord = new Set((await em.find(StaffRecord, { userId: { $in: users.map((u) => u.id) } }, { fields: ['userId'] })).map((r) => r.userId));
  const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
  for (const u of users) {
    const seed = STAFF.find((s) => s.username === u.username)!;
    if (withRecord.has(u.id)) continue;
    em.create(StaffRecord, {
      id: randomUUID(),
      userId: u.id,
      handlingUnit: seed.handlingUnit,
      qualifications: seed.qualifications.map((q) => ({ kind: q.kind as QualificationKind, number: q.number, issuedOn: q.issuedOn })),
      training: seed.trainingHours.map((hours, i) => ({ year: thisYear - i, hours })),
      updatedAt: new Date(),
    });
  }
  await em.flush();
}

/**
 * Idempotent: inserts what is missing and leaves what exists alone, so an
 * administrator's corrections to the catalog or a loaded calendar year survive
 * a re-seed. Runs in one transaction.
 */
export async function seedDatabase(orm: MikroORM, options: SeedOptions): Promise<SeedReport> {
  const report: SeedReport = { organizations: 0, matters: 0, calendarYears: 0, users: 0, demoDisputes: 0 };
  // One scrypt hash shared by every demo account: the password is public anyway, and a KDF run per
  // account (18 of them) would cost every start, and every test hub, seconds.
  const demoHash = options.demo ? await hashPassword(DEMO_PASSWORD) : null;
  await orm.em.fork().transactional(async (em) => {
    const orgs = new Map((await em.find(Organization, {})).map((o) => [o.key, o]));
    for (const seed of ORGANIZATIONS) {
      if (orgs.has(seed.key)) continue;
      const org = em.create(Organization, {
        id: randomUUID(),
        key: seed.key,
        name: seed.name,
        kind: seed.kind as OrganizationKind,
        channels: [...seed.channels] as Channel[],
        region: seed.region,
      });
      orgs.set(seed.key, org);
      report.organizations++;
    }

    const existingMatters = new Set((await em.find(Matter, {}, { fields: ['code'] })).map((m) => m.code));
    for (const seed of MATTERS) {
      if (existingMatters.has(seed.code)) continue;
      const matter = em.create(Matter, {
        id: randomUUID(),
        code: seed.code,
        name: seed.name,
        channel: seed.channel as Channel,
        authority: seed.authorityKey ? orgs.get(seed.authorityKey)! : null,
        categories: [...seed.categories] as DisputeCategory[],
        legalBasis: [...seed.legalBasis],
        conditions: [...seed.conditions],
        procedure: [...seed.procedure],
        acceptanceTimeLimit: toTimeLimit(seed.acceptanceTimeLimit),
        handlingTimeLimit: toTimeLimit(seed.handlingTimeLimit)!,
        simplifiedHandlingTimeLimit: toTimeLimit(seed.simplifiedHandlingTimeLimit),
        requiredMaterials: seed.requiredMaterials.map((m) => ({ name: m.name, required: m.required, note: m.note ?? null })),
        applicationForm: {
          title: seed.applicationForm.title,
          fields: seed.applicationForm.fields.map((f) => ({ ...f, type: f.type as never, options: f.options ?? null })),
        },
        needsVerification: seed.needsVerification,
        unverifiedLegalBasis: [...(seed.unverifiedLegalBasis ?? [])],
      });
      for (const key of seed.handlerKeys) matter.handlers.add(orgs.get(key)!);
      report.matters++;
    }

    const years = new Set((await em.find(HolidayCalendarYear, {}, { fields: ['year'] })).map((y) => y.year));
    for (const schedule of officialSchedulesFromChineseDays()) {
      if (years.has(schedule.year)) continue;
      em.create(HolidayCalendarYear, {
        year: schedule.year,
        source: schedule.source,
        holidays: schedule.holidays,
        makeUpWorkdays: schedule.makeUpWorkdays,
        loadedBy: null,
      });
      report.calendarYears++;
    }

    if (options.demo) {
      const existingUsers = new Set((await em.find(User, {}, { fields: ['username'] })).map((u) => u.username));
      USERS.forEach((seed) => {
        if (existingUsers.has(seed.username)) return;
        em.create(User, {
          id: randomUUID(),
          username: seed.username,
          displayName: seed.displayName,
          passwordHash: demoHash!,
          roles: [...seed.roles] as Role[],
          organization: seed.organizationKey ? orgs.get(seed.organizationKey)! : null,
          demoAccount: true,
        });
        report.users++;
      });
    }
    await em.flush();
    if (options.demo) await seedStaffRecords(em as EntityManager);
    // Legal-document templates and number prefixes (reference data of the document module): added or updated, never over an administrator's version.
    await applyDocumentReferenceData(em as EntityManager, DOCUMENT_PREFIXES);
    // The case-file review checklist (reference data of the review module): version 1 added, never over an administrator's version.
    await applyReviewReferenceData(em as EntityManager);
    if (options.demo && options.demoDisputes) report.demoDisputes = await options.demoDisputes(em);
  });
  return report;
}
