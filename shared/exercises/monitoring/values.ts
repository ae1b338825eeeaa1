import { sameNameKey } from '../../model/text.js';

/**
 * Reading a value as people type it: "12", "12,5" or "12.5", "1.200" (Indonesian
 * thousands), optionally followed by a unit ("15 RT", "60%"). A unit other than the
 * indicator's is reported, for the view to ask before keeping the number.
 */
export type ReadValue = { ok: true; value: number; writtenUnit: string; otherUnit: boolean } | { ok: false };

/** A number in Indonesian or English writing; null when it is not one. */
export function readNumber(text: string): number | null {
  let s = text.trim().replace(/\s+/g, '');
  if (!/^[-+]?[\d.,]+$/.test(s)) return null;
  // "1.200.000" or "1,200,000": grouping only. One separator followed by exactly three
  // digits is read as grouping ("1.200"), otherwise as the decimal mark ("12,5").
  const groups = /^[-+]?\d{1,3}([.,])\d{3}(\1\d{3})*$/.exec(s);
  if (groups) s = s.split(groups[1]!).join('');
  else {
    const lastSeparator = Math.max(s.lastIndexOf(','), s.lastIndexOf('.'));
    if (lastSeparator !== -1)
      s = `${s.slice(0, lastSeparator).replace(/[.,]/g, '')}.${s.slice(lastSeparator + 1).replace(/[.,]/g, '')}`;
  }
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

export function readValue(text: string, unit: string): ReadValue {
  const match = /^\s*([-+]?[\d.,\s]*\d[\d.,]*)\s*(.*)$/.exec(text);
  if (!match) return { ok: false };
  const value = readNumber(match[1]!);
  if (value === null) return { ok: false };
  const writtenUnit = match[2]!.trim();
  const otherUnit = writtenUnit !== '' && sameNameKey(writtenUnit) !== sameNameKey(unit);
  return { ok: true, value, writtenUnit, otherUnit };
}
