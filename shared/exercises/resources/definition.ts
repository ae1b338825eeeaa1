// CONTEXT: the potential and resource map of domain.md (Discovery: exploring resource
// systems, analysing capabilities). Resources of the five livelihood capitals are placed
// on a sketch map or a photo of the paper map, rated 0-5 and tagged with the resource
// problems; the asset pentagon summarises the capitals, before and after.
import { defineExercise } from '../definition.js';
import { resourceMapPoster } from './poster.js';
import { resourceMapReport } from './report.js';
import { emptyResourceMapDocument, resourceMapSchemaVersion, zResourceMapDocument } from './schema.js';

export const resourceMapDefinition = defineExercise({
  type: 'resourceMap',
  version: resourceMapSchemaVersion,
  migrations: [
    {
      from: 1,
      why: 'drawn shapes, hidden layers and the photo of the paper map were added; older maps have none',
      up: (body) => ({
        ...body,
        shapes: body.shapes ?? [],
        hiddenLayers: body.hiddenLayers ?? [],
        photo: body.photo ?? null,
      }),
    },
  ],
  schema: zResourceMapDocument,
  empty: emptyResourceMapDocument,
  labels: { name: 'resources.map', create: 'resources.newMap' },
  report: resourceMapReport,
  poster: resourceMapPoster,
  assets: (doc) => (doc.photo ? [doc.photo.id] : []),
  contributes: (doc) => ({ resources: doc.resources.map((r) => ({ name: r.name.trim(), capital: r.capital })) }),
});
