/**
 * Projector palette. Category colours are Okabe-Ito, which stays distinguishable under
 * the common colour-vision deficiencies; meaning never rests on colour alone (outline
 * patterns and text labels carry it too).
 */
export const ink = '#111827';
export const paper = '#ffffff';
export const mutedInk = '#374151';
export const accent = '#0b5cad';

export const relationColour = {
  supportive: '#009E73',
  neutral: '#9CA3AF',
  harmful: '#D55E00',
} as const;

/** Outline dash per relation, so a harmful tie reads without colour. */
export const relationDash: Record<keyof typeof relationColour, number[] | undefined> = {
  supportive: undefined,
  neutral: [14, 8],
  harmful: [4, 6],
};

export const kindColour = {
  government: '#0072B2',
  community: '#E69F00',
  religious: '#CC79A7',
  private: '#F0E442',
  ngo: '#56B4E9',
  other: '#BBBBBB',
} as const;

export const communityFill = '#FFF7D6';
