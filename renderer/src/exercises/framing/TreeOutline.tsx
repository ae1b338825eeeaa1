import './treeOutline.css';
import { useTranslation } from 'react-i18next';
import {
  childrenOf,
  focalOf,
  nodeText,
  type Side,
  type TreeNode,
  type TreeView,
} from '#shared/exercises/framing/tree.js';

/**
 * The tree as nested lists, the text twin of the tree picture: effects (or ends) first,
 * as the picture has them on top, then the focal problem, then causes (or means), each
 * branch nested under its box, folded branches listed too. A screen reader walks it as
 * it walks any list (with its levels); a press on a box selects it in the picture.
 * It sits closed under the canvas, so the wall keeps its room.
 */
export function TreeOutline({
  nodes,
  view,
  selectedId,
  onSelect,
}: {
  nodes: readonly TreeNode[];
  view: TreeView;
  selectedId: string | null;
  onSelect: (nodeId: string) => void;
}) {
  const { t } = useTranslation();
  const focal = focalOf(nodes);
  if (!focal) return null;

  const label = (node: TreeNode): string => nodeText(node, view).text.trim() || '—';
  const branch = (parentId: string, side: Side | null) => {
    const children = childrenOf(nodes, parentId).filter((n) => side === null || n.side === side);
    if (children.length === 0) return null;
    return (
      <ul>
        {children.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              className="outline-box"
              aria-current={n.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(n.id)}
            >
              {label(n)}
              {n.collapsed && childrenOf(nodes, n.id).length > 0 ? (
                <span className="muted"> ({t('twin.folded')})</span>
              ) : null}
            </button>
            {branch(n.id, null)}
          </li>
        ))}
      </ul>
    );
  };
  const part = (side: Side) => {
    const list = branch(focal.id, side);
    const heading = t(`twin.parts.${view}.${side}sTitle`);
    return list ? (
      <section aria-label={heading}>
        <h3>{heading}</h3>
        {list}
      </section>
    ) : null;
  };

  return (
    <details className="tree-outline" data-testid="tree-outline">
      <summary>
        {t('twin.outline')} ({nodes.length})
      </summary>
      <p className="muted small">{t('twin.outlineHint')}</p>
      {part('effect')}
      <section aria-label={t(`twin.parts.${view}.focal`)}>
        <h3>{t(`twin.parts.${view}.focal`)}</h3>
        <button
          type="button"
          className="outline-box"
          aria-current={focal.id === selectedId ? 'true' : undefined}
          onClick={() => onSelect(focal.id)}
        >
          {label(focal)}
        </button>
      </section>
      {part('cause')}
    </details>
  );
}
