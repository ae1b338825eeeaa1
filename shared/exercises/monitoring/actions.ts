import { defineAction } from '../action.js';
import {
  maxActivityStatuses,
  maxMeasurements,
  type ActivityState,
  type Measurement,
  type MonitoringDocument,
} from './schema.js';

type Doc = MonitoringDocument;

/**
 * Edits of a monitoring session. A doubtful measurement (another unit, far outside the
 * range so far) is confirmed in the view before it gets here; only what cannot be stored
 * is refused.
 */
export const addMeasurement = defineAction<Doc, { measurement: Measurement }>({
  name: 'addMeasurement',
  history: 'step',
  refuse: (doc) => (doc.measurements.length >= maxMeasurements ? 'too_many' : null),
  perform: (doc, { measurement }) =>
    doc.measurements.some((m) => m.id === measurement.id)
      ? doc
      : { ...doc, measurements: [...doc.measurements, measurement] },
});

export const removeMeasurement = defineAction<Doc, { id: string }>({
  name: 'removeMeasurement',
  history: 'step',
  perform: (doc, { id }) =>
    doc.measurements.some((m) => m.id === id)
      ? { ...doc, measurements: doc.measurements.filter((m) => m.id !== id) }
      : doc,
});

const key = (s: { planExerciseId: string; activityId: string }): string => `${s.planExerciseId}/${s.activityId}`;

/** Sets an activity's status in this session (a first status adds its row, with the activity's words). */
export const setActivityState = defineAction<
  Doc,
  { planExerciseId: string; activityId: string; label: string; status: ActivityState }
>({
  name: 'setActivityState',
  history: 'step',
  refuse: (doc, args) =>
    !doc.statuses.some((s) => key(s) === key(args)) && doc.statuses.length >= maxActivityStatuses ? 'too_many' : null,
  perform: (doc, { status, ...activity }) => {
    const existing = doc.statuses.find((s) => key(s) === key(activity));
    if (existing?.status === status) return doc;
    return existing
      ? { ...doc, statuses: doc.statuses.map((s) => (s === existing ? { ...s, status } : s)) }
      : { ...doc, statuses: [...doc.statuses, { ...activity, status, obstacle: '' }] };
  },
});

/** The obstacle in the group's words (typing merges into one undo step per activity). */
export const setObstacle = defineAction<Doc, { planExerciseId: string; activityId: string; obstacle: string }>({
  name: 'setObstacle',
  history: 'merge',
  mergeKey: (args) => `obstacle/${key(args)}`,
  perform: (doc, { obstacle, ...activity }) => {
    const existing = doc.statuses.find((s) => key(s) === key(activity));
    if (!existing || existing.obstacle === obstacle) return doc;
    return { ...doc, statuses: doc.statuses.map((s) => (s === existing ? { ...s, obstacle } : s)) };
  },
});
