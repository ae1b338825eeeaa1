import type { Locator } from 'playwright-core';

/**
 * playwright-core has no auto-retrying assertions; these wait for what a user would see
 * and fail with what was there instead.
 */
export async function visible(locator: Locator, timeout = 10_000): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout });
  return locator;
}

export async function textOf(locator: Locator, expected: string | RegExp, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const last = (
      (await locator
        .first()
        .textContent({ timeout })
        .catch(() => '')) ?? ''
    ).trim();
    if (typeof expected === 'string' ? last === expected : expected.test(last)) return last;
    if (Date.now() > deadline) throw new Error(`expected text ${String(expected)}, found "${last}"`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function countOf(locator: Locator, expected: number, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const n = await locator.count();
    if (n === expected) return;
    if (Date.now() > deadline) throw new Error(`expected ${expected} elements, found ${n}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
