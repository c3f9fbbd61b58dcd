import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { toAccessFilter } from './pages/AuditLogPage';

describe('toAccessFilter', () => {
  it('sends only the criteria given, trimmed, with the time range as instants', () => {
    const from = dayjs('2026-12-03T10:00:00+08:00');
    expect(toAccessFilter({ actorName: '  heavy ', customerNo: '', kinds: [], range: [from, null] })).toEqual({
      actorName: 'heavy',
      customerNo: undefined,
      kinds: undefined,
      seenAfter: '2026-12-03T02:00:00.000Z',
      seenBefore: undefined,
    });
    expect(toAccessFilter({ customerNo: 'A0000001', kinds: ['VIEW', 'EXPORT'] })).toEqual({
      actorName: undefined,
      customerNo: 'A0000001',
      kinds: ['VIEW', 'EXPORT'],
      seenAfter: undefined,
      seenBefore: undefined,
    });
  });
});
