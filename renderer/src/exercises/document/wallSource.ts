import { createContext, useSyncExternalStore } from 'react';
import type { WallExercise, WallStatus } from '#shared/model/wall.js';
import { call } from '../../api.js';

/**
 * The wall's two sides of a document (issue 11, presenter view on two screens).
 *
 * The audience page: `WallDocumentContext` holds the exercise on the wall as the backend
 * last sent it. Under it, `useExerciseDocument` takes the document from the wall, not from
 * the file, on every wall change, and saves nothing. `revision` grows with every change,
 * so each published document is a new one to the view (and to its undo cache).
 *
 * The presenter's page: the wall's status (is an audience window open, which exercise is
 * on the wall, in which mode), kept here for the head's controls (WallControls) and for
 * `useExerciseDocument`, which publishes the exercise's document on every change while it
 * is the one on the wall.
 */
export interface WallDocument {
  exercise: WallExercise;
  revision: number;
}

export const WallDocumentContext = createContext<WallDocument | null>(null);

let status: WallStatus = { audienceOpen: false, mode: 'live', exerciseId: null };
const listeners = new Set<() => void>();

export function setWallStatus(next: WallStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

export function patchWallStatus(change: Partial<WallStatus>): void {
  setWallStatus({ ...status, ...change });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useWallStatus(): WallStatus {
  return useSyncExternalStore(subscribe, () => status);
}

/**
 * Sends the exercise's newest document to the wall when it is the exercise on the wall.
 * Not awaited: the room sees the change while its save travels. A document the backend
 * refuses here is one the save refuses too, and that refusal is the one shown.
 */
export function publishToWall(exercise: { id: string; title: string; version: number } | null, body: unknown): void {
  if (!exercise || status.exerciseId !== exercise.id) return;
  call('wall.publish', { exerciseId: exercise.id, title: exercise.title, version: exercise.version, body }).catch(
    () => undefined,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An array element's identity across two documents: its `id` where it has one, else its place. */
const identity = (value: unknown, index: number): unknown =>
  isRecord(value) && typeof value.id === 'string' ? value.id : index;

/**
 * `after`, sharing every part that equals the same part of `before` (array elements matched
 * by their id, else their place). Each wall change arrives as a whole new document; kept
 * parts let the audience's views redraw only what changed (their pieces are memoised by
 * object), as the presenter's own views do.
 */
export function keepUnchanged<T>(before: unknown, after: T): T {
  if (Object.is(before, after)) return after;
  if (Array.isArray(before) && Array.isArray(after)) {
    const earlier = new Map(before.map((item: unknown, i) => [identity(item, i), item]));
    const merged = after.map((item: unknown, i) => keepUnchanged(earlier.get(identity(item, i)), item));
    return (merged.length === before.length && merged.every((item, i) => item === before[i]) ? before : merged) as T;
  }
  if (isRecord(before) && isRecord(after)) {
    const merged: Record<string, unknown> = {};
    let same = Object.keys(before).length === Object.keys(after).length;
    for (const [key, value] of Object.entries(after)) {
      merged[key] = keepUnchanged(before[key], value);
      same &&= Object.hasOwn(before, key) && merged[key] === before[key];
    }
    return (same ? before : merged) as T;
  }
  return after;
}
