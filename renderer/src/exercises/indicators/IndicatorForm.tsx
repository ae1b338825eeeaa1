import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorLink } from '#shared/exercises/indicators/schema.js';
import { linkKey, type LinkChoice } from '#shared/exercises/indicators/suggestions.js';
import { readNumber } from '#shared/exercises/monitoring/values.js';
import { linkText, valueText } from '#shared/exercises/monitoring/words.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field } from '../../components/ui.js';

interface Draft {
  linkKey: string;
  name: string;
  unit: string;
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  dueDate: string;
}

/**
 * One indicator's fields, for a new one or an edit: what it watches first (choosing an
 * activity offers its "done when" as the name), then what is counted, the unit, baseline
 * and target with their dates. A refusal (no numbers, a due date before the baseline) is
 * said under the form and nothing typed is lost.
 */
export function IndicatorForm({
  indicator,
  heading,
  choices,
  sessionDate,
  newId,
  onSave,
  onCancel,
}: {
  indicator: Indicator | null;
  heading: string;
  choices: readonly LinkChoice[];
  sessionDate: string;
  newId: () => string;
  /** Returns the refusal in words, or null when kept. */
  onSave: (indicator: Indicator) => string | null;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() =>
    indicator
      ? {
          linkKey: linkKey(indicator.link),
          name: indicator.name,
          unit: indicator.unit,
          baselineValue: valueText(t, indicator.baseline.value),
          baselineDate: indicator.baseline.date,
          targetValue: valueText(t, indicator.target.value),
          dueDate: indicator.target.date,
        }
      : { linkKey: '', name: '', unit: '', baselineValue: '', baselineDate: sessionDate, targetValue: '', dueDate: '' },
  );
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<Draft>): void => setDraft((d) => ({ ...d, ...change }));
  // A link kept from before whose activity is no longer offered stays a choice, by its words.
  const keptLink: IndicatorLink = indicator?.link ?? null;
  const options = [...choices];
  if (keptLink && !options.some((c) => c.key === linkKey(keptLink)))
    options.unshift({ key: linkKey(keptLink), link: keptLink, planTitle: '', suggestedName: '' });

  const save = (): void => {
    const baseline = readNumber(draft.baselineValue);
    const target = readNumber(draft.targetValue);
    if (!draft.name.trim() || !draft.unit.trim()) return setProblem(t('errors.empty_name'));
    if (baseline === null || target === null) return setProblem(t('indicators.needNumbers'));
    if (!draft.baselineDate || !draft.dueDate) return setProblem(t('indicators.needDates'));
    const link = options.find((c) => c.key === draft.linkKey)?.link ?? null;
    const refused = onSave({
      id: indicator?.id ?? newId(),
      name: draft.name.trim(),
      unit: draft.unit.trim(),
      baseline: { value: baseline, date: draft.baselineDate },
      target: { value: target, date: draft.dueDate },
      link,
    });
    setProblem(refused);
    if (!refused && !indicator)
      setDraft({ ...draft, name: '', baselineValue: '', targetValue: '', dueDate: draft.dueDate });
  };

  return (
    <section className="card indicator-form" aria-label={heading}>
      <h2>{heading}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Field label={t('indicators.link')} hint={choices.length === 0 ? t('indicators.noPlan') : undefined}>
          {(id) => (
            <select
              id={id}
              value={draft.linkKey}
              onChange={(e) => {
                const choice = options.find((c) => c.key === e.target.value);
                set({
                  linkKey: e.target.value,
                  ...(choice?.suggestedName && !draft.name.trim() ? { name: choice.suggestedName } : {}),
                });
              }}
            >
              <option value="">{t('indicators.linkNone')}</option>
              {options.map((c) => (
                <option key={c.key} value={c.key}>
                  {linkText(t, c.link)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="indicator-grid two">
          <Field label={t('indicators.name')}>
            {(id) => (
              <input
                id={id}
                value={draft.name}
                placeholder={t('indicators.nameHint')}
                onChange={(e) => set({ name: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('indicators.unit')}>
            {(id) => (
              <input
                id={id}
                value={draft.unit}
                placeholder={t('indicators.unitHint')}
                onChange={(e) => set({ unit: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="indicator-grid four">
          <Field label={t('indicators.baselineValue')}>
            {(id) => (
              <input
                id={id}
                inputMode="decimal"
                value={draft.baselineValue}
                onChange={(e) => set({ baselineValue: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('indicators.baselineDate')}>
            {(id) => (
              <input
                id={id}
                type="date"
                value={draft.baselineDate}
                onChange={(e) => set({ baselineDate: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('indicators.targetValue')}>
            {(id) => (
              <input
                id={id}
                inputMode="decimal"
                value={draft.targetValue}
                onChange={(e) => set({ targetValue: e.target.value })}
              />
            )}
          </Field>
          <Field label={t('indicators.dueDate')}>
            {(id) => (
              <input id={id} type="date" value={draft.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
            )}
          </Field>
        </div>
        {problem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="form-actions">
          {onCancel ? <Button onClick={onCancel}>{t('common.cancel')}</Button> : null}
          <Button type="submit" variant="primary">
            <Icon name={indicator ? 'edit' : 'plus'} /> {indicator ? t('indicators.save') : t('indicators.add')}
          </Button>
        </div>
      </form>
    </section>
  );
}
