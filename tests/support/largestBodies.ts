/**
 * The largest body of each exercise type that the limits allow (shared/model/limits.ts):
 * every list and record at its maximum count, every id at its maximum length, and the
 * texts and the bulk (pairs judged, ballots, drawn points) as long and as many as the
 * whole-body limit leaves room for. Used by the core test (it must save and read back
 * equal) and by the bench (it must save in under 50 ms).
 */
import { directionCriteria } from '#shared/exercises/framing/statement.js';
import type { ConsensusDocument, StatementDocument, TreeDocument } from '#shared/exercises/framing/schema.js';
import type { MatrixDocument, PairwiseDocument, VoteDocument } from '#shared/exercises/ranking/schema.js';
import { resourceProblems } from '#shared/exercises/resources/capitals.js';
import type { ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import {
  maxActivityPeople,
  maxActivityResources,
  maxCost,
  maxPlanActivities,
  maxTeamMembers,
  type ActionPlanDocument,
} from '#shared/exercises/actionPlan/schema.js';
import {
  maxIndicators,
  maxIndicatorValue,
  maxUnitLength,
  type IndicatorsDocument,
} from '#shared/exercises/indicators/schema.js';
import { maxActivityStatuses, maxMeasurements, type MonitoringDocument } from '#shared/exercises/monitoring/schema.js';
import { maxContributors, maxSuccesses, type SuccessesDocument } from '#shared/exercises/successes/schema.js';
import {
  maxEvaluationGroups,
  maxEvaluationQuestions,
  maxIndicatorRows,
  maxRankingComparisons,
  type EvaluationDocument,
} from '#shared/exercises/evaluation/schema.js';
import type { ExerciseTypeName } from '#shared/exercises/registry.js';
import {
  maxBallotsPerGroup,
  maxBodyCharacters,
  maxCardGroupLength,
  maxCards,
  maxCites,
  maxColumns,
  maxColumnTitleLength,
  maxCriteria,
  maxDescriptionLength,
  maxIdLength,
  maxInstitutions,
  maxLabelLength,
  maxMapResources,
  maxMapShapes,
  maxMapTextLength,
  maxNameLength,
  maxNoteLength,
  maxPairs,
  maxQuestionLength,
  maxRankGroups,
  maxRankItems,
  maxSentenceLength,
  maxShapeCoordinates,
  maxSymbolLength,
  maxTextLength,
  maxTreeNodes,
} from '#shared/model/limits.js';

/** Words with accents, as typed in a village: more bytes than characters once stored as UTF-8. */
const words = 'Kelompok tani Sumber Rezeki, café é, dusun Cibodas II; ';

/** An id of the maximum length, unique by its prefix and number. */
export function longId(prefix: string, n: number): string {
  return `${prefix}${n}-`.padEnd(maxIdLength, 'x');
}

/** How big a body is at fill `f` (0..1): texts are f of their maximum, the bulk f of its count. */
type Builder = (fill: number) => unknown;

/** Text of `fill` of `max` units, unique by its leading number when one is given. */
function text(max: number, fill: number, n?: number): string {
  const length = Math.max(1, Math.floor(max * fill));
  const head = n === undefined ? '' : `${n} `;
  return (head + words.repeat(Math.ceil(length / words.length) + 1)).slice(0, Math.max(length, head.length + 1));
}

const count = (max: number, fill: number): number => Math.max(1, Math.floor(max * fill));
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

const groups = range(maxRankGroups).map((g) => ({ id: longId('g', g), name: text(maxLabelLength, 1, g) }));

const builders: Record<ExerciseTypeName, Builder> = {
  venn: (fill): VennDocument => ({
    schemaVersion: 1,
    colourBy: 'relation',
    institutions: range(maxInstitutions).map((i) => ({
      id: longId('i', i),
      name: text(maxNameLength, fill, i),
      kind: 'community',
      relation: 'supportive',
      importance: 4,
      x: -99_999.5 + i,
      y: 99_999.25 - i,
      notes: text(maxTextLength, fill),
    })),
  }),
  pairwise: (fill): PairwiseDocument => {
    const items = range(maxRankItems).map((i) => ({ id: longId('o', i), name: text(maxNameLength, fill / 10, i) }));
    const pairs = items.flatMap((a, i) => items.slice(i + 1).map((b) => `${a.id}|${b.id}`));
    const judged = pairs.slice(0, count(maxPairs, fill));
    return {
      schemaVersion: 1,
      question: text(maxQuestionLength, 1),
      items,
      groups,
      choices: Object.fromEntries(
        groups.map((g) => [
          g.id,
          Object.fromEntries(judged.map((key) => [key, { choice: 'first', reason: text(maxNoteLength, fill / 10) }])),
        ]),
      ),
      numbering: 'roman',
    };
  },
  matrix: (fill): MatrixDocument => {
    const items = range(maxRankItems).map((i) => ({
      id: longId('o', i),
      name: text(maxNameLength, fill / 10, i),
      category: text(maxLabelLength, 1),
    }));
    const criteria = range(maxCriteria).map((c) => ({
      id: longId('c', c),
      name: text(maxNameLength, fill / 10, c),
      weight: 10,
    }));
    return {
      schemaVersion: 2,
      question: text(maxQuestionLength, 1),
      items,
      criteria,
      template: 'custom',
      scoring: { kind: 'scale', min: 0, max: 10 },
      weights: 'points',
      combine: 'sum',
      groups,
      // Scores for every option and criterion, by as many groups as the body limit leaves room for.
      cells: Object.fromEntries(
        groups
          .slice(0, count(maxRankGroups, fill))
          .map((g) => [
            g.id,
            Object.fromEntries(
              items.map((o, i) => [o.id, Object.fromEntries(criteria.map((c, j) => [c.id, (i + j) % 11]))]),
            ),
          ]),
      ),
      numbering: 'competition',
    };
  },
  vote: (fill): VoteDocument => {
    const items = range(maxRankItems).map((i) => ({ id: longId('o', i), name: text(maxNameLength, fill / 10, i) }));
    return {
      schemaVersion: 1,
      question: text(maxQuestionLength, 1),
      items,
      mode: 'ranked',
      dotsPerVoter: 100,
      maxPerOption: null,
      hideUntilClosed: true,
      closed: false,
      groups,
      ballots: Object.fromEntries(
        groups.map((g, gi) => [
          g.id,
          range(count(maxBallotsPerGroup, fill)).map((b) => ({
            id: longId(`b${gi}-`, b),
            participantId: longId('p', b),
            label: text(maxLabelLength, 1, b),
            dots: Object.fromEntries(items.map((o, i) => [o.id, (i * 7 + b) % 1000])),
            order: items.map((o) => o.id).reverse(),
          })),
        ]),
      ),
      numbering: 'competition',
    };
  },
  consensus: (fill): ConsensusDocument => {
    const cards = range(maxCards).map((c) => ({
      id: longId('k', c),
      text: text(maxNoteLength, fill, c),
      group: text(maxCardGroupLength, 1),
    }));
    // Every column holds at least one card; the rest stay loose.
    const perColumn = Math.floor(maxCards / (maxColumns + 1));
    const columns = range(maxColumns).map((c) => ({
      id: longId('col', c),
      title: text(maxColumnTitleLength, 1, c),
      symbol: '👩🏽‍🌾'.slice(0, maxSymbolLength),
      cardIds: cards.slice(c * perColumn, (c + 1) * perColumn).map((k) => k.id),
    }));
    return {
      schemaVersion: 1,
      focusQuestion: text(maxQuestionLength, 1),
      cards,
      loose: cards.slice(maxColumns * perColumn).map((k) => k.id),
      columns,
      resolve: { meaning: text(maxDescriptionLength, 1), nextSteps: text(maxDescriptionLength, 1) },
    };
  },
  tree: (fill): TreeDocument => ({
    schemaVersion: 1,
    view: 'objective',
    nodes: range(maxTreeNodes).map((n) => ({
      id: longId('n', n),
      // A wide tree: each box hangs under one of the first ten, so no branch is deeper than two.
      parentId: n === 0 ? null : longId('n', Math.floor((n - 1) / 50)),
      side: n % 2 ? 'cause' : 'effect',
      problem: text(maxSentenceLength, fill, n),
      objective: text(maxSentenceLength, fill, n),
      collapsed: false,
    })),
  }),
  statement: (fill): StatementDocument => ({
    schemaVersion: 1,
    text: text(maxSentenceLength, 1),
    explanation: text(maxDescriptionLength, 1),
    cites: range(maxCites).map((c) => ({
      exerciseId: longId('e', c),
      itemId: longId('k', c),
      label: text(maxSentenceLength, fill, c),
    })),
    criteria: Object.fromEntries(
      directionCriteria.map((c) => [c, { met: true, note: text(maxNoteLength, 1) }]),
    ) as StatementDocument['criteria'],
  }),
  resourceMap: (fill): ResourceMapDocument => ({
    schemaVersion: 2,
    background: 'grid',
    resources: range(maxMapResources).map((r) => ({
      id: longId('r', r),
      name: text(maxNameLength, fill / 20, r),
      capital: 'natural',
      description: text(maxDescriptionLength, fill / 20),
      owner: text(maxSentenceLength, fill / 20),
      rating: 5,
      problems: Object.fromEntries(resourceProblems.map((p) => [p, text(maxNoteLength, fill / 20)])),
      x: r,
      y: 1000 - r,
    })),
    shapes: range(maxMapShapes).map((s) => ({
      id: longId('s', s),
      layer: 'pen',
      // Whole x, y pairs, with a decimal: finer (so longer) than the app draws, which rounds to map units.
      points: range(Math.max(2, 2 * Math.floor(count(maxShapeCoordinates, fill / 40) / 2))).map(
        (p) => Math.round((p * 37.3 + s) % 2000) / 10 - 100,
      ),
      areaKind: 'forest',
      text: text(maxMapTextLength, fill),
    })),
    hiddenLayers: ['roads', 'rivers', 'areas', 'boundary', 'pen', 'labels', 'resources'],
    photo: null,
  }),
  actionPlan: (fill): ActionPlanDocument => ({
    schemaVersion: 1,
    goal: text(maxSentenceLength, fill),
    startMonth: '2027-01',
    endMonth: '2029-12',
    activities: range(maxPlanActivities).map((a) => ({
      id: longId('a', a),
      what: text(maxSentenceLength, fill / 20, a),
      why: {
        exerciseId: longId('e', a),
        itemId: longId('k', a),
        sourceType: 'tree',
        label: text(maxSentenceLength, fill / 20),
      },
      field: 'empowerment',
      responsible: range(count(maxActivityPeople, fill)).map((p) => ({
        participantId: longId('p', p),
        name: text(maxLabelLength, fill / 20, p),
      })),
      partners: range(count(maxActivityPeople, fill)).map((p) => ({ name: text(maxLabelLength, fill / 20, p) })),
      startMonth: '2027-03',
      endMonth: '2028-11',
      place: text(maxLabelLength, fill / 20),
      resources: range(count(maxActivityResources, fill)).map((r) => ({
        id: longId('r', r),
        name: text(maxLabelLength, fill / 20, r),
        source: {
          kind: 'local',
          exerciseId: longId('m', r),
          resourceId: longId('s', r),
          name: text(maxLabelLength, fill / 20),
        },
      })),
      swadaya: maxCost,
      outsideHelp: maxCost,
      doneWhen: text(maxNoteLength, fill / 20),
    })),
    team: range(count(maxTeamMembers, fill)).map((m) => ({
      id: longId('t', m),
      person: { participantId: longId('p', m), name: text(maxLabelLength, fill, m) },
      role: 'anggota',
    })),
  }),
  indicators: (fill): IndicatorsDocument => ({
    schemaVersion: 1,
    indicators: range(maxIndicators).map((i) => ({
      id: longId('i', i),
      name: text(maxSentenceLength, fill, i),
      unit: text(maxUnitLength, fill),
      baseline: { value: -maxIndicatorValue, date: '2026-05-28' },
      target: { value: maxIndicatorValue, date: '2027-01-31' },
      link: {
        kind: 'activity',
        planExerciseId: longId('e', i),
        activityId: longId('a', i),
        label: text(maxSentenceLength, fill),
      },
    })),
  }),
  monitoring: (fill): MonitoringDocument => ({
    schemaVersion: 1,
    measurements: range(maxMeasurements).map((m) => ({
      id: longId('m', m),
      indicatorId: longId('i', m),
      value: maxIndicatorValue,
      date: '2026-10-20',
      measuredBy: text(maxLabelLength, fill, m),
      note: text(maxNoteLength, fill / 4, m),
      photoId: longId('p', m),
    })),
    statuses: range(maxActivityStatuses).map((a) => ({
      planExerciseId: longId('e', a),
      activityId: longId('a', a),
      label: text(maxSentenceLength, fill / 4, a),
      status: 'stuck',
      obstacle: text(maxNoteLength, fill / 4, a),
    })),
  }),
  successes: (fill): SuccessesDocument => ({
    schemaVersion: 1,
    successes: range(maxSuccesses).map((s) => ({
      id: longId('s', s),
      title: text(maxSentenceLength, fill, s),
      achievedOn: '2026-08-10',
      evidence: text(maxNoteLength, fill, s),
      photoId: longId('p', s),
      contributors: range(maxContributors).map((c) => ({
        kind: 'person',
        participantId: longId('p', c),
        name: text(maxLabelLength, fill, c),
      })),
    })),
  }),
  evaluation: (fill): EvaluationDocument => {
    const questions = range(maxEvaluationQuestions).map((q) => ({
      id: longId('q', q),
      seed: null,
      text: text(maxQuestionLength, fill, q),
    }));
    const evaluationGroups = range(maxEvaluationGroups).map((g) => ({
      id: longId('g', g),
      seed: null,
      name: text(maxLabelLength, fill, g),
    }));
    const ref = (n: number) => ({
      exerciseId: longId('e', n),
      title: text(maxQuestionLength, fill, n),
      date: '2026-03-12',
    });
    return {
      schemaVersion: 1,
      questions,
      groups: evaluationGroups,
      answers: Object.fromEntries(
        evaluationGroups.map((g) => [
          g.id,
          Object.fromEntries(questions.map((q) => [q.id, { score: 2, reason: text(maxNoteLength, fill, 1) }])),
        ]),
      ),
      beforeAfter: {
        gatheredOn: '2026-11-12',
        venn: {
          before: ref(0),
          after: ref(1),
          rows: range(maxInstitutions * 2).map((i) => ({
            name: text(maxLabelLength, fill, i),
            status: 'both',
            importanceBefore: 1,
            importanceAfter: 4,
            bandBefore: 3,
            bandAfter: 0,
          })),
        },
        pentagon: null,
        rankings: range(maxRankingComparisons).map((r) => ({
          before: ref(r),
          after: ref(r + 1),
          group: text(maxLabelLength, fill, r),
          rows: range(maxRankItems * 2).map((i) => ({
            name: text(maxLabelLength, fill, i),
            rankBefore: 'XII=',
            rankAfter: '1',
            moved: 11,
          })),
        })),
        indicators: range(maxIndicatorRows).map((i) => ({
          name: text(maxSentenceLength, fill, i),
          unit: text(maxLabelLength, fill),
          baseline: 0,
          target: 15,
          latest: 7,
          status: 'behind',
          share: 0.47,
        })),
      },
    };
  },
};

const sizeOf = (body: unknown): number => JSON.stringify(body).length;

/**
 * The largest legal body of a type: the fill at which it is as big as the whole-body
 * limit allows (or everything at its maximum, for a type that stays under it), found by
 * halving the interval to within 0.1 % of the fill.
 */
export function largestLegalBody(type: ExerciseTypeName): unknown {
  const build = builders[type];
  const full = build(1);
  if (sizeOf(full) <= maxBodyCharacters) return full;
  let fits = 0;
  let tooBig = 1;
  let best = build(0);
  if (sizeOf(best) > maxBodyCharacters) throw new Error(`the smallest ${type} body of this builder is over the limit`);
  while (tooBig - fits > 0.001) {
    const fill = (fits + tooBig) / 2;
    const body = build(fill);
    if (sizeOf(body) <= maxBodyCharacters) [fits, best] = [fill, body];
    else tooBig = fill;
  }
  return best;
}

/** Every built-in type: `builders` is typed to hold one for each, so its keys are the list. */
export const largestBodyTypes = Object.keys(builders) as readonly ExerciseTypeName[];
