import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { institutionKinds, relations, type Importance, type Institution } from '#shared/exercises/venn/schema.js';
import { kindColour, relationColour } from '#shared/theme.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field, NameField, SegmentedField } from '../../components/ui.js';

/** Editor of the selected institution; text fields commit when they lose focus or on Enter. */
export function InstitutionPanel({
  institution,
  onChange,
  onDelete,
}: {
  institution: Institution;
  onChange: (change: Partial<Omit<Institution, 'id'>>) => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(institution.name);
  const [notes, setNotes] = useState(institution.notes);
  const [nameError, setNameError] = useState(false);
  useEffect(() => {
    setName(institution.name);
    setNotes(institution.notes);
    setNameError(false);
  }, [institution.id, institution.name, institution.notes]);

  const commitName = (): void => {
    if (name.trim() === '') {
      setNameError(true);
      return;
    }
    if (name !== institution.name) onChange({ name });
  };

  return (
    <section className="panel-section" aria-label={institution.name}>
      <NameField
        label={t('venn.newName')}
        value={name}
        invalid={nameError}
        onValueChange={(text) => {
          setNameError(false);
          setName(text);
        }}
        onBlur={commitName}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commitName();
        }}
      />
      <SegmentedField<`${Importance}`>
        label={t('venn.importance')}
        value={`${institution.importance}`}
        options={([1, 2, 3, 4] as const).map((n) => ({
          value: `${n}`,
          label: `${n} ${t(`venn.importanceLevels.${n}`)}`,
        }))}
        onChange={(v) => onChange({ importance: Number(v) as Importance })}
      />
      <SegmentedField
        label={t('venn.relation')}
        value={institution.relation}
        options={relations.map((r) => ({ value: r, label: t(`venn.relations.${r}`), swatch: relationColour[r] }))}
        onChange={(relation) => onChange({ relation })}
      />
      <Field label={t('venn.kind')}>
        {(id) => (
          <select
            id={id}
            value={institution.kind}
            onChange={(e) => onChange({ kind: e.target.value as Institution['kind'] })}
          >
            {institutionKinds.map((k) => (
              <option key={k} value={k} style={{ borderLeft: `8px solid ${kindColour[k]}` }}>
                {t(`venn.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('venn.notes')}>
        {(id) => (
          <textarea
            id={id}
            rows={2}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            onBlur={() => notes !== institution.notes && onChange({ notes })}
          />
        )}
      </Field>
      <Button variant="danger" onClick={onDelete}>
        <Icon name="trash" /> {t('venn.deleteInstitution')}
      </Button>
    </section>
  );
}
