import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon.js';
import { Button } from '../components/ui.js';

/** Zoom out, fit, zoom in: large buttons for a canvas, grouped. */
export function ZoomTools({
  zoom,
  fit,
  className = '',
}: {
  zoom: (factor: number) => void;
  fit: () => void;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={`tool-group ${className}`}>
      <Button onClick={() => zoom(1 / 1.2)} aria-label={t('exercise.zoomOut')}>
        <Icon name="zoomOut" />
      </Button>
      <Button onClick={fit} aria-label={t('exercise.fit')}>
        <Icon name="fit" />
      </Button>
      <Button onClick={() => zoom(1.2)} aria-label={t('exercise.zoomIn')}>
        <Icon name="zoomIn" />
      </Button>
    </div>
  );
}
