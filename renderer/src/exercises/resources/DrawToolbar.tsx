import { useTranslation } from 'react-i18next';
import { areaKinds, mapLayers, type AreaKind, type MapLayer } from '#shared/exercises/resources/schema.js';
import { Segmented } from '../../components/ui.js';

/** Selecting and dragging markers, or drawing on one of the map's layers. */
export type Tool = 'select' | MapLayer;

/** The drawing tools, with the area kind or the label text the tool uses, and a hint. */
export function DrawToolbar({
  tool,
  onTool,
  areaKind,
  onAreaKind,
  labelText,
  onLabelText,
}: {
  tool: Tool;
  onTool: (tool: Tool) => void;
  areaKind: AreaKind;
  onAreaKind: (kind: AreaKind) => void;
  labelText: string;
  onLabelText: (text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <Segmented
        label={t('resources.tool')}
        value={tool}
        options={(['select', ...mapLayers] as const).map((x) => ({ value: x, label: t(`resources.tools.${x}`) }))}
        onChange={onTool}
      />
      {tool === 'areas' ? (
        <select
          aria-label={t('resources.areaKind')}
          value={areaKind}
          onChange={(e) => onAreaKind(e.target.value as AreaKind)}
        >
          {areaKinds.map((k) => (
            <option key={k} value={k}>
              {t(`resources.areaKinds.${k}`)}
            </option>
          ))}
        </select>
      ) : null}
      {tool === 'labels' ? (
        <input
          aria-label={t('resources.labelText')}
          placeholder={t('resources.labelText')}
          value={labelText}
          onChange={(e) => onLabelText(e.target.value)}
        />
      ) : null}
      {tool !== 'select' ? (
        <span className="muted small">
          {tool === 'pen'
            ? t('resources.penHint')
            : tool === 'labels'
              ? t('resources.labelHint')
              : t('resources.drawHint')}
        </span>
      ) : null}
    </div>
  );
}
