import { sameNameKey } from '../../model/text.js';
import { closenessBand, tiesOf, type ClosenessBand } from './logic.js';
import type { Importance, Institution, VennDocument } from './schema.js';

export interface InstitutionChange {
  name: string;
  status: 'both' | 'added' | 'removed';
  importanceBefore: Importance | null;
  importanceAfter: Importance | null;
  /** after - before; positive = more important. */
  importanceChange: number | null;
  bandBefore: ClosenessBand | null;
  bandAfter: ClosenessBand | null;
  /** before - after; positive = moved closer to the community. */
  closerBy: number | null;
  tiesGained: string[];
  tiesLost: string[];
}

function tiePartners(doc: VennDocument): Map<string, Set<string>> {
  const nameById = new Map(doc.institutions.map((i) => [i.id, sameNameKey(i.name)]));
  const partners = new Map<string, Set<string>>();
  for (const i of doc.institutions) partners.set(sameNameKey(i.name), new Set());
  for (const t of tiesOf(doc)) {
    const a = nameById.get(t.a)!;
    const b = nameById.get(t.b)!;
    partners.get(a)!.add(b);
    partners.get(b)!.add(a);
  }
  return partners;
}

/**
 * The per-institution comparison of two diagrams of the same community (domain.md):
 * institutions that changed first, then the rest, each by name.
 */
export function compareVenn(before: VennDocument, after: VennDocument): InstitutionChange[] {
  const beforeByKey = new Map(before.institutions.map((i) => [sameNameKey(i.name), i]));
  const afterByKey = new Map(after.institutions.map((i) => [sameNameKey(i.name), i]));
  const displayName = new Map<string, string>();
  for (const i of [...before.institutions, ...after.institutions]) displayName.set(sameNameKey(i.name), i.name);
  const tiesBefore = tiePartners(before);
  const tiesAfter = tiePartners(after);
  const keys = [...new Set([...beforeByKey.keys(), ...afterByKey.keys()])];
  const names = (keys: Iterable<string>): string[] =>
    [...keys].map((k) => displayName.get(k) ?? k).sort((a, b) => a.localeCompare(b));
  return keys
    .map((key) => {
      const b: Institution | undefined = beforeByKey.get(key);
      const a: Institution | undefined = afterByKey.get(key);
      const bandBefore = b ? closenessBand(b) : null;
      const bandAfter = a ? closenessBand(a) : null;
      const pb = tiesBefore.get(key) ?? new Set<string>();
      const pa = tiesAfter.get(key) ?? new Set<string>();
      return {
        name: displayName.get(key) ?? key,
        status: a && b ? 'both' : a ? 'added' : 'removed',
        importanceBefore: b?.importance ?? null,
        importanceAfter: a?.importance ?? null,
        importanceChange: a && b ? a.importance - b.importance : null,
        bandBefore,
        bandAfter,
        closerBy: bandBefore !== null && bandAfter !== null ? bandBefore - bandAfter : null,
        tiesGained: names([...pa].filter((k) => !pb.has(k))),
        tiesLost: names([...pb].filter((k) => !pa.has(k))),
      } satisfies InstitutionChange;
    })
    .sort((x, y) => Number(hasChanged(y)) - Number(hasChanged(x)) || x.name.localeCompare(y.name));
}

/** Whether anything about an institution differs between the two diagrams. */
export function hasChanged(c: InstitutionChange): boolean {
  return (
    c.status !== 'both' ||
    c.importanceChange !== 0 ||
    c.closerBy !== 0 ||
    c.tiesGained.length > 0 ||
    c.tiesLost.length > 0
  );
}
