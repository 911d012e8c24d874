import type { HubContext } from '../../core/context';

/**
 * Whether the viewer sees the dispute's personal data (parties, files, documents, service
 * records) unmasked; when it does, the read is audited before the value leaves (one audit row
 * per request and batch of disputes).
 */
export async function disclosesPersonalData(ctx: HubContext, disputeId: string): Promise<boolean> {
  if (!(await ctx.loaders.unmasked.load(disputeId))) return false;
  await ctx.loaders.personalDataRead.load(disputeId);
  return true;
}
