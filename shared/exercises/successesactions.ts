import { defineAction } from '../action.js';
import { sameName } from '../../model/text.js';
import { maxContributors, maxSuccesses, type Contributor, type Success, type SuccessesDocument } from './schema.js';

/**
 * Named, pure edits of the success board. Refused: an empty milestone, a date after
 * today (a success is recorded once it happened), the same contributor twice, and
 * anything over a maximum.
 */
type Doc = SuccessesDocument;

const changeSuccess = (doc: Doc, id: string, change: (s: Success) => Success): Doc => {
  const at = doc.successes.findIndex((s) => s.id === id);
  if (at === -1) return doc;
  const changed = change(doc.successes[at]!);
  if (changed === doc.successes[at]) return doc;
  return { ...doc, successes: doc.successes.map((s, i) => (i === at ? changed : s)) };
};

const has = (doc: Doc, id: string): Success | undefined => doc.successes.find((s) => s.id === id);

export const addSuccess = defineAction<Doc, { id: string; title: string }>({
  name: 'addSuccess',
  history: 'step',
  refuse: (doc, { title }) => (!title.trim() ? 'empty_name' : doc.successes.length >= maxSuccesses ? 'too_many' : null),
  perform: (doc, { id, title }) =>
    has(doc, id)
      ? doc
      : {
          ...doc,
          successes: [
            ...doc.successes,
            { id, title: title.trim(), achievedOn: '', evidence: '', photoId: null, contributors: [] },
          ],
        },
});

export const renameSuccess = defineAction<Doc, { id: string; title: string }>({
  name: 'renameSuccess',
  history: 'merge',
  mergeKey: ({ id }) => `renameSuccess:${id}`,
  refuse: (_doc, { title }) => (!title.trim() ? 'empty_name' : null),
  perform: (doc, { id, title }) => changeSuccess(doc, id, (s) => (s.title === title ? s : { ...s, title })),
});

export const removeSuccess = defineAction<Doc, { id: string }>({
  name: 'removeSuccess',
  history: 'step',
  perform: (doc, { id }) => (has(doc, id) ? { ...doc, successes: doc.successes.filter((s) => s.id !== id) } : doc),
});

/**
 * Marks a milestone achieved on a day ('' takes the mark back). `today` is the
 * facilitator's date (the view passes it), so the rule is tested without a clock.
 */
export const markAchieved = defineAction<Doc, { id: string; date: string; today: string }>({
  name: 'markAchieved',
  history: 'step',
  refuse: (_doc, { date, today }) => (date !== '' && date > today ? 'future_date' : null),
  perform: (doc, { id, date }) =>
    changeSuccess(doc, id, (s) => (s.achievedOn === date ? s : { ...s, achievedOn: date })),
});

export const setEvidence = defineAction<Doc, { id: string; evidence: string }>({
  name: 'setEvidence',
  history: 'merge',
  mergeKey: ({ id }) => `setEvidence:${id}`,
  perform: (doc, { id, evidence }) => changeSuccess(doc, id, (s) => (s.evidence === evidence ? s : { ...s, evidence })),
});

/** The photo kept as evidence (stored through photo.store first), or null to take it off. */
export const setEvidencePhoto = defineAction<Doc, { id: string; photoId: string | null }>({
  name: 'setEvidencePhoto',
  history: 'step',
  perform: (doc, { id, photoId }) => changeSuccess(doc, id, (s) => (s.photoId === photoId ? s : { ...s, photoId })),
});

export const addContributor = defineAction<Doc, { id: string; contributor: Contributor }>({
  name: 'addContributor',
  history: 'step',
  refuse: (doc, { id, contributor }) => {
    const success = has(doc, id);
    if (!contributor.name.trim()) return 'empty_name';
    if (!success) return null;
    if (success.contributors.some((c) => c.kind === contributor.kind && sameName(c.name, contributor.name)))
      return 'duplicate_name';
    return success.contributors.length >= maxContributors ? 'too_many' : null;
  },
  perform: (doc, { id, contributor }) =>
    changeSuccess(doc, id, (s) => ({
      ...s,
      contributors: [...s.contributors, { ...contributor, name: contributor.name.trim() }],
    })),
});

export const removeContributor = defineAction<Doc, { id: string; index: number }>({
  name: 'removeContributor',
  history: 'step',
  perform: (doc, { id, index }) =>
    changeSuccess(doc, id, (s) =>
      index < 0 || index >= s.contributors.length
        ? s
        : { ...s, contributors: s.contributors.filter((_, i) => i !== index) },
    ),
});
