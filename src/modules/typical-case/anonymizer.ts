/**
 * The anonymization pass of a typical case (典型案例), as courts anonymize the judgments they
 * publish (最高人民法院关于人民法院在互联网公布裁判文书的规定, 法释〔2016〕19号): pure, from the
 * text and the dispute's own party records, no database and no clock.
 *
 * What it replaces, and with what:
 * - A party who is a natural person: surname + 某 (张三 → 张某); compound surnames stay whole
 *   (欧阳娜娜 → 欧阳某). Persons of one surname are told apart by 甲, 乙, 丙 ... in the order
 *   they first appear in the text (title first, then the sections in order), the same person
 *   always with the same pseudonym. Persons named after a word such as 证人 or 法定代表人 (not
 *   in the records) are anonymized the same way (DETECTED_PERSON_NAME).
 * - A party that is an organization: 行政区划 and the kind kept, the trade name (字号) replaced
 *   by 某 (杭州某某科技有限公司 → 杭州某科技有限公司; 杭州市富阳区永兴中学 → 杭州市富阳区某中学);
 *   the name without its region and the trade name cited alone likewise.
 * - Identity numbers (the records' and any 15+ digit run, 18-digit numbers with an X check digit
 *   included), credit codes, phone numbers (mobile and landline, the records' local numbers too),
 *   bank account numbers: deleted. THE DELETION RULE: a number that stands alone in brackets with
 *   its label, （身份证号码：…） or (电话 …), is deleted with the brackets, which leaves the
 *   sentence whole; anywhere else it is replaced by ×××, three marks whatever its length (the
 *   length would tell the kind of number), so that 身份证号码为×××， still reads.
 * - Plate numbers: province and issuing letter kept, the rest ××××× (浙A12345 → 浙A×××××).
 * - Property certificate numbers: the serial replaced by ××× (不动产权第×××号).
 * - Addresses (the records' and any after 住, 家住, 住址, 住所地 ...): kept down to the district
 *   or county, the rest deleted (住杭州市富阳区银湖街道某路1号 → 住杭州市富阳区); ××× when no
 *   district is named in the span.
 *
 * `findIdentifying` is the publication check: what of the records (names, ID numbers, phones,
 * addresses) or of the ID / phone detectors is still in a text.
 *
 * Offsets are UTF-16 code units of JavaScript strings, end exclusive.
 */
import { AnonymizationReason } from '../../core/enums';
import { personalDataSpans } from '../../core/validation/personal-data';
import { validateResidentId } from '../../core/validation/resident-id';
import { validateUscc } from '../../core/validation/uscc';
import { KNOWN_REGIONS } from '../../core/validation/regions';
import {
  ADDRESS_CONTEXT,
  ADDRESS_MARKERS,
  BANK_ACCOUNT_CONTEXT,
  CELESTIAL_STEMS,
  CITIES,
  COMPANY_KINDS,
  COMPOUND_SURNAMES,
  DETECTABLE_SURNAMES,
  INDUSTRIES,
  NAME_CONTEXT_WORDS,
  NAME_FOLLOWERS,
  ORGANIZATION_KINDS,
  PERSON_TITLES,
  PLATE_PROVINCES,
  PROPERTY_CERTIFICATE_CONTEXT,
  PROVINCES,
} from './anonymizer.data';

export interface PartyRecord {
  kind: 'PERSON' | 'ORGANIZATION';
  name: string;
  /** For messages only (申请人, 被申请人 ...). */
  role?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
}

export interface TextSection<K extends string = string> {
  key: K;
  text: string;
}

export interface Replacement<K extends string = string> {
  section: K;
  /** [start, end) in the original text of the section. */
  start: number;
  end: number;
  /** [anonymizedStart, anonymizedEnd) of the replacement in the anonymized text. */
  anonymizedStart: number;
  anonymizedEnd: number;
  original: string;
  replacement: string;
  reason: AnonymizationReason;
}

export interface AnonymizationResult<K extends string = string> {
  sections: TextSection<K>[];
  replacements: Replacement<K>[];
}

export interface AnonymizeOptions {
  /** Originals the editor decided to keep (a place name read as a person's name): not replaced. Compared without whitespace. */
  keep?: readonly string[];
}

/** What the publication check found still in the text. */
export interface Identifying<K extends string = string> {
  section: K;
  start: number;
  end: number;
  reason: AnonymizationReason;
  /** Index of the party whose record it matches; null for a detector's find. */
  party: number | null;
}

// ------------------------------------------------------------------ helpers

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_CHAR = new RegExp(`[${CJK}]`);
/** Whitespace that may sit inside a name or an address as it is typed. */
const GAP = '[\\s\\u00a0\\u3000]*';
const DELETED = '×××';
const byLengthDesc = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length);

const KINDS = byLengthDesc(ORGANIZATION_KINDS);
const INDUSTRY_WORDS = byLengthDesc(INDUSTRIES);
const COMPOUNDS = byLengthDesc(COMPOUND_SURNAMES);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function stripSpaces(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}

/** A pattern for `s` that tolerates whitespace between its characters (李 四, 杭州市 富阳区). */
function spacedPattern(s: string): string {
  return Array.from(stripSpaces(s)).map(escapeRegExp).join(GAP);
}

/** Full-width digits and letters as ASCII (same length: one code unit each). */
function asciiForm(s: string): string {
  return s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function* matchesOf(text: string, pattern: RegExp): Generator<{ start: number; end: number; groups: (string | undefined)[]; indices: ([number, number] | undefined)[] }> {
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    const indices = (m as RegExpMatchArray & { indices?: [number, number][] }).indices ?? [];
    yield { start: m.index!, end: m.index! + m[0].length, groups: [...m], indices };
  }
}

// ------------------------------------------------------------------ regions

const KNOWN_COUNTIES = KNOWN_REGIONS.filter((r) => r !== '杭州市');
/** Region tokens, longest first: a province, a city, a known district or county, with or without its suffix. */
const PROVINCE_TOKEN = new RegExp(`^(?:${byLengthDesc(PROVINCES).join('|')})(?:维吾尔自治区|壮族自治区|回族自治区|特别行政区|自治区|省|市)?`);
const CITY_TOKEN = new RegExp(`^(?:${byLengthDesc(CITIES).join('|')})市?`);
const COUNTY_TOKEN = new RegExp(`^(?:${byLengthDesc(KNOWN_COUNTIES).join('|')}|${byLengthDesc(KNOWN_COUNTIES.map((r) => r.slice(0, -1)).filter((r) => r.length >= 2)).join('|')})(?![区县市])`);
/** Any other district or county after a province or a city: two characters and 区/县 (西湖区, 桐庐县). */
const OTHER_COUNTY_TOKEN = new RegExp(`^[${CJK}]{2}(?:区|县|旗)`);
const NOT_IN_A_REGION_NAME = /[某小新园校社城厂矿营开景商学]/;

/**
 * The administrative divisions that start `s`, down to the district or county (杭州市富阳区 of
 * 杭州市富阳区银湖街道某路1号; 浙江省杭州市 of 浙江省杭州市某某公司). Streets, towns and villages
 * below the county are not part of it.
 */
export function regionPrefix(s: string): string {
  let at = 0;
  let tokens = 0;
  for (;;) {
    const rest = s.slice(at);
    const lead = rest.match(/^[\s\u3000]*/)![0].length;
    const r = rest.slice(lead);
    const province = tokens === 0 ? PROVINCE_TOKEN.exec(r) : null;
    if (province) {
      at += lead + province[0].length;
      tokens++;
      continue;
    }
    const city = CITY_TOKEN.exec(r);
    if (city) {
      at += lead + city[0].length;
      tokens++;
      continue;
    }
    const county = COUNTY_TOKEN.exec(r) ?? (tokens > 0 ? OTHER_COUNTY_TOKEN.exec(r) : null);
    if (county && !NOT_IN_A_REGION_NAME.test(county[0])) at += lead + county[0].length;
    break;
  }
  return s.slice(0, at);
}

// ------------------------------------------------------------------ persons

/** The surname of a person's name: a compound surname whole (欧阳, 司马), else the first character. */
export function surnameOf(name: string): string {
  const n = stripSpaces(name);
  for (const c of COMPOUNDS) if (n.startsWith(c) && n.length > c.length) return c;
  return Array.from(n)[0] ?? '';
}

function pseudonymOf(surname: string, index: number | null): string {
  if (index === null) return `${surname}某`;
  return `${surname}某${index < CELESTIAL_STEMS.length ? CELESTIAL_STEMS[index] : String(index + 1)}`;
}

/** Whether a name is already anonymized (张某, 张某某, 某甲) or too short to look for (a lone surname): nothing to replace. */
function isAnonymousName(name: string): boolean {
  return /某/.test(name) || stripSpaces(name).length < 2;
}

const NAME_CONTEXT = new RegExp(`(?:${byLengthDesc(NAME_CONTEXT_WORDS).join('|')})[：:]?`, 'g');
/** 王律师, 李先生: a surname and a title, no name. */
const NAME_TITLES = new RegExp(`^(?:${byLengthDesc(PERSON_TITLES).join('|')})`);
const FOLLOWER = new RegExp(`^(?:$|[^${CJK}]|[${NAME_FOLLOWERS}])`);

/**
 * Names of persons written after a context word (证人王小明称, 法定代表人李强。): surname from the
 * list of common ones (or a compound one), a given name of one or two characters, then a
 * character that ends a name. Anything less certain is left to the editor.
 */
function detectNames(text: string): { start: number; end: number; name: string }[] {
  const found: { start: number; end: number; name: string }[] = [];
  for (const m of matchesOf(text, NAME_CONTEXT)) {
    const at = m.end;
    const compound = COMPOUNDS.find((c) => text.startsWith(c, at));
    const surname = compound ?? (DETECTABLE_SURNAMES.includes(text[at] ?? '\u0000') ? text[at] : null);
    if (!surname) continue;
    const g = at + surname.length;
    if (!CJK_CHAR.test(text[g] ?? '') || text[g] === '某') continue;
    // One-character given name if what follows ends a name, else two if what follows those does.
    let end: number | null = null;
    // 申请人王于2026年 is no name 王于: a one-character given name is never itself a follower.
    if (FOLLOWER.test(text.slice(g + 1, g + 2))) end = NAME_FOLLOWERS.includes(text[g]) ? null : g + 1;
    else if (CJK_CHAR.test(text[g + 1] ?? '') && text[g + 1] !== '某' && FOLLOWER.test(text.slice(g + 2, g + 3))) end = g + 2;
    if (end === null || NAME_TITLES.test(text.slice(g, end + 1))) continue;
    found.push({ start: at, end, name: text.slice(at, end) });
  }
  return found;
}

// ------------------------------------------------------------------ organizations

export interface OrganizationName {
  region: string;
  trade: string;
  industry: string;
  kind: string;
  anonymized: string;
}

/**
 * An organization's name in its parts (行政区划 + 字号 + 行业 + 组织形式) and anonymized: the trade
 * name becomes 某 (杭州某某科技有限公司 → 杭州某科技有限公司). A name of no known kind becomes
 * region + 某单位.
 */
export function parseOrganizationName(name: string): OrganizationName {
  const clean = stripSpaces(name);
  let region = regionPrefix(clean);
  if (region.length >= clean.length) region = '';
  const rest = clean.slice(region.length);
  // The longest kind that leaves a trade name, else one that is the whole rest (富阳区中学).
  const kind = KINDS.find((k) => rest.endsWith(k) && rest.length > k.length) ?? KINDS.find((k) => rest === k) ?? '';
  const middle = rest.slice(0, rest.length - kind.length);
  const industry = kind ? (INDUSTRY_WORDS.find((w) => middle.endsWith(w) && middle.length > w.length) ?? '') : '';
  const trade = middle.slice(0, middle.length - industry.length);
  const anonymized = kind ? `${region}某${industry}${kind}` : `${region}某单位`;
  return { region, trade, industry, kind, anonymized };
}

/** Whether a trade name identifies anything (not empty, not already 某 / 某某). */
function realTrade(trade: string): boolean {
  return trade.length >= 2 && !/^某+$/.test(trade) && !trade.includes('某');
}

// ------------------------------------------------------------------ numbers

/** Runs of digits as they are written (spaces and hyphens between groups), on the ASCII form of the text. */
const DIGIT_GROUPS = /\d(?:[\s\-\u2010-\u2015\u3000]*\d)*/g;

function digitsOf(s: string): string {
  return asciiForm(s)
    .replace(/[^0-9Xx]/g, '')
    .toUpperCase();
}

function numberReason(span: string): AnonymizationReason {
  const digits = digitsOf(span);
  const bare = digits.replace(/X$/, '');
  if (digits.endsWith('X') || bare.length === 15 || (bare.length === 18 && validateResidentId(digits) === null)) return AnonymizationReason.ID_NUMBER;
  return bare.length === 18 ? AnonymizationReason.ID_NUMBER : AnonymizationReason.BANK_ACCOUNT;
}

/**
 * The span a deleted number takes and what stands in its place (the deletion rule above): the
 * whole bracket when it holds only a label and the number, else the number as ×××.
 */
function deletion(text: string, start: number, end: number): { start: number; end: number; replacement: string } {
  if (text[start - 1] === '+' || text[start - 1] === '＋') start -= 1;
  const before = text.slice(Math.max(0, start - 12), start);
  const open = /[（(][\u4e00-\u9fff]{0,8}[：:]?\s*$/.exec(before);
  const close = /^\s*[）)]/.exec(text.slice(end));
  if (open && close) return { start: start - open[0].length, end: end + close[0].length, replacement: '' };
  return { start, end, replacement: DELETED };
}

// ------------------------------------------------------------------ candidates

interface Candidate {
  start: number;
  end: number;
  reason: AnonymizationReason;
  /** The replacement, or the person whose pseudonym it is (decided once every person is known). */
  replacement: string | { person: string };
  /** Records before detectors when two spans are the same. */
  priority: number;
}

interface Person {
  key: string;
  surname: string;
}

const RECORD = 2;
const DETECTOR = 1;

function personKey(name: string): string {
  return stripSpaces(name);
}

function personCandidates(text: string, parties: readonly PartyRecord[], out: Candidate[]): void {
  for (const p of parties) {
    if (p.kind !== 'PERSON' || !p.name?.trim() || isAnonymousName(p.name)) continue;
    for (const m of matchesOf(text, new RegExp(spacedPattern(p.name), 'g'))) {
      out.push({ start: m.start, end: m.end, reason: AnonymizationReason.PERSON_NAME, replacement: { person: personKey(p.name) }, priority: RECORD });
    }
  }
  for (const d of detectNames(text)) {
    out.push({ start: d.start, end: d.end, reason: AnonymizationReason.DETECTED_PERSON_NAME, replacement: { person: personKey(d.name) }, priority: DETECTOR });
  }
}

function organizationCandidates(text: string, parties: readonly PartyRecord[], out: Candidate[]): void {
  for (const p of parties) {
    if (p.kind !== 'ORGANIZATION' || !p.name?.trim()) continue;
    const org = parseOrganizationName(p.name);
    const clean = stripSpaces(p.name);
    const variants: [string, string][] = [];
    if (org.anonymized !== clean) variants.push([clean, org.anonymized]);
    const unregioned = clean.slice(org.region.length);
    if (org.region && realTrade(org.trade) && unregioned.length >= 4) variants.push([unregioned, `某${org.industry}${org.kind}`]);
    for (const [from, to] of variants) {
      for (const m of matchesOf(text, new RegExp(spacedPattern(from), 'g'))) out.push({ start: m.start, end: m.end, reason: AnonymizationReason.ORGANIZATION_NAME, replacement: to, priority: RECORD });
    }
    // A company's trade name cited alone (阿里巴巴称 → 某公司称; 阿里巴巴公司 → 某公司). Not a school's or a
    // hospital's: those are mostly named after their place (永兴中学 of 永兴镇), which must stay.
    if (realTrade(org.trade) && COMPANY_KINDS.includes(org.kind)) {
      for (const m of matchesOf(text, new RegExp(escapeRegExp(org.trade), 'g'))) {
        const after = text.slice(m.end);
        if (/^(?:镇|乡|村|街道|路|街|区|县|市|省)/.test(after)) continue;
        const followedByKind = [...KINDS, ...INDUSTRY_WORDS, '集团'].some((w) => after.startsWith(w));
        out.push({ start: m.start, end: m.end, reason: AnonymizationReason.ORGANIZATION_NAME, replacement: followedByKind ? '某' : '某公司', priority: DETECTOR });
      }
    }
  }
}

/** Phone numbers of the records as digit strings to look for: the whole number and a landline's local number. */
function phoneDigits(phone: string | null | undefined): string[] {
  if (!phone) return [];
  const all = digitsOf(phone).replace(/X/g, '');
  const out = all.length >= 7 ? [all] : [];
  const landline = /^0(?:10|2\d|[3-9]\d{2})[-\s]?([1-9]\d{6,7})/.exec(asciiForm(phone).trim());
  if (landline) out.push(landline[1]);
  return out;
}

function numberCandidates(text: string, parties: readonly PartyRecord[], out: Candidate[]): void {
  const ascii = asciiForm(text);
  const push = (start: number, end: number, reason: AnonymizationReason, priority: number) => {
    const d = deletion(text, start, end);
    out.push({ start: d.start, end: d.end, reason, replacement: d.replacement, priority });
  };
  // The detectors the timeline's masking uses: identity numbers (and any 15+ digit run) and phones.
  for (const s of personalDataSpans(text)) push(s.start, s.end, s.kind === 'phone' ? AnonymizationReason.PHONE : numberReason(text.slice(s.start, s.end)), DETECTOR);
  // The records' numbers however they are written, a landline's local number alone too.
  const phones = parties.flatMap((p) => phoneDigits(p.phone));
  const ids = parties.map((p) => (p.idNumber ? digitsOf(p.idNumber) : '')).filter((d) => d.length >= 6);
  for (const m of matchesOf(ascii, new RegExp(`${DIGIT_GROUPS.source}(?:[\\s\\-]*[Xx])?`, 'g'))) {
    const digits = digitsOf(m.groups[0]!);
    if (phones.some((p) => digits === p || (digits.length > p.length && digits.endsWith(p) && digits.length - p.length <= 4))) push(m.start, m.end, AnonymizationReason.PHONE, RECORD);
    else if (ids.includes(digits)) push(m.start, m.end, AnonymizationReason.ID_NUMBER, RECORD);
  }
  // Record numbers with letters (credit codes, passports): as written, any letter case.
  for (const p of parties) {
    const id = p.idNumber?.trim();
    if (id && id.length >= 6 && /[A-Za-z]/.test(id.replace(/[Xx]$/, ''))) {
      for (const m of matchesOf(ascii, new RegExp(spacedPattern(id), 'gi'))) push(m.start, m.end, AnonymizationReason.ID_NUMBER, RECORD);
    }
  }
  // Credit codes of anyone (统一社会信用代码), valid check character only.
  for (const m of matchesOf(ascii, /(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])/g)) {
    if (validateUscc(m.groups[0]!) === null) push(m.start, m.end, AnonymizationReason.ID_NUMBER, DETECTOR);
  }
  // Bank accounts after their label, shorter ones too (8+ digits).
  const bank = new RegExp(`(?:${byLengthDesc(BANK_ACCOUNT_CONTEXT).join('|')})(?:号码|号)?[：:\\s为是]*(\\d(?:[\\s\\-]*\\d){7,})`, 'dg');
  for (const m of matchesOf(ascii, bank)) {
    const [s, e] = m.indices[1]!;
    push(s, e, AnonymizationReason.BANK_ACCOUNT, DETECTOR);
  }
  // Property certificate numbers: the serial after the label (不动产权第0123456号, 房产证号12345678).
  const cert = new RegExp(`(?:${byLengthDesc(PROPERTY_CERTIFICATE_CONTEXT).join('|')})[^，。；;,\\n]{0,16}?(\\d(?:[\\s\\-]*\\d){4,})`, 'dg');
  for (const m of matchesOf(ascii, cert)) {
    const [s, e] = m.indices[1]!;
    out.push({ start: s, end: e, reason: AnonymizationReason.PROPERTY_CERTIFICATE, replacement: DELETED, priority: DETECTOR });
  }
  // Plate numbers (浙A12345, 浙A·12345, new energy 浙AD12345): province and letter kept.
  const plate = new RegExp(`([${PLATE_PROVINCES}][A-Z])[·•\\s]?(?:[DF][A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{5}[DF]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳])(?![A-Za-z0-9])`, 'dg');
  for (const m of matchesOf(ascii, plate)) {
    if (!/\d/.test(m.groups[0]!)) continue;
    out.push({ start: m.start, end: m.end, reason: AnonymizationReason.PLATE_NUMBER, replacement: `${m.groups[1]}×××××`, priority: DETECTOR });
  }
}

const ADDRESS_MARKER = new RegExp(`(?:${byLengthDesc(ADDRESS_MARKERS).join('|')})`, 'g');
const ADDRESS_KEY = new RegExp(`(?:${byLengthDesc(ADDRESS_CONTEXT).join('|')})(?:[：:为是在于])?`, 'g');
const CLAUSE_END = /[，。；;,！？!?\n）)、]/;

/** An address is replaced by its part down to the district or county (×××  when it names none). */
function addressReplacement(span: string): string {
  const region = regionPrefix(span);
  return region.length ? region.replace(/\s+$/, '') : DELETED;
}

/** The address as written and without its leading divisions (富阳区银湖街道某路1号 of 杭州市富阳区银湖街道某路1号). */
function addressVariants(address: string): string[] {
  const clean = stripSpaces(address);
  const out = [clean];
  let rest = clean;
  for (;;) {
    const tok = PROVINCE_TOKEN.exec(rest) ?? CITY_TOKEN.exec(rest) ?? COUNTY_TOKEN.exec(rest);
    if (!tok || rest.length - tok[0].length < 4) break;
    rest = rest.slice(tok[0].length);
    out.push(rest);
  }
  return out;
}

/** The part of an address below the district or county (银湖街道某路1号), if long enough to identify. */
function addressDetail(address: string): string | null {
  const clean = stripSpaces(address);
  const detail = clean.slice(regionPrefix(clean).length);
  return detail.length >= 4 && detail !== clean ? detail : null;
}

function addressCandidates(text: string, parties: readonly PartyRecord[], out: Candidate[]): void {
  for (const p of parties) {
    if (!p.address?.trim()) continue;
    for (const variant of addressVariants(p.address)) {
      if (variant.length < 4) continue;
      for (const m of matchesOf(text, new RegExp(spacedPattern(variant), 'g'))) {
        const replacement = addressReplacement(text.slice(m.start, m.end));
        if (replacement !== text.slice(m.start, m.end)) out.push({ start: m.start, end: m.end, reason: AnonymizationReason.ADDRESS, replacement, priority: RECORD });
      }
    }
  }
  // After 住, 住址, 家住, 住所地 ...: the clause up to its last address marker (号, 室, 村, 组 ...).
  for (const m of matchesOf(text, ADDRESS_KEY)) {
    const clauseEnd = text.slice(m.end).search(CLAUSE_END);
    const clause = text.slice(m.end, clauseEnd < 0 ? text.length : m.end + clauseEnd);
    let last = -1;
    for (const mk of matchesOf(clause, ADDRESS_MARKER)) last = mk.end;
    const region = regionPrefix(clause);
    // An address names a division or a numbered place; 住院, 住房 and the like are neither.
    if (last < 0 || (!region && !/\d|[一二三四五六七八九十]+[号组幢栋室]/.test(clause.slice(0, last)))) continue;
    const span = clause.slice(0, last);
    if (span.length < 4 || region.length >= span.length) continue;
    out.push({ start: m.end, end: m.end + last, reason: AnonymizationReason.ADDRESS, replacement: addressReplacement(span), priority: DETECTOR });
  }
}

/** Non-overlapping candidates: the earliest first, the longest of those starting together, records before detectors. */
function choose(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || b.priority - a.priority);
  const chosen: Candidate[] = [];
  let end = 0;
  for (const c of sorted) {
    if (c.start < end) continue;
    chosen.push(c);
    end = c.end;
  }
  return chosen;
}

// ------------------------------------------------------------------ the pass

/**
 * Anonymizes the sections (in their order: pseudonyms are lettered by first appearance across
 * all of them) from the dispute's party records. Returns the anonymized text and every
 * replacement, for the editor's diff.
 */
export function anonymize<K extends string>(sections: readonly TextSection<K>[], parties: readonly PartyRecord[], options: AnonymizeOptions = {}): AnonymizationResult<K> {
  const keep = new Set((options.keep ?? []).map(stripSpaces).filter(Boolean));
  const perSection = sections.map((s) => {
    const all: Candidate[] = [];
    personCandidates(s.text, parties, all);
    organizationCandidates(s.text, parties, all);
    numberCandidates(s.text, parties, all);
    addressCandidates(s.text, parties, all);
    const kept = all.filter((c) => !keep.has(stripSpaces(s.text.slice(c.start, c.end))));
    return choose(kept);
  });

  // Persons in order of first appearance; one surname shared by several: 甲, 乙, ...
  const persons = new Map<string, Person>();
  perSection.forEach((chosen) => {
    for (const c of chosen) {
      if (typeof c.replacement === 'string' || persons.has(c.replacement.person)) continue;
      persons.set(c.replacement.person, { key: c.replacement.person, surname: surnameOf(c.replacement.person) });
    }
  });
  const bySurname = new Map<string, Person[]>();
  for (const p of persons.values()) bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), p]);
  const pseudonym = new Map<string, string>();
  for (const group of bySurname.values()) group.forEach((p, i) => pseudonym.set(p.key, pseudonymOf(p.surname, group.length > 1 ? i : null)));

  const replacements: Replacement<K>[] = [];
  const out = sections.map((s, i) => {
    let text = '';
    let from = 0;
    for (const c of perSection[i]) {
      const replacement = typeof c.replacement === 'string' ? c.replacement : pseudonym.get(c.replacement.person)!;
      text += s.text.slice(from, c.start);
      const anonymizedStart = text.length;
      text += replacement;
      replacements.push({ section: s.key, start: c.start, end: c.end, anonymizedStart, anonymizedEnd: text.length, original: s.text.slice(c.start, c.end), replacement, reason: c.reason });
      from = c.end;
    }
    return { key: s.key, text: text + s.text.slice(from) };
  });
  return { sections: out, replacements };
}

/** The name a party would be published under (张某, 杭州某科技有限公司). */
export function anonymizedPartyName(party: PartyRecord): string {
  if (party.kind === 'ORGANIZATION') return parseOrganizationName(party.name).anonymized;
  return isAnonymousName(party.name) ? stripSpaces(party.name) : `${surnameOf(party.name)}某`;
}

/**
 * The publication check: every place where the text still holds a party's name (one not already
 * anonymous), ID number, phone or address from the records, or a number the ID / phone detectors
 * find. Empty means the text may be published.
 */
export function findIdentifying<K extends string>(sections: readonly TextSection<K>[], parties: readonly PartyRecord[]): Identifying<K>[] {
  const found: Identifying<K>[] = [];
  for (const s of sections) {
    const ascii = asciiForm(s.text);
    const add = (start: number, end: number, reason: AnonymizationReason, party: number | null) => {
      if (!found.some((f) => f.section === s.key && f.start < end && start < f.end)) found.push({ section: s.key, start, end, reason, party });
    };
    parties.forEach((p, i) => {
      const name = stripSpaces(p.name ?? '');
      const names: string[] = [];
      if (name && anonymizedPartyName(p) !== name) names.push(name);
      if (p.kind === 'ORGANIZATION' && name) {
        const org = parseOrganizationName(name);
        const unregioned = name.slice(org.region.length);
        if (org.region && realTrade(org.trade) && unregioned.length >= 4) names.push(unregioned);
      }
      const reason = p.kind === 'ORGANIZATION' ? AnonymizationReason.ORGANIZATION_NAME : AnonymizationReason.PERSON_NAME;
      for (const n of names) for (const m of matchesOf(s.text, new RegExp(spacedPattern(n), 'g'))) add(m.start, m.end, reason, i);

      const id = p.idNumber ? digitsOf(p.idNumber) : '';
      const phones = phoneDigits(p.phone);
      for (const m of matchesOf(ascii, new RegExp(`${DIGIT_GROUPS.source}(?:[\\s\\-]*[Xx])?`, 'g'))) {
        const digits = digitsOf(m.groups[0]!);
        if (id.length >= 6 && digits === id) add(m.start, m.end, AnonymizationReason.ID_NUMBER, i);
        else if (phones.some((ph) => digits === ph || (digits.endsWith(ph) && digits.length - ph.length <= 4))) add(m.start, m.end, AnonymizationReason.PHONE, i);
      }
      const rawId = p.idNumber?.trim();
      if (rawId && rawId.length >= 6) for (const m of matchesOf(ascii, new RegExp(spacedPattern(rawId), 'gi'))) add(m.start, m.end, AnonymizationReason.ID_NUMBER, i);

      if (p.address?.trim()) {
        const detail = addressDetail(p.address);
        for (const a of [stripSpaces(p.address), ...(detail ? [detail] : [])]) {
          for (const m of matchesOf(s.text, new RegExp(spacedPattern(a), 'g'))) add(m.start, m.end, AnonymizationReason.ADDRESS, i);
        }
      }
    });
    for (const d of personalDataSpans(s.text)) add(d.start, d.end, d.kind === 'phone' ? AnonymizationReason.PHONE : numberReason(s.text.slice(d.start, d.end)), null);
  }
  return found.sort((a, b) => (a.section === b.section ? a.start - b.start : sections.findIndex((x) => x.key === a.section) - sections.findIndex((x) => x.key === b.section)));
}
