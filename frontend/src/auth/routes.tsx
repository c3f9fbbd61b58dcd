import type { RouteObject } from 'react-router';
import { guardedRoute } from '../components/guardedRoute';
import { ApiKeysPage } from './pages/ApiKeysPage';
import { RolesPage } from './pages/RolesPage';
import { UsersPage } from './pages/UsersPage';

export const authRoutes: RouteObject[] = [
  guardedRoute('users', <UsersPage />),
  guardedRoute('roles', <RolesPage />),
  guardedRoute('apiKeys', <ApiKeysPage />),
];
