import { defineAction } from '../action.js';
import { sameName } from '../../model/text.js';
import {
  maxEvaluationGroups,
  maxEvaluationQuestions,
  type Answer,
  type BeforeAfter,
  type EvaluationDocument,
  type Score,
} from './schema.js';

/**
 * Named, pure edits of an evaluation. Refused: an empty or repeated group name, removing
 * the last group, an empty question, anything over a maximum. Removing a group or a
 * question takes its answers with it (undo brings them back).
 */
type Doc = EvaluationDocument;

function withAnswer(doc: Doc, groupId: string, questionId: string, change: (a: Answer) => Answer): Doc {
  if (!doc.groups.some((g) => g.id === groupId) || !doc.questions.some((q) => q.id === questionId)) return doc;
  const byGroup = doc.answers[groupId] ?? {};
  const before = byGroup[questionId] ?? { score: null, reason: '' };
  const after = change(before);
  if (after.score === before.score && after.reason === before.reason) return doc;
  return { ...doc, answers: { ...doc.answers, [groupId]: { ...byGroup, [questionId]: after } } };
}

export const setScore = defineAction<Doc, { groupId: string; questionId: string; score: Score | null }>({
  name: 'setScore',
  history: 'step',
  perform: (doc, { groupId, questionId, score }) => withAnswer(doc, groupId, questionId, (a) => ({ ...a, score })),
});

export const setReason = defineAction<Doc, { groupId: string; questionId: string; reason: string }>({
  name: 'setReason',
  history: 'merge',
  mergeKey: ({ groupId, questionId }) => `setReason:${groupId}:${questionId}`,
  perform: (doc, { groupId, questionId, reason }) => withAnswer(doc, groupId, questionId, (a) => ({ ...a, reason })),
});

const nameTaken = (doc: Doc, name: string, ownId?: string): boolean =>
  doc.groups.some((g) => g.id !== ownId && g.name.trim() !== '' && sameName(g.name, name));

export const addGroup = defineAction<Doc, { id: string; name: string }>({
  name: 'addGroup',
  history: 'step',
  refuse: (doc, { name }) =>
    !name.trim()
      ? 'empty_name'
      : nameTaken(doc, name)
        ? 'duplicate_name'
        : doc.groups.length >= maxEvaluationGroups
          ? 'too_many'
          : null,
  perform: (doc, { id, name }) =>
    doc.groups.some((g) => g.id === id)
      ? doc
      : { ...doc, groups: [...doc.groups, { id, seed: null, name: name.trim() }] },
});

/** A new name for a group (a seed group keeps its key; its name now is the group's own words). */
export const renameGroup = defineAction<Doc, { id: string; name: string }>({
  name: 'renameGroup',
  history: 'step',
  refuse: (doc, { id, name }) => (!name.trim() ? 'empty_name' : nameTaken(doc, name, id) ? 'duplicate_name' : null),
  perform: (doc, { id, name }) => ({
    ...doc,
    groups: doc.groups.map((g) => (g.id === id && g.name !== name.trim() ? { ...g, name: name.trim() } : g)),
  }),
});

export const removeGroup = defineAction<Doc, { id: string }>({
  name: 'removeGroup',
  history: 'step',
  refuse: (doc, { id }) => (doc.groups.length <= 1 && doc.groups.some((g) => g.id === id) ? 'last_group' : null),
  perform: (doc, { id }) => {
    if (!doc.groups.some((g) => g.id === id)) return doc;
    const answers = { ...doc.answers };
    delete answers[id];
    return { ...doc, groups: doc.groups.filter((g) => g.id !== id), answers };
  },
});

export const addQuestion = defineAction<Doc, { id: string; text: string }>({
  name: 'addQuestion',
  history: 'step',
  refuse: (doc, { text }) =>
    !text.trim() ? 'empty_name' : doc.questions.length >= maxEvaluationQuestions ? 'too_many' : null,
  perform: (doc, { id, text }) =>
    doc.questions.some((q) => q.id === id)
      ? doc
      : { ...doc, questions: [...doc.questions, { id, seed: null, text: text.trim() }] },
});

export const removeQuestion = defineAction<Doc, { id: string }>({
  name: 'removeQuestion',
  history: 'step',
  perform: (doc, { id }) => {
    if (!doc.questions.some((q) => q.id === id)) return doc;
    const answers = Object.fromEntries(
      Object.entries(doc.answers).map(([groupId, byQuestion]) => {
        const rest = { ...byQuestion };
        delete rest[id];
        return [groupId, rest];
      }),
    );
    return { ...doc, questions: doc.questions.filter((q) => q.id !== id), answers };
  },
});

/**
 * The before/after comparisons gathered from the file when the evaluation is opened. Not
 * an undo step: it is the file's state, not an edit of the group's.
 */
export const setBeforeAfter = defineAction<Doc, { beforeAfter: BeforeAfter }>({
  name: 'setBeforeAfter',
  history: 'none',
  perform: (doc, { beforeAfter }) =>
    JSON.stringify(doc.beforeAfter) === JSON.stringify(beforeAfter) ? doc : { ...doc, beforeAfter },
});
