import type { Pair } from '#shared/exercises/ranking/pairwise.js';
import type { Table, TableCell, TableRow } from '#shared/exercises/ranking/tables.js';

const classOf: Partial<Record<NonNullable<TableCell['kind']>, string>> = {
  blank: 'blank',
  agree: 'change-up',
  differ: 'change-down',
};

function CellContent({ cell }: { cell: TableCell }) {
  if (cell.kind === 'incomplete') return <span className="muted">{cell.text}</span>;
  return cell.strong ? <strong>{cell.text}</strong> : <>{cell.text}</>;
}

function Cell({ cell, row, onPair }: { cell: TableCell; row: TableRow; onPair?: (pair: Pair) => void }) {
  if (cell.kind === 'rowHeading') return <th scope="row">{cell.text}</th>;
  const { pair } = cell;
  const open = pair && onPair ? () => onPair(pair) : undefined;
  return (
    <td
      className={open ? 'pair-cell' : cell.kind && classOf[cell.kind]}
      data-testid={cell.kind === 'categoryRank' ? `category-rank-${row.name}` : undefined}
      title={cell.title}
      onClick={open}
    >
      <CellContent cell={cell} />
    </td>
  );
}

/**
 * A table built by `shared/exercises/ranking/tables.ts`, drawn on the wall; the PDF draws
 * the same rows as HTML. Cells that record a pair open it when `onPair` is given.
 */
export function DataTable({
  table,
  className,
  testId,
  id,
  onPair,
}: {
  table: Table;
  className: string;
  testId?: string;
  /** For a chart that this table describes (aria-describedby). */
  id?: string;
  onPair?: (pair: Pair) => void;
}) {
  return (
    <table className={className} data-testid={testId} id={id}>
      <thead>
        <tr>
          {table.header.map((h, i) => (
            <th key={i}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key} className={row.tied ? 'tied' : undefined}>
            {row.cells.map((cell, i) => (
              <Cell key={i} cell={cell} row={row} onPair={onPair} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
