import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button, Modal, NameField } from '../components/ui.js';

/** The pencil next to an exercise's title: rename it in a small dialog. */
export function RenameButton({
  exerciseId,
  title,
  onRenamed,
}: {
  exerciseId: string;
  title: string;
  onRenamed: (title: string) => void;
}) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const [value, setValue] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  return (
    <>
      <Button variant="ghost" onClick={() => setValue(title)} aria-label={t('exercise.rename')}>
        <Icon name="edit" />
      </Button>
      {value !== null ? (
        <Modal title={t('exercise.rename')} onClose={() => setValue(null)}>
          <form
            className="form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!value.trim()) return setInvalid(true);
              call('exercise.rename', { id: exerciseId, title: value })
                .then((ex) => {
                  onRenamed(ex.title);
                  setValue(null);
                })
                .catch(showError);
            }}
          >
            <NameField
              label={t('exercise.rename')}
              value={value}
              invalid={invalid}
              onValueChange={(text) => {
                setInvalid(false);
                setValue(text);
              }}
            />
            <div className="form-actions">
              <Button onClick={() => setValue(null)}>{t('common.cancel')}</Button>
              <Button variant="primary" type="submit">
                {t('common.save')}
              </Button>
            </div>
          </form>
        </Modal>
      ) : null}
    </>
  );
}
