import { Migration } from '@mikro-orm/migrations';

/**
 * Search by a party's ID number or phone, earlier disputes of the same party (Dispute.relatedDisputes)
 * and a handler's own cases (DisputeFilter.assigneeId / assignedToMe): the indexes they read by.
 *
 * Legal-basis texts that parties read lose their "(verify)" marks; what awaits verification moves to
 * matter.unverified_legal_basis (served to administrators only). The seed inserts only what is
 * missing, so existing databases get the corrected texts here: in the catalog, and in the copies
 * of a rule that running proceedings and deadlines keep. A text an administrator has changed since
 * is left alone (only the exact old texts are replaced), and so are flags already set.
 */
export const TEXTS: [string, string][] = [
  ['《专利行政执法办法》第十条、第二十一条 (verify against newer CNIPA rules)', '《专利行政执法办法》第十条、第二十一条'],
  ['《专利行政执法办法》第十条 (verify against newer CNIPA rules)：收到请求书之日起5个工作日内立案或者通知不予受理', '《专利行政执法办法》第十条：收到请求书之日起5个工作日内立案或者通知不予受理'],
  [
    '《专利行政执法办法》第二十一条 (verify against newer CNIPA rules)：自立案之日起3个月内结案；案件特别复杂需要延长的，经负责人批准，最多延长1个月；公告、鉴定、中止等时间不计入办案期限',
    '《专利行政执法办法》第二十一条：自立案之日起3个月内结案；案件特别复杂需要延长的，经负责人批准，最多延长1个月；公告、鉴定、中止等时间不计入办案期限',
  ],
  ['调解期限参照《人民调解工作若干规定》第三十三条，由本中心配置 (verify)', '调解期限参照《人民调解工作若干规定》第三十三条，由本中心配置'],
  [
    '行业调解期限参照《人民调解工作若干规定》第三十三条一个月内调结的要求，由本中心配置；经双方当事人同意可以延长 (verify)',
    '行业调解期限参照《人民调解工作若干规定》第三十三条一个月内调结的要求，由本中心配置；经双方当事人同意可以延长',
  ],
  [
    '律师调解期限参照《人民调解工作若干规定》第三十三条一个月内调结的要求，由本中心配置；经双方当事人同意可以延长 (verify)',
    '律师调解期限参照《人民调解工作若干规定》第三十三条一个月内调结的要求，由本中心配置；经双方当事人同意可以延长',
  ],
  [
    '人民法院诉前调解工作规范（court practice rules）：诉前委派调解期限为30日，经各方当事人同意可以延长（无固定上限）',
    '人民法院诉前调解工作规范：诉前委派调解期限为30日，经各方当事人同意可以延长（无固定上限）',
  ],
  [
    '人民法院委托调解工作规范（court practice rules, verify）：立案后委托调解，适用普通程序的期限为15日；经双方当事人共同同意可以延长 (verify)',
    '人民法院委托调解工作规范：立案后委托调解，适用普通程序的期限为15日；经双方当事人共同同意可以延长',
  ],
  [
    '人民法院委托调解工作规范（court practice rules, verify）：立案后委托调解，适用简易程序的期限为7日；经双方当事人共同同意可以延长 (verify)',
    '人民法院委托调解工作规范：立案后委托调解，适用简易程序的期限为7日；经双方当事人共同同意可以延长',
  ],
  [
    '《中华人民共和国人民调解法》第三十三条；《中华人民共和国民事诉讼法》第二百零五条 (verify numbering)：双方当事人自调解协议生效之日起三十日内共同向人民法院申请司法确认',
    '《中华人民共和国人民调解法》第三十三条；《中华人民共和国民事诉讼法》（2023年修正）第二百零五条：双方当事人自调解协议生效之日起三十日内共同向人民法院申请司法确认',
  ],
  [
    '《中华人民共和国民事诉讼法》第二百零五条、第二百零六条 (verify numbering) 及司法确认程序相关司法解释：人民法院收到申请后三日内决定是否受理',
    '《中华人民共和国民事诉讼法》（2023年修正）第二百零五条、第二百零六条及司法确认程序相关司法解释：人民法院收到申请后三日内决定是否受理',
  ],
  [
    '《中华人民共和国民事诉讼法》第二百零六条 (verify numbering) 及司法确认程序相关司法解释：自受理之日起十五日内作出是否确认的决定；因特殊情况需要延长的，经本院院长批准可以延长十日',
    '《中华人民共和国民事诉讼法》（2023年修正）第二百零六条及司法确认程序相关司法解释：自受理之日起十五日内作出是否确认的决定；因特殊情况需要延长的，经本院院长批准可以延长十日',
  ],
];

/** What awaits verification, per matter code (as seeds/data/matters.ts ships it). */
export const UNVERIFIED: [string, string[]][] = [
  ['PATENT-INFRINGEMENT', ['《专利行政执法办法》第十条（5个工作日内立案）、第二十一条（3个月内结案，最多延长1个月）：条文序号和期限取自二手资料，待对照国家知识产权局现行规章核实']],
  ['INDUSTRY-MEDIATION', ['行业调解期限：未见专门规定，参照《人民调解工作若干规定》第三十三条（一个月内调结，经双方当事人同意可以延长）由本中心配置，待核实是否有适用的行业或者律师调解规则']],
  ['LAWYER-MEDIATION', ['律师调解期限：未见专门规定，参照《人民调解工作若干规定》第三十三条（一个月内调结，经双方当事人同意可以延长）由本中心配置，待核实是否有适用的行业或者律师调解规则']],
];

/** A SQL string literal. */
function lit(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** The text pairs as a VALUES list (old, new). */
function mapping(pairs: [string, string][]): string {
  return `(values ${pairs.map(([from, to]) => `(${lit(from)}, ${lit(to)})`).join(', ')}) as m(old_text, new_text)`;
}

/** Replaces legal-basis texts everywhere a copy of them is kept: one statement per column. */
function replaceTexts(pairs: [string, string][]): string[] {
  const jsonb: [string, string][] = [
    ['matter', 'acceptance_time_limit'],
    ['matter', 'handling_time_limit'],
    ['matter', 'simplified_handling_time_limit'],
    ['proceeding', 'acceptance_rule'],
    ['proceeding', 'handling_rule'],
    ['deadline', 'rule'],
  ];
  return [
    `update "matter" t set "legal_basis" = (select array_agg(coalesce(m.new_text, x.text) order by x.n) from unnest(t."legal_basis") with ordinality as x(text, n) left join ${mapping(pairs)} on m.old_text = x.text)
       where t."legal_basis" && array[${pairs.map(([from]) => lit(from)).join(', ')}]::text[];`,
    ...jsonb.map(
      ([table, column]) =>
        `update "${table}" t set "${column}" = jsonb_set(t."${column}", '{legalBasis}', to_jsonb(m.new_text)) from ${mapping(pairs)} where t."${column}"->>'legalBasis' = m.old_text;`,
    ),
  ];
}

export class Migration20261203130000_person_search_legal_basis extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "party_id_number_index" on "party" ("id_number");`);
    this.addSql(`create index "party_phone_index" on "party" ("phone");`);
    this.addSql(`create index "proceeding_assignee_id_index" on "proceeding" ("assignee_id");`);

    this.addSql(`alter table "matter" add column "unverified_legal_basis" text[] not null default '{}';`);
    for (const sql of replaceTexts(TEXTS)) this.addSql(sql);
    for (const [code, notes] of UNVERIFIED) {
      this.addSql(`update "matter" set "unverified_legal_basis" = array[${notes.map(lit).join(', ')}]::text[] where "code" = ${lit(code)} and "unverified_legal_basis" = '{}';`);
    }
  }

  override async down(): Promise<void> {
    for (const sql of replaceTexts(TEXTS.map(([from, to]) => [to, from]))) this.addSql(sql);
    this.addSql(`alter table "matter" drop column "unverified_legal_basis";`);
    this.addSql(`drop index "proceeding_assignee_id_index";`);
    this.addSql(`drop index "party_phone_index";`);
    this.addSql(`drop index "party_id_number_index";`);
  }
}
