import { useTranslation } from 'react-i18next';
import { setCapital } from '#shared/exercises/resources/actions.js';
import type { MapResource } from '#shared/exercises/resources/schema.js';
import { ObjectMenu } from '../../components/ObjectMenu.js';
import { useCapitalOptions } from './AddResourceForm.js';
import type { Act } from './mapActions.js';

/**
 * A marker's menu, opened by holding a finger or pen on it (or a right click): its capital
 * and removing it, as large buttons where the finger is. The side panel keeps every field.
 */
export function ResourceMenu({
  resource,
  at,
  act,
  onRemove,
  onClose,
}: {
  resource: MapResource;
  at: { x: number; y: number };
  act: Act;
  onRemove: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const capitalOptions = useCapitalOptions();
  return (
    <ObjectMenu
      title={resource.name}
      at={at}
      onClose={onClose}
      items={[
        ...capitalOptions.map((c) => ({
          key: c.value,
          label: `${t('resources.capital')}: ${c.label}`,
          checked: resource.capital === c.value,
          run: () => resource.capital !== c.value && act(setCapital, { id: resource.id, capital: c.value }),
        })),
        { key: 'remove', label: t('resources.remove'), danger: true, run: onRemove },
      ]}
    />
  );
}
