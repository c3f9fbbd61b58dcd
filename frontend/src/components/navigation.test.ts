import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, navItemForPath, visibleNavItems } from './navigation';

const ADMIN = ['product:read', 'user:read', 'user:write', 'apikey:read', 'apikey:write', 'audit:read', 'settings:write'];
const AUDITOR = ['product:read', 'customer:read', 'sales:read', 'report:read', 'audit:read'];
const SALES = ['product:read', 'customer:read', 'customer:write', 'sales:read', 'sales:write'];

const keys = (permissions: string[]) => visibleNavItems(permissions).map((item) => item.key);

describe('visibleNavItems', () => {
  it('gives an administrator the administration pages and the audit log', () => {
    expect(keys(ADMIN)).toEqual(['home', 'products', 'fxRates', 'benchmarkRates', 'audit', 'users', 'roles', 'apiKeys']);
  });

  it('gives an auditor the audit log but no user or key administration', () => {
    const visible = keys(AUDITOR);
    expect(visible).toContain('audit');
    expect(visible).not.toContain('users');
    expect(visible).not.toContain('roles');
    expect(visible).not.toContain('apiKeys');
  });

  it('gives someone without any listed permission the home page only', () => {
    expect(keys(['sales:read'])).toEqual(['home']);
    expect(keys([])).toEqual(['home']);
  });

  it('shows every reader the product catalog and the exchange rates, and the change-request queue to checkers only', () => {
    expect(keys(SALES)).toEqual(['home', 'products', 'fxRates', 'benchmarkRates', 'customers', 'segments', 'needs']);
    expect(keys(['product:read', 'product:write', 'product:suspend'])).toEqual(['home', 'products', 'fxRates', 'benchmarkRates']);
    expect(keys(['product:read', 'product:approve', 'product:suspend'])).toEqual(['home', 'products', 'productChangeRequests', 'fxRates', 'benchmarkRates']);
  });

  it('follows permissions, not roles: API keys alone need apikey:read', () => {
    expect(keys(['apikey:read'])).toEqual(['home', 'apiKeys']);
  });

  it('keeps a future domain entry hidden until its permission is held', () => {
    const withProducts = [
      ...NAV_ITEMS,
      { key: 'campaigns', path: '/campaigns', labelKey: 'menu.home' as const, icon: null, permission: 'marketing:read', group: 'main' as const },
    ];
    expect(visibleNavItems(['marketing:read'], withProducts).map((i) => i.key)).toEqual(['home', 'campaigns']);
    expect(visibleNavItems([], withProducts).map((i) => i.key)).toEqual(['home']);
  });
});

describe('customers menu', () => {
  const ANALYST = ['product:read', 'customer:read', 'report:read', 'segment:write', 'need:write'];

  it('shows the customer pages by permission: forecasts need report:read, import customer:import', () => {
    expect(keys(ANALYST)).toEqual(['home', 'products', 'fxRates', 'benchmarkRates', 'customers', 'segments', 'needs', 'forecast', 'performanceReport']);
    expect(keys([...ANALYST, 'customer:import'])).toContain('customerImport');
    expect(keys(['product:read', 'customer:read'])).toEqual(['home', 'products', 'fxRates', 'benchmarkRates', 'customers', 'segments', 'needs']);
    expect(keys(['customer:import'])).toEqual(['home', 'customerImport']);
  });

  it('puts every customer page in the customers submenu', () => {
    const entries = NAV_ITEMS.filter((item) => item.path.startsWith('/customers'));
    expect(entries.map((item) => item.parent)).toEqual(entries.map(() => 'customers'));
  });

  it('selects the customer search for a customer 360 page and the segments entry below it', () => {
    expect(navItemForPath('/customers/Q3VzdG9tZXI6MQ==')?.key).toBe('customers');
    expect(navItemForPath('/customers/segments/new')?.key).toBe('segments');
    expect(navItemForPath('/customers/import')?.key).toBe('customerImport');
  });
});

describe('navItemForPath', () => {
  it('selects the most specific entry', () => {
    expect(navItemForPath('/')?.key).toBe('home');
    expect(navItemForPath('/admin/users')?.key).toBe('users');
    expect(navItemForPath('/admin/users/42')?.key).toBe('users');
    expect(navItemForPath('/audit')?.key).toBe('audit');
    expect(navItemForPath('/products/UHJvZHVjdDox')?.key).toBe('products');
    expect(navItemForPath('/products/change-requests')?.key).toBe('productChangeRequests');
    expect(navItemForPath('/admin/usersx')).toBeUndefined();
  });
});
