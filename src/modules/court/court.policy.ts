import { forbidden } from '../../core/graphql-errors';
import type { Viewer } from '../../core/viewer';
import { actsFor } from '../dispute';
import type { Proceeding } from '../proceeding';
import type { JudicialConfirmation } from './judicial-confirmation.entity';

/** Only the mediation organization that holds the agreement applies for its judicial confirmation. */
export function assertMayApplyForConfirmation(viewer: Viewer, proceeding: Proceeding): void {
  if (!actsFor(viewer, proceeding.organization.id)) throw forbidden('只有达成该调解协议的调解组织可以申请司法确认。');
}

/** Only the court an application was made to accepts, declines, extends or decides it. */
export function assertIsCourtOf(viewer: Viewer, confirmation: JudicialConfirmation): void {
  if (!actsFor(viewer, confirmation.court.id)) throw forbidden('只有受理该申请的人民法院可以办理。');
}
