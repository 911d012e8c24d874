/**
 * PII masking for display and logs (cf. GB/T 35273-2020 Personal information
 * security specification, de-identification of displayed data). Masking is per
 * character (Unicode code point): the output has as many characters as the input.
 */
import { phoneMaskPlan } from './phone';

const MASK = '*';

function maskChars(chars: string[], keep: (i: number) => boolean): string {
  return chars.map((c, i) => (keep(i) ? c : MASK)).join('');
}

/**
 * ID numbers: 11+ characters keep the first 6 and last 4 (330102********1234).
 * Shorter values show at most the first and last character and never more than
 * 40% of the value (1–2 chars: nothing, 3–4: first only, 5–10: first and last).
 */
export function maskIdNumber(s: string): string;
export function maskIdNumber(s: null): null;
export function maskIdNumber(s: undefined): undefined;
export function maskIdNumber(s: string | null | undefined): string | null | undefined;
export function maskIdNumber(s: string | null | undefined): string | null | undefined {
  if (typeof s !== 'string') return s;
  const chars = Array.from(s);
  const n = chars.length;
  let head: number;
  let tail: number;
  if (n >= 11) {
    head = 6;
    tail = 4;
  } else {
    const shown = Math.min(2, Math.floor(n * 0.4));
    head = shown >= 1 ? 1 : 0;
    tail = shown >= 2 ? 1 : 0;
  }
  return maskChars(chars, (i) => i < head || i >= n - tail);
}

/**
 * Phone numbers: mobiles keep the first 3 and last 4 digits (138****5678, a
 * '+86' prefix stays visible); landlines keep the area code and the last 4
 * digits of the local number (0571-****4321; an extension is masked). Separators
 * stay in place. Anything that is not a valid phone number is masked like an ID.
 */
export function maskPhone(s: string): string;
export function maskPhone(s: null): null;
export function maskPhone(s: undefined): undefined;
export function maskPhone(s: string | null | undefined): string | null | undefined;
export function maskPhone(s: string | null | undefined): string | null | undefined {
  if (typeof s !== 'string') return s;
  const plan = phoneMaskPlan(s);
  if (!plan) return maskIdNumber(s);
  // A valid phone number is ASCII, so code units and code points coincide.
  return maskChars(Array.from(s), (i) => i < plan.keepHead || (i >= plan.keepFrom && i < plan.keepTo) || s[i] === '-');
}
