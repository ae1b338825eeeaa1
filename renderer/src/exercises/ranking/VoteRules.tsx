import { useTranslation } from 'react-i18next';
import { voteActions } from '#shared/exercises/ranking/voteActions.js';
import type { VoteDocument } from '#shared/exercises/ranking/schema.js';
import { Field, SegmentedField } from '../../components/ui.js';
import { refusalText, type RunAction } from './useRankingActions.js';

const caps = [1, 2, 3];

/** How the group votes: dots (how many, stacked or capped) or ranked ballots, and whether tallies wait for the close. */
export function VoteRules({
  doc,
  run,
  onProblem,
}: {
  doc: VoteDocument;
  run: RunAction<VoteDocument>;
  onProblem: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="card">
      <SegmentedField
        label={t('ranking.voting.mode')}
        value={doc.mode}
        options={[
          { value: 'dots', label: t('ranking.voting.dots') },
          { value: 'ranked', label: t('ranking.voting.ranked') },
        ]}
        onChange={(mode) => run(voteActions.setMode, { mode })}
      />
      {doc.mode === 'dots' ? (
        <div className="grid-2">
          <Field label={t('ranking.voting.dotsPerVoter')}>
            {(id) => (
              <input
                id={id}
                type="number"
                min={1}
                max={100}
                value={doc.dotsPerVoter}
                onChange={(e) => {
                  const why = run(voteActions.setDotsPerVoter, { dots: Math.round(Number(e.target.value)) });
                  if (why) onProblem(refusalText(t, why));
                }}
              />
            )}
          </Field>
          <Field label={t('ranking.voting.cap')}>
            {(id) => (
              <select
                id={id}
                value={doc.maxPerOption ?? ''}
                onChange={(e) =>
                  run(voteActions.setCap, { maxPerOption: e.target.value === '' ? null : Number(e.target.value) })
                }
              >
                <option value="">{t('ranking.voting.noCap')}</option>
                {caps.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      ) : (
        <p className="muted">{t('ranking.voting.rankedRule')}</p>
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={doc.hideUntilClosed}
          onChange={(e) => run(voteActions.setHideUntilClosed, { hide: e.target.checked })}
        />{' '}
        {t('ranking.voting.hide')}
      </label>
    </section>
  );
}
