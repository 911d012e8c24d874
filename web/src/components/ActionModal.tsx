import { Alert, App, Button, Form, Modal, type ButtonProps, type FormInstance, type GetRef } from 'antd';
import { useRef, useState, type ReactNode } from 'react';
import { applyFieldErrors, isErrorResult, type ErrorLike } from '../app/errors';

interface OperationResultLike<T> {
  data?: T | null;
  error?: { message: string; graphQLErrors: { message: string }[]; networkError?: Error };
}

/**
 * A button opening a modal form whose submit runs one mutation. The result union's ErrorResult members
 * show as an alert, ValidationError fieldErrors on the fields; success closes and calls onDone.
 */
export function ActionModal<V extends object, D>({
  label,
  title,
  buttonProps,
  children,
  initialValues,
  run,
  pick,
  onDone,
  okText = '确定',
  successText,
}: {
  label: ReactNode;
  title: ReactNode;
  buttonProps?: ButtonProps;
  children?: ReactNode | ((form: FormInstance<V>) => ReactNode);
  initialValues?: Partial<V>;
  run: (values: V) => Promise<OperationResultLike<D>>;
  /** The mutation's result object (the union member). */
  pick: (data: D) => ErrorLike | null | undefined;
  onDone?: () => void;
  okText?: string;
  successText?: string;
}) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<V>();
  const formRef = useRef<GetRef<typeof Form<V>>>(null);
  /**
   * Keyboard use: once open, the focus goes to the form's first field rather than the close button —
   * unless the user is already in a field (the opening animation ends late on a busy machine, and
   * taking the focus then would send the rest of their typing into the first field).
   */
  const focusFirstField = (visible: boolean) => {
    const root = formRef.current?.nativeElement;
    if (!visible || !root || root.contains(document.activeElement)) return;
    root.querySelector<HTMLElement>('input:not([type="hidden"]):not(:disabled), textarea:not(:disabled)')?.focus();
  };
  const submit = async () => {
    if (busy) return; // Enter while the mutation runs
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await run(values);
      const res = r.data ? pick(r.data) : null;
      if (!res) {
        setError(r.error?.graphQLErrors[0]?.message ?? (r.error?.networkError ? '网络错误，请重试' : '操作失败'));
        return;
      }
      if (isErrorResult(res)) {
        const rest = applyFieldErrors(form, res.fieldErrors ?? []);
        setError([res.message, ...rest.map((e) => `${e.field}：${e.message}`)].join('；'));
        return;
      }
      message.success(successText ?? '操作成功');
      setOpen(false);
      form.resetFields();
      onDone?.();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button {...buttonProps} onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal open={open} title={title} onCancel={() => setOpen(false)} onOk={submit} okText={okText} confirmLoading={busy} destroyOnHidden forceRender={false} afterOpenChange={focusFirstField}>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
        <Form<V> ref={formRef} form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
          {typeof children === 'function' ? children(form) : children}
          <button type="submit" hidden aria-hidden />
        </Form>
      </Modal>
    </>
  );
}
