import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { BankOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { useClient, useMutation } from 'urql';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { describeError } from '../api/errors';
import { userErrorMessage } from '../api/userErrors';
import { LanguageSwitch } from '../components/AppLayout';
import { useI18n } from '../i18n/useI18n';
import { useAuth } from './AuthContext';
import { loginMutation } from './mutations';
import { meQuery } from './queries';

interface SignInValues {
  username: string;
  password: string;
}

interface LocationState {
  from?: string;
  signedOut?: boolean;
}

export function SignInPage() {
  const { t, tr, locale } = useI18n();
  const auth = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const state = (location.state ?? {}) as LocationState;
  const client = useClient();
  const [form] = Form.useForm<SignInValues>();
  const [{ fetching }, login] = useMutation(loginMutation);
  const [problem, setProblem] = useState<{ message: string; correlationId?: string } | null>(null);
  const [waitingForSession, setWaitingForSession] = useState(false);

  const target = state.from && state.from !== '/login' ? state.from : '/';

  useEffect(() => {
    if (waitingForSession && auth.status === 'signedIn') navigate(target, { replace: true });
  }, [waitingForSession, auth.status, navigate, target]);

  if (auth.status === 'signedIn' && !waitingForSession) return <Navigate to={target} replace />;

  const onFinish = async (values: SignInValues) => {
    setProblem(null);
    const result = await login({ username: values.username.trim(), password: values.password });
    if (result.error) {
      setProblem(describeError(result.error, t));
      return;
    }
    const payload = result.data?.login;
    if (!payload) return;
    if (payload.errors.length > 0) {
      const first = payload.errors[0];
      setProblem({ message: userErrorMessage(first, locale, tr) });
      form.setFieldValue('password', '');
      return;
    }
    // Confirm the session cookie took before leaving the page, so a browser that refused it
    // gets an explanation instead of being bounced back here.
    const check = await client.query(meQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    if (!check.data?.me) {
      setProblem(check.error ? describeError(check.error, t) : { message: t('error.unexpected') });
      return;
    }
    setWaitingForSession(true);
    auth.refresh();
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(160deg, #e6f0ff 0%, #f5f7fa 60%)',
        padding: 16,
      }}
    >
      <div style={{ position: 'absolute', top: 16, right: 24 }}>
        <LanguageSwitch />
      </div>
      <Card style={{ width: 400, maxWidth: '100%' }} data-testid="sign-in-card">
        <Space orientation="vertical" size="small" style={{ width: '100%', marginBottom: 24, textAlign: 'center' }}>
          <BankOutlined style={{ fontSize: 40, color: '#1677ff' }} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('auth.signInSubtitle')}</Typography.Text>
        </Space>
        {auth.sessionExpired && !problem && (
          <Alert type="warning" showIcon title={t('auth.sessionExpired')} style={{ marginBottom: 16 }} />
        )}
        {state.signedOut && !problem && !auth.sessionExpired && (
          <Alert type="success" showIcon title={t('auth.signedOut')} style={{ marginBottom: 16 }} />
        )}
        {problem && (
          <Alert
            type="error"
            showIcon
            data-testid="sign-in-error"
            title={problem.message}
            description={problem.correlationId ? t('error.correlationId', { id: problem.correlationId }) : undefined}
            style={{ marginBottom: 16 }}
          />
        )}
        <Form<SignInValues>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          requiredMark={false}
          disabled={fetching || waitingForSession}
          name="sign-in"
        >
          <Form.Item
            label={t('auth.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
          >
            <Input
              prefix={<UserOutlined />}
              autoComplete="username"
              autoFocus
              data-testid="sign-in-username"
            />
          </Form.Item>
          <Form.Item
            label={t('auth.password')}
            name="password"
            rules={[{ required: true, message: t('auth.passwordRequired') }]}
          >
            <Input.Password
              prefix={<LockOutlined />}
              autoComplete="current-password"
              data-testid="sign-in-password"
            />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={fetching || waitingForSession}
            data-testid="sign-in-submit"
          >
            {t('auth.signIn')}
          </Button>
        </Form>
      </Card>
      <Typography.Text type="secondary" style={{ marginTop: 24 }}>
        {t('app.shortName')} · {t('app.name')}
      </Typography.Text>
    </div>
  );
}
