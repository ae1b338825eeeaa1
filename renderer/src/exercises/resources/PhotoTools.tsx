import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { removePhoto, setPhoto } from '#shared/exercises/resources/actions.js';
import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { useApp } from '../../AppContext.js';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';
import type { Act } from './mapActions.js';
import { DamagedImage, importPhoto } from './photoImport.js';

/** Puts a photo of the paper map behind the drawing, or takes it away. */
export function PhotoTools({ doc, act }: { doc: ResourceMapDocument; act: Act }) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="toolbar">
      <Button
        // Short on the button so the tools stay one row above the map; the full name for screen readers.
        aria-label={t('resources.photo')}
        title={t('resources.photo')}
        onClick={() => {
          setProblem(null);
          importPhoto()
            .then((photo) => photo && act(setPhoto, { photo }))
            .catch((e: unknown) => (e instanceof DamagedImage ? setProblem(t('errors.damaged_image')) : showError(e)));
        }}
      >
        <Icon name="folder" /> {t('resources.photoShort')}
      </Button>
      {doc.photo ? (
        <Button variant="ghost" onClick={() => act(removePhoto, {})}>
          {t('resources.removePhoto')}
        </Button>
      ) : null}
      {problem ? (
        <span className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
