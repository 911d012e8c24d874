/**
 * Service (送达): recording the service of a document on one recipient (method, date, signer,
 * carrier and tracking number, where published, evidence uploaded right there), and the parties'
 * 送达地址确认书 (consent to electronic service, addresses, the signed confirmation).
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tag, Typography, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useMutation } from 'urql';
import { enumOptions, useLabels } from '../../../app/labels';
import { ActionModal } from '../../../components/ActionModal';
import { formatTime } from '../../../components/DisputeTable';
import { FileUpload, useUploadGuard } from '../../../components/FileUpload';
import type { CaseFileQuery, LegalDocumentFieldsFragment, ServiceEvidenceKind, ServiceMethod, ServiceSigner } from '../../../gql/graphql';
import { RecordAnswerDocument, RecordServiceAddressDocument, RecordServiceDocument } from './documents';
import { FileLink } from './FileLink';
import { EVIDENCE_FOR, SERVICE_METHODS, SERVICE_SIGNERS } from './values';

export type CaseFileParty = NonNullable<CaseFileQuery['dispute']>['parties'][number];

interface EvidenceRow {
  kind: ServiceEvidenceKind;
  fileIds?: string[];
}

interface ServiceValues {
  method?: ServiceMethod;
  servedOn: Dayjs;
  signer?: ServiceSigner;
  signerName?: string;
  carrier?: string;
  trackingNumber?: string;
  publishedWhere?: string;
  reason?: string;
  abroad?: boolean;
  evidence: EvidenceRow[];
}

const SIGNS: readonly ServiceMethod[] = ['DIRECT', 'ENTRUSTED'];

function ServiceFields({ form, party, disputeId, uploads }: { form: FormInstance<ServiceValues>; party: CaseFileParty; disputeId: string; uploads: ReturnType<typeof useUploadGuard> }) {
  const label = useLabels();
  const method = Form.useWatch('method', form) as ServiceMethod | undefined;
  // A new method brings the evidence it needs as the first row's kind.
  useEffect(() => {
    if (!method) return;
    const rows = (form.getFieldValue('evidence') as EvidenceRow[] | undefined) ?? [];
    const accepted = EVIDENCE_FOR[method];
    form.setFieldValue(
      'evidence',
      (rows.length ? rows : [{ kind: accepted[0], fileIds: [] }]).map((r, i) => ({ ...r, kind: i === 0 || !accepted.includes(r.kind) ? accepted[0] : r.kind })),
    );
  }, [method, form]);
  const consent = party.serviceAddress?.electronicConsent ?? false;
  return (
    <>
      <Form.Item label="送达方式" name="method" rules={[{ required: true, message: '请选择送达方式' }]}>
        <Select options={enumOptions(label, 'ServiceMethod', SERVICE_METHODS)} />
      </Form.Item>
      {method === 'ELECTRONIC' && !consent && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="该当事人没有在送达地址确认书中同意电子送达，不能电子送达。请先登记送达地址确认书。" />}
      {method === 'ELECTRONIC' && consent && party.serviceAddress?.electronicAddress && (
        <Typography.Paragraph type="secondary">电子送达地址：{party.serviceAddress.electronicAddress}</Typography.Paragraph>
      )}
      <Form.Item
        label={method === 'PUBLIC_NOTICE' ? '公告发出日期' : method === 'POSTAL' ? '回执上的收件日期' : method === 'ELECTRONIC' ? '到达受送达人系统的日期' : '送达日期'}
        name="servedOn"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      {method && (SIGNS.includes(method) || method === 'POSTAL') && (
        <Form.Item label="签收人" name="signer" rules={SIGNS.includes(method) ? [{ required: true, message: '请选择签收人' }] : []}>
          <Select allowClear options={enumOptions(label, 'ServiceSigner', SERVICE_SIGNERS)} />
        </Form.Item>
      )}
      {method && (SIGNS.includes(method) || method === 'LEFT_AT_RESIDENCE' || method === 'POSTAL') && (
        <Form.Item
          label={method === 'LEFT_AT_RESIDENCE' ? '见证人姓名' : '签收人姓名'}
          name="signerName"
          rules={[...(SIGNS.includes(method) ? [{ required: true, whitespace: true, message: '请填写签收人姓名' }] : []), { max: 100 }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      )}
      {method === 'POSTAL' && (
        <>
          <Form.Item label="邮寄单位" name="carrier" rules={[{ required: true, whitespace: true, message: '请填写邮寄单位' }]}>
            <Input placeholder="如：中国邮政EMS" maxLength={50} />
          </Form.Item>
          <Form.Item
            label="邮件单号"
            name="trackingNumber"
            rules={[
              { required: true, whitespace: true, message: '请填写邮件单号' },
              { pattern: /^[A-Za-z0-9-]{4,40}$/, message: '邮件单号应为 4 至 40 位字母、数字或连字符' },
            ]}
          >
            <Input maxLength={40} />
          </Form.Item>
        </>
      )}
      {method === 'PUBLIC_NOTICE' && (
        <>
          <Form.Item label="公告地点或媒体" name="publishedWhere" rules={[{ required: true, whitespace: true, message: '请写明公告的地点或媒体' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label="公告送达的原因" name="reason" rules={[{ required: true, whitespace: true, message: '请写明采用其他方式无法送达的原因' }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="abroad" valuePropName="checked">
            <Checkbox>受送达人在境外（公告期六十日）</Checkbox>
          </Form.Item>
        </>
      )}
      {method && (
        <Form.List name="evidence">
          {(rows, { add, remove }) => (
            <>
              <Typography.Text strong>送达凭证</Typography.Text>
              {rows.map((row, i) => (
                <Space key={row.key} align="start" style={{ display: 'flex', marginTop: 8 }} wrap>
                  <Form.Item label="凭证类型" name={[row.name, 'kind']} rules={[{ required: true, message: '请选择凭证类型' }]} style={{ minWidth: 180, marginBottom: 8 }}>
                    <Select options={enumOptions(label, 'ServiceEvidenceKind', EVIDENCE_FOR[method])} />
                  </Form.Item>
                  <Form.Item
                    label="凭证文件"
                    name={[row.name, 'fileIds']}
                    rules={[uploads.rule(`evidence-${row.key}`), ...(i === 0 ? [{ required: true, type: 'array' as const, min: 1, message: '请上传送达凭证' }] : [])]}
                    style={{ marginBottom: 8 }}
                  >
                    <FileUpload disputeId={disputeId} onBusyChange={uploads.busy(`evidence-${row.key}`)} />
                  </Form.Item>
                  {rows.length > 1 && <Button type="text" icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={`删除凭证 ${i + 1}`} style={{ marginTop: 30 }} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: EVIDENCE_FOR[method].at(-1), fileIds: [] })} style={{ marginTop: 4 }}>
                添加凭证
              </Button>
            </>
          )}
        </Form.List>
      )}
    </>
  );
}

/** 送达: records the service of `document` on `party`. */
export function ServiceButton({ document: doc, party, disputeId, onDone }: { document: LegalDocumentFieldsFragment; party: CaseFileParty; disputeId: string; onDone: () => void }) {
  const [, recordService] = useMutation(RecordServiceDocument);
  const uploads = useUploadGuard();
  return (
    <ActionModal<ServiceValues, NonNullable<Awaited<ReturnType<typeof recordService>>['data']>>
      label="送达"
      title={`送达 ${party.name}：${doc.title}（${doc.number}）`}
      buttonProps={{ size: 'small', type: 'primary', 'aria-label': `送达 ${party.name}` }}
      okText="登记送达"
      initialValues={{ servedOn: dayjs(), evidence: [] }}
      run={(v) => {
        const method = v.method!;
        const signs = SIGNS.includes(method);
        return recordService(
          {
            input: {
              documentId: doc.id,
              partyId: party.id,
              method,
              servedOn: v.servedOn.format('YYYY-MM-DD'),
              signer: signs || method === 'POSTAL' ? (v.signer ?? null) : null,
              signerName: signs || method === 'LEFT_AT_RESIDENCE' || method === 'POSTAL' ? v.signerName?.trim() || null : null,
              carrier: method === 'POSTAL' ? v.carrier?.trim() || null : null,
              trackingNumber: method === 'POSTAL' ? v.trackingNumber?.trim() || null : null,
              publishedWhere: method === 'PUBLIC_NOTICE' ? v.publishedWhere?.trim() || null : null,
              reason: method === 'PUBLIC_NOTICE' ? v.reason?.trim() || null : null,
              abroad: method === 'PUBLIC_NOTICE' ? !!v.abroad : null,
              evidence: (v.evidence ?? []).flatMap((r) => (r.fileIds ?? []).map((fileId) => ({ kind: r.kind, fileId }))),
            },
          },
          { additionalTypenames: ['DocumentService', 'LegalDocument', 'StoredFile'] },
        );
      }}
      pick={(d) => d.recordService}
      onDone={onDone}
      successText="已登记送达"
    >
      {(form) => <ServiceFields form={form} party={party} disputeId={disputeId} uploads={uploads} />}
    </ActionModal>
  );
}

interface AddressValues {
  electronicConsent?: boolean;
  electronicAddress?: string;
  postalAddress?: string;
  fileIds?: string[];
}

interface AnswerValues {
  receivedOn: Dayjs;
  fileIds?: string[];
}

/** The answer (答辩状) of a served recipient of a 答辩通知书: stops that party's time to answer. */
export function AnswerButton({ documentId, party, servedOn, disputeId, onDone }: { documentId: string; party: CaseFileParty; servedOn: string; disputeId: string; onDone: () => void }) {
  const [, recordAnswer] = useMutation(RecordAnswerDocument);
  const uploads = useUploadGuard();
  return (
    <ActionModal<AnswerValues, NonNullable<Awaited<ReturnType<typeof recordAnswer>>['data']>>
      label="登记答辩"
      title={`登记答辩状：${party.name}`}
      buttonProps={{ size: 'small', 'aria-label': `登记答辩 ${party.name}` }}
      initialValues={{ receivedOn: dayjs(), fileIds: [] }}
      run={(v) =>
        recordAnswer(
          { input: { documentId, partyId: party.id, receivedOn: v.receivedOn.format('YYYY-MM-DD'), fileIds: v.fileIds ?? [] } },
          { additionalTypenames: ['DocumentService', 'LegalDocument', 'Deadline', 'StoredFile'] },
        )
      }
      pick={(d) => d.recordAnswer}
      onDone={onDone}
      successText="已登记答辩，答辩期限停止计算"
    >
      <Form.Item label="收到日期" name="receivedOn" rules={[{ required: true, message: '请选择收到答辩状的日期' }]} extra={`不早于送达日期 ${servedOn}；超过答辩期限的，记为逾期答辩`}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs(servedOn), 'day')} />
      </Form.Item>
      <Form.Item label="答辩状及附件" name="fileIds" rules={[uploads.rule('answer')]} extra="纸质答辩的，可不上传">
        <FileUpload disputeId={disputeId} onBusyChange={uploads.busy('answer')} />
      </Form.Item>
    </ActionModal>
  );
}

/** 送达地址确认书 of one party: a new one replaces the one in force. */
function AddressButton({ party, disputeId, onDone }: { party: CaseFileParty; disputeId: string; onDone: () => void }) {
  const [, recordAddress] = useMutation(RecordServiceAddressDocument);
  const uploads = useUploadGuard();
  const current = party.serviceAddress;
  return (
    <ActionModal<AddressValues, NonNullable<Awaited<ReturnType<typeof recordAddress>>['data']>>
      label="登记确认书"
      title={`送达地址确认书：${party.name}`}
      buttonProps={{ size: 'small', 'aria-label': `登记送达地址确认书 ${party.name}` }}
      initialValues={{
        electronicConsent: current?.electronicConsent ?? false,
        electronicAddress: current?.electronicAddress ?? undefined,
        postalAddress: current?.postalAddress ?? party.address ?? undefined,
        fileIds: [],
      }}
      run={(v) =>
        recordAddress(
          {
            input: {
              partyId: party.id,
              electronicConsent: !!v.electronicConsent,
              electronicAddress: v.electronicAddress?.trim() || null,
              postalAddress: v.postalAddress?.trim() || null,
              fileId: v.fileIds?.[0] ?? current?.file?.id ?? null,
            },
          },
          { additionalTypenames: ['ServiceAddressConfirmation', 'Party', 'StoredFile'] },
        )
      }
      pick={(d) => d.recordServiceAddress}
      onDone={onDone}
      successText="已登记送达地址确认书"
    >
      {(form) => (
        <>
          <Form.Item name="electronicConsent" valuePropName="checked">
            <Checkbox>当事人同意电子送达</Checkbox>
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.electronicConsent !== b.electronicConsent}>
            {() => {
              const consent = !!form.getFieldValue('electronicConsent');
              return (
                <>
                  <Form.Item
                    label="电子送达地址"
                    name="electronicAddress"
                    extra="电子邮箱、手机号码或平台账号"
                    rules={[...(consent ? [{ required: true, whitespace: true, message: '同意电子送达的，请填写电子送达地址' }] : []), { max: 200 }]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item label="邮寄地址" name="postalAddress" rules={[{ max: 300 }]}>
                    <Input maxLength={300} />
                  </Form.Item>
                  <Form.Item
                    label="签署的送达地址确认书"
                    name="fileIds"
                    rules={[
                      uploads.rule('file'),
                      ...(consent && !current?.file ? [{ required: true, type: 'array' as const, min: 1, message: '同意电子送达的，请上传当事人签署的送达地址确认书' }] : []),
                    ]}
                    extra={current?.file ? '不上传则沿用已登记的确认书文件' : undefined}
                  >
                    <FileUpload disputeId={disputeId} maxCount={1} onBusyChange={uploads.busy('file')} />
                  </Form.Item>
                </>
              );
            }}
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

/** The parties' 送达地址确认书 in force. */
export function AddressesPanel({ parties, disputeId, canRecord, onDone }: { parties: CaseFileParty[]; disputeId: string; canRecord: boolean; onDone: () => void }) {
  const label = useLabels();
  return (
    <Table<CaseFileParty>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={parties}
      scroll={{ x: 900 }}
      columns={[
        { title: '当事人', render: (_, p) => `${p.name}（${label('PartyRole', p.role)}）` },
        {
          title: '电子送达',
          width: 110,
          render: (_, p) => (!p.serviceAddress ? <Tag>未登记</Tag> : p.serviceAddress.electronicConsent ? <Tag color="green">同意电子送达</Tag> : <Tag>不同意电子送达</Tag>),
        },
        { title: '电子送达地址', render: (_, p) => p.serviceAddress?.electronicAddress ?? '—' },
        { title: '邮寄地址', render: (_, p) => p.serviceAddress?.postalAddress ?? '—' },
        { title: '确认书', render: (_, p) => (p.serviceAddress?.file ? <FileLink file={p.serviceAddress.file} /> : '—') },
        { title: '登记时间', width: 140, render: (_, p) => (p.serviceAddress ? formatTime(p.serviceAddress.recordedAt) : '—') },
        ...(canRecord ? [{ title: '操作', width: 110, render: (_: unknown, p: CaseFileParty) => <AddressButton party={p} disputeId={disputeId} onDone={onDone} /> }] : []),
      ]}
    />
  );
}
