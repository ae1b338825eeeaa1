import { defineAction } from '../action.js';
import type { RefusalReason } from '../../result.js';
import { mapGroups, refuseName, removeItemAction, sharedActions, updateById } from './actions.js';
import { checkCell, type Combine, type ScoringMode, type WeightMode } from './matrix.js';
import type { MatrixDocument } from './schema.js';
import { applyMatrixTemplate, type MatrixTemplate, type TemplateCriterionKey } from './templates.js';

type Doc = MatrixDocument;

/** The scales a facilitator picks from; seeds start at 10 per criterion. */
export const matrixScales = {
  scale05: { kind: 'scale', min: 0, max: 5 },
  scale15: { kind: 'scale', min: 1, max: 5 },
  scale110: { kind: 'scale', min: 1, max: 10 },
  scale13: { kind: 'scale', min: 1, max: 3 },
  seeds: { kind: 'seeds', seedsPerCriterion: 10 },
} as const satisfies Record<string, ScoringMode>;
export type ScaleKey = keyof typeof matrixScales;

export function scaleKeyOf(scoring: ScoringMode): ScaleKey {
  if (scoring.kind === 'seeds') return 'seeds';
  if (scoring.max === 5) return scoring.min === 0 ? 'scale05' : 'scale15';
  return scoring.max === 3 ? 'scale13' : 'scale110';
}

/** How many stored values match: what removing an option, or applying a template, would lose. */
export function filledIn(cells: Doc['cells'], pick: (optionId: string, criterionId: string) => boolean): number {
  let n = 0;
  for (const rows of Object.values(cells))
    for (const [o, cols] of Object.entries(rows)) for (const c of Object.keys(cols)) if (pick(o, c)) n += 1;
  return n;
}

/** The cells without an option's row or a criterion's column. */
function dropFromCells(cells: Doc['cells'], optionId: string | null, criterionId: string | null): Doc['cells'] {
  return mapGroups(cells, (rows) =>
    Object.fromEntries(
      Object.entries(rows)
        .filter(([o]) => o !== optionId)
        .map(([o, cols]) => [o, Object.fromEntries(Object.entries(cols).filter(([c]) => c !== criterionId))]),
    ),
  );
}

interface CellArgs {
  groupId: string;
  optionId: string;
  criterionId: string;
}

const stored = (doc: Doc, { groupId, optionId, criterionId }: CellArgs): number | undefined =>
  doc.cells[groupId]?.[optionId]?.[criterionId];

const isCell = (doc: Doc, { groupId, optionId, criterionId }: CellArgs): boolean =>
  doc.groups.some((g) => g.id === groupId) &&
  doc.items.some((i) => i.id === optionId) &&
  doc.criteria.some((c) => c.id === criterionId);

function refuseValue(doc: Doc, args: CellArgs, value: number): RefusalReason | null {
  const why = checkCell(
    doc.cells[args.groupId] ?? {},
    doc.items.map((i) => i.id),
    args.optionId,
    args.criterionId,
    value,
    doc.scoring,
  );
  return why === 'not_whole' ? 'outside_scale' : why;
}

function withValue(doc: Doc, args: CellArgs, value: number): Doc {
  if (!isCell(doc, args) || stored(doc, args) === value) return doc;
  const rows = doc.cells[args.groupId] ?? {};
  const row = { ...(rows[args.optionId] ?? {}), [args.criterionId]: value };
  return { ...doc, cells: { ...doc.cells, [args.groupId]: { ...rows, [args.optionId]: row } } };
}

/** What the + or − of a cell moves it to: an empty cell steps up to 1, or the scale's minimum when higher. */
function steppedValue(doc: Doc, args: CellArgs & { by: 1 | -1 }): number | null {
  const value = stored(doc, args);
  if (value !== undefined) return value + args.by;
  if (args.by < 0) return null;
  return Math.max(doc.scoring.kind === 'scale' ? doc.scoring.min : 0, 1);
}

const withinWeights = (n: number) => Number.isInteger(n) && n >= 0 && n <= 10;
const withinSeeds = (n: number) => Number.isInteger(n) && n >= 1 && n <= 1000;

export const matrixActions = {
  ...sharedActions<Doc>(),
  removeItem: removeItemAction<Doc>((doc, id) => ({ cells: dropFromCells(doc.cells, id, null) })),
  setCategory: defineAction<Doc, { itemId: string; category: string }>({
    name: 'setCategory',
    history: 'step',
    perform: (doc, { itemId, category }) =>
      doc.items.some((i) => i.id === itemId && (i.category ?? '') !== category)
        ? { ...doc, items: updateById(doc.items, itemId, (i) => ({ ...i, category })) }
        : doc,
  }),
  // Changing a template's criteria, scale or weighting makes the matrix a custom one again.
  addCriterion: defineAction<Doc, { id: string; name: string }>({
    name: 'addCriterion',
    history: 'step',
    refuse: (doc, { name }) => refuseName(doc.criteria, name),
    perform: (doc, { id, name }) => ({
      ...doc,
      template: 'custom',
      criteria: [...doc.criteria, { id, name, weight: 1 }],
    }),
  }),
  /** A corrected spelling keeps the template: the criterion means the same. */
  renameCriterion: defineAction<Doc, { id: string; name: string }>({
    name: 'renameCriterion',
    history: 'step',
    refuse: (doc, { id, name }) => refuseName(doc.criteria, name, id),
    perform: (doc, { id, name }) =>
      doc.criteria.some((c) => c.id === id && c.name !== name)
        ? { ...doc, criteria: updateById(doc.criteria, id, (c) => ({ ...c, name })) }
        : doc,
  }),
  removeCriterion: defineAction<Doc, { id: string }>({
    name: 'removeCriterion',
    history: 'step',
    perform: (doc, { id }) =>
      doc.criteria.some((c) => c.id === id)
        ? {
            ...doc,
            template: 'custom',
            criteria: doc.criteria.filter((c) => c.id !== id),
            cells: dropFromCells(doc.cells, null, id),
          }
        : doc,
  }),
  /**
   * A template replaces the criteria and clears the scores (the view asks first when
   * there are criteria). Choosing "custom" only relabels the matrix.
   */
  chooseTemplate: defineAction<
    Doc,
    { template: MatrixTemplate; nameOf: (key: TemplateCriterionKey) => string; newId: () => string }
  >({
    name: 'chooseTemplate',
    history: 'step',
    perform: (doc, { template, nameOf, newId }) => {
      if (template === doc.template) return doc;
      if (template === 'custom') return { ...doc, template };
      return applyMatrixTemplate(doc, template, nameOf, newId);
    },
  }),
  /**
   * Stored values mean nothing on another scale: the scores start afresh (undo brings
   * them back). Seeds cannot be multiplied, so a product falls back to a sum.
   */
  setScale: defineAction<Doc, { scale: ScaleKey }>({
    name: 'setScale',
    history: 'step',
    perform: (doc, { scale }) =>
      scale === scaleKeyOf(doc.scoring)
        ? doc
        : {
            ...doc,
            cells: {},
            template: 'custom',
            scoring: matrixScales[scale],
            combine: scale === 'seeds' ? 'sum' : doc.combine,
          },
  }),
  /** Typing the number of seeds is one undo step; the seeds placed start afresh. */
  setSeedsPerCriterion: defineAction<Doc, { seeds: number }>({
    name: 'setSeedsPerCriterion',
    history: 'merge',
    mergeKey: () => 'seedsPerCriterion',
    perform: (doc, { seeds }) =>
      doc.scoring.kind !== 'seeds' || !withinSeeds(seeds) || doc.scoring.seedsPerCriterion === seeds
        ? doc
        : { ...doc, cells: {}, scoring: { kind: 'seeds', seedsPerCriterion: seeds } },
  }),
  /** Multiplying uses the plain scores, so the weights go back to equal; seeds cannot be multiplied. */
  setCombine: defineAction<Doc, { combine: Combine }>({
    name: 'setCombine',
    history: 'step',
    perform: (doc, { combine }) =>
      combine === doc.combine || (combine === 'product' && doc.scoring.kind === 'seeds')
        ? doc
        : { ...doc, combine, weights: combine === 'product' ? 'equal' : doc.weights },
  }),
  /** Sharing points can only be summed. */
  setWeights: defineAction<Doc, { weights: WeightMode }>({
    name: 'setWeights',
    history: 'step',
    perform: (doc, { weights }) =>
      weights === doc.weights
        ? doc
        : { ...doc, weights, template: 'custom', combine: weights === 'points' ? 'sum' : doc.combine },
  }),
  /** Moving points between criteria is what a weighted template asks of the group: it stays that template. */
  setWeight: defineAction<Doc, { criterionId: string; weight: number }>({
    name: 'setWeight',
    history: 'merge',
    mergeKey: ({ criterionId }) => `weight|${criterionId}`,
    refuse: (_doc, { weight }) => (withinWeights(weight) ? null : 'outside_scale'),
    perform: (doc, { criterionId, weight }) =>
      doc.criteria.some((c) => c.id === criterionId && c.weight !== weight)
        ? { ...doc, criteria: updateById(doc.criteria, criterionId, (c) => ({ ...c, weight })) }
        : doc,
  }),
  /** A value typed into a cell: one undo step per cell however many keys it takes. */
  typeScore: defineAction<Doc, CellArgs & { value: number }>({
    name: 'typeScore',
    history: 'merge',
    mergeKey: ({ groupId, optionId, criterionId }) => `cell|${groupId}|${optionId}|${criterionId}`,
    refuse: (doc, args) => refuseValue(doc, args, args.value),
    perform: (doc, args) => withValue(doc, args, args.value),
  }),
  /** The + and − of a cell: each press is an undo step. */
  stepScore: defineAction<Doc, CellArgs & { by: 1 | -1 }>({
    name: 'stepScore',
    history: 'step',
    refuse: (doc, args) => {
      const value = steppedValue(doc, args);
      return value === null ? null : refuseValue(doc, args, value);
    },
    perform: (doc, args) => {
      const value = steppedValue(doc, args);
      return value === null ? doc : withValue(doc, args, value);
    },
  }),
};
