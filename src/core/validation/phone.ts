/**
 * Mainland China telephone numbers.
 *
 * Mobile: 11 digits, 1[3-9]xxxxxxxxx (numbering plan of MIIT), optionally
 * prefixed by the country code '+86' / '86' (optionally followed by '-' or a
 * space); normalized to the bare 11 digits.
 *
 * Landline: trunk prefix '0' + area code, optional '-', 7–8 digit local number,
 * optional '-extension' (1–6 digits). Area codes are 2 digits (10, 20–29) or
 * 3 digits (first digit 3–9), so the split is unambiguous even without '-'.
 * Normalized to 'AREA-LOCAL[-EXT]', e.g. '0571-87654321'.
 */

const MOBILE = /^(\+?86[- ]?)?(1[3-9]\d{9})$/;
const LANDLINE = /^(0(?:10|2\d|[3-9]\d{2}))(-?)([1-9]\d{6,7})(?:-(\d{1,6}))?$/;
const MAX_LENGTH = 32;

export type PhoneKind = 'mobile' | 'landline';

interface ParsedPhone {
  kind: PhoneKind;
  normalized: string;
  /** Number of leading characters of the raw input that form the prefix kept by masking. */
  keepHead: number;
  /** [start, end) of the subscriber number in the raw input, whose last 4 digits masking keeps. */
  subscriber: [number, number];
}

function parsePhone(s: unknown): ParsedPhone | null {
  if (typeof s !== 'string' || s.length > MAX_LENGTH) return null;
  const m = MOBILE.exec(s);
  if (m) {
    const head = (m[1] ?? '').length;
    return { kind: 'mobile', normalized: m[2], keepHead: head + 3, subscriber: [head, s.length] };
  }
  const l = LANDLINE.exec(s);
  if (l) {
    const [, area, sep, local, ext] = l;
    const start = area.length + sep.length;
    return {
      kind: 'landline',
      normalized: `${area}-${local}${ext !== undefined ? `-${ext}` : ''}`,
      keepHead: start,
      subscriber: [start, start + local.length],
    };
  }
  return null;
}

/** Returns null for a valid mobile or landline number, otherwise a reason in Chinese. Never throws. */
export function validatePhone(s: string): string | null {
  if (typeof s !== 'string') return '必须是字符串';
  if (s.length === 0) return '不能为空';
  if (s.length > MAX_LENGTH) return '过长';
  if (parsePhone(s)) return null;
  if (s.trim() !== s) return '首尾不能有空格';
  if (!/^[+\d -]+$/.test(s)) return '只能包含数字、“-”和开头的“+86”';
  if (/^(\+?86[- ]?)?1/.test(s)) return '手机号码应为以 13–19 开头的 11 位数字';
  if (s.startsWith('0')) return '固定电话应为 0 加区号、7–8 位号码，可加“-分机号”';
  return '不是有效的手机或固定电话号码';
}

/** Canonical form ('13812345678', '0571-87654321', '0571-87654321-123') or null if invalid. */
export function normalizePhone(s: string): string | null {
  return parsePhone(s)?.normalized ?? null;
}

/** 'mobile' | 'landline' | null. */
export function phoneKind(s: string): PhoneKind | null {
  return parsePhone(s)?.kind ?? null;
}

/** @internal used by mask.ts: positions to keep when masking a valid phone number. */
export function phoneMaskPlan(s: string): { keepHead: number; keepFrom: number; keepTo: number } | null {
  const p = parsePhone(s);
  if (!p) return null;
  const [start, end] = p.subscriber;
  return { keepHead: p.keepHead, keepFrom: Math.max(start, end - 4), keepTo: end };
}
