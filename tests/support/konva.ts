import type { Page } from 'playwright-core';

/**
 * Where a Konva node is on the screen. Konva registers itself on `window`, so the test can
 * find a circle by its name the way a person finds it by eye, then use the real mouse.
 */
export async function nodeCentre(page: Page, nodeName: string): Promise<{ x: number; y: number }> {
  // The stage is drawn once its first view is known (a kept view is read from the backend first).
  await page.waitForFunction(
    (name) =>
      (window as unknown as { Konva?: { stages: { findOne(s: string): unknown }[] } }).Konva?.stages
        .at(-1)
        ?.findOne(`.${name}`) !== undefined,
    nodeName,
  );
  return page.evaluate((name) => {
    type Rect = { x: number; y: number; width: number; height: number };
    type KonvaNode = { getClientRect(): Rect };
    type KonvaStage = KonvaNode & { findOne(selector: string): KonvaNode | undefined; container(): HTMLElement };
    const konva = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva;
    const stage = konva.stages[konva.stages.length - 1]!;
    const node = stage.findOne(`.${name}`);
    if (!node) throw new Error(`no Konva node named ${name}`);
    const r = node.getClientRect();
    const box = stage.container().getBoundingClientRect();
    return { x: box.left + r.x + r.width / 2, y: box.top + r.y + r.height / 2 };
  }, nodeName);
}

export async function dragBy(page: Page, from: { x: number; y: number }, dx: number, dy: number): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + dx, from.y + dy, { steps: 12 });
  await page.mouse.up();
}
