import { useMemo, type ComponentProps } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import { createBrowserRouter, RouterProvider, type createMemoryRouter } from 'react-router';
import { SessionProvider } from './auth/SessionProvider';
import { I18nProvider } from './i18n/I18nProvider';
import { useI18n } from './i18n/useI18n';
import type { Locale } from './i18n/messages';
import { routes } from './routes';

type Router = ReturnType<typeof createBrowserRouter> | ReturnType<typeof createMemoryRouter>;

function ThemedApp({ router, createClient }: { router?: Router; createClient?: ComponentProps<typeof SessionProvider>['createClient'] }) {
  const { locale } = useI18n();
  const appRouter = useMemo(() => router ?? createBrowserRouter(routes), [router]);
  return (
    <ConfigProvider locale={locale === 'zh-CN' ? zhCNAntd : enUSAntd} theme={{ token: { colorPrimary: '#1677ff' } }}>
      <AntApp>
        <SessionProvider createClient={createClient}>
          <RouterProvider router={appRouter} />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}

/**
 * The whole console. Tests pass a memory router and a client factory; the browser gets the
 * real GraphQL client and the history router.
 */
export function App(props: {
  router?: Router;
  createClient?: ComponentProps<typeof SessionProvider>['createClient'];
  initialLocale?: Locale;
}) {
  return (
    <I18nProvider initialLocale={props.initialLocale}>
      <ThemedApp router={props.router} createClient={props.createClient} />
    </I18nProvider>
  );
}
