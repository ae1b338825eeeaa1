import type { z } from 'zod';
import type { Language } from '../i18n/languages.js';
import type { TranslationKey, Translate } from '../i18n/translate.js';

/**
 * One numbered step of a type's body migration: turns a body stored at `from` into one
 * at `from + 1`. Steps are pure and run in order on every read, so a file written years
 * ago opens in today's shape (tldraw migrates each shape type this way).
 */
export interface MigrationStep {
  from: number;
  /** What the step changed, in words, for the reader of the migration list. */
  why: string;
  up: (body: Record<string, unknown>) => Record<string, unknown>;
}

/** An exercise as stored: its type, title and parsed body. */
export interface StoredExercise {
  id: string;
  type: string;
  title: string;
  body: unknown;
}

/**
 * A stored exercise whose body has been read and parsed (today's shape), with its session
 * and the session's date (`YYYY-MM-DD`): what gatherings across the whole community
 * (monitoring progress, before/after, posters, the programme overview) read.
 */
export interface DatedExercise extends StoredExercise {
  sessionId: string;
  date: string;
}

/** What a report section gets besides its own document. */
export interface ReportContext {
  t: Translate;
  title: string;
  communityName: string;
  /**
   * The photos the session's exercises show (their `assets`), as data URLs by id. A photo
   * no longer in the file is absent: the exercise prints without it.
   */
  photos: Readonly<Record<string, string>>;
  /** The exercises before this one in the same session, in order (a second Venn is read as "after"). */
  earlier: readonly StoredExercise[];
  /** The exercise this one is the "after" copy of ("Gandakan"), if any: what its comparison is with. */
  copyOf?: string | null;
  /**
   * Every readable exercise of the community in sessions up to this one's date, with their
   * dates (this session's own included): what a section showing progress across sessions
   * reads (monitoring). Absent where the caller has no file at hand.
   */
  community?: readonly DatedExercise[];
}

/** The two notice-board sizes. */
export type PosterSize = 'A3' | 'A4';

/** What a poster gets besides its own document: the report's context and the whole community. */
export interface PosterContext extends ReportContext {
  language: Language;
  size: PosterSize;
  /** The exercise's own session date (`YYYY-MM-DD`), printed under the title. */
  date: string;
  /**
   * Every readable exercise of the community with its session's date, oldest first, so a
   * poster can show what changed across sessions (monitoring progress, before/after).
   */
  community: readonly DatedExercise[];
}

/**
 * One printed sheet of a poster. The shared frame (shared/report/poster.ts) gives it its
 * page size, border and margins; `body` is the content HTML, every user value escaped.
 */
export interface PosterSheet {
  orientation: 'portrait' | 'landscape';
  body: string;
}

/**
 * A type's notice-board poster: its sheets and the CSS of the classes they use. Class
 * names start with the type's name (`.venn-…`), because the month's pack prints the
 * posters of several types in one document.
 */
export interface Poster {
  style: string;
  sheets: PosterSheet[];
}

/**
 * What an exercise adds to what the community knows: institutions remembered for name
 * suggestions, resources for later maps, items a framed statement can cite, and names
 * offered for quick entry in ranking exercises.
 */
export interface Contributions {
  stakeholders?: { name: string; kind: string }[];
  resources?: { name: string; capital: string }[];
  citable?: { itemId: string; label: string }[];
  names?: string[];
}

/**
 * Everything the app needs to know about one exercise type, in one object. The report,
 * the backend and the renderer loop over the registry of these instead of naming types.
 */
export interface ExerciseDefinition<Type extends string = string, Doc = unknown> {
  type: Type;
  /** The current body version; `migrations` lead from 1 up to it, one step per version. */
  version: number;
  migrations: readonly MigrationStep[];
  schema: z.ZodType<Doc>;
  empty: () => Doc;
  /** Translation keys: the type's name (also a new exercise's title) and its "new …" action. */
  labels: { name: TranslationKey; create: TranslationKey };
  /** The PDF section: HTML built from the shared scene and table builders. */
  report: (doc: Doc, context: ReportContext) => string;
  /** CSS for classes only this type's section uses, added to the report's page. */
  reportStyle?: string;
  /**
   * The notice-board poster (A3 or A4, read from two metres: the picture or result first,
   * few words). Types without one offer no poster. Throws an AppFailure (e.g.
   * `poster_empty`) when there is nothing to show yet.
   */
  poster?: (doc: Doc, context: PosterContext) => Poster;
  /** Ids of the photos the document shows (embedded in the report; others may be removed). */
  assets?: (doc: Doc) => string[];
  contributes?: (doc: Doc) => Contributions;
  /**
   * Strings of a type that lives outside the app's dictionaries (a plug-in, or a test's
   * extra type), merged in at registration under the namespace named by its type.
   */
  messages?: Partial<Record<Language, Record<string, unknown>>>;
}

/** Keeps a definition's literal type name and document type for the registry. */
export function defineExercise<const Type extends string, Doc>(
  definition: ExerciseDefinition<Type, Doc>,
): ExerciseDefinition<Type, Doc> {
  return definition;
}

/** Thrown by `migrateBody` for a body written by a newer Rembug. */
export class NewerBodyError extends Error {
  constructor(
    readonly type: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(`${type} body version ${found} is newer than ${supported}`);
  }
}

/**
 * Runs the numbered steps from the body's version up to the type's. Anything that is
 * not an object with a whole version is returned unchanged for the schema to refuse.
 */
export function migrateBody(
  definition: Pick<ExerciseDefinition, 'type' | 'version' | 'migrations'>,
  raw: unknown,
): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let body = raw as Record<string, unknown>;
  const start = body.schemaVersion;
  if (typeof start !== 'number' || !Number.isInteger(start) || start < 1) return raw;
  if (start > definition.version) throw new NewerBodyError(definition.type, start, definition.version);
  for (let at = start; at < definition.version; at += 1) {
    const step = definition.migrations.find((s) => s.from === at);
    // A gap in the numbered steps is a bug of this app, never of the file: say so.
    if (!step) throw new Error(`${definition.type} has no migration from version ${at}`);
    body = { ...step.up(body), schemaVersion: at + 1 };
  }
  return body;
}
