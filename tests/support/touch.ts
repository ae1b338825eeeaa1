import type { CDPSession, Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

/**
 * A touch screen with a pen: fingers (one or several) through the DevTools protocol's
 * `Input.dispatchTouchEvent`, the pen through `Input.dispatchMouseEvent` with pointer type
 * "pen". These take the path a device's events take into the page (touch events, pointer
 * events of type "touch" or "pen", a pen's mouse emulation, the browser's own gestures when
 * the page lets it), unlike events made up in the page.
 */
export class TouchScreen {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** Turns on touch for the page (as on a touch laptop or an interactive board). */
  static async on(page: Page): Promise<TouchScreen> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    return new TouchScreen(page, cdp);
  }

  private async send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: readonly Point[]): Promise<void> {
    await this.cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 6, radiusY: 6, force: 1 })),
    });
  }

  /** Puts the fingers down, moves each in `steps` even steps to its end point, and lifts them. */
  async gesture(from: readonly Point[], to: readonly Point[], steps = 12): Promise<void> {
    await this.send('touchStart', from);
    for (let s = 1; s <= steps; s += 1) {
      const at = from.map((f, i) => ({
        x: f.x + ((to[i]!.x - f.x) * s) / steps,
        y: f.y + ((to[i]!.y - f.y) * s) / steps,
      }));
      await this.send('touchMove', at);
      await this.page.waitForTimeout(16);
    }
    await this.send('touchEnd', []);
  }

  async drag(from: Point, dx: number, dy: number): Promise<void> {
    await this.gesture([from], [{ x: from.x + dx, y: from.y + dy }]);
  }

  /** Two fingers `gap` apart about `centre`, spread to `gap * factor` and moved by (dx, dy). */
  async pinch(centre: Point, gap: number, factor: number, dx = 0, dy = 0): Promise<void> {
    const half = gap / 2;
    const end = { x: centre.x + dx, y: centre.y + dy };
    await this.gesture(
      [
        { x: centre.x - half, y: centre.y },
        { x: centre.x + half, y: centre.y },
      ],
      [
        { x: end.x - half * factor, y: end.y },
        { x: end.x + half * factor, y: end.y },
      ],
    );
  }

  async tap(at: Point): Promise<void> {
    await this.send('touchStart', [at]);
    await this.page.waitForTimeout(40);
    await this.send('touchEnd', []);
  }

  /** A finger held still for `ms`, then lifted. */
  async press(at: Point, ms: number): Promise<void> {
    await this.send('touchStart', [at]);
    await this.page.waitForTimeout(ms);
    await this.send('touchEnd', []);
  }

  /** The pen pressed at `from`, moved by (dx, dy) in `steps` steps, and lifted. */
  async penDrag(from: Point, dx: number, dy: number, steps = 12): Promise<void> {
    const pen = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', at: Point, buttons: number) =>
      this.cdp.send('Input.dispatchMouseEvent', {
        type,
        x: at.x,
        y: at.y,
        button: 'left',
        buttons,
        clickCount: type === 'mouseMoved' ? 0 : 1,
        pointerType: 'pen',
        force: 0.5,
      });
    await pen('mousePressed', from, 1);
    for (let s = 1; s <= steps; s += 1) {
      await pen('mouseMoved', { x: from.x + (dx * s) / steps, y: from.y + (dy * s) / steps }, 1);
      await this.page.waitForTimeout(16);
    }
    await pen('mouseReleased', { x: from.x + dx, y: from.y + dy }, 0);
  }
}
