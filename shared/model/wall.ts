import { z } from 'zod';
import { zExerciseType } from '../exercises/registry.js';
import { zId } from './text.js';

/**
 * The wall: what the projector's audience window shows while the facilitator keeps the
 * full editor on the laptop (issue 11, presenter view on two screens).
 * - `live`: the audience follows every change of the exercise on the wall.
 * - `frozen`: the audience keeps the last picture while the facilitator goes on editing
 *   or prepares the next exercise; unfreezing shows the newest.
 * - `black`: the audience sees black (the room looks at the facilitator, not the wall).
 */
export const wallModes = ['live', 'frozen', 'black'] as const;
export type WallMode = (typeof wallModes)[number];
export const zWallMode = z.enum(wallModes);

/** The exercise on the wall and the document the audience draws (validated by its type's schema). */
export const zWallExercise = z.object({
  id: zId,
  sessionId: zId,
  type: zExerciseType,
  title: z.string(),
  /** The original of a before/after copy, or null. */
  copyOf: zId.nullable(),
  /** The stored version the document builds on (it may be ahead of the file while a save travels). */
  version: z.number().int(),
  body: z.unknown(),
});
export type WallExercise = z.infer<typeof zWallExercise>;

/**
 * What the audience shows: the exercise (null while nothing is shown, and when blacked
 * out), the mode, and a revision that grows with every change the audience is sent, so a
 * page tells a newer picture from one it already has.
 */
export const zWallState = z.object({
  mode: zWallMode,
  revision: z.number().int(),
  exercise: zWallExercise.nullable(),
});
export type WallState = z.infer<typeof zWallState>;

/** What the presenter's controls need: is there an audience window, in which mode, showing what. */
export const zWallStatus = z.object({
  audienceOpen: z.boolean(),
  mode: zWallMode,
  exerciseId: zId.nullable(),
});
export type WallStatus = z.infer<typeof zWallStatus>;
