import './framing.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addCard,
  mergeColumns,
  moveCard,
  nameColumn,
  orderColumnsBySize,
  setFocusQuestion,
  setResolve,
  startColumn,
} from '#shared/exercises/framing/actions.js';
import { nextToName } from '#shared/exercises/framing/consensus.js';
import { zConsensusDocument, type ConsensusDocument } from '#shared/exercises/framing/schema.js';
import { Field } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { useExercise } from '../document/useExercise.js';
import { ExerciseFrame } from '../ExerciseFrame.js';
import { WallBoard } from '../wallViews.js';
import { BlurText } from './BlurText.js';
import { BoardColumn } from './BoardColumn.js';
import { cardDropProps, looseTarget, newColumnTarget } from './boardDrop.js';
import { CardEntry } from './CardEntry.js';
import { IdeaCardList } from './IdeaCard.js';
import { ResolveStep } from './ResolveStep.js';

const parse = (body: unknown): ConsensusDocument => zConsensusDocument.parse(body);
type Tab = 'board' | 'resolve';

/**
 * The ToP consensus board: cards typed fast, dragged (or moved with their menu) into
 * columns, columns named largest first, then the resolve step.
 */
export function ConsensusView({ sessionId, exerciseId }: { sessionId: string; exerciseId: string }) {
  const { t } = useTranslation();
  const history = useExercise(exerciseId, parse);
  const { doc, perform } = history;
  const [tab, setTab] = useState<Tab>('board');
  if (!doc) return null;

  const cardById = new Map(doc.cards.map((c) => [c.id, c]));
  const next = nextToName(doc);
  const move = (cardId: string, target: string): void => {
    if (target === newColumnTarget) perform(startColumn, { columnId: newId(), cardIds: [cardId] });
    else perform(moveCard, { cardId, columnId: target === looseTarget ? null : target });
  };

  return (
    <ExerciseFrame
      sessionId={sessionId}
      history={history}
      tab={tab}
      onTab={setTab}
      wall={<WallBoard doc={doc} />}
      tabs={[
        { key: 'board', label: t('framing.consensus') },
        { key: 'resolve', label: t('framing.resolve') },
      ]}
    >
      <Field label={t('framing.focusQuestion')}>
        {(id) => (
          <BlurText
            id={id}
            className="focus-question"
            value={doc.focusQuestion}
            placeholder={t('framing.focusHint')}
            onCommit={(text) => perform(setFocusQuestion, { text })}
          />
        )}
      </Field>
      {tab === 'board' ? (
        <div className="board">
          <CardEntry
            onAdd={(text, group) => perform(addCard, { id: newId(), text, group })}
            onOrderBySize={() => perform(orderColumnsBySize, undefined)}
            canOrder={doc.columns.length >= 2}
          />
          <div className="board-columns">
            <section
              className="board-column loose"
              aria-label={t('framing.loose')}
              {...cardDropProps(looseTarget, move)}
            >
              <h2>
                {t('framing.loose')} ({doc.loose.length})
              </h2>
              <IdeaCardList
                cardIds={doc.loose}
                cardById={cardById}
                where={looseTarget}
                columns={doc.columns}
                onMove={move}
              />
            </section>
            {doc.columns.map((column) => (
              <BoardColumn
                key={column.id}
                column={column}
                columns={doc.columns}
                cardById={cardById}
                isNextToName={next?.id === column.id}
                onMove={move}
                onName={(title) => perform(nameColumn, { columnId: column.id, title })}
                onMerge={(into) => perform(mergeColumns, { into, from: column.id })}
              />
            ))}
            <section
              className="board-column new-column"
              aria-label={t('framing.newColumn')}
              {...cardDropProps(newColumnTarget, move)}
            >
              <h2>+ {t('framing.newColumn')}</h2>
              <p className="muted">{t('framing.dropHere')}</p>
            </section>
          </div>
        </div>
      ) : (
        <ResolveStep resolve={doc.resolve} onChange={(field, text) => perform(setResolve, { field, text })} />
      )}
    </ExerciseFrame>
  );
}
