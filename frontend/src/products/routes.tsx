import type { RouteObject } from 'react-router';
import { guardedRoute } from '../components/guardedRoute';
import { RequirePermission } from '../components/guards';
import { BenchmarkRatesPage } from './pages/BenchmarkRatesPage';
import { ChangeRequestQueuePage } from './pages/ChangeRequestQueuePage';
import { FxRatesPage } from './pages/FxRatesPage';
import { ProductComparePage } from './pages/ProductComparePage';
import { ProductListPage } from './pages/ProductListPage';
import { ProductPage } from './pages/ProductPage';
import { ProductCreatePage, ProductEditPage } from './pages/ProductWizardPages';

const read = (element: React.ReactNode) => <RequirePermission permission="product:read">{element}</RequirePermission>;
const write = (element: React.ReactNode) => <RequirePermission permission="product:write">{element}</RequirePermission>;

// Literal paths (new, compare, change-requests, fx-rates, benchmark-rates) rank above /products/:id in react-router.
export const productRoutes: RouteObject[] = [
  guardedRoute('products', <ProductListPage />),
  guardedRoute('productChangeRequests', <ChangeRequestQueuePage />),
  guardedRoute('fxRates', <FxRatesPage />),
  guardedRoute('benchmarkRates', <BenchmarkRatesPage />),
  { path: '/products/new', element: write(<ProductCreatePage />) },
  { path: '/products/compare', element: read(<ProductComparePage />) },
  { path: '/products/:id', element: read(<ProductPage />) },
  { path: '/products/:id/edit', element: write(<ProductEditPage />) },
];
