/**
 * The five livelihood capitals of potential and resource mapping (domain.md), each with
 * its own colour (Okabe-Ito, distinguishable with colour-blindness) and a letter that
 * still tells them apart in black and white.
 */
export const capitals = ['human', 'social', 'natural', 'physical', 'financial'] as const;
export type Capital = (typeof capitals)[number];

export const capitalColour: Record<Capital, string> = {
  human: '#E69F00',
  social: '#CC79A7',
  natural: '#009E73',
  physical: '#0072B2',
  financial: '#D55E00',
};

/** The resource problems of the Discovery phase (domain.md). */
export const resourceProblems = ['notAvailable', 'notRecognised', 'notResponsive', 'conflict'] as const;
export type ResourceProblem = (typeof resourceProblems)[number];

export const maxRating = 5;

export interface RatedResource {
  id: string;
  name: string;
  capital: Capital;
  /** Capability 0-5. */
  rating: number;
}

/**
 * Bundled icons, one per capital (24-unit SVG paths, filled): a person, three people, a
 * leaf, a house, a coin. Drawn white on the marker, with the letter beside for print.
 */
export const capitalIcon: Record<Capital, string> = {
  human: 'M12 3a4 4 0 110 8 4 4 0 010-8zM4 21c0-4.4 3.6-8 8-8s8 3.6 8 8z',
  social:
    'M12 4a3 3 0 110 6 3 3 0 010-6zM5 7a2.5 2.5 0 110 5 2.5 2.5 0 010-5zM19 7a2.5 2.5 0 110 5 2.5 2.5 0 010-5zM6 20c0-3.3 2.7-7 6-7s6 3.7 6 7zM0 19c0-2.5 2-5 4.5-5 .9 0 1.6.2 2.2.6C5.6 15.9 5 17.4 5 19zM24 19c0-2.5-2-5-4.5-5-.9 0-1.6.2-2.2.6 1.1 1.3 1.7 2.8 1.7 4.4z',
  natural: 'M20 3C9 3 4 9 4 16c0 1.8.4 3.4 1 5l2-1c-.5-1.2-.8-2.6-.8-4 4-1 8-4 10-8-2 3-6 6-9.6 7C7.7 9.6 12.6 5 20 3z',
  physical: 'M12 3l10 9h-3v9h-5v-6h-4v6H5v-9H2z',
  financial:
    'M12 2a10 10 0 110 20 10 10 0 010-20zm1 4h-2v1.6c-1.7.4-3 1.6-3 3.2 0 2 1.8 2.8 3.7 3.3 1.5.4 2.3.7 2.3 1.4 0 .7-.8 1.2-2 1.2-1.3 0-2.2-.6-2.4-1.6l-2 .4c.3 1.6 1.6 2.7 3.4 3.1V20h2v-1.4c1.8-.4 3-1.6 3-3.3 0-2.2-2-2.9-3.8-3.4-1.4-.3-2.2-.6-2.2-1.2 0-.6.7-1.1 1.8-1.1 1 0 1.8.5 2.1 1.3l1.9-.6c-.4-1.3-1.5-2.2-2.8-2.6z',
};
