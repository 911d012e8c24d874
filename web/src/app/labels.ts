/**
 * Chinese labels of enum values, from the server's one label table (the console keeps no copy).
 *
 *   const label = useLabels();
 *   label('DisputeStatus', dispute.status)   // 待分流 … or the raw value until the server answers
 *
 * Fetched once per page load (the public `enumLabels` query) and shared by every component; the raw
 * value shows until it answers.
 */
import { useEffect, useReducer } from 'react';
import { useClient, type Client } from 'urql';
import { graphql } from '../gql';

type Table = Record<string, Record<string, string>>;

const ENUM_LABELS = graphql(`
  query ConsoleEnumLabels {
    enumLabels {
      enum
      value
      label
    }
  }
`);

let table: Table | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function load(client: Client): Promise<void> {
  loading ??= (async () => {
    const r = await client.query(ENUM_LABELS, {}, { requestPolicy: 'network-only' }).toPromise();
    const t: Table = {};
    for (const { enum: name, value, label } of r.data?.enumLabels ?? []) (t[name] ??= {})[value] = label;
    table = t;
    listeners.forEach((l) => l());
    // A failed load (the hub restarting) is retried by the next component that asks.
    if (!r.data) loading = null;
  })();
  return loading;
}

export type LabelFn = (enumName: string, value: string | null | undefined) => string;

export function useLabels(): LabelFn {
  const client = useClient();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    listeners.add(rerender);
    if (!table) void load(client);
    return () => void listeners.delete(rerender);
  }, [client]);
  return (enumName, value) => (value == null ? '' : (table?.[enumName]?.[value] ?? value));
}

/** Options for a Select of an enum: values from the schema (generated types), labels from the server. */
export function enumOptions(label: LabelFn, enumName: string, values: readonly string[]) {
  return values.map((v) => ({ value: v, label: label(enumName, v) }));
}
