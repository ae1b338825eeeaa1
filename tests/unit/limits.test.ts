import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract } from '#shared/ipc/contract.js';
import { emptyConsensusDocument, emptyStatementDocument, emptyTreeDocument } from '#shared/exercises/framing/schema.js';
import { emptyMatrixDocument, emptyPairwiseDocument, emptyVoteDocument } from '#shared/exercises/ranking/schema.js';
import { parseExerciseBody, type ExerciseTypeName } from '#shared/exercises/registry.js';
import { emptyResourceMapDocument, mapLayers } from '#shared/exercises/resources/schema.js';
import { emptyVennDocument } from '#shared/exercises/venn/schema.js';
import { zCommunity } from '#shared/model/community.js';
import * as limits from '#shared/model/limits.js';
import * as plan from '#shared/exercises/actionPlan/schema.js';
import * as indicators from '#shared/exercises/indicators/schema.js';
import * as monitoring from '#shared/exercises/monitoring/schema.js';
import * as successes from '#shared/exercises/successes/schema.js';
import * as evaluation from '#shared/exercises/evaluation/schema.js';
import { zParticipantFields, zSessionFields } from '#shared/model/session.js';
import { isRefusalReason } from '#shared/result.js';
import { fgd, village } from '../support/coreFixtures.js';

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const chars = (n: number): string => 'a'.repeat(n);
const ids = (prefix: string, n: number): string[] => range(n).map((i) => `${prefix}${i}`);
const keyed = <V>(keys: string[], value: (key: string) => V): Record<string, V> =>
  Object.fromEntries(keys.map((k) => [k, value(k)]));

/**
 * One limit: `build(n)` is a value whose one field has size n; at the limit it is
 * accepted, one over it is refused at `path` (with the refusal reason the user sees,
 * where a user can reach it; ids and keys are the app's own, refused as invalid).
 */
interface Case {
  limit: number;
  path: string;
  reason?: 'too_long' | 'too_many';
  build: (n: number) => unknown;
}

const institution = (i: number) => ({
  id: `i${i}`,
  name: `Lembaga ${i}`,
  kind: 'ngo',
  relation: 'neutral',
  importance: 1,
  x: 0,
  y: 0,
  notes: '',
});
const venn = (institutions: unknown[]) => ({ ...emptyVennDocument(), institutions });
const items = (n: number) => range(n).map((i) => ({ id: `o${i}`, name: `Pilihan ${i}` }));
const groups = (n: number) => range(n).map((g) => ({ id: `g${g}`, name: `Kelompok ${g}` }));
const card = (c: number) => ({ id: `k${c}`, text: `Kartu ${c}`, group: '' });
const board = (cards: unknown[], extra: object = {}) => ({
  ...emptyConsensusDocument(),
  cards,
  loose: (cards as { id: string }[]).map((c) => c.id),
  ...extra,
});
const tree = (node: object) => ({ ...emptyTreeDocument(), nodes: [{ ...emptyTreeDocument().nodes[0]!, ...node }] });
const resource = (fields: object = {}, r = 0) => ({
  id: `r${r}`,
  name: `Sumber ${r}`,
  capital: 'natural',
  description: '',
  owner: '',
  rating: 3,
  problems: {},
  x: 0,
  y: 0,
  ...fields,
});
const shape = (fields: object = {}, s = 0) => ({ id: `s${s}`, layer: 'pen', points: [0, 0, 1, 1], ...fields });
const map = (fields: object) => ({ ...emptyResourceMapDocument(), ...fields });
const ballot = (fields: object = {}, b = 0) => ({
  id: `b${b}`,
  participantId: null,
  label: '',
  dots: {},
  order: [],
  ...fields,
});

/** A complete indicator and its monitoring rows, for the cases of those two types. */
const indicator = (id: string): indicators.Indicator => ({
  id,
  name: 'RT punya tandon air hujan',
  unit: 'RT',
  baseline: { value: 3, date: '2026-05-28' },
  target: { value: 15, date: '2027-01-31' },
  link: null,
});
const measurement = (id: string): monitoring.Measurement => ({
  id,
  indicatorId: 'i',
  value: 4,
  date: '2026-10-20',
  measuredBy: 'Nurul Fadilah',
  note: '',
  photoId: null,
});
const activityStatus = (activityId: string, obstacle: string): monitoring.ActivityStatus => ({
  planExerciseId: 'plan',
  activityId,
  label: 'Membangun tandon',
  status: 'stuck',
  obstacle,
});

/** A milestone of the success board, not reached yet, for that type's cases. */
const milestone = (id: string): successes.Success => ({
  id,
  title: 'Air mengalir ke 40 rumah di RW 02',
  achievedOn: '',
  evidence: '',
  photoId: null,
  contributors: [],
});

const exerciseCases: Record<ExerciseTypeName, Record<string, Case>> = {
  venn: {
    institutions: {
      limit: limits.maxInstitutions,
      path: 'institutions',
      reason: 'too_many',
      build: (n) => venn(range(n).map(institution)),
    },
    'institution name': {
      limit: limits.maxNameLength,
      path: 'institutions.0.name',
      reason: 'too_long',
      build: (n) => venn([{ ...institution(0), name: chars(n) }]),
    },
    'institution notes': {
      limit: limits.maxTextLength,
      path: 'institutions.0.notes',
      reason: 'too_long',
      build: (n) => venn([{ ...institution(0), notes: chars(n) }]),
    },
    'institution id': {
      limit: limits.maxIdLength,
      path: 'institutions.0.id',
      build: (n) => venn([{ ...institution(0), id: chars(n) }]),
    },
  },
  pairwise: {
    question: {
      limit: limits.maxQuestionLength,
      path: 'question',
      reason: 'too_long',
      build: (n) => ({ ...emptyPairwiseDocument(), question: chars(n) }),
    },
    items: {
      limit: limits.maxRankItems,
      path: 'items',
      reason: 'too_many',
      build: (n) => ({ ...emptyPairwiseDocument(), items: items(n) }),
    },
    groups: {
      limit: limits.maxRankGroups,
      path: 'groups',
      reason: 'too_many',
      build: (n) => ({ ...emptyPairwiseDocument(), groups: groups(n) }),
    },
    'group name': {
      limit: limits.maxLabelLength,
      path: 'groups.0.name',
      reason: 'too_long',
      build: (n) => ({ ...emptyPairwiseDocument(), groups: [{ id: 'all', name: chars(n) }] }),
    },
    'groups with choices': {
      limit: limits.maxRankGroups,
      path: 'choices',
      reason: 'too_many',
      build: (n) => ({ ...emptyPairwiseDocument(), choices: keyed(ids('g', n), () => ({})) }),
    },
    'pairs of one group': {
      limit: limits.maxPairs,
      path: 'choices.all',
      reason: 'too_many',
      build: (n) => ({
        ...emptyPairwiseDocument(),
        choices: { all: keyed(ids('a|', n), () => ({ choice: 'first' })) },
      }),
    },
    'pair key': {
      limit: limits.maxPairKeyLength,
      path: 'choices.all',
      build: (n) => ({ ...emptyPairwiseDocument(), choices: { all: { [chars(n)]: { choice: 'equal' } } } }),
    },
    reason: {
      limit: limits.maxNoteLength,
      path: 'choices.all.a|b.reason',
      reason: 'too_long',
      build: (n) => ({
        ...emptyPairwiseDocument(),
        choices: { all: { 'a|b': { choice: 'second', reason: chars(n) } } },
      }),
    },
  },
  matrix: {
    items: {
      limit: limits.maxRankItems,
      path: 'items',
      reason: 'too_many',
      build: (n) => ({ ...emptyMatrixDocument(), items: items(n) }),
    },
    criteria: {
      limit: limits.maxCriteria,
      path: 'criteria',
      reason: 'too_many',
      build: (n) => ({
        ...emptyMatrixDocument(),
        criteria: range(n).map((c) => ({ id: `c${c}`, name: `Kriteria ${c}`, weight: 1 })),
      }),
    },
    category: {
      limit: limits.maxLabelLength,
      path: 'items.0.category',
      reason: 'too_long',
      build: (n) => ({ ...emptyMatrixDocument(), items: [{ id: 'o', name: 'Sumur', category: chars(n) }] }),
    },
    'groups with scores': {
      limit: limits.maxRankGroups,
      path: 'cells',
      reason: 'too_many',
      build: (n) => ({ ...emptyMatrixDocument(), cells: keyed(ids('g', n), () => ({})) }),
    },
    'options with scores': {
      limit: limits.maxRankItems,
      path: 'cells.all',
      reason: 'too_many',
      build: (n) => ({ ...emptyMatrixDocument(), cells: { all: keyed(ids('o', n), () => ({})) } }),
    },
    'criteria with scores': {
      limit: limits.maxCriteria,
      path: 'cells.all.o',
      reason: 'too_many',
      build: (n) => ({ ...emptyMatrixDocument(), cells: { all: { o: keyed(ids('c', n), () => 1) } } }),
    },
  },
  vote: {
    'ballots of a group': {
      limit: limits.maxBallotsPerGroup,
      path: 'ballots.all',
      reason: 'too_many',
      build: (n) => ({ ...emptyVoteDocument(), ballots: { all: range(n).map((b) => ballot({}, b)) } }),
    },
    'groups with ballots': {
      limit: limits.maxRankGroups,
      path: 'ballots',
      reason: 'too_many',
      build: (n) => ({ ...emptyVoteDocument(), ballots: keyed(ids('g', n), () => []) }),
    },
    'options a ballot marks': {
      limit: limits.maxRankItems,
      path: 'ballots.all.0.dots',
      reason: 'too_many',
      build: (n) => ({ ...emptyVoteDocument(), ballots: { all: [ballot({ dots: keyed(ids('o', n), () => 0) })] } }),
    },
    'ranked order': {
      limit: limits.maxRankItems,
      path: 'ballots.all.0.order',
      reason: 'too_many',
      build: (n) => ({ ...emptyVoteDocument(), ballots: { all: [ballot({ order: ids('o', n) })] } }),
    },
    label: {
      limit: limits.maxLabelLength,
      path: 'ballots.all.0.label',
      reason: 'too_long',
      build: (n) => ({ ...emptyVoteDocument(), ballots: { all: [ballot({ label: chars(n) })] } }),
    },
  },
  consensus: {
    cards: { limit: limits.maxCards, path: 'cards', reason: 'too_many', build: (n) => board(range(n).map(card)) },
    'card text': {
      limit: limits.maxNoteLength,
      path: 'cards.0.text',
      reason: 'too_long',
      build: (n) => board([{ ...card(0), text: chars(n) }]),
    },
    'card group': {
      limit: limits.maxCardGroupLength,
      path: 'cards.0.group',
      reason: 'too_long',
      build: (n) => board([{ ...card(0), group: chars(n) }]),
    },
    'loose cards': {
      limit: limits.maxCards,
      path: 'loose',
      reason: 'too_many',
      build: (n) => board(range(n).map(card)),
    },
    columns: {
      limit: limits.maxColumns,
      path: 'columns',
      reason: 'too_many',
      build: (n) =>
        board(range(n).map(card), {
          loose: [],
          columns: range(n).map((c) => ({ id: `col${c}`, title: '', symbol: '', cardIds: [`k${c}`] })),
        }),
    },
    'cards of a column': {
      limit: limits.maxCards,
      path: 'columns.0.cardIds',
      reason: 'too_many',
      build: (n) =>
        board(range(n).map(card), { loose: [], columns: [{ id: 'col', title: '', symbol: '', cardIds: ids('k', n) }] }),
    },
    'column title': {
      limit: limits.maxColumnTitleLength,
      path: 'columns.0.title',
      reason: 'too_long',
      build: (n) =>
        board([card(0)], { loose: [], columns: [{ id: 'col', title: chars(n), symbol: '', cardIds: ['k0'] }] }),
    },
    'column symbol': {
      limit: limits.maxSymbolLength,
      path: 'columns.0.symbol',
      reason: 'too_long',
      build: (n) =>
        board([card(0)], { loose: [], columns: [{ id: 'col', title: '', symbol: chars(n), cardIds: ['k0'] }] }),
    },
    'focus question': {
      limit: limits.maxQuestionLength,
      path: 'focusQuestion',
      reason: 'too_long',
      build: (n) => board([], { focusQuestion: chars(n) }),
    },
    meaning: {
      limit: limits.maxDescriptionLength,
      path: 'resolve.meaning',
      reason: 'too_long',
      build: (n) => board([], { resolve: { meaning: chars(n), nextSteps: '' } }),
    },
    'next steps': {
      limit: limits.maxDescriptionLength,
      path: 'resolve.nextSteps',
      reason: 'too_long',
      build: (n) => board([], { resolve: { meaning: '', nextSteps: chars(n) } }),
    },
  },
  tree: {
    boxes: {
      limit: limits.maxTreeNodes,
      path: 'nodes',
      reason: 'too_many',
      build: (n) => ({
        ...emptyTreeDocument(),
        nodes: [
          ...emptyTreeDocument().nodes,
          ...range(n - 1).map((b) => ({ ...emptyTreeDocument().nodes[0]!, id: `n${b}`, parentId: 'focal' })),
        ],
      }),
    },
    problem: {
      limit: limits.maxSentenceLength,
      path: 'nodes.0.problem',
      reason: 'too_long',
      build: (n) => tree({ problem: chars(n) }),
    },
    objective: {
      limit: limits.maxSentenceLength,
      path: 'nodes.0.objective',
      reason: 'too_long',
      build: (n) => tree({ objective: chars(n) }),
    },
  },
  statement: {
    text: {
      limit: limits.maxSentenceLength,
      path: 'text',
      reason: 'too_long',
      build: (n) => ({ ...emptyStatementDocument(), text: chars(n) }),
    },
    explanation: {
      limit: limits.maxDescriptionLength,
      path: 'explanation',
      reason: 'too_long',
      build: (n) => ({ ...emptyStatementDocument(), explanation: chars(n) }),
    },
    cites: {
      limit: limits.maxCites,
      path: 'cites',
      reason: 'too_many',
      build: (n) => ({
        ...emptyStatementDocument(),
        cites: range(n).map((c) => ({ exerciseId: 'e', itemId: `k${c}`, label: '' })),
      }),
    },
    'cited label': {
      limit: limits.maxSentenceLength,
      path: 'cites.0.label',
      reason: 'too_long',
      build: (n) => ({ ...emptyStatementDocument(), cites: [{ exerciseId: 'e', itemId: 'k', label: chars(n) }] }),
    },
    'check note': {
      limit: limits.maxNoteLength,
      path: 'criteria.realistic.note',
      reason: 'too_long',
      build: (n) => {
        const doc = emptyStatementDocument();
        return { ...doc, criteria: { ...doc.criteria, realistic: { met: true, note: chars(n) } } };
      },
    },
  },
  resourceMap: {
    resources: {
      limit: limits.maxMapResources,
      path: 'resources',
      reason: 'too_many',
      build: (n) => map({ resources: range(n).map((r) => resource({}, r)) }),
    },
    'resource name': {
      limit: limits.maxNameLength,
      path: 'resources.0.name',
      reason: 'too_long',
      build: (n) => map({ resources: [resource({ name: chars(n) })] }),
    },
    description: {
      limit: limits.maxDescriptionLength,
      path: 'resources.0.description',
      reason: 'too_long',
      build: (n) => map({ resources: [resource({ description: chars(n) })] }),
    },
    owner: {
      limit: limits.maxSentenceLength,
      path: 'resources.0.owner',
      reason: 'too_long',
      build: (n) => map({ resources: [resource({ owner: chars(n) })] }),
    },
    'problem note': {
      limit: limits.maxNoteLength,
      path: 'resources.0.problems.conflict',
      reason: 'too_long',
      build: (n) => map({ resources: [resource({ problems: { conflict: chars(n) } })] }),
    },
    shapes: {
      limit: limits.maxMapShapes,
      path: 'shapes',
      reason: 'too_many',
      build: (n) => map({ shapes: range(n).map((s) => shape({}, s)) }),
    },
    'points of a line': {
      limit: limits.maxShapeCoordinates,
      path: 'shapes.0.points',
      reason: 'too_many',
      build: (n) => map({ shapes: [shape({ points: range(n).map((p) => p % 100) })] }),
    },
    'word on the map': {
      limit: limits.maxMapTextLength,
      path: 'shapes.0.text',
      reason: 'too_long',
      build: (n) => map({ shapes: [shape({ layer: 'labels', text: chars(n) })] }),
    },
    'hidden layers': {
      limit: mapLayers.length + 1,
      path: 'hiddenLayers',
      reason: 'too_many',
      build: (n) => map({ hiddenLayers: range(n).map((l) => [...mapLayers, 'resources'][l % (mapLayers.length + 1)]) }),
    },
    'photo width': {
      limit: limits.maxPhotoSide,
      path: 'photo.width',
      build: (n) => map({ photo: { id: 'p', width: n, height: 10 } }),
    },
  },
  actionPlan: {
    activities: {
      limit: plan.maxPlanActivities,
      path: 'activities',
      reason: 'too_many',
      build: (n) => ({
        ...plan.emptyActionPlanDocument(),
        activities: range(n).map((a) => plan.emptyActivity(`a${a}`)),
      }),
    },
    'people responsible': {
      limit: plan.maxActivityPeople,
      path: 'activities.0.responsible',
      reason: 'too_many',
      build: (n) => ({
        ...plan.emptyActionPlanDocument(),
        activities: [
          {
            ...plan.emptyActivity('a'),
            responsible: range(n).map((p) => ({ participantId: null, name: `Warga ${p}` })),
          },
        ],
      }),
    },
    'activity text': {
      limit: limits.maxSentenceLength,
      path: 'activities.0.what',
      reason: 'too_long',
      build: (n) => ({
        ...plan.emptyActionPlanDocument(),
        activities: [{ ...plan.emptyActivity('a'), what: chars(n) }],
      }),
    },
    cost: {
      limit: plan.maxCost,
      path: 'activities.0.swadaya',
      build: (n) => ({ ...plan.emptyActionPlanDocument(), activities: [{ ...plan.emptyActivity('a'), swadaya: n }] }),
    },
    'team members': {
      limit: plan.maxTeamMembers,
      path: 'team',
      reason: 'too_many',
      build: (n) => ({
        ...plan.emptyActionPlanDocument(),
        team: range(n).map((m) => ({
          id: `t${m}`,
          person: { participantId: null, name: `Warga ${m}` },
          role: 'anggota',
        })),
      }),
    },
  },
  indicators: {
    indicators: {
      limit: indicators.maxIndicators,
      path: 'indicators',
      reason: 'too_many',
      build: (n) => ({ ...indicators.emptyIndicatorsDocument(), indicators: range(n).map((i) => indicator(`i${i}`)) }),
    },
    'what is counted': {
      limit: limits.maxSentenceLength,
      path: 'indicators.0.name',
      reason: 'too_long',
      build: (n) => ({ ...indicators.emptyIndicatorsDocument(), indicators: [{ ...indicator('i'), name: chars(n) }] }),
    },
    unit: {
      limit: indicators.maxUnitLength,
      path: 'indicators.0.unit',
      reason: 'too_long',
      build: (n) => ({ ...indicators.emptyIndicatorsDocument(), indicators: [{ ...indicator('i'), unit: chars(n) }] }),
    },
    target: {
      limit: indicators.maxIndicatorValue,
      path: 'indicators.0.target.value',
      build: (n) => ({
        ...indicators.emptyIndicatorsDocument(),
        indicators: [{ ...indicator('i'), target: { value: n, date: '2027-01-01' } }],
      }),
    },
  },
  monitoring: {
    measurements: {
      limit: monitoring.maxMeasurements,
      path: 'measurements',
      reason: 'too_many',
      build: (n) => ({
        ...monitoring.emptyMonitoringDocument(),
        measurements: range(n).map((m) => measurement(`m${m}`)),
      }),
    },
    note: {
      limit: limits.maxNoteLength,
      path: 'measurements.0.note',
      reason: 'too_long',
      build: (n) => ({
        ...monitoring.emptyMonitoringDocument(),
        measurements: [{ ...measurement('m'), note: chars(n) }],
      }),
    },
    'activity statuses': {
      limit: monitoring.maxActivityStatuses,
      path: 'statuses',
      reason: 'too_many',
      build: (n) => ({
        ...monitoring.emptyMonitoringDocument(),
        statuses: range(n).map((a) => activityStatus(`a${a}`, '')),
      }),
    },
    obstacle: {
      limit: limits.maxNoteLength,
      path: 'statuses.0.obstacle',
      reason: 'too_long',
      build: (n) => ({ ...monitoring.emptyMonitoringDocument(), statuses: [activityStatus('a', chars(n))] }),
    },
  },
  successes: {
    milestones: {
      limit: successes.maxSuccesses,
      path: 'successes',
      reason: 'too_many',
      build: (n) => ({ ...successes.emptySuccessesDocument(), successes: range(n).map((s) => milestone(`s${s}`)) }),
    },
    evidence: {
      limit: limits.maxNoteLength,
      path: 'successes.0.evidence',
      reason: 'too_long',
      build: (n) => ({ ...successes.emptySuccessesDocument(), successes: [{ ...milestone('s'), evidence: chars(n) }] }),
    },
    contributors: {
      limit: successes.maxContributors,
      path: 'successes.0.contributors',
      reason: 'too_many',
      build: (n) => ({
        ...successes.emptySuccessesDocument(),
        successes: [
          {
            ...milestone('s'),
            contributors: range(n).map((c) => ({ kind: 'person' as const, participantId: null, name: `Warga ${c}` })),
          },
        ],
      }),
    },
  },
  evaluation: {
    questions: {
      limit: evaluation.maxEvaluationQuestions,
      path: 'questions',
      reason: 'too_many',
      build: (n) => ({
        ...evaluation.emptyEvaluationDocument(),
        questions: range(n).map((q) => ({ id: `q${q}`, seed: null, text: `Pertanyaan ${q}` })),
      }),
    },
    'question words': {
      limit: limits.maxQuestionLength,
      path: 'questions.0.text',
      reason: 'too_long',
      build: (n) => ({ ...evaluation.emptyEvaluationDocument(), questions: [{ id: 'q', seed: null, text: chars(n) }] }),
    },
    groups: {
      limit: evaluation.maxEvaluationGroups,
      path: 'groups',
      reason: 'too_many',
      build: (n) => ({
        ...evaluation.emptyEvaluationDocument(),
        groups: range(n).map((g) => ({ id: `g${g}`, seed: null, name: `Kelompok ${g}` })),
      }),
    },
    reason: {
      limit: limits.maxNoteLength,
      path: 'answers.g-women.q-needs.reason',
      reason: 'too_long',
      build: (n) => ({
        ...evaluation.emptyEvaluationDocument(),
        answers: { 'g-women': { 'q-needs': { score: 2, reason: chars(n) } } },
      }),
    },
  },
};

/** The issues of a failed parse as "path: message". */
function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

function expectAcceptedAndRefused(parse: (value: unknown) => z.ZodSafeParseResult<unknown>, c: Case): void {
  const at = parse(c.build(c.limit));
  expect(at.success ? [] : issuesOf(at.error)).toEqual([]);
  const over = parse(c.build(c.limit + 1));
  expect(over.success).toBe(false);
  const issues = over.success ? [] : over.error.issues;
  const here = issues.filter((i) => i.path.join('.') === c.path || i.path.join('.').startsWith(`${c.path}.`));
  expect(here.length, `issues: ${issues.map((i) => i.path.join('.')).join(', ')}`).toBeGreaterThan(0);
  if (c.reason) {
    expect(here[0]).toMatchObject({ code: 'too_big', message: c.reason, maximum: c.limit });
    expect(isRefusalReason(c.reason)).toBe(true);
  }
}

describe.each(Object.entries(exerciseCases))('%s bodies', (type, cases) => {
  it.each(Object.entries(cases))('%s: at the limit accepted, one over refused', (_what, c) => {
    expectAcceptedAndRefused((value) => parseExerciseBody(type as ExerciseTypeName, value), c);
  });
});

const modelCases: Record<string, { schema: z.ZodType; case: Case }> = {
  'session title': {
    schema: zSessionFields,
    case: {
      limit: limits.maxNameLength,
      path: 'title',
      reason: 'too_long',
      build: (n) => ({ ...fgd, title: chars(n) }),
    },
  },
  'session notes': {
    schema: zSessionFields,
    case: {
      limit: limits.maxTextLength,
      path: 'notes',
      reason: 'too_long',
      build: (n) => ({ ...fgd, notes: chars(n) }),
    },
  },
  agreements: {
    schema: zSessionFields,
    case: {
      limit: limits.maxAgreements,
      path: 'agreements',
      reason: 'too_many',
      build: (n) => ({ ...fgd, agreements: range(n).map((a) => `Kesepakatan ${a}`) }),
    },
  },
  'one agreement': {
    schema: zSessionFields,
    case: {
      limit: limits.maxAgreementLength,
      path: 'agreements.0',
      reason: 'too_long',
      build: (n) => ({ ...fgd, agreements: [chars(n)] }),
    },
  },
  'participant name': {
    schema: zParticipantFields,
    case: {
      limit: limits.maxNameLength,
      path: 'name',
      reason: 'too_long',
      build: (n) => ({ name: chars(n), gender: 'female', ageGroup: 'adult', group: '' }),
    },
  },
  'community name': {
    schema: zCommunity,
    case: {
      limit: limits.maxNameLength,
      path: 'name',
      reason: 'too_long',
      build: (n) => ({ ...village, name: chars(n) }),
    },
  },
  'community description': {
    schema: zCommunity,
    case: {
      limit: limits.maxTextLength,
      path: 'description',
      reason: 'too_long',
      build: (n) => ({ ...village, description: chars(n) }),
    },
  },
  'a saved exercise body as a whole': {
    schema: contract['exercise.save'].input,
    case: {
      limit: limits.maxBodyCharacters,
      path: 'body',
      reason: 'too_long',
      // {"n":"…"} is 8 characters besides the text.
      build: (n) => ({ id: 'e', baseVersion: 1, body: { n: chars(n - 8) } }),
    },
  },
  'a stored photo': {
    schema: contract['photo.store'].input,
    case: { limit: limits.maxPhotoDataLength, path: 'data', build: (n) => ({ data: chars(n), width: 1, height: 1 }) },
  },
  'a recent file path': {
    schema: contract['community.openRecent'].input,
    case: { limit: limits.maxPathLength, path: 'path', build: (n) => ({ path: chars(n) }) },
  },
};

describe('sessions, people, communities and what the contract takes', () => {
  it.each(Object.entries(modelCases))('%s: at the limit accepted, one over refused', (_what, { schema, case: c }) => {
    expectAcceptedAndRefused((value) => schema.safeParse(value), c);
  });
});

describe('odd text in the shared text schemas', () => {
  const parsed = (fields: Record<string, unknown>) => {
    const result = zSessionFields.safeParse({ ...fgd, ...fields });
    if (!result.success) throw new Error(result.error.message);
    return result.data;
  };

  it('a lone half of a surrogate pair becomes U+FFFD in any text; whole emoji and combining marks stay', () => {
    for (const [odd, normal] of [
      ['\uD83D', '\uFFFD'],
      ['a\uDE00', 'a\uFFFD'],
      ['\uDE00\uD83D', '\uFFFD\uFFFD'],
      ['tani \uD83D\uD83D\uDE00', 'tani \uFFFD😀'],
    ])
      expect(parsed({ title: odd, notes: odd, agreements: [odd] })).toMatchObject({
        title: normal,
        notes: normal,
        agreements: [normal],
      });
    for (const whole of ['👩🏽‍🌾', 'e\u0301', 'مجلس القرية', '\uD83D\uDE00'])
      expect(parsed({ title: whole, notes: whole })).toMatchObject({ title: whole, notes: whole });
    const body = parseExerciseBody('venn', venn([{ ...institution(0), name: 'PKK \uD83D', notes: '\uDE00' }]));
    expect(body.success && body.data.institutions[0]).toMatchObject({ name: 'PKK \uFFFD', notes: '\uFFFD' });
  });

  it('names drop control characters but keep tab and line breaks; free text keeps them all', () => {
    for (const control of ['\u0000', '\u0008', '\u000B', '\u000C', '\u001F', '\u007F', '\u0080', '\u009F'])
      expect(parsed({ title: `PKK${control} RW`, notes: `PKK${control}` })).toMatchObject({
        title: 'PKK RW',
        notes: `PKK${control}`,
      });
    for (const kept of ['PKK\tRW 2', 'PKK\nRW 2', 'PKK\r\nRW 2', 'PKK\u00A0RW'])
      expect(parsed({ title: kept }).title).toBe(kept);
  });

  it('a name that is empty once its control characters are gone is refused as empty', () => {
    for (const title of [' \t ', '\u0007', ' \u0000\u001B '])
      expect(zSessionFields.safeParse({ ...fgd, title }).error?.issues[0]?.message).toBe('empty_name');
  });

  it('two names that differ only by a control character are the same name', () => {
    const items = [
      { id: 'a', name: 'Sumur' },
      { id: 'b', name: 'Sumur\u0007' },
    ];
    const result = parseExerciseBody('pairwise', { ...emptyPairwiseDocument(), items });
    expect(result.success ? null : result.error.issues[0]?.message).toBe('duplicate_name');
  });
});
