import { describe, expect, it } from 'vitest';
import { labelFontSize } from '#shared/exercises/venn/scene.js';
import { fitViewport, isInside, minFitScale, zoomAt } from '#renderer/canvas/viewport.js';

describe('fit to screen on a projector', () => {
  it('never shrinks labels below 18 px, even for a diagram far larger than the screen', () => {
    const v = fitViewport({ x: -2000, y: -2000, width: 4000, height: 4000 }, 684, 576);
    expect(v.scale).toBe(minFitScale);
    expect(labelFontSize * v.scale).toBeGreaterThanOrEqual(18);
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
