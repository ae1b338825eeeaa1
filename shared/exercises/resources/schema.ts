import { z } from 'zod';
import { zId, zName, zText } from '../../model/text.js';
import { capitals, maxRating, resourceProblems } from './capitals.js';

const zCoordinate = z.number().finite().min(-100_000).max(100_000);

/** A resource placed on the village map, with what the group said about it. */
export const zMapResource = z.object({
  id: zId,
  name: zName,
  capital: z.enum(capitals),
  description: zText.max(5000),
  owner: zText.max(1000),
  rating: z.number().int().min(0, { message: 'outside_scale' }).max(maxRating, { message: 'outside_scale' }),
  /** The problems found for this resource, each with the group's note. */
  problems: z.partialRecord(z.enum(resourceProblems), zText.max(2000)),
  x: zCoordinate,
  y: zCoordinate,
});
export type MapResource = z.infer<typeof zMapResource>;

export const zResourceMapDocument = z.object({
  schemaVersion: z.literal(1),
  background: z.enum(['blank', 'grid']),
  resources: z.array(zMapResource).max(1000),
});
export type ResourceMapDocument = z.infer<typeof zResourceMapDocument>;

export function emptyResourceMapDocument(): ResourceMapDocument {
  return { schemaVersion: 1, background: 'grid', resources: [] };
}

export function migrateResourceMapBody(raw: unknown): unknown {
  return raw;
}
