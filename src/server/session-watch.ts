import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from '../core/logger';
import type { Viewer } from '../core/viewer';

interface Watched {
  viewer: Viewer;
  close(code: number, reason: string): void;
  revoked: boolean;
}

interface AccountRow {
  id: string;
  roles: string[];
  organization_id: string | null;
  disabled: boolean;
  token_generation: number;
}

/**
 * Open WebSockets live for hours, but who they act for can change: an account disabled,
 * its roles or organization changed, its password reset. The watch re-reads the
 * accounts of every open socket (one query for all of them) twice a second and before
 * each batch of events is delivered; a socket whose account changed is closed with
 * 4403 and delivers nothing more. Read from the database, so it holds whichever
 * instance made the change.
 */
export class SessionWatch {
  private readonly sockets = new Set<Watched>();
  private readonly byViewer = new WeakMap<Viewer, Watched>();
  private timer: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly logger: Logger,
    private readonly intervalMs = 500,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.refresh().catch((err) => this.logger.warn({ err: (err as Error).message }, 'session watch read failed')), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.sockets.clear();
  }

  /** Watches one connection; returns whether it may still deliver, and a release for when it closes. */
  watch(viewer: Viewer, close: (code: number, reason: string) => void): { allowed: () => boolean; release: () => void } {
    const entry: Watched = { viewer, close, revoked: false };
    this.sockets.add(entry);
    this.byViewer.set(viewer, entry);
    return { allowed: () => !entry.revoked, release: () => this.sockets.delete(entry) };
  }

  /** Whether the connection of this viewer (the object its context carries) may still deliver. */
  allowed(viewer: Viewer): boolean {
    return !this.byViewer.get(viewer)?.revoked;
  }

  /** Re-reads the accounts of the open sockets and closes those whose account changed. Concurrent callers share one read. */
  refresh(): Promise<void> {
    if (!this.sockets.size) return Promise.resolve();
    this.refreshing ??= this.read().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private async read(): Promise<void> {
    const entries = [...this.sockets];
    const ids = [...new Set(entries.map((e) => e.viewer.userId))];
    const rows = await this.orm.em
      .fork()
      .getConnection()
      .execute<AccountRow[]>(`select id, roles, organization_id, disabled, token_generation from hub_user where id = any(?::uuid[])`, [`{${ids.join(',')}}`]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const entry of entries) {
      if (entry.revoked || unchanged(entry.viewer, byId.get(entry.viewer.userId))) continue;
      entry.revoked = true;
      this.sockets.delete(entry);
      entry.close(4403, 'Forbidden: the account changed; sign in again');
    }
  }
}

function unchanged(viewer: Viewer, row: AccountRow | undefined): boolean {
  if (!row || row.disabled) return false;
  if (row.token_generation !== (viewer.tokenGeneration ?? 1)) return false;
  if ((row.organization_id ?? null) !== viewer.organizationId) return false;
  return row.roles.length === viewer.roles.length && row.roles.every((r) => (viewer.roles as string[]).includes(r));
}
