import type { HTMLAttributes, ReactNode, RefObject } from 'react';
import { canvasKeyScope } from '../useKeymap.js';

/**
 * The focusable box a Konva stage fills (its size is measured by useStageViewport through
 * `container`). Konva prevents the default of pointer events, so focus would stay in a
 * text field and swallow the keyboard shortcuts; the box takes focus itself. It is the
 * canvas's key scope: the exercise's canvas shortcuts act only while focus is in it. Its
 * focus ring is drawn inside the box (theme.css), where the frame's `overflow: hidden`
 * cannot cut it off. Other attributes (a role, a name) pass through.
 */
export function CanvasBox({
  container,
  testId,
  children,
  ...attributes
}: {
  container: RefObject<HTMLDivElement | null>;
  testId: string;
  children: ReactNode;
} & Omit<HTMLAttributes<HTMLDivElement>, 'children'>) {
  return (
    <div
      {...attributes}
      {...canvasKeyScope}
      className="stage-canvas"
      ref={container}
      data-testid={testId}
      tabIndex={0}
      onPointerDown={(e) => {
        container.current?.focus({ preventScroll: true });
        attributes.onPointerDown?.(e);
      }}
    >
      {children}
    </div>
  );
}
