import { Form, Select } from 'antd';
import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { graphql } from '../../gql';

const CourtsDocument = graphql(`
  query CourtList {
    organizations {
      id
      name
      kind
    }
  }
`);

/**
 * The court whose cases are shown: the liaison's own organization; an administrator (no organization)
 * picks one. Returns the id and, for the administrator, the picker to render.
 */
export function useCourt(): { courtId: string | null; picker: ReactNode } {
  const { user } = useAuth();
  const own = user?.organization?.id ?? null;
  const [picked, setPicked] = useState<string | null>(null);
  const [{ data }] = useQuery({ query: CourtsDocument, pause: !!own });
  if (own) return { courtId: own, picker: null };
  const courts = (data?.organizations ?? []).filter((o) => o.kind === 'COURT');
  const courtId = picked ?? courts[0]?.id ?? null;
  return {
    courtId,
    picker: (
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label="法院" htmlFor="court-picker">
          <Select id="court-picker" style={{ width: 260 }} value={courtId ?? undefined} onChange={setPicked} options={courts.map((c) => ({ value: c.id, label: c.name }))} />
        </Form.Item>
      </Form>
    ),
  };
}
