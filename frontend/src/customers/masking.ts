// What the console shows of a customer's PII. The server always sends masked values
// (110105********1234, 138****5678, 622588******1234); a caller holding customer:read_pii may
// ask for the plaintext with a reason, and the console shows it for a minute only.

export const REVEAL_SECONDS = 60;

export interface RevealedPii {
  idNumber?: string | null;
  phone?: string | null;
  /** Plain card numbers by holding id. */
  cards: Record<string, string>;
  /** When the plaintext must be hidden again (ms since the epoch). */
  expiresAt: number;
}

/** Whether a value looks masked (it holds the server's mask character). */
export function isMasked(value: string | null | undefined): boolean {
  return !!value && value.includes('*');
}

/** The revealed value while the reveal is live, else the masked one (or the fallback when empty). */
export function displayPii(
  masked: string | null | undefined,
  revealed: string | null | undefined,
  reveal: Pick<RevealedPii, 'expiresAt'> | null,
  now: number,
  fallback = '—',
): string {
  if (reveal && now < reveal.expiresAt && revealed) return revealed;
  return masked || fallback;
}

/** Whole seconds left before a reveal ends (0 when over or absent). */
export function secondsLeft(reveal: Pick<RevealedPii, 'expiresAt'> | null, now: number): number {
  if (!reveal) return 0;
  return Math.max(0, Math.ceil((reveal.expiresAt - now) / 1000));
}

/** The answer of customerPiiReveal as a timed reveal. */
export function revealFromAnswer(
  answer: { idNumber?: string | null; phone?: string | null; cards?: readonly { holdingId: string; cardNumber: string }[] | null },
  now: number,
): RevealedPii {
  const cards: Record<string, string> = {};
  for (const card of answer.cards ?? []) cards[card.holdingId] = card.cardNumber;
  return { idNumber: answer.idNumber ?? null, phone: answer.phone ?? null, cards, expiresAt: now + REVEAL_SECONDS * 1000 };
}
