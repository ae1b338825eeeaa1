import { useTranslation } from 'react-i18next';
import type { Card, Column } from '#shared/exercises/framing/consensus.js';
import { looseTarget, newColumnTarget, startCardDrag } from './boardDrop.js';

/**
 * One idea card: dragged with the mouse or a finger, or moved with its menu (any other
 * column, the loose cards, a new column), so the keyboard can cluster too.
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
  return (
    <li className="idea-card" draggable data-testid="idea-card" onDragStart={(e) => startCardDrag(e, card.id)}>
      <span className="idea-text">{card.text}</span>
      {card.group ? <span className="tag">{card.group}</span> : null}
      <select
        aria-label={`${t('framing.moveTo')}: ${card.text}`}
        value=""
        onChange={(e) => e.target.value && onMove(card.id, e.target.value)}
      >
        <option value="">{t('framing.moveTo')}…</option>
        {columns
          .filter((c) => c.id !== where)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.symbol} {c.title || ''}
            </option>
          ))}
        {where !== looseTarget ? <option value={looseTarget}>{t('framing.loose')}</option> : null}
        <option value={newColumnTarget}>+ {t('framing.newColumn')}</option>
      </select>
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
