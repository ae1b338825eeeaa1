import { z } from 'zod';
import { boundedList, boundedText, maxLabelLength, maxNoteLength, maxSentenceLength } from '../../model/limits.js';
import { zId } from '../../model/text.js';

/**
 * The action plan (*rencana kegiatan*) of domain.md's "Action planning": rows of
 * activities, each saying what, why (the objective, cluster or framed solution it serves),
 * who, with whom, when (by month), where, with which resources from where, what it costs
 * and how much of that the community brings itself (*swadaya*), and how the group will
 * know it is done; plus the team that carries the plan out (*tim pelaksana*).
 *
 * Things the plan points at elsewhere (a cited objective, a person on an attendance list,
 * a resource on a map) are kept with their words at the time, so a later deletion never
 * empties the plan: the checks name what no longer exists instead.
 */

// Maxima of this type (docs/limits.md style: generous for a real plan, bounded for the file).
/** Activities of one plan: a village's yearly work plan (RKP Desa) lists a few dozen; 200 is tested. */
export const maxPlanActivities = 300;
/** People responsible for, or institutions working on, one activity. */
export const maxActivityPeople = 40;
/** Resources one activity needs (cement, labour, a trainer...). */
export const maxActivityResources = 40;
/** Members of the implementation team. */
export const maxTeamMembers = 100;
/** A cost in rupiah: 1 trillion is far above any village budget, and exact in a double. */
export const maxCost = 1_000_000_000_000;

/** A month as `YYYY-MM`, or '' while not chosen yet. */
export const zMonth = z.union([z.literal(''), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]);
export type Month = z.infer<typeof zMonth>;

/** Roles of the *tim pelaksana*; a plan has one ketua, sekretaris and bendahara at most by custom, not by rule. */
export const teamRoles = ['ketua', 'sekretaris', 'bendahara', 'anggota'] as const;
export type TeamRole = (typeof teamRoles)[number];

/**
 * Fields (*bidang*) of the village work plan (Permendagri 114/2014), so a plan can be
 * handed to the village secretary in the RKP Desa layout.
 */
export const planFields = ['government', 'development', 'community', 'empowerment', 'disaster'] as const;
export type PlanField = (typeof planFields)[number];

/**
 * What an activity serves: an item of another exercise of the community (an objective of
 * a tree, a named cluster of a consensus board, the sentence of a framed statement, whose
 * `itemId` is `statement`), by its exercise and its words when it was chosen.
 */
export const zPlanCite = z.object({
  exerciseId: zId,
  itemId: zId,
  /** The exercise's type, so the plan can say "objective" or "cluster" without it. */
  sourceType: boundedText(40),
  label: boundedText(maxSentenceLength),
});
export type PlanCite = z.infer<typeof zPlanCite>;

/**
 * A person: someone from an attendance list (`participantId` set, the name as written
 * there at the time) or a name typed in (`participantId` null).
 */
export const zPlanPerson = z.object({
  participantId: zId.nullable(),
  name: boundedText(maxLabelLength),
});
export type PlanPerson = z.infer<typeof zPlanPerson>;

/** An institution, by name (as on the community's Venn diagrams, or typed in). */
export const zPlanInstitution = z.object({ name: boundedText(maxLabelLength) });
export type PlanInstitution = z.infer<typeof zPlanInstitution>;

/**
 * Where a resource comes from: local (a resource on one of the community's potential
 * maps, by exercise, resource id and name; or just a name when typed), outside (an
 * institution), or not said yet (flagged by the checks).
 */
export const zResourceSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({
    kind: z.literal('local'),
    exerciseId: zId.nullable(),
    resourceId: zId.nullable(),
    name: boundedText(maxLabelLength),
  }),
  z.object({ kind: z.literal('outside'), institution: boundedText(maxLabelLength) }),
]);
export type ResourceSource = z.infer<typeof zResourceSource>;

export const zPlanResource = z.object({
  id: zId,
  /** What is needed, with its amount as people say it ("semen 20 sak", "tenaga 15 orang x 3 hari"). */
  name: boundedText(maxLabelLength),
  source: zResourceSource,
});
export type PlanResource = z.infer<typeof zPlanResource>;

const zRupiah = z.number().int().min(0).max(maxCost);

export const zActivity = z.object({
  id: zId,
  what: boundedText(maxSentenceLength),
  why: zPlanCite.nullable(),
  field: z.enum(planFields).nullable(),
  responsible: boundedList(zPlanPerson, maxActivityPeople),
  partners: boundedList(zPlanInstitution, maxActivityPeople),
  startMonth: zMonth,
  endMonth: zMonth,
  place: boundedText(maxLabelLength),
  resources: boundedList(zPlanResource, maxActivityResources),
  /** Estimated cost in rupiah: what the community brings itself (money, labour and materials valued), and outside help. */
  swadaya: zRupiah,
  outsideHelp: zRupiah,
  /** How the group will know the activity is done, in words a villager can check. */
  doneWhen: boundedText(maxNoteLength),
});
export type Activity = z.infer<typeof zActivity>;

export const zTeamMember = z.object({
  id: zId,
  person: zPlanPerson,
  role: z.enum(teamRoles),
});
export type TeamMember = z.infer<typeof zTeamMember>;

export const actionPlanSchemaVersion = 1;

export const zActionPlanDocument = z.object({
  schemaVersion: z.literal(actionPlanSchemaVersion),
  /** The victory the plan works towards (ToP action planning), usually the framed solution's words. */
  goal: boundedText(maxSentenceLength),
  /** The plan's span by month ('' until chosen): activities outside it are flagged, never moved. */
  startMonth: zMonth,
  endMonth: zMonth,
  /** In the order the group put them (dragged or moved by keyboard). */
  activities: boundedList(zActivity, maxPlanActivities),
  team: boundedList(zTeamMember, maxTeamMembers),
});
export type ActionPlanDocument = z.infer<typeof zActionPlanDocument>;

export function emptyActionPlanDocument(): ActionPlanDocument {
  return { schemaVersion: actionPlanSchemaVersion, goal: '', startMonth: '', endMonth: '', activities: [], team: [] };
}

/** A new, empty activity row (the view gives it an id). */
export function emptyActivity(id: string): Activity {
  return {
    id,
    what: '',
    why: null,
    field: null,
    responsible: [],
    partners: [],
    startMonth: '',
    endMonth: '',
    place: '',
    resources: [],
    swadaya: 0,
    outsideHelp: 0,
    doneWhen: '',
  };
}
