import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareVenn } from '../../../../shared/exercises/venn/compare.js';
import { vennScene } from '../../../../shared/exercises/venn/scene.js';
import { zVennDocument, type VennDocument } from '../../../../shared/exercises/venn/schema.js';
import { sceneToSvg } from '../../../../shared/scene/svg.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';

interface Loaded {
  title: string;
  doc: VennDocument;
}

function Arrow({ n, up, down }: { n: number | null; up: string; down: string }) {
  const { t } = useTranslation();
  if (n === null) return <span>{t('common.none')}</span>;
  if (n === 0) return <span className="muted">{t('venn.changes.same')}</span>;
  return (
    <span className={n > 0 ? 'change-up' : 'change-down'}>
      {n > 0 ? '▲' : '▼'} {Math.abs(n)} {n > 0 ? up : down}
    </span>
  );
}

/** Before/after: both pictures and, per institution, what changed. */
export function VennCompare({
  sessionId,
  beforeId,
  afterId,
}: {
  sessionId: string;
  beforeId: string;
  afterId: string;
}) {
  const { t } = useTranslation();
  const { community, navigate, showError } = useApp();
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
  const changes = compareVenn(before.doc, after.doc);
  const picture = (l: Loaded): string =>
    sceneToSvg(vennScene(l.doc, { communityName: community.community.name }), '100%');

  return (
    <div className="page compare">
      <div className="page-head">
        <Button
          variant="ghost"
          onClick={() => navigate({ name: 'exercise', sessionId, exerciseId: afterId, type: 'venn' })}
          aria-label={t('common.back')}
        >
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
      <table className="data compare-table" data-testid="compare-table">
        <thead>
          <tr>
            <th>{t('venn.changes.institution')}</th>
            <th>{t('venn.changes.importance')}</th>
            <th>{t('venn.changes.closeness')}</th>
            <th>{t('venn.changes.tiesGained')}</th>
            <th>{t('venn.changes.tiesLost')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.name}>
              <td>
                {c.name}
                {c.status !== 'both' ? <span className="tag">{t(`venn.changes.${c.status}`)}</span> : null}
              </td>
              <td>
                {c.importanceBefore ?? '–'} → {c.importanceAfter ?? '–'} <Arrow n={c.importanceChange} up="" down="" />
              </td>
              <td>
                {c.bandBefore !== null ? t(`venn.bands.${c.bandBefore}`) : '–'} →{' '}
                {c.bandAfter !== null ? t(`venn.bands.${c.bandAfter}`) : '–'}{' '}
                <Arrow n={c.closerBy} up={t('venn.changes.closer')} down={t('venn.changes.further')} />
              </td>
              <td>{c.tiesGained.join(', ') || t('common.none')}</td>
              <td>{c.tiesLost.join(', ') || t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
