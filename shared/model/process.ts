import type { TranslationKey } from '../i18n/translate.js';

/**
 * The three phases of community empowerment and their steps (domain.md). Ids are stable
 * keys stored in files; labels come from the locales (`process.<phase>.<step>`).
 */
export const processPhases = {
  dialog: ['preparation', 'trust', 'partnership', 'challenges', 'directions'],
  discovery: ['resources', 'capabilities', 'team', 'framing', 'energy'],
  development: ['interaction', 'activating', 'opportunities', 'success', 'sustainability', 'information', 'evaluation'],
} as const;

export type Phase = keyof typeof processPhases;
export const phases = Object.keys(processPhases) as Phase[];
export type ProcessStep = (typeof processPhases)[Phase][number];
export const allSteps: readonly ProcessStep[] = phases.flatMap((p) => processPhases[p]);

export function isStepOfPhase(phase: Phase, step: string): boolean {
  return (processPhases[phase] as readonly string[]).includes(step);
}

// Sessions store phase and step as checked strings; these name their labels. The session
// schema guarantees a known phase and a step of that phase, hence the casts.
export function phaseLabelKey(phase: string): TranslationKey {
  return `process.${phase}.label` as TranslationKey;
}

export function stepLabelKey(phase: string, step: string): TranslationKey {
  return `process.${phase}.${step}` as TranslationKey;
}
