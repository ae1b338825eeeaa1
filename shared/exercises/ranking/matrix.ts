import { numberTiers, tiersByScore, type Ranked } from './ranks.js';

/**
 * Matrix scoring (domain.md): options as rows, the participants' criteria as columns.
 * Either a score per cell on a scale (0-5, 1-10, or 1-3 for the GMP template), or a fixed
 * number of seeds per criterion spread over the options (normalised by dividing by the
 * seeds). Weights default to 1, or share 10 points. Total = sum of weight x value, or,
 * for the USG template when the facilitator chooses it, the product of the scores.
 */
export type ScoringMode = { kind: 'scale'; min: 0 | 1; max: 3 | 5 | 10 } | { kind: 'seeds'; seedsPerCriterion: number };
export type WeightMode = 'equal' | 'points';
export type Combine = 'sum' | 'product';
export const weightPointsTotal = 10;

export interface Criterion {
  id: string;
  name: string;
  /** Used when weights share 10 points; ignored (1) when weights are equal. */
  weight: number;
}

export type Cells = Readonly<Record<string, Readonly<Record<string, number>>>>;

export function weightOf(c: Criterion, mode: WeightMode): number {
  return mode === 'equal' ? 1 : c.weight;
}

/** The value a cell contributes before weighting: the score, or the share of the seeds. */
export function cellValue(cells: Cells, optionId: string, criterionId: string, scoring: ScoringMode): number {
  const raw = cells[optionId]?.[criterionId] ?? 0;
  return scoring.kind === 'scale' ? raw : raw / scoring.seedsPerCriterion;
}

/** Seeds placed in one column, and how many are left to place. */
export function seedsLeft(
  cells: Cells,
  optionIds: readonly string[],
  criterionId: string,
  seedsPerCriterion: number,
): number {
  const used = optionIds.reduce((sum, o) => sum + (cells[o]?.[criterionId] ?? 0), 0);
  return seedsPerCriterion - used;
}

export type CellProblem = 'outside_scale' | 'too_many_seeds' | 'not_whole';

/** Why a value cannot go into a cell, or null when it can. */
export function checkCell(
  cells: Cells,
  optionIds: readonly string[],
  optionId: string,
  criterionId: string,
  value: number,
  scoring: ScoringMode,
): CellProblem | null {
  if (!Number.isInteger(value)) return 'not_whole';
  if (scoring.kind === 'scale') return value < scoring.min || value > scoring.max ? 'outside_scale' : null;
  if (value < 0) return 'outside_scale';
  const current = cells[optionId]?.[criterionId] ?? 0;
  return seedsLeft(cells, optionIds, criterionId, scoring.seedsPerCriterion) + current - value < 0
    ? 'too_many_seeds'
    : null;
}

export interface MatrixRow {
  optionId: string;
  /** Weighted contribution of each criterion, in criteria order (the plain score when multiplying). */
  breakdown: number[];
  total: number;
  /** Every criterion has a value for this option. A product stays 0 until it has. */
  complete: boolean;
}

export interface MatrixResult {
  rows: MatrixRow[];
  ranking: Ranked<string>[];
  /** Sum of point weights; must be 10 when weights share points. */
  weightSum: number;
}

export function scoreMatrix(
  optionIds: readonly string[],
  criteria: readonly Criterion[],
  cells: Cells,
  scoring: ScoringMode,
  weights: WeightMode,
  combine: Combine = 'sum',
): MatrixResult {
  const rows = optionIds.map((optionId) => {
    const complete = criteria.every((c) => cells[optionId]?.[c.id] !== undefined);
    if (combine === 'product') {
      const breakdown = criteria.map((c) => cellValue(cells, optionId, c.id, scoring));
      const total = complete && criteria.length > 0 ? breakdown.reduce((a, b) => a * b, 1) : 0;
      return { optionId, breakdown, total, complete };
    }
    const breakdown = criteria.map((c) => weightOf(c, weights) * cellValue(cells, optionId, c.id, scoring));
    return { optionId, breakdown, total: breakdown.reduce((a, b) => a + b, 0), complete };
  });
  const totals = new Map(rows.map((r) => [r.optionId, r.total]));
  return {
    rows,
    ranking: numberTiers(tiersByScore(optionIds, (id) => totals.get(id)!)),
    weightSum: criteria.reduce((sum, c) => sum + c.weight, 0),
  };
}

/**
 * The right-hand side of "Total = ..." in the criteria's own names, so the wall shows the
 * arithmetic the group is doing: "U + S + G", "U × S × G", "3 × Prevalence + 2 × Severity",
 * "(Cost + Water) ÷ 10" for seeds.
 */
export function formulaTerms(
  criteria: readonly Criterion[],
  scoring: ScoringMode,
  weights: WeightMode,
  combine: Combine,
): string {
  if (criteria.length === 0) return '0';
  if (combine === 'product') return criteria.map((c) => c.name).join(' × ');
  const terms = criteria.map((c) => (weights === 'points' ? `${c.weight} × ${c.name}` : c.name)).join(' + ');
  if (scoring.kind === 'seeds') return `(${terms}) ÷ ${scoring.seedsPerCriterion}`;
  return terms;
}
