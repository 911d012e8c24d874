import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ExpertRelationshipKind } from '../../core/enums';
import { ErrorResult, InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { DateScalar } from '../../core/scalars';
import { ExpertChallenge, ExpertDraw } from './expert-draw.entity';
import { Expert } from './expert.entity';

@InputType()
export class ExpertRelationshipInput {
  @Field(() => ExpertRelationshipKind)
  kind!: ExpertRelationshipKind;

  @Field(() => String, { nullable: true, description: 'The organization’s name (this or creditCode).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The organization’s unified social credit code.' })
  creditCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the tie ended; omit while it lasts.' })
  endedOn?: string | null;
}

@InputType({ description: 'An expert of the pool: the whole record (an update replaces every field).' })
export class ExpertInput {
  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Field codes of expertTaxonomy; at least one.' })
  fields!: string[];

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  employer?: string | null;

  @Field(() => String, { nullable: true })
  employerCreditCode?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Unavailable up to and including this day; omit: available.' })
  unavailableUntil?: string | null;

  @Field(() => [ExpertRelationshipInput], { nullable: true })
  relationships?: ExpertRelationshipInput[] | null;
}

@InputType()
export class CreateExpertInput extends ExpertInput {
  @Field(() => ID, { nullable: true, description: 'ADMIN only: the organization whose pool it joins; others add to their own.' })
  organizationId?: string | null;
}

@InputType()
export class DrawExpertsInput {
  @Field(() => ID)
  proceedingId!: string;

  @Field(() => String, { description: 'A field code of the proceeding’s matter (Proceeding.expertFields).' })
  field!: string;

  @Field(() => Int, { description: 'Experts on the panel, 1–15.' })
  panelSize!: number;

  @Field(() => Int, { description: 'Alternates, used in order: at least 2.' })
  alternates!: number;

  @Field(() => Boolean, { nullable: true, description: 'Also pause the handling clock for expert review (EXPERT_REVIEW), where the matter allows it; recording the opinion resumes it.' })
  pauseClock?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The proceeding’s version.' })
  expectedVersion?: number | null;
}

@ObjectType({ implements: ErrorResult, description: 'Fewer conflict-free, available experts of the field than the draw needs; nothing was recorded.' })
export class InsufficientExpertsError extends ErrorResult {
  @Field(() => Int)
  needed: number;

  @Field(() => Int)
  available: number;

  constructor(needed: number, available: number) {
    super();
    this.code = ErrorCode.INSUFFICIENT_EXPERTS;
    this.needed = needed;
    this.available = available;
    this.message = `需要 ${needed} 名，仅有 ${available} 名无利害关系的专家（含备选），无法抽取；请扩充专家库或调整人数。`;
  }
}

@ObjectType({ implements: ErrorResult, description: 'No alternate is left to take a vacated panel seat: redraw (with a reason).' })
export class ExpertAlternatesExhaustedError extends ErrorResult {
  constructor() {
    super();
    this.code = ErrorCode.INSUFFICIENT_EXPERTS;
    this.message = '备选专家已用完，无法递补；请说明理由后重新抽取。';
  }
}

@ObjectType('ExpertField')
export class ExpertFieldView {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('ExpertFieldGroup')
export class ExpertFieldGroupView {
  @Field(() => String)
  name!: string;

  @Field(() => [ExpertFieldView])
  fields!: ExpertFieldView[];
}

@ObjectType('ExpertTaxonomy', { description: 'The expert fields of a matter.' })
export class ExpertTaxonomyView {
  @Field(() => String)
  matterCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [ExpertFieldGroupView])
  groups!: ExpertFieldGroupView[];
}

export const ExpertResult = createUnionType({
  name: 'ExpertResult',
  types: () => [Expert, ValidationError, NotFoundError, VersionConflictError] as const,
});

export const ExpertDrawResult = createUnionType({
  name: 'ExpertDrawResult',
  types: () => [ExpertDraw, ValidationError, NotFoundError, VersionConflictError, InvalidTransitionError, InsufficientExpertsError, ExpertAlternatesExhaustedError] as const,
});

export const ExpertChallengeResult = createUnionType({
  name: 'ExpertChallengeResult',
  types: () => [ExpertChallenge, ValidationError, NotFoundError, VersionConflictError, InvalidTransitionError, ExpertAlternatesExhaustedError] as const,
});
