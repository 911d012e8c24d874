import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel, ClockStart, DeadlineKind } from '../../core/enums';
import { CHANNEL_LABELS } from '../../core/labels';
import { chinaDateOf } from '../clock';
import { Deadline } from '../deadline';
import type { Dispute } from '../dispute';
import { Matter, type TimeLimit } from '../matter';
import { Organization } from '../organization';
import type { Proceeding } from '../proceeding';
import { suggestRoutes } from '../routing';
import { quantityText } from './document-fields';

// Facts of the case that documents print and that no single module hands over:
// the ways open to the applicant (告知书), the proceeding's handling clock.

/** The channels a 告知书 lists: the ways that settle a dispute (domain notes §2), not supporting services. */
const WAYS: readonly Channel[] = [Channel.MEDIATION, Channel.ADJUDICATION, Channel.ARBITRATION, Channel.RECONSIDERATION, Channel.LITIGATION];

const START_WORDS: Partial<Record<string, string>> = {
  [ClockStart.RECEIPT]: '收到申请',
  [ClockStart.ACCEPTANCE]: '受理',
  [ClockStart.TRIBUNAL_FORMED]: '仲裁庭组成',
  [ClockStart.AGREEMENT_EFFECTIVE]: '调解协议生效',
};

/** 自收到申请之日起30个工作日内作出投诉处理决定 (a catalog time limit, for people). */
export function limitSentence(limit: TimeLimit): string {
  return `自${START_WORDS[limit.startsFrom] ?? '受理'}之日起${quantityText(limit.amount, limit.unit)}内${limit.action?.trim() || '办结'}`;
}

/**
 * The ways open for the dispute, one line each, from the routing rules and the matter
 * catalog: the channel, the organizations (best first, at most three), why, and the
 * time limit of the channel's matter.
 */
export async function waysOpenFor(em: EntityManager, dispute: Dispute, matter: Matter | null): Promise<string[]> {
  const matters = await em.find(Matter, {}, { populate: ['handlers'] });
  const organizations = await em.find(Organization, { active: true });
  const drafts = suggestRoutes(
    { category: dispute.category, region: dispute.region, source: dispute.source, matterCode: matter?.code ?? null, amount: dispute.amount },
    {
      matters: matters.map((m) => ({
        id: m.id,
        code: m.code,
        name: m.name,
        channel: m.channel,
        categories: m.categories,
        authorityId: m.authority?.id ?? null,
        handlerIds: m.handlers.getItems().map((o) => o.id),
      })),
      organizations: organizations.map((o) => ({ id: o.id, name: o.name, kind: o.kind, channels: o.channels, region: o.region })),
    },
    { limit: 30 },
  );
  const orgName = new Map(organizations.map((o) => [o.id, o.name]));
  const matterByCode = new Map(matters.map((m) => [m.code, m]));
  const byChannel = new Map<string, typeof drafts>();
  for (const d of drafts) {
    if (!WAYS.includes(d.channel as Channel)) continue;
    (byChannel.get(d.channel) ?? byChannel.set(d.channel, []).get(d.channel)!).push(d);
  }
  const lines: string[] = [];
  for (const [channel, list] of byChannel) {
    // Alternatives in another district only when nothing nearer is suggested.
    const best = list[0].score;
    const shown = list.filter((d) => d.score >= Math.min(best, 31)).slice(0, 3);
    const names = shown.map((d) => orgName.get(d.organizationId)!).join('、');
    const m = list[0].matterCode ? matterByCode.get(list[0].matterCode) : undefined;
    const limit = m ? `办理期限：${limitSentence(m.handlingTimeLimit)}。` : '';
    lines.push(`${CHANNEL_LABELS[channel as Channel]}（${names}）：${list[0].reason}${limit}`);
  }
  return lines;
}

/** The proceeding's handling limit and the due date of its newest handling clock. */
export async function handlingOf(em: EntityManager, p: Proceeding): Promise<{ caseNumber: string | null; acceptedOn: string | null; handlingLimit: string; handlingDueOn: string | null }> {
  const [clock] = await em.find(Deadline, { proceedingId: p.id, kind: DeadlineKind.HANDLING }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 1 });
  const rule = p.handlingRule;
  return {
    caseNumber: p.caseNumber,
    acceptedOn: p.acceptedAt ? chinaDateOf(p.acceptedAt) : null,
    handlingLimit: `${quantityText(rule.amount, rule.unit)}（自${START_WORDS[rule.startsFrom] ?? '受理'}之日起计算）`,
    handlingDueOn: clock?.dueOn ?? null,
  };
}
