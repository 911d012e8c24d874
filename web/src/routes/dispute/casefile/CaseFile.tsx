/**
 * 案卷 (the case file, issue #15) on the dispute page: the 告知书 given at intake, the legal
 * documents with their service, the materials checklist, the uploaded and generated files, and the
 * parties' 送达地址确认书. Loaded with its own query (CaseFile), re-read on every live event of the
 * dispute (`refreshKey`) and after each action here.
 *
 * Who may act is decided by the hub (and refusals shown); the buttons follow the same rule so that
 * nobody is offered what will be refused: adding to the case file and issuing belong to the
 * organization holding the dispute (the registering frontdesk while it holds it, or an organization
 * with an open proceeding); serving, correcting and acknowledging to the document's issuing organization.
 */
import { Alert, Card, Empty, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { useAuth } from '../../../app/auth';
import { operationErrorMessage } from '../../../app/errors';
import { formatSize } from '../../../app/files';
import { useLabels } from '../../../app/labels';
import { formatTime } from '../../../components/DisputeTable';
import { FileUpload } from '../../../components/FileUpload';
import type { LegalDocumentFieldsFragment, ProceedingFieldsFragment, StoredFileFieldsFragment } from '../../../gql/graphql';
import type { DisputePageDispute } from '../DisputePage';
import { CaseFileDocument } from './documents';
import { AcknowledgeButton, DocumentsPanel } from './Documents';
import { FileLink } from './FileLink';
import { IssueDocumentButton } from './IssueDocument';
import { MaterialsPanel } from './Materials';
import { AddressesPanel } from './Service';
import { kindsFor } from './values';

const OPEN_PROCEEDING = ['ACCEPTANCE_REVIEW', 'IN_PROGRESS', 'PAUSED'];

/** What the viewer may do in the case file (the hub's rule; see the header). */
export function useCaseFileRights(dispute: DisputePageDispute) {
  const { user, hasRole } = useAuth();
  const orgId = user?.organization?.id ?? null;
  const admin = hasRole('ADMIN');
  const own = dispute.proceedings.filter((p) => admin || p.organization.id === orgId);
  const openOwn = own.filter((p) => OPEN_PROCEEDING.includes(p.status));
  const holds = !!orgId && dispute.currentOrganization?.id === orgId;
  const frontdeskHolds = hasRole('FRONTDESK') && holds;
  const handles = hasRole('HANDLER', 'COURT_LIAISON') && openOwn.length > 0;
  const canAdd = admin || frontdeskHolds || handles;
  return {
    orgId,
    /** Upload, record materials, issue documents of the dispute. */
    canAdd,
    /** Documents that belong to no proceeding (告知书, 补正通知书 …). */
    issuesWithoutProceeding: admin || frontdeskHolds || handles,
    /** The proceedings the viewer's organization issues in, where some kind still fits (a concluded mediation still issues its agreement). */
    ownProceedings: hasRole('HANDLER', 'COURT_LIAISON', 'ADMIN') ? own.filter((p) => kindsFor(p).length > 0) : ([] as ProceedingFieldsFragment[]),
    actsFor: (doc: LegalDocumentFieldsFragment) => admin || (!!orgId && doc.organization.id === orgId && hasRole('FRONTDESK', 'HANDLER', 'COURT_LIAISON')),
    mayIssue: hasRole('FRONTDESK', 'HANDLER', 'COURT_LIAISON', 'ADMIN'),
    /** The 告知书 is given at intake, by the frontdesk holding the dispute. */
    givesNotice: admin || frontdeskHolds,
  };
}

/** Re-reads the case file when the dispute page sees a new event (and after an action here). */
export function useCaseFile(disputeId: string, refreshKey?: string | null) {
  const [result, reexecute] = useQuery({ query: CaseFileDocument, variables: { id: disputeId } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const last = useRef(refreshKey);
  useEffect(() => {
    if (refreshKey === last.current) return;
    last.current = refreshKey;
    refresh();
  }, [refreshKey, refresh]);
  return { ...result, refresh };
}

function FilesPanel({ files, disputeId, canUpload, onDone }: { files: StoredFileFieldsFragment[]; disputeId: string; canUpload: boolean; onDone: () => void }) {
  const label = useLabels();
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {canUpload && (
        <div>
          <label htmlFor={`casefile-upload-${disputeId}`} style={{ marginRight: 8 }}>
            上传材料到案卷
          </label>
          <FileUpload id={`casefile-upload-${disputeId}`} disputeId={disputeId} buttonText="选择文件" onUploaded={onDone} />
        </div>
      )}
      {files.length ? (
        <Table<StoredFileFieldsFragment>
          size="small"
          rowKey="id"
          pagination={files.length > 20 ? { pageSize: 20 } : false}
          dataSource={[...files].reverse()}
          scroll={{ x: 800 }}
          columns={[
            { title: '文件', render: (_, f) => <FileLink file={f} /> },
            { title: '来源', width: 90, render: (_, f) => label('FileOrigin', f.origin) },
            { title: '类型', width: 130, render: (_, f) => f.contentType.replace(/^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/, 'DOCX') },
            { title: '大小', width: 90, render: (_, f) => formatSize(f.size) },
            { title: '上传时间', width: 140, render: (_, f) => formatTime(f.createdAt) },
          ]}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="案卷中还没有文件" />
      )}
    </Space>
  );
}

export default function CaseFile({ dispute, refreshKey, onChanged }: { dispute: DisputePageDispute; refreshKey?: string | null; onChanged: () => void }) {
  const rights = useCaseFileRights(dispute);
  const { data, fetching, error, refresh } = useCaseFile(dispute.id, refreshKey);
  const done = useCallback(() => {
    refresh();
    onChanged();
  }, [refresh, onChanged]);
  const cf = data?.dispute;
  const parties = useMemo(() => cf?.parties ?? [], [cf]);

  if (fetching && !data)
    return (
      <Card title="案卷" size="small">
        <Skeleton active />
      </Card>
    );
  if (!cf)
    return (
      <Card title="案卷" size="small">
        {error ? <Alert type="error" showIcon title={operationErrorMessage(error)} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
      </Card>
    );

  const notice = cf.rightsNotice;
  const noticeDoc = notice ? cf.documents.find((d) => d.id === notice.id) : undefined;
  const missing = cf.materials.filter((m) => m.required && m.status === 'MISSING').length;
  const unserved = cf.documents.filter((d) => d.status === 'ISSUED' && !d.servedToAll).length;
  const common = { disputeId: dispute.id, parties, materials: cf.materials, documents: cf.documents };

  return (
    <section aria-label="案卷">
      <Card
        title="案卷"
        size="small"
        extra={
          rights.mayIssue &&
          (rights.canAdd || rights.ownProceedings.length > 0) && (
            <IssueDocumentButton {...common} proceedings={rights.ownProceedings} allowNoProceeding={rights.issuesWithoutProceeding} onDone={done} />
          )
        }
      >
        <Space wrap style={{ marginBottom: 8 }}>
          <Typography.Text strong>告知书：</Typography.Text>
          {notice ? (
            <>
              <span>
                {notice.number}（{formatTime(notice.issuedAt)} 出具）
              </span>
              {notice.acknowledgedAt ? (
                <Tag color="green">申请人已确认 {formatTime(notice.acknowledgedAt)}</Tag>
              ) : (
                <>
                  <Tag color="orange">申请人未确认</Tag>
                  {noticeDoc && rights.actsFor(noticeDoc) && <AcknowledgeButton documentId={notice.id} onDone={done} />}
                </>
              )}
            </>
          ) : (
            <>
              <Tag>尚未出具</Tag>
              {rights.givesNotice && <IssueDocumentButton {...common} proceedings={[]} allowNoProceeding initialKind="NOTICE_OF_RIGHTS" buttonLabel="出具告知书" onDone={done} />}
            </>
          )}
        </Space>
        <Tabs
          items={[
            {
              key: 'documents',
              label: `法律文书（${cf.documents.filter((d) => d.status === 'ISSUED').length}）${unserved ? ` · ${unserved} 件待送达` : ''}`,
              children: (
                <DocumentsPanel
                  disputeId={dispute.id}
                  documents={cf.documents}
                  parties={parties}
                  materials={cf.materials}
                  proceedings={dispute.proceedings}
                  deadlines={cf.deadlines}
                  acts={rights}
                  onDone={done}
                />
              ),
            },
            {
              key: 'materials',
              label: `材料清单${missing ? `（缺 ${missing} 项）` : ''}`,
              children: <MaterialsPanel disputeId={dispute.id} items={cf.materials} files={cf.files} canRecord={rights.canAdd} onDone={done} />,
            },
            { key: 'files', label: `案卷文件（${cf.files.length}）`, children: <FilesPanel files={cf.files} disputeId={dispute.id} canUpload={rights.canAdd} onDone={done} /> },
            {
              key: 'addresses',
              label: '送达地址确认书',
              children: <AddressesPanel parties={parties} disputeId={dispute.id} canRecord={rights.canAdd || cf.documents.some((d) => rights.actsFor(d))} onDone={done} />,
            },
          ]}
        />
      </Card>
    </section>
  );
}

/** The documents of one proceeding, on its card: each with its number and service state, and the proceeding's own 制发文书. */
export function ProceedingDocuments({ proceeding, dispute, canIssue, onChanged }: { proceeding: ProceedingFieldsFragment; dispute: DisputePageDispute; canIssue: boolean; onChanged: () => void }) {
  const label = useLabels();
  const { data, refresh } = useCaseFile(dispute.id);
  const cf = data?.dispute;
  if (!cf) return null;
  const docs = cf.documents.filter((d) => d.proceedingId === proceeding.id && d.status === 'ISSUED');
  canIssue &&= kindsFor(proceeding).length > 0;
  if (!docs.length && !canIssue) return null;
  return (
    <div style={{ marginTop: 8 }}>
      <Space wrap size={6}>
        <Typography.Text strong>本案文书：</Typography.Text>
        {docs.length === 0 && <Typography.Text type="secondary">尚未制发</Typography.Text>}
        {docs.map((d) => (
          <Tag key={d.id} color={d.servedToAll ? 'green' : 'orange'}>
            {label('DocumentKind', d.kind)} {d.number}
            {d.recipients.length ? (d.servedToAll ? ' · 已全部送达' : ' · 待送达') : ''}
          </Tag>
        ))}
        {canIssue && (
          <IssueDocumentButton
            disputeId={dispute.id}
            proceedings={[proceeding]}
            proceeding={proceeding}
            allowNoProceeding={false}
            parties={cf.parties}
            materials={cf.materials}
            documents={cf.documents}
            buttonLabel="制发本案文书"
            onDone={() => {
              refresh();
              onChanged();
            }}
          />
        )}
      </Space>
    </div>
  );
}
