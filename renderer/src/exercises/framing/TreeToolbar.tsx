import { useTranslation } from 'react-i18next';
import type { Side, TreeNode, TreeView } from '#shared/exercises/framing/tree.js';
import { Icon } from '../../components/Icon.js';
import { Button, Segmented } from '../../components/ui.js';

export type AddWhere = { kind: 'child'; side: Side } | { kind: 'sibling' };

/**
 * The problem/objective switch and the buttons that add a box to the selected one: a cause
 * below, an effect above (on the focal problem only), a box beside (not the focal one).
 */
export function TreeToolbar({
  view,
  onView,
  selected,
  onAdd,
}: {
  view: TreeView;
  onView: (view: TreeView) => void;
  selected: TreeNode | null;
  onAdd: (where: AddWhere) => void;
}) {
  const { t } = useTranslation();
  const isFocal = selected?.parentId === null;
  return (
    <div className="toolbar">
      <Segmented
        label={t('framing.tree')}
        value={view}
        options={[
          { value: 'problem', label: t('framing.problemView') },
          { value: 'objective', label: t('framing.objectiveView') },
        ]}
        onChange={onView}
      />
      <div className="tool-group">
        <Button onClick={() => onAdd({ kind: 'child', side: 'cause' })} disabled={!selected}>
          <Icon name="plus" /> {t('framing.addCause')}
        </Button>
        <Button onClick={() => onAdd({ kind: 'child', side: 'effect' })} disabled={!selected || !isFocal}>
          <Icon name="plus" /> {t('framing.addEffect')}
        </Button>
        <Button onClick={() => onAdd({ kind: 'sibling' })} disabled={!selected || isFocal}>
          {t('framing.addSibling')}
        </Button>
      </div>
    </div>
  );
}
