/**
 * A matrix body exactly as Rembug's first matrix version stored it (schemaVersion 1: no
 * template, no way of combining, no option categories), for migration tests.
 */
export function matrixBodyVersion1() {
  return {
    schemaVersion: 1,
    question: 'Air bersih',
    items: [
      { id: 'i0', name: 'Sumur' },
      { id: 'i1', name: 'Pipa' },
    ],
    criteria: [{ id: 'c', name: 'Murah', weight: 1 }],
    scoring: { kind: 'scale', min: 0, max: 5 },
    weights: 'equal',
    groups: [{ id: 'all', name: '' }],
    cells: { all: { i0: { c: 4 }, i1: { c: 2 } } },
    numbering: 'roman',
  };
}
