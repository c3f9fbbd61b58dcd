import { useCallback, useMemo, useState } from 'react';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

interface PagingState {
  pageSize: number;
  /** `after` cursor of every page visited so far; the last one is the current page. */
  afters: (string | null)[];
}

export interface CursorPaging {
  variables: { first: number; after: string | null };
  /** 1-based number of the current page. */
  page: number;
  pageSize: number;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
  first: () => void;
  setPageSize: (size: number) => void;
}

/**
 * Page through a Relay connection with `first`/`after`. Cursors are opaque, so the pages are
 * walked in order: the cursor that opened each visited page is kept to go back.
 */
export function useCursorPaging(initialPageSize: number = DEFAULT_PAGE_SIZE): CursorPaging {
  const [state, setState] = useState<PagingState>({ pageSize: initialPageSize, afters: [null] });

  const next = useCallback((endCursor: string | null | undefined) => {
    if (!endCursor) return;
    setState((s) => ({ ...s, afters: [...s.afters, endCursor] }));
  }, []);
  const previous = useCallback(() => {
    setState((s) => (s.afters.length > 1 ? { ...s, afters: s.afters.slice(0, -1) } : s));
  }, []);
  const first = useCallback(() => setState((s) => ({ ...s, afters: [null] })), []);
  const setPageSize = useCallback((size: number) => setState({ pageSize: size, afters: [null] }), []);

  const after = state.afters[state.afters.length - 1];
  const variables = useMemo(() => ({ first: state.pageSize, after }), [state.pageSize, after]);

  return {
    variables,
    page: state.afters.length,
    pageSize: state.pageSize,
    next,
    previous,
    first,
    setPageSize,
  };
}
