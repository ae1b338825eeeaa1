import { useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  mergeColumns,
  moveCard,
  nameColumn,
  newColumn,
  nextToName,
  orderBySize,
  titleHint,
  type Board,
} from '../../../../shared/exercises/framing/consensus.js';
import { zConsensusDocument, type ConsensusDocument } from '../../../../shared/exercises/framing/schema.js';
import { useExercise } from '../document/useExercise.js';
import { Icon } from '../../components/Icon.js';
import { Button, Field } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { ExerciseFrame } from '../ExerciseFrame.js';

const parse = (body: unknown): ConsensusDocument => zConsensusDocument.parse(body);
type Tab = 'board' | 'resolve';
// Plain text with a prefix: the one drag type every platform keeps.
const cardMime = 'text/plain';
const cardPrefix = 'rembug-card:';
const newColumnTarget = '__new__';
const looseTarget = '__loose__';

/**
 * The ToP consensus board: cards typed fast, dragged (or moved with their menu) into
 * columns, columns named largest first, then the resolve step.
 */
export function ConsensusView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, commit } = history;
  const [tab, setTab] = useState<Tab>('board');
  const [text, setText] = useState('');
  const [group, setGroup] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!doc) return null;

  const board: Board = { cards: doc.cards, loose: doc.loose, columns: doc.columns };
  const withBoard = (b: Board): ConsensusDocument => ({ ...doc, cards: b.cards, loose: b.loose, columns: b.columns });
  const cardById = new Map(doc.cards.map((c) => [c.id, c]));
  const next = nextToName(board);

  const move = (cardId: string, target: string): void => {
    if (target === newColumnTarget) commit(withBoard(newColumn(board, [cardId], newId())));
    else commit(withBoard(moveCard(board, cardId, target === looseTarget ? null : target)));
  };

  const addCard = (e: FormEvent): void => {
    e.preventDefault();
    if (!text.trim()) return setProblem(t('framing.emptyCard'));
    setProblem(null);
    const id = newId();
    commit({ ...doc, cards: [...doc.cards, { id, text, group }], loose: [...doc.loose, id] });
    setText('');
  };

  // The drop highlight is set on the element directly: a React update on every
  // dragover would re-render the whole board many times a second while dragging.
  const dropProps = (target: string) => ({
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!e.dataTransfer.types.includes(cardMime)) return;
      e.preventDefault();
      e.currentTarget.classList.add('over');
    },
    onDragLeave: (e: DragEvent<HTMLElement>) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) e.currentTarget.classList.remove('over');
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      e.currentTarget.classList.remove('over');
      const data = e.dataTransfer.getData(cardMime);
      if (data.startsWith(cardPrefix)) move(data.slice(cardPrefix.length), target);
    },
  });

  const cardView = (cardId: string, where: string) => {
    const card = cardById.get(cardId);
    if (!card) return null;
    return (
      <li
        key={cardId}
        className="idea-card"
        draggable
        data-testid="idea-card"
        onDragStart={(e) => {
          e.dataTransfer.setData(cardMime, cardPrefix + cardId);
          e.dataTransfer.effectAllowed = 'move';
        }}
      >
        <span className="idea-text">{card.text}</span>
        {card.group ? <span className="tag">{card.group}</span> : null}
        <select
          aria-label={`${t('framing.moveTo')}: ${card.text}`}
          value=""
          onChange={(e) => e.target.value && move(cardId, e.target.value)}
        >
          <option value="">{t('framing.moveTo')}…</option>
          {doc.columns
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
  };

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tab={tab}
      onTab={setTab}
      tabs={[
        { key: 'board', label: t('framing.consensus') },
        { key: 'resolve', label: t('framing.resolve') },
      ]}
    >
      <Field label={t('framing.focusQuestion')}>
        {(id) => (
          <input
            id={id}
            className="focus-question"
            key={doc.focusQuestion}
            defaultValue={doc.focusQuestion}
            placeholder={t('framing.focusHint')}
            onBlur={(e) => e.target.value !== doc.focusQuestion && commit({ ...doc, focusQuestion: e.target.value })}
          />
        )}
      </Field>
      {tab === 'board' ? (
        <div className="board">
          <form className="inline-form card-entry" onSubmit={addCard}>
            <input
              aria-label={t('framing.cardText')}
              placeholder={t('framing.cardText')}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <input
              aria-label={t('framing.cardGroup')}
              placeholder={t('framing.cardGroup')}
              className="group-input"
              value={group}
              onChange={(e) => setGroup(e.target.value)}
            />
            <Button variant="primary" type="submit">
              <Icon name="plus" /> {t('framing.addCard')}
            </Button>
            <Button onClick={() => commit(withBoard(orderBySize(board)))} disabled={doc.columns.length < 2}>
              {t('framing.orderBySize')}
            </Button>
          </form>
          {problem ? (
            <p className="field-error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="board-columns">
            <section className="board-column loose" aria-label={t('framing.loose')} {...dropProps(looseTarget)}>
              <h2>
                {t('framing.loose')} ({doc.loose.length})
              </h2>
              <ul>{doc.loose.map((id) => cardView(id, looseTarget))}</ul>
            </section>
            {doc.columns.map((column) => {
              const hint = titleHint(column.title);
              return (
                <section
                  key={column.id}
                  className={`board-column ${next?.id === column.id ? 'next' : ''}`}
                  aria-label={`${column.symbol} ${column.title}`}
                  data-testid="board-column"
                  {...dropProps(column.id)}
                >
                  <div className="column-head">
                    <span className="symbol" aria-hidden="true">
                      {column.symbol}
                    </span>
                    <textarea
                      rows={2}
                      aria-label={`${t('framing.columnTitle')} ${column.symbol}`}
                      key={column.title}
                      defaultValue={column.title}
                      placeholder={t('framing.titleHint')}
                      onBlur={(e) =>
                        e.target.value !== column.title &&
                        commit(withBoard(nameColumn(board, column.id, e.target.value)))
                      }
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          (e.target as HTMLTextAreaElement).blur();
                        }
                      }}
                    />
                  </div>
                  <p className="muted small">
                    {t('framing.cards', { count: column.cardIds.length })}
                    {next?.id === column.id ? <strong> · {t('framing.nameNext')}</strong> : null}
                    {hint === 'short' ? <span className="warning"> · {t('framing.titleShort')}</span> : null}
                    {hint === 'long' ? <span className="warning"> · {t('framing.titleLong')}</span> : null}
                  </p>
                  <ul>{column.cardIds.map((id) => cardView(id, column.id))}</ul>
                  {doc.columns.length > 1 ? (
                    <select
                      aria-label={`${t('framing.mergeInto')} ${column.symbol}`}
                      value=""
                      onChange={(e) =>
                        e.target.value && commit(withBoard(mergeColumns(board, e.target.value, column.id)))
                      }
                    >
                      <option value="">{t('framing.mergeInto')}…</option>
                      {doc.columns
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
            })}
            <section
              className="board-column new-column"
              aria-label={t('framing.newColumn')}
              {...dropProps(newColumnTarget)}
            >
              <h2>+ {t('framing.newColumn')}</h2>
              <p className="muted">{t('framing.dropHere')}</p>
            </section>
          </div>
        </div>
      ) : (
        <div className="ranking-setup">
          {(['meaning', 'nextSteps'] as const).map((key) => (
            <section key={key} className="card">
              <Field label={t(`framing.${key}`)}>
                {(id) => (
                  <textarea
                    id={id}
                    rows={6}
                    key={doc.resolve[key]}
                    defaultValue={doc.resolve[key]}
                    onBlur={(e) =>
                      e.target.value !== doc.resolve[key] &&
                      commit({ ...doc, resolve: { ...doc.resolve, [key]: e.target.value } })
                    }
                  />
                )}
              </Field>
            </section>
          ))}
        </div>
      )}
    </ExerciseFrame>
  );
}
