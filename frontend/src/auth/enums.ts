import type { ApiKeyScope, Role } from '../gql/graphql';

// Records keyed by the generated unions: adding a value to the schema breaks the typecheck
// here until the console knows about it.
const ROLE_SET: Record<Role, true> = {
  ADMIN: true,
  PRODUCT_MANAGER: true,
  RISK_OFFICER: true,
  MARKETING: true,
  SALES: true,
  SERVICE_AGENT: true,
  ANALYST: true,
  AUDITOR: true,
};
export const ROLES = Object.keys(ROLE_SET) as Role[];

const SCOPE_SET: Record<ApiKeyScope, true> = {
  CATALOG_READ: true,
  ALERTS_SUBSCRIBE: true,
  INGEST_WRITE: true,
};
export const API_KEY_SCOPES = Object.keys(SCOPE_SET) as ApiKeyScope[];
