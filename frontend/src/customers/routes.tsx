import type { RouteObject } from 'react-router';
import { guardedRoute } from '../components/guardedRoute';
import { RequirePermission } from '../components/guards';
import { CustomerPage } from './pages/CustomerPage';
import { CustomerSearchPage } from './pages/CustomerSearchPage';
import { ForecastPage } from './pages/ForecastPage';
import { ImportPage } from './pages/ImportPage';
import { NeedsDashboardPage } from './pages/NeedsDashboardPage';
import { SegmentBuilderPage } from './pages/SegmentBuilderPage';
import { SegmentListPage } from './pages/SegmentListPage';
import { SegmentPage } from './pages/SegmentPage';

const read = (element: React.ReactNode) => <RequirePermission permission="customer:read">{element}</RequirePermission>;
const writeSegments = (element: React.ReactNode) => <RequirePermission permission="segment:write">{element}</RequirePermission>;

// Literal paths (segments, needs, forecast, import) rank above /customers/:id in react-router.
export const customerRoutes: RouteObject[] = [
  guardedRoute('customers', <CustomerSearchPage />),
  guardedRoute('segments', <SegmentListPage />),
  guardedRoute('needs', <NeedsDashboardPage />),
  guardedRoute('forecast', <ForecastPage />),
  guardedRoute('customerImport', <ImportPage />),
  { path: '/customers/segments/new', element: writeSegments(<SegmentBuilderPage />) },
  { path: '/customers/segments/:id', element: read(<SegmentPage />) },
  { path: '/customers/segments/:id/edit', element: writeSegments(<SegmentBuilderPage />) },
  { path: '/customers/:id', element: read(<CustomerPage />) },
];
