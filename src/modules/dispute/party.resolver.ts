import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { selectsAnyField } from '../../core/selection';
import { projectionOf } from '../../core/db/projection';
import { maskIdNumber, maskPhone } from '../../core/validation';
import { disclosesPersonalData, settledDisclosure, withDisclosure } from './disclosure';
import { Party } from './party.entity';

/**
 * Personal data leaves the server masked unless the viewer's organization
 * handles the dispute (dispute_access.unmasked) or the viewer is frontdesk/admin.
 * The address, which the contract does not mask, is withheld from masked viewers.
 */
@Resolver(() => Party)
export class PartyResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Masked (e.g. 330102********1234) for viewers who do not handle the dispute.' })
  idNumber(@Ctx() ctx: HubContext, @Root() p: Party): string | null | Promise<string | null> {
    const { idNumber } = p;
    return idNumber === null ? null : withDisclosure(ctx, p.dispute.id, (disclosed) => (disclosed ? idNumber : maskIdNumber(idNumber)));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked likewise (e.g. 138****5678).' })
  phone(@Ctx() ctx: HubContext, @Root() p: Party): string | null | Promise<string | null> {
    const { phone } = p;
    return phone === null ? null : withDisclosure(ctx, p.dispute.id, (disclosed) => (disclosed ? phone : maskPhone(phone)));
  }

  @FieldResolver(() => String, { nullable: true })
  address(@Ctx() ctx: HubContext, @Root() p: Party): string | null | Promise<string | null> {
    const { address } = p;
    return address === null ? null : withDisclosure(ctx, p.dispute.id, (disclosed) => (disclosed ? address : null));
  }
}

/** The fields of Party that disclose personal data to a viewer who sees the dispute unmasked. */
const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['idNumber', 'phone', 'address']);

/**
 * A dispute's parties, for `Dispute.parties`. When the selection below asks for their personal
 * data, the dispute's audit is asked for at this level, so that its row goes in the same round
 * trip as the parties' read instead of one of its own after it; and the list answers once that
 * disclosure has settled, so that its fields answer at once (withDisclosure) instead of each
 * awaiting it. A dispute whose parties have none of the fields asked for is recorded too: the
 * viewer asked for them and was allowed to read them.
 */
export function partiesWithDisclosure(ctx: HubContext, disputeId: string, info: GraphQLResolveInfo): Promise<Party[]> {
  const parties = ctx.loaders.partiesByDispute.load(disputeId, projectionOf(ctx.em, info, Party));
  if (!selectsAnyField(info, PERSONAL_FIELDS)) return parties;
  const disclosed = disclosesPersonalData(ctx, disputeId);
  // Masked: known at once, nothing to audit, nothing to wait for.
  if (settledDisclosure(ctx, disputeId) === false) return parties;
  // A failed audit reaches the fields, which ask for the disclosure again and fail, not the list.
  // The parties' own failure reaches the list; until then it is handled here, not unhandled.
  parties.catch(() => undefined);
  const afterDisclosure = () => parties;
  return disclosed.then(afterDisclosure, afterDisclosure);
}
