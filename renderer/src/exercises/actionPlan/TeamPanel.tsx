import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addTeamMember, removeTeamMember, setTeamRole } from '#shared/exercises/actionPlan/actions.js';
import { teamRoles, type ActionPlanDocument, type TeamRole } from '#shared/exercises/actionPlan/schema.js';
import type { ExerciseAction } from '#shared/exercises/action.js';
import type { RefusalReason } from '#shared/result.js';
import { sameName } from '#shared/model/text.js';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';
import { newId } from '../../ids.js';
import { NameChips } from './fields.js';
import type { PlanSources } from './usePlanSources.js';

type Perform = <A>(action: ExerciseAction<ActionPlanDocument, A>, args: A) => RefusalReason | null;

/** The implementation team (tim pelaksana): people with a role, suggested from the attendance lists. */
export function TeamPanel({
  doc,
  sources,
  perform,
}: {
  doc: ActionPlanDocument;
  sources: PlanSources | null;
  perform: Perform;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<TeamRole>('anggota');
  const people = sources?.people ?? [];
  return (
    <section className="card plan-team" aria-label={t('actionPlan.team')}>
      <h2>{t('actionPlan.team')}</h2>
      {doc.team.length === 0 ? <p className="muted">{t('actionPlan.teamEmpty')}</p> : null}
      <ul className="team-list">
        {doc.team.map((m) => (
          <li key={m.id}>
            <strong>{m.person.name}</strong>
            <select
              aria-label={`${t('actionPlan.role')}: ${m.person.name}`}
              value={m.role}
              onChange={(e) => perform(setTeamRole, { memberId: m.id, role: e.target.value as TeamRole })}
            >
              {teamRoles.map((r) => (
                <option key={r} value={r}>
                  {t(`actionPlan.roles.${r}`)}
                </option>
              ))}
            </select>
            <Button
              variant="ghost"
              aria-label={t('actionPlan.removeMember', { name: m.person.name })}
              onClick={() => perform(removeTeamMember, { memberId: m.id })}
            >
              <Icon name="trash" />
            </Button>
          </li>
        ))}
      </ul>
      <label className="team-role">
        {t('actionPlan.role')}{' '}
        <select value={role} onChange={(e) => setRole(e.target.value as TeamRole)}>
          {teamRoles.map((r) => (
            <option key={r} value={r}>
              {t(`actionPlan.roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <NameChips
        label={t('actionPlan.addMember')}
        hideChips
        names={doc.team.map((m) => m.person.name)}
        suggestions={people.map((p) => p.name)}
        hint={t('actionPlan.personHint')}
        onAdd={(name) => {
          const known = people.find((p) => sameName(p.name, name));
          perform(addTeamMember, {
            memberId: newId(),
            person: { participantId: known?.participantId ?? null, name: known?.name ?? name },
            role,
          });
          // After the leader, the next ones are members unless chosen otherwise.
          setRole('anggota');
        }}
        onRemove={(index) => {
          const member = doc.team[index];
          if (member) perform(removeTeamMember, { memberId: member.id });
        }}
      />
    </section>
  );
}
