import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { FileUpload, useUploadGuard } from '../../components/FileUpload';
import type { CatalogMattersQuery } from '../../gql/graphql';
import { checkIdOrUscc, checkPhone } from '../../components/idcheck';

type Field = CatalogMattersQuery['matters'][number]['applicationForm']['fields'][number];

const MONEY = /^\d{1,15}(\.\d{1,2})?$/;

function check(fn: (s: string) => string | null): Rule {
  return { validator: (_, v) => (v == null || v === '' ? Promise.resolve() : fn(String(v)) ? Promise.reject(new Error(fn(String(v)) ?? '')) : Promise.resolve()) };
}

/** One input per FormField of the matter's application form, every FormFieldType. Values under applicationData.<key>. */
export function ApplicationFormFields({ fields }: { fields: Field[] }) {
  /** FILE fields with an upload still running (their ids are not known yet) cannot be submitted. */
  const uploads = useUploadGuard();
  return (
    <>
      {fields.map((f) => {
        const name = ['applicationData', f.key];
        const rules: Rule[] = f.required ? [{ required: true, message: `请填写${f.label}` }] : [];
        switch (f.type) {
          case 'TEXTAREA':
            return (
              <Form.Item key={f.key} label={f.label} name={name} rules={[...rules, { max: 10000 }]}>
                <Input.TextArea rows={3} showCount maxLength={10000} />
              </Form.Item>
            );
          case 'DATE':
            return (
              <Form.Item key={f.key} label={f.label} name={name} rules={rules}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            );
          case 'NUMBER':
            return (
              <Form.Item key={f.key} label={f.label} name={name} rules={rules}>
                <InputNumber style={{ width: '100%' }} />
              </Form.Item>
            );
          case 'MONEY':
            return (
              <Form.Item key={f.key} label={f.label} name={name} rules={[...rules, { pattern: MONEY, message: '请输入金额（元），最多两位小数' }]}>
                <Input suffix="元" inputMode="decimal" />
              </Form.Item>
            );
          case 'SELECT':
            return (
              <Form.Item key={f.key} label={f.label} name={name} rules={rules}>
                <Select allowClear options={(f.options ?? []).map((o) => ({ value: o, label: o }))} />
              </Form.Item>
            );
          case 'ID_NUMBER':
            return (
              <Form.Item key={f.key} label={f.label} name={name} rules={[...rules, check(checkIdOrUscc)]} normalize={(v: string) => v?.toUpperCase()}>
                <Input maxLength={18} placeholder="身份证号码或统一社会信用代码" />
              </Form.Item>
            );
          case 'PHONE':
            return (
              <Form.Item key={f.key} label={f.label} name={name} rules={[...rules, check(checkPhone)]}>
                <Input inputMode="tel" />
              </Form.Item>
            );
          case 'FILE':
            // Uploaded at once (pending until the registration claims them); the value is the list of file ids.
            // A required one may stay empty: the material then shows as missing on the checklist (补正).
            return (
              <Form.Item
                key={f.key}
                label={f.label}
                name={name}
                rules={[uploads.rule(f.key)]}
                extra={f.required ? '必需材料；暂未提交的，登记后在材料清单中列为缺少，可通知补正' : 'PDF、图片或 Office 文档'}
              >
                <FileUpload onBusyChange={uploads.busy(f.key)} />
              </Form.Item>
            );
          case 'TEXT':
          default:
            return (
              <Form.Item key={f.key} label={f.label} name={name} rules={[...rules, { max: 500 }]}>
                <Input />
              </Form.Item>
            );
        }
      })}
    </>
  );
}
