import { Alert, Form, Input, type FormInstance } from 'antd';
import { applyFieldErrors, fieldErrorsOf, isErrorResult } from '../../app/errors';

export interface SectionsValues {
  title: string;
  sections: { facts: string; outcome: string; significance: string };
}

/** The editor's fields; names follow the input (`sections.facts` ...), so the server's field errors land on them. */
export function SectionsFields({ disabled = false }: { disabled?: boolean }) {
  return (
    <>
      <Form.Item label="标题" name="title" rules={[{ required: true, min: 4, max: 100, message: '标题 4–100 字' }]}>
        <Input disabled={disabled} />
      </Form.Item>
      <Form.Item label="【基本案情】" name={['sections', 'facts']} rules={[{ required: true, min: 10, message: '基本案情至少 10 字' }]}>
        <Input.TextArea disabled={disabled} autoSize={{ minRows: 4, maxRows: 14 }} maxLength={10000} />
      </Form.Item>
      <Form.Item label="【处理结果】" name={['sections', 'outcome']} rules={[{ required: true, min: 4, message: '处理结果至少 4 字' }]}>
        <Input.TextArea disabled={disabled} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
      </Form.Item>
      <Form.Item label="【典型意义】" name={['sections', 'significance']} rules={[{ required: true, min: 10, message: '典型意义至少 10 字' }]}>
        <Input.TextArea disabled={disabled} autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10000} />
      </Form.Item>
    </>
  );
}

export interface Refusal {
  message: string;
  details: string[];
}

/**
 * The ErrorResult of a mutation as the editor shows it: field errors on their fields when the form
 * has them, the rest (the publication check names section and position) listed under the message.
 */
export function refusalOf(res: unknown, form?: FormInstance): Refusal | null {
  if (!isErrorResult(res)) return null;
  const errors = fieldErrorsOf(res);
  const rest = form ? applyFieldErrors(form, errors) : errors;
  return { message: res.message, details: rest.map((e) => e.message) };
}

export function RefusalAlert({ refusal, onClose }: { refusal: Refusal | null; onClose?: () => void }) {
  if (!refusal) return null;
  return (
    <Alert
      type="error"
      showIcon
      closable={!!onClose}
      onClose={onClose}
      title={refusal.message}
      description={
        refusal.details.length ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {refusal.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
