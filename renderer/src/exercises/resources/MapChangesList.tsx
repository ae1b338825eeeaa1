import { useTranslation } from 'react-i18next';
import { compareMaps } from '#shared/exercises/resources/compare.js';
import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { sameNameKey } from '#shared/model/text.js';

/** Resources added, gone and re-rated since the other map (matched by name). */
export function MapChangesList({
  before,
  after,
  otherTitle,
}: {
  before: ResourceMapDocument;
  after: ResourceMapDocument;
  otherTitle: string;
}) {
  const { t } = useTranslation();
  const keyed = (d: ResourceMapDocument) => d.resources.map((r) => ({ ...r, id: sameNameKey(r.name) }));
  const changes = compareMaps(keyed(before), keyed(after));
  const none = changes.added.length + changes.gone.length + changes.rerated.length === 0;
  return (
    <section aria-label={`${t('resources.compareWith')} ${otherTitle}`} data-testid="map-changes">
      {none ? <p className="muted">{t('resources.noChanges')}</p> : null}
      {changes.added.length ? (
        <p>
          <strong>{t('resources.added')}:</strong> {changes.added.map((r) => r.name).join(', ')}
        </p>
      ) : null}
      {changes.gone.length ? (
        <p>
          <strong>{t('resources.gone')}:</strong> {changes.gone.map((r) => r.name).join(', ')}
        </p>
      ) : null}
      {changes.rerated.length ? (
        <p>
          <strong>{t('resources.rerated')}:</strong>{' '}
          {changes.rerated.map((c) => `${c.resource.name} ${c.before} → ${c.after}`).join(', ')}
        </p>
      ) : null}
    </section>
  );
}
