import { useLayoutEffect, useRef, useState } from 'react';

/** Type sizes tried in turn until the title fits its two lines (rem). */
const sizes = [1.6, 1.35, 1.15, 1];
/** Of the characters kept when the middle must go, this share is the start; the rest is the end. */
const startShare = 0.55;

/** The title with its middle taken out, `kept` characters of it left around the ellipsis. */
function middleCut(title: string, kept: number): string {
  const start = Math.ceil(kept * startShare);
  return `${title.slice(0, start).trimEnd()} … ${title.slice(title.length - (kept - start)).trimStart()}`;
}

/**
 * The title of an open exercise, whole: "Kondisi sekarang (sesudah)" must never lose
 * "(sesudah)", or the facilitator may edit the wrong diagram. The type steps down until
 * the title fits its two lines (the buttons beside it leave it little room at 1024x768);
 * if the smallest type still does not fit, the middle is taken out, never the end. Screen
 * readers read it whole.
 */
export function ExerciseTitle({ title }: { title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [fit, setFit] = useState<{ step: number; kept: number | null }>({ step: 0, kept: null });
  // A new title, or a new width, starts again from the largest type, whole.
  useLayoutEffect(() => setFit({ step: 0, kept: null }), [title]);
  useLayoutEffect(() => {
    const h = heading.current?.parentElement;
    if (!h) return;
    let width = h.clientWidth;
    const observer = new ResizeObserver(() => {
      if (h.clientWidth === width) return;
      width = h.clientWidth;
      setFit({ step: 0, kept: null });
    });
    observer.observe(h);
    return () => observer.disconnect();
  }, []);
  useLayoutEffect(() => {
    const h = heading.current;
    if (!h || h.scrollHeight <= h.clientHeight + 1) return;
    if (fit.step < sizes.length - 1) setFit({ step: fit.step + 1, kept: null });
    else if ((fit.kept ?? title.length) > 12)
      setFit({ step: fit.step, kept: Math.floor((fit.kept ?? title.length) * 0.85) });
  }, [fit, title]);

  return (
    <h1
      ref={heading}
      className="clamp-2 exercise-title"
      style={{ fontSize: `${sizes[fit.step]}rem` }}
      title={fit.kept === null ? undefined : title}
    >
      {fit.kept === null ? (
        title
      ) : (
        <>
          <span aria-hidden="true">{middleCut(title, fit.kept)}</span>
          <span className="visually-hidden">{title}</span>
        </>
      )}
    </h1>
  );
}
