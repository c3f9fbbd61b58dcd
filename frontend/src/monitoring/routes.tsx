import type { RouteObject } from 'react-router';
import { guardedRoute } from '../components/guardedRoute';
import { RequirePermission } from '../components/guards';
import { performanceRoutes } from './performance/routes';
import { AlertFeedPage } from './pages/AlertFeedPage';
import { AlertListPage } from './pages/AlertListPage';
import { AlertPage } from './pages/AlertPage';
import { MonitoringDashboardPage } from './pages/MonitoringDashboardPage';
import { RiskRulesPage } from './pages/RiskRulesPage';

const read = (element: React.ReactNode) => <RequirePermission permission="monitoring:read">{element}</RequirePermission>;

export const monitoringRoutes: RouteObject[] = [
  guardedRoute('monitoringDashboard', <MonitoringDashboardPage />),
  guardedRoute('alertFeed', <AlertFeedPage />),
  guardedRoute('alerts', <AlertListPage />),
  guardedRoute('riskRules', <RiskRulesPage />),
  { path: '/monitoring/alerts/:id', element: read(<AlertPage />) },
  // Performance evaluation is part of monitoring; its pages keep their /performance/* links.
  ...performanceRoutes,
];
