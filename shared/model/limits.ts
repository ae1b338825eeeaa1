import { z } from 'zod';

/**
 * Every maximum of what reaches a community file, in one place (docs/limits.md explains
 * each). They are generous for real use (a normal FGD has 23 people and 14 institutions, a
 * big one 100+) and small enough that the largest legal exercise saves in about 50 ms or
 * less (scripts/benchLimits.ts). Exercise bodies are checked on every read too, so a limit
 * that exists may be raised later but lowering one needs a migration: a stored body over
 * it would no longer open.
 */

// Text, in UTF-16 code units (what a text field counts) -------------------------------------

/** Ids are made by the app (a UUID is 36 characters); 64 leaves room for prefixed ones. */
export const maxIdLength = 64;
/** A pair of options is stored under "firstId|secondId". */
export const maxPairKeyLength = maxIdLength * 2 + 1;
/**
 * A name (a community, an institution, an option) is kept exactly as typed, however long:
 * people paste whole sentences as names, and 10,000 characters are tested whole.
 */
export const maxNameLength = 20_000;
/** Free text of a session or community (agenda, notes, description): minutes of a long meeting. */
export const maxTextLength = 100_000;
/** One agreement of a session is a sentence or a short paragraph. */
export const maxAgreementLength = 2000;
/** The question a ranking or a consensus workshop answers: one line on the wall. */
export const maxQuestionLength = 500;
/** A group, an option's category or a ballot's label: a few words (women, Dusun II, Bu Siti). */
export const maxLabelLength = 200;
/** A note on one thing (a pair's reason, a resource's problem, a check of a statement, a card). */
export const maxNoteLength = 2000;
/** A longer explanation (a resource's description, what a workshop's result means, a statement's why). */
export const maxDescriptionLength = 5000;
/** One sentence: a box of a problem tree, a framed statement, a cited item, a resource's owner. */
export const maxSentenceLength = 1000;
/** A column title of a consensus board, read from the back of the room. */
export const maxColumnTitleLength = 300;
/** The group a card came from (the small table that wrote it). */
export const maxCardGroupLength = 100;
/** A column's symbol is one emoji or a letter or two (an emoji with modifiers is up to 8 units). */
export const maxSymbolLength = 8;
/** A word written on the map (a road's or a hamlet's name). */
export const maxMapTextLength = 500;
/** A file path on Windows, Linux or macOS. */
export const maxPathLength = 4096;

// Counts ---------------------------------------------------------------------------------------

/** Institutions on one Venn diagram: a village has at most a few hundred (a big FGD names 40). */
export const maxInstitutions = 500;
/** Options of one ranking: pairwise ranking of 60 is 1,770 pairs, more than a day's work. */
export const maxRankItems = 60;
/** Groups that rank separately (women, men, youth, hamlets): a village has a handful. */
export const maxRankGroups = 12;
/** Pairs of options one group can judge. */
export const maxPairs = (maxRankItems * (maxRankItems - 1)) / 2;
/** Criteria of one scoring matrix: templates have 3 to 6. */
export const maxCriteria = 20;
/** Ballots of one group in a vote: everyone at the biggest meeting, several times over. */
export const maxBallotsPerGroup = 500;
/** Cards on a consensus board: a big workshop writes 100 to 150. */
export const maxCards = 400;
/** Columns of a consensus board: a board has 5 to 10. */
export const maxColumns = 60;
/** Boxes of a problem tree: a full wall holds about 100. */
export const maxTreeNodes = 500;
/** Items one framed statement cites. */
export const maxCites = 60;
/** Resources marked on one village map. */
export const maxMapResources = 1000;
/** Drawn shapes (roads, rivers, areas, pen strokes, words) on one map. */
export const maxMapShapes = 2000;
/** Numbers (x and y each) in one drawn line: a long road drawn slowly by hand. */
export const maxShapeCoordinates = 20_000;
/** Agreements recorded for one session. */
export const maxAgreements = 500;
/** The longer side of a stored photo in pixels (the renderer scales photos to fit). */
export const maxPhotoSide = 4096;
/** A stored photo as a data URL: a 4096-pixel JPEG is a few MB, base64 adds a third. */
export const maxPhotoDataLength = 20_000_000;
/** Posters in one "this month" pack: a notice board holds a dozen; 60 sheets print in seconds. */
export const maxPostersPerPack = 60;

// The whole exercise ---------------------------------------------------------------------------

/**
 * One exercise body as JSON, in characters. Each field's maximum alone allows far more
 * (500 institutions with 20,000-character names), so this bounds what one save writes.
 * A heavily drawn map measured earlier was 580 KB; the save time grows with
 * the size (about 20 to 60 ms at this limit on 2 busy cores, twice that at 2 MB).
 * Checked when a body is saved, not when it is read, so nothing already stored stops
 * opening.
 */
export const maxBodyCharacters = 1_000_000;

// Schema helpers ---------------------------------------------------------------------------------

/**
 * Odd text is normalised, deliberately and the same way in every text of every schema
 * (docs/limits.md). A lone half of a surrogate pair (a split emoji) is not Unicode: the
 * page already draws it as U+FFFD, and SQLite stored it as U+FFFD in plain columns while
 * JSON bodies kept it, so it becomes U+FFFD everywhere (`toWellFormed` does exactly that).
 */
// ES2024's String methods (Node 20, Chromium, Electron all have them; the lib is ES2023).
type Es2024String = string & { isWellFormed(): boolean; toWellFormed(): string };
export function wellFormedText(s: string): string {
  const text = s as Es2024String;
  return text.isWellFormed() ? s : text.toWellFormed();
}

/**
 * Invisible control characters (all but tab and line breaks) that a paste can carry into
 * a name: they make two equal-looking names differ and are not allowed in the report's
 * XML. Names drop them; nothing visible changes.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
export function withoutControlCharacters(s: string): string {
  return s.replace(controlCharacters, '');
}

/** A string of at most `max` units, as well-formed Unicode. */
export function boundedText(max: number) {
  // `overwrite`, not `transform`: the same normalising, as a check that keeps the string
  // type, at about half the cost on a body of thousands of texts (the largest map).
  return z.string().max(max, { message: 'too_long' }).overwrite(wellFormedText);
}

/** An id: made by the app and never shown, never empty. */
export function boundedId(max = maxIdLength) {
  return z.string().min(1).max(max, { message: 'too_long' });
}

/** A list of at most `max` entries. */
export function boundedList<T extends z.ZodType>(item: T, max: number) {
  return z.array(item).max(max, { message: 'too_many' });
}

/**
 * The issue of a record or a whole body over its maximum: zod's own "too big", so the
 * dispatcher and exercise.save refuse it like a long list or text (reason and `max`).
 */
function tooBig(ctx: z.RefinementCtx, input: unknown, max: number, message: 'too_many' | 'too_long'): void {
  ctx.addIssue({ code: 'too_big', origin: 'object', maximum: max, inclusive: true, message, input });
}

/** A record keyed by ids (groups, options, pairs) with at most `max` keys. */
export function boundedRecord<V extends z.ZodType>(key: z.ZodString, value: V, max: number) {
  return z.record(key, value).superRefine((record, ctx) => {
    if (Object.keys(record).length > max) tooBig(ctx, record, max, 'too_many');
  });
}

/**
 * A long list of numbers each within [min, max] (a drawn line's coordinates): one check
 * over the whole list rather than a schema per number, which is 7 times faster on a map
 * of 250,000 coordinates and keeps the largest map's save within budget.
 */
export function boundedNumberList(maxCount: number, min: number, max: number) {
  return z
    .custom<number[]>((value) => Array.isArray(value), { message: 'invalid' })
    .superRefine((numbers, ctx) => {
      if (numbers.length > maxCount) return tooBig(ctx, numbers, maxCount, 'too_many');
      // By index, not `every`: a sparse array's holes (possible through structured clone) are refused too.
      for (let i = 0; i < numbers.length; i += 1) {
        const n = numbers[i];
        if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max)
          return ctx.addIssue({ code: 'custom', message: 'invalid', path: [i], input: n });
      }
    });
}

/**
 * A lower bound of how many characters `value` takes as JSON (strings and keys without
 * their escapes, every number as one digit), or `Infinity` as soon as that passes `limit`.
 * A walk that stops early and builds no string, so a huge body is refused before its
 * type's schema reads it, while a legal one costs a few milliseconds and is never refused
 * here (the exact length is checked on the JSON that is written). Cycles are cut by the limit.
 */
export function jsonSizeWithin(value: unknown, limit: number): number {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'string') size += next.length + 2;
    else if (Array.isArray(next)) {
      size += 2 + Math.max(0, next.length - 1); // brackets and commas
      for (let i = 0; i < next.length; i += 1) {
        const item: unknown = next[i];
        // Numbers and other scalars inline: a drawn line holds tens of thousands of them.
        if (item !== null && typeof item === 'object') stack.push(item);
        else if (typeof item === 'string') size += item.length + 2;
        else size += 1;
      }
    } else if (next !== null && typeof next === 'object') {
      const keys = Object.keys(next);
      size += 2 + keys.length * 4 - Math.min(1, keys.length); // braces, quotes, colons, commas
      for (const key of keys) {
        size += key.length;
        stack.push((next as Record<string, unknown>)[key]);
      }
    } else size += 1;
    if (size > limit) return Infinity;
  }
  return size;
}

/**
 * An exercise body of at most `maxBodyCharacters` as JSON: checked on the raw input of
 * exercise.save before the type's schema reads it (`jsonSizeWithin`); the exact length of
 * what is written is checked again where it is serialised. The dispatcher refuses it as
 * `too_long` ("too long to save").
 */
export function refuseOversizedBody(body: unknown, ctx: z.RefinementCtx): void {
  if (jsonSizeWithin(body, maxBodyCharacters) > maxBodyCharacters) tooBig(ctx, body, maxBodyCharacters, 'too_long');
}
