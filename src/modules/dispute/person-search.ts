import type { HubContext } from '../../core/context';
import { keysetPage } from '../../core/db/keyset';
import { FieldError, ValidationError } from '../../core/errors';
import { pageSize } from '../../core/pagination';
import { maskIdNumber, maskPhone, normalizePhone, validateResidentId, validateUscc } from '../../core/validation';
import { auditPersonalDataSearch } from '../audit';
import { Dispute } from './dispute.entity';
import { disputeUnmasking } from './dispute.policy';
import { DisputeRepository } from './dispute.repository';
import { DisputeConnection } from './dispute.types';
import { Projection } from '../../core/db/projection';

/** What a search by person looks for: one exact, normalized value of party.id_number or party.phone. */
export interface PersonKey {
  by: 'idNumber' | 'phone';
  value: string;
}

const RESIDENT_ID_SHAPE = /^\d{17}[\dX]$/;
/** Other identity documents (passport, permits) as registration accepts them (intake OTHER_ID_PATTERN). */
const OTHER_ID = /^[A-Z0-9-]{5,30}$/;

/**
 * The ID number as registration stores it: spaces removed, upper case (a final x of a resident
 * ID is X). 18 characters must be a valid resident ID (GB 11643) or unified social credit code
 * (GB 32100); other documents 5-30 letters, digits and '-'. Null and the reason otherwise.
 */
export function normalizeIdNumberQuery(raw: string, today: Date): { value: string } | { reason: string } {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  if (!s) return { reason: '不能为空' };
  if (s.length === 18) {
    if (RESIDENT_ID_SHAPE.test(s)) {
      const r = validateResidentId(s, today);
      return r === null ? { value: s } : { reason: `不是有效的公民身份号码（${r}）` };
    }
    const r = validateUscc(s);
    return r === null ? { value: s } : { reason: `不是有效的统一社会信用代码（${r}）` };
  }
  return OTHER_ID.test(s) ? { value: s } : { reason: '不是有效的证件号码：公民身份号码、统一社会信用代码为18位，其他证件为5至30位字母、数字或“-”' };
}

/** The phone as registration stores it ('13812345678', '0571-87654321'): spaces and hyphens as typed do not matter. */
export function normalizePhoneQuery(raw: string): { value: string } | { reason: string } {
  const s = raw.trim();
  if (!s) return { reason: '不能为空' };
  const value = normalizePhone(s) ?? normalizePhone(s.replace(/[\s-]/g, ''));
  return value ? { value } : { reason: '不是有效的手机号码或固定电话号码' };
}

/** Exactly one of the two, normalized; a ValidationError (never a thrown error) for anything else. */
export function personKeyOf(idNumber: string | null | undefined, phone: string | null | undefined, today: Date): PersonKey | ValidationError {
  const hasId = typeof idNumber === 'string' && idNumber.trim() !== '';
  const hasPhone = typeof phone === 'string' && phone.trim() !== '';
  if (hasId === hasPhone) {
    return new ValidationError([new FieldError(hasId ? 'phone' : 'idNumber', '请提供证件号码或电话号码之一（二者只能选一）')], '请提供证件号码或电话号码之一');
  }
  const r = hasId ? normalizeIdNumberQuery(idNumber!, today) : normalizePhoneQuery(phone!);
  const field = hasId ? 'idNumber' : 'phone';
  if ('reason' in r) return ValidationError.of(field, r.reason);
  return { by: field, value: r.value };
}

/**
 * Disputes with a party of this ID number (or credit code) or phone, exact match, newest first,
 * keyset-paged like `disputes`. Only among the disputes the viewer may read AND sees unmasked: a
 * viewer who sees a dispute masked must not learn a full number from a hit. Audited (the search
 * itself, with the disputes found) before anything is returned.
 */
export async function disputesByPerson(
  ctx: HubContext,
  idNumber: string | null | undefined,
  phone: string | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<DisputeConnection | ValidationError> {
  const key = personKeyOf(idNumber, phone, ctx.services.now());
  if (key instanceof ValidationError) return key;
  const qb = DisputeRepository.visibleQuery(ctx.em, ctx.viewer, 'd');
  const unmasking = disputeUnmasking(ctx.viewer, 'd');
  if (unmasking.sql !== 'true') qb.andWhere(unmasking.sql, unmasking.params);
  // Constant column names: party_id_number_index / party_phone_index (partial, not null).
  qb.andWhere(`exists (select 1 from party pa where pa.dispute_id = d.id and pa.${key.by === 'idNumber' ? 'id_number' : 'phone'} = ?)`, [key.value]);
  const page = await keysetPage(ctx.em, qb, Dispute, {
    kind: 'dp',
    alias: 'd',
    instantColumn: 'received_at',
    instantOf: (d) => d.receivedAt,
    limit: pageSize(first, 20),
    after,
  });
  await auditPersonalDataSearch(ctx.em, ctx.viewer, ctx.requestId, {
    by: key.by,
    maskedTerm: key.by === 'idNumber' ? maskIdNumber(key.value) : maskPhone(key.value),
    disputeIds: page.edges.map((e) => e.node.id),
  });
  for (const { node } of page.edges) {
    ctx.loaders.visibleDispute.prime(node.id, node, Projection.ALL);
    ctx.loaders.unmasked.prime(node.id, true);
  }
  return Object.setPrototypeOf(page, DisputeConnection.prototype) as DisputeConnection;
}
