import { useTranslation } from 'react-i18next';
import { whenText } from '#shared/exercises/actionPlan/report.js';
import type { ActionPlanDocument } from '#shared/exercises/actionPlan/schema.js';
import type { ConsensusDocument } from '#shared/exercises/framing/schema.js';
import type { IndicatorsDocument } from '#shared/exercises/indicators/schema.js';
import { linkText, targetText } from '#shared/exercises/monitoring/words.js';

// What the wall shows of page views that have no read-only picture of their own: the
// words the room reads, large, with nothing to press (ExerciseFrame's `wall`).

/** The consensus board on the wall: the focus question, then each named column with its cards. */
export function WallBoard({ doc }: { doc: ConsensusDocument }) {
  const { t } = useTranslation();
  const text = new Map(doc.cards.map((c) => [c.id, c.text]));
  const columns = [
    ...doc.columns.map((c) => ({ id: c.id, title: `${c.symbol} ${c.title}`.trim(), cardIds: c.cardIds })),
    ...(doc.loose.length > 0 ? [{ id: 'loose', title: t('framing.loose'), cardIds: doc.loose }] : []),
  ];
  return (
    <div className="wall-board" data-testid="wall-board">
      {doc.focusQuestion.trim() ? <h2 className="wall-heading">{doc.focusQuestion}</h2> : null}
      <div className="wall-board-columns">
        {columns.map((column) => (
          <section key={column.id} className="wall-board-column" aria-label={column.title}>
            <h3>{column.title}</h3>
            <ul>
              {column.cardIds.map((id) => (
                <li key={id}>{text.get(id)}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}

/** The statement on the wall, as large as the window lets it be. */
export function WallStatement({ text, explanation }: { text: string; explanation: string }) {
  return (
    <div className="wall-statement" data-testid="wall-statement">
      <p className="wall-statement-text">{text}</p>
      {explanation.trim() ? <p className="wall-statement-explanation">{explanation}</p> : null}
    </div>
  );
}

/** The plan on the wall: who does what, when, one row an activity. */
export function WallPlan({ doc }: { doc: ActionPlanDocument }) {
  const { t } = useTranslation();
  return (
    <div className="wall-plan">
      {doc.goal.trim() ? <h2 className="wall-heading">{doc.goal}</h2> : null}
      <table className="data wall-table" data-testid="wall-plan">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('actionPlan.what')}</th>
            <th scope="col">{t('actionPlan.responsible')}</th>
            <th scope="col">{t('actionPlan.when')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.activities.map((a, i) => (
            <tr key={a.id}>
              <td>{i + 1}</td>
              <td>{a.what}</td>
              <td>{a.responsible.map((p) => p.name).join(', ')}</td>
              <td>{whenText(t, a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The indicators on the wall: each one's name, its target and what it measures. */
export function WallIndicators({ doc }: { doc: IndicatorsDocument }) {
  const { t } = useTranslation();
  return (
    <div className="wall-indicators">
      <h2 className="wall-heading">{t('indicators.list')}</h2>
      {doc.indicators.length === 0 ? <p>{t('indicators.empty')}</p> : null}
      <ol className="wall-list" data-testid="wall-indicators">
        {doc.indicators.map((i) => (
          <li key={i.id}>
            <strong>{i.name}</strong>
            <span>{targetText(t, { indicator: i })}</span>
            <span className="muted">{linkText(t, i.link)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
