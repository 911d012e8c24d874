import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Modal, Typography, type InputRef } from 'antd';
import { Link } from 'react-router-dom';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from './auth';

interface Values {
  username: string;
  password: string;
}

function SignInForm({ username, onDone }: { username?: string; onDone?: () => void }) {
  const { signIn } = useAuth();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The field to type in first has the focus: the password when the username is known (signing in
  // again over a form). Set after the dialog's own focus handling, which without animations
  // (reduced motion) would take an autoFocus away again.
  const first = useRef<InputRef>(null);
  useEffect(() => {
    const t = setTimeout(() => first.current?.focus(), 0);
    return () => clearTimeout(t);
  }, []);
  const onFinish = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const r = await signIn(v.username.trim(), v.password);
      if (!r.ok) setError(r.message ?? '登录失败');
      else onDone?.();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<Values> layout="vertical" onFinish={onFinish} initialValues={{ username }} requiredMark={false} autoComplete="on">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
        <Input prefix={<UserOutlined />} autoComplete="username" ref={username ? undefined : first} />
      </Form.Item>
      <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" ref={username ? first : undefined} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        登录
      </Button>
    </Form>
  );
}

export function SignInPage() {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>
          杭州市社会矛盾纠纷调处化解中心
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          工作人员登录
        </Typography.Paragraph>
        <SignInForm />
        <Typography.Paragraph style={{ textAlign: 'center', marginTop: 16, marginBottom: 0 }}>
          <Link to="/public">典型案例与公开数据（无需登录）</Link>
        </Typography.Paragraph>
      </Card>
    </div>
  );
}

/** Shown over the current screen when the session expired: what was being typed stays. */
export function ReauthModal() {
  const { expired, user, signOut } = useAuth();
  return (
    <Modal open={expired} title="登录已过期，请重新登录" closable={false} maskClosable={false} keyboard={false} footer={null} destroyOnHidden>
      <Typography.Paragraph type="secondary">正在填写的内容已保留；重新登录后可继续操作。</Typography.Paragraph>
      <SignInForm username={user?.username} />
      <Button type="link" onClick={signOut} style={{ paddingLeft: 0, marginTop: 8 }}>
        以其他账号登录
      </Button>
    </Modal>
  );
}
