import { defineAction } from '../action.js';
import type { RefusalReason } from '../../result.js';
import { maxIndicators, type Indicator, type IndicatorsDocument } from './schema.js';

type Doc = IndicatorsDocument;

/**
 * What an indicator needs before it is kept: a name a villager can check, and a due date
 * on or after the baseline's date (domain.md's direction criteria: measurable, time-framed).
 * The form keeps what was typed when refused, so nothing is lost.
 */
export function indicatorProblem(indicator: Indicator): RefusalReason | null {
  if (!indicator.name.trim() || !indicator.unit.trim()) return 'empty_name';
  if (indicator.target.date < indicator.baseline.date) return 'due_before_baseline';
  return null;
}

export const addIndicator = defineAction<Doc, { indicator: Indicator }>({
  name: 'addIndicator',
  history: 'step',
  refuse: (doc, { indicator }) => (doc.indicators.length >= maxIndicators ? 'too_many' : indicatorProblem(indicator)),
  perform: (doc, { indicator }) =>
    doc.indicators.some((i) => i.id === indicator.id) ? doc : { ...doc, indicators: [...doc.indicators, indicator] },
});

/** Replaces an indicator by its id (the edit form saves all its fields at once). */
export const updateIndicator = defineAction<Doc, { indicator: Indicator }>({
  name: 'updateIndicator',
  history: 'step',
  refuse: (_doc, { indicator }) => indicatorProblem(indicator),
  perform: (doc, { indicator }) =>
    doc.indicators.some((i) => i.id === indicator.id)
      ? { ...doc, indicators: doc.indicators.map((i) => (i.id === indicator.id ? indicator : i)) }
      : doc,
});

export const removeIndicator = defineAction<Doc, { id: string }>({
  name: 'removeIndicator',
  history: 'step',
  perform: (doc, { id }) =>
    doc.indicators.some((i) => i.id === id) ? { ...doc, indicators: doc.indicators.filter((i) => i.id !== id) } : doc,
});
