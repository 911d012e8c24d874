/**
 * Money amounts in yuan (元) as exact decimal strings with 2 decimal places
 * (fen, 分, the smallest unit of the RMB). Pure string logic, no floats.
 */

export type AmountResult = { ok: true; value: string } | { ok: false; message: string };

const MAX_INTEGER_DIGITS = 15;
const MAX_LENGTH = 40;
const SHAPE = /^(\d*)(?:\.(\d+))?$/;

function fail(message: string): AmountResult {
  return { ok: false, message };
}

/**
 * Parses a non-negative amount like '12', '012.5', '.5', '0.05' and normalizes it
 * to 'D.DD' ('12.00', '12.50', '0.50', '0.05'). Rejects signs, exponents,
 * spaces, thousands separators, more than 2 decimals and more than 15 integer
 * digits (leading zeros do not count). Never throws.
 */
export function parseAmount(s: string): AmountResult {
  if (typeof s !== 'string') return fail('必须是字符串');
  if (s.length === 0) return fail('不能为空');
  if (s.length > MAX_LENGTH) return fail('过长');
  if (s.trim() !== s) return fail('首尾不能有空格');
  if (s.startsWith('-')) return fail('不能为负数');
  if (s.startsWith('+')) return fail('不能带正负号');
  if (/[eE]/.test(s) && /\d/.test(s)) return fail('不能使用科学计数法');
  if (/[,，_ ]/.test(s)) return fail('不能使用千位分隔符');
  const m = SHAPE.exec(s);
  if (!m || (m[1] === '' && m[2] === undefined)) return fail('应为十进制数');
  const intPart = m[1].replace(/^0+/, '') || '0';
  const frac = m[2] ?? '';
  if (frac.length > 2) return fail('最多 2 位小数');
  if (intPart.length > MAX_INTEGER_DIGITS) return fail(`整数部分最多 ${MAX_INTEGER_DIGITS} 位`);
  return { ok: true, value: `${intPart}.${frac.padEnd(2, '0')}` };
}
