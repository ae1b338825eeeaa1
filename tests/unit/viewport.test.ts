import { describe, expect, it } from 'vitest';
import { fitViewport, isInside, maxScale, pinchViewport, wheelZoomFactor, zoomAt } from '#renderer/canvas/viewport.js';

describe('fit to screen on a projector', () => {
  it('shows the whole of a diagram far larger than the screen (no lower limit: nothing is cut off)', () => {
    const bounds = { x: -2000, y: -2000, width: 4000, height: 4000 };
    const v = fitViewport(bounds, 684, 576);
    expect(v.scale).toBeCloseTo(576 / 4000);
    expect(isInside(bounds, v, 684, 576)).toBe(true);
  });

  it('zooming from a fit below the zoom limit does not jump to the limit', () => {
    const v = fitViewport({ x: -2000, y: -2000, width: 4000, height: 4000 }, 684, 576);
    expect(zoomAt(v, 1.2, 342, 288).scale).toBeCloseTo(v.scale * 1.2);
    expect(zoomAt(v, 1 / 1.2, 342, 288).scale).toBeCloseTo(v.scale);
  });

  it('centres the diagram', () => {
    const v = fitViewport({ x: -300, y: -200, width: 600, height: 400 }, 800, 600);
    expect(v.scale).toBeCloseTo(1.25);
    expect(v.x).toBeCloseTo(400);
    expect(v.y).toBeCloseTo(300);
    expect(isInside({ x: -300, y: -200, width: 600, height: 400 }, v, 800, 600)).toBe(true);
  });

  it('zooms about the pointer, keeping the point under it still', () => {
    const v = { scale: 1, x: 100, y: 50 };
    const z = zoomAt(v, 2, 300, 250);
    const worldBefore = { x: (300 - v.x) / v.scale, y: (250 - v.y) / v.scale };
    expect((300 - z.x) / z.scale).toBeCloseTo(worldBefore.x);
    expect((250 - z.y) / z.scale).toBeCloseTo(worldBefore.y);
  });
});

describe('fingers on the diagram', () => {
  const worldUnder = (v: { scale: number; x: number; y: number }, p: { x: number; y: number }) => ({
    x: (p.x - v.x) / v.scale,
    y: (p.y - v.y) / v.scale,
  });

  it('spreading two fingers to twice their distance doubles the scale about their midpoint', () => {
    const v = { scale: 0.75, x: 260, y: 250 };
    const z = pinchViewport(
      v,
      [
        { x: 300, y: 300 },
        { x: 400, y: 300 },
      ],
      [
        { x: 250, y: 300 },
        { x: 450, y: 300 },
      ],
    );
    expect(z.scale).toBeCloseTo(1.5);
    expect(worldUnder(z, { x: 350, y: 300 }).x).toBeCloseTo(worldUnder(v, { x: 350, y: 300 }).x);
    expect(worldUnder(z, { x: 350, y: 300 }).y).toBeCloseTo(worldUnder(v, { x: 350, y: 300 }).y);
  });

  it('two fingers moving together pan by their move, without zooming', () => {
    const v = { scale: 1.2, x: 10, y: 20 };
    const z = pinchViewport(
      v,
      [
        { x: 100, y: 100 },
        { x: 200, y: 100 },
      ],
      [
        { x: 70, y: 140 },
        { x: 170, y: 140 },
      ],
    );
    expect(z).toEqual({ scale: 1.2, x: -20, y: 60 });
  });

  it('keeps the zoom within its limits, and ignores a gesture whose fingers do not match', () => {
    const v = { scale: 3, x: 0, y: 0 };
    const far = pinchViewport(
      v,
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
    );
    expect(far.scale).toBe(maxScale);
    expect(pinchViewport(v, [{ x: 0, y: 0 }], [])).toBe(v);
  });

  it('a touchpad pinch (Ctrl + small wheel deltas) zooms in proportion, a mouse notch by 1.1', () => {
    expect(wheelZoomFactor(-100, false)).toBeCloseTo(1.1);
    expect(wheelZoomFactor(100, false)).toBeCloseTo(1 / 1.1);
    expect(wheelZoomFactor(-2, true)).toBeCloseTo(Math.exp(0.02));
    // Ctrl with a mouse wheel: one notch is about one notch, not a jump.
    expect(wheelZoomFactor(120, true)).toBeCloseTo(Math.exp(-0.1));
  });
});
