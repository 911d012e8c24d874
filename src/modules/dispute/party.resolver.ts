import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { selectsAnyField } from '../../core/selection';
import { maskIdNumber, maskPhone } from '../../core/validation';
import { disclosesPersonalData } from './disclosure';
import { Party } from './party.entity';

/**
 * Personal data leaves the server masked unless the viewer's organization
 * handles the dispute (dispute_access.unmasked) or the viewer is frontdesk/admin.
 * The address, which the contract does not mask, is withheld from masked viewers.
 */
@Resolver(() => Party)
export class PartyResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Masked (e.g. 330102********1234) for viewers who do not handle the dispute.' })
  async idNumber(@Ctx() ctx: HubContext, @Root() p: Party): Promise<string | null> {
    if (p.idNumber === null) return null;
    return (await disclosesPersonalData(ctx, p.dispute.id)) ? p.idNumber : maskIdNumber(p.idNumber);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked likewise (e.g. 138****5678).' })
  async phone(@Ctx() ctx: HubContext, @Root() p: Party): Promise<string | null> {
    if (p.phone === null) return null;
    return (await disclosesPersonalData(ctx, p.dispute.id)) ? p.phone : maskPhone(p.phone);
  }

  @FieldResolver(() => String, { nullable: true })
  async address(@Ctx() ctx: HubContext, @Root() p: Party): Promise<string | null> {
    if (p.address === null) return null;
    return (await disclosesPersonalData(ctx, p.dispute.id)) ? p.address : null;
  }
}

/** The fields of Party that disclose personal data to a viewer who sees the dispute unmasked. */
const PERSONAL_FIELDS: ReadonlySet<string> = new Set(['idNumber', 'phone', 'address']);

/**
 * Asks for the audit of a dispute's parties at the level that reads them, when the selection below
 * asks for their personal data and the viewer sees the dispute unmasked (known by then: the
 * dispute's own read primed it): the audit row then goes in the same round trip as the parties'
 * read instead of one of its own after it. The fields find the same audit already asked for. A
 * dispute whose parties have none of the fields asked for is recorded too: the viewer asked for
 * them and was allowed to read them.
 */
export function auditDisclosureWithParties(ctx: HubContext, disputeId: string, info: GraphQLResolveInfo): void {
  if (!selectsAnyField(info, PERSONAL_FIELDS)) return;
  // A failure reaches the fields, which await the same audit, not here.
  disclosesPersonalData(ctx, disputeId).catch(() => undefined);
}
