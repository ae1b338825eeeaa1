import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zStatementDocument, type StatementDocument } from '../../../../shared/exercises/framing/schema.js';
import { directionCriteria, openCriteria } from '../../../../shared/exercises/framing/statement.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { useExercise } from '../document/useExercise.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field } from '../../components/ui.js';
import { ExerciseFrame } from '../ExerciseFrame.js';

const parse = (body: unknown): StatementDocument => zStatementDocument.parse(body);
type Source = StatementDocument['cites'][number];

/**
 * What a statement can cite: whatever the session's exercises offer as citable (named
 * clusters, written objectives; each type's definition says what).
 */
function useCitable(sessionId: string): Source[] {
  const { showError } = useApp();
  const [sources, setSources] = useState<Source[]>([]);
  useEffect(() => {
    call('session.sources', { id: sessionId })
      .then((offered) => setSources(offered.flatMap((e) => e.citable.map((c) => ({ exerciseId: e.exerciseId, ...c })))))
      .catch(showError);
  }, [sessionId, showError]);
  return sources;
}

export function StatementView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const { language, notify, showError } = useApp();
  const history = useExercise(exerciseId, parse);
  const { doc, commit } = history;
  const sources = useCitable(sessionId);
  const [large, setLarge] = useState(false);

  useEffect(() => {
    if (!large) return;
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setLarge(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [large]);

  if (!doc) return null;
  const open = openCriteria(doc.criteria);
  const cited = new Set(doc.cites.map((c) => `${c.exerciseId}|${c.itemId}`));
  const poster = (size: 'A4' | 'A3'): void => {
    call('report.exportPoster', { exerciseId, size, language })
      .then((saved) => saved && notify(t('framing.posterSaved', { file: saved.path })))
      .catch(showError);
  };

  return (
    <ExerciseFrame sessionId={sessionId} history={history}>
      <section className="card">
        <Field label={t('framing.statementText')}>
          {(id) => (
            <textarea
              id={id}
              className="statement-input"
              rows={2}
              key={doc.text}
              defaultValue={doc.text}
              onBlur={(e) => e.target.value !== doc.text && commit({ ...doc, text: e.target.value })}
            />
          )}
        </Field>
        <Field label={t('framing.explanation')}>
          {(id) => (
            <textarea
              id={id}
              rows={2}
              key={doc.explanation}
              defaultValue={doc.explanation}
              onBlur={(e) => e.target.value !== doc.explanation && commit({ ...doc, explanation: e.target.value })}
            />
          )}
        </Field>
        <div className="inline-form">
          <Button variant="primary" onClick={() => setLarge(true)} disabled={!doc.text.trim()}>
            <Icon name="expand" /> {t('framing.showLarge')}
          </Button>
          <Button onClick={() => poster('A4')} disabled={!doc.text.trim()}>
            <Icon name="pdf" /> {t('framing.posterA4')}
          </Button>
          <Button onClick={() => poster('A3')} disabled={!doc.text.trim()}>
            <Icon name="pdf" /> {t('framing.posterA3')}
          </Button>
        </div>
      </section>
      <div className="ranking-setup">
        <section className="card" aria-label={t('framing.criteria')}>
          <h2>{t('framing.criteria')}</h2>
          <ul className="criteria">
            {directionCriteria.map((c) => (
              <li key={c} className={doc.criteria[c].met ? 'met' : 'open'} data-testid={`criterion-${c}`}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={doc.criteria[c].met}
                    onChange={(e) =>
                      commit({
                        ...doc,
                        criteria: { ...doc.criteria, [c]: { ...doc.criteria[c], met: e.target.checked } },
                      })
                    }
                  />
                  {t(`framing.criteriaNames.${c}`)}
                  <span className={doc.criteria[c].met ? 'change-up' : 'warning'}>
                    {' '}
                    · {doc.criteria[c].met ? t('framing.met') : t('framing.openFlag')}
                  </span>
                </label>
                <input
                  aria-label={`${t('session.notes')}: ${t(`framing.criteriaNames.${c}`)}`}
                  key={doc.criteria[c].note}
                  defaultValue={doc.criteria[c].note}
                  onBlur={(e) =>
                    e.target.value !== doc.criteria[c].note &&
                    commit({ ...doc, criteria: { ...doc.criteria, [c]: { ...doc.criteria[c], note: e.target.value } } })
                  }
                />
              </li>
            ))}
          </ul>
          {open.length > 0 ? (
            <p className="warning" role="status">
              {t('framing.openFlag')}: {open.map((c) => t(`framing.criteriaNames.${c}`)).join('; ')}
            </p>
          ) : null}
        </section>
        <section className="card" aria-label={t('framing.cites')}>
          <h2>{t('framing.cites')}</h2>
          {sources.length === 0 ? <p className="muted">{t('framing.noSources')}</p> : null}
          <ul className="cites">
            {sources.map((s) => {
              const key = `${s.exerciseId}|${s.itemId}`;
              return (
                <li key={key}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={cited.has(key)}
                      onChange={(e) =>
                        commit({
                          ...doc,
                          cites: e.target.checked
                            ? [...doc.cites, s]
                            : doc.cites.filter((c) => `${c.exerciseId}|${c.itemId}` !== key),
                        })
                      }
                    />
                    {s.label}
                  </label>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
      {large ? (
        <div
          className="statement-large"
          role="dialog"
          aria-modal="true"
          aria-label={t('framing.statement')}
          onClick={() => setLarge(false)}
        >
          <p>{doc.text}</p>
          {doc.explanation ? <p className="explanation">{doc.explanation}</p> : null}
        </div>
      ) : null}
    </ExerciseFrame>
  );
}
