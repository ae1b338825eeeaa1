import './framing.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  citeSource,
  setCriterionMet,
  setCriterionNote,
  setStatementText,
  uncite,
} from '#shared/exercises/framing/actions.js';
import { zStatementDocument, type StatementDocument } from '#shared/exercises/framing/schema.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field } from '../../components/ui.js';
import { useExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { WallStatement } from '../wallViews.js';
import { BlurText } from './BlurText.js';
import { CitedSources } from './CitedSources.js';
import { CriteriaChecklist } from './CriteriaChecklist.js';
import { StatementLarge } from './StatementLarge.js';

const parse = (body: unknown): StatementDocument => zStatementDocument.parse(body);

/** The framed solution: one plain sentence, checked, cited, shown large and printed as a poster. */
export function StatementView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, perform } = history;
  const [large, setLarge] = useState(false);
  if (!doc) return null;

  const noText = !doc.text.trim();

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      wall={<WallStatement text={doc.text} explanation={doc.explanation} />}
    >
      <section className="card">
        <Field label={t('framing.statementText')}>
          {(id) => (
            <BlurText
              id={id}
              className="statement-input"
              rows={2}
              value={doc.text}
              onCommit={(text) => perform(setStatementText, { field: 'text', text })}
            />
          )}
        </Field>
        <Field label={t('framing.explanation')}>
          {(id) => (
            <BlurText
              id={id}
              rows={2}
              value={doc.explanation}
              onCommit={(text) => perform(setStatementText, { field: 'explanation', text })}
            />
          )}
        </Field>
        <div className="inline-form">
          <Button variant="primary" onClick={() => setLarge(true)} disabled={noText}>
            <Icon name="expand" /> {t('framing.showLarge')}
          </Button>
        </div>
      </section>
      <div className="ranking-setup">
        <CriteriaChecklist
          criteria={doc.criteria}
          onMet={(criterion, met) => perform(setCriterionMet, { criterion, met })}
          onNote={(criterion, note) => perform(setCriterionNote, { criterion, note })}
        />
        <CitedSources
          sessionId={sessionId}
          cites={doc.cites}
          onCite={(source) => perform(citeSource, source)}
          onUncite={(source) => perform(uncite, source)}
        />
      </div>
      {large ? <StatementLarge text={doc.text} explanation={doc.explanation} onClose={() => setLarge(false)} /> : null}
    </ExerciseFrame>
  );
}
