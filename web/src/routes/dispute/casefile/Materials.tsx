import { Form, Input, Radio, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useMutation } from 'urql';
import { enumOptions, useLabels } from '../../../app/labels';
import { ActionModal } from '../../../components/ActionModal';
import { formatTime } from '../../../components/DisputeTable';
import { FileUpload, useUploadGuard } from '../../../components/FileUpload';
import type { MaterialItemFieldsFragment, MaterialReceipt, MaterialStatus, StoredFileFieldsFragment } from '../../../gql/graphql';
import { RecordMaterialDocument } from './documents';
import { FileLink } from './FileLink';
import { MATERIAL_STATUSES } from './values';

const STATUS_COLORS: Record<MaterialStatus, string> = { RECEIVED: 'green', MISSING: 'red', NOT_APPLICABLE: 'default' };

interface MaterialValues {
  status: MaterialStatus;
  receipt?: MaterialReceipt;
  fileIds?: string[];
  uploaded?: string[];
  remark?: string;
}

/** 登记 one checklist item: received (files of the dispute, or the paper original), missing, or not applicable (why). */
function RecordMaterialButton({ disputeId, item, files, onDone }: { disputeId: string; item: MaterialItemFieldsFragment; files: StoredFileFieldsFragment[]; onDone: () => void }) {
  const label = useLabels();
  const [, record] = useMutation(RecordMaterialDocument);
  const uploads = useUploadGuard();
  const choosable = files.filter((f) => f.origin === 'UPLOAD' && f.fileName);
  return (
    <ActionModal<MaterialValues, NonNullable<Awaited<ReturnType<typeof record>>['data']>>
      label="登记"
      title={`登记材料：${item.name}`}
      buttonProps={{ size: 'small', 'aria-label': `登记 ${item.name}` }}
      initialValues={{
        status: item.status === 'MISSING' ? 'RECEIVED' : item.status,
        receipt: item.receipt ?? 'FILE',
        fileIds: item.files.map((f) => f.id),
        remark: item.remark ?? undefined,
      }}
      run={(v) => {
        const received = v.status === 'RECEIVED';
        const fileIds = received && v.receipt === 'FILE' ? [...new Set([...(v.fileIds ?? []), ...(v.uploaded ?? [])])] : null;
        return record(
          {
            input: {
              disputeId,
              name: item.name,
              status: v.status,
              receipt: received ? (v.receipt ?? null) : null,
              fileIds,
              remark: v.remark?.trim() || null,
              expectedVersion: item.version,
            },
          },
          { additionalTypenames: ['MaterialChecklistItem'] },
        );
      }}
      pick={(d) => d.recordMaterial}
      onDone={onDone}
      successText="材料清单已更新"
    >
      {(form) => (
        <>
          {item.note && <Typography.Paragraph type="secondary">{item.note}</Typography.Paragraph>}
          <Form.Item label="状态" name="status" rules={[{ required: true }]}>
            <Radio.Group options={enumOptions(label, 'MaterialStatus', MATERIAL_STATUSES)} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {() => {
              const status = form.getFieldValue('status') as MaterialStatus;
              const receipt = form.getFieldValue('receipt') as MaterialReceipt | undefined;
              return (
                <>
                  {status === 'RECEIVED' && (
                    <Form.Item label="收取方式" name="receipt" rules={[{ required: true, message: '请选择收取方式' }]}>
                      <Radio.Group options={enumOptions(label, 'MaterialReceipt', ['FILE', 'PAPER_ORIGINAL'])} />
                    </Form.Item>
                  )}
                  {status === 'RECEIVED' && receipt === 'FILE' && (
                    <>
                      <Form.Item label="案卷中的文件" name="fileIds">
                        <Select mode="multiple" allowClear placeholder="从本纠纷已上传的文件中选择" options={choosable.map((f) => ({ value: f.id, label: f.fileName }))} />
                      </Form.Item>
                      <Form.Item
                        label="上传新文件"
                        name="uploaded"
                        rules={[
                          uploads.rule('uploaded'),
                          {
                            validator: () =>
                              (form.getFieldValue('fileIds') ?? []).length + (form.getFieldValue('uploaded') ?? []).length ? Promise.resolve() : Promise.reject(new Error('请选择或上传该材料的文件')),
                          },
                        ]}
                      >
                        <FileUpload disputeId={disputeId} onBusyChange={uploads.busy('uploaded')} />
                      </Form.Item>
                    </>
                  )}
                  <Form.Item
                    label={status === 'NOT_APPLICABLE' ? '不适用的理由' : '备注'}
                    name="remark"
                    rules={status === 'NOT_APPLICABLE' ? [{ required: true, whitespace: true, message: '请写明不适用的理由' }, { max: 500 }] : [{ max: 500 }]}
                  >
                    <Input.TextArea rows={2} maxLength={500} />
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

/** The materials checklist (from the matter's requiredMaterials) with what was recorded for each item. */
export function MaterialsPanel({
  disputeId,
  items,
  files,
  canRecord,
  onDone,
}: {
  disputeId: string;
  items: MaterialItemFieldsFragment[];
  files: StoredFileFieldsFragment[];
  canRecord: boolean;
  onDone: () => void;
}) {
  const label = useLabels();
  if (!items.length) return <Typography.Text type="secondary">该纠纷没有按事项清单办理，没有材料清单。</Typography.Text>;
  const missing = items.filter((i) => i.required && i.status === 'MISSING');
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      {missing.length > 0 ? (
        <Typography.Text type="warning">
          尚缺必需材料 {missing.length} 项：{missing.map((m) => m.name).join('、')}
        </Typography.Text>
      ) : (
        <Typography.Text type="success">必需材料已齐备</Typography.Text>
      )}
      <Table<MaterialItemFieldsFragment>
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={items}
        scroll={{ x: 900 }}
        columns={[
          {
            title: '材料',
            render: (_, m) => (
              <Space size={4} wrap>
                {m.note ? (
                  <Tooltip title={m.note}>
                    <span>{m.name}</span>
                  </Tooltip>
                ) : (
                  <span>{m.name}</span>
                )}
                {m.required ? <Tag color="red">必需</Tag> : <Tag>如有</Tag>}
              </Space>
            ),
          },
          {
            title: '状态',
            width: 90,
            render: (_, m) => <Tag color={m.status === 'MISSING' && !m.required ? 'default' : STATUS_COLORS[m.status]}>{label('MaterialStatus', m.status)}</Tag>,
          },
          {
            title: '收取方式与文件',
            render: (_, m) =>
              m.status !== 'RECEIVED' ? (
                (m.remark ?? '—')
              ) : (
                <Space orientation="vertical" size={0}>
                  <span>{label('MaterialReceipt', m.receipt)}</span>
                  {m.files.map((f) => (
                    <FileLink key={f.id} file={f} />
                  ))}
                  {m.remark && <Typography.Text type="secondary">{m.remark}</Typography.Text>}
                </Space>
              ),
          },
          { title: '登记', width: 170, render: (_, m) => (m.recordedAt ? `${m.recordedBy?.displayName ?? ''} ${formatTime(m.recordedAt)}` : '—') },
          ...(canRecord
            ? [{ title: '操作', width: 80, render: (_: unknown, m: MaterialItemFieldsFragment) => <RecordMaterialButton disputeId={disputeId} item={m} files={files} onDone={onDone} /> }]
            : []),
        ]}
      />
    </Space>
  );
}
