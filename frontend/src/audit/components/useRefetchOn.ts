import { useCallback, useEffect, useRef } from 'react';
import type { UseQueryExecute } from 'urql';

/** A refetch from the network, run again whenever `refreshToken` changes (the page's
 * refresh button bumps it); returned for the table's retry button too. */
export function useRefetchOn(refreshToken: number, reexecute: UseQueryExecute): () => void {
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const seenToken = useRef(refreshToken);
  useEffect(() => {
    if (seenToken.current !== refreshToken) {
      seenToken.current = refreshToken;
      refetch();
    }
  }, [refreshToken, refetch]);
  return refetch;
}
