import { posterEmpty, posterHeader, posterKey } from '../../report/poster.js';
import { sceneToSvg } from '../../scene/svg.js';
import type { Poster, PosterContext } from '../definition.js';
import { capitalColour, capitals, type Capital } from './capitals.js';
import { mapScene } from './mapScene.js';
import type { ResourceMapDocument } from './schema.js';
import { capitalNames } from './tables.js';

/**
 * The potential map for the notice board: the map (over the photo of the paper map when
 * there is one, the only raster on any poster) as large as the sheet allows, then the key:
 * each capital's letter, colour, name and how many resources the village found.
 */
export function resourceMapPoster(doc: ResourceMapDocument, context: PosterContext): Poster {
  const { t } = context;
  if (doc.resources.length === 0 && doc.shapes.length === 0 && !doc.photo) throw posterEmpty('an empty map');
  const letters = Object.fromEntries(capitals.map((c) => [c, t(`resources.letters.${c}`)])) as Record<Capital, string>;
  const names = capitalNames(t);
  const photoHref = doc.photo ? context.photos[doc.photo.id] : undefined;
  const scene = mapScene(doc, letters, null, photoHref);
  // A wide map prints across the sheet, a tall one down it.
  const orientation = scene.bounds.width >= scene.bounds.height ? 'landscape' : 'portrait';
  const key = capitals.map((c) => ({
    colour: capitalColour[c],
    label: `${letters[c]} ${names[c]}: ${doc.resources.filter((r) => r.capital === c).length}`,
  }));
  // A photo gone from the file (removed by another program): the map prints without it, saying so.
  const photoGone = doc.photo && !photoHref ? t('resources.photoNotPrinted') : '';
  const body = `${posterHeader(context, context.title, photoGone)}
<div class="poster-picture">${sceneToSvg(scene, '100%')}</div>
${posterKey(key)}`;
  return { style: '', sheets: [{ orientation, body }] };
}
