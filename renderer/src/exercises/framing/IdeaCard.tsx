import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card, Column } from '#shared/exercises/framing/consensus.js';
import { ObjectMenu } from '../../components/ObjectMenu.js';
import { looseTarget, newColumnTarget, startCardDrag } from './boardDrop.js';
import { useCardPointerDrag } from './useCardPointerDrag.js';

/**
 * One idea card: dragged with the mouse, a finger or a pen, or moved with its menu (any
 * other column, the loose cards, a new column), so the keyboard can cluster too. The same
 * places open as a menu of large buttons when a finger or pen is held on the card, or on a
 * right click.
 */
export function IdeaCard({
  card,
  where,
  columns,
  onMove,
}: {
  card: Card;
  /** The column it sits in, or `looseTarget`. */
  where: string;
  columns: readonly Column[];
  onMove: (cardId: string, target: string) => void;
}) {
  const { t } = useTranslation();
  const [menuAt, setMenuAt] = useState<{ x: number; y: number } | null>(null);
  const pointerDrag = useCardPointerDrag({ cardId: card.id, where, onMove, onMenu: setMenuAt });
  const targets = [
    ...columns.filter((c) => c.id !== where).map((c) => ({ value: c.id, label: `${c.symbol} ${c.title || ''}` })),
    ...(where !== looseTarget ? [{ value: looseTarget, label: t('framing.loose') }] : []),
    { value: newColumnTarget, label: `+ ${t('framing.newColumn')}` },
  ];
  return (
    <li
      className="idea-card"
      draggable
      data-testid="idea-card"
      onDragStart={(e) => startCardDrag(e, card.id)}
      {...pointerDrag}
      onContextMenu={(e) => {
        if (e.target instanceof Element && e.target.closest('select')) return;
        // A held finger opens the menu once (ours), not a second time through the browser's long press.
        e.preventDefault();
        if (!menuAt) setMenuAt({ x: e.clientX, y: e.clientY });
      }}
    >
      <span className="idea-text">{card.text}</span>
      {card.group ? <span className="tag">{card.group}</span> : null}
      <select
        aria-label={`${t('framing.moveTo')}: ${card.text}`}
        value=""
        onChange={(e) => e.target.value && onMove(card.id, e.target.value)}
      >
        <option value="">{t('framing.moveTo')}…</option>
        {targets.map((target) => (
          <option key={target.value} value={target.value}>
            {target.label}
          </option>
        ))}
      </select>
      {menuAt ? (
        <ObjectMenu
          title={`${t('framing.moveTo')}: ${card.text}`}
          at={menuAt}
          items={targets.map((target) => ({
            key: target.value,
            label: target.label,
            run: () => onMove(card.id, target.value),
          }))}
          onClose={() => setMenuAt(null)}
        />
      ) : null}
    </li>
  );
}

/** The cards of one place on the board (a column or the loose pile), in their order. */
export function IdeaCardList({
  cardIds,
  cardById,
  where,
  columns,
  onMove,
}: {
  cardIds: readonly string[];
  cardById: ReadonlyMap<string, Card>;
  where: string;
  columns: readonly Column[];
  onMove: (cardId: string, target: string) => void;
}) {
  return (
    <ul>
      {cardIds.map((id) => {
        const card = cardById.get(id);
        return card ? <IdeaCard key={id} card={card} where={where} columns={columns} onMove={onMove} /> : null;
      })}
    </ul>
  );
}
