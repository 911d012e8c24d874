import { createUnionType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OutcomeKind } from '../../core/enums';
import { ExtensionNotAllowedError, HandlerRulesNotMetError, InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { DateScalar } from '../../core/scalars';
import { Proceeding } from './proceeding.entity';

@ObjectType()
export class Outcome {
  @Field(() => OutcomeKind)
  kind!: OutcomeKind;

  @Field(() => Boolean, { description: 'Whether this outcome settles the dispute.' })
  settles!: boolean;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { nullable: true })
  documentNumber!: string | null;

  @Field(() => DateScalar, { description: 'When the outcome took legal effect (an agreement: when signed by the parties and sealed).' })
  effectiveOn!: string;

  @Field(() => Date)
  at!: Date;
}

@InputType()
export class ConcludeProceedingInput {
  @Field(() => ID)
  proceedingId!: string;

  @Field(() => OutcomeKind)
  outcome!: OutcomeKind;

  @Field(() => String)
  summary!: string;

  @Field(() => String, { nullable: true })
  documentNumber?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Defaults to the day of conclusion.' })
  effectiveOn?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

export const ProceedingResult = createUnionType({
  name: 'ProceedingResult',
  // HandlerRulesNotMetError: admitting or concluding where the organization enforces the handler rules (staff module).
  types: () => [Proceeding, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError, ExtensionNotAllowedError, HandlerRulesNotMetError] as const,
});
