/**
 * ToP consensus workshop board (domain.md): idea cards, clustered into columns (pairs
 * first, then more); each column gets a symbol while unnamed and then a 3-7 word title
 * answering the focus question, largest column first. Pure operations on the board; each
 * returns a new board.
 */
export interface Card {
  id: string;
  text: string;
  /** The group that wrote it (e.g. "Perempuan"); empty when not tagged. */
  group: string;
}

export interface Column {
  id: string;
  title: string;
  symbol: string;
  cardIds: string[];
}

export interface Board {
  cards: Card[];
  /** Card ids not yet in a column, in the order they were written. */
  loose: string[];
  columns: Column[];
}

/** Symbols for unnamed columns: distinct shapes, readable without colour. */
export const columnSymbols = ['★', '●', '▲', '■', '◆', '♥', '✚', '☀', '☾', '♣', '♠', '✿'] as const;

export function nextSymbol(columns: readonly Column[]): string {
  const used = new Set(columns.map((c) => c.symbol));
  return columnSymbols.find((s) => !used.has(s)) ?? String(columns.length + 1);
}

function without(board: Board, cardId: string): Board {
  return {
    ...board,
    loose: board.loose.filter((id) => id !== cardId),
    columns: board.columns.map((c) => ({ ...c, cardIds: c.cardIds.filter((id) => id !== cardId) })),
  };
}

/** A column that lost its last card goes away: the board never keeps an empty column. */
function dropEmpty(board: Board): Board {
  return { ...board, columns: board.columns.filter((c) => c.cardIds.length > 0) };
}

/** Moves a card into a column (null = back to the loose cards) at a position (end by default). */
export function moveCard(board: Board, cardId: string, columnId: string | null, index?: number): Board {
  const base = without(board, cardId);
  if (columnId === null) {
    const loose = [...base.loose];
    loose.splice(index ?? loose.length, 0, cardId);
    return dropEmpty({ ...base, loose });
  }
  return dropEmpty({
    ...base,
    columns: base.columns.map((c) => {
      if (c.id !== columnId) return c;
      const cardIds = [...c.cardIds];
      cardIds.splice(index ?? cardIds.length, 0, cardId);
      return { ...c, cardIds };
    }),
  });
}

/** Starts a new column with the given cards (a pair, usually). */
export function newColumn(board: Board, cardIds: readonly string[], columnId: string): Board {
  let next = board;
  for (const id of cardIds) next = without(next, id);
  const column: Column = { id: columnId, title: '', symbol: nextSymbol(next.columns), cardIds: [...cardIds] };
  return dropEmpty({ ...next, columns: [...next.columns, column] });
}

/** Splits the given cards out of a column into a new one. */
export function splitColumn(board: Board, columnId: string, cardIds: readonly string[], newColumnId: string): Board {
  const source = board.columns.find((c) => c.id === columnId);
  if (!source || cardIds.length === 0 || cardIds.length >= source.cardIds.length) return board;
  return newColumn(board, cardIds, newColumnId);
}

/** Merges column b into column a; a keeps its title and symbol. */
export function mergeColumns(board: Board, a: string, b: string): Board {
  const from = board.columns.find((c) => c.id === b);
  if (!from || a === b) return board;
  return {
    ...board,
    columns: board.columns
      .filter((c) => c.id !== b)
      .map((c) => (c.id === a ? { ...c, cardIds: [...c.cardIds, ...from.cardIds] } : c)),
  };
}

export function nameColumn(board: Board, columnId: string, title: string): Board {
  return { ...board, columns: board.columns.map((c) => (c.id === columnId ? { ...c, title } : c)) };
}

/** Largest first (ToP names the biggest cluster first); equal sizes keep their order. */
export function orderBySize(board: Board): Board {
  return { ...board, columns: [...board.columns].sort((x, y) => y.cardIds.length - x.cardIds.length) };
}

export function wordCount(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

/** ToP titles are 3-7 words: 'short' and 'long' are hints, not refusals. */
export function titleHint(title: string): 'ok' | 'short' | 'long' | 'empty' {
  const n = wordCount(title);
  if (n === 0) return 'empty';
  if (n < 3) return 'short';
  return n > 7 ? 'long' : 'ok';
}

/** The next unnamed column, largest first: the one the group names now. */
export function nextToName(board: Board): Column | null {
  return orderBySize(board).columns.find((c) => c.title.trim() === '') ?? null;
}
