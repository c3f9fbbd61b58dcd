import type { ProductStatus } from '../gql/graphql';

/** A lifecycle step a user may take on a product from the product page. */
export type StatusAction = 'submit' | 'approve' | 'reject' | 'launch' | 'suspend' | 'resume' | 'takeOffline' | 'retire';

interface ActionRule {
  from: readonly ProductStatus[];
  permission: string;
  /** The action asks for a reason (reject, suspend, take offline); others ask to confirm. */
  needsReason: boolean;
  /** Only someone other than the submitter may take it (maker ≠ checker). */
  checker?: boolean;
  danger?: boolean;
}

/** The lifecycle the server enforces, and who may move a product along it. */
export const ACTION_RULES: Readonly<Record<StatusAction, ActionRule>> = {
  submit: { from: ['DRAFT'], permission: 'product:write', needsReason: false },
  approve: { from: ['PENDING_REVIEW'], permission: 'product:approve', needsReason: false, checker: true },
  reject: { from: ['PENDING_REVIEW'], permission: 'product:approve', needsReason: true, checker: true, danger: true },
  launch: { from: ['APPROVED'], permission: 'product:write', needsReason: false },
  suspend: { from: ['ON_SALE'], permission: 'product:suspend', needsReason: true, danger: true },
  resume: { from: ['SUSPENDED'], permission: 'product:suspend', needsReason: false },
  takeOffline: { from: ['ON_SALE', 'SUSPENDED'], permission: 'product:write', needsReason: true, danger: true },
  retire: { from: ['OFFLINE'], permission: 'product:write', needsReason: false, danger: true },
};

export const STATUS_ACTIONS = Object.keys(ACTION_RULES) as StatusAction[];

export interface ActionAvailability {
  action: StatusAction;
  /** Set when the button is shown but cannot be used, with the reason's i18n key. */
  disabledReason?: 'product.action.ownSubmission' | 'product.action.riskSuspension';
}

/**
 * The actions to offer for a product in `status` to a user holding `permissions`. Actions the
 * user may never take are left out; approving one's own submission is shown disabled, since
 * the server refuses it (maker ≠ checker), and so is resuming what risk control suspended
 * without `product:resume_risk`.
 */
export function availableActions(
  status: ProductStatus,
  permissions: readonly string[],
  { isSubmitter = false, suspendedByRisk = false }: { isSubmitter?: boolean; suspendedByRisk?: boolean } = {},
): ActionAvailability[] {
  const held = new Set(permissions);
  return STATUS_ACTIONS.filter((action) => {
    const rule = ACTION_RULES[action];
    return rule.from.includes(status) && held.has(rule.permission);
  }).map((action) => {
    if (ACTION_RULES[action].checker && isSubmitter) return { action, disabledReason: 'product.action.ownSubmission' as const };
    if (action === 'resume' && suspendedByRisk && !held.has('product:resume_risk')) {
      return { action, disabledReason: 'product.action.riskSuspension' as const };
    }
    return { action };
  });
}

/** Drafts are edited in place; published products change through change requests. */
export function canEdit(status: ProductStatus, permissions: readonly string[]): boolean {
  return status === 'DRAFT' && permissions.includes('product:write');
}

export const CHANGE_REQUEST_STATUSES_OF_PRODUCT: readonly ProductStatus[] = ['APPROVED', 'ON_SALE', 'SUSPENDED'];

export function canRequestChange(status: ProductStatus, permissions: readonly string[]): boolean {
  return CHANGE_REQUEST_STATUSES_OF_PRODUCT.includes(status) && permissions.includes('product:write');
}

export function canUploadDocument(status: ProductStatus, permissions: readonly string[]): boolean {
  return status !== 'RETIRED' && permissions.includes('product:write');
}
