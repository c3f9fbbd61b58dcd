import { describe, expect, it } from 'vitest';
import { uploadNeedsChangeRequest } from './components/DocumentsTab';

describe('documents of a live product', () => {
  it('go through a change request when customer-facing, as the server decides', () => {
    expect(uploadNeedsChangeRequest('ON_SALE', 'PROSPECTUS')).toBe(true);
    expect(uploadNeedsChangeRequest('SUSPENDED', 'RISK_DISCLOSURE')).toBe(true);
    expect(uploadNeedsChangeRequest('ON_SALE', 'OTHER')).toBe(false);
    expect(uploadNeedsChangeRequest('DRAFT', 'PROSPECTUS')).toBe(false);
    expect(uploadNeedsChangeRequest('ON_SALE', undefined)).toBe(false);
  });
});
