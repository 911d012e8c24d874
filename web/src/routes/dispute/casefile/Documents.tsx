/**
 * The dispute's legal documents: one card per issued document (number, version, status, service
 * to each recipient with its completion date), the superseded versions below; preview of the text
 * as issued, PDF and DOCX download, correction, the 告知书's acknowledgement and the 补正通知书's
 * "supplemented".
 *
 * The preview shows the text, not the PDF: the hub's Content-Security-Policy (src/server/console.ts)
 * has no frame-src, so default-src 'self' refuses a blob: frame; the PDF is offered as a download.
 */
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Drawer, Empty, Popconfirm, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useLabels } from '../../../app/labels';
import { DeadlineTag } from '../../../components/DeadlineTag';
import { formatTime } from '../../../components/DisputeTable';
import type { DeadlineFieldsFragment, DocumentServiceFieldsFragment, LegalDocumentFieldsFragment, MaterialItemFieldsFragment, ProceedingFieldsFragment } from '../../../gql/graphql';
import { AcknowledgeNoticeDocument, DocumentTextsDocument, RecordSupplementReceivedDocument } from './documents';
import { FileLink, useDownload } from './FileLink';
import { CorrectDocumentButton, type CaseParty } from './IssueDocument';
import { AnswerButton, ServiceButton, type CaseFileParty } from './Service';
import { OPEN_CLOCK_STATES } from './values';

export interface DocumentActs {
  /** The viewer acts for the document's issuing organization (serve, correct, acknowledge). */
  actsFor: (doc: LegalDocumentFieldsFragment) => boolean;
}

/** The text of a document as issued, in a drawer, with the PDF and DOCX to download. */
function PreviewButton({ doc, disputeId }: { doc: LegalDocumentFieldsFragment; disputeId: string }) {
  const [open, setOpen] = useState(false);
  const [{ data, fetching, error }] = useQuery({ query: DocumentTextsDocument, variables: { id: disputeId }, pause: !open, requestPolicy: 'cache-and-network' });
  const { busy, download } = useDownload();
  const text = data?.dispute?.documents.find((d) => d.id === doc.id)?.text;
  const masked = !doc.pdf.downloadPath;
  return (
    <>
      <Button size="small" icon={<EyeOutlined />} onClick={() => setOpen(true)} aria-label={`预览 ${doc.number}`}>
        预览
      </Button>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        size={760}
        title={`${doc.title}（${doc.number}）`}
        extra={
          !masked && (
            <Space>
              <Button icon={<DownloadOutlined />} loading={busy === doc.pdf.id} onClick={() => void download(doc.pdf)}>
                下载 PDF
              </Button>
              <Button icon={<DownloadOutlined />} loading={busy === doc.docx.id} onClick={() => void download(doc.docx)}>
                下载 DOCX
              </Button>
            </Space>
          )
        }
      >
        {fetching && !data ? (
          <Skeleton active />
        ) : error && !data ? (
          <Alert type="error" showIcon title="无法读取文书正文，请重试。" />
        ) : text == null ? (
          <Alert type="info" showIcon title="该纠纷的个人信息对您不公开：可以看到文书已制发，不能查看其内容。" />
        ) : (
          <>
            <Typography.Paragraph type="secondary">以下为文书制发时的正文；正式版式请下载 PDF 查看（SHA-256 {doc.sha256.slice(0, 16)}…）。</Typography.Paragraph>
            <section aria-label="文书正文">
              <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: 15, lineHeight: 1.8, margin: 0 }}>{text}</pre>
            </section>
          </>
        )}
      </Drawer>
    </>
  );
}

function DownloadButtons({ doc }: { doc: LegalDocumentFieldsFragment }) {
  const { busy, download } = useDownload();
  if (!doc.pdf.downloadPath) return <Typography.Text type="secondary">有文件（无权查看内容）</Typography.Text>;
  return (
    <>
      <Button size="small" icon={<DownloadOutlined />} loading={busy === doc.pdf.id} onClick={() => void download(doc.pdf)} aria-label={`下载 PDF ${doc.number}`}>
        PDF
      </Button>
      <Button size="small" icon={<DownloadOutlined />} loading={busy === doc.docx.id} onClick={() => void download(doc.docx)} aria-label={`下载 DOCX ${doc.number}`}>
        DOCX
      </Button>
    </>
  );
}

/** 登记申请人已确认 (告知书) and 登记已补正 (补正通知书): one mutation behind a pop-confirm. */
function ConfirmAction({ title, text, run, onDone, successText }: { title: string; text: string; run: () => Promise<{ message?: string } | null>; onDone: () => void; successText: string }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Popconfirm
      title={title}
      okText="确定"
      cancelText="取消"
      onConfirm={async () => {
        setBusy(true);
        try {
          const refusal = await run();
          if (refusal) message.error(refusal.message ?? '操作失败');
          else {
            message.success(successText);
            onDone();
          }
        } finally {
          setBusy(false);
        }
      }}
    >
      <Button size="small" loading={busy}>
        {text}
      </Button>
    </Popconfirm>
  );
}

export function AcknowledgeButton({ documentId, onDone }: { documentId: string; onDone: () => void }) {
  const [, acknowledge] = useMutation(AcknowledgeNoticeDocument);
  return (
    <ConfirmAction
      title="申请人已签收并确认告知书的内容？"
      text="登记申请人已确认"
      successText="已登记申请人确认告知书"
      onDone={onDone}
      run={async () => {
        const r = await acknowledge({ documentId }, { additionalTypenames: ['LegalDocument'] });
        const res = r.data?.acknowledgeNotice;
        if (!res) return { message: r.error?.graphQLErrors[0]?.message ?? '操作失败' };
        return res.__typename === 'LegalDocument' ? null : res;
      }}
    />
  );
}

function SupplementReceivedButton({ documentId, onDone }: { documentId: string; onDone: () => void }) {
  const [, record] = useMutation(RecordSupplementReceivedDocument);
  return (
    <ConfirmAction
      title="通知补正的材料已经补正？办理期限将恢复计算。"
      text="登记已补正"
      successText="已登记补正，期限恢复计算"
      onDone={onDone}
      run={async () => {
        const r = await record({ documentId }, { additionalTypenames: ['LegalDocument', 'Proceeding'] });
        const res = r.data?.recordSupplementReceived;
        if (!res) return { message: r.error?.graphQLErrors[0]?.message ?? '操作失败' };
        return res.__typename === 'LegalDocument' ? null : res;
      }}
    />
  );
}

interface RecipientRow {
  party: CaseParty;
  full: CaseFileParty | undefined;
  service: DocumentServiceFieldsFragment | undefined;
}

function ServiceDetails({ s }: { s: DocumentServiceFieldsFragment }) {
  const label = useLabels();
  const bits = [
    s.signer ? `签收：${label('ServiceSigner', s.signer)}${s.signerName ? ` ${s.signerName}` : ''}` : s.signerName ? `见证人：${s.signerName}` : null,
    s.carrier || s.trackingNumber ? `${s.carrier ?? ''} ${s.trackingNumber ?? ''}`.trim() : null,
    s.publishedWhere ? `公告：${s.publishedWhere}${s.abroad ? '（境外）' : ''}` : null,
  ].filter(Boolean);
  return <>{bits.length ? bits.join('；') : '—'}</>;
}

function DocumentCard({
  doc,
  disputeId,
  parties,
  materials,
  documents,
  proceedings,
  supplementClock,
  acts,
  onDone,
}: {
  doc: LegalDocumentFieldsFragment;
  disputeId: string;
  parties: CaseFileParty[];
  materials: MaterialItemFieldsFragment[];
  documents: LegalDocumentFieldsFragment[];
  proceedings: ProceedingFieldsFragment[];
  supplementClock: DeadlineFieldsFragment | null;
  acts: DocumentActs;
  onDone: () => void;
}) {
  const label = useLabels();
  const mine = acts.actsFor(doc);
  const proceeding = proceedings.find((p) => p.id === doc.proceedingId);
  const rows: RecipientRow[] = doc.recipients.map((r) => ({ party: r, full: parties.find((p) => p.id === r.id), service: doc.services.find((s) => s.partyId === r.id) }));
  const name = `${doc.title} ${doc.number}`;
  return (
    <section aria-label={name} style={{ border: '1px solid #f0f0f0', borderRadius: 8, padding: 12, marginBottom: 12 }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space wrap size={6}>
          <Typography.Text strong>{doc.title}</Typography.Text>
          <Tag>{label('DocumentKind', doc.kind)}</Tag>
          <span>{doc.number}</span>
          <Tag>第 {doc.version} 版</Tag>
          <Tag color={doc.status === 'ISSUED' ? 'blue' : 'default'}>{label('DocumentStatus', doc.status)}</Tag>
          {doc.recipients.length > 0 && (doc.servedToAll ? <Tag color="green">已全部送达</Tag> : <Tag color="orange">待送达</Tag>)}
        </Space>
        <Space wrap size={4}>
          <PreviewButton doc={doc} disputeId={disputeId} />
          <DownloadButtons doc={doc} />
          {mine && doc.status === 'ISSUED' && <CorrectDocumentButton document={doc} parties={parties} materials={materials} documents={documents} onDone={onDone} />}
        </Space>
      </Space>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label="制发单位">{doc.organization.name}</Descriptions.Item>
        <Descriptions.Item label="制发时间">{formatTime(doc.issuedAt)}</Descriptions.Item>
        {proceeding && (
          <Descriptions.Item label="所属案件">{[proceeding.organization.name, label('Channel', proceeding.channel), proceeding.caseNumber].filter(Boolean).join(' · ')}</Descriptions.Item>
        )}
        {doc.kind === 'NOTICE_OF_RIGHTS' && (
          <Descriptions.Item label="申请人确认">
            {doc.acknowledgedAt ? (
              <Tag color="green">已确认 {formatTime(doc.acknowledgedAt)}</Tag>
            ) : (
              <Space size={4}>
                <Tag color="orange">未确认</Tag>
                {mine && doc.status === 'ISSUED' && <AcknowledgeButton documentId={doc.id} onDone={onDone} />}
              </Space>
            )}
          </Descriptions.Item>
        )}
        {doc.kind === 'SUPPLEMENT_NOTICE' && supplementClock && (
          <Descriptions.Item label="补正">
            <Space size={4} wrap>
              <DeadlineTag deadline={supplementClock} />
              {mine && (OPEN_CLOCK_STATES as readonly string[]).includes(supplementClock.state) && <SupplementReceivedButton documentId={doc.id} onDone={onDone} />}
            </Space>
          </Descriptions.Item>
        )}
        {doc.serviceDeadline && !doc.servedToAll && doc.status === 'ISSUED' && (
          <Descriptions.Item label="送达期限">
            <DeadlineTag deadline={doc.serviceDeadline} showKind={false} />
          </Descriptions.Item>
        )}
      </Descriptions>
      {rows.length > 0 && (
        <Table<RecipientRow>
          size="small"
          rowKey={(r) => r.party.id}
          pagination={false}
          dataSource={rows}
          tableLayout="auto"
          columns={[
            { title: '受送达人', render: (_, r) => `${r.party.name}（${label('PartyRole', r.party.role)}）` },
            {
              title: '送达',
              width: 150,
              render: (_, r) => (r.service ? `${label('ServiceMethod', r.service.method)} ${r.service.servedOn}` : <Typography.Text type="secondary">未送达</Typography.Text>),
            },
            {
              title: '送达完成日期',
              width: 140,
              render: (_, r) =>
                r.service ? (
                  <Tooltip title={r.service.completionBasis}>
                    <span style={{ whiteSpace: 'nowrap' }}>送达完成 {r.service.completedOn}</span>
                  </Tooltip>
                ) : (
                  '—'
                ),
            },
            { title: '签收与单号', render: (_, r) => (r.service ? <ServiceDetails s={r.service} /> : '—') },
            {
              title: '凭证',
              render: (_, r) =>
                r.service?.evidence.length ? (
                  <Space orientation="vertical" size={0}>
                    {r.service.evidence.map((e) => (
                      <Space key={e.file.id} size={4}>
                        <Tag>{label('ServiceEvidenceKind', e.kind)}</Tag>
                        <FileLink file={e.file} />
                      </Space>
                    ))}
                  </Space>
                ) : (
                  '—'
                ),
            },
            {
              title: '答辩期限',
              render: (_, r) =>
                r.service ? (
                  <Space orientation="vertical" size={2}>
                    {r.service.answerDeadline && <DeadlineTag deadline={r.service.answerDeadline} showKind={false} />}
                    {r.service.answerReceivedOn ? (
                      <Space size={4} wrap>
                        <Tag color="green">{r.service.answerReceivedOn} 收到答辩状</Tag>
                        {r.service.answerFiles.map((f) => (
                          <FileLink key={f.id} file={f} />
                        ))}
                      </Space>
                    ) : (
                      mine && r.full && <AnswerButton documentId={doc.id} party={r.full} servedOn={r.service.servedOn} disputeId={disputeId} onDone={onDone} />
                    )}
                  </Space>
                ) : (
                  '—'
                ),
              hidden: doc.kind !== 'ANSWER_NOTICE',
            },
            {
              title: '操作',
              width: 90,
              hidden: !mine || doc.status !== 'ISSUED' || rows.every((r) => r.service),
              render: (_, r) => (!r.service && r.full ? <ServiceButton document={doc} party={r.full} disputeId={disputeId} onDone={onDone} /> : null),
            },
          ]}
        />
      )}
    </section>
  );
}

/** Every document of the dispute: the ones in force as cards, superseded versions in a short table. */
export function DocumentsPanel({
  disputeId,
  documents,
  parties,
  materials,
  proceedings,
  deadlines,
  acts,
  onDone,
}: {
  disputeId: string;
  documents: LegalDocumentFieldsFragment[];
  parties: CaseFileParty[];
  materials: MaterialItemFieldsFragment[];
  proceedings: ProceedingFieldsFragment[];
  deadlines: DeadlineFieldsFragment[];
  acts: DocumentActs;
  onDone: () => void;
}) {
  const label = useLabels();
  if (!documents.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未制发文书" />;
  const current = documents.filter((d) => d.status === 'ISSUED').reverse();
  const superseded = documents.filter((d) => d.status !== 'ISSUED');
  // One SUPPLEMENT clock runs at a time: it belongs to the newest 补正通知书 in force.
  const supplementClock = deadlines.find((d) => d.kind === 'SUPPLEMENT' && (OPEN_CLOCK_STATES as readonly string[]).includes(d.state)) ?? deadlines.find((d) => d.kind === 'SUPPLEMENT') ?? null;
  const newestSupplement = current.find((d) => d.kind === 'SUPPLEMENT_NOTICE');
  return (
    <div>
      {current.map((d) => (
        <DocumentCard
          key={d.id}
          doc={d}
          disputeId={disputeId}
          parties={parties}
          materials={materials}
          documents={documents}
          proceedings={proceedings}
          supplementClock={d.id === newestSupplement?.id ? supplementClock : null}
          acts={acts}
          onDone={onDone}
        />
      ))}
      {superseded.length > 0 && (
        <>
          <Typography.Text strong>已被更正的版本</Typography.Text>
          <Table<LegalDocumentFieldsFragment>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={superseded}
            columns={[
              { title: '文书', render: (_, d) => d.title },
              { title: '文号', render: (_, d) => d.number },
              { title: '版本', width: 80, render: (_, d) => `第 ${d.version} 版` },
              { title: '状态', width: 150, render: (_, d) => <Tag>{label('DocumentStatus', d.status)}</Tag> },
              { title: '制发时间', width: 140, render: (_, d) => formatTime(d.issuedAt) },
              {
                title: '操作',
                width: 220,
                render: (_, d) => (
                  <Space size={4}>
                    <PreviewButton doc={d} disputeId={disputeId} />
                    <DownloadButtons doc={d} />
                  </Space>
                ),
              },
            ]}
          />
        </>
      )}
    </div>
  );
}
