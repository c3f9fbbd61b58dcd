import type { ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { hasPermission, useAuth } from '../auth/AuthContext';
import { useI18n } from '../i18n/useI18n';
import { ErrorAlert } from './ErrorAlert';

export function FullPageSpin() {
  const { t } = useI18n();
  return (
    <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }} data-testid="app-loading">
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}

/** Render the signed-in part of the console, or send the visitor to the sign-in page. */
export function RequireAuth() {
  const auth = useAuth();
  const location = useLocation();
  if (auth.status === 'loading') return <FullPageSpin />;
  if (auth.status === 'error' && auth.error) {
    return (
      <div style={{ maxWidth: 640, margin: '15vh auto', padding: 16 }}>
        <ErrorAlert error={auth.error} onRetry={auth.refresh} />
      </div>
    );
  }
  if (auth.status !== 'signedIn') {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }
  return <Outlet />;
}

export function Forbidden() {
  const { t } = useI18n();
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.description')}
      data-testid="forbidden"
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

export function NotFound() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={t('notFound.title')}
      subTitle={t('notFound.description')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}

/** Show the page only to users holding `permission`; the server checks again anyway. */
export function RequirePermission({ permission, children }: { permission: string; children: ReactNode }) {
  const { me } = useAuth();
  return hasPermission(me, permission) ? <>{children}</> : <Forbidden />;
}
