import type { Answer, EvaluationDocument, Score } from './schema.js';

/**
 * The evaluation side by side by group: per question each group's score and reason, how
 * many groups answered, their mean and spread, and whether they see it differently (two
 * steps apart on the three-step scale: one says "no" where another says "yes"). Built
 * once for the wall, the chart and the PDF.
 */
export interface GroupAnswer {
  groupId: string;
  score: Score | null;
  reason: string;
}

export interface QuestionResult {
  questionId: string;
  /** One per group, in the groups' order. */
  answers: GroupAnswer[];
  answered: number;
  /** Mean score of the groups that answered; null when none has. */
  mean: number | null;
  /** Highest minus lowest score; null when fewer than two groups answered. */
  spread: number | null;
  groupsDiffer: boolean;
}

export interface GroupResult {
  groupId: string;
  answered: number;
  mean: number | null;
}

export interface EvaluationResult {
  questions: QuestionResult[];
  groups: GroupResult[];
  /** Every group scored every question. */
  complete: boolean;
}

const noAnswer: Answer = { score: null, reason: '' };

export function answerOf(doc: EvaluationDocument, groupId: string, questionId: string): Answer {
  return doc.answers[groupId]?.[questionId] ?? noAnswer;
}

const mean = (scores: readonly number[]): number | null =>
  scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;

export function evaluationByGroup(doc: EvaluationDocument): EvaluationResult {
  const questions = doc.questions.map((q): QuestionResult => {
    const answers = doc.groups.map((g) => {
      const a = answerOf(doc, g.id, q.id);
      return { groupId: g.id, score: a.score, reason: a.reason.trim() };
    });
    const scores = answers.flatMap((a) => (a.score === null ? [] : [a.score]));
    const spread = scores.length >= 2 ? Math.max(...scores) - Math.min(...scores) : null;
    return {
      questionId: q.id,
      answers,
      answered: scores.length,
      mean: mean(scores),
      spread,
      groupsDiffer: spread !== null && spread >= 2,
    };
  });
  const groups = doc.groups.map((g): GroupResult => {
    const scores = doc.questions.flatMap((q) => {
      const s = answerOf(doc, g.id, q.id).score;
      return s === null ? [] : [s];
    });
    return { groupId: g.id, answered: scores.length, mean: mean(scores) };
  });
  const complete =
    doc.questions.length > 0 && doc.groups.length > 0 && questions.every((q) => q.answered === doc.groups.length);
  return { questions, groups, complete };
}
