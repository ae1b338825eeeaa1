import type { RatedResource } from './capitals.js';

/** What changed between two maps of the same community: resources added, gone, re-rated. */
export interface MapChanges {
  added: RatedResource[];
  gone: RatedResource[];
  rerated: { resource: RatedResource; before: number; after: number }[];
}

export function compareMaps(before: readonly RatedResource[], after: readonly RatedResource[]): MapChanges {
  const was = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  return {
    added: after.filter((r) => !was.has(r.id)),
    gone: before.filter((r) => !now.has(r.id)),
    rerated: after
      .filter((r) => was.has(r.id) && was.get(r.id)!.rating !== r.rating)
      .map((r) => ({ resource: r, before: was.get(r.id)!.rating, after: r.rating })),
  };
}
