/**
 * The remedy a decision must state (救济途径和期限), by matter: which ways are
 * open against it, the time limit of each and its legal basis. A decision names
 * the reconsideration body and the court in full (the issuing officer types them);
 * the paragraph itself is generated from this table, never typed freely, so that
 * a time limit or an article cannot be misquoted (domain notes §1).
 *
 * Shipped as data: a matter without a row of its own gets DEFAULT_REMEDY.
 */

export type RemedyRouteKind = 'RECONSIDERATION' | 'LITIGATION';

export interface RemedyRoute {
  kind: RemedyRouteKind;
  /** The time limit as printed, e.g. 六十日, 六个月, 十五日. */
  limit: string;
  /** From when it runs, completing "自…之日起", e.g. 知道本决定. */
  runsFrom: string;
  /** The article that sets it. */
  basis: string;
}

export interface RemedyRule {
  /** The ways open, joined with "或者" (the party chooses one). */
  routes: RemedyRoute[];
  /** What the decision is called in the remedy sentence (本决定, 本处理决定). */
  decisionWord: string;
  /** Printed after the routes (e.g. the civil dispute decided in the same case). */
  notes: string[];
}

const RECONSIDERATION_60_DAYS: RemedyRoute = {
  kind: 'RECONSIDERATION',
  limit: '六十日',
  runsFrom: '知道本决定',
  basis: '《中华人民共和国行政复议法》第二十条',
};

const LITIGATION_6_MONTHS: RemedyRoute = {
  kind: 'LITIGATION',
  limit: '六个月',
  runsFrom: '知道本决定',
  basis: '《中华人民共和国行政诉讼法》第四十六条',
};

/** 行政诉讼法第六十一条: in a suit against the adjudication of a civil dispute, the court may decide the civil dispute too. */
const CIVIL_DISPUTE_TOGETHER = '在行政诉讼中，当事人可以申请人民法院一并解决相关民事争议（《中华人民共和国行政诉讼法》第六十一条）。';

/** Any administrative decision (and a decision not to accept): reconsideration within 60 days or a suit within 6 months. */
export const DEFAULT_REMEDY: RemedyRule = {
  routes: [RECONSIDERATION_60_DAYS, LITIGATION_6_MONTHS],
  decisionWord: '本决定',
  notes: [],
};

export const REMEDY_RULES: Readonly<Record<string, RemedyRule>> = {
  // 政府采购法第五十八条: reconsideration or administrative litigation against the complaint decision.
  'GOV-PROCUREMENT-COMPLAINT': {
    routes: [RECONSIDERATION_60_DAYS, LITIGATION_6_MONTHS],
    decisionWord: '本决定',
    notes: [],
  },
  // 专利法第六十五条: suit within 15 days of receiving the handling decision.
  'PATENT-INFRINGEMENT': {
    routes: [{ kind: 'LITIGATION', limit: '十五日', runsFrom: '收到本处理决定书', basis: '《中华人民共和国专利法》第六十五条' }],
    decisionWord: '本处理决定',
    notes: ['侵权人期满不起诉又不停止侵权行为的，本机关可以申请人民法院强制执行。', CIVIL_DISPUTE_TOGETHER],
  },
  // 土地管理法第十四条: suit within 30 days of receiving the handling decision.
  'LAND-OWNERSHIP': {
    routes: [{ kind: 'LITIGATION', limit: '三十日', runsFrom: '接到本处理决定', basis: '《中华人民共和国土地管理法》第十四条' }],
    decisionWord: '本处理决定',
    notes: ['在土地所有权和使用权争议解决前，任何一方不得改变土地利用现状（《中华人民共和国土地管理法》第十四条）。', CIVIL_DISPUTE_TOGETHER],
  },
};

export function remedyRuleOf(matterCode: string | null | undefined): RemedyRule {
  return (matterCode && REMEDY_RULES[matterCode]) || DEFAULT_REMEDY;
}

/** The bodies a remedy names, in full (an abbreviation such as 市政府 or 法院 does not do). */
export interface RemedyBodies {
  reconsiderationBody: string | null;
  court: string | null;
}

/**
 * The remedy paragraph, e.g. 当事人如不服本决定，可以自知道本决定之日起六十日内向杭州市富阳区人民政府申请行政复议
 * （《中华人民共和国行政复议法》第二十条），或者自知道本决定之日起六个月内向杭州市富阳区人民法院提起行政诉讼（…第四十六条）。
 * The caller has checked that every body the rule needs is named.
 */
export function remedyParagraph(rule: RemedyRule, bodies: RemedyBodies): string {
  const ways = rule.routes.map((r) =>
    r.kind === 'RECONSIDERATION'
      ? `自${r.runsFrom}之日起${r.limit}内向${bodies.reconsiderationBody}申请行政复议（${r.basis}）`
      : `自${r.runsFrom}之日起${r.limit}内向${bodies.court}提起行政诉讼（${r.basis}）`,
  );
  return [`当事人如不服${rule.decisionWord}，可以${ways.join('，或者')}。`, ...rule.notes].join('');
}
