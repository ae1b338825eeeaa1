import { esc } from '../../report/html.js';
import { posterEmpty, posterHeader, posterKey } from '../../report/poster.js';
import { sceneToSvg } from '../../scene/svg.js';
import { kindColour, relationColour } from '../../theme.js';
import type { Poster, PosterContext } from '../definition.js';
import { vennScene } from './scene.js';
import { institutionKinds, relations, type VennDocument } from './schema.js';

/**
 * The Venn diagram for the notice board: the picture as large as the sheet allows (the
 * same vector scene as the wall), then how to read it and the colours in use, in few words.
 */
export function vennPoster(doc: VennDocument, context: PosterContext): Poster {
  const { t } = context;
  if (doc.institutions.length === 0) throw posterEmpty('no institution');
  const used = new Set(doc.institutions.map((i) => (doc.colourBy === 'relation' ? i.relation : i.kind)));
  const key =
    doc.colourBy === 'relation'
      ? relations
          .filter((r) => used.has(r))
          .map((r) => ({ colour: relationColour[r], label: t(`venn.relations.${r}`) }))
      : institutionKinds
          .filter((k) => used.has(k))
          .map((k) => ({ colour: kindColour[k], label: t(`venn.kinds.${k}`) }));
  const picture = sceneToSvg(vennScene(doc, { communityName: context.communityName }), '100%');
  const body = `${posterHeader(context, context.title)}
<div class="poster-picture">${picture}</div>
<p class="poster-note">${esc(t('posters.vennHowToRead'))}</p>
${posterKey(key)}`;
  return { style: '', sheets: [{ orientation: 'portrait', body }] };
}
