/**
 * The map's tables as plain rows, built once for the screen and the PDF report: the
 * resources by capital, their problems, and the pentagon's values. Renderers only lay
 * them out (React cells on screen, escaped HTML in the report).
 */
import { formatNumber, languageOf } from '../../i18n/format.js';
import type { Translate } from '../../i18n/translate.js';
import { capitalColour, capitals, resourceProblems, type Capital, type ResourceProblem } from './capitals.js';
import { pentagonOf } from './pentagon.js';
import type { MapResource, ResourceMapDocument } from './schema.js';

export interface ProblemEntry {
  problem: ResourceProblem;
  /** "Problem: the group's note", or the problem alone when there is no note. */
  text: string;
}

export interface ResourceRow {
  id: string;
  name: string;
  capital: Capital;
  capitalName: string;
  rating: number;
  owner: string;
  description: string;
  problems: ProblemEntry[];
}

export interface CapitalGroup {
  capital: Capital;
  capitalName: string;
  colour: string;
  rows: ResourceRow[];
}

export function capitalNames(t: Translate): Record<Capital, string> {
  return Object.fromEntries(capitals.map((c) => [c, t(`resources.capitals.${c}`)])) as Record<Capital, string>;
}

function problemsOf(resource: MapResource, t: Translate): ProblemEntry[] {
  return resourceProblems
    .filter((p) => resource.problems[p] !== undefined)
    .map((p) => {
      const note = resource.problems[p];
      return { problem: p, text: `${t(`resources.problemNames.${p}`)}${note ? `: ${note}` : ''}` };
    });
}

/**
 * The resources grouped by capital in the capitals' order, each group in map order; with
 * a problem given, only the resources that have it. Capitals without a resource are left out.
 */
export function resourcesByCapital(
  doc: ResourceMapDocument,
  t: Translate,
  problem: ResourceProblem | null = null,
): CapitalGroup[] {
  const names = capitalNames(t);
  const shown = doc.resources.filter((r) => problem === null || r.problems[problem] !== undefined);
  return capitals
    .map((capital) => ({
      capital,
      capitalName: names[capital],
      colour: capitalColour[capital],
      rows: shown
        .filter((r) => r.capital === capital)
        .map((r) => ({
          id: r.id,
          name: r.name,
          capital,
          capitalName: names[capital],
          rating: r.rating,
          owner: r.owner,
          description: r.description,
          problems: problemsOf(r, t),
        })),
    }))
    .filter((group) => group.rows.length > 0);
}

export interface ResourceProblemRow {
  resourceId: string;
  resource: string;
  problem: ResourceProblem;
  text: string;
}

/** Every problem found, resource by resource in map order. */
export function resourceProblemRows(doc: ResourceMapDocument, t: Translate): ResourceProblemRow[] {
  return doc.resources.flatMap((r) =>
    problemsOf(r, t).map((p) => ({ resourceId: r.id, resource: r.name, problem: p.problem, text: p.text })),
  );
}

export interface PentagonValueRow {
  capital: Capital;
  capitalName: string;
  count: number;
  /** The pentagon's value for the capital, 0-1 with two decimals, in the language's format ("0,60"). */
  value: string;
}

/** Per capital: how many resources, and the pentagon's value from their ratings. */
export function pentagonValueRows(doc: ResourceMapDocument, t: Translate): PentagonValueRow[] {
  const names = capitalNames(t);
  const pentagon = pentagonOf(doc.resources);
  return capitals.map((capital) => ({
    capital,
    capitalName: names[capital],
    count: doc.resources.filter((r) => r.capital === capital).length,
    value: formatNumber(languageOf(t), pentagon[capital], { fractionDigits: 2 }),
  }));
}
