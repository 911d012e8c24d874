import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { ExpertChallengeStatus, ExpertDrawStatus, ExpertSeatStatus, PartyRole } from '../../core/enums';
import { Node } from '../../core/node';

/** An expert the draw left out, and why (Chinese, naming the ground and the party's role only). */
@ObjectType('ExpertExclusion')
export class ExpertExclusion {
  @Field(() => ID)
  expertId!: string;

  @Field(() => [String])
  reasons!: string[];
}

/**
 * A random draw of experts for a proceeding (专家抽取), recorded so that anyone can re-run
 * it: the seed, the sorted candidate ids and their hash, the exclusions with their reasons,
 * and the order drawn (the panel first, then the alternates). One draw is in force per
 * proceeding; a redraw supersedes it with a reason and keeps it.
 */
@ObjectType('ExpertDraw', { implements: Node })
@Entity({ tableName: 'expert_draw' })
export class ExpertDraw {
  [OptionalProps]?: 'version' | 'status' | 'previousDrawId' | 'redrawReason' | 'supersededAt' | 'opinionFileId' | 'opinionRecordedAt' | 'pausedClock';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  proceedingId!: string;

  @Property({ type: 'uuid' })
  disputeId!: string;

  /** The organization holding the proceeding, whose pool was drawn from. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  organizationId!: string;

  @Field(() => String, { description: 'The field code drawn from.' })
  @Property({ type: 'text' })
  field!: string;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  panelSize!: number;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  alternateCount!: number;

  @Field(() => ExpertDrawStatus)
  @Enum({ items: () => ExpertDrawStatus, type: 'text' })
  status: ExpertDrawStatus = ExpertDrawStatus.IN_FORCE;

  @Field(() => String, { description: 'The random seed (hex) the sampler ran with.' })
  @Property({ type: 'text' })
  seed!: string;

  @Field(() => String, { description: 'SHA-256 of the sorted candidate ids, one per line.' })
  @Property({ type: 'text' })
  candidateHash!: string;

  @Field(() => [ID], { description: 'The conflict-free candidates, sorted: the sampler’s input.' })
  @Property({ type: 'jsonb' })
  candidateIds!: string[];

  @Field(() => [ExpertExclusion])
  @Property({ type: 'jsonb' })
  exclusions!: ExpertExclusion[];

  @Field(() => [ID], { description: 'The experts in the order drawn: the panel, then the alternates.' })
  @Property({ type: 'jsonb' })
  drawnOrder!: string[];

  @Field(() => ID, { nullable: true, description: 'The draw this one replaced.' })
  @Property({ type: 'uuid', nullable: true })
  previousDrawId: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the previous draw was replaced.' })
  @Property({ type: 'text', nullable: true })
  redrawReason: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  supersededAt: Date | null = null;

  @Field(() => Boolean, { description: 'The draw paused the handling clock for expert review.' })
  @Property({ type: 'boolean', default: false })
  pausedClock: boolean = false;

  /** The experts' opinion: a file of the dispute. */
  @Property({ type: 'uuid', nullable: true })
  opinionFileId: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  opinionRecordedAt: Date | null = null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back as expectedVersion.' })
  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'uuid' })
  drawnBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  drawnAt!: Date;
}

/** One drawn expert's place in a draw: panel or alternate, declaration, withdrawal, rating. */
@ObjectType('ExpertSeat')
@Entity({ tableName: 'expert_seat' })
@Unique({ properties: ['drawId', 'expertId'] })
export class ExpertSeat {
  [OptionalProps]?: 'panelPosition' | 'replacedId' | 'declaredAt' | 'leftAt' | 'leaveReason' | 'rating' | 'ratingComment' | 'ratedAt' | 'ratedBy';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  drawId!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  expertId!: string;

  @Field(() => Int, { description: '1-based position in the order drawn.' })
  @Property({ type: 'smallint' })
  drawnPosition!: number;

  @Field(() => Int, { nullable: true, description: 'Seat on the panel (1..panelSize) while on it; an alternate who moves up takes the seat of whom it replaces.' })
  @Property({ type: 'smallint', nullable: true })
  panelPosition: number | null = null;

  @Field(() => ExpertSeatStatus)
  @Enum({ items: () => ExpertSeatStatus, type: 'text' })
  status!: ExpertSeatStatus;

  @Field(() => ID, { nullable: true, description: 'The expert this alternate replaced on the panel.' })
  @Property({ type: 'uuid', nullable: true })
  replacedId: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  declaredAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the expert left the panel (withdrew or was recused).' })
  @Property({ type: 'timestamptz', nullable: true })
  leftAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  leaveReason: string | null = null;

  @Field(() => Int, { nullable: true, description: 'The handler’s rating after the case, 1–5.' })
  @Property({ type: 'smallint', nullable: true })
  rating: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  ratingComment: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  ratedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  ratedBy: string | null = null;
}

/** A party's challenge (回避申请) of a drawn expert, recorded and decided by the handler. */
@ObjectType('ExpertChallenge', { implements: Node })
@Entity({ tableName: 'expert_challenge' })
export class ExpertChallenge {
  [OptionalProps]?: 'status' | 'decidedBy' | 'decidedAt' | 'decisionReason';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => ID)
  @Index()
  @Property({ type: 'uuid' })
  drawId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  expertId!: string;

  @Field(() => ID, { description: 'The challenging party.' })
  @Property({ type: 'uuid' })
  partyId!: string;

  @Field(() => PartyRole)
  @Enum({ items: () => PartyRole, type: 'text' })
  partyRole!: PartyRole;

  @Field(() => String, { description: 'The party’s written reasons.' })
  @Property({ type: 'text' })
  reasons!: string;

  @Field(() => ExpertChallengeStatus)
  @Enum({ items: () => ExpertChallengeStatus, type: 'text' })
  status: ExpertChallengeStatus = ExpertChallengeStatus.PENDING;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  recordedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;
}
