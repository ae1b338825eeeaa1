import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  editResourceText,
  markProblem,
  noteProblem,
  rateResource,
  setCapital,
  textMergeKey,
  type ResourceTextField,
} from '#shared/exercises/resources/actions.js';
import { maxRating, resourceProblems } from '#shared/exercises/resources/capitals.js';
import type { MapResource } from '#shared/exercises/resources/schema.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field, NameField, SegmentedField } from '../../components/ui.js';
import { useCapitalOptions } from './AddResourceForm.js';
import type { Act } from './mapActions.js';

const ratings = Array.from({ length: maxRating + 1 }, (_, n) => String(n));

/**
 * The selected resource: every field shows the document, so undo shows in the fields too.
 * Typing in a field is one undo step per field; a name cleared to nothing is not saved.
 */
export function ResourcePanel({ resource, act, onRemove }: { resource: MapResource; act: Act; onRemove: () => void }) {
  const { t } = useTranslation();
  const capitalOptions = useCapitalOptions();
  const { id } = resource;
  // Only an empty name lives here (the document refuses it); any other name is the document's.
  const [emptyName, setEmptyName] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const type = (field: ResourceTextField, text: string): void => {
    act(editResourceText, { id, field, text }, textMergeKey(id, field));
  };
  const text = (field: 'description' | 'owner') => (
    <Field label={t(`resources.${field}`)}>
      {(inputId) => <input id={inputId} value={resource[field]} onChange={(e) => type(field, e.target.value)} />}
    </Field>
  );
  return (
    <section className="panel-section">
      <NameField
        label={t('resources.name')}
        value={emptyName ?? resource.name}
        invalid={invalid}
        onValueChange={(v) => {
          setInvalid(false);
          setEmptyName(v.trim() ? null : v);
          if (v.trim()) type('name', v);
        }}
        onBlur={() => setInvalid(emptyName !== null)}
      />
      <SegmentedField
        label={t('resources.capital')}
        value={resource.capital}
        options={capitalOptions}
        onChange={(capital) => act(setCapital, { id, capital })}
      />
      <SegmentedField
        label={t('resources.rating')}
        value={String(resource.rating)}
        options={ratings.map((n) => ({ value: n, label: n }))}
        onChange={(v) => act(rateResource, { id, rating: Number(v) })}
      />
      {text('owner')}
      {text('description')}
      <div className="field">
        <span className="label">{t('resources.problems')}</span>
        {resourceProblems.map((problem) => {
          const note = resource.problems[problem];
          const name = t(`resources.problemNames.${problem}`);
          return (
            <div key={problem} className="problem">
              <label className="check">
                <input
                  type="checkbox"
                  checked={note !== undefined}
                  onChange={(e) => act(markProblem, { id, problem, marked: e.target.checked })}
                />
                {name}
              </label>
              {note !== undefined ? (
                <input
                  aria-label={`${t('resources.problemNote')}: ${name}`}
                  value={note}
                  onChange={(e) => act(noteProblem, { id, problem, note: e.target.value }, textMergeKey(id, problem))}
                />
              ) : null}
            </div>
          );
        })}
      </div>
      <Button variant="danger" onClick={onRemove}>
        <Icon name="trash" /> {t('resources.remove')}
      </Button>
    </section>
  );
}
