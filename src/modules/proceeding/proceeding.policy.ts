import { forbidden } from '../../core/graphql-errors';
import type { Viewer } from '../../core/viewer';
import { actsFor } from '../dispute';
import type { Proceeding } from './proceeding.entity';

/** Only the organization that holds a proceeding admits, assigns, pauses, extends or concludes it. */
export function assertHoldsProceeding(viewer: Viewer, proceeding: Proceeding): void {
  if (!actsFor(viewer, proceeding.organization.id)) throw forbidden('只有办理该案件的单位可以进行此操作。');
}
