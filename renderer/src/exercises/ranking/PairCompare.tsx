import { useTranslation } from 'react-i18next';
import { useCallback, useMemo, useRef, useState } from 'react';
import { pairKey, pairsOf, type PairChoice, type PairwiseResult } from '#shared/exercises/ranking/pairwise.js';
import { pairwiseActions } from '#shared/exercises/ranking/pairwiseActions.js';
import type { PairwiseDocument, RankGroup } from '#shared/exercises/ranking/schema.js';
import { pairwiseGrid } from '#shared/exercises/ranking/tables.js';
import { Button } from '../../components/ui.js';
import { plainKey, useKeymap, type KeyBinding } from '../../useKeymap.js';
import { DataTable } from './DataTable.js';
import { GroupBar } from './RankingParts.js';
import { type RunAction } from './useRankingActions.js';

const choiceOrder = ['first', 'equal', 'second'] as const;

/**
 * The pair on screen, readable at once by a key that follows before the next render
 * (a facilitator taps through pairs quickly).
 */
function usePairIndex(count: number) {
  const [index, setIndexState] = useState(0);
  const ref = useRef(0);
  const setIndex = useCallback(
    (next: number) => {
      ref.current = Math.max(0, Math.min(count - 1, next));
      setIndexState(ref.current);
    },
    [count],
  );
  return { index: Math.min(index, Math.max(0, count - 1)), ref, setIndex };
}

/** One pair at a time, big, chosen with the arrow keys; the grid of all pairs on demand. */
export function PairCompare({
  doc,
  group,
  onSelectGroup,
  result,
  run,
}: {
  doc: PairwiseDocument;
  group: RankGroup;
  onSelectGroup: (id: string) => void;
  result: PairwiseResult;
  run: RunAction<PairwiseDocument>;
}) {
  const { t } = useTranslation();
  const ids = useMemo(() => doc.items.map((i) => i.id), [doc.items]);
  const pairs = useMemo(() => pairsOf(ids), [ids]);
  const { index, ref, setIndex } = usePairIndex(pairs.length);
  const [showGrid, setShowGrid] = useState(false);
  // A reason being typed; null while the field shows the stored one.
  const [draft, setDraft] = useState<string | null>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const choices = doc.choices[group.id] ?? {};
  const grid = pairwiseGrid(doc.items, choices);
  const current = pairs[index];
  const cell = current ? choices[pairKey(current.first, current.second)] : undefined;
  const names = new Map(doc.items.map((i) => [i.id, i.name]));

  const goTo = (next: number): void => {
    setIndex(next);
    setDraft(null);
  };
  const choose = (choice: PairChoice): void => {
    const pair = pairs[ref.current];
    if (!pair) return;
    run(pairwiseActions.choose, { groupId: group.id, pair, choice, ...(draft === null ? {} : { reason: draft }) });
    goTo(ref.current + 1);
  };
  const keepReason = (): void => {
    const pair = pairs[ref.current];
    if (draft === null || !pair || !cell) return;
    run(pairwiseActions.setReason, { groupId: group.id, pair, reason: draft });
    setDraft(null);
  };
  const bindings: KeyBinding[] = [
    {
      keyTest: (e) => e.key === 'Enter' && e.target === reasonRef.current,
      whileTyping: true,
      run: () => {
        keepReason();
        reasonRef.current?.blur();
      },
    },
    { keyTest: plainKey('ArrowLeft'), run: () => choose('first') },
    { keyTest: plainKey('ArrowRight'), run: () => choose('second') },
    { keyTest: plainKey('e', 'E'), run: () => choose('equal') },
    { keyTest: plainKey('Enter'), run: () => reasonRef.current?.focus() },
    { keyTest: plainKey('ArrowUp', 'PageUp'), run: () => goTo(ref.current - 1) },
    { keyTest: plainKey('ArrowDown', 'PageDown'), run: () => goTo(ref.current + 1) },
  ];
  useKeymap(bindings);

  return (
    <div className="pair-stage">
      <GroupBar groups={doc.groups} active={group.id} onSelect={onSelectGroup} />
      {doc.question ? <p className="pair-question">{doc.question}</p> : null}
      <p className="pair-progress" data-testid="pair-progress">
        {t('ranking.pair.progress', { n: index + 1, total: pairs.length })} · {result.decided}/{result.total}
      </p>
      <div className="pair-choice">
        {choiceOrder.map((choice) => (
          <button
            key={choice}
            type="button"
            className={`${choice === 'equal' ? 'pair-equal' : 'pair-option'} ${cell?.choice === choice ? 'chosen' : ''}`}
            onClick={() => choose(choice)}
          >
            {choice === 'equal' ? t('ranking.pair.equal') : current && names.get(current[choice])}
          </button>
        ))}
      </div>
      <div className="inline-form pair-reason">
        <input
          ref={reasonRef}
          aria-label={t('ranking.pair.reason')}
          placeholder={t('ranking.pair.reason')}
          value={draft ?? cell?.reason ?? ''}
          onChange={(e) => setDraft(e.target.value)}
          // Without a choice yet the reason waits for it (a click on a choice takes it along).
          onBlur={keepReason}
        />
      </div>
      <div className="pair-nav">
        <Button onClick={() => goTo(index - 1)} disabled={index === 0}>
          ↑ {t('ranking.pair.previous')}
        </Button>
        <span className="muted">{t('ranking.pair.keys')}</span>
        <Button onClick={() => goTo(index + 1)} disabled={index >= pairs.length - 1}>
          {t('ranking.pair.next')} ↓
        </Button>
        <Button variant="ghost" onClick={() => setShowGrid((s) => !s)} aria-pressed={showGrid}>
          {t('ranking.pair.matrix')}
        </Button>
      </div>
      {result.decided === result.total ? <p className="lead done">{t('ranking.pair.done')}</p> : null}
      {showGrid ? (
        <DataTable
          table={grid}
          className="data pair-matrix"
          testId="pair-matrix"
          onPair={(pair) => goTo(pairs.findIndex((p) => p.first === pair.first && p.second === pair.second))}
        />
      ) : null}
    </div>
  );
}
