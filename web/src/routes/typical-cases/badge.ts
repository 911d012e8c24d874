import { useQuery } from 'urql';
import { SubmittedCountDocument } from './documents';

/** Cases waiting for the head's approval (the menu badge). */
export function useSubmittedBadge(): number | undefined {
  const [{ data }] = useQuery({ query: SubmittedCountDocument, requestPolicy: 'cache-and-network' });
  return data?.typicalCases.totalCount;
}
