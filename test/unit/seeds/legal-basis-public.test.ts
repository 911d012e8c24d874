import { CHANNEL_RULES, MATTERS } from '../../../seeds/data';
import { TEXTS, UNVERIFIED } from '../../../src/migrations/Migration20261203130000_person_search_legal_basis';

// The legal-basis texts parties read (Matter.legalBasis, every TimeLimit.legalBasis, and the channel
// rules' legalBasis that deadline rules quote) cite the law without working marks; what awaits
// verification is said in the administrators' field (Matter.unverifiedLegalBasis, ChannelRuleSeed.unverified).

/** Every public legal-basis text, with where it is. */
function publicTexts(): [string, string][] {
  const out: [string, string][] = [];
  for (const m of MATTERS) {
    m.legalBasis.forEach((t, i) => out.push([`${m.code}.legalBasis.${i}`, t]));
    if (m.acceptanceTimeLimit) out.push([`${m.code}.acceptanceTimeLimit`, m.acceptanceTimeLimit.legalBasis]);
    out.push([`${m.code}.handlingTimeLimit`, m.handlingTimeLimit.legalBasis]);
    if (m.simplifiedHandlingTimeLimit) out.push([`${m.code}.simplifiedHandlingTimeLimit`, m.simplifiedHandlingTimeLimit.legalBasis]);
  }
  for (const r of CHANNEL_RULES) out.push([`${r.channel}.${r.kind}`, r.limit.legalBasis]);
  return out;
}

/** Marks of unfinished work: verify / unverified / TODO / check, 待核实 / 核实 / 待确认 / 存疑, question marks, English notes. */
const MARKS = [/verif/i, /todo/i, /\bcheck\b/i, /待核实/, /需核实/, /请核实/, /待确认/, /存疑/, /待定/, /\?/, /？/, /[A-Za-z]{3,}/, /[（(][^）)]*核实[^）)]*[）)]/];
/** 核实 is law's own wording only in the notarization rule ("需要核实有关情况的", 《公证程序规则》), never a note. */
const LEGAL_WORDING_OF_核实 = /需要核实有关情况/g;

describe('public legal-basis texts', () => {
  it('carry no verification marks', () => {
    const texts = publicTexts();
    expect(texts.length).toBeGreaterThan(30);
    const marked = texts.filter(([, t]) => MARKS.some((m) => m.test(t))).map(([where, t]) => `${where}: ${t}`);
    expect(marked).toEqual([]);
    const 核实 = texts.filter(([, t]) => t.replace(LEGAL_WORDING_OF_核实, '').includes('核实')).map(([where]) => where);
    expect(核实).toEqual([]);
  });

  it('cite a source: a law, regulation or rule in 《》, the named working or arbitration rules, or the center’s own configuration', () => {
    for (const [where, t] of publicTexts()) expect({ where, cites: /《[^》]+》|工作规范|仲裁规则|本中心/.test(t) }).toEqual({ where, cites: true });
  });

  it('cite the articles of the texts checked so far (adjudication-work.md, deadlines.md)', () => {
    const byCode = new Map(MATTERS.map((m) => [m.code, m]));
    expect(byCode.get('GOV-PROCUREMENT-COMPLAINT')!.handlingTimeLimit.legalBasis).toContain('《政府采购质疑和投诉办法》（财政部令第94号）第二十一条、第二十七条、第二十八条');
    expect(byCode.get('PATENT-INFRINGEMENT')!.legalBasis).toContain('《中华人民共和国专利法》第六十五条');
    expect(byCode.get('LAND-OWNERSHIP')!.legalBasis).toContain('《中华人民共和国土地管理法》第十四条');
    const jc = CHANNEL_RULES.find((r) => r.kind === 'JC_APPLICATION')!;
    expect(jc.limit.legalBasis).toContain('《中华人民共和国人民调解法》第三十三条');
  });

  it('what awaits verification is said in the administrators’ fields', () => {
    const flagged = MATTERS.filter((m) => m.unverifiedLegalBasis?.length).map((m) => m.code);
    expect(flagged.sort()).toEqual(['INDUSTRY-MEDIATION', 'LAWYER-MEDIATION', 'PATENT-INFRINGEMENT']);
    expect(CHANNEL_RULES.filter((r) => r.unverified).map((r) => r.kind)).toEqual(['COURT_DELEGATED', 'COURT_ENTRUSTED', 'COURT_ENTRUSTED_SIMPLE', 'JC_APPLICATION', 'JC_ACCEPTANCE', 'JC_DECISION']);
  });

  it('existing databases get the same texts as new ones: the migration writes what the seed ships', () => {
    const shipped = new Set(publicTexts().map(([, t]) => t));
    for (const [from, to] of TEXTS) {
      expect({ to, shipped: shipped.has(to) }).toEqual({ to, shipped: true });
      expect({ from, shipped: shipped.has(from) }).toEqual({ from, shipped: false });
    }
    // Every old text that carried a mark is replaced.
    expect(TEXTS.every(([from]) => MARKS.some((m) => m.test(from)))).toBe(true);
    expect(Object.fromEntries(UNVERIFIED)).toEqual(Object.fromEntries(MATTERS.filter((m) => m.unverifiedLegalBasis?.length).map((m) => [m.code, m.unverifiedLegalBasis])));
  });
});
