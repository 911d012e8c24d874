/**
 * Detectors of personal numbers inside free text: an identity number (18
 * characters, 17 digits and a digit or X; or an older 15-digit one) or a phone
 * number (an 11-digit mobile 1[3-9]xxxxxxxxx, or a landline with its area code),
 * however it is written: full-width digits, spaces, hyphens, dots, slashes or
 * other separators between the digits, a +86 prefix, surrounded by other text.
 *
 * They over-approximate on purpose (any run of 15 or more digits counts as an
 * identity number): they guard text that must never carry personal data, such as
 * the timeline's summaries and data and the document numbers copied into them.
 */

export type PersonalDataKind = 'idNumber' | 'phone';

/** Characters that may sit between the digits of one number as it is written. */
const SEPARATORS =
  '\\s\\u00a0\\u00ad\\u1680\\u180e\\u2000-\\u200f\\u2010-\\u2015\\u2024-\\u2027\\u2028-\\u202f\\u205f-\\u206f\\u2212\\u3000\\u30fb\\ufe58\\ufe63\\ufeff\\uff0d\\uff0e\\uff0f\\uff3f\\uff65\\-_./\\\\·•,，、:：*+~';
/** A run of digits joined by separators, with a trailing X (the check character of an identity number). */
const DIGIT_RUN = new RegExp(`\\d(?:[${SEPARATORS}]*\\d)*(?:[${SEPARATORS}]*[Xx])?`, 'g');

const MOBILE = /1[3-9]\d{9}/;
const LANDLINE = /^0(?:10|2\d|[3-9]\d{2})[1-9]\d{6,7}\d{0,6}$/;

const GROUP_SEPARATOR = new RegExp(`[${SEPARATORS}]+`);

/** A landline with its area code that starts at a group of the run ("2026-010-2000000" holds 010-2000000). */
function hasLandline(run: string): boolean {
  const groups = run.split(GROUP_SEPARATOR).map((g) => g.replace(/\D/g, ''));
  for (let i = 0; i < groups.length; i++) {
    const tail = groups.slice(i).join('');
    if (tail.length >= 10 && LANDLINE.test(tail)) return true;
  }
  return false;
}

/** Full-width digits and X as ASCII (the forms a keyboard in Chinese input mode types). */
function asciiDigits(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30)).replace(/[\uff38\uff58]/g, 'X');
}

interface Found {
  kind: PersonalDataKind;
  /** [start, end) of the number in the text (after full-width digits became ASCII; the same length). */
  at: [number, number];
}

function scan(text: string): Found[] {
  const s = asciiDigits(text);
  const found: Found[] = [];
  for (const m of s.matchAll(DIGIT_RUN)) {
    const raw = m[0];
    const digits = raw.replace(/[^\dXx]/g, '');
    const bare = digits.replace(/[Xx]$/, '');
    const at: [number, number] = [m.index!, m.index! + raw.length];
    if (bare.length >= 15) found.push({ kind: 'idNumber', at });
    else if (MOBILE.test(bare) || hasLandline(raw)) found.push({ kind: 'phone', at });
  }
  return found;
}

/** Every personal number found in the text, with its [start, end) (typical cases delete them; their anonymizer lists each). */
export function personalDataSpans(text: string): { kind: PersonalDataKind; start: number; end: number }[] {
  if (typeof text !== 'string') return [];
  return scan(text).map(({ kind, at }) => ({ kind, start: at[0], end: at[1] }));
}

/** The first personal number found in the text, or null. */
export function findPersonalData(text: string): PersonalDataKind | null {
  if (typeof text !== 'string') return null;
  return scan(text)[0]?.kind ?? null;
}

export function containsIdNumber(text: string): boolean {
  return typeof text === 'string' && scan(text).some((f) => f.kind === 'idNumber');
}

export function containsPhone(text: string): boolean {
  return typeof text === 'string' && scan(text).some((f) => f.kind === 'phone');
}

/** The text with every personal number found replaced by '*' (as many as it had characters). */
export function redactPersonalData(text: string): string {
  if (typeof text !== 'string') return text;
  const found = scan(text);
  if (!found.length) return text;
  let out = '';
  let from = 0;
  for (const { at } of found) {
    out += text.slice(from, at[0]) + '*'.repeat(at[1] - at[0]);
    from = at[1];
  }
  return out + text.slice(from);
}
