import { z } from 'zod';

/**
 * A list of records with ids that autosave sends whole after every edit, of which one or two
 * changed (a dragged circle, a moved marker): a Venn's institutions, a map's resources and
 * shapes. A record that is, value for value, one this list validated in its last successful
 * parse (found by its id) is taken as that record; only the others are parsed by `item`.
 * The outputs and the refusals (their codes and paths) are those of `boundedList(item, max)`:
 * an equal record would parse to itself, because every item schema's parse is idempotent
 * (an output parses to itself: tests/unit/rememberingList.test.ts holds every type to it).
 *
 * Why: parsing every record was most of a Venn's autosave (zod allocates about 2.5 KB per
 * institution) and 15 ms of the largest map's; comparing values allocates nothing.
 *
 * What is remembered is the last parse's records only (one body's worth, per list), frozen:
 * later outputs share them, so nothing may change them in place.
 */
export function rememberingList<T extends z.ZodType<{ id: string }>>(item: T, max: number) {
  type Item = z.output<T>;
  let lastParsed = new Map<string, Item>();
  return z
    .array(z.unknown())
    .max(max, { message: 'too_many' })
    .transform((raws, ctx): Item[] => {
      const parsed = new Map<string, Item>();
      const out: Item[] = new Array<Item>(raws.length);
      let refused = false;
      for (let i = 0; i < raws.length; i += 1) {
        const raw = raws[i];
        const known = lastParsed.get(idOf(raw) ?? '');
        let record: Item;
        if (known !== undefined && sameValues(raw, known)) {
          record = known;
        } else {
          const result = item.safeParse(raw);
          if (!result.success) {
            refused = true;
            for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [i, ...issue.path] });
            continue;
          }
          record = deepFreeze(result.data);
        }
        out[i] = record;
        parsed.set(record.id, record);
      }
      if (!refused) lastParsed = parsed;
      return out;
    });
}

function idOf(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const id = (raw as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Whether `raw` holds exactly the values of `known` (an output of a parse: plain objects,
 * arrays, strings, numbers, booleans, null; never undefined): the same keys, the same
 * primitives, no other kind of object (a Date, a boxed string, a class instance is never
 * equal). Equal primitives are compared in place, without a call: most values are.
 */
export function sameValues(raw: unknown, known: unknown): boolean {
  if (raw === known) return true;
  if (typeof raw !== 'object' || typeof known !== 'object' || raw === null || known === null) return false;
  if (Array.isArray(known)) {
    if (!Array.isArray(raw) || raw.length !== known.length) return false;
    for (let i = 0; i < known.length; i += 1) {
      const value: unknown = raw[i];
      if (value !== known[i] && !sameValues(value, known[i])) return false;
    }
    return true;
  }
  if (Array.isArray(raw) || Object.getPrototypeOf(raw) !== Object.prototype) return false;
  const rawRecord = raw as Record<string, unknown>;
  const knownRecord = known as Record<string, unknown>;
  // Counted with for-in, not Object.keys: nothing is allocated for the hundreds compared per save.
  let keys = 0;
  for (const key in knownRecord) {
    const value = rawRecord[key];
    if (value !== knownRecord[key] && !sameValues(value, knownRecord[key])) return false;
    if (!Object.hasOwn(rawRecord, key)) return false;
    keys += 1;
  }
  for (const key in rawRecord) if (Object.hasOwn(rawRecord, key)) keys -= 1;
  return keys === 0;
}

function deepFreeze<V>(value: V): V {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
