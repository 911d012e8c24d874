import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Allow, Permission } from '../../core/permissions';
import { badUserInput } from '../../core/graphql-errors';
import { decodeCursor, encodeCursor, PageInfo, pageSize } from '../../core/pagination';
import { JSONScalar } from '../../core/scalars';
import { pageInfoOf } from '../../core/db/keyset';
import { isUuid } from '../../core/validation/uuid';
import { AuditEntry } from './audit-entry.entity';

@ObjectType('AuditEntry', { description: 'Who did what to which records, when: every mutation and every read of unmasked personal data.' })
export class AuditEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => ID, { nullable: true })
  actorUserId!: string | null;

  @Field(() => ID, { nullable: true })
  organizationId!: string | null;

  @Field(() => String, { description: 'The operation, e.g. registerDispute, readPersonalData.' })
  action!: string;

  @Field(() => [String])
  targetIds!: string[];

  @Field(() => JSONScalar, { nullable: true })
  details!: Record<string, unknown> | null;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryView])
  nodes!: AuditEntryView[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@Resolver()
export class AuditResolver {
  @Allow(Permission.READ_AUDIT_LOG)
  @Query(() => AuditEntryConnection, { description: 'ADMIN: the audit log, newest first.' })
  async auditLog(
    @Ctx() ctx: HubContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('action', () => String, { nullable: true }) action?: string | null,
    @Arg('actorUserId', () => ID, { nullable: true }) actorUserId?: string | null,
    @Arg('targetId', () => String, { nullable: true }) targetId?: string | null,
  ): Promise<AuditEntryConnection> {
    const limit = pageSize(first, 50);
    const qb = ctx.em.createQueryBuilder(AuditEntry, 'a').select('*');
    if (action) qb.andWhere({ action });
    if (actorUserId) {
      if (!isUuid(actorUserId)) throw badUserInput('actorUserId is not a user id', 'actorUserId');
      qb.andWhere({ actorUserId });
    }
    if (targetId) qb.andWhere('? = any(a.target_ids)', [targetId]);
    if (after) {
      const [id] = decodeCursor(after, 'audit', ['string']) as [string];
      if (!/^\d{1,18}$/.test(id)) throw badUserInput('after is not a cursor this list gave out', 'after');
      qb.andWhere({ id: { $lt: id } });
    }
    // Also for first: 0, so that hasNextPage tells whether anything follows.
    const rows = await qb
      .orderBy({ id: 'desc' })
      .limit(limit + 1)
      .getResultList();
    const page = rows.slice(0, limit);
    return Object.assign(new AuditEntryConnection(), {
      nodes: page.map((r) => Object.assign(new AuditEntryView(), r)),
      pageInfo: pageInfoOf(
        page.map((r) => ({ cursor: encodeCursor('audit', [r.id]) })),
        rows.length > limit,
        after,
      ),
    });
  }
}
