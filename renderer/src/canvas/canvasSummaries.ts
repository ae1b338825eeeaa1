/**
 * The words of each canvas's text twin (CanvasText), pure so they are tested without a
 * page: a name and a summary per canvas, from its document and selection.
 */
import { capitals, type Capital } from '#shared/exercises/resources/capitals.js';
import type { MapLayer, ResourceMapDocument } from '#shared/exercises/resources/schema.js';
import { capitalNames } from '#shared/exercises/resources/tables.js';
import { focalOf, nodeText, type TreeNode, type TreeView } from '#shared/exercises/framing/tree.js';
import { institutionTable, type InstitutionRow } from '#shared/exercises/venn/logic.js';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import type { Translate } from '#shared/i18n/translate.js';

/**
 * The text twin of a canvas, for a screen reader: the canvas's name (what it is) and a
 * summary of what it shows now (how many objects, and the selected one in words), which
 * is read when the canvas takes the focus and again, politely, whenever it changes.
 */
export interface CanvasText {
  name: string;
  summary: string;
}

const summaryOf = (t: Translate, overview: string, selected: string | null): string =>
  t('twin.summary', {
    overview,
    selected: selected === null ? t('twin.noneSelected') : t('twin.selected', { name: selected }),
  });

/** "Lembaga: 14 (9 mendukung, 3 netral, 2 merugikan). Dipilih: BPD, kepentingan 3, Dekat, Mendukung, Pemerintah". */
export function vennCanvasText(
  t: Translate,
  doc: VennDocument,
  selectedId: string | null,
  // The view has the table already (it is the costly part, every pair of circles): passed in, not built again.
  rows: readonly InstitutionRow[] = institutionTable(doc),
): CanvasText {
  const count = (relation: string): number => rows.filter((r) => r.relation === relation).length;
  const overview = t('twin.vennOverview', {
    count: rows.length,
    supportive: count('supportive'),
    neutral: count('neutral'),
    harmful: count('harmful'),
  });
  const chosen = rows.find((r) => r.id === selectedId);
  const selected = chosen
    ? t('twin.vennSelected', {
        name: chosen.name,
        importance: chosen.importance,
        band: t(`venn.bands.${chosen.band}`),
        relation: t(`venn.relations.${chosen.relation}`),
        kind: t(`venn.kinds.${chosen.kind}`),
      })
    : null;
  return { name: t('venn.typeName'), summary: summaryOf(t, overview, selected) };
}

/** "Masalah utama: Air bersih sulit didapat. Kotak: 16 (11 sebab, 4 akibat). Dipilih: Sebab, tingkat 2: …". */
export function treeCanvasText(
  t: Translate,
  nodes: readonly TreeNode[],
  view: TreeView,
  selectedId: string | null,
): CanvasText {
  const focal = focalOf(nodes);
  const side = (s: 'cause' | 'effect'): number => nodes.filter((n) => n.parentId !== null && n.side === s).length;
  const overview = t('twin.treeOverview', {
    focal: t(`twin.parts.${view}.focal`),
    text: focal ? nodeText(focal, view).text.trim() || '—' : '—',
    count: nodes.length,
    causes: side('cause'),
    causeWord: t(`twin.parts.${view}.causes`),
    effects: side('effect'),
    effectWord: t(`twin.parts.${view}.effects`),
  });
  const selected =
    selectedId && nodes.some((n) => n.id === selectedId) ? treeNodeName(t, nodes, selectedId, view) : null;
  return {
    name: t(view === 'problem' ? 'framing.problemView' : 'framing.objectiveView'),
    summary: summaryOf(t, overview, selected),
  };
}

/** A box in words: the focal problem, or a cause or effect and how many steps it is from the focal problem. */
export function treeNodeName(t: Translate, nodes: readonly TreeNode[], id: string, view: TreeView): string {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const node = byId.get(id);
  if (!node) return '';
  const text = nodeText(node, view).text.trim() || '—';
  if (node.parentId === null) return `${t(`twin.parts.${view}.focal`)}: ${text}`;
  let level = 0;
  for (let at: string | null | undefined = node.parentId; at; at = byId.get(at)?.parentId) level += 1;
  return t('twin.treeBox', { side: t(`twin.parts.${view}.${node.side}`), level, text });
}

/** The drawn layers in words, with how many shapes each holds ("Jalan 2, Sungai 1"). */
const drawnLayers: readonly Exclude<MapLayer, 'labels'>[] = ['roads', 'rivers', 'areas', 'boundary', 'pen'];

/** "Sumber daya: 6 (Alam 2, Sosial 1, …). Digambar: Jalan 1, tulisan Dusun Cikahuripan. Dipilih: …". */
export function mapCanvasText(t: Translate, doc: ResourceMapDocument, selectedId: string | null): CanvasText {
  const names = capitalNames(t);
  const perCapital = capitals
    .map((c) => ({ c, n: doc.resources.filter((r) => r.capital === c).length }))
    .filter((x) => x.n > 0)
    .map((x) => t('twin.mapCapital', { capital: names[x.c], count: x.n }));
  const drawn = drawnLayers
    .map((layer) => ({ layer, n: doc.shapes.filter((s) => s.layer === layer).length }))
    .filter((x) => x.n > 0)
    .map((x) => `${t(`resources.layerNames.${x.layer}`)} ${x.n}`);
  const labels = doc.shapes.filter((s) => s.layer === 'labels' && s.text).map((s) => s.text!);
  if (labels.length > 0) drawn.push(t('twin.mapLabels', { texts: labels.join(', ') }));
  const parts = [
    t('twin.mapOverview', { count: doc.resources.length }) + (perCapital.length ? ` (${perCapital.join(', ')})` : ''),
    ...(drawn.length > 0 ? [t('twin.mapDrawn', { shapes: drawn.join(', ') })] : []),
    ...(doc.photo ? [t('twin.mapPhoto')] : []),
    t('twin.mapTable'),
  ];
  const chosen = doc.resources.find((r) => r.id === selectedId);
  const selected = chosen
    ? t('twin.mapSelected', { name: chosen.name, capital: names[chosen.capital as Capital], rating: chosen.rating })
    : null;
  return { name: t('resources.map'), summary: summaryOf(t, parts.join('. '), selected) };
}
