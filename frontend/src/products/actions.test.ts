import { describe, expect, it } from 'vitest';
import type { ProductStatus } from '../gql/graphql';
import { availableActions, canEdit, canRequestChange, type StatusAction } from './actions';
import { STATUSES } from './enums';

const PM = ['product:read', 'product:write', 'product:suspend', 'catalog:read'];
const RISK = ['product:read', 'product:approve', 'product:suspend', 'catalog:read'];
const AUDITOR = ['product:read', 'audit:read'];

const names = (status: ProductStatus, permissions: string[]) =>
  availableActions(status, permissions).map((a) => a.action);

describe('availableActions', () => {
  it('follows the lifecycle for a product manager', () => {
    const expected: Record<ProductStatus, StatusAction[]> = {
      DRAFT: ['submit'],
      PENDING_REVIEW: [],
      APPROVED: ['launch'],
      ON_SALE: ['suspend', 'takeOffline'],
      SUSPENDED: ['resume', 'takeOffline'],
      OFFLINE: ['retire'],
      RETIRED: [],
    };
    for (const status of STATUSES) expect(names(status, PM), status).toEqual(expected[status]);
  });

  it('lets a risk officer review, suspend and resume, but not publish', () => {
    const expected: Record<ProductStatus, StatusAction[]> = {
      DRAFT: [],
      PENDING_REVIEW: ['approve', 'reject'],
      APPROVED: [],
      ON_SALE: ['suspend'],
      SUSPENDED: ['resume'],
      OFFLINE: [],
      RETIRED: [],
    };
    for (const status of STATUSES) expect(names(status, RISK), status).toEqual(expected[status]);
  });

  it('shows resuming a risk suspension disabled to those without product:resume_risk', () => {
    const byPm = availableActions('SUSPENDED', PM, { suspendedByRisk: true });
    expect(byPm.find((a) => a.action === 'resume')?.disabledReason).toBe('product.action.riskSuspension');
    const byRisk = availableActions('SUSPENDED', [...RISK, 'product:resume_risk'], { suspendedByRisk: true });
    expect(byRisk.find((a) => a.action === 'resume')?.disabledReason).toBeUndefined();
    expect(availableActions('SUSPENDED', PM).find((a) => a.action === 'resume')?.disabledReason).toBeUndefined();
  });

  it('offers a read-only user nothing', () => {
    for (const status of STATUSES) expect(names(status, AUDITOR), status).toEqual([]);
  });

  it('shows approving one’s own submission disabled', () => {
    const actions = availableActions('PENDING_REVIEW', [...PM, ...RISK], { isSubmitter: true });
    expect(actions).toEqual([
      { action: 'approve', disabledReason: 'product.action.ownSubmission' },
      { action: 'reject', disabledReason: 'product.action.ownSubmission' },
    ]);
  });
});

describe('edit and change requests', () => {
  it('edits drafts only, and requests changes of published products only', () => {
    expect(STATUSES.filter((s) => canEdit(s, PM))).toEqual(['DRAFT']);
    expect(STATUSES.filter((s) => canRequestChange(s, PM))).toEqual(['APPROVED', 'ON_SALE', 'SUSPENDED']);
    expect(STATUSES.filter((s) => canEdit(s, RISK) || canRequestChange(s, RISK))).toEqual([]);
  });
});
