import DataLoader from 'dataloader';

const DIRECTORY_TTL_MS = 60_000;

/**
 * A small reference table (organizations, the matter catalog, users as shown) held per process for
 * a minute: it rarely changes, and almost every response names its rows. A cache, not
 * state: every instance reads the same rows from the database and may drop them at any time.
 * The rows are read-only views, never flushed.
 */
export class DirectoryCache<T extends { id: string }> {
  private cached: { byId: Map<string, T>; at: number } | null = null;
  private loading: Promise<Map<string, T>> | null = null;

  constructor(private readonly loadAll: () => Promise<T[]>) {}

  /** Drops this process's copy after a change made here (other instances catch up within the minute). */
  invalidate(): void {
    this.cached = null;
  }

  /** The row at once while this copy is fresh and has it; undefined otherwise. */
  peek(id: string): T | undefined {
    return this.cached && Date.now() - this.cached.at < DIRECTORY_TTL_MS ? this.cached.byId.get(id) : undefined;
  }

  async byId(): Promise<Map<string, T>> {
    if (this.cached && Date.now() - this.cached.at < DIRECTORY_TTL_MS) return this.cached.byId;
    this.loading ??= this.loadAll()
      .then((rows) => {
        const byId = new Map(rows.map((o) => [o.id, o]));
        this.cached = { byId, at: Date.now() };
        return byId;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}

/** Rows by id from the directory, falling back to one query for ids it does not know yet (added since it was read). */
export class DirectoryLoader<T extends { id: string }> extends DataLoader<string, T | null> {
  constructor(
    private readonly directory: DirectoryCache<T> | undefined,
    fetch: (ids: string[]) => Promise<T[]>,
  ) {
    super(async (ids) => {
      const known = directory ? await directory.byId() : new Map<string, T>();
      const missing = [...new Set(ids.filter((id) => !known.has(id)))];
      const fetched = missing.length ? await fetch(missing) : [];
      const byId = new Map([...known, ...fetched.map((o) => [o.id, o] as const)]);
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The row at once when the directory has it fresh (a field resolver then costs no promise), else as `load`. */
  now(id: string): T | Promise<T | null> {
    return this.directory?.peek(id) ?? this.load(id);
  }
}

export function directoryLoader<T extends { id: string }>(directory: DirectoryCache<T> | undefined, fetch: (ids: string[]) => Promise<T[]>): DirectoryLoader<T> {
  return new DirectoryLoader(directory, fetch);
}
