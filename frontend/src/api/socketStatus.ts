// The state of the console's GraphQL websocket, for pages that show whether live data flows
// (the alert feed's "connected / reconnecting" indicator) and catch up after a reconnect.

/**
 * idle: no subscription, no socket (it opens lazily); connecting: first attempt;
 * connected: acknowledged by the server; reconnecting: the socket dropped while subscriptions
 * were active and the client is retrying; failed: the server refused the connection
 * (signed out) and the client gave up.
 */
export type SocketStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'failed';

export interface SocketState {
  status: SocketStatus;
  /** How many times the socket was acknowledged; a subscriber catches up when it grows. */
  connections: number;
}

type Listener = () => void;

/** A tiny observable store (for `useSyncExternalStore`) fed by the websocket client's events. */
export class SocketMonitor {
  private state: SocketState = { status: 'idle', connections: 0 };
  private listeners = new Set<Listener>();
  private active = 0;

  getSnapshot = (): SocketState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<SocketState>) {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
  }

  /** The client started a (re)connection attempt. */
  connecting(isRetry: boolean) {
    this.set({ status: isRetry || this.state.connections > 0 ? 'reconnecting' : 'connecting' });
  }

  /** The server acknowledged the connection. */
  connected() {
    this.set({ status: 'connected', connections: this.state.connections + 1 });
  }

  /** The socket closed: the client retries while subscriptions are active, else it idles. */
  closed() {
    if (this.state.status === 'failed') return;
    this.set({ status: this.active > 0 ? 'reconnecting' : 'idle' });
  }

  /** The client gave up on the socket (a fatal close, such as a refused sign-in). */
  failed() {
    this.set({ status: 'failed' });
  }

  subscriptionStarted() {
    this.active += 1;
    if (this.state.status === 'failed') this.set({ status: 'connecting' });
  }

  subscriptionEnded() {
    this.active = Math.max(0, this.active - 1);
  }
}

/** Close code the server sends when `connection_init` carries no valid session (Forbidden). */
export const CLOSE_FORBIDDEN = 4403;

/** Wait before retry number `retries` (0-based): exponential, capped at 30 s, with jitter. */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  const base = Math.min(30_000, 1_000 * 2 ** Math.min(retries, 5));
  return base + Math.floor(random() * 1_000);
}

/** Whether a close or connection problem is worth retrying: everything but a refused sign-in. */
export function shouldRetrySocket(problem: unknown): boolean {
  const code = typeof problem === 'object' && problem !== null && 'code' in problem ? (problem as { code: unknown }).code : undefined;
  return code !== CLOSE_FORBIDDEN;
}
