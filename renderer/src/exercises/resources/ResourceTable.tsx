import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resourceProblems, type ResourceProblem } from '#shared/exercises/resources/capitals.js';
import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { resourcesByCapital } from '#shared/exercises/resources/tables.js';
import { Field } from '../../components/ui.js';

/** The resources by capital (the same rows as the report), filtered by a resource problem. */
export function ResourceTable({ doc }: { doc: ResourceMapDocument }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<ResourceProblem | ''>('');
  return (
    <section className="card">
      <Field label={t('resources.filter')}>
        {(id) => (
          <select id={id} value={filter} onChange={(e) => setFilter(e.target.value as ResourceProblem | '')}>
            <option value="">{t('resources.all')}</option>
            {resourceProblems.map((p) => (
              <option key={p} value={p}>
                {t(`resources.problemNames.${p}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {resourcesByCapital(doc, t, filter || null).map((group) => (
        <section key={group.capital} aria-label={group.capitalName}>
          <h2>
            <span className="swatch" style={{ background: group.colour }} /> {group.capitalName} ({group.rows.length})
          </h2>
          <table className="data" data-testid={`resources-${group.capital}`}>
            <thead>
              <tr>
                <th>{t('resources.name')}</th>
                <th>{t('resources.rating')}</th>
                <th>{t('resources.owner')}</th>
                <th>{t('resources.problems')}</th>
              </tr>
            </thead>
            <tbody>
              {group.rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{r.rating}</td>
                  <td>{r.owner}</td>
                  <td>{r.problems.map((p) => p.text).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
