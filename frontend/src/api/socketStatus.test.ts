import { describe, expect, it } from 'vitest';
import { CLOSE_FORBIDDEN, retryDelay, shouldRetrySocket, SocketMonitor } from './socketStatus';

describe('SocketMonitor', () => {
  it('counts connections and tells a reconnect from a first connect', () => {
    const monitor = new SocketMonitor();
    const seen: string[] = [];
    const stop = monitor.subscribe(() => seen.push(monitor.getSnapshot().status));
    monitor.subscriptionStarted();
    monitor.connecting(false);
    monitor.connected();
    expect(monitor.getSnapshot()).toEqual({ status: 'connected', connections: 1 });
    // the server goes away while the subscription is active: the client retries
    monitor.closed();
    monitor.connecting(true);
    monitor.connected();
    expect(monitor.getSnapshot()).toEqual({ status: 'connected', connections: 2 });
    expect(seen).toEqual(['connecting', 'connected', 'reconnecting', 'reconnecting', 'connected']);
    stop();
  });

  it('idles when the last subscription ended, and stays failed after a refusal until resubscribed', () => {
    const monitor = new SocketMonitor();
    monitor.subscriptionStarted();
    monitor.connected();
    monitor.subscriptionEnded();
    monitor.closed();
    expect(monitor.getSnapshot().status).toBe('idle');
    monitor.subscriptionStarted();
    monitor.failed();
    monitor.closed();
    expect(monitor.getSnapshot().status).toBe('failed');
    monitor.subscriptionStarted();
    expect(monitor.getSnapshot().status).toBe('connecting');
  });
});

describe('retry policy', () => {
  it('backs off exponentially to 30 s, with up to a second of jitter', () => {
    expect(retryDelay(0, () => 0)).toBe(1000);
    expect(retryDelay(3, () => 0)).toBe(8000);
    expect(retryDelay(10, () => 0)).toBe(30000);
    expect(retryDelay(100, () => 0.999)).toBe(30999);
  });

  it('retries everything except a refused sign-in', () => {
    expect(shouldRetrySocket({ code: 1006 })).toBe(true);
    expect(shouldRetrySocket({ code: 1012 })).toBe(true);
    expect(shouldRetrySocket(new Error('boom'))).toBe(true);
    expect(shouldRetrySocket({ code: CLOSE_FORBIDDEN })).toBe(false);
  });
});
