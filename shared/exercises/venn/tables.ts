/**
 * The before/after table of two Venn diagrams as plain rows, built once for the compare
 * page and the PDF report; each only lays the cells out (arrows on screen, signs on paper).
 */
import type { Translate } from '../../i18n/translate.js';
import { compareVenn, hasChanged } from './compare.js';
import type { ClosenessBand } from './logic.js';
import type { VennDocument } from './schema.js';

/** A change of a band: nothing to compare (one side missing), no change, or up/down by an amount. */
export type ChangeMark = { kind: 'none' } | { kind: 'same' } | { kind: 'up' | 'down'; amount: number; word: string };

export interface BeforeAfterCell {
  /** The value before and after, '–' where the institution is missing on that side. */
  before: string;
  after: string;
  change: ChangeMark;
}

export interface VennChangeRow {
  name: string;
  /** Only in the later diagram (added) or only in the earlier one (removed). */
  status: 'added' | 'removed' | null;
  statusLabel: string;
  /** Anything differs (size, closeness, ties, presence): changed rows come first, the rest can fold away. */
  changed: boolean;
  importance: BeforeAfterCell;
  closeness: BeforeAfterCell;
  /** Partner names joined, or the word for none. */
  tiesGained: string;
  tiesLost: string;
}

const missing = '–';

function mark(n: number | null, up: string, down: string): ChangeMark {
  if (n === null) return { kind: 'none' };
  if (n === 0) return { kind: 'same' };
  return n > 0 ? { kind: 'up', amount: n, word: up } : { kind: 'down', amount: -n, word: down };
}

/** The table's column headings, in the rows' order. */
export function vennChangeHeaders(t: Translate): string[] {
  return [
    t('venn.changes.institution'),
    t('venn.changes.importance'),
    t('venn.changes.closeness'),
    t('venn.changes.tiesGained'),
    t('venn.changes.tiesLost'),
  ];
}

/** Per institution (changed first): size and closeness before → after, ties gained and lost. */
export function vennChangeRows(before: VennDocument, after: VennDocument, t: Translate): VennChangeRow[] {
  const none = t('common.none');
  const band = (b: ClosenessBand | null): string => (b === null ? missing : t(`venn.bands.${b}`));
  return compareVenn(before, after).map((c) => ({
    name: c.name,
    status: c.status === 'both' ? null : c.status,
    statusLabel: c.status === 'both' ? '' : t(`venn.changes.${c.status}`),
    changed: hasChanged(c),
    importance: {
      before: String(c.importanceBefore ?? missing),
      after: String(c.importanceAfter ?? missing),
      change: mark(c.importanceChange, '', ''),
    },
    closeness: {
      before: band(c.bandBefore),
      after: band(c.bandAfter),
      change: mark(c.closerBy, t('venn.changes.closer'), t('venn.changes.further')),
    },
    tiesGained: c.tiesGained.join(', ') || none,
    tiesLost: c.tiesLost.join(', ') || none,
  }));
}

/** A change in words for paper: "+1 lebih dekat", "−2", "tetap", or the word for none. */
export function signedChange(change: ChangeMark, t: Translate): string {
  if (change.kind === 'none') return t('common.none');
  if (change.kind === 'same') return t('venn.changes.same');
  return `${change.kind === 'up' ? '+' : '−'}${change.amount} ${change.word}`.trim();
}
