import { z } from 'zod';
import { boundedList, boundedText, maxLabelLength, maxNoteLength, maxSentenceLength } from '../../model/limits.js';
import { zId, zIsoDate } from '../../model/text.js';
import { zIndicatorValue } from '../indicators/schema.js';

/**
 * A monitoring session (*pemantauan*): per indicator, what the group measured (value, date,
 * who measured, a note, an optional photo kept in the file); per activity of the plan, where
 * it stands, with the obstacle in words when it is stuck.
 */

/** Measurements of one session: one per indicator, a few taken twice; 500 is far above. */
export const maxMeasurements = 500;
/** Activity statuses of one session: one per activity of the plans (300 at most each). */
export const maxActivityStatuses = 300;

export const zMeasurement = z.object({
  id: zId,
  indicatorId: zId,
  value: zIndicatorValue,
  date: zIsoDate,
  measuredBy: boundedText(maxLabelLength),
  note: boundedText(maxNoteLength),
  /** A photo in the file's photos table (evidence: the new tank, the attendance sheet). */
  photoId: zId.nullable(),
});
export type Measurement = z.infer<typeof zMeasurement>;

export const activityStates = ['not_started', 'under_way', 'done', 'stuck'] as const;
export type ActivityState = (typeof activityStates)[number];

export const zActivityStatus = z.object({
  planExerciseId: zId,
  activityId: zId,
  /** The activity's words when its status was recorded (kept if the plan changes). */
  label: boundedText(maxSentenceLength),
  status: z.enum(activityStates),
  /** What is in the way, in the group's words (asked for when stuck). */
  obstacle: boundedText(maxNoteLength),
});
export type ActivityStatus = z.infer<typeof zActivityStatus>;

export const monitoringSchemaVersion = 1;

export const zMonitoringDocument = z.object({
  schemaVersion: z.literal(monitoringSchemaVersion),
  measurements: boundedList(zMeasurement, maxMeasurements),
  statuses: boundedList(zActivityStatus, maxActivityStatuses),
});
export type MonitoringDocument = z.infer<typeof zMonitoringDocument>;

export function emptyMonitoringDocument(): MonitoringDocument {
  return { schemaVersion: monitoringSchemaVersion, measurements: [], statuses: [] };
}
