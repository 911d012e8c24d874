import { createUnionType } from 'type-graphql';
import { ExtensionNotAllowedError, InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { JudicialConfirmation } from './judicial-confirmation.entity';

export const JudicialConfirmationResult = createUnionType({
  name: 'JudicialConfirmationResult',
  types: () => [JudicialConfirmation, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError, ExtensionNotAllowedError] as const,
});
