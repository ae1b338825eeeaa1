import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Button, Modal, NameField } from '../components/ui.js';

/** The rename dialog of an exercise, opened from the head's "More" menu. */
export function RenameDialog({
  exerciseId,
  title,
  onRenamed,
  onClose,
}: {
  exerciseId: string;
  title: string;
  onRenamed: (title: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const [value, setValue] = useState(title);
  const [invalid, setInvalid] = useState(false);
  return (
    <Modal title={t('exercise.rename')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!value.trim()) return setInvalid(true);
          call('exercise.rename', { id: exerciseId, title: value })
            .then((ex) => {
              onRenamed(ex.title);
              onClose();
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
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit">
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
