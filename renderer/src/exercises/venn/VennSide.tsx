import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { removeInstitution, setColourBy, updateInstitution } from '#shared/exercises/venn/actions.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import type { ExerciseSummary } from '#shared/model/session.js';
import { Icon } from '../../components/Icon.js';
import { Button, SegmentedField } from '../../components/ui.js';
import type { OpenExercise } from '../document/useExercise.js';
import { InstitutionPanel } from './InstitutionPanel.js';
import { InstitutionTable } from './InstitutionTable.js';
import type { institutionRows } from './institutionRows.js';

/**
 * The Venn's side panel: the selected institution's fields, how circles are coloured, the
 * table, and the comparison. Memoised, and given the selection a moment after the canvas
 * (useDeferredValue in VennEditor): a press on a circle redraws the canvas first, and the
 * panel follows in a render React may interrupt, so the press does not wait for the table.
 */
export const VennSide = memo(function VennSide({
  doc,
  rows,
  selectedId,
  onSelect,
  perform,
  siblings,
  compareWith,
  onCompareWith,
  onCompare,
}: {
  doc: VennDocument;
  rows: ReturnType<typeof institutionRows>;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  perform: OpenExercise<VennDocument>['perform'];
  siblings: ExerciseSummary[];
  compareWith: string;
  onCompareWith: (id: string) => void;
  onCompare: (id: string) => void;
}) {
  const { t } = useTranslation();
  const selected = doc.institutions.find((i) => i.id === selectedId) ?? null;
  return (
    <>
      {selected ? (
        <InstitutionPanel
          institution={selected}
          onChange={(change) => perform(updateInstitution, { id: selected.id, change })}
          onDelete={() => {
            perform(removeInstitution, { id: selected.id });
            onSelect(null);
          }}
        />
      ) : (
        <p className="muted">{t('venn.selectHint')}</p>
      )}
      <SegmentedField
        label={t('venn.colourBy')}
        value={doc.colourBy}
        options={[
          { value: 'relation', label: t('venn.colourByRelation') },
          { value: 'kind', label: t('venn.colourByKind') },
        ]}
        onChange={(colourBy) => perform(setColourBy, colourBy)}
      />
      <h2>{t('venn.table')}</h2>
      <InstitutionTable rows={rows} selectedId={selectedId} onSelect={onSelect} />
      {siblings.length > 0 ? (
        <div className="field compare-pick">
          <label htmlFor="compare-with">{t('venn.compareWith')}</label>
          <div className="inline-form">
            <select id="compare-with" value={compareWith} onChange={(e) => onCompareWith(e.target.value)}>
              <option value="">{t('common.none')}</option>
              {siblings.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
            <Button disabled={!compareWith} onClick={() => onCompare(compareWith)}>
              <Icon name="compare" /> {t('venn.compare')}
            </Button>
          </div>
        </div>
      ) : null}
    </>
  );
});
