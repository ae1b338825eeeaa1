import { z } from 'zod';
import {
  boundedList,
  boundedNumberList,
  boundedText,
  maxDescriptionLength,
  maxMapResources,
  maxMapShapes,
  maxMapTextLength,
  maxNoteLength,
  maxPhotoSide,
  maxSentenceLength,
  maxShapeCoordinates,
} from '../../model/limits.js';
import { rememberingList } from '../../model/rememberingList.js';
import { zId, zName } from '../../model/text.js';
import { capitals, maxRating, resourceProblems } from './capitals.js';

const coordinateRange = 100_000;
const zCoordinate = z.number().finite().min(-coordinateRange).max(coordinateRange);

/** A resource placed on the village map, with what the group said about it. */
export const zMapResource = z.object({
  id: zId,
  name: zName,
  capital: z.enum(capitals),
  description: boundedText(maxDescriptionLength),
  owner: boundedText(maxSentenceLength),
  rating: z.number().int().min(0, { message: 'outside_scale' }).max(maxRating, { message: 'outside_scale' }),
  /** The problems found for this resource, each with the group's note. */
  problems: z.partialRecord(z.enum(resourceProblems), boundedText(maxNoteLength)),
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
  points: boundedNumberList(maxShapeCoordinates, -coordinateRange, coordinateRange),
  areaKind: z.enum(areaKinds).optional(),
  text: boundedText(maxMapTextLength).optional(),
});
export type MapShape = z.infer<typeof zMapShape>;

export const resourceMapSchemaVersion = 2;

export const zResourceMapDocument = z.object({
  schemaVersion: z.literal(resourceMapSchemaVersion),
  background: z.enum(['blank', 'grid']),
  /** Both remembered between parses: autosave sends them all after one moved (`rememberingList`). */
  resources: rememberingList(zMapResource, maxMapResources),
  shapes: rememberingList(zMapShape, maxMapShapes),
  /** Each layer at most once (the actions never add one twice). */
  hiddenLayers: boundedList(z.enum([...mapLayers, 'resources']), mapLayers.length + 1),
  /** The photo of the paper map behind everything, in map units centred on 0, 0. */
  photo: z
    .object({
      id: zId,
      width: z.number().positive().max(maxPhotoSide),
      height: z.number().positive().max(maxPhotoSide),
    })
    .nullable(),
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
