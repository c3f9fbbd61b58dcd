import type { RouteObject } from 'react-router';
import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import { SignInPage } from './auth/SignInPage';
import { AppLayout } from './components/AppLayout';
import { NotFound, RequireAuth } from './components/guards';
import { HomePage } from './home/HomePage';
import { productRoutes } from './products/routes';
import { customerRoutes } from './customers/routes';
import { monitoringRoutes } from './monitoring/routes';

/** Every page of the console; each domain contributes its own routes. */
export const routes: RouteObject[] = [
  { path: '/login', element: <SignInPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [{ index: true, element: <HomePage /> }, ...productRoutes, ...customerRoutes, ...monitoringRoutes, ...authRoutes, ...auditRoutes, { path: '*', element: <NotFound /> }],
      },
    ],
  },
];
