import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { institutionKinds, relations, type VennDocument } from '#shared/exercises/venn/schema.js';
import { kindColour, relationColour, relationDash } from '#shared/theme.js';

/**
 * The legend over the canvas: what a colour means, and the outline of each relationship.
 * Memoised: the editor re-renders on every selection and drop, the legend only with its meaning.
 */
export const VennLegend = memo(function VennLegend({ colourBy }: { colourBy: VennDocument['colourBy'] }) {
  const { t } = useTranslation();
  const entries =
    colourBy === 'relation'
      ? relations.map((r) => ({
          key: r,
          label: t(`venn.relations.${r}`),
          colour: relationColour[r],
          dash: relationDash[r],
        }))
      : institutionKinds.map((k) => ({ key: k, label: t(`venn.kinds.${k}`), colour: kindColour[k], dash: undefined }));
  return (
    <div className="legend" aria-label={t('exercise.legend')}>
      <strong>{t(colourBy === 'relation' ? 'venn.colourByRelation' : 'venn.colourByKind')}</strong>
      <ul>
        {entries.map((e) => (
          <li key={e.key}>
            <svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true">
              <circle
                cx="14"
                cy="14"
                r="11"
                fill={e.colour}
                fillOpacity={0.7}
                stroke="#111827"
                strokeWidth={2.5}
                strokeDasharray={e.dash?.map((d) => d / 3).join(' ')}
              />
            </svg>
            {e.label}
          </li>
        ))}
      </ul>
    </div>
  );
});
