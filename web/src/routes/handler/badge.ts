import { useEffect } from 'react';
import { useQuery, useSubscription } from 'urql';
import { PendingCountDocument, ReferralUpdatesDocument } from './documents';

/** Pending referrals of the viewer's organization, kept live by referralUpdates (the menu badge). */
export function useInboxBadge(): number | undefined {
  const [{ data }, reexecute] = useQuery({ query: PendingCountDocument, requestPolicy: 'cache-and-network' });
  const [updates] = useSubscription({ query: ReferralUpdatesDocument });
  useEffect(() => {
    if (updates.data) reexecute({ requestPolicy: 'network-only' });
  }, [updates.data, reexecute]);
  return data?.referralInbox.totalCount;
}
