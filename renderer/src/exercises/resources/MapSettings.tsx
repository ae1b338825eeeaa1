import { useTranslation } from 'react-i18next';
import { hideLayer, setBackground, showLayer } from '#shared/exercises/resources/actions.js';
import { mapLayers, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { SegmentedField } from '../../components/ui.js';
import type { Act } from './mapActions.js';

/** Which layers show (a view setting, no undo step) and the paper behind the map. */
export function MapSettings({ doc, act }: { doc: ResourceMapDocument; act: Act }) {
  const { t } = useTranslation();
  return (
    <>
      <fieldset className="layers">
        <legend>{t('resources.layers')}</legend>
        {([...mapLayers, 'resources'] as const).map((layer) => (
          <label key={layer} className="check">
            <input
              type="checkbox"
              checked={!doc.hiddenLayers.includes(layer)}
              onChange={(e) => act(e.target.checked ? showLayer : hideLayer, { layer })}
            />
            {t(`resources.layerNames.${layer}`)}
          </label>
        ))}
      </fieldset>
      <SegmentedField
        label={t('resources.background')}
        value={doc.background}
        options={[
          { value: 'grid', label: t('resources.grid') },
          { value: 'blank', label: t('resources.blank') },
        ]}
        onChange={(background) => act(setBackground, { background })}
      />
    </>
  );
}
