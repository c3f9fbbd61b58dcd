import type { CombinedError } from '@urql/core';
import type { MessageKey } from '../i18n/messages';

export const UNAUTHENTICATED = 'UNAUTHENTICATED';
export const FORBIDDEN = 'FORBIDDEN';

function codes(error: CombinedError): string[] {
  return error.graphQLErrors.map((e) => String(e.extensions?.code ?? ''));
}

export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return !!error && codes(error).includes(UNAUTHENTICATED);
}

export function isForbidden(error: CombinedError | undefined): boolean {
  return !!error && codes(error).includes(FORBIDDEN);
}

export interface Problem {
  /** What to show as the main text. */
  message: string;
  /** The id the server logged the failure under, when it gave one. */
  correlationId?: string;
}

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CORRELATION_IN_MESSAGE = /correlation[ _-]?id[^\w]*([\w-]{6,})/i;

/** Turn a failed operation into text a person can act on. */
export function describeError(error: CombinedError, t: Translate): Problem {
  const first = error.graphQLErrors[0];
  if (!first) {
    return { message: t('error.network') };
  }
  const code = String(first.extensions?.code ?? '');
  if (code === UNAUTHENTICATED) return { message: t('error.UNAUTHENTICATED') };
  if (code === FORBIDDEN) return { message: t('error.FORBIDDEN') };
  const ext = first.extensions ?? {};
  const fromExtensions = ext.correlationId ?? ext.correlation_id;
  const correlationId =
    typeof fromExtensions === 'string'
      ? fromExtensions
      : (CORRELATION_IN_MESSAGE.exec(first.message)?.[1] ?? undefined);
  // A masked unexpected error says nothing useful beyond its correlation id.
  if (correlationId) return { message: t('error.unexpected'), correlationId };
  return { message: first.message || t('error.unexpected') };
}
