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

/** What can be drawn on the map, each on its own layer that can be hidden. */
export const mapLayers = ['roads', 'rivers', 'areas', 'boundary', 'pen', 'labels'] as const;
export type MapLayer = (typeof mapLayers)[number];
export const areaKinds = ['ricefield', 'forest', 'settlement', 'other'] as const;
export type AreaKind = (typeof areaKinds)[number];

export const zMapShape = z.object({
  id: zId,
  layer: z.enum(mapLayers),
  /** x0, y0, x1, y1, ... in map units. */
  points: z.array(zCoordinate).max(20_000),
  areaKind: z.enum(areaKinds).optional(),
  text: zText.max(500).optional(),
});
export type MapShape = z.infer<typeof zMapShape>;

export const resourceMapSchemaVersion = 2;

export const zResourceMapDocument = z.object({
  schemaVersion: z.literal(resourceMapSchemaVersion),
  background: z.enum(['blank', 'grid']),
  resources: z.array(zMapResource).max(1000),
  shapes: z.array(zMapShape).max(2000),
  hiddenLayers: z.array(z.enum([...mapLayers, 'resources'])),
  /** The photo of the paper map behind everything, in map units centred on 0, 0. */
  photo: z.object({ id: zId, width: z.number().positive(), height: z.number().positive() }).nullable(),
});
export type ResourceMapDocument = z.infer<typeof zResourceMapDocument>;

export function emptyResourceMapDocument(): ResourceMapDocument {
  return {
    schemaVersion: resourceMapSchemaVersion,
    background: 'grid',
    resources: [],
    shapes: [],
    hiddenLayers: [],
    photo: null,
  };
}

/** A photo is shown 1,600 map units along its longer side, whatever its pixels. */
export const photoSpan = 1600;
export function photoSize(photo: { width: number; height: number }): { width: number; height: number } {
  const scale = photoSpan / Math.max(photo.width, photo.height);
  return { width: photo.width * scale, height: photo.height * scale };
}
