import { useId, type HTMLAttributes, type ReactNode, type RefObject } from 'react';
import { canvasKeyScope } from '../useKeymap.js';
import { CanvasLiveSummary, type CanvasText } from './CanvasText.js';

/**
 * The focusable box a Konva stage fills (its size is measured by useStageViewport through
 * `container`). Konva prevents the default of pointer events, so focus would stay in a
 * text field and swallow the keyboard shortcuts; the box takes focus itself. It is the
 * canvas's key scope: the exercise's canvas shortcuts act only while focus is in it. Its
 * focus ring is drawn inside the box (theme.css), where the frame's `overflow: hidden`
 * cannot cut it off. Other attributes (a role, a name) pass through. With `text` it is
 * an application named for a screen reader and described by its live summary (CanvasText).
 */
export function CanvasBox({
  container,
  testId,
  children,
  text,
  layoutView,
  ...attributes
}: {
  container: RefObject<HTMLDivElement | null>;
  testId: string;
  children: ReactNode;
  text?: CanvasText;
  /**
   * The canvas size and smallest label the drawing was laid out for, when it is laid out
   * for its canvas: said on the box (`data-layout-view`), so the bench's bare page lays
   * the same drawing out the same way.
   */
  layoutView?: { width: number; height: number; minLabelPx: number } | null;
} & Omit<HTMLAttributes<HTMLDivElement>, 'children'>) {
  const summaryId = useId();
  return (
    <div
      {...attributes}
      {...(text ? { role: 'application', 'aria-label': text.name, 'aria-describedby': summaryId } : {})}
      {...canvasKeyScope}
      className="stage-canvas"
      ref={container}
      data-testid={testId}
      data-layout-view={layoutView ? JSON.stringify(layoutView) : undefined}
      tabIndex={0}
      onPointerDown={(e) => {
        container.current?.focus({ preventScroll: true });
        attributes.onPointerDown?.(e);
      }}
    >
      {text ? <CanvasLiveSummary id={summaryId} text={text.summary} /> : null}
      {children}
    </div>
  );
}
