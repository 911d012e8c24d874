/** How the dashboard prints its figures (the journeys compare the page with the query through these). */

export function formatCount(n: number | null | undefined): string {
  return n == null ? '—' : String(n);
}

/** A 0–1 ratio as a percentage with one decimal; null (nothing to divide by): —. */
export function formatRate(r: number | null | undefined): string {
  return r == null ? '—' : `${(r * 100).toFixed(1)}%`;
}

/** Working days (medians and percentiles are interpolated, hence one decimal). */
export function formatDays(d: number | null | undefined): string {
  return d == null ? '—' : `${d.toFixed(1)} 个工作日`;
}
