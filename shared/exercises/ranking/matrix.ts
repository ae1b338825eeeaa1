import { numberTiers, tiersByScore, type Ranked } from './ranks.js';

/**
 * Matrix scoring (domain.md): options as rows, the participants' criteria as columns.
 * Either a score per cell on a scale (0-5 or 1-10), or a fixed number of seeds per
 * criterion spread over the options (normalised by dividing by the seeds). Weights
 * default to 1, or share 10 points. Total = sum of weight x value.
 */
export type ScoringMode = { kind: 'scale'; min: 0 | 1; max: 5 | 10 } | { kind: 'seeds'; seedsPerCriterion: number };
export type WeightMode = 'equal' | 'points';
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
  /** Weighted contribution of each criterion, in criteria order. */
  breakdown: number[];
  total: number;
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
): MatrixResult {
  const rows = optionIds.map((optionId) => {
    const breakdown = criteria.map((c) => weightOf(c, weights) * cellValue(cells, optionId, c.id, scoring));
    return { optionId, breakdown, total: breakdown.reduce((a, b) => a + b, 0) };
  });
  const totals = new Map(rows.map((r) => [r.optionId, r.total]));
  return {
    rows,
    ranking: numberTiers(tiersByScore(optionIds, (id) => totals.get(id)!)),
    weightSum: criteria.reduce((sum, c) => sum + c.weight, 0),
  };
}
