/**
 * Check characters checked as typed (the server checks again):
 * GB 11643-1999 citizen identity number (ISO 7064 MOD 11-2) and
 * GB 32100-2015 unified social credit code (MOD 31).
 * Each returns null when valid, else a Chinese reason.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function realDate(ymd: string): boolean {
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function residentIdCheckChar(prefix17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(prefix17[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

export function checkResidentId(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  if (s.length !== 18) return `身份证号码应为 18 位（当前 ${s.length} 位）`;
  if (!/^\d{17}[\dX]$/.test(s)) return '身份证号码应为 17 位数字加 1 位数字或 X';
  const birth = s.slice(6, 14);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
  if (!realDate(birth) || birth < '19000101' || birth > today) return '身份证号码中的出生日期无效';
  const c = residentIdCheckChar(s);
  if (c !== s[17]) return `身份证号码校验位不符（应为 ${c}），请核对`;
  return null;
}

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function usccCheckChar(prefix17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(prefix17[i]);
    if (v < 0) return null;
    sum += v * USCC_WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return USCC_ALPHABET[c === 31 ? 0 : c];
}

export function checkUscc(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  if (s.length !== 18) return `统一社会信用代码应为 18 位（当前 ${s.length} 位）`;
  const bad = [...s].find((ch) => !USCC_ALPHABET.includes(ch));
  if (bad) return `统一社会信用代码不能含有字符“${bad}”（不使用 I、O、Z、S、V）`;
  if (!/^\d{6}$/.test(s.slice(2, 8))) return '统一社会信用代码第 3–8 位应为行政区划代码';
  const c = usccCheckChar(s.slice(0, 17));
  if (c !== s[17]) return `统一社会信用代码校验位不符（应为 ${c}），请核对`;
  return null;
}

/** For ID_NUMBER form fields and idType-less numbers: a resident ID or a credit code. */
export function checkIdOrUscc(raw: string): string | null {
  const s = raw.trim().toUpperCase();
  if (/^\d{17}[\dX]$/.test(s)) return checkResidentId(s);
  if (s.length === 18 && /[A-Z]/.test(s.slice(0, 17))) return checkUscc(s);
  return checkResidentId(s) && checkUscc(s) ? '请输入有效的身份证号码或统一社会信用代码' : null;
}

export function checkPhone(raw: string): string | null {
  const s = raw.replace(/[\s-]/g, '');
  if (/^1[3-9]\d{9}$/.test(s) || /^0\d{9,11}$/.test(s) || /^\d{7,8}$/.test(s)) return null;
  return '请输入 11 位手机号或带区号的固定电话';
}
