import { useTranslation } from 'react-i18next';
import type { VoteDocument } from '#shared/exercises/ranking/schema.js';
import type { BallotRow, BallotTable as Ballots } from '#shared/exercises/ranking/tables.js';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';

/** Dots drawn as dots up to ten, then counted. */
const dotsOf = (n: number): string => `${'●'.repeat(Math.min(n, 10))}${n > 10 ? ` ${n}` : ''}${n === 0 ? '·' : ''}`;

/**
 * The voters' ballots (the rows of `tables.ts`, as the PDF prints them), with + and − per
 * dot, or a button per option that takes the next rank on a ranked ballot.
 */
export function BallotTable({
  mode,
  ballots,
  onDots,
  onRank,
  onRemove,
}: {
  mode: VoteDocument['mode'];
  ballots: Ballots;
  onDots: (ballot: BallotRow, optionId: string, count: number) => void;
  onRank: (ballot: BallotRow, optionId: string) => void;
  onRemove: (ballot: BallotRow) => void;
}) {
  const { t } = useTranslation();
  return (
    // Ten options do not fit abreast at 1024x768: the table scrolls sideways in its own box
    // (the page never does), with the voters' names held at its left edge.
    <div className="ballots-scroll" data-testid="ballots-scroll">
      <table className="data ballots" data-testid="ballots">
        <thead>
          <tr>
            {ballots.header.map((h, i) => (
              <th key={i}>{h}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {ballots.rows.map((b) => (
            <tr key={b.ballotId}>
              <th scope="row">
                {b.label}
                {b.dotsLeft !== null ? (
                  <span className="muted small"> · {t('ranking.voting.dotsLeft', { n: b.dotsLeft })}</span>
                ) : null}
              </th>
              {b.marks.map((m) => {
                const label = `${b.label} · ${m.itemName}`;
                if (mode === 'dots') {
                  const n = m.value ?? 0;
                  return (
                    <td key={m.itemId} className="score-cell">
                      <Button aria-label={`${label} −`} disabled={n === 0} onClick={() => onDots(b, m.itemId, n - 1)}>
                        −
                      </Button>
                      <span className="dots" aria-label={label}>
                        {dotsOf(n)}
                      </span>
                      <Button aria-label={`${label} +`} onClick={() => onDots(b, m.itemId, n + 1)}>
                        +
                      </Button>
                    </td>
                  );
                }
                return (
                  <td key={m.itemId}>
                    <Button aria-label={label} onClick={() => onRank(b, m.itemId)}>
                      {m.value ?? '·'}
                    </Button>
                  </td>
                );
              })}
              <td>
                <Button variant="ghost" aria-label={`${t('common.delete')}: ${b.label}`} onClick={() => onRemove(b)}>
                  <Icon name="close" size={18} />
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
