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
