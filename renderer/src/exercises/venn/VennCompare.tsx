import '../afterBadge.css';
import './vennCompare.css';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vennLayout, type VennLayout } from '#shared/exercises/venn/layout.js';
import { vennScene } from '#shared/exercises/venn/scene.js';
import {
  vennChangeHeaders,
  vennChangeRows,
  type ChangeMark,
  type VennChangeRow,
} from '#shared/exercises/venn/tables.js';
import { zVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import type { Exercise } from '#shared/ipc/contract.js';
import { sceneToSvg } from '#shared/scene/svg.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';

interface Loaded {
  title: string;
  doc: VennDocument;
}

/** The smallest a label may be drawn in the comparison (px): read from the back of the hall (issue 11). */
export const compareMinLabelPx = 18;
/** Space between the two pictures side by side, and each figure's own frame (border and padding), in px. */
const pictureGap = 12;
const figureFrame = 2 * (2 + 5);
/** No height limit: a picture is as tall as its width makes it, and the page scrolls. */
const unlimitedHeight = 100_000;

/** A change on screen: an arrow up or down with the amount, "same" muted, or the word for none. */
function Arrow({ change }: { change: ChangeMark }) {
  const { t } = useTranslation();
  if (change.kind === 'none') return <span>{t('common.none')}</span>;
  if (change.kind === 'same') return <span className="muted">{t('venn.changes.same')}</span>;
  return (
    <span className={change.kind === 'up' ? 'change-up' : 'change-down'}>
      {change.kind === 'up' ? '▲' : '▼'} {change.amount} {change.word}
    </span>
  );
}

function ChangeRow({ row }: { row: VennChangeRow }) {
  return (
    <tr className={row.changed ? 'changed' : 'unchanged'}>
      <td>
        {row.name}
        {row.status ? <span className="tag">{row.statusLabel}</span> : null}
      </td>
      <td>
        {row.importance.before} → {row.importance.after} <Arrow change={row.importance.change} />
      </td>
      <td>
        {row.closeness.before} → {row.closeness.after} <Arrow change={row.closeness.change} />
      </td>
      <td>{row.tiesGained}</td>
      <td>{row.tiesLost}</td>
    </tr>
  );
}

/** The drawn label size (px) of a layout shown `width` px wide (the SVG keeps its aspect). */
function labelPx(layout: VennLayout, width: number): number {
  return (Math.min(layout.labelFontSize, layout.communityFontSize) * width) / layout.bounds.width;
}

/**
 * How the two pictures share the page: side by side when both still draw every label at
 * least `compareMinLabelPx` (each laid out for its half: bands compressed, labels grown),
 * else one above the other at the full width.
 */
function arrange(pair: readonly [Loaded, Loaded], communityName: string, width: number) {
  const layoutFor = (l: Loaded, w: number) =>
    vennLayout(l.doc, communityName, { width: w, height: unlimitedHeight, minLabelPx: compareMinLabelPx });
  const half = (width - pictureGap) / 2 - figureFrame;
  const sideBySide = pair.map((l) => layoutFor(l, half));
  if (sideBySide.every((layout) => labelPx(layout, half) >= compareMinLabelPx))
    return { stacked: false, layouts: sideBySide };
  return { stacked: true, layouts: pair.map((l) => layoutFor(l, width - figureFrame)) };
}

/**
 * Before/after: both pictures large (labels at least 18 px at 1024x768) and, per
 * institution, what changed; the rows that did not change fold behind one button. The
 * "after" one is the copy "Gandakan" made of the other, else the one made later.
 */
export function VennCompare({
  sessionId,
  beforeId,
  afterId,
  onBack,
}: {
  sessionId: string;
  beforeId: string;
  afterId: string;
  /** Back to the diagram the comparison was started from. */
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const { community, showError } = useApp();
  const [pair, setPair] = useState<[Loaded, Loaded] | null>(null);
  const [showUnchanged, setShowUnchanged] = useState(false);
  const pictures = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    Promise.all([
      call('exercise.get', { id: beforeId }),
      call('exercise.get', { id: afterId }),
      call('session.get', { id: sessionId }),
    ])
      .then(([a, b, session]) => {
        const order = session.exercises.map((e) => e.id);
        const aFirst = (x: Exercise, y: Exercise): boolean =>
          y.copyOf === x.id || (x.copyOf !== y.id && order.indexOf(x.id) <= order.indexOf(y.id));
        const [first, second] = aFirst(a, b) ? [a, b] : [b, a];
        setPair([
          { title: first.title, doc: zVennDocument.parse(first.body) },
          { title: second.title, doc: zVennDocument.parse(second.body) },
        ]);
      })
      .catch(showError);
  }, [afterId, beforeId, sessionId, showError]);

  // The pictures are laid out for the width they get: measured, and again when the window changes.
  const loaded = pair !== null && community !== null;
  useLayoutEffect(() => {
    const box = pictures.current;
    if (!box) return;
    const measure = (): void => setWidth(Math.floor(box.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [loaded]);

  const communityName = community?.community.name ?? '';
  const arranged = useMemo(
    () => (pair && width > 0 ? arrange(pair, communityName, width) : null),
    [pair, communityName, width],
  );

  if (!pair || !community) return null;
  const [before, after] = pair;
  const rows = vennChangeRows(before.doc, after.doc, t);
  const changed = rows.filter((r) => r.changed);
  const unchanged = rows.filter((r) => !r.changed);
  // Each picture is named by its title and described by the table of changes below.
  const picture = (l: Loaded, layout: VennLayout): string =>
    sceneToSvg(vennScene(l.doc, { communityName, layout }), '100%', {
      name: t('twin.vennPicture', { title: l.title }),
      describedBy: 'venn-compare-table',
    });
  const marks = [
    <span key="before" className="after-badge before-badge">
      {t('beforeAfter.beforeLabel')}
    </span>,
    <span key="after" className="after-badge">
      {t('beforeAfter.badge')}
    </span>,
  ];

  return (
    <div className="page compare">
      <div className="page-head">
        <Button variant="ghost" onClick={onBack} aria-label={t('common.back')}>
          <Icon name="back" />
        </Button>
        <div className="page-title">
          <h1 className="clamp-2">{t('venn.compareTitle', { before: before.title, after: after.title })}</h1>
        </div>
      </div>
      <div
        ref={pictures}
        className={arranged?.stacked ? 'compare-pictures stacked' : 'compare-pictures'}
        data-testid="compare-pictures"
      >
        {arranged
          ? [before, after].map((l, i) => (
              <figure key={i}>
                <figcaption>
                  {marks[i]} <span className="compare-caption-title">{l.title}</span>
                </figcaption>
                {/* The SVG is built by our own scene code with every label escaped. */}
                <div className="svg-box" dangerouslySetInnerHTML={{ __html: picture(l, arranged.layouts[i]!) }} />
              </figure>
            ))
          : null}
      </div>
      <table className="data compare-table" data-testid="compare-table" id="venn-compare-table">
        <caption>
          {changed.length > 0 ? t('beforeAfter.changed', { count: changed.length }) : t('beforeAfter.noneChanged')}
        </caption>
        <thead>
          <tr>
            {vennChangeHeaders(t).map((heading) => (
              <th key={heading}>{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {changed.map((c) => (
            <ChangeRow key={c.name} row={c} />
          ))}
        </tbody>
        {unchanged.length > 0 ? (
          <tbody id="venn-unchanged-rows">
            <tr className="unchanged-toggle">
              <td colSpan={5}>
                <Button
                  variant="ghost"
                  aria-expanded={showUnchanged}
                  aria-controls="venn-unchanged-rows"
                  onClick={() => setShowUnchanged((shown) => !shown)}
                >
                  <span aria-hidden="true">{showUnchanged ? '▾' : '▸'}</span>{' '}
                  {t('beforeAfter.unchanged', { count: unchanged.length })}
                </Button>
              </td>
            </tr>
            {showUnchanged ? unchanged.map((c) => <ChangeRow key={c.name} row={c} />) : null}
          </tbody>
        ) : null}
      </table>
    </div>
  );
}
