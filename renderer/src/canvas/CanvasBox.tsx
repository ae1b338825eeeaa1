import type { ReactNode, RefObject } from 'react';

/**
 * The focusable box a Konva stage fills (its size is measured by useStageViewport through
 * `container`). Konva prevents the default of pointer events, so focus would stay in a
 * text field and swallow the keyboard shortcuts; the box takes focus itself.
 */
export function CanvasBox({
  container,
  testId,
  children,
}: {
  container: RefObject<HTMLDivElement | null>;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div
      className="stage-canvas"
      ref={container}
      data-testid={testId}
      tabIndex={0}
      onPointerDown={() => container.current?.focus({ preventScroll: true })}
    >
      {children}
    </div>
  );
}
