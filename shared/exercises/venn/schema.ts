import { z } from 'zod';
import { maxInstitutions } from '../../model/limits.js';
import { rememberingList } from '../../model/rememberingList.js';
import { zId, zName, zText } from '../../model/text.js';

export const institutionKinds = ['government', 'community', 'religious', 'private', 'ngo', 'other'] as const;
export const relations = ['supportive', 'neutral', 'harmful'] as const;
export type InstitutionKind = (typeof institutionKinds)[number];
export type Relation = (typeof relations)[number];
export type Importance = 1 | 2 | 3 | 4;

const zCoordinate = z.number().finite().min(-100_000).max(100_000);

export const zInstitution = z.object({
  id: zId,
  name: zName,
  kind: z.enum(institutionKinds),
  relation: z.enum(relations),
  importance: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** Raw position of the centre relative to the community circle's centre. */
  x: zCoordinate,
  y: zCoordinate,
  notes: zText,
});
export type Institution = z.infer<typeof zInstitution>;

export const vennSchemaVersion = 1;

export const zVennDocument = z.object({
  schemaVersion: z.literal(vennSchemaVersion),
  /** What the colour of a circle means in this diagram; the other is shown by its outline. */
  colourBy: z.enum(['relation', 'kind']),
  /** Remembered between parses: autosave sends them all after moving one (`rememberingList`). */
  institutions: rememberingList(zInstitution, maxInstitutions),
});
export type VennDocument = z.infer<typeof zVennDocument>;

export function emptyVennDocument(): VennDocument {
  return { schemaVersion: vennSchemaVersion, colourBy: 'relation', institutions: [] };
}
