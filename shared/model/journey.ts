import { z } from 'zod';
import { allSteps, phases, processPhases, type Phase, type ProcessStep } from './process.js';
import { sessionKinds, type SessionFields } from './session.js';

/**
 * The programme journey (issue 12, domain.md "The process the app follows"): the three
 * phases and their steps as one path, each step with the sessions held for it and a status.
 * The status is the facilitator's to set; until they do, it is suggested from what was
 * recorded, with the reason in words. Pure: the backend reads the rows, this decides.
 */
export const stepStatuses = ['not_started', 'under_way', 'done'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/**
 * Why a status was suggested: no session yet; sessions held and nothing later; sessions
 * held and a later step of the path met on the same day or after the last of them.
 */
export const suggestionReasons = ['no_sessions', 'has_sessions', 'moved_on'] as const;
export type SuggestionReason = (typeof suggestionReasons)[number];

const zPhase = z.enum(phases as [Phase, ...Phase[]]);
const zStep = z.enum(allSteps as unknown as [ProcessStep, ...ProcessStep[]]);
const zCount = z.number().int().min(0);

/** Who came to a session: by gender, and the youth (15-29) among them, as the programme report compares them. */
export const zJourneyAttendance = z.object({
  total: zCount,
  female: zCount,
  male: zCount,
  unspecified: zCount,
  youth: zCount,
});
export type JourneyAttendance = z.infer<typeof zJourneyAttendance>;

export const zJourneySession = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string(),
  kind: z.enum(sessionKinds),
  place: z.string(),
  attendance: zJourneyAttendance,
  exercises: z.array(z.object({ id: z.string(), type: z.string(), title: z.string() })),
  agreements: z.array(z.string()),
});
export type JourneySession = z.infer<typeof zJourneySession>;

export const zJourneyStep = z.object({
  phase: zPhase,
  step: zStep,
  /** Held for this step, oldest first. */
  sessions: z.array(zJourneySession),
  /** What the facilitator set; null while the suggestion stands. */
  chosen: z.enum(stepStatuses).nullable(),
  suggested: z.enum(stepStatuses),
  suggestedWhy: z.enum(suggestionReasons),
  /** The one shown: chosen, else suggested. */
  status: z.enum(stepStatuses),
});
export type JourneyStep = z.infer<typeof zJourneyStep>;

export const zJourney = z.object({
  steps: z.array(zJourneyStep),
  /** Where the community stands now; null when every step is done. */
  current: z.object({ phase: zPhase, step: zStep }).nullable(),
  sessionCount: zCount,
  exerciseCount: zCount,
});
export type Journey = z.infer<typeof zJourney>;

/** A status the facilitator set for a step, as stored in the file. */
export interface ChosenStatus {
  phase: string;
  step: string;
  status: StepStatus;
}

/** A session as the journey receives it: its step, and what it recorded. */
export type RecordedSession = JourneySession & { phase: string; step: string };

/** Every step of the path, in order, with its phase. */
export const pathSteps: readonly { phase: Phase; step: ProcessStep }[] = phases.flatMap((phase) =>
  processPhases[phase].map((step) => ({ phase, step: step as ProcessStep })),
);

const stepKey = (phase: string, step: string): string => `${phase}.${step}`;

/** Session dates are stored as yyyy-mm-dd, so they compare as text. */
const latestDate = (sessions: readonly { date: string }[]): string =>
  sessions.reduce((latest, s) => (s.date > latest ? s.date : latest), '');

export function suggestStatus(
  sessions: readonly { date: string }[],
  laterSessions: readonly { date: string }[],
): { status: StepStatus; why: SuggestionReason } {
  if (sessions.length === 0) return { status: 'not_started', why: 'no_sessions' };
  // Met again after the group went on to later steps: taken up again, so still under way.
  const last = latestDate(sessions);
  if (laterSessions.some((s) => s.date >= last)) return { status: 'done', why: 'moved_on' };
  return { status: 'under_way', why: 'has_sessions' };
}

/**
 * Where the community stands: the furthest step along the path that has begun. If it is
 * under way, that step; if it is done, the next step not yet done; if none has begun, the
 * first step; null once the last step is done.
 */
export function currentStep(steps: readonly Pick<JourneyStep, 'phase' | 'step' | 'status'>[]) {
  let furthest = -1;
  steps.forEach((s, i) => {
    if (s.status !== 'not_started') furthest = i;
  });
  if (furthest === -1) return steps[0] ? { phase: steps[0].phase, step: steps[0].step } : null;
  const start = steps[furthest]!.status === 'under_way' ? furthest : furthest + 1;
  const next = steps.slice(start).find((s) => s.status !== 'done');
  return next ? { phase: next.phase, step: next.step } : null;
}

/** Builds the journey from the file's sessions (any order) and the statuses the facilitator set. */
export function buildJourney(sessions: readonly RecordedSession[], chosen: readonly ChosenStatus[]): Journey {
  const byStep = new Map<string, JourneySession[]>();
  for (const { phase, step, ...session } of sessions) {
    const key = stepKey(phase, step);
    byStep.set(key, [...(byStep.get(key) ?? []), session]);
  }
  const chosenByStep = new Map(chosen.map((c) => [stepKey(c.phase, c.step), c.status]));
  const held = pathSteps.map(({ phase, step }) =>
    (byStep.get(stepKey(phase, step)) ?? []).sort((a, b) => a.date.localeCompare(b.date)),
  );
  const steps: JourneyStep[] = pathSteps.map(({ phase, step }, i) => {
    const suggestion = suggestStatus(held[i]!, held.slice(i + 1).flat());
    const set = chosenByStep.get(stepKey(phase, step)) ?? null;
    return {
      phase,
      step,
      sessions: held[i]!,
      chosen: set,
      suggested: suggestion.status,
      suggestedWhy: suggestion.why,
      status: set ?? suggestion.status,
    };
  });
  return {
    steps,
    current: currentStep(steps),
    sessionCount: sessions.length,
    exerciseCount: sessions.reduce((n, s) => n + s.exercises.length, 0),
  };
}

/**
 * A technique domain.md names for a step ("Which techniques serve which step"): either an
 * exercise type of Rembug (offered to start with the session; only when that type is
 * registered) or a technique done on paper or in the room (written into the agenda).
 * Paper techniques are named by `journey.techniques.<key>`.
 */
export type Technique = { exerciseType: string } | { paper: PaperTechnique };

export const paperTechniques = [
  'socialisation',
  'questions',
  'joining',
  'attendance',
  'agreements',
  'fgd',
  'directionCriteria',
  'pentagon',
  'teamRoles',
  'groupWork',
  'training',
  'demonstration',
  'indicators',
  'successBoard',
  'noticeBoard',
  'wallMagazine',
  'banner',
  'groupEvaluation',
  'beforeAfter',
] as const;
export type PaperTechnique = (typeof paperTechniques)[number];

const type = (exerciseType: string): Technique => ({ exerciseType });
const paper = (key: PaperTechnique): Technique => ({ paper: key });

const openingTechniques = [
  paper('socialisation'),
  paper('questions'),
  paper('joining'),
  paper('attendance'),
  paper('agreements'),
];
const challengeTechniques = [paper('fgd'), type('tree'), type('matrix'), type('pairwise'), paper('directionCriteria')];
const resourceTechniques = [type('resourceMap'), type('venn'), paper('pentagon')];
const framingTechniques = [type('consensus'), type('tree'), type('statement'), paper('agreements'), paper('teamRoles')];
const actionTechniques = [type('actionPlan'), paper('groupWork'), paper('training'), paper('demonstration')];
const successTechniques = [type('indicators'), type('monitoring'), type('successes')];
const informationTechniques = [type('statement'), paper('noticeBoard'), paper('wallMagazine'), paper('banner')];
const evaluationTechniques = [type('evaluation'), type('venn'), paper('beforeAfter'), type('vote'), paper('fgd')];

const techniquesByStep: Record<ProcessStep, readonly Technique[]> = {
  preparation: openingTechniques,
  trust: openingTechniques,
  partnership: openingTechniques,
  challenges: challengeTechniques,
  directions: challengeTechniques,
  resources: resourceTechniques,
  capabilities: resourceTechniques,
  team: framingTechniques,
  framing: framingTechniques,
  energy: framingTechniques,
  interaction: actionTechniques,
  activating: actionTechniques,
  opportunities: actionTechniques,
  success: successTechniques,
  sustainability: successTechniques,
  information: informationTechniques,
  evaluation: evaluationTechniques,
};

/**
 * The techniques for a step; exercise types this Rembug does not have (yet) are left out,
 * so the list never offers what cannot be started.
 */
export function techniquesFor(step: ProcessStep, knownType: (name: string) => boolean): Technique[] {
  return techniquesByStep[step].filter((t) => !('exerciseType' in t) || knownType(t.exerciseType));
}

/** The kind of session a step is usually held as, for the form of "start a session". */
export function suggestedKind(phase: Phase, step: ProcessStep): SessionFields['kind'] {
  if (step === 'evaluation') return 'evaluation';
  if (phase === 'dialog') return ['preparation', 'trust', 'partnership'].includes(step) ? 'socialisation' : 'fgd';
  if (phase === 'discovery') return step === 'framing' || step === 'team' ? 'planning' : 'fgd';
  return 'planning';
}

/** One bar group of the participation chart: women, men and youth of one session. */
export interface ParticipationPoint {
  date: string;
  title: string;
  women: number;
  men: number;
  youth: number;
}

/** Participation over time, every session in date order (the programme report's chart). */
export function participationSeries(journey: Journey): ParticipationPoint[] {
  return journey.steps
    .flatMap((s) => s.sessions)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((s) => ({
      date: s.date,
      title: s.title,
      women: s.attendance.female,
      men: s.attendance.male,
      youth: s.attendance.youth,
    }));
}
