import { useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const ConfirmationCountDocument = graphql(`
  query ConfirmationPendingCount {
    disputes(filter: { judicialConfirmationStatus: [PENDING] }, first: 0) {
      totalCount
    }
  }
`);

/** Applications for judicial confirmation awaiting 立案 at the viewer's court (menu badge, refreshed each minute). */
export function usePendingConfirmations(): number | undefined {
  const [{ data }, refresh] = useQuery({ query: ConfirmationCountDocument, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    const t = window.setInterval(() => refresh({ requestPolicy: 'network-only' }), 60_000);
    return () => window.clearInterval(t);
  }, [refresh]);
  return data?.disputes.totalCount || undefined;
}
