import { z } from 'zod';
import { boundedList, boundedText, maxSentenceLength } from '../../model/limits.js';
import { zId, zIsoDate } from '../../model/text.js';

/**
 * Indicators (*indikator*) of domain.md's direction criteria (measurable, time-framed):
 * each says what the village will count ("RT punya tandon air hujan"), in which unit,
 * where it stood at the start (baseline), where the group wants it by a due date (target),
 * and which activity or objective of the action plan it watches (or none).
 *
 * The linked activity's words are kept with the link, so an activity deleted from the plan
 * later leaves the indicator readable: the gathering names the missing link instead.
 */

/** Indicators of one exercise: a plan's activities each watched by a few; 100 is tested. */
export const maxIndicators = 100;
/** A unit as people write it: "RT", "rumah", "%", "kg", "orang". */
export const maxUnitLength = 40;
/** Values are counts, money or shares a village counts: far below this, and exact in a double. */
export const maxIndicatorValue = 1_000_000_000_000;

export const zIndicatorValue = z.number().finite().min(-maxIndicatorValue).max(maxIndicatorValue);

/** A value at a date: the baseline (measured before) or the target (wanted by the due date). */
export const zDatedValue = z.object({ value: zIndicatorValue, date: zIsoDate });
export type DatedValue = z.infer<typeof zDatedValue>;

/**
 * What an indicator watches: an activity of an action plan (by exercise and activity id,
 * with its words when chosen), an objective the plan serves (its words), or nothing.
 */
export const zIndicatorLink = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('activity'),
      planExerciseId: zId,
      activityId: zId,
      label: boundedText(maxSentenceLength),
    }),
    z.object({ kind: z.literal('objective'), planExerciseId: zId, objective: boundedText(maxSentenceLength) }),
  ])
  .nullable();
export type IndicatorLink = z.infer<typeof zIndicatorLink>;

export const zIndicator = z.object({
  id: zId,
  name: boundedText(maxSentenceLength),
  unit: boundedText(maxUnitLength),
  baseline: zDatedValue,
  /** The target; its date is the due date. */
  target: zDatedValue,
  link: zIndicatorLink,
});
export type Indicator = z.infer<typeof zIndicator>;

export const indicatorsSchemaVersion = 1;

export const zIndicatorsDocument = z.object({
  schemaVersion: z.literal(indicatorsSchemaVersion),
  indicators: boundedList(zIndicator, maxIndicators),
});
export type IndicatorsDocument = z.infer<typeof zIndicatorsDocument>;

export function emptyIndicatorsDocument(): IndicatorsDocument {
  return { schemaVersion: indicatorsSchemaVersion, indicators: [] };
}
