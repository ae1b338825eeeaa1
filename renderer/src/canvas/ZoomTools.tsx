import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon.js';
import { onToolbarKeyDown, rovingTabIndex } from '../components/roving.js';
import { Button } from '../components/ui.js';

/** Zoom out, fit, zoom in: large buttons for a canvas, grouped as one toolbar (one Tab stop, arrows between). */
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
    <div
      className={`tool-group ${className}`}
      role="toolbar"
      aria-label={t('exercise.zoomTools')}
      onKeyDown={onToolbarKeyDown}
    >
      <Button onClick={() => zoom(1 / 1.2)} aria-label={t('exercise.zoomOut')} tabIndex={rovingTabIndex(0, 0)}>
        <Icon name="zoomOut" />
      </Button>
      <Button onClick={fit} aria-label={t('exercise.fit')} tabIndex={rovingTabIndex(1, 0)}>
        <Icon name="fit" />
      </Button>
      <Button onClick={() => zoom(1.2)} aria-label={t('exercise.zoomIn')} tabIndex={rovingTabIndex(2, 0)}>
        <Icon name="zoomIn" />
      </Button>
    </div>
  );
}
