import { parseExerciseBody, type ExerciseTypeName } from '#shared/exercises/registry.js';
import { NewerBodyError } from '#shared/exercises/definition.js';
import type { WallExercise, WallMode, WallState, WallStatus } from '#shared/model/wall.js';
import { AppFailure } from '#shared/result.js';
import type { Backend, Handlers } from './backend.js';
import { refusalParams } from './refusal.js';
import { parseStoredExercise } from './storedExercise.js';

export type WallListener = (state: WallState) => void;

/**
 * The wall (issue 11, presenter view on two screens): which exercise the projector's
 * audience window shows, and how. The presenter's page publishes the open exercise's
 * document on every change; the wall keeps the newest (`latest`) and what the audience
 * was last sent (`shown`): they differ only while the wall is frozen. Every change the
 * audience must see goes to the listeners (the shell forwards it to the audience window,
 * the e2e harness to its second page). Nothing here is stored in the file: the wall is a
 * view of the work, and the work is saved by `exercise.save` as ever.
 */
export class Wall {
  private mode: WallMode = 'live';
  private latest: WallExercise | null = null;
  private shown: WallExercise | null = null;
  private revision = 0;
  private audienceOpen = false;
  private readonly listeners = new Set<WallListener>();

  constructor(private readonly backend: Backend) {}

  /** Calls `listener` with every state the audience must show; returns the unsubscribe. */
  onChange(listener: WallListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The shell (or the harness) says whether an audience window is open. */
  setAudienceOpen(open: boolean): void {
    this.audienceOpen = open;
  }

  /** What the audience shows now: black shows nothing at all. */
  current(): WallState {
    return { mode: this.mode, revision: this.revision, exercise: this.mode === 'black' ? null : this.shown };
  }

  status(): WallStatus {
    return { audienceOpen: this.audienceOpen, mode: this.mode, exerciseId: this.latest?.id ?? null };
  }

  /** Puts an exercise of the open file on the wall, as stored, and live (the facilitator chose to show it). */
  show(exerciseId: string): WallStatus {
    const file = this.backend.currentFile();
    const row = file.exercises.get(exerciseId);
    const { body, ...meta } = parseStoredExercise(row, file.fileName);
    this.latest = {
      id: meta.id,
      sessionId: meta.sessionId,
      type: meta.type,
      title: meta.title,
      // The original of a before/after copy, where the file records it.
      copyOf: (row as { copyOf?: string | null }).copyOf ?? null,
      version: meta.version,
      body,
    };
    this.mode = 'live';
    this.shown = this.latest;
    this.emit();
    return this.status();
  }

  /**
   * The presenter's newest document of the exercise on the wall, checked by its type's
   * schema as a save is: a malformed one is refused and the audience keeps what it shows.
   * A document of another exercise (the wall moved on while it travelled) changes nothing.
   */
  publish(input: { exerciseId: string; title: string; version: number; body: unknown }): { shown: boolean } {
    const on = this.latest;
    if (!on || on.id !== input.exerciseId) return { shown: false };
    const body = parseWallBody(on.type, input.body);
    this.latest = { ...on, title: input.title, version: input.version, body };
    if (this.mode !== 'live') return { shown: true };
    this.shown = this.latest;
    this.emit();
    return { shown: true };
  }

  /** Live shows the newest at once; frozen keeps the picture; black shows nothing. */
  setMode(mode: WallMode): WallStatus {
    if (mode !== this.mode) {
      this.mode = mode;
      if (mode === 'live') this.shown = this.latest;
      this.emit();
    }
    return this.status();
  }

  /** A rename of the exercise on the wall shows at once (a frozen wall takes it when it goes live). */
  afterRename(exerciseId: string, title: string): void {
    if (!this.latest || this.latest.id !== exerciseId) return;
    this.latest = { ...this.latest, title };
    if (this.mode !== 'live') return;
    this.shown = this.latest;
    this.emit();
  }

  /**
   * The open file changed: what the wall shows stays only if the new file holds it (a
   * "save a copy as" carries on the same work); another community's file, or none, takes
   * it off the wall, so the room never sees the last village's diagram.
   */
  afterFileChanged(holds: (exerciseId: string) => boolean): void {
    if (!this.latest || holds(this.latest.id)) return;
    this.latest = null;
    this.shown = null;
    this.mode = 'live';
    this.emit();
  }

  private emit(): void {
    this.revision += 1;
    const state = this.current();
    for (const listener of this.listeners) listener(state);
  }
}

/** A published body, upgraded and parsed by its type's schema; refused in the words a refused save uses. */
function parseWallBody(type: ExerciseTypeName, raw: unknown): unknown {
  let parsed: ReturnType<typeof parseExerciseBody>;
  try {
    parsed = parseExerciseBody(type, raw);
  } catch (error) {
    if (error instanceof NewerBodyError)
      throw new AppFailure('invalid_input', error.message, { field: 'schemaVersion', reason: 'invalid' });
    throw error;
  }
  if (!parsed.success)
    throw new AppFailure(
      'invalid_input',
      `the wall refused a ${type} document: ${parsed.error.message}`,
      refusalParams(parsed.error.issues[0]),
    );
  return parsed.data;
}

type WallChannel = 'wall.status' | 'wall.current' | 'wall.show' | 'wall.setMode' | 'wall.publish';

export function wallHandlers(backend: Backend): Pick<Handlers, WallChannel> {
  return {
    'wall.status': () => backend.wall.status(),
    'wall.current': () => backend.wall.current(),
    'wall.show': ({ exerciseId }) => backend.wall.show(exerciseId),
    'wall.setMode': ({ mode }) => backend.wall.setMode(mode),
    'wall.publish': (input) => backend.wall.publish(input),
  };
}
