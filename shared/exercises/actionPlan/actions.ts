import { defineAction } from '../action.js';
import {
  emptyActivity,
  maxActivityPeople,
  maxActivityResources,
  maxPlanActivities,
  maxTeamMembers,
  type ActionPlanDocument,
  type Activity,
  type Month,
  type PlanCite,
  type PlanInstitution,
  type PlanPerson,
  type PlanResource,
  type TeamMember,
  type TeamRole,
} from './schema.js';
import { sameName } from '../../model/text.js';

/**
 * Named, pure edits of a plan. Nothing here refuses what the checks flag (no one
 * responsible, an end before the start, dates outside the span): the group sees the flag
 * and decides. Only what cannot be stored is refused (over a maximum).
 */
type Doc = ActionPlanDocument;

const changeActivity = (doc: Doc, id: string, change: (a: Activity) => Activity): Doc =>
  doc.activities.some((a) => a.id === id)
    ? { ...doc, activities: doc.activities.map((a) => (a.id === id ? change(a) : a)) }
    : doc;

export const setGoal = defineAction<Doc, { goal: string }>({
  name: 'setGoal',
  history: 'merge',
  perform: (doc, { goal }) => (doc.goal === goal ? doc : { ...doc, goal }),
});

export const setSpan = defineAction<Doc, { startMonth: Month; endMonth: Month }>({
  name: 'setSpan',
  history: 'step',
  perform: (doc, { startMonth, endMonth }) =>
    doc.startMonth === startMonth && doc.endMonth === endMonth ? doc : { ...doc, startMonth, endMonth },
});

/** A new row at the end, or after `after` (the row being worked on), serving `why` if given. */
export const addActivity = defineAction<Doc, { id: string; what: string; after?: string; why?: PlanCite | null }>({
  name: 'addActivity',
  history: 'step',
  refuse: (doc) => (doc.activities.length >= maxPlanActivities ? 'too_many' : null),
  perform: (doc, { id, what, after, why = null }) => {
    if (doc.activities.some((a) => a.id === id)) return doc;
    const row = { ...emptyActivity(id), what, why };
    const at = after ? doc.activities.findIndex((a) => a.id === after) : -1;
    const activities = [...doc.activities];
    activities.splice(at === -1 ? activities.length : at + 1, 0, row);
    return { ...doc, activities };
  },
});

export const removeActivity = defineAction<Doc, { id: string }>({
  name: 'removeActivity',
  history: 'step',
  perform: (doc, { id }) =>
    doc.activities.some((a) => a.id === id) ? { ...doc, activities: doc.activities.filter((a) => a.id !== id) } : doc,
});

/** Moves a row to position `to` (0-based, clamped): by drag, or Alt+arrow keys. */
export const moveActivity = defineAction<Doc, { id: string; to: number }>({
  name: 'moveActivity',
  history: 'step',
  perform: (doc, { id, to }) => {
    const from = doc.activities.findIndex((a) => a.id === id);
    const target = Math.max(0, Math.min(doc.activities.length - 1, Math.round(to)));
    if (from === -1 || from === target) return doc;
    const activities = [...doc.activities];
    const [row] = activities.splice(from, 1);
    activities.splice(target, 0, row!);
    return { ...doc, activities };
  },
});

type TextField = 'what' | 'place' | 'doneWhen';
/** Typing in one field of one row is one undo step. */
export const setActivityText = defineAction<Doc, { id: string; field: TextField; text: string }>({
  name: 'setActivityText',
  history: 'merge',
  mergeKey: ({ id, field }) => `setActivityText|${id}|${field}`,
  perform: (doc, { id, field, text }) =>
    changeActivity(doc, id, (a) => (a[field] === text ? a : { ...a, [field]: text })),
});

export const setActivityMonths = defineAction<Doc, { id: string; startMonth: Month; endMonth: Month }>({
  name: 'setActivityMonths',
  history: 'step',
  perform: (doc, { id, startMonth, endMonth }) => changeActivity(doc, id, (a) => ({ ...a, startMonth, endMonth })),
});

export const setActivityCost = defineAction<Doc, { id: string; swadaya: number; outsideHelp: number }>({
  name: 'setActivityCost',
  history: 'merge',
  mergeKey: ({ id }) => `setActivityCost|${id}`,
  perform: (doc, { id, swadaya, outsideHelp }) =>
    changeActivity(doc, id, (a) => ({
      ...a,
      swadaya: Math.max(0, Math.round(swadaya)),
      outsideHelp: Math.max(0, Math.round(outsideHelp)),
    })),
});

export const setActivityField = defineAction<Doc, { id: string; field: Activity['field'] }>({
  name: 'setActivityField',
  history: 'step',
  perform: (doc, { id, field }) => changeActivity(doc, id, (a) => ({ ...a, field })),
});

/** What the activity serves (an objective, cluster or framed solution), or nothing. */
export const citeWhy = defineAction<Doc, { id: string; cite: PlanCite | null }>({
  name: 'citeWhy',
  history: 'step',
  perform: (doc, { id, cite }) => changeActivity(doc, id, (a) => ({ ...a, why: cite })),
});

const samePerson = (a: PlanPerson, b: PlanPerson): boolean =>
  a.participantId && b.participantId ? a.participantId === b.participantId : sameName(a.name, b.name);

export const addResponsible = defineAction<Doc, { id: string; person: PlanPerson }>({
  name: 'addResponsible',
  history: 'step',
  refuse: (doc, { id }) =>
    (doc.activities.find((a) => a.id === id)?.responsible.length ?? 0) >= maxActivityPeople ? 'too_many' : null,
  perform: (doc, { id, person }) =>
    person.name.trim() === ''
      ? doc
      : changeActivity(doc, id, (a) =>
          a.responsible.some((p) => samePerson(p, person)) ? a : { ...a, responsible: [...a.responsible, person] },
        ),
});

export const removeResponsible = defineAction<Doc, { id: string; index: number }>({
  name: 'removeResponsible',
  history: 'step',
  perform: (doc, { id, index }) =>
    changeActivity(doc, id, (a) => ({ ...a, responsible: a.responsible.filter((_, i) => i !== index) })),
});

export const addPartner = defineAction<Doc, { id: string; partner: PlanInstitution }>({
  name: 'addPartner',
  history: 'step',
  refuse: (doc, { id }) =>
    (doc.activities.find((a) => a.id === id)?.partners.length ?? 0) >= maxActivityPeople ? 'too_many' : null,
  perform: (doc, { id, partner }) =>
    partner.name.trim() === ''
      ? doc
      : changeActivity(doc, id, (a) =>
          a.partners.some((p) => sameName(p.name, partner.name)) ? a : { ...a, partners: [...a.partners, partner] },
        ),
});

export const removePartner = defineAction<Doc, { id: string; index: number }>({
  name: 'removePartner',
  history: 'step',
  perform: (doc, { id, index }) =>
    changeActivity(doc, id, (a) => ({ ...a, partners: a.partners.filter((_, i) => i !== index) })),
});

export const addResource = defineAction<Doc, { id: string; resource: PlanResource }>({
  name: 'addResource',
  history: 'step',
  refuse: (doc, { id }) =>
    (doc.activities.find((a) => a.id === id)?.resources.length ?? 0) >= maxActivityResources ? 'too_many' : null,
  perform: (doc, { id, resource }) =>
    resource.name.trim() === ''
      ? doc
      : changeActivity(doc, id, (a) =>
          a.resources.some((r) => r.id === resource.id) ? a : { ...a, resources: [...a.resources, resource] },
        ),
});

/** A resource's name or source; typing its name merges into one undo step. */
export const updateResource = defineAction<
  Doc,
  { id: string; resourceId: string; change: Partial<Omit<PlanResource, 'id'>> }
>({
  name: 'updateResource',
  history: 'merge',
  mergeKey: ({ id, resourceId, change }) => `updateResource|${id}|${resourceId}|${Object.keys(change).join(',')}`,
  perform: (doc, { id, resourceId, change }) =>
    changeActivity(doc, id, (a) => ({
      ...a,
      resources: a.resources.map((r) => (r.id === resourceId ? { ...r, ...change } : r)),
    })),
});

export const removeResource = defineAction<Doc, { id: string; resourceId: string }>({
  name: 'removeResource',
  history: 'step',
  perform: (doc, { id, resourceId }) =>
    changeActivity(doc, id, (a) => ({ ...a, resources: a.resources.filter((r) => r.id !== resourceId) })),
});

export const addTeamMember = defineAction<Doc, { memberId: string; person: PlanPerson; role: TeamRole }>({
  name: 'addTeamMember',
  history: 'step',
  refuse: (doc) => (doc.team.length >= maxTeamMembers ? 'too_many' : null),
  perform: (doc, { memberId, person, role }) => {
    if (person.name.trim() === '' || doc.team.some((m) => m.id === memberId || samePerson(m.person, person)))
      return doc;
    const member: TeamMember = { id: memberId, person, role };
    return { ...doc, team: [...doc.team, member] };
  },
});

export const setTeamRole = defineAction<Doc, { memberId: string; role: TeamRole }>({
  name: 'setTeamRole',
  history: 'step',
  perform: (doc, { memberId, role }) =>
    doc.team.some((m) => m.id === memberId && m.role !== role)
      ? { ...doc, team: doc.team.map((m) => (m.id === memberId ? { ...m, role } : m)) }
      : doc,
});

export const removeTeamMember = defineAction<Doc, { memberId: string }>({
  name: 'removeTeamMember',
  history: 'step',
  perform: (doc, { memberId }) =>
    doc.team.some((m) => m.id === memberId) ? { ...doc, team: doc.team.filter((m) => m.id !== memberId) } : doc,
});
