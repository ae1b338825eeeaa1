import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import type { OpenExercise } from '../document/useExercise.js';

/** Performs a named map action (`shared/exercises/resources/actions.ts`) on the open map. */
export type Act = OpenExercise<ResourceMapDocument>['perform'];
