import { useTranslation } from 'react-i18next';
import { relations, type Importance, type Institution } from '#shared/exercises/venn/schema.js';
import { ObjectMenu } from '../../components/ObjectMenu.js';

/**
 * A circle's menu, opened by holding a finger or pen on it (or a right click): what the
 * room changes most while talking, its importance and its relation, and removing it, as
 * large buttons where the finger is. The side panel keeps every field.
 */
export function InstitutionMenu({
  institution,
  at,
  onChange,
  onDelete,
  onClose,
}: {
  institution: Institution;
  at: { x: number; y: number };
  onChange: (change: Partial<Omit<Institution, 'id'>>) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ObjectMenu
      title={institution.name}
      at={at}
      onClose={onClose}
      items={[
        ...([1, 2, 3, 4] as const).map((n: Importance) => ({
          key: `importance-${n}`,
          label: `${t('venn.importance')}: ${n} ${t(`venn.importanceLevels.${n}`)}`,
          checked: institution.importance === n,
          run: () => institution.importance !== n && onChange({ importance: n }),
        })),
        ...relations.map((relation) => ({
          key: `relation-${relation}`,
          label: `${t('venn.relation')}: ${t(`venn.relations.${relation}`)}`,
          checked: institution.relation === relation,
          run: () => institution.relation !== relation && onChange({ relation }),
        })),
        { key: 'delete', label: t('venn.deleteInstitution'), danger: true, run: onDelete },
      ]}
    />
  );
}
