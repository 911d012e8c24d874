import type { EntityManager } from '@mikro-orm/postgresql';
import { MaterialStatus, type MaterialReceipt } from '../../core/enums';
import { placeholders, readSql } from '../../core/db/read-model';
import type { MaterialRequirement } from '../matter';
import { MaterialItem } from './material-item.entity';

/** One line of a dispute's materials checklist: the catalog's requirement and what was recorded for it. */
export interface ChecklistLine {
  name: string;
  required: boolean;
  note: string | null;
  status: MaterialStatus;
  receipt: MaterialReceipt | null;
  fileIds: string[];
  recordedAt: Date | null;
  /** The recorded row (null while the item was never recorded: it reads MISSING). */
  item: MaterialItem | null;
}

/**
 * The checklist from the matter's `requiredMaterials` (in catalog order) merged with the
 * recorded rows by name. A recorded item whose name the catalog no longer lists stays at
 * the end: what was received is part of the case file even after the catalog changes.
 */
export function mergeChecklist(requirements: readonly MaterialRequirement[], items: readonly MaterialItem[]): ChecklistLine[] {
  const byName = new Map(items.map((i) => [i.name, i]));
  const lines: ChecklistLine[] = requirements.map((r) => lineOf(r.name, r.required, r.note ?? null, byName.get(r.name) ?? null));
  const listed = new Set(requirements.map((r) => r.name));
  for (const i of items) if (!listed.has(i.name)) lines.push(lineOf(i.name, i.required, null, i));
  return lines;
}

function lineOf(name: string, required: boolean, note: string | null, item: MaterialItem | null): ChecklistLine {
  return {
    name,
    required,
    note,
    status: item?.status ?? MaterialStatus.MISSING,
    receipt: item?.receipt ?? null,
    fileIds: item?.fileIds ?? [],
    recordedAt: item?.recordedAt ?? null,
    item,
  };
}

/** Recorded items of many disputes: one statement. */
export function materialItemsOf(em: EntityManager, disputeIds: readonly string[]): Promise<MaterialItem[]> {
  if (!disputeIds.length) return Promise.resolve([]);
  // uuid[] arrives from the driver as its text form ('{a,b}'): read as JSON instead.
  return readSql(
    em,
    MaterialItem,
    `select id, dispute_id, name, required, status, receipt, to_json(file_ids) as file_ids, remark, recorded_by, recorded_at, version
     from material_item where dispute_id in (${placeholders(disputeIds.length)}) order by dispute_id, name`,
    [...disputeIds],
  );
}

/** The matter's requirements of a dispute (none when the dispute has no matter). */
async function requirementsOf(em: EntityManager, disputeId: string): Promise<MaterialRequirement[]> {
  const rows = await em
    .getConnection()
    .execute<{ required_materials: MaterialRequirement[] | string | null }[]>(
      'select m.required_materials from dispute d join matter m on m.id = d.matter_id where d.id = ?',
      [disputeId],
      'all',
      em.getTransactionContext(),
    );
  const raw = rows[0]?.required_materials ?? [];
  return typeof raw === 'string' ? (JSON.parse(raw) as MaterialRequirement[]) : raw;
}

/**
 * A dispute's materials checklist, for other modules (the document module's 补正通知书 lists the
 * missing required items). No visibility check: the caller has already read the dispute as its viewer.
 */
export async function checklistOf(
  em: EntityManager,
  disputeId: string,
): Promise<{ name: string; required: boolean; note: string | null; status: MaterialStatus; receipt: MaterialReceipt | null; fileIds: string[]; recordedAt: Date | null }[]> {
  const [requirements, items] = await Promise.all([requirementsOf(em, disputeId), materialItemsOf(em, [disputeId])]);
  return mergeChecklist(requirements, items).map(({ item: _item, ...line }) => line);
}
