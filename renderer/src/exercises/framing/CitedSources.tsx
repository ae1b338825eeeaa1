import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CitedSource } from '#shared/exercises/framing/actions.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';

const sourceKey = (s: Pick<CitedSource, 'exerciseId' | 'itemId'>): string => `${s.exerciseId}|${s.itemId}`;

/**
 * What a statement can cite: whatever the session's exercises offer as citable (named
 * clusters, written objectives; each type's definition says what).
 */
function useCitable(sessionId: string): CitedSource[] {
  const { showError } = useApp();
  const [sources, setSources] = useState<CitedSource[]>([]);
  useEffect(() => {
    call('session.sources', { id: sessionId })
      .then((offered) => setSources(offered.flatMap((e) => e.citable.map((c) => ({ exerciseId: e.exerciseId, ...c })))))
      .catch(showError);
  }, [sessionId, showError]);
  return sources;
}

/** The clusters and objectives of the session, ticked when the statement is built from them. */
export function CitedSources({
  sessionId,
  cites,
  onCite,
  onUncite,
}: {
  sessionId: string;
  cites: readonly CitedSource[];
  onCite: (source: CitedSource) => void;
  onUncite: (source: CitedSource) => void;
}) {
  const { t } = useTranslation();
  const sources = useCitable(sessionId);
  const cited = new Set(cites.map(sourceKey));
  return (
    <section className="card" aria-label={t('framing.cites')}>
      <h2>{t('framing.cites')}</h2>
      {sources.length === 0 ? <p className="muted">{t('framing.noSources')}</p> : null}
      <ul className="cites">
        {sources.map((s) => (
          <li key={sourceKey(s)}>
            <label className="check">
              <input
                type="checkbox"
                checked={cited.has(sourceKey(s))}
                onChange={(e) => (e.target.checked ? onCite(s) : onUncite(s))}
              />
              {s.label}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
