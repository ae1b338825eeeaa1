import { sameNameKey } from '../../../../shared/model/text.js';
import type { RankGroup, RankItem } from '../../../../shared/exercises/ranking/schema.js';

/** Edits every ranking document shares; each returns a new document (one undo step). */
interface WithItems {
  items: RankItem[];
}
interface WithGroups {
  groups: RankGroup[];
}

export function hasName(items: readonly { name: string }[], name: string): boolean {
  return items.some((i) => sameNameKey(i.name) === sameNameKey(name));
}

export function addItem<D extends WithItems>(doc: D, name: string, id: string): D {
  return { ...doc, items: [...doc.items, { id, name }] };
}

export function renameItem<D extends WithItems>(doc: D, id: string, name: string): D {
  return { ...doc, items: doc.items.map((i) => (i.id === id ? { ...i, name } : i)) };
}

export function addGroup<D extends WithGroups>(doc: D, name: string, id: string): D {
  return { ...doc, groups: [...doc.groups, { id, name }] };
}

/** Drops the keys of a per-group record that mention an item. */
export function mapGroups<V>(record: Readonly<Record<string, V>>, f: (value: V) => V): Record<string, V> {
  return Object.fromEntries(Object.entries(record).map(([g, v]) => [g, f(v)]));
}
