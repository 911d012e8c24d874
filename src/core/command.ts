import { LockMode, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import { NotFoundError, VersionConflictError, type BusinessError, type InvalidTransitionError } from './errors';
import { forbidden } from './graphql-errors';
import { isUuid } from './validation/uuid';
import type { HubContext } from './context';
import type { StateMachine } from './state-machine';
import { touch, type RunOptions, type TransactionEnv } from './unit-of-work';
import { isAdmin, requireViewer, type Viewer } from './viewer';

/** A record with an optimistic-lock version (a dispute, a referral, a proceeding, ...). */
export interface Versioned {
  id: string;
  version: number;
}

/** The record a command acts on and the aggregate it belongs to, locked for the transaction. */
export interface Locked<R, Root extends Versioned> {
  record: R;
  root: Root;
}

export interface Command<R extends { id: string }, Root extends Versioned, S extends string, A extends string, T> {
  /** Audit action, e.g. 'acceptReferral'. */
  action: string;
  /** Finds the record visible to the viewer and locks its aggregate; null when there is none. */
  lock(env: TransactionEnv, viewer: Viewer): Promise<Locked<R, Root> | null>;
  /** Said when `lock` finds nothing. */
  notFound: string;
  /** The id the command looks for: an audit target of a refusal even when nothing is found. */
  target?: string;
  /** Audit targets besides the record and its root. */
  auditIds?: (locked: Locked<R, Root>) => string[];
  /** Object-level permission (the module's policy): throws FORBIDDEN. */
  authorize(viewer: Viewer, locked: Locked<R, Root>): void;
  expectedVersion?: number | null;
  /** Whose version `expectedVersion` is checked against, and raised with the root's: the record's (default) or only the root's. */
  versioned?: 'record' | 'root';
  /** The transition applied before `apply` runs (the record then has a `status`); none for commands that change no status. */
  transition?: { machine: StateMachine<S, A>; action: A; refusal?: (status: S) => string };
  apply(env: TransactionEnv, record: R, root: Root): Promise<T | BusinessError>;
  options?: RunOptions<T>;
}

/** Checks the client's expected version against the record's. */
export function versionConflict(current: number, expected: number | null | undefined): VersionConflictError | null {
  return expected !== null && expected !== undefined && expected !== current ? new VersionConflictError(current, expected) : null;
}

/**
 * The one frame of every mutation on a record: lock the aggregate, authorize with
 * the module's policy, check the version, apply the transition, raise the
 * versions once, run the change, and audit it, all in one unit of work.
 */
export function runCommand<R extends { id: string }, Root extends Versioned, S extends string, A extends string, T>(ctx: HubContext, command: Command<R, Root, S, A, T>): Promise<T | BusinessError> {
  const viewer = requireViewer(ctx);
  return ctx.services.uow.run<T>(
    { services: ctx.services, em: ctx.em, viewer },
    command.action,
    async (env) => {
      const locked = await command.lock(env, viewer);
      if (!locked) {
        if (command.target) env.targets.push(command.target);
        return new NotFoundError(command.notFound);
      }
      const { record, root } = locked;
      const ids = [record.id, ...(root.id === record.id ? [] : [root.id]), ...(command.auditIds?.(locked) ?? [])];
      env.targets.push(...ids);
      command.authorize(viewer, locked);
      const byRecord = command.versioned !== 'root' && isVersioned(record);
      const conflict = versionConflict(byRecord ? (record as unknown as Versioned).version : root.version, command.expectedVersion);
      if (conflict) return conflict;
      if (command.transition) {
        const { machine, action, refusal } = command.transition;
        const stateful = record as unknown as { status: S };
        const refused: InvalidTransitionError | null = machine.apply(stateful, action, refusal?.(stateful.status));
        if (refused) return refused;
      }
      if (byRecord) touch(env, record as unknown as Versioned);
      touch(env, root);
      return command.apply(env, record, root);
    },
    command.options,
  );
}

function isVersioned(x: object): boolean {
  return typeof (x as { version?: unknown }).version === 'number';
}

/** A change to a record that is its own aggregate and that only ADMIN administers (an account, an organization). */
export interface AdminCommand<R extends Versioned> {
  action: string;
  id: string;
  notFound: string;
  /** Said to a viewer who is not ADMIN. */
  refusal: string;
  expectedVersion: number;
  apply(env: TransactionEnv, record: R): Promise<R | BusinessError>;
}

/** runCommand for an administered record: locked by id, ADMIN only, versioned by itself, the probed id audited even when missing. */
export function runAdminCommand<R extends Versioned>(ctx: HubContext, entity: EntityClass<R>, command: AdminCommand<R>): Promise<R | BusinessError> {
  return runCommand<R, R, never, never, R>(ctx, {
    action: command.action,
    target: command.id,
    lock: async (env) => {
      const record = isUuid(command.id) ? ((await env.em.findOne(entity, { id: command.id } as FilterQuery<R>, { lockMode: LockMode.PESSIMISTIC_WRITE })) as R | null) : null;
      return record ? { record, root: record } : null;
    },
    notFound: command.notFound,
    authorize: (viewer) => {
      if (!isAdmin(viewer)) throw forbidden(command.refusal);
    },
    expectedVersion: command.expectedVersion,
    versioned: 'root',
    apply: (env, record) => command.apply(env, record),
  });
}
