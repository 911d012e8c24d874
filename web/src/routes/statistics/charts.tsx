/**
 * Small SVG charts drawn by hand: a few bars and lines do not justify a chart library in the bundle,
 * and everything stays on this machine (no CDN). Each chart is an <svg role="img"> with a label and
 * a <title> per mark, so a screen reader (and a journey) can read the figures.
 */
import { Empty, Typography } from 'antd';

const PALETTE = ['#1677ff', '#52c41a', '#faad14', '#eb2f96', '#13c2c2', '#722ed1', '#fa541c', '#2f54eb'];

export function colorOf(i: number): string {
  return PALETTE[i % PALETTE.length];
}

/** A "nice" upper bound of an axis (1, 2, 5 × 10ⁿ). */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function ticks(max: number, n = 4): number[] {
  return Array.from({ length: n + 1 }, (_, i) => (max * i) / n);
}

function tickLabel(v: number, percent: boolean): string {
  if (percent) return `${Math.round(v * 100)}%`;
  return Number.isInteger(v) ? String(v) : v.toFixed(1);
}

export interface BarDatum {
  label: string;
  value: number | null;
  /** Shown instead of the value (e.g. a rate as a percentage). */
  text?: string;
}

/** Horizontal bars, one per datum; `percent`: values are 0–1 ratios. Null: no bar, "—". */
export function HorizontalBars({ title, data, percent = false, color = colorOf(0) }: { title: string; data: BarDatum[]; percent?: boolean; color?: string }) {
  const labelW = 110;
  const valueW = 64;
  const width = 520;
  const rowH = 26;
  const barW = width - labelW - valueW;
  const max = percent ? 1 : niceMax(Math.max(0, ...data.map((d) => d.value ?? 0)));
  const height = data.length * rowH + 8;
  return (
    <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      {data.map((d, i) => {
        const y = 4 + i * rowH;
        const w = d.value == null ? 0 : Math.max(d.value > 0 ? 2 : 0, (d.value / max) * barW);
        const shown = d.text ?? (d.value == null ? '—' : tickLabel(d.value, percent));
        return (
          <g key={d.label}>
            <title>{`${d.label}：${shown}`}</title>
            <text x={labelW - 8} y={y + rowH / 2 + 4} textAnchor="end" fontSize={12} fill="#595959">
              {d.label}
            </text>
            <rect x={labelW} y={y + 4} width={barW} height={rowH - 8} fill="#f5f5f5" />
            <rect x={labelW} y={y + 4} width={w} height={rowH - 8} fill={color} rx={2} />
            <text x={labelW + barW + 6} y={y + rowH / 2 + 4} fontSize={12} fill="#262626">
              {shown}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface Series {
  name: string;
  /** One value per category; null: no data (a gap). */
  values: (number | null)[];
  kind: 'bar' | 'line';
  /** Lines may use the right axis (0–100%). */
  percent?: boolean;
}

/**
 * Categories along the x axis (months), bars grouped per category (left axis, counts) and lines
 * (right axis, rates 0–100% when `percent`). A null value leaves a gap.
 */
export function CategoryChart({ title, categories, series, height = 240 }: { title: string; categories: string[]; series: Series[]; height?: number }) {
  if (!categories.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const width = 760;
  const pad = { left: 40, right: 44, top: 12, bottom: 40 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const counts = series.filter((s) => !s.percent);
  const max = niceMax(Math.max(0, ...counts.flatMap((s) => s.values.map((v) => v ?? 0))));
  const hasPercent = series.some((s) => s.percent);
  const step = plotW / categories.length;
  const bars = series.filter((s) => s.kind === 'bar');
  const barW = Math.max(2, Math.min(24, (step * 0.7) / Math.max(1, bars.length)));
  const yOf = (v: number, percent?: boolean) => pad.top + plotH - (percent ? v : v / max) * plotH;
  const xOf = (i: number) => pad.left + step * i + step / 2;
  const every = Math.ceil(categories.length / 12);
  return (
    <div>
      <svg role="img" aria-label={title} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ display: 'block' }}>
        {ticks(max).map((t) => (
          <g key={`l${t}`}>
            <line x1={pad.left} x2={width - pad.right} y1={yOf(t)} y2={yOf(t)} stroke="#f0f0f0" />
            <text x={pad.left - 6} y={yOf(t) + 4} textAnchor="end" fontSize={11} fill="#8c8c8c">
              {tickLabel(t, false)}
            </text>
          </g>
        ))}
        {hasPercent &&
          ticks(1).map((t) => (
            <text key={`r${t}`} x={width - pad.right + 6} y={yOf(t, true) + 4} fontSize={11} fill="#8c8c8c">
              {tickLabel(t, true)}
            </text>
          ))}
        {categories.map((c, i) =>
          i % every === 0 ? (
            <text key={c} x={xOf(i)} y={height - pad.bottom + 16} textAnchor="middle" fontSize={11} fill="#595959">
              {c}
            </text>
          ) : null,
        )}
        {series.map((s, si) => {
          const color = colorOf(si);
          if (s.kind === 'bar') {
            const bi = bars.indexOf(s);
            return (
              <g key={s.name}>
                {s.values.map((v, i) =>
                  v == null ? null : (
                    <rect key={i} x={xOf(i) - (bars.length * barW) / 2 + bi * barW} y={yOf(v)} width={barW - 1} height={Math.max(0, pad.top + plotH - yOf(v))} fill={color}>
                      <title>{`${categories[i]} ${s.name}：${v}`}</title>
                    </rect>
                  ),
                )}
              </g>
            );
          }
          // A line, broken where a value is missing.
          const segments: string[] = [];
          let current = '';
          s.values.forEach((v, i) => {
            if (v == null) {
              if (current) segments.push(current);
              current = '';
              return;
            }
            current += `${current ? 'L' : 'M'}${xOf(i).toFixed(1)},${yOf(v, s.percent).toFixed(1)}`;
          });
          if (current) segments.push(current);
          return (
            <g key={s.name}>
              {segments.map((d) => (
                <path key={d} d={d} fill="none" stroke={color} strokeWidth={2} />
              ))}
              {s.values.map((v, i) =>
                v == null ? null : (
                  <circle key={i} cx={xOf(i)} cy={yOf(v, s.percent)} r={3} fill="#fff" stroke={color} strokeWidth={2}>
                    <title>{`${categories[i]} ${s.name}：${tickLabel(v, !!s.percent)}`}</title>
                  </circle>
                ),
              )}
            </g>
          );
        })}
        <line x1={pad.left} x2={width - pad.right} y1={pad.top + plotH} y2={pad.top + plotH} stroke="#bfbfbf" />
      </svg>
      <Legend series={series} />
    </div>
  );
}

function Legend({ series }: { series: Series[] }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 16, justifyContent: 'center' }}>
      {series.map((s, i) => (
        <Typography.Text key={s.name} type="secondary" style={{ fontSize: 12 }}>
          <span
            style={{
              display: 'inline-block',
              width: 12,
              height: s.kind === 'bar' ? 10 : 3,
              background: colorOf(i),
              marginRight: 4,
              verticalAlign: 'middle',
            }}
          />
          {s.name}
          {s.percent ? '（右轴）' : ''}
        </Typography.Text>
      ))}
    </div>
  );
}
