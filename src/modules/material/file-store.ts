import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { HubSettings } from '../../core/context';
import type { FileOrigin } from '../../core/enums';
import type { TransactionEnv } from '../../core/unit-of-work';
import { StoredFile } from './stored-file.entity';

declare module '../../core/context' {
  interface HubSettings {
    fileMaxBytes: number;
    fileStore: { kind: 'postgres' } | { kind: 's3'; endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string; forcePathStyle: boolean };
    serviceDueWorkingDays: number;
  }
}

/** Where the bytes of stored files live. */
export interface FileContentStore {
  readonly kind: 'postgres' | 's3';
  /** Writes the content as part of the env's transaction: it exists if and only if the transaction commits. */
  write(env: TransactionEnv, file: StoredFile, bytes: Buffer): void;
  read(em: EntityManager, file: StoredFile): Promise<Buffer | null>;
  /** Removes content whose row is being deleted (PostgreSQL: nothing to do, the content row goes with it). */
  remove(storageKey: string): Promise<void>;
}

/**
 * The default: a bytea row per file, inserted in the same transaction as the file's row.
 * The bytes are written as a bound parameter (sent in binary): MikroORM's `execute` would
 * inline them as a hex literal twice their size, a 10 MB statement for the server to parse
 * for a 5 MB file.
 */
export const postgresContentStore: FileContentStore = {
  kind: 'postgres',
  write(env, file, bytes) {
    env.afterFlush(async (em) => {
      const trx = em.getTransactionContext<Knex.Transaction>();
      if (!trx) throw new Error('stored_file_content is written only inside the transaction that stores the file');
      await trx.raw('insert into stored_file_content (file_id, content) values (?, ?)', [file.id, bytes]);
    });
  },
  async read(em, file) {
    // base64 is a third shorter on the wire than bytea's hex text form, and as cheap to decode.
    const rows = await em
      .getConnection()
      .execute<{ content: string }[]>(`select encode(content, 'base64') as content from stored_file_content where file_id = ?`, [file.storageKey], 'all', em.getTransactionContext());
    return rows[0] ? Buffer.from(rows[0].content, 'base64') : null;
  },
  async remove() {},
};

const stores = new Map<string, FileContentStore>();
const factories = new Map<string, (settings: HubSettings) => FileContentStore>();

/** Registers another store kind (the S3 store registers itself). */
export function registerContentStore(kind: 's3', factory: (settings: HubSettings) => FileContentStore): void {
  factories.set(kind, factory);
}

/** The store the configuration selects (one per configuration, cached). */
export function contentStoreFor(settings: HubSettings): FileContentStore {
  const cfg = settings.fileStore ?? { kind: 'postgres' };
  if (cfg.kind === 'postgres') return postgresContentStore;
  const key = JSON.stringify(cfg);
  let store = stores.get(key);
  if (!store) {
    const factory = factories.get(cfg.kind);
    if (!factory) throw new Error(`No file store of kind ${cfg.kind} is registered.`);
    store = factory(settings);
    stores.set(key, store);
  }
  return store;
}

export interface NewStoredFile {
  /** Null for a pending upload (made while registering, claimed by the registration). */
  disputeId: string | null;
  origin: FileOrigin;
  fileName: string;
  /** Sniffed from the content (uploads) or known (generated documents). */
  contentType: string;
  bytes: Buffer;
  organizationId: string | null;
  uploadedBy: string | null;
  /** SHA-256 (hex) when the caller computed it while receiving the bytes; computed here otherwise. */
  sha256?: string;
}

/**
 * Stores a file of a dispute in the env's transaction: its row and its content
 * commit together or not at all (a failed upload or render leaves nothing).
 * The caller has checked that the viewer may add files to the dispute.
 */
export function storeFile(env: TransactionEnv, input: NewStoredFile): StoredFile {
  const store = contentStoreFor(env.settings);
  const id = randomUUID();
  const file = env.em.create(StoredFile, {
    id,
    disputeId: input.disputeId,
    origin: input.origin,
    fileName: input.fileName,
    contentType: input.contentType,
    size: input.bytes.length,
    sha256: input.sha256 ?? createHash('sha256').update(input.bytes).digest('hex'),
    storage: store.kind,
    storageKey: store.kind === 'postgres' ? id : input.disputeId ? `disputes/${input.disputeId}/${id}` : `pending/${id}`,
    organizationId: input.organizationId,
    uploadedBy: input.uploadedBy,
    createdAt: env.now,
  });
  store.write(env, file, input.bytes);
  return file;
}

/** Reads a stored file's content from its store (the caller has checked that the viewer may read it). */
export function readFileContent(em: EntityManager, settings: HubSettings, file: StoredFile): Promise<Buffer | null> {
  if (file.storage === 'postgres') return postgresContentStore.read(em, file);
  return contentStoreFor(settings).read(em, file);
}
