import { useMemo, type ComponentProps } from 'react';
import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp, ConfigProvider } from 'antd';
import enUSAntd from 'antd/locale/en_US';
import zhCNAntd from 'antd/locale/zh_CN';
import { createBrowserRouter, RouterProvider, type createMemoryRouter } from 'react-router';
import { SessionProvider } from './auth/SessionProvider';
import { I18nProvider } from './i18n/I18nProvider';
import { useI18n } from './i18n/useI18n';
import type { Locale } from './i18n/messages';
import { routes } from './routes';

// Under vitest: no motion (tests would wait for every open/close animation) and no style tags in
// jsdom's document (jsdom re-reads every sheet on each getComputedStyle, which role queries call
// for each element). Vite replaces the mode at build time, so the console itself is unaffected.
const IN_TESTS = import.meta.env.MODE === 'test';
const THEME = { token: { colorPrimary: '#1677ff', ...(IN_TESTS ? { motion: false } : {}) } };

type Router = ReturnType<typeof createBrowserRouter> | ReturnType<typeof createMemoryRouter>;

function ThemedApp({ router, createClient }: { router?: Router; createClient?: ComponentProps<typeof SessionProvider>['createClient'] }) {
  const { locale } = useI18n();
  const appRouter = useMemo(() => router ?? createBrowserRouter(routes), [router]);
  return (
    <StyleProvider mock={IN_TESTS ? 'server' : undefined}>
      <ConfigProvider locale={locale === 'zh-CN' ? zhCNAntd : enUSAntd} theme={THEME}>
        <AntApp>
          <SessionProvider createClient={createClient}>
            <RouterProvider router={appRouter} />
          </SessionProvider>
        </AntApp>
      </ConfigProvider>
    </StyleProvider>
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
