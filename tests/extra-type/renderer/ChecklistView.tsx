import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#renderer/components/ui.js';
import { useExercise } from '#renderer/exercises/document/useExercise.js';
import { newId } from '#renderer/ids.js';
import { ExerciseFrame } from '#renderer/exercises/ExerciseFrame.js';
import type { ExerciseViewProps } from '#renderer/exercises/registry.js';
import { addItem, toggleItem, zChecklist, type Checklist } from '../shared/definition.js';

const parse = (body: unknown): Checklist => zChecklist.parse(body);

export function ChecklistView({ sessionId, exerciseId }: ExerciseViewProps) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const [text, setText] = useState('');
  const { doc, perform } = history;
  if (!doc) return null;
  return (
    <ExerciseFrame sessionId={sessionId} history={history}>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          perform(addItem, { id: newId(), text });
          setText('');
        }}
      >
        <input aria-label={t('checklist.item')} value={text} onChange={(e) => setText(e.target.value)} />
        <Button type="submit">{t('checklist.add')}</Button>
      </form>
      <ul className="card">
        {doc.items.map((i) => (
          <li key={i.id}>
            <label>
              <input type="checkbox" checked={i.done} onChange={() => perform(toggleItem, { id: i.id })} /> {i.text}
            </label>
          </li>
        ))}
      </ul>
    </ExerciseFrame>
  );
}
