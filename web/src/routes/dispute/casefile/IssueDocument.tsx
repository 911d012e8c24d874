/**
 * Issuing a legal document (制发文书) and correcting one (更正): the kinds that fit the chosen
 * proceeding, its recipients and the kind's inputs (a decision's parts, a supplement's days …).
 * The hub checks everything again and refuses with its own messages, shown in the dialog.
 */
import { Alert, Form, Input, InputNumber, Select, Typography, type FormInstance } from 'antd';
import { useEffect, useRef } from 'react';
import { useMutation } from 'urql';
import { useLabels } from '../../../app/labels';
import { ActionModal } from '../../../components/ActionModal';
import type { DocumentKind, DocumentPartsInput, LegalDocumentFieldsFragment, MaterialItemFieldsFragment, PartyRole, ProceedingFieldsFragment } from '../../../gql/graphql';
import { CorrectDocumentDocument, IssueDocumentDocument } from './documents';
import { DECISION_PARTS, defaultRecipients, kindsFor, NAMES_REMEDY_BODIES, NOT_SERVED, PROCEEDING_KINDS, REASON_OPTIONAL, REASON_REQUIRED } from './values';

export interface CaseParty {
  id: string;
  role: PartyRole;
  name: string;
}

type PartKey = keyof DocumentPartsInput;

interface KindValues {
  recipientPartyIds?: string[];
  daysAllowed?: number | null;
  reason?: string;
  content?: string;
  parts?: Partial<Record<PartKey, string>>;
  servedDocumentId?: string;
}

interface IssueValues extends KindValues {
  proceedingId: string;
  kind?: DocumentKind;
}

/** Trimmed non-empty strings only (an untouched field is not sent). */
function given(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

function partsOf(parts: KindValues['parts']): DocumentPartsInput | null {
  if (!parts) return null;
  const out: DocumentPartsInput = {};
  for (const [k, v] of Object.entries(parts)) {
    const t = given(v);
    if (t) out[k as PartKey] = t;
  }
  return Object.keys(out).length ? out : null;
}

/** The inputs of a kind (recipients, days, reason, content, parts …); `correcting`: nothing is required, empty keeps the issued value. */
function KindInputs({
  kind,
  parties,
  materials,
  documents,
  correcting = false,
}: {
  kind: DocumentKind;
  parties: CaseParty[];
  materials: MaterialItemFieldsFragment[];
  documents: LegalDocumentFieldsFragment[];
  correcting?: boolean;
}) {
  const label = useLabels();
  const need = (message: string) => (correcting ? [] : [{ required: true, whitespace: true, message }]);
  const missing = materials.filter((m) => m.required && m.status === 'MISSING');
  return (
    <>
      {!NOT_SERVED.includes(kind) && (
        <Form.Item label="受送达人" name="recipientPartyIds" rules={correcting ? [] : [{ required: true, message: '至少选择一名受送达人' }]}>
          <Select mode="multiple" options={parties.map((p) => ({ value: p.id, label: `${p.name}（${label('PartyRole', p.role)}）` }))} />
        </Form.Item>
      )}
      {kind === 'SUPPLEMENT_NOTICE' && (
        <>
          {!correcting &&
            (missing.length ? (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} title={`通知书将一次性列明缺少的必需材料：${missing.map((m) => m.name).join('、')}`} />
            ) : (
              <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="材料清单中没有缺少的必需材料" />
            ))}
          <Form.Item label="补正期限（工作日）" name="daysAllowed" rules={correcting ? [] : [{ required: true, message: '请写明补正期限' }]}>
            <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </>
      )}
      {kind === 'ANSWER_NOTICE' && (
        <Form.Item label="答辩期限" name="daysAllowed" extra="不填按事项的规定期限">
          <InputNumber min={1} max={90} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      )}
      {(REASON_REQUIRED.includes(kind) || REASON_OPTIONAL.includes(kind)) && (
        <Form.Item label="理由" name="reason" rules={[...(REASON_REQUIRED.includes(kind) ? need('请写明理由') : []), { max: 2000 }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
      {kind === 'MEDIATION_AGREEMENT' && (
        <Form.Item label="调解协议内容" name="content" rules={[...need('请写明调解协议的内容'), { max: 10000 }]}>
          <Input.TextArea rows={5} maxLength={10000} />
        </Form.Item>
      )}
      {kind === 'DECISION' &&
        DECISION_PARTS.map((p) => (
          <Form.Item key={p.key} label={p.label} name={['parts', p.key]} rules={need(`请填写${p.label}`)}>
            <Input.TextArea rows={p.rows} placeholder={p.placeholder || undefined} />
          </Form.Item>
        ))}
      {kind === 'MEDIATION_AGREEMENT' && (
        <Form.Item label="履行方式和期限" name={['parts', 'performance']} rules={need('请填写履行方式和期限')}>
          <Input.TextArea rows={2} placeholder="如：于2026年6月30日前一次性支付……" />
        </Form.Item>
      )}
      {NAMES_REMEDY_BODIES.includes(kind) && (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            救济途径和期限由系统按事项生成；请写明受理复议、诉讼的机关全称。
          </Typography.Paragraph>
          <Form.Item label="行政复议机关（全称）" name={['parts', 'reconsiderationBody']}>
            <Input placeholder="如：杭州市富阳区人民政府" maxLength={60} />
          </Form.Item>
          <Form.Item label="人民法院（全称）" name={['parts', 'court']}>
            <Input placeholder="如：杭州市富阳区人民法院" maxLength={60} />
          </Form.Item>
        </>
      )}
      {kind === 'SERVICE_RECEIPT' && (
        <Form.Item label="所送达的文书" name="servedDocumentId" rules={correcting ? [] : [{ required: true, message: '请选择所送达的文书' }]}>
          <Select options={documents.filter((d) => d.status === 'ISSUED' && d.kind !== 'SERVICE_RECEIPT').map((d) => ({ value: d.id, label: `${d.title}（${d.number}）` }))} />
        </Form.Item>
      )}
    </>
  );
}

function IssueFields({
  form,
  proceedings,
  allowNoProceeding,
  parties,
  materials,
  documents,
}: {
  form: FormInstance<IssueValues>;
  proceedings: ProceedingFieldsFragment[];
  allowNoProceeding: boolean;
  parties: CaseParty[];
  materials: MaterialItemFieldsFragment[];
  documents: LegalDocumentFieldsFragment[];
}) {
  const label = useLabels();
  const proceedingId = Form.useWatch('proceedingId', form) as string | undefined;
  const kind = Form.useWatch('kind', form) as DocumentKind | undefined;
  const proceeding = proceedings.find((p) => p.id === proceedingId) ?? null;
  const kinds = kindsFor(proceeding);

  // Another proceeding may not take the kind chosen; a new kind brings its default recipients.
  useEffect(() => {
    if (kind && !kinds.includes(kind)) form.setFieldValue('kind', undefined);
  }, [proceedingId, kind, kinds, form]);
  const partiesRef = useRef(parties);
  partiesRef.current = parties;
  useEffect(() => {
    if (kind) form.setFieldValue('recipientPartyIds', defaultRecipients(kind, partiesRef.current));
  }, [kind, form]);

  return (
    <>
      <Form.Item label="所属案件" name="proceedingId" rules={[{ required: !allowNoProceeding, message: '请选择所属案件' }]}>
        <Select
          options={[
            ...(allowNoProceeding ? [{ value: '', label: '不属于具体案件（告知、补正、转办等）' }] : []),
            ...proceedings.map((p) => ({
              value: p.id,
              label: [p.organization.name, label('Channel', p.channel), label('ProceedingStatus', p.status), p.caseNumber].filter(Boolean).join(' · '),
            })),
          ]}
        />
      </Form.Item>
      <Form.Item label="文书种类" name="kind" rules={[{ required: true, message: '请选择文书种类' }]} extra={!proceeding ? '受理、答辩、中止、决定等文书须选择所属案件' : undefined}>
        <Select options={kinds.map((k) => ({ value: k, label: label('DocumentKind', k) }))} />
      </Form.Item>
      {kind && PROCEEDING_KINDS[kind] && !proceeding && <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`制发${label('DocumentKind', kind)}须选择所属案件`} />}
      {kind && <KindInputs kind={kind} parties={parties} materials={materials} documents={documents} />}
    </>
  );
}

/** 制发文书: a button and its dialog. `proceeding` pre-selects the proceeding (the proceeding card's button). */
export function IssueDocumentButton({
  disputeId,
  proceedings,
  proceeding,
  allowNoProceeding,
  initialKind,
  parties,
  materials,
  documents,
  buttonLabel = '制发文书',
  onDone,
}: {
  disputeId: string;
  /** The proceedings the viewer's organization may issue in. */
  proceedings: ProceedingFieldsFragment[];
  proceeding?: ProceedingFieldsFragment | null;
  /** The viewer may issue documents that belong to no proceeding (告知书, 补正通知书 …). */
  allowNoProceeding: boolean;
  initialKind?: DocumentKind;
  parties: CaseParty[];
  materials: MaterialItemFieldsFragment[];
  documents: LegalDocumentFieldsFragment[];
  buttonLabel?: string;
  onDone: () => void;
}) {
  const [, issue] = useMutation(IssueDocumentDocument);
  const open = proceedings.find((p) => p.status === 'IN_PROGRESS' || p.status === 'PAUSED' || p.status === 'ACCEPTANCE_REVIEW');
  const first = proceeding ?? (initialKind && !PROCEEDING_KINDS[initialKind] ? null : open) ?? null;
  return (
    <ActionModal<IssueValues, NonNullable<Awaited<ReturnType<typeof issue>>['data']>>
      label={buttonLabel}
      title={buttonLabel}
      buttonProps={{ type: 'primary' }}
      okText="制发"
      initialValues={{ proceedingId: first?.id ?? (allowNoProceeding ? '' : undefined), kind: initialKind, recipientPartyIds: initialKind ? defaultRecipients(initialKind, parties) : undefined }}
      run={(v) =>
        issue(
          {
            input: {
              disputeId,
              kind: v.kind!,
              proceedingId: v.proceedingId || null,
              recipientPartyIds: v.kind && NOT_SERVED.includes(v.kind) ? null : (v.recipientPartyIds ?? null),
              daysAllowed: v.daysAllowed ?? null,
              reason: given(v.reason),
              content: given(v.content),
              parts: partsOf(v.parts),
              servedDocumentId: v.servedDocumentId ?? null,
            },
          },
          { additionalTypenames: ['LegalDocument', 'StoredFile', 'Proceeding'] },
        )
      }
      pick={(d) => d.issueDocument}
      onDone={onDone}
      successText="文书已制发"
    >
      {(form) => <IssueFields form={form} proceedings={proceedings} allowNoProceeding={allowNoProceeding} parties={parties} materials={materials} documents={documents} />}
    </ActionModal>
  );
}

/** 更正: a new version with a new number that supersedes the document; what is left empty keeps the issued value. */
export function CorrectDocumentButton({
  document: doc,
  parties,
  materials,
  documents,
  onDone,
}: {
  document: LegalDocumentFieldsFragment;
  parties: CaseParty[];
  materials: MaterialItemFieldsFragment[];
  documents: LegalDocumentFieldsFragment[];
  onDone: () => void;
}) {
  const [, correct] = useMutation(CorrectDocumentDocument);
  return (
    <ActionModal<KindValues, NonNullable<Awaited<ReturnType<typeof correct>>['data']>>
      label="更正"
      title={`更正：${doc.title}（${doc.number}）`}
      buttonProps={{ 'aria-label': `更正 ${doc.number}` }}
      okText="制发更正文书"
      initialValues={{ recipientPartyIds: doc.recipients.map((r) => r.id) }}
      run={(v) =>
        correct(
          {
            input: {
              documentId: doc.id,
              recipientPartyIds: NOT_SERVED.includes(doc.kind) ? null : (v.recipientPartyIds ?? null),
              daysAllowed: v.daysAllowed ?? null,
              reason: given(v.reason),
              content: given(v.content),
              parts: partsOf(v.parts),
              servedDocumentId: v.servedDocumentId ?? null,
            },
          },
          { additionalTypenames: ['LegalDocument', 'StoredFile'] },
        )
      }
      pick={(d) => d.correctDocument}
      onDone={onDone}
      successText="已制发更正文书（新文号），原文书已被取代"
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title="更正将以新文号制发新版本，原文书标记为已被取代。未填写的内容沿用原文书。" />
      <KindInputs kind={doc.kind} parties={parties} materials={materials} documents={documents} correcting />
    </ActionModal>
  );
}
