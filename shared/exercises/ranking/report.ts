import { compareGroups } from './groups.js';
import { formulaTerms, scoreMatrix } from './matrix.js';
import { rankNotes } from './notes.js';
import { pairKey, rankPairwise } from './pairwise.js';
import { rankWithinCategories, type Ranked } from './ranks.js';
import { formatScore, rankingBarsScene, rankLabel } from './scene.js';
import type { MatrixDocument, Numbering, PairwiseDocument, RankGroup, RankItem, VoteDocument } from './schema.js';
import { tallyVote } from './voting.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { ReportContext } from '../definition.js';
import type { Translate as T } from '../../i18n/translate.js';
import { esc, sectionHeading, table } from '../../report/html.js';

const groupName = (g: RankGroup, t: T): string => g.name.trim() || t('ranking.allGroup');

/** Chart (vector, the wall's scene), the result table, and ties or cycles in words. */
function resultBlock(
  items: readonly RankItem[],
  ranking: readonly Ranked<string>[],
  values: Readonly<Record<string, number>>,
  numbering: Numbering,
  valueLabel: string,
  t: T,
  cycles: readonly string[][] = [],
): string {
  const names = new Map(items.map((i) => [i.id, i.name]));
  const chart = sceneToSvg(
    rankingBarsScene(
      ranking.map((r) => ({ label: names.get(r.item) ?? '', value: values[r.item] ?? 0, ranked: r })),
      numbering,
    ),
    '100%',
  );
  const rows = ranking.map((r) => [
    `<strong>${rankLabel(r, numbering)}${r.tied ? '=' : ''}</strong>`,
    esc(names.get(r.item) ?? ''),
    formatScore(values[r.item] ?? 0),
  ]);
  const notes = rankNotes(ranking, numbering, cycles).map((n) => {
    const list = n.ids.map((id) => names.get(id) ?? '').join(', ');
    return `<li>${esc(n.kind === 'cycle' ? t('ranking.cycleNote', { names: list }) : t('ranking.tieNote', { names: list, rank: n.rank }))}</li>`;
  });
  return `<div class="chart">${chart}</div>
  ${table([t('ranking.rank'), t('ranking.items'), valueLabel], rows, 'data', [14, 66, 20])}
  ${notes.length ? `<ul class="notes">${notes.join('')}</ul>` : ''}`;
}

function groupsBlock(
  items: readonly RankItem[],
  groups: readonly RankGroup[],
  rankings: readonly Ranked<string>[][],
  numbering: Numbering,
  t: T,
): string {
  if (groups.length < 2) return '';
  const byGroup = rankings.map((r) => new Map(r.map((x) => [x.item, x])));
  const rows = compareGroups(
    items.map((i) => i.id),
    rankings,
  ).map((row) => [
    esc(items.find((i) => i.id === row.itemId)?.name ?? ''),
    ...byGroup.map((m) => {
      const r = m.get(row.itemId);
      return r ? rankLabel(r, numbering) : '–';
    }),
    esc(row.agree ? t('ranking.agree') : t('ranking.differ', { n: row.spread })),
  ]);
  return `<h3>${esc(t('ranking.sideBySide'))}</h3>${table([t('ranking.items'), ...groups.map((g) => groupName(g, t)), ''], rows, 'data')}`;
}

export function pairwiseReport(doc: PairwiseDocument, { t, title }: ReportContext): string {
  const ids = doc.items.map((i) => i.id);
  const names = new Map(doc.items.map((i) => [i.id, i.name]));
  const results = doc.groups.map((g) => rankPairwise(ids, doc.choices[g.id] ?? {}));
  const perGroup = doc.groups.map((g, gi) => {
    const choices = doc.choices[g.id] ?? {};
    const header = ['', ...doc.items.slice(1).map((i) => i.name)];
    const rows = doc.items.slice(0, -1).map((row, r) => [
      `<strong>${esc(row.name)}</strong>`,
      ...doc.items.slice(1).map((col, c) => {
        if (c + 1 <= r) return '';
        const x = choices[pairKey(row.id, col.id)];
        return !x ? '' : x.choice === 'equal' ? '=' : esc(names.get(x.choice === 'first' ? row.id : col.id) ?? '');
      }),
    ]);
    const reasons = Object.entries(choices)
      .filter(([, v]) => v.reason)
      .map(([key, v]) => {
        const [a, b] = key.split('|');
        return `<li>${esc(names.get(a!) ?? '')} — ${esc(names.get(b!) ?? '')}: ${esc(v.reason ?? '')}</li>`;
      });
    const result = results[gi]!;
    return `${doc.groups.length > 1 ? `<h3>${esc(groupName(g, t))}</h3>` : ''}
    ${table(header, rows, 'data pair-matrix')}
    ${reasons.length ? `<ul class="reasons">${reasons.join('')}</ul>` : ''}
    ${resultBlock(doc.items, result.ranking, result.scores, doc.numbering, t('ranking.score'), t, result.cycles)}`;
  });
  return `<section class="exercise">${sectionHeading(t('ranking.pairwise'), title, doc.question)}${perGroup.join('')}${groupsBlock(
    doc.items,
    doc.groups,
    results.map((r) => r.ranking),
    doc.numbering,
    t,
  )}</section>`;
}

export function matrixReport(doc: MatrixDocument, { t, title }: ReportContext): string {
  const ids = doc.items.map((i) => i.id);
  const results = doc.groups.map((g) =>
    scoreMatrix(ids, doc.criteria, doc.cells[g.id] ?? {}, doc.scoring, doc.weights, doc.combine),
  );
  const scale =
    doc.scoring.kind === 'seeds'
      ? `${t('ranking.matrixScoring.seeds')}: ${doc.scoring.seedsPerCriterion} / ${t('ranking.matrixScoring.criteria').toLowerCase()}`
      : `${doc.scoring.min}-${doc.scoring.max}`;
  const formula = t('ranking.matrixScoring.formulaOf', {
    terms: formulaTerms(doc.criteria, doc.scoring, doc.weights, doc.combine),
  });
  const template =
    doc.template === 'custom'
      ? ''
      : `<p>${esc(t('ranking.matrixScoring.template'))}: ${esc(t(`ranking.matrixScoring.templates.${doc.template}`))}. ${esc(t('ranking.matrixScoring.problemNote'))}</p>`;
  const hasCategories = doc.items.some((i) => i.category?.trim());
  const perGroup = doc.groups.map((g, gi) => {
    const cells = doc.cells[g.id] ?? {};
    const result = results[gi]!;
    const totals = Object.fromEntries(result.rows.map((r) => [r.optionId, r.total]));
    const inCategory = rankWithinCategories(
      doc.items,
      (i) => i.category ?? '',
      (i) => totals[i.id] ?? 0,
    );
    const header = [
      t('ranking.items'),
      ...(hasCategories ? [t('ranking.matrixScoring.category'), t('ranking.matrixScoring.rankInCategory')] : []),
      ...doc.criteria.map((c) => (doc.weights === 'points' ? `${c.name} (×${c.weight})` : c.name)),
      t('ranking.total'),
    ];
    const rows = result.rows.map((row) => {
      const item = doc.items.find((i) => i.id === row.optionId)!;
      const local = inCategory.get(item);
      return [
        `<strong>${esc(item.name)}</strong>`,
        ...(hasCategories
          ? [esc(item.category ?? ''), local ? `${rankLabel(local, doc.numbering)}${local.tied ? '=' : ''}` : '']
          : []),
        ...doc.criteria.map((c, ci) => {
          const raw = cells[row.optionId]?.[c.id];
          return raw === undefined
            ? ''
            : `${raw}${doc.weights === 'points' || doc.scoring.kind === 'seeds' ? ` → ${formatScore(row.breakdown[ci]!)}` : ''}`;
        }),
        doc.combine === 'product' && !row.complete
          ? esc(t('ranking.matrixScoring.incomplete'))
          : `<strong>${formatScore(row.total)}</strong>`,
      ];
    });
    return `${doc.groups.length > 1 ? `<h3>${esc(groupName(g, t))}</h3>` : ''}
    ${table(header, rows, 'data')}
    ${resultBlock(doc.items, result.ranking, totals, doc.numbering, t('ranking.total'), t)}`;
  });
  return `<section class="exercise">${sectionHeading(t('ranking.matrix'), title, doc.question)}
  ${template}<p>${esc(t('ranking.matrixScoring.scoring'))}: ${esc(scale)}.</p><p class="formula">${esc(formula)}</p>
  ${perGroup.join('')}${groupsBlock(
    doc.items,
    doc.groups,
    results.map((r) => r.ranking),
    doc.numbering,
    t,
  )}</section>`;
}

export function voteReport(doc: VoteDocument, { t, title }: ReportContext): string {
  const tallies = doc.groups.map((g) => tallyVote(doc, g.id));
  const rule =
    doc.mode === 'dots'
      ? `${t('ranking.voting.dots')}: ${doc.dotsPerVoter} ${t('ranking.voting.dotsPerVoter').toLowerCase()}${
          doc.maxPerOption ? `, ${t('ranking.voting.cap').toLowerCase()} ${doc.maxPerOption}` : ''
        }`
      : `${t('ranking.voting.ranked')}: ${t('ranking.voting.rankedRule')}`;
  const perGroup = doc.groups.map((g, gi) => {
    const ballots = doc.ballots[g.id] ?? [];
    const rows = ballots.map((b) => [
      esc(b.label),
      ...doc.items.map((i) =>
        doc.mode === 'dots'
          ? String(b.dots[i.id] ?? 0)
          : b.order.includes(i.id)
            ? String(b.order.indexOf(i.id) + 1)
            : '',
      ),
    ]);
    const tally = tallies[gi]!;
    return `${doc.groups.length > 1 ? `<h3>${esc(groupName(g, t))}</h3>` : ''}
    ${table([t('ranking.voting.voters'), ...doc.items.map((i) => i.name)], rows, 'data')}
    ${resultBlock(doc.items, tally.ranking, tally.points, doc.numbering, t('ranking.voting.points'), t)}`;
  });
  return `<section class="exercise">${sectionHeading(t('ranking.vote'), title, doc.question)}
  <p>${esc(rule)}</p>${perGroup.join('')}${groupsBlock(
    doc.items,
    doc.groups,
    tallies.map((x) => x.ranking),
    doc.numbering,
    t,
  )}</section>`;
}
