import { describe, expect, it } from 'vitest';
import { displayPii, isMasked, REVEAL_SECONDS, revealFromAnswer, secondsLeft } from './masking';

describe('PII display', () => {
  const now = 1_000_000;
  const reveal = revealFromAnswer(
    { idNumber: '110105199001011234', phone: '13812345678', cards: [{ holdingId: 'SG9sZGluZzox', cardNumber: '6225880012341234' }] },
    now,
  );

  it('shows the masked value until a reveal, and the plaintext while it lasts', () => {
    expect(displayPii('110105********1234', undefined, null, now)).toBe('110105********1234');
    expect(displayPii('110105********1234', reveal.idNumber, reveal, now + 1000)).toBe('110105199001011234');
    expect(displayPii('622588******1234', reveal.cards['SG9sZGluZzox'], reveal, now)).toBe('6225880012341234');
  });

  it('masks again once the minute is over', () => {
    const later = now + REVEAL_SECONDS * 1000;
    expect(displayPii('138****5678', reveal.phone, reveal, later)).toBe('138****5678');
    expect(secondsLeft(reveal, now)).toBe(60);
    expect(secondsLeft(reveal, now + 59_500)).toBe(1);
    expect(secondsLeft(reveal, later)).toBe(0);
    expect(secondsLeft(null, now)).toBe(0);
  });

  it('keeps the masked value when the reveal has nothing for a field, and a dash when empty', () => {
    expect(displayPii('138****5678', null, reveal, now)).toBe('138****5678');
    expect(displayPii(null, undefined, null, now)).toBe('—');
  });

  it('recognises masked values', () => {
    expect(isMasked('110105********1234')).toBe(true);
    expect(isMasked('110105199001011234')).toBe(false);
    expect(isMasked(null)).toBe(false);
  });
});
