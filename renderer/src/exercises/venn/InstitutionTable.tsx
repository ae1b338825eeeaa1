import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InstitutionRow } from '#shared/exercises/venn/logic.js';
import { canvasKeyScope } from '../../useKeymap.js';

/**
 * The side panel's table of institutions, most important first. Each row is memoised on
 * what it shows, so selecting a circle re-renders two rows and a drop the rows it changed,
 * not the whole list of a 200-institution diagram (the table is rebuilt with new row
 * objects on every edit, hence the comparison by content).
 */
export function InstitutionTable({
  rows,
  selectedId,
  onSelect,
}: {
  rows: readonly InstitutionRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  return (
    <ul className="institution-list" data-testid="institution-table" {...canvasKeyScope}>
      {rows.map((r) => (
        <Row key={r.id} row={r} selected={r.id === selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
}

const sameTies = (a: InstitutionRow['ties'], b: InstitutionRow['ties']): boolean =>
  a.length === b.length && a.every((tie, i) => tie.name === b[i]!.name && tie.strength === b[i]!.strength);

const sameRow = (a: InstitutionRow, b: InstitutionRow): boolean =>
  a === b ||
  (a.id === b.id &&
    a.name === b.name &&
    a.kind === b.kind &&
    a.relation === b.relation &&
    a.importance === b.importance &&
    a.band === b.band &&
    a.notes === b.notes &&
    sameTies(a.ties, b.ties));

type RowProps = { row: InstitutionRow; selected: boolean; onSelect: (id: string) => void };

const Row = memo(
  function Row({ row: r, selected, onSelect }: RowProps) {
    const { t } = useTranslation();
    return (
      <li className={selected ? 'selected' : ''}>
        <button type="button" onClick={() => onSelect(r.id)}>
          <strong className="clamp">{r.name}</strong>
          <span>
            <span className="pill" title={t('venn.importance')}>
              {r.importance}
            </span>{' '}
            {t(`venn.bands.${r.band}`)} · {t(`venn.relations.${r.relation}`)} · {t(`venn.kinds.${r.kind}`)}
          </span>
          {r.ties.length > 0 ? (
            <span className="muted clamp">
              {t('venn.ties')}: {r.ties.map((tie) => tie.name).join(', ')}
            </span>
          ) : null}
          {r.notes ? <span className="muted clamp">{r.notes}</span> : null}
        </button>
      </li>
    );
  },
  (before: RowProps, after: RowProps) =>
    before.selected === after.selected && before.onSelect === after.onSelect && sameRow(before.row, after.row),
);
