import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vennScene } from '#shared/exercises/venn/scene.js';
import { vennChangeHeaders, vennChangeRows, type ChangeMark } from '#shared/exercises/venn/tables.js';
import { zVennDocument, type VennDocument } from '#shared/exercises/venn/schema.js';
import { sceneToSvg } from '#shared/scene/svg.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';

interface Loaded {
  title: string;
  doc: VennDocument;
}

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

/** Before/after: both pictures and, per institution, what changed. */
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

  useEffect(() => {
    Promise.all([
      call('exercise.get', { id: beforeId }),
      call('exercise.get', { id: afterId }),
      call('session.get', { id: sessionId }),
    ])
      .then(([a, b, session]) => {
        const order = session.exercises.map((e) => e.id);
        // The diagram made first in the session is "before".
        const [first, second] = order.indexOf(a.id) <= order.indexOf(b.id) ? [a, b] : [b, a];
        setPair([
          { title: first.title, doc: zVennDocument.parse(first.body) },
          { title: second.title, doc: zVennDocument.parse(second.body) },
        ]);
      })
      .catch(showError);
  }, [afterId, beforeId, sessionId, showError]);

  if (!pair || !community) return null;
  const [before, after] = pair;
  const changes = vennChangeRows(before.doc, after.doc, t);
  // Each picture is named by its title and described by the table of changes below.
  const picture = (l: Loaded): string =>
    sceneToSvg(vennScene(l.doc, { communityName: community.community.name }), '100%', {
      name: t('twin.vennPicture', { title: l.title }),
      describedBy: 'venn-compare-table',
    });

  return (
    <div className="page compare">
      <div className="page-head">
        <Button variant="ghost" onClick={onBack} aria-label={t('common.back')}>
          <Icon name="back" />
        </Button>
        <div className="page-title">
          <h1 className="clamp">{t('venn.compareTitle', { before: before.title, after: after.title })}</h1>
        </div>
      </div>
      <div className="compare-pictures">
        {[before, after].map((l, i) => (
          <figure key={i}>
            {/* The SVG is built by our own scene code with every label escaped. */}
            <div className="svg-box" dangerouslySetInnerHTML={{ __html: picture(l) }} />
            <figcaption className="clamp">{l.title}</figcaption>
          </figure>
        ))}
      </div>
      <table className="data compare-table" data-testid="compare-table" id="venn-compare-table">
        <thead>
          <tr>
            {vennChangeHeaders(t).map((heading) => (
              <th key={heading}>{heading}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.name}>
              <td>
                {c.name}
                {c.status ? <span className="tag">{c.statusLabel}</span> : null}
              </td>
              <td>
                {c.importance.before} → {c.importance.after} <Arrow change={c.importance.change} />
              </td>
              <td>
                {c.closeness.before} → {c.closeness.after} <Arrow change={c.closeness.change} />
              </td>
              <td>{c.tiesGained}</td>
              <td>{c.tiesLost}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
