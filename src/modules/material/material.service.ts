import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext, HubServices } from '../../core/context';
import { FieldErrorCode, FileOrigin, FormFieldType, MaterialReceipt, MaterialStatus } from '../../core/enums';
import { FieldError, NotFoundError, ValidationError, type BusinessError } from '../../core/errors';
import { forbidden } from '../../core/graphql-errors';
import { versionConflict } from '../../core/command';
import { placeholders, readSql } from '../../core/db/read-model';
import { touch, type TransactionEnv } from '../../core/unit-of-work';
import { isUuid } from '../../core/validation/uuid';
import { textField } from '../../core/validation/text-field';
import { requireViewer, type Viewer } from '../../core/viewer';
import { DisputeRepository, type Dispute } from '../dispute';
import { Matter, type MaterialRequirement } from '../matter';
import { Organization } from '../organization';
import { Timeline } from '../timeline';
import { contentStoreFor, storeFile } from './file-store';
import { MaterialItem } from './material-item.entity';
import { mergeChecklist } from './material.checklist';
import { assertMayAddToCaseFile, mayUploadPending, ownsPendingFile } from './material.policy';
import { MaterialChecklistItem, type RecordMaterialInput } from './material.types';
import { StoredFile } from './stored-file.entity';

/** A pending upload may be claimed by a registration this long; after that it is removed. */
export const PENDING_TTL_MS = 24 * 60 * 60 * 1000;
/** Pending files removed by one cleanup run (it runs again on a later upload). */
const CLEANUP_BATCH = 100;
/** Cleanups run at most this often per process (by the business clock). */
const CLEANUP_EVERY_MS = 60_000;
/** Files one FILE field, or one checklist item, may name. */
export const MAX_FILE_IDS = 20;

export interface ReceivedUpload {
  disputeId: string | null;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

/**
 * Organizations that hold or held a proceeding of the dispute: they may add to its case file,
 * also after the proceeding ended, since a decision (or a 不予受理决定书) is served and its
 * proof filed after the conclusion.
 */
async function handlingOrgIds(em: EntityManager, disputeId: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ organization_id: string }[]>('select distinct organization_id from proceeding where dispute_id = ?', [disputeId], 'all', em.getTransactionContext());
  return rows.map((r) => r.organization_id);
}

/** The dispute locked for the transaction, if the viewer may add to its case file (FORBIDDEN thrown otherwise). */
async function lockForWriting(env: TransactionEnv, viewer: Viewer, disputeId: string): Promise<Dispute | NotFoundError> {
  const dispute = await DisputeRepository.lockVisible(env.em, viewer, disputeId);
  if (!dispute) return new NotFoundError(`没有编号为 ${disputeId} 的纠纷，或您无权查看。`);
  const unmasked = (await DisputeRepository.unmaskedIds(env.em, viewer, [disputeId])).has(disputeId);
  assertMayAddToCaseFile(viewer, dispute, unmasked, await handlingOrgIds(env.em, disputeId));
  return dispute;
}

async function organizationName(em: EntityManager, organizationId: string | null): Promise<string> {
  if (!organizationId) return '系统管理员';
  return (await em.findOne(Organization, { id: organizationId }))?.name ?? '未知机构';
}

/** A stored file's row without its content (the content lives in the store). */
export async function findFile(em: EntityManager, id: string): Promise<StoredFile | null> {
  if (!isUuid(id)) return null;
  return (await readSql(em, StoredFile, 'select * from stored_file where id = ?', [id]))[0] ?? null;
}

const lastCleanup = new WeakMap<HubServices, number>();

export class MaterialService {
  /**
   * Before an upload's bytes are read: may the viewer upload to this dispute (or a pending file)?
   * Refusals are audited like a mutation's (NOT_FOUND, FORBIDDEN thrown); nothing is written otherwise.
   */
  static async checkUploadTarget(ctx: HubContext, disputeId: string | null): Promise<true | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<true>(
      { services: ctx.services, em: ctx.em, viewer },
      'uploadFile',
      async (env) => {
        if (disputeId === null) {
          if (!mayUploadPending(viewer)) throw forbidden('只有登记纠纷的人员可以在登记前上传材料；请指定纠纷（disputeId）。');
          return true;
        }
        env.targets.push(disputeId);
        if (!isUuid(disputeId)) return new NotFoundError(`没有编号为 ${disputeId} 的纠纷，或您无权查看。`);
        const dispute = await DisputeRepository.findVisibleByIds(env.em, viewer, [disputeId]);
        if (!dispute.length) return new NotFoundError(`没有编号为 ${disputeId} 的纠纷，或您无权查看。`);
        const unmasked = (await DisputeRepository.unmaskedIds(env.em, viewer, [disputeId])).has(disputeId);
        assertMayAddToCaseFile(viewer, dispute[0], unmasked, await handlingOrgIds(env.em, disputeId));
        return true;
      },
      { audit: false },
    );
  }

  /**
   * Stores a received upload in one transaction: the file's row, its content, the audit entry and,
   * for a file of a dispute, its FILE_UPLOADED event. The dispute is locked and the viewer's right
   * checked again (the check before the body is only there to refuse early).
   */
  static async storeUpload(ctx: HubContext, upload: ReceivedUpload): Promise<StoredFile | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<StoredFile>({ services: ctx.services, em: ctx.em, viewer }, 'uploadFile', async (env) => {
      if (upload.disputeId !== null) {
        env.targets.push(upload.disputeId);
        const dispute = await lockForWriting(env, viewer, upload.disputeId);
        if (dispute instanceof NotFoundError) return dispute;
      } else if (!mayUploadPending(viewer)) {
        throw forbidden('只有登记纠纷的人员可以在登记前上传材料；请指定纠纷（disputeId）。');
      }
      const file = storeFile(env, {
        disputeId: upload.disputeId,
        origin: FileOrigin.UPLOAD,
        fileName: upload.fileName,
        contentType: upload.contentType,
        bytes: upload.bytes,
        sha256: upload.sha256,
        organizationId: viewer.organizationId,
        uploadedBy: viewer.userId,
      });
      env.targets.unshift(file.id);
      env.auditDetails = { contentType: file.contentType, size: file.size, sha256: file.sha256, pending: upload.disputeId === null };
      if (upload.disputeId !== null) {
        Timeline.append(
          env,
          'FILE_UPLOADED',
          { disputeId: upload.disputeId, organizationId: viewer.organizationId },
          { fileId: file.id },
          { organization: await organizationName(env.em, viewer.organizationId) },
        );
      }
      return file;
    });
  }

  /**
   * A download: the file if the viewer may read its content, recorded in the audit log by its
   * own transaction before a byte is sent. Not visible: NOT_FOUND (audited as a refusal); visible
   * but masked: FORBIDDEN thrown with code MASKED in its message's place (audited too).
   */
  static async openForDownload(ctx: HubContext, id: string): Promise<StoredFile | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<StoredFile>({ services: ctx.services, em: ctx.em, viewer }, 'downloadFile', async (env) => {
      env.targets.push(id);
      const file = await findFile(env.em, id);
      const missing = new NotFoundError(`没有编号为 ${id} 的文件，或您无权查看。`);
      if (!file) return missing;
      if (file.disputeId === null) {
        // A pending upload is its uploader's alone.
        if (!ownsPendingFile(viewer, file)) return missing;
      } else {
        env.targets.push(file.disputeId);
        const [row] = await DisputeRepository.findVisibleWithMasking(env.em, viewer, [file.disputeId]);
        if (!row) return missing;
        if (!row.unmasked) throw forbidden(MASKED_MESSAGE);
      }
      env.auditDetails = { sha256: file.sha256, size: file.size, requestId: ctx.requestId };
      return file;
    });
  }

  /** Records one item of a dispute's materials checklist (version-checked; the dispute is locked, its version unchanged). */
  static async record(ctx: HubContext, input: RecordMaterialInput): Promise<MaterialChecklistItem | BusinessError> {
    const viewer = requireViewer(ctx);
    const errors: FieldError[] = [];
    const name = textField('name', input.name, 1, 200, errors);
    const remark = textField('remark', input.remark, input.status === MaterialStatus.NOT_APPLICABLE ? 1 : 0, 500, errors);
    const fileIds = [...new Set(input.fileIds ?? [])];
    const receipt = input.receipt ?? null;
    if (fileIds.length > MAX_FILE_IDS) errors.push(new FieldError('fileIds', `最多 ${MAX_FILE_IDS} 个文件`, FieldErrorCode.TOO_LONG));
    if (fileIds.some((f) => !isUuid(f))) errors.push(new FieldError('fileIds', '文件编号格式不正确', FieldErrorCode.INVALID_FORMAT));
    if (input.status === MaterialStatus.RECEIVED) {
      if (!receipt) errors.push(new FieldError('receipt', '已收取的材料须注明收取方式（电子文件或纸质原件）', FieldErrorCode.REQUIRED));
      if (receipt === MaterialReceipt.FILE && !fileIds.length) errors.push(new FieldError('fileIds', '以电子文件收取时须选择该纠纷的文件', FieldErrorCode.REQUIRED));
    } else {
      if (receipt) errors.push(new FieldError('receipt', '只有已收取的材料才有收取方式', FieldErrorCode.INVALID));
      if (fileIds.length) errors.push(new FieldError('fileIds', '只有已收取的材料才能关联文件', FieldErrorCode.INVALID));
    }
    if (errors.length) return new ValidationError(errors);

    return ctx.services.uow.run<MaterialChecklistItem>({ services: ctx.services, em: ctx.em, viewer }, 'recordMaterial', async (env) => {
      const { em } = env;
      env.targets.push(input.disputeId);
      const dispute = await lockForWriting(env, viewer, input.disputeId);
      if (dispute instanceof NotFoundError) return dispute;
      const requirements = await requirementsOfMatter(em, dispute.matter?.id ?? null);
      const requirement = requirements.find((r) => r.name === name);
      if (!requirement) return ValidationError.of('name', '该纠纷的事项材料清单中没有这项材料', FieldErrorCode.NOT_FOUND);
      const item = await em.findOne(MaterialItem, { disputeId: dispute.id, name: requirement.name });
      const conflict = versionConflict(item?.version ?? 0, input.expectedVersion);
      if (conflict) return conflict;
      if (fileIds.length) {
        const found = await em
          .getConnection()
          .execute<{ id: string }[]>(`select id from stored_file where dispute_id = ? and id in (${placeholders(fileIds.length)})`, [dispute.id, ...fileIds], 'all', em.getTransactionContext());
        if (found.length !== fileIds.length) return ValidationError.of('fileIds', '文件不存在或不属于该纠纷', FieldErrorCode.NOT_FOUND);
      }
      const record = item ?? em.create(MaterialItem, { id: randomUUID(), disputeId: dispute.id, name: requirement.name, required: requirement.required, status: input.status });
      if (item) touch(env, item);
      record.required = requirement.required;
      record.status = input.status;
      record.receipt = input.status === MaterialStatus.RECEIVED ? receipt : null;
      record.fileIds = fileIds;
      record.remark = remark;
      record.recordedBy = viewer.userId;
      record.recordedAt = env.now;
      env.targets.push(record.id);
      // The item's name comes from the catalog; the remark (free text) never reaches the timeline.
      Timeline.append(
        env,
        'MATERIAL_RECORDED',
        { disputeId: dispute.id, organizationId: viewer.organizationId },
        { materialId: record.id, item: requirement.name, status: record.status, receipt: record.receipt },
        {},
      );
      const [line] = mergeChecklist([requirement], [record]);
      return MaterialChecklistItem.of(dispute.id, line);
    });
  }

  /**
   * 'dispute.registered': the FILE fields of the application form name files the registering
   * viewer uploaded (pending, less than 24 hours old); they are claimed for the new dispute, each
   * with a FILE_UPLOADED event. Any other id refuses the registration.
   */
  static async claimForRegistration(env: TransactionEnv, dispute: Dispute, applicationData: Record<string, unknown> | null): Promise<BusinessError | null> {
    if (!applicationData || !dispute.matter) return null;
    const viewer = env.viewer;
    const matter = await env.em.findOne(Matter, { id: dispute.matter.id });
    const fileKeys = (matter?.applicationForm.fields ?? []).filter((f) => f.type === FormFieldType.FILE).map((f) => f.key);
    const named = new Map<string, string[]>();
    for (const key of fileKeys) {
      const v = applicationData[key];
      const ids = typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
      if (ids.length)
        named.set(
          key,
          ids.map((id) => id.toLowerCase()),
        );
    }
    const all = [...new Set([...named.values()].flat())];
    if (!all.length) return null;
    const rows = await env.em
      .getConnection()
      .execute<{ id: string; dispute_id: string | null; uploaded_by: string | null; created_at: Date }[]>(
        `select id, dispute_id, uploaded_by, created_at from stored_file where id in (${placeholders(all.length)}) for update`,
        all,
        'all',
        env.em.getTransactionContext(),
      );
    const claimable = new Set(
      rows
        .filter(
          (r) => r.dispute_id === dispute.id || (r.dispute_id === null && viewer !== null && r.uploaded_by === viewer.userId && env.now.getTime() - new Date(r.created_at).getTime() < PENDING_TTL_MS),
        )
        .map((r) => r.id),
    );
    const errors: FieldError[] = [];
    for (const [key, ids] of named) {
      if (ids.some((id) => !claimable.has(id))) {
        errors.push(new FieldError(`applicationData.${key}`, '文件不存在，或不是您在 24 小时内上传、尚未登记的文件，请重新上传', FieldErrorCode.NOT_FOUND));
      }
    }
    if (errors.length) return new ValidationError(errors);
    const pending = rows.filter((r) => r.dispute_id === null).map((r) => r.id);
    if (!pending.length) return null;
    // After the dispute's row is flushed (the foreign key), in the registration's transaction.
    env.afterFlush(async (em) => {
      await em
        .getConnection()
        .execute(`update stored_file set dispute_id = ? where id in (${placeholders(pending.length)}) and dispute_id is null`, [dispute.id, ...pending], 'run', em.getTransactionContext());
    });
    const organizationId = dispute.registeredByOrganization.id;
    const organization = await organizationName(env.em, organizationId);
    for (const fileId of pending) Timeline.append(env, 'FILE_UPLOADED', { disputeId: dispute.id, organizationId }, { fileId }, { organization });
    env.targets.push(...pending);
    return null;
  }

  /**
   * Removes pending uploads older than 24 hours that no registration claimed, oldest first, at
   * most CLEANUP_BATCH per run and one run a minute per process; called after an upload, so the
   * work follows the uploads that cause it. Rows locked by a claim in progress are skipped.
   */
  static async cleanupPending(services: HubServices, em: EntityManager): Promise<number> {
    const now = services.now();
    const last = lastCleanup.get(services);
    if (last !== undefined && Math.abs(now.getTime() - last) < CLEANUP_EVERY_MS) return 0;
    lastCleanup.set(services, now.getTime());
    const removed = await em.getConnection().execute<{ storage: string; storage_key: string }[]>(
      `delete from stored_file where id in (
         select id from stored_file where dispute_id is null and created_at < ? order by created_at limit ${CLEANUP_BATCH} for update skip locked)
       returning storage, storage_key`,
      [new Date(now.getTime() - PENDING_TTL_MS)],
      'all',
    );
    const store = contentStoreFor(services.settings);
    for (const r of removed) {
      if (r.storage !== store.kind) continue;
      try {
        await store.remove(r.storage_key);
      } catch (err) {
        services.logger.warn({ err, storageKey: r.storage_key }, 'content of a removed pending file not deleted');
      }
    }
    return removed.length;
  }
}

export const MASKED_MESSAGE = '您可以看到该文件存在，但无权查看其内容（纠纷的个人信息对您的机构不公开）。';

/** The matter's required materials, from the catalog (none for a dispute without a matter). */
export async function requirementsOfMatter(em: EntityManager, matterId: string | null): Promise<MaterialRequirement[]> {
  if (!matterId) return [];
  return (await em.findOne(Matter, { id: matterId }))?.requiredMaterials ?? [];
}
