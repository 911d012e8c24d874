import { Alert, App, Button, Card, Col, Descriptions, Form, Input, InputNumber, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { fieldPath, isErrorResult, operationErrorMessage, type FieldErrorLike } from '../../app/errors';
import { HolidayCalendarDocument, LoadHolidayCalendarDocument } from './documents';

interface ScheduleValues {
  year: number;
  source: string;
  holidays: string;
  makeUpWorkdays: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date YYYY-MM-DD (the server's Date scalar refuses 2027-02-30 before any field check). */
function isDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Dates typed or pasted one per line, or separated by commas, spaces or 、. */
export function parseDates(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\s,，、;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function datesRule(name: string) {
  return {
    validator: async (_: unknown, text?: string) => {
      const bad = parseDates(text).filter((d) => !isDate(d));
      if (bad.length) throw new Error(`${name}中有无效的日期：${bad.slice(0, 3).join('、')}（格式 YYYY-MM-DD）`);
    },
  };
}

const FIELD_LABELS: Record<keyof ScheduleValues, string> = { year: '年份', source: '发布依据', holidays: '放假日期', makeUpWorkdays: '调休上班日' };

/**
 * Server field errors on the form: `holidays.3` names the fourth date of the holidays box;
 * the message goes on that box, naming the date.
 */
function toFormErrors(errors: FieldErrorLike[], values: ScheduleValues) {
  const byField = new Map<keyof ScheduleValues, string[]>();
  const other: string[] = [];
  for (const e of errors) {
    const [head, index] = fieldPath(e.field);
    const field = String(head) as keyof ScheduleValues;
    if (!(field in FIELD_LABELS)) {
      other.push(`${e.field}：${e.message}`);
      continue;
    }
    let msg = e.message;
    if (typeof index === 'number' && (field === 'holidays' || field === 'makeUpWorkdays')) {
      const date = parseDates(values[field])[index];
      msg = `第 ${index + 1} 个日期${date ? `（${date}）` : ''}：${e.message}`;
    }
    byField.set(field, [...(byField.get(field) ?? []), msg]);
  }
  return { fields: [...byField].map(([name, errs]) => ({ name, errors: errs })), other };
}

/** 节假日安排: the State Council's schedule of a year, loaded by the administrator; open deadlines are recomputed. */
export default function HolidayCalendar() {
  const { message } = App.useApp();
  const [form] = Form.useForm<ScheduleValues>();
  const [year, setYear] = useState(() => new Date().getFullYear() + 1);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: HolidayCalendarDocument, variables: { year } });
  const [{ fetching: saving }, load] = useMutation(LoadHolidayCalendarDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const current = data?.holidayCalendar;

  const fillFromCurrent = () => {
    if (!current) return;
    form.setFieldsValue({ year: current.year, source: current.source ?? '', holidays: current.holidays.join('\n'), makeUpWorkdays: current.makeUpWorkdays.join('\n') });
  };

  const submit = async (v: ScheduleValues) => {
    setFormError(null);
    const r = await load({ input: { year: v.year, source: v.source.trim(), holidays: parseDates(v.holidays), makeUpWorkdays: parseDates(v.makeUpWorkdays) } });
    const res = r.data?.loadHolidayCalendar;
    if (!res) {
      // A value the schema itself refuses (e.g. not a date) comes back as a GraphQL error naming its path.
      const msg = r.error?.graphQLErrors[0]?.message ?? '';
      const at = /at "input\.(\w+)(?:\[(\d+)\])?"/.exec(msg);
      if (at) {
        const { fields } = toFormErrors([{ field: at[2] ? `${at[1]}.${at[2]}` : at[1], message: '不是有效的日期' }], v);
        form.setFields(fields);
      }
      setFormError(operationErrorMessage(r.error) ?? '操作失败');
      return;
    }
    if (isErrorResult(res)) {
      const { fields, other } = toFormErrors(res.fieldErrors ?? [], v);
      form.setFields(fields);
      setFormError([res.message, ...other].join('；'));
      return;
    }
    message.success(`${v.year} 年节假日安排已载入，未到期的期限已按新安排重算`);
    setYear(v.year);
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={10}>
        <Card
          title="当前节假日安排"
          extra={
            <Space>
              <label htmlFor="calendar-year">年份</label>
              <InputNumber id="calendar-year" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
            </Space>
          }
          loading={fetching && !current}
        >
          {error && <Typography.Text type="danger">{operationErrorMessage(error)}</Typography.Text>}
          {current && (
            <>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="状态">{current.official ? <Tag color="green">已载入国务院安排</Tag> : <Tag color="gold">未载入（仅按周末和固定节日暂算）</Tag>}</Descriptions.Item>
                <Descriptions.Item label="发布依据">{current.source ?? '—'}</Descriptions.Item>
                <Descriptions.Item label="放假日期">{current.holidays.length} 天</Descriptions.Item>
                <Descriptions.Item label="调休上班日">{current.makeUpWorkdays.length ? current.makeUpWorkdays.join('、') : '—'}</Descriptions.Item>
              </Descriptions>
              <Typography.Paragraph type="secondary" style={{ maxHeight: 200, overflow: 'auto' }}>
                {current.holidays.join('、') || '无'}
              </Typography.Paragraph>
              <Button onClick={fillFromCurrent}>以此为底稿编辑</Button>
            </>
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card title="载入或替换一年的节假日安排">
          {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
          <Form<ScheduleValues> form={form} layout="vertical" onFinish={submit} initialValues={{ year }} onValuesChange={() => formError && setFormError(null)}>
            <Form.Item label="年份" name="year" rules={[{ required: true, message: '请填写年份' }]}>
              <InputNumber min={2000} max={2100} />
            </Form.Item>
            <Form.Item label="发布依据" name="source" rules={[{ required: true, whitespace: true, message: '请填写发布依据' }]}>
              <Input maxLength={300} placeholder="如：国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕N号）" />
            </Form.Item>
            <Form.Item label="放假日期（含假期内的周末）" name="holidays" rules={[datesRule('放假日期')]} extra="每行一个日期，或用逗号、空格分隔，格式 YYYY-MM-DD">
              <Input.TextArea rows={8} placeholder={'2027-01-01\n2027-02-05'} />
            </Form.Item>
            <Form.Item label="调休上班日（周六或周日）" name="makeUpWorkdays" rules={[datesRule('调休上班日')]}>
              <Input.TextArea rows={3} placeholder="2027-02-14" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={saving}>
              载入
            </Button>
          </Form>
        </Card>
      </Col>
    </Row>
  );
}
