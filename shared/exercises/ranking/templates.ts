import type { Combine, ScoringMode, WeightMode } from './matrix.js';
import type { MatrixDocument } from './schema.js';

/**
 * Problem-ranking matrices common in Indonesian practice (domain.md, *matriks ranking
 * masalah*). A template fills the criteria, the scale, the weights and the way scores
 * combine. The group may still add or remove criteria or change the scale; the matrix is
 * then a custom one (the view sets `template` back to 'custom').
 */
export const matrixTemplates = ['custom', 'gmp', 'usg', 'weighted'] as const;
export type MatrixTemplate = (typeof matrixTemplates)[number];

/** Criterion keys are looked up in the dictionary (ranking.matrixScoring.criteriaNames.*) when applied. */
export type TemplateCriterionKey =
  | 'gawat'
  | 'mendesak'
  | 'penyebaran'
  | 'urgency'
  | 'seriousness'
  | 'growth'
  | 'prevalence'
  | 'severity'
  | 'increase'
  | 'socialBenefit'
  | 'economicBenefit';

interface TemplateSpec {
  criteria: { key: TemplateCriterionKey; weight: number }[];
  scoring: ScoringMode;
  weights: WeightMode;
  combine: Combine;
}

const equallyWeighted = (...keys: TemplateCriterionKey[]) => keys.map((key) => ({ key, weight: 1 }));

const specs: Record<Exclude<MatrixTemplate, 'custom'>, TemplateSpec> = {
  // GMP: Gawat (serious), Mendesak (urgent), Penyebaran (widespread), each 1-3, summed.
  gmp: {
    criteria: equallyWeighted('gawat', 'mendesak', 'penyebaran'),
    scoring: { kind: 'scale', min: 1, max: 3 },
    weights: 'equal',
    combine: 'sum',
  },
  // USG: Urgency, Seriousness, Growth, each 1-5; summed unless the facilitator multiplies.
  usg: {
    criteria: equallyWeighted('urgency', 'seriousness', 'growth'),
    scoring: { kind: 'scale', min: 1, max: 5 },
    weights: 'equal',
    combine: 'sum',
  },
  // Weighted criteria sharing 10 points; the group moves the points to what matters most.
  weighted: {
    criteria: (['prevalence', 'severity', 'increase', 'socialBenefit', 'economicBenefit'] as const).map((key) => ({
      key,
      weight: 2,
    })),
    scoring: { kind: 'scale', min: 1, max: 5 },
    weights: 'points',
    combine: 'sum',
  },
};

/**
 * The document with a template's criteria and rules. Scores given under the old criteria
 * no longer mean anything, so they are cleared (one undo step brings them back).
 */
export function applyMatrixTemplate(
  doc: MatrixDocument,
  template: Exclude<MatrixTemplate, 'custom'>,
  nameOf: (key: TemplateCriterionKey) => string,
  newId: () => string,
): MatrixDocument {
  const spec = specs[template];
  return {
    ...doc,
    template,
    criteria: spec.criteria.map((c) => ({ id: newId(), name: nameOf(c.key), weight: c.weight })),
    scoring: spec.scoring,
    weights: spec.weights,
    combine: spec.combine,
    cells: {},
  };
}
