/**
 * Explainable routing rules (分流规则): which organizations, on which channel,
 * a dispute could be referred to, best first, each with a reason in plain
 * Chinese that names the law where one decides the order.
 *
 * A pure function of the dispute and the catalog (matters + organizations):
 * no database, no clock, no randomness. The resolver of
 * `Query.routeSuggestions` loads the catalog and maps the drafts to
 * `RouteSuggestion` objects.
 *
 * How it works: every rule below proposes (organization, channel) pairs with a
 * score and a reason; the proposals are merged keeping the best score per
 * (organization, channel), then sorted by score (desc) and organization name.
 * The logic only looks at ids, kinds, channels, regions and matter
 * categories; names appear in reasons only.
 */

import { CITY_REGION, parentRegion } from '../../core/validation/regions';

// ---------------------------------------------------------------- public types

export interface RoutingOrganization {
  id: string;
  name: string;
  /** OrganizationKind */
  kind: string;
  /** Channel[] */
  channels: string[];
  region: string;
}

export interface RoutingMatter {
  id: string;
  code: string;
  name: string;
  /** Channel */
  channel: string;
  /** DisputeCategory[] */
  categories: string[];
  authorityId: string | null;
  handlerIds: string[];
}

export interface RoutingDispute {
  /** DisputeCategory */
  category: string;
  region: string;
  /** DisputeSource */
  source: string;
  matterCode: string | null;
  amount: string | null;
}

export interface RouteSuggestionDraft {
  organizationId: string;
  /** Channel */
  channel: string;
  matterCode: string | null;
  /** Plain Chinese, one or two sentences. */
  reason: string;
  /** 0..100, higher is better. */
  score: number;
}

export interface RoutingCatalog {
  matters: RoutingMatter[];
  organizations: RoutingOrganization[];
}

export interface RouteOptions {
  /** Organization ids never to suggest (e.g. ones that already declined this dispute). */
  exclude?: string[];
  /** At most this many suggestions (default DEFAULT_ROUTE_LIMIT). */
  limit?: number;
}

// ---------------------------------------------------------------- scores

/**
 * Every score the rules give, in one place (0..100, deterministic).
 *
 * Tiers by region: `local` = the organization sits in the dispute's own
 * district/county; `city` = it is a city-level (杭州市) organization; `other` =
 * another district's organization (kept as a low alternative).
 *
 * The order they produce:
 *  98  land ownership: the local people's mediation committee (调解先行), above every authority
 *  95/92  the dispute's own matter: local handler / city-level handler
 *  90  civil disputes: the local people's mediation committee; labour: the labour arbitration commission
 *  85  civil disputes: a city-level mediation organization specialised in the category
 *  80/70  matters of administrative adjudication listing the category: local / city authority
 *  62/60  mediation as an alternative to administrative adjudication (e.g. IP mediation for patents)
 *  55  civil disputes: a city-level mediation organization that also takes the category
 *  50/48  labour disputes: mediation (below arbitration)
 *  45  commercial arbitration (needs an arbitration agreement)
 *  30  handlers in another district
 *  25/20  supporting services: judicial appraisal / notarization
 *  15  petition, administrative reconsideration (not substitutes for the routes above)
 *   5  litigation: the last resort, always last
 */
export const ROUTE_SCORES = {
  /** Rule 3: land ownership, the local people's mediation committee. */
  landMediationFirst: 98,
  /** Rule 1: handlers of the dispute's own matter. */
  ownMatter: { local: 95, city: 92, other: 30 },
  /** Rule 4: civil disputes suited to mediation. */
  civilMediation: { local: 90, specialist: 85, general: 55, other: 30 },
  /** Rule 4: labour disputes, arbitration first (仲裁前置). */
  laborArbitration: { local: 90, city: 88, other: 30 },
  /** Rule 2: matters of administrative adjudication listing the category. */
  adjudicationByCategory: { local: 80, city: 70, other: 30 },
  /** Rule 4: mediation as an alternative to administrative adjudication. */
  mediationAlternative: { local: 62, city: 60, other: 30 },
  /** Rule 4: labour disputes, mediation below arbitration. */
  laborMediation: { local: 50, city: 48, other: 30 },
  /** Rule 2: commercial arbitration, when the parties agreed to arbitrate. */
  commercialArbitration: 45,
  /** Rule 2: supporting services. */
  judicialAppraisal: 25,
  notarization: 20,
  /** Rule 2: petition and reconsideration do not replace the routes above. */
  petition: 15,
  reconsideration: 15,
  /** Supporting services from another district score this much less. */
  otherRegionPenalty: 5,
  /** Rule 4: litigation, the last resort. */
  litigationLastResort: 5,
} as const;

/** Default number of suggestions returned. */
export const DEFAULT_ROUTE_LIMIT = 8;

/** Organization kinds never suggested: they route, guide or review, they do not handle. */
export const NON_HANDLING_KINDS: readonly string[] = Object.freeze(['DISPUTE_CENTER', 'JUSTICE_BUREAU']);

/** Civil categories suited to mediation first (rule 4). */
export const MEDIABLE_CATEGORIES: readonly string[] = Object.freeze(['NEIGHBORHOOD', 'FAMILY', 'PROPERTY_MANAGEMENT', 'CONSUMER', 'CONTRACT', 'TRAFFIC', 'MEDICAL', 'CONSTRUCTION', 'OTHER']);

/**
 * Categories whose first-instance court is city-level: patent disputes are
 * heard by courts designated by the Supreme People's Court (in Hangzhou the
 * intermediate court), not by every district court.
 */
const CITY_COURT_CATEGORIES: ReadonlySet<string> = new Set(['PATENT_INFRINGEMENT']);

// ---------------------------------------------------------------- words

const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  GOVERNMENT_PROCUREMENT: '政府采购纠纷',
  PATENT_INFRINGEMENT: '专利侵权纠纷',
  LAND_OWNERSHIP: '土地权属争议',
  CONTRACT: '合同纠纷',
  LABOR: '劳动争议',
  NEIGHBORHOOD: '邻里纠纷',
  FAMILY: '婚姻家庭纠纷',
  PROPERTY_MANAGEMENT: '物业纠纷',
  CONSUMER: '消费纠纷',
  CONSTRUCTION: '建设工程纠纷',
  MEDICAL: '医疗纠纷',
  TRAFFIC: '道路交通事故纠纷',
  OTHER: '民事纠纷',
};

/** The law that gives an administrative authority the power to decide a category (行政裁决). */
const ADJUDICATION_BASIS: Readonly<Record<string, string>> = {
  GOVERNMENT_PROCUREMENT: '《政府采购法》第五十五条和《政府采购质疑和投诉办法》',
  PATENT_INFRINGEMENT: '《专利法》第六十五条',
  LAND_OWNERSHIP: '《土地管理法》第十四条',
};

function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? '纠纷';
}

function basisSuffix(category: string): string {
  const basis = ADJUDICATION_BASIS[category];
  return basis ? `（依据${basis}）` : '';
}

// ---------------------------------------------------------------- internals

type Tier = 'local' | 'city' | 'other';

interface Proposal {
  org: RoutingOrganization;
  channel: string;
  matter: RoutingMatter | null;
  score: number;
  reason: string;
}

interface Context {
  dispute: RoutingDispute;
  matters: RoutingMatter[];
  orgById: ReadonlyMap<string, RoutingOrganization>;
  /** The dispute's own matter, when its code is in the catalog. */
  ownMatter: RoutingMatter | null;
  /** The region whose organizations count as city level for this dispute. */
  cityRegion: string;
}

/** local: same district/county as the dispute; city: the city level above it; other: anywhere else. */
function tierOf(org: RoutingOrganization, ctx: Context): Tier {
  if (org.region === ctx.dispute.region) return 'local';
  if (org.region === ctx.cityRegion) return 'city';
  return 'other';
}

/** A district/county organization (not city level): the territorial, grassroots kind. */
function isGrassroots(org: RoutingOrganization): boolean {
  return parentRegion(org.region) !== null;
}

/** Organizations that handle a matter (its authority and handlers), in catalog order, handling its channel. */
function handlersOf(matter: RoutingMatter, ctx: Context): RoutingOrganization[] {
  const ids = matter.authorityId ? [matter.authorityId, ...matter.handlerIds] : matter.handlerIds;
  const seen = new Set<string>();
  const out: RoutingOrganization[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const org = ctx.orgById.get(id);
    if (org && org.channels.includes(matter.channel)) out.push(org);
  }
  return out;
}

/** Matters on `channel` that list the dispute's category. */
function mattersFor(ctx: Context, channel: string): RoutingMatter[] {
  return ctx.matters.filter((m) => m.channel === channel && m.categories.includes(ctx.dispute.category));
}

/** The first matter on `channel` an organization handles (for its matterCode), else null. */
function matterHandledBy(org: RoutingOrganization, channel: string, ctx: Context): RoutingMatter | null {
  return ctx.matters.find((m) => m.channel === channel && (m.authorityId === org.id || m.handlerIds.includes(org.id))) ?? null;
}

/** Supporting services: full score at local or city level, a little less from another district. */
function supportScore(base: number, tier: Tier): number {
  return tier === 'other' ? base - ROUTE_SCORES.otherRegionPenalty : base;
}

function courtSourcePrefix(ctx: Context): string {
  return ctx.dispute.source === 'COURT' ? '本纠纷由法院转来，适宜调解的先行诉前调解（《民事诉讼法》先行调解的规定）；' : '';
}

// ---------------------------------------------------------------- rules

/**
 * Rule 1 — the dispute's own matter first. Its handlers in the dispute's own
 * district/county score highest (就近办理), then the city-level ones (the
 * matter's authority), then other districts' handlers low. A litigation
 * matter is not boosted: litigation stays the last resort (see
 * litigationLastResortRule).
 */
function ownMatterRule(ctx: Context): Proposal[] {
  const matter = ctx.ownMatter;
  if (!matter || matter.channel === 'LITIGATION') return [];
  const { region, category } = ctx.dispute;
  const handlers = handlersOf(matter, ctx);
  const hasLocal = handlers.some((o) => tierOf(o, ctx) === 'local');
  return handlers.map((org) => {
    const tier = tierOf(org, ctx);
    const s = ROUTE_SCORES.ownMatter;
    let reason: string;
    if (tier === 'local') {
      reason = `本纠纷属${matter.name}事项，发生在${region}，由${org.name}就近办理${basisSuffix(category)}。`;
    } else if (tier === 'city') {
      const role = org.id === matter.authorityId ? '主管机关' : '办理机构';
      reason = hasLocal
        ? `本纠纷属${matter.name}事项，${org.name}是该事项的市级${role}，也可以受理${basisSuffix(category)}。`
        : `本纠纷属${matter.name}事项，${region}没有本地办理机构，由市级${role}${org.name}办理${basisSuffix(category)}。`;
    } else {
      reason = `${org.name}也办理${matter.name}事项，但不在纠纷发生地${region}，一般由属地或市级机构办理，仅作备选。`;
    }
    return { org, channel: matter.channel, matter, score: s[tier], reason };
  });
}

/**
 * Rule 2 — no matter given (or as alternatives to it): matters of
 * administrative adjudication (行政裁决) that list the dispute's category
 * propose their authorities, with the same regional preference as rule 1.
 * For land ownership the authority also mediates first once it accepts.
 */
function adjudicationByCategoryRule(ctx: Context): Proposal[] {
  const { region, category } = ctx.dispute;
  const out: Proposal[] = [];
  for (const matter of mattersFor(ctx, 'ADJUDICATION')) {
    const handlers = handlersOf(matter, ctx);
    const hasLocal = handlers.some((o) => tierOf(o, ctx) === 'local');
    for (const org of handlers) {
      const tier = tierOf(org, ctx);
      const label = categoryLabel(category);
      const landNote = category === 'LAND_OWNERSHIP' ? '，受理后亦先行调解' : '';
      let reason: string;
      if (tier === 'local') {
        reason = `本纠纷属${label}，发生在${region}，可由${org.name}就近受理${matter.name}${basisSuffix(category)}${landNote}。`;
      } else if (tier === 'city') {
        reason = hasLocal
          ? `${org.name}是${matter.name}的市级主管机关，也可以受理本${label}${basisSuffix(category)}${landNote}。`
          : `${region}没有本地受理机关，由市级主管机关${org.name}受理${matter.name}${basisSuffix(category)}${landNote}。`;
      } else {
        reason = `${org.name}也办理${matter.name}，但不在纠纷发生地${region}，一般由属地或市级机关受理，仅作备选。`;
      }
      out.push({ org, channel: matter.channel, matter, score: ROUTE_SCORES.adjudicationByCategory[tier], reason });
    }
  }
  return out;
}

/**
 * Rule 3 — land ownership: mediation comes first (调解先行, 《土地权属争议调查处理办法》
 * 第二十三条). The people's mediation committee of the dispute's own
 * district/county scores above every land authority; the authorities follow
 * (rules 1 and 2 put the local branch before the city bureau). Only a
 * grassroots committee of the same district qualifies: land disputes need
 * local knowledge, and a city-level committee is a specialised one.
 */
function landMediationFirstRule(ctx: Context): Proposal[] {
  const { region, category } = ctx.dispute;
  if (category !== 'LAND_OWNERSHIP') return [];
  const committees = [...ctx.orgById.values()].filter((o) => o.kind === 'PEOPLES_MEDIATION_COMMITTEE' && o.channels.includes('MEDIATION') && o.region === region && isGrassroots(o));
  return committees.map((org) => ({
    org,
    channel: 'MEDIATION',
    matter: matterHandledBy(org, 'MEDIATION', ctx),
    score: ROUTE_SCORES.landMediationFirst,
    reason: `依《土地权属争议调查处理办法》第二十三条，土地权属争议调解先行：建议先由${org.name}在${region}就近组织调解，调解不成再申请土地权属争议调查处理。`,
  }));
}

/**
 * Rule 4 (civil) — categories suited to mediation: the people's mediation
 * committee of the dispute's own district/county first (free of charge,
 * 《人民调解法》第四条); then city-level mediation organizations whose matter lists
 * the category: specialised ones (the category is the first their matter
 * lists, e.g. construction → the construction dispute mediation center) just
 * below, general ones (e.g. the lawyer mediation studio for a family dispute)
 * lower; other districts' committees low. Rule 5: for a dispute that came from
 * a court the reason says it is 诉前调解.
 */
function civilMediationRule(ctx: Context): Proposal[] {
  const { region, category } = ctx.dispute;
  if (!MEDIABLE_CATEGORIES.includes(category)) return [];
  const label = categoryLabel(category);
  const prefix = courtSourcePrefix(ctx);
  const s = ROUTE_SCORES.civilMediation;
  const out: Proposal[] = [];
  for (const matter of mattersFor(ctx, 'MEDIATION')) {
    for (const org of handlersOf(matter, ctx)) {
      const tier = tierOf(org, ctx);
      if (tier === 'local' && isGrassroots(org)) {
        out.push({
          org,
          channel: 'MEDIATION',
          matter,
          score: s.local,
          reason: `${prefix}${label}适宜先行调解，${org.name}在纠纷发生地${region}，可就近免费调解（《人民调解法》第四条），达成协议可申请司法确认。`,
        });
      } else if (tier === 'other') {
        out.push({
          org,
          channel: 'MEDIATION',
          matter,
          score: s.other,
          reason: `${org.name}位于${org.region}，不在纠纷发生地${region}；人民调解以属地为主，仅作备选。`,
        });
      } else if (matter.categories[0] === category) {
        out.push({
          org,
          channel: 'MEDIATION',
          matter,
          score: s.specialist,
          reason: `${prefix}${org.name}专门调解${label}（${matter.name}），熟悉行业规则，适合调解本纠纷。`,
        });
      } else {
        out.push({
          org,
          channel: 'MEDIATION',
          matter,
          score: s.general,
          reason: `${prefix}${org.name}也受理${label}的调解（${matter.name}），可作为调解的备选。`,
        });
      }
    }
  }
  return out;
}

/**
 * Rule 4 (labour) — labour disputes go to the labour arbitration commission
 * first: arbitration is a precondition of a lawsuit (仲裁前置,
 * 《劳动争议调解仲裁法》第五条). Mediation (第十条: grassroots people's mediation
 * among others) is optional and scored below arbitration.
 */
function laborRule(ctx: Context): Proposal[] {
  const { region, category } = ctx.dispute;
  if (category !== 'LABOR') return [];
  const out: Proposal[] = [];
  for (const matter of mattersFor(ctx, 'ARBITRATION')) {
    for (const org of handlersOf(matter, ctx)) {
      if (org.kind !== 'LABOR_ARBITRATION_COMMISSION') continue;
      const tier = tierOf(org, ctx);
      out.push({
        org,
        channel: 'ARBITRATION',
        matter,
        score: ROUTE_SCORES.laborArbitration[tier],
        reason:
          tier === 'other'
            ? `${org.name}不在纠纷发生地${region}，劳动争议一般由劳动合同履行地或用人单位所在地的仲裁委员会管辖，仅作备选。`
            : `劳动争议实行仲裁前置：协商、调解不成的，应向${org.name}申请仲裁，对仲裁裁决不服的方可起诉（《劳动争议调解仲裁法》第五条）。`,
      });
    }
  }
  for (const matter of mattersFor(ctx, 'MEDIATION')) {
    for (const org of handlersOf(matter, ctx)) {
      const tier = tierOf(org, ctx);
      out.push({
        org,
        channel: 'MEDIATION',
        matter,
        score: ROUTE_SCORES.laborMediation[tier],
        reason:
          tier === 'other'
            ? `${org.name}位于${org.region}，不在纠纷发生地${region}，仅作劳动争议调解的备选。`
            : `劳动争议可以先向调解组织申请调解（《劳动争议调解仲裁法》第五条、第十条），${org.name}可以调解；不愿调解或调解不成的，仍须申请劳动仲裁。`,
      });
    }
  }
  return out;
}

/**
 * Rule 4 (adjudication categories) — where the law provides administrative
 * adjudication (e.g. patent infringement), mediation by an organization whose
 * matter lists the category (e.g. the IP dispute mediation committee) is an
 * alternative, scored below the authorities of rule 2. Land ownership (rule 3),
 * labour and the civil categories have their own mediation rules.
 */
function mediationAlternativeRule(ctx: Context): Proposal[] {
  const { region, category } = ctx.dispute;
  if (category === 'LAND_OWNERSHIP' || category === 'LABOR' || MEDIABLE_CATEGORIES.includes(category)) return [];
  const label = categoryLabel(category);
  const out: Proposal[] = [];
  for (const matter of mattersFor(ctx, 'MEDIATION')) {
    for (const org of handlersOf(matter, ctx)) {
      const tier = tierOf(org, ctx);
      out.push({
        org,
        channel: 'MEDIATION',
        matter,
        score: ROUTE_SCORES.mediationAlternative[tier],
        reason:
          tier === 'other'
            ? `${org.name}位于${org.region}，不在纠纷发生地${region}，仅作调解备选。`
            : `${label}也可以先由${org.name}调解（${matter.name}），作为行政裁决之外的选择；调解不成仍可请求行政裁决或者起诉。`,
      });
    }
  }
  return out;
}

/**
 * Rule 2 (arbitration) — commercial arbitration for categories its matter
 * lists, scored modestly: it needs an arbitration agreement between the
 * parties (《仲裁法》). Labour disputes are not arbitrable there (laborRule).
 */
function commercialArbitrationRule(ctx: Context): Proposal[] {
  if (ctx.dispute.category === 'LABOR') return [];
  const out: Proposal[] = [];
  for (const matter of mattersFor(ctx, 'ARBITRATION')) {
    for (const org of handlersOf(matter, ctx)) {
      if (org.kind === 'LABOR_ARBITRATION_COMMISSION') continue;
      out.push({
        org,
        channel: 'ARBITRATION',
        matter,
        score: supportScore(ROUTE_SCORES.commercialArbitration, tierOf(org, ctx)),
        reason: `如双方订有仲裁协议，可以向${org.name}申请仲裁，一裁终局；没有仲裁协议的，仲裁委员会不予受理（《仲裁法》）。`,
      });
    }
  }
  return out;
}

/**
 * Rule 2 (supporting services) — judicial appraisal and notarization, for
 * categories their matter lists: they do not settle the dispute themselves
 * but support the routes above, so they score low.
 */
function supportingServicesRule(ctx: Context): Proposal[] {
  const out: Proposal[] = [];
  for (const matter of mattersFor(ctx, 'JUDICIAL_APPRAISAL')) {
    for (const org of handlersOf(matter, ctx)) {
      out.push({
        org,
        channel: matter.channel,
        matter,
        score: supportScore(ROUTE_SCORES.judicialAppraisal, tierOf(org, ctx)),
        reason: `如对伤残等级、医疗过错、工程质量等专门性问题有争议，可以委托${org.name}进行司法鉴定，为调解、仲裁或诉讼提供依据。`,
      });
    }
  }
  for (const matter of mattersFor(ctx, 'NOTARIZATION')) {
    for (const org of handlersOf(matter, ctx)) {
      out.push({
        org,
        channel: matter.channel,
        matter,
        score: supportScore(ROUTE_SCORES.notarization, tierOf(org, ctx)),
        reason: `和解或调解达成的给付协议可以由${org.name}办理公证，赋予强制执行效力的债权文书可以直接申请执行（《公证法》第三十七条）。`,
      });
    }
  }
  return out;
}

/**
 * Rule 2 (petition, reconsideration) — listed low: a petition does not replace
 * the legal routes (《信访工作条例》 guides such claims to them), and
 * reconsideration is against an administrative decision on the dispute, once
 * there is one (《行政复议法》).
 */
function petitionAndReconsiderationRule(ctx: Context): Proposal[] {
  const out: Proposal[] = [];
  for (const matter of mattersFor(ctx, 'PETITION')) {
    for (const org of handlersOf(matter, ctx)) {
      out.push({
        org,
        channel: matter.channel,
        matter,
        score: supportScore(ROUTE_SCORES.petition, tierOf(org, ctx)),
        reason: `信访不替代调解、裁决、仲裁、诉讼等法定途径（《信访工作条例》）；对有关部门的处理有意见时，可以向${org.name}反映。`,
      });
    }
  }
  for (const matter of mattersFor(ctx, 'RECONSIDERATION')) {
    for (const org of handlersOf(matter, ctx)) {
      out.push({
        org,
        channel: matter.channel,
        matter,
        score: supportScore(ROUTE_SCORES.reconsideration, tierOf(org, ctx)),
        reason: `对行政机关就本纠纷作出的处理决定不服的，可以向${org.name}申请行政复议（《行政复议法》）。`,
      });
    }
  }
  return out;
}

/**
 * Rule 4 (court) — litigation is the last resort, always scored lowest: one
 * court, the one of the dispute's own district/county if the catalog has it,
 * else the city-level (intermediate) court; patent disputes go to the
 * city-level court (designated jurisdiction). Only courts handling a
 * litigation matter that lists the category (or the dispute's own litigation
 * matter) are considered.
 */
function litigationLastResortRule(ctx: Context): Proposal[] {
  const { category } = ctx.dispute;
  const matters = mattersFor(ctx, 'LITIGATION');
  if (ctx.ownMatter?.channel === 'LITIGATION' && !matters.includes(ctx.ownMatter)) matters.unshift(ctx.ownMatter);
  const courts: Array<{ org: RoutingOrganization; matter: RoutingMatter; tier: Tier }> = [];
  for (const matter of matters) {
    for (const org of handlersOf(matter, ctx)) courts.push({ org, matter, tier: tierOf(org, ctx) });
  }
  const preferCity = CITY_COURT_CATEGORIES.has(category);
  const order: Tier[] = preferCity ? ['city', 'local'] : ['local', 'city'];
  let chosen: (typeof courts)[number] | undefined;
  for (const tier of order) {
    chosen = courts.find((c) => c.tier === tier);
    if (chosen) break;
  }
  if (!chosen) return [];
  const { org, matter } = chosen;
  let reason: string;
  if (category === 'LABOR') {
    reason = `诉讼是最后的途径：劳动争议须先经仲裁，对仲裁裁决不服的，方可向${org.name}起诉（《劳动争议调解仲裁法》第五条）。`;
  } else if (preferCity) {
    reason = `诉讼是最后的途径：${categoryLabel(category)}第一审案件由最高人民法院指定的法院管辖，调解、裁决不能化解时可以向${org.name}起诉。`;
  } else {
    reason = `诉讼是最后的途径：调解、仲裁等方式不能化解时，可以依法向${org.name}提起诉讼。`;
  }
  return [{ org, channel: 'LITIGATION', matter, score: ROUTE_SCORES.litigationLastResort, reason }];
}

/** Every rule, in the order their proposals are considered (a tie keeps the earlier one). */
const RULES: ReadonlyArray<(ctx: Context) => Proposal[]> = [
  landMediationFirstRule,
  ownMatterRule,
  laborRule,
  civilMediationRule,
  adjudicationByCategoryRule,
  mediationAlternativeRule,
  commercialArbitrationRule,
  supportingServicesRule,
  petitionAndReconsiderationRule,
  litigationLastResortRule,
];

// ---------------------------------------------------------------- entry point

/** Codepoint order: deterministic, independent of the runtime's ICU data. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Suggested routes for a dispute, best first.
 *
 * Sorted by score desc, then organization name; at most `limit` (default 8);
 * never two suggestions for the same (organization, channel). Excludes
 * organizations in `exclude` (e.g. ones that already declined this dispute)
 * and organizations of kind DISPUTE_CENTER / JUSTICE_BUREAU.
 */
export function suggestRoutes(dispute: RoutingDispute, catalog: RoutingCatalog, options: RouteOptions = {}): RouteSuggestionDraft[] {
  const limit = options.limit === undefined ? DEFAULT_ROUTE_LIMIT : Math.floor(options.limit);
  if (!(limit > 0)) return [];
  const excluded = new Set(options.exclude ?? []);

  const orgById = new Map<string, RoutingOrganization>();
  for (const org of catalog.organizations) {
    if (excluded.has(org.id) || NON_HANDLING_KINDS.includes(org.kind) || orgById.has(org.id)) continue;
    orgById.set(org.id, org);
  }
  const ctx: Context = {
    dispute,
    matters: catalog.matters,
    orgById,
    ownMatter: dispute.matterCode ? (catalog.matters.find((m) => m.code === dispute.matterCode) ?? null) : null,
    cityRegion: parentRegion(dispute.region) ?? CITY_REGION,
  };

  // Merge: the best score per (organization, channel); a tie keeps the earlier proposal.
  const best = new Map<string, Proposal>();
  for (const rule of RULES) {
    for (const p of rule(ctx)) {
      const key = `${p.org.id}\u0000${p.channel}`;
      const prev = best.get(key);
      if (!prev || p.score > prev.score) best.set(key, p);
    }
  }

  return [...best.values()]
    .sort((a, b) => b.score - a.score || compareStrings(a.org.name, b.org.name) || compareStrings(a.channel, b.channel) || compareStrings(a.org.id, b.org.id))
    .slice(0, limit)
    .map((p) => ({
      organizationId: p.org.id,
      channel: p.channel,
      matterCode: p.matter ? p.matter.code : null,
      reason: p.reason,
      score: Math.max(0, Math.min(100, p.score)),
    }));
}
