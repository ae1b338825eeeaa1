import { useTranslation } from 'react-i18next';
import type { TreeNode } from '#shared/exercises/framing/tree.js';
import { ObjectMenu } from '../../components/ObjectMenu.js';
import type { AddWhere } from './TreeToolbar.js';

/**
 * A tree box's menu, opened by holding a finger or pen on it (or a right click): add a
 * cause, an effect or a box beside it, fold its branch, remove it; the focal problem has
 * no box beside it and cannot be removed. The box is selected, so each choice acts on it.
 */
export function TreeBoxMenu({
  node,
  title,
  at,
  onAdd,
  onToggleFold,
  onRemove,
  onClose,
}: {
  node: TreeNode;
  /** The box's text as the tree shows it now (problem or objective). */
  title: string;
  at: { x: number; y: number };
  onAdd: (where: AddWhere) => void;
  onToggleFold: () => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isFocal = node.parentId === null;
  return (
    <ObjectMenu
      title={title || t('framing.focal')}
      at={at}
      onClose={onClose}
      items={[
        { key: 'cause', label: t('framing.addCause'), run: () => onAdd({ kind: 'child', side: 'cause' }) },
        { key: 'effect', label: t('framing.addEffect'), run: () => onAdd({ kind: 'child', side: 'effect' }) },
        ...(isFocal ? [] : [{ key: 'sibling', label: t('framing.addSibling'), run: () => onAdd({ kind: 'sibling' }) }]),
        { key: 'fold', label: t('framing.fold'), run: onToggleFold },
        ...(isFocal ? [] : [{ key: 'remove', label: t('framing.removeBranch'), danger: true, run: onRemove }]),
      ]}
    />
  );
}
