import type { RouteObject } from 'react-router';
import { guardedRoute } from '../components/guardedRoute';
import { AuditLogPage } from './pages/AuditLogPage';

export const auditRoutes: RouteObject[] = [guardedRoute('audit', <AuditLogPage />)];
