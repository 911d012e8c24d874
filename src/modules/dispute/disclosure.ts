import type { HubContext, HubLoaders } from '../../core/context';

/** Per request (its loaders): each dispute's disclosure, and once it has settled, its answer (audited when true). */
const disclosures = new WeakMap<HubLoaders, { asked: Map<string, Promise<boolean>>; settled: Map<string, boolean> }>();

function disclosuresOf(ctx: HubContext) {
  let d = disclosures.get(ctx.loaders);
  if (!d) disclosures.set(ctx.loaders, (d = { asked: new Map(), settled: new Map() }));
  return d;
}

/**
 * Whether the viewer sees the dispute's personal data (parties, files, documents, service
 * records) unmasked; when it does, the read is audited before the value leaves (one audit row
 * per request and batch of disputes). Asked once per request and dispute, again after a failure.
 */
export function disclosesPersonalData(ctx: HubContext, disputeId: string): Promise<boolean> {
  const { asked, settled } = disclosuresOf(ctx);
  let disclosed = asked.get(disputeId);
  if (!disclosed) {
    // Usually known at once: the read of the dispute primed it (DisputeRepository.findVisibleWithMasking).
    const unmasked = ctx.loaders.unmasked.peek(disputeId);
    if (unmasked === false) {
      settled.set(disputeId, false);
      disclosed = NOT_DISCLOSED;
    } else {
      const settle = (answer: boolean) => {
        settled.set(disputeId, answer);
        return answer;
      };
      const forget = (error: unknown): never => {
        // As the loaders forget a failed batch: a field asking later asks again.
        asked.delete(disputeId);
        throw error;
      };
      disclosed =
        unmasked === true
          ? ctx.loaders.personalDataRead.load(disputeId).then(() => settle(true), forget)
          : ctx.loaders.unmasked
              .load(disputeId)
              .then((answer) => (answer ? ctx.loaders.personalDataRead.load(disputeId).then(() => true) : false))
              .then(settle, forget);
    }
    asked.set(disputeId, disclosed);
  }
  return disclosed;
}

const NOT_DISCLOSED = Promise.resolve(false);

/** True or false once this request knows the dispute's disclosure (and has audited it, if disclosed). */
export function settledDisclosure(ctx: HubContext, disputeId: string): boolean | undefined {
  return disclosures.get(ctx.loaders)?.settled.get(disputeId);
}

/**
 * `answer(disclosed)`: at once when this request already knows the dispute's disclosure (and has
 * audited it, if disclosed), else once it does. A list's personal-data fields, a few per party,
 * are answered without a promise each once their dispute's disclosure has settled.
 */
export function withDisclosure<T>(ctx: HubContext, disputeId: string, answer: (disclosed: boolean) => T): T | Promise<T> {
  const known = settledDisclosure(ctx, disputeId);
  return known === undefined ? disclosesPersonalData(ctx, disputeId).then(answer) : answer(known);
}
