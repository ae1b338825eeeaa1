import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Community } from '#shared/model/community.js';
import { Button, Field, NameField } from '../components/ui.js';

export const emptyCommunity: Community = {
  name: '',
  desa: '',
  kecamatan: '',
  kabupaten: '',
  province: '',
  description: '',
};

const placeFields = ['desa', 'kecamatan', 'kabupaten', 'province'] as const;

/** Community details; the name is required, the rest helps the report's cover. */
export function CommunityForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  initial: Community;
  submitLabel: string;
  onSubmit: (community: Community) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const [nameError, setNameError] = useState(false);
  const set = (key: keyof Community) => (text: string) => setValue((v) => ({ ...v, [key]: text }));
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    if (value.name.trim() === '') {
      setNameError(true);
      return;
    }
    onSubmit(value);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <NameField
        label={`${t('community.name')} (${t('common.required')})`}
        value={value.name}
        invalid={nameError}
        onValueChange={(text) => {
          setNameError(false);
          set('name')(text);
        }}
      />
      <div className="grid-2">
        {placeFields.map((key) => (
          <Field key={key} label={t(`community.${key}`)}>
            {(id) => <input id={id} value={value[key]} onChange={(e) => set(key)(e.target.value)} />}
          </Field>
        ))}
      </div>
      <Field label={t('community.description')}>
        {(id) => (
          <textarea id={id} rows={2} value={value.description} onChange={(e) => set('description')(e.target.value)} />
        )}
      </Field>
      <div className="form-actions">
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
        <Button variant="primary" type="submit">
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
