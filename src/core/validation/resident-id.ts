/**
 * Citizen identity number (公民身份号码), GB 11643-1999.
 *
 * Layout (18 chars): 6-digit address code (GB/T 2260) + 8-digit birth date
 * YYYYMMDD + 3-digit sequence + 1 check char. The check char is ISO 7064
 * MOD 11-2: sum(digit_i * W_i) mod 11 indexes into '10X98765432'.
 *
 * Accepted first-two-digit codes:
 *  - GB/T 2260 provincial codes (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71);
 *  - 81/82/83: residence permits for Hong Kong, Macao and Taiwan residents (2018);
 *  - '9' + mainland provincial code: foreigners' permanent residence ID card
 *    (2023 edition, 9 + issuing province + nationality + birth date + seq + check).
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** GB/T 2260 provincial-level codes of mainland China. */
const MAINLAND_PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
]);
const OTHER_PREFIXES = new Set(['71', '81', '82', '83']);

function isValidRegionPrefix(id: string): boolean {
  const p = id.slice(0, 2);
  if (MAINLAND_PROVINCES.has(p) || OTHER_PREFIXES.has(p)) return true;
  return id[0] === '9' && MAINLAND_PROVINCES.has(id.slice(1, 3));
}

function checkChar(prefix17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(prefix17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** YYYYMMDD of `d` in China Standard Time (UTC+8, no DST). */
function ymdInChina(d: Date): string {
  const t = new Date(d.getTime() + 8 * 3600 * 1000);
  const y = String(t.getUTCFullYear()).padStart(4, '0');
  const m = String(t.getUTCMonth() + 1).padStart(2, '0');
  const day = String(t.getUTCDate()).padStart(2, '0');
  return `${y}${m}${day}`;
}

function isRealDate(ymd: string): boolean {
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= days;
}

/**
 * Returns null when `s` is a valid 18-character identity number, otherwise an
 * reason in Chinese. A lowercase 'x' check char is accepted. `today` (default:
 * now) bounds the birth date; dates are compared in China Standard Time.
 * Never throws.
 */
export function validateResidentId(s: string, today: Date = new Date()): string | null {
  if (typeof s !== 'string') return '必须是字符串';
  if (s.length !== 18) return '应为 18 位';
  if (!/^\d{17}[\dXx]$/.test(s)) return '应为 17 位数字加 1 位数字或 X';
  if (!isValidRegionPrefix(s)) return '地址码无效';
  const birth = s.slice(6, 14);
  const now = today instanceof Date && !Number.isNaN(today.getTime()) ? today : new Date();
  if (!isRealDate(birth) || birth < '19000101' || birth > ymdInChina(now)) return '出生日期无效';
  if (checkChar(s) !== s[17].toUpperCase()) return '校验码不符';
  return null;
}

/** Trims and uppercases (so a trailing 'x' becomes 'X'). Does not validate. */
export function normalizeResidentId(s: string): string {
  return typeof s === 'string' ? s.trim().toUpperCase() : s;
}

/**
 * Appends the GB 11643 check char to a 17-digit prefix. Only the check char is
 * computed; region and birth date are not validated (so tests can build ids
 * that fail for other reasons). Throws RangeError unless given exactly 17 digits.
 */
export function makeResidentId(prefix17: string): string {
  if (typeof prefix17 !== 'string' || !/^\d{17}$/.test(prefix17)) {
    throw new RangeError('makeResidentId: prefix must be exactly 17 digits');
  }
  return prefix17 + checkChar(prefix17);
}
