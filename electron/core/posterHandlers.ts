import type { ChannelOutput } from '#shared/ipc/contract.js';
import type { DatedExercise, Poster, PosterSize } from '#shared/exercises/definition.js';
import { assetsOf, definitionOf } from '#shared/exercises/registry.js';
import type { Language } from '#shared/i18n/languages.js';
import { AppFailure } from '#shared/result.js';
import type { Backend, Handlers } from './backend.js';
import type { CommunityFile } from './communityFile.js';
import { safeFileName } from './files.js';
import { posterDocument } from './report/poster.js';
import { parseStoredExercise, readableExercise, type ParsedExercise } from './storedExercise.js';
import { esc } from '#shared/report/html.js';
import { backendTranslator } from './translate.js';

type PosterChannel = 'report.exportPoster' | 'report.exportPosterPack' | 'poster.list';

/** True when the exercise's type has a notice-board poster. */
export function hasPoster(type: ParsedExercise['type']): boolean {
  return definitionOf(type).poster !== undefined;
}

/**
 * Every readable exercise of the community with its session's date, oldest session first
 * (the order they were made within a session): what a poster reads across sessions. One
 * unreadable exercise hides only itself.
 */
export function datedExercises(file: CommunityFile): DatedExercise[] {
  const dates = new Map(file.sessions.list().map((s) => [s.id, s.date]));
  const dated: DatedExercise[] = [];
  for (const row of file.exercises.listAll()) {
    const ex = readableExercise(row, file.fileName);
    if (ex)
      dated.push({
        id: ex.id,
        type: ex.type,
        title: ex.title,
        body: ex.body,
        sessionId: ex.sessionId,
        date: dates.get(ex.sessionId) ?? '',
      });
  }
  return dated.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * One exercise's poster through its type's hook, with the context the hook reads (the
 * exercises before it in its session, its photos, the whole community). Refused
 * ('not_found') when the type has no poster; the hook's own refusals pass through.
 */
export function exercisePoster(
  file: CommunityFile,
  exercise: ParsedExercise,
  options: { size: PosterSize; language: Language; community: readonly DatedExercise[] },
): { poster: Poster; photos: number } {
  const definition = definitionOf(exercise.type);
  if (!definition.poster)
    throw new AppFailure('not_found', `exercise ${exercise.id} of type ${exercise.type} has no poster`);
  const session = file.sessions.get(exercise.sessionId);
  const sameSession = options.community.filter((e) => e.sessionId === exercise.sessionId);
  const at = sameSession.findIndex((e) => e.id === exercise.id);
  const photos = file.photos.dataUrls(assetsOf(exercise.type, exercise.body));
  const t = backendTranslator(options.language);
  const poster = definition.poster(exercise.body as never, {
    t,
    title: exercise.title,
    communityName: file.community.get().name,
    photos,
    earlier: at < 0 ? [] : sameSession.slice(0, at),
    language: options.language,
    size: options.size,
    date: session.date,
    community: options.community,
  });
  const lineage = file.exercises.lineage(exercise.id);
  return {
    poster: lineage.copyOf ? markAfterPoster(poster, lineage.copyOfTitle, t) : poster,
    photos: Object.keys(photos).length,
  };
}

/**
 * The "after" copy's poster says so above its title on every sheet (SESUDAH / AFTER on
 * yellow, in a black edge: the word carries it, in grey print too), so the before and
 * after pinned side by side on a notice board cannot be mistaken.
 */
function markAfterPoster(
  poster: Poster,
  originalTitle: string | null,
  t: ReturnType<typeof backendTranslator>,
): Poster {
  const origin =
    originalTitle === null ? t('beforeAfter.copyOfGone') : t('beforeAfter.copyOf', { title: originalTitle });
  const band = `<p class="poster-after"><span class="poster-after-word">${esc(t('beforeAfter.badge'))}</span> ${esc(origin)}</p>`;
  const title = '<h1 class="poster-title">';
  return {
    style: `${poster.style}
.poster-after { font-size: 0.8em; font-weight: 700; overflow-wrap: anywhere; }
.poster-after-word { display: inline-block; border: 4px solid #111827; background: #ffd23f; color: #111827; padding: 0 0.4em; letter-spacing: 0.08em; margin-right: 0.3em; }`,
    sheets: poster.sheets.map((sheet) => ({
      ...sheet,
      body: sheet.body.includes(title) ? sheet.body.replace(title, `${band}${title}`) : `${band}${sheet.body}`,
    })),
  };
}

/** The posters' channels: one exercise's poster, the list a pack is chosen from, and the pack. */
export function posterHandlers(backend: Backend): Pick<Handlers, PosterChannel> {
  const print = async (
    file: CommunityFile,
    exercises: readonly ParsedExercise[],
    size: PosterSize,
    language: Language,
    suggested: string,
  ): Promise<ChannelOutput<'report.exportPoster'>> => {
    const community = datedExercises(file);
    // Every poster is built (and any refused) before asking where to save: nothing is written.
    const built = exercises.map((exercise) => {
      try {
        return exercisePoster(file, exercise, { size, language, community });
      } catch (error) {
        // The refusal names the exercise it is about (in a pack, which one to fix).
        if (error instanceof AppFailure)
          throw new AppFailure(error.code, `${exercise.title}: ${error.message}`, {
            ...error.params,
            title: exercise.title,
          });
        throw error;
      }
    });
    const html = posterDocument({
      posters: built.map((b) => b.poster),
      size,
      language,
      resourcesDir: backend.host.resourcesDir,
      images: built.some((b) => b.photos > 0),
    });
    return backend.savePdf(safeFileName(suggested, 'pdf'), html, '<span></span>');
  };
  return {
    'poster.list': () => {
      const file = backend.currentFile();
      const sessions = new Map(file.sessions.list().map((s) => [s.id, s]));
      return datedExercises(file)
        .filter((e) => hasPoster(e.type as ParsedExercise['type']))
        .map((e) => ({
          exerciseId: e.id,
          type: e.type,
          title: e.title,
          sessionId: e.sessionId,
          sessionTitle: sessions.get(e.sessionId)?.title ?? '',
          date: e.date,
        }))
        .reverse();
    },
    'report.exportPoster': async ({ exerciseId, size, language }) => {
      const file = backend.currentFile();
      const exercise = parseStoredExercise(file.exercises.get(exerciseId), file.fileName);
      const community = file.community.get();
      const typeName = backendTranslator(language)(definitionOf(exercise.type).labels.name);
      return print(file, [exercise], size, language, `${community.name} - poster ${typeName} ${size}`);
    },
    'report.exportPosterPack': async ({ exerciseIds, size, language }) => {
      const file = backend.currentFile();
      const exercises = exerciseIds.map((id) => parseStoredExercise(file.exercises.get(id), file.fileName));
      const community = file.community.get();
      const t = backendTranslator(language);
      return print(file, exercises, size, language, `${community.name} - ${t('posters.fileName')} ${size}`);
    },
  };
}
