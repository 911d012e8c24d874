import type { HubContext, HubLoaders } from '../../core/context';

/** Per request (its loaders): the disputes whose disclosure is known, and audited when true. */
const settled = new WeakMap<HubLoaders, Map<string, boolean>>();

/**
 * Whether the viewer sees the dispute's personal data (parties, files, documents, service
 * records) unmasked; when it does, the read is audited before the value leaves (one audit row
 * per request and batch of disputes).
 */
export async function disclosesPersonalData(ctx: HubContext, disputeId: string): Promise<boolean> {
  if (!(await ctx.loaders.unmasked.load(disputeId))) return remember(ctx, disputeId, false);
  await ctx.loaders.personalDataRead.load(disputeId);
  return remember(ctx, disputeId, true);
}

function remember(ctx: HubContext, disputeId: string, disclosed: boolean): boolean {
  let known = settled.get(ctx.loaders);
  if (!known) settled.set(ctx.loaders, (known = new Map()));
  known.set(disputeId, disclosed);
  return disclosed;
}

/**
 * `answer(disclosed)`: at once when this request already knows the dispute's disclosure (and has
 * audited it, if disclosed), else once it does. A list's personal-data fields, a few per party,
 * are answered without a promise each once their dispute's disclosure has settled.
 */
export function withDisclosure<T>(ctx: HubContext, disputeId: string, answer: (disclosed: boolean) => T): T | Promise<T> {
  const known = settled.get(ctx.loaders)?.get(disputeId);
  return known === undefined ? disclosesPersonalData(ctx, disputeId).then(answer) : answer(known);
}
