/** Time, injected so the waits and retries are tested without waiting. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const SYSTEM_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class WaitTimeout extends Error {
  override name = 'WaitTimeout';
}

/** Polls until `ready` returns a value or the time limit passes (then throws WaitTimeout naming what). */
export async function waitFor<T>(
  clock: Clock,
  what: string,
  timeoutMs: number,
  intervalMs: number,
  ready: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = clock.now() + timeoutMs;
  for (;;) {
    const value = await ready();
    if (value !== undefined) return value;
    if (clock.now() >= deadline)
      throw new WaitTimeout(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${what}`);
    await clock.sleep(intervalMs);
  }
}
