import type { HandlerResult } from './handler-types.js';

/**
 * A fault for the next `times` calls to one operation: answer `status` (502, 500, or 403 with a secondary-rate-limit
 * message and `retry-after`). With `afterPerforming`, the server performs the call first and then answers the fault
 * (a create that succeeded behind a 502: the duplicate-issue trap).
 */
export interface GithubFault {
  status: 500 | 502 | 403;
  times?: number;
  /** Seconds, sent as `retry-after` (403 only; default 1). */
  retryAfter?: number;
  afterPerforming?: boolean;
}

/**
 * Holds the next `times` calls to one operation until `together` of them are waiting, then answers them all: each is
 * answered from the state at release time, as if GitHub had been slow to read. Two clients racing through the same
 * steps then see the same state, whatever the scheduler does. A group still short after `timeoutMs` (default 5 s) is
 * released anyway, so a test whose second client never comes fails on its assertions rather than hanging.
 */
export interface GithubHold {
  together: number;
  times?: number;
  timeoutMs?: number;
}

/** Queued faults and holds by operation (operationId, or `METHOD /template`). */
export interface GithubFaultQueue {
  addFault(operation: string, fault: GithubFault): void;
  addHold(operation: string, hold: GithubHold): void;
  takeFault(operationId: string, key: string): GithubFault | undefined;
  /** Resolves when the request may be answered (at once, unless a hold is queued for its operation). */
  waitForHold(operationId: string, key: string): Promise<void>;
  clear(): void;
}

interface HoldState {
  hold: GithubHold;
  left: number;
  waiting: Array<() => void>;
  timer?: NodeJS.Timeout;
}

/** The fault and hold queues of one local GitHub server. */
export function createFaultQueue(): GithubFaultQueue {
  const faults = new Map<string, GithubFault[]>();
  const holds = new Map<string, HoldState>();
  const release = (h: HoldState): void => {
    if (h.timer) clearTimeout(h.timer);
    h.timer = undefined;
    for (const go of h.waiting.splice(0)) go();
  };
  return {
    addFault(operation, fault) {
      const queue = faults.get(operation) ?? [];
      for (let i = 0; i < (fault.times ?? 1); i += 1) queue.push(fault);
      faults.set(operation, queue);
    },
    addHold(operation, hold) {
      holds.set(operation, { hold, left: hold.times ?? hold.together, waiting: [] });
    },
    takeFault(operationId, key) {
      for (const k of [operationId, key]) {
        const queue = faults.get(k);
        if (queue && queue.length > 0) return queue.shift();
      }
      return undefined;
    },
    waitForHold(operationId, key) {
      const h = holds.get(operationId) ?? holds.get(key);
      if (!h || h.left <= 0) return Promise.resolve();
      h.left -= 1;
      return new Promise<void>((resolve) => {
        h.waiting.push(resolve);
        if (h.waiting.length >= h.hold.together || h.left === 0) release(h);
        else h.timer ??= setTimeout(() => release(h), h.hold.timeoutMs ?? 5_000).unref();
      });
    },
    clear() {
      faults.clear();
      for (const h of holds.values()) release(h);
      holds.clear();
    },
  };
}

/** GitHub's answer for a fault. */
export function describeFault(fault: GithubFault): HandlerResult {
  if (fault.status === 403) {
    return {
      status: 403,
      headers: { 'retry-after': String(fault.retryAfter ?? 1) },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
    };
  }
  return { status: fault.status, body: { message: fault.status === 502 ? 'Server Error' : 'Internal Server Error' } };
}
