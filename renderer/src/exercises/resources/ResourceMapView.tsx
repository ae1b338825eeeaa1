import './resources.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { useExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { MapLegend } from './MapCanvas.js';
import { MapTab, type MapSelection } from './MapTab.js';
import { PentagonTab } from './PentagonTab.js';
import { ResourceTable } from './ResourceTable.js';

const parse = (body: unknown): ResourceMapDocument => zResourceMapDocument.parse(body);
type Tab = 'map' | 'table' | 'pentagon';

/** Potential and resource mapping: resources of the five capitals placed on the village map. */
export function ResourceMapView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, perform } = history;
  const [tab, setTab] = useState<Tab>('map');
  // Kept here so the selection survives a look at the table or the pentagon.
  const [selection, setSelection] = useState<MapSelection>({ resourceId: null, shapeId: null });
  if (!doc) return null;
  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tab={tab}
      onTab={setTab}
      legend={tab === 'map' ? <MapLegend /> : undefined}
      // The map fills the window under the tabs; the table and the pentagon read as pages.
      layout={tab === 'map' ? 'canvas' : 'page'}
      tabs={[
        { key: 'map', label: t('resources.tabMap') },
        { key: 'table', label: t('resources.tabTable') },
        { key: 'pentagon', label: t('resources.tabPentagon') },
      ]}
    >
      {tab === 'map' ? <MapTab doc={doc} act={perform} selection={selection} onSelection={setSelection} /> : null}
      {tab === 'table' ? <ResourceTable doc={doc} /> : null}
      {tab === 'pentagon' ? (
        <PentagonTab doc={doc} sessionId={sessionId} exerciseId={exerciseId} copyOf={history.exercise?.copyOf} />
      ) : null}
    </ExerciseFrame>
  );
}
