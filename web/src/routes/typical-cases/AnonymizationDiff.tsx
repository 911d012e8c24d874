import { Checkbox, Table, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useLabels } from '../../app/labels';
import type { TypicalCaseFieldsFragment, TypicalCaseSection } from '../../gql/graphql';

type Text = NonNullable<TypicalCaseFieldsFragment['draft']>;
type Replacement = NonNullable<TypicalCaseFieldsFragment['replacements']>[number];

/** The sections in reading order, with the text property of each. */
export const SECTIONS: { key: TypicalCaseSection; prop: keyof Omit<Text, '__typename'>; heading: string }[] = [
  { key: 'TITLE', prop: 'title', heading: '标题' },
  { key: 'FACTS', prop: 'facts', heading: '【基本案情】' },
  { key: 'OUTCOME', prop: 'outcome', heading: '【处理结果】' },
  { key: 'SIGNIFICANCE', prop: 'significance', heading: '【典型意义】' },
];

const DEL: React.CSSProperties = { background: '#fff1f0', color: '#cf1322', textDecoration: 'line-through' };
const INS: React.CSSProperties = { background: '#f6ffed', color: '#389e0d', textDecoration: 'none' };

/**
 * One section of the draft with the pass's replacements marked in place: the original struck out
 * (<del>), what stands in its place after it (<ins>); a deletion has no <ins>. The reason shows on hover.
 */
function SectionDiff({ text, replacements }: { text: string; replacements: Replacement[] }) {
  const label = useLabels();
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [i, r] of [...replacements].sort((a, b) => a.start - b.start).entries()) {
    if (r.start < at) continue; // overlapping spans do not occur; never print a character twice
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(
      <Tooltip key={i} title={`${label('AnonymizationReason', r.reason)}：${r.replacement ? `替换为“${r.replacement}”` : '删除'}`}>
        <span>
          <del style={DEL}>{text.slice(r.start, r.end)}</del>
          {r.replacement && <ins style={INS}>{r.replacement}</ins>}
        </span>
      </Tooltip>,
    );
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>{parts}</Typography.Paragraph>;
}

/** The draft with every replacement of the pass marked, section by section. */
export function AnonymizationDiff({ draft, replacements }: { draft: Text; replacements: Replacement[] }) {
  return (
    <div role="region" aria-label="匿名化对照">
      {SECTIONS.map((s) => (
        <div key={s.key}>
          <Typography.Text strong>{s.heading}</Typography.Text>
          <SectionDiff text={draft[s.prop]} replacements={replacements.filter((r) => r.section === s.key)} />
        </div>
      ))}
    </div>
  );
}

/** The anonymized text as it will be published. */
export function TextView({ text, label = '匿名化文本' }: { text: Text; label?: string }) {
  return (
    <div role="region" aria-label={label}>
      <Typography.Title level={5}>{text.title}</Typography.Title>
      {SECTIONS.slice(1).map((s) => (
        <div key={s.key}>
          <Typography.Text strong>{s.heading}</Typography.Text>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{text[s.prop]}</Typography.Paragraph>
        </div>
      ))}
    </div>
  );
}

/**
 * What the pass replaced, one row per original; the editor may keep an original the pass took for
 * personal data (a place read as a name). Publication still refuses any party's data.
 */
export function ReplacementList({
  replacements,
  saved,
  keep,
  onKeep,
  disabled,
}: {
  replacements: Replacement[];
  /** The originals kept as saved: their rows stay while unticked, until the next save replaces them again. */
  saved: readonly string[];
  keep: string[];
  onKeep: (keep: string[]) => void;
  disabled: boolean;
}) {
  const label = useLabels();
  const rows = new Map<string, { original: string; replacement: string; reasons: Set<string>; count: number }>();
  for (const r of replacements) {
    const row = rows.get(r.original) ?? { original: r.original, replacement: r.replacement, reasons: new Set<string>(), count: 0 };
    row.reasons.add(r.reason);
    row.count += 1;
    rows.set(r.original, row);
  }
  for (const k of [...saved, ...keep]) if (!rows.has(k)) rows.set(k, { original: k, replacement: '（保留原文）', reasons: new Set(), count: 0 });
  return (
    <Table
      size="small"
      rowKey="original"
      pagination={false}
      dataSource={[...rows.values()]}
      aria-label="匿名化替换清单"
      columns={[
        { title: '原文', dataIndex: 'original' },
        { title: '替换为', render: (_, r) => r.replacement || <Typography.Text type="secondary">（删除）</Typography.Text> },
        {
          title: '类型',
          render: (_, r) =>
            [...r.reasons].map((x) => (
              <Tag key={x} style={{ marginBottom: 2 }}>
                {label('AnonymizationReason', x)}
              </Tag>
            )),
        },
        { title: '处数', dataIndex: 'count', width: 60 },
        {
          title: '保留原文',
          width: 90,
          render: (_, r) => (
            <Checkbox
              aria-label={`保留 ${r.original}`}
              disabled={disabled}
              checked={keep.includes(r.original)}
              onChange={(e) => onKeep(e.target.checked ? [...keep, r.original] : keep.filter((k) => k !== r.original))}
            />
          ),
        },
      ]}
    />
  );
}
