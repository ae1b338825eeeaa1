import { useTranslation } from 'react-i18next';
import { titleHint, type Card, type Column } from '#shared/exercises/framing/consensus.js';
import { BlurText } from './BlurText.js';
import { cardDropProps } from './boardDrop.js';
import { IdeaCardList } from './IdeaCard.js';

/**
 * A cluster of cards: its symbol while unnamed, its title (ToP: 3-7 words, hints only),
 * its cards, and a menu to merge it into another column.
 */
export function BoardColumn({
  column,
  columns,
  cardById,
  isNextToName,
  onMove,
  onName,
  onMerge,
}: {
  column: Column;
  columns: readonly Column[];
  cardById: ReadonlyMap<string, Card>;
  isNextToName: boolean;
  onMove: (cardId: string, target: string) => void;
  onName: (title: string) => void;
  onMerge: (intoColumnId: string) => void;
}) {
  const { t } = useTranslation();
  const hint = titleHint(column.title);
  return (
    <section
      className={`board-column ${isNextToName ? 'next' : ''}`}
      aria-label={`${column.symbol} ${column.title}`}
      data-testid="board-column"
      {...cardDropProps(column.id, onMove)}
    >
      <div className="column-head">
        <span className="symbol" aria-hidden="true">
          {column.symbol}
        </span>
        <BlurText
          rows={2}
          enterCommits
          label={`${t('framing.columnTitle')} ${column.symbol}`}
          value={column.title}
          placeholder={t('framing.titleHint')}
          onCommit={onName}
        />
      </div>
      <p className="muted small">
        {t('framing.cards', { count: column.cardIds.length })}
        {isNextToName ? <strong> · {t('framing.nameNext')}</strong> : null}
        {hint === 'short' ? <span className="warning"> · {t('framing.titleShort')}</span> : null}
        {hint === 'long' ? <span className="warning"> · {t('framing.titleLong')}</span> : null}
      </p>
      <IdeaCardList cardIds={column.cardIds} cardById={cardById} where={column.id} columns={columns} onMove={onMove} />
      {columns.length > 1 ? (
        <select
          aria-label={`${t('framing.mergeInto')} ${column.symbol}`}
          value=""
          onChange={(e) => e.target.value && onMerge(e.target.value)}
        >
          <option value="">{t('framing.mergeInto')}…</option>
          {columns
            .filter((c) => c.id !== column.id)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.symbol} {c.title}
              </option>
            ))}
        </select>
      ) : null}
    </section>
  );
}
