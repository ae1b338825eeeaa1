import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseLabelKey, phases, processPhases, stepLabelKey, type Phase } from '#shared/model/process.js';
import { sessionKinds, type SessionFields } from '#shared/model/session.js';
import { Button, Field, NameField } from '../components/ui.js';

export function newSessionFields(): SessionFields {
  const today = new Date();
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return {
    title: '',
    date,
    place: '',
    facilitators: '',
    kind: 'fgd',
    phase: 'dialog',
    step: 'preparation',
    agenda: '',
    notes: '',
    agreements: [],
  };
}

/** Session details; choosing a phase offers only that phase's steps. */
export function SessionForm({
  initial,
  onSubmit,
  onCancel,
}: {
  initial: SessionFields;
  onSubmit: (fields: SessionFields) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [titleError, setTitleError] = useState(false);
  const set = <K extends keyof SessionFields>(key: K, v: SessionFields[K]): void =>
    setValue((s) => ({ ...s, [key]: v }));
  const phase = value.phase as Phase;
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (value.title.trim() === '') {
      setTitleError(true);
      return;
    }
    onSubmit(value);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <NameField
        label={`${t('session.title')} (${t('common.required')})`}
        value={value.title}
        invalid={titleError}
        onValueChange={(text) => {
          setTitleError(false);
          set('title', text);
        }}
      />
      <div className="grid-2">
        <Field label={t('session.date')}>
          {(id) => (
            <input
              id={id}
              type="date"
              value={value.date}
              required
              onChange={(e) => e.target.value && set('date', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('session.kind')}>
          {(id) => (
            <select id={id} value={value.kind} onChange={(e) => set('kind', e.target.value as SessionFields['kind'])}>
              {sessionKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`session.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('session.place')}>
          {(id) => <input id={id} value={value.place} onChange={(e) => set('place', e.target.value)} />}
        </Field>
        <Field label={t('session.facilitators')}>
          {(id) => <input id={id} value={value.facilitators} onChange={(e) => set('facilitators', e.target.value)} />}
        </Field>
        <Field label={t('session.phase')}>
          {(id) => (
            <select
              id={id}
              value={value.phase}
              onChange={(e) => {
                const next = e.target.value as Phase;
                setValue((s) => ({ ...s, phase: next, step: processPhases[next][0] }));
              }}
            >
              {phases.map((p) => (
                <option key={p} value={p}>
                  {t(phaseLabelKey(p))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('session.step')}>
          {(id) => (
            <select id={id} value={value.step} onChange={(e) => set('step', e.target.value as SessionFields['step'])}>
              {processPhases[phase].map((s) => (
                <option key={s} value={s}>
                  {t(stepLabelKey(phase, s))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field label={t('session.agenda')}>
        {(id) => <textarea id={id} rows={2} value={value.agenda} onChange={(e) => set('agenda', e.target.value)} />}
      </Field>
      <Field label={t('session.notes')}>
        {(id) => <textarea id={id} rows={2} value={value.notes} onChange={(e) => set('notes', e.target.value)} />}
      </Field>
      <div className="form-actions">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button variant="primary" type="submit">
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
