import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useAuth } from './auth';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** First sign-in with a one-time password: nothing else works until the password is changed. */
export function ChangePasswordPage() {
  const { changePassword, user, signOut } = useAuth();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const r = await changePassword(v.currentPassword, v.newPassword);
      if (!r.ok) {
        setError(r.message ?? '修改失败');
        const fe = r.fieldErrors ?? [];
        if (fe.length) form.setFields(fe.map((e) => ({ name: e.field === 'currentPassword' ? 'currentPassword' : 'newPassword', errors: [e.message] })));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          首次登录：请修改密码
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {user?.displayName}（{user?.username}）使用的是一次性密码。新密码至少 10 个字符，不能与用户名相同，也不能是常见密码。
        </Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item label="当前密码（一次性密码）" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="newPassword"
            rules={[
              { required: true, message: '请输入新密码' },
              { min: 10, message: '至少 10 个字符' },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="确认新密码"
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({ validator: (_, v) => (!v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致'))) }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            修改密码并继续
          </Button>
          <Button type="link" block onClick={signOut} style={{ marginTop: 8 }}>
            退出登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
