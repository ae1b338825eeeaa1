import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pentagonOf, pentagonScene } from '#shared/exercises/resources/pentagon.js';
import { zResourceMapDocument, type ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { capitalNames, pentagonValueRows } from '#shared/exercises/resources/tables.js';
import { sceneToSvg } from '#shared/scene/svg.js';
import { call } from '../../api.js';
import { useApp } from '../../AppContext.js';
import { Field } from '../../components/ui.js';
import { MapChangesList } from './MapChangesList.js';

/** The pentagon's values in words: the chart's description for a screen reader. */
const valuesTableId = 'pentagon-values';

interface OtherMap {
  id: string;
  title: string;
  doc: ResourceMapDocument;
}

/** The asset pentagon with its values, optionally over another map of the same session. */
export function PentagonTab({
  doc,
  sessionId,
  exerciseId,
  copyOf,
}: {
  doc: ResourceMapDocument;
  sessionId: string;
  exerciseId: string;
  /** The map this one is the "after" copy of: drawn under it until the facilitator chooses another. */
  copyOf?: string | null;
}) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const [siblings, setSiblings] = useState<{ id: string; title: string }[]>([]);
  const [otherChoice, setOtherId] = useState<string | null>(null);
  const [other, setOther] = useState<OtherMap | null>(null);
  useEffect(() => {
    call('session.get', { id: sessionId })
      .then((session) => setSiblings(session.exercises.filter((e) => e.type === 'resourceMap' && e.id !== exerciseId)))
      .catch(showError);
  }, [exerciseId, sessionId, showError]);
  const otherId = otherChoice ?? siblings.find((s) => s.id === copyOf)?.id ?? '';
  useEffect(() => {
    if (!otherId) return setOther(null);
    call('exercise.get', { id: otherId })
      .then((ex) => setOther({ id: ex.id, title: ex.title, doc: zResourceMapDocument.parse(ex.body) }))
      .catch(showError);
  }, [otherId, showError]);

  const chart = pentagonScene(
    [
      ...(other ? [{ values: pentagonOf(other.doc.resources), stroke: '#6B7280', dash: [12, 8] }] : []),
      { values: pentagonOf(doc.resources), stroke: '#0b5cad' },
    ],
    capitalNames(t),
  );
  const chartName = other ? t('twin.pentagonCompare', { other: other.title }) : t('twin.pentagonChart');
  return (
    <section className="card pentagon">
      <div>
        <div
          className="pentagon-chart"
          // Built by our own scene code; every label is escaped. The values table beside it describes it.
          dangerouslySetInnerHTML={{
            __html: sceneToSvg(chart, '100%', { name: chartName, describedBy: valuesTableId }),
          }}
        />
        {siblings.length > 0 ? (
          <Field label={t('resources.compareWith')}>
            {(id) => (
              <select id={id} value={other?.id ?? ''} onChange={(e) => setOtherId(e.target.value)}>
                <option value="">{t('common.none')}</option>
                {siblings.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {other ? <MapChangesList before={other.doc} after={doc} otherTitle={other.title} /> : null}
      </div>
      <div>
        <p className="muted">{t('resources.formula')}</p>
        <table className="data" data-testid="pentagon-values" id={valuesTableId}>
          <thead>
            <tr>
              <th>{t('resources.capital')}</th>
              <th>{t('resources.count')}</th>
              <th>{t('resources.value')}</th>
            </tr>
          </thead>
          <tbody>
            {pentagonValueRows(doc, t).map((row) => (
              <tr key={row.capital}>
                <td>{row.capitalName}</td>
                <td>{row.count}</td>
                <td>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
