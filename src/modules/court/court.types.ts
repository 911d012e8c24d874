import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { DisputeStatus } from '../../shared/enums';
import { ExtensionNotAllowedError, InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../shared/errors';
import { JudicialConfirmation } from './judicial-confirmation.entity';

export const JudicialConfirmationResult = createUnionType({
  name: 'JudicialConfirmationResult',
  types: () => [JudicialConfirmation, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError, ExtensionNotAllowedError] as const,
});

@ObjectType({ description: 'How many visible disputes are in one status.' })
export class DisputeStatusCount {
  @Field(() => DisputeStatus)
  status!: DisputeStatus;

  @Field(() => Int)
  count!: number;
}
