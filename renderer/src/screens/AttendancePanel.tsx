import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countAttendance } from '#shared/model/attendance.js';
import { ageGroups, genders, type Participant, type ParticipantFields } from '#shared/model/session.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button, Field, Segmented } from '../components/ui.js';

/**
 * Quick attendance: name is optional, gender and age group stay as chosen between
 * entries, and Enter adds the next person, so a facilitator can count a hall fast.
 */
export function AttendancePanel({
  readOnly,
  sessionId,
  participants,
  onChange,
}: {
  readOnly: boolean;
  sessionId: string;
  participants: Participant[];
  onChange: (participants: Participant[]) => void;
}) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const [draft, setDraft] = useState<ParticipantFields>({ name: '', gender: 'female', ageGroup: 'adult', group: '' });
  const nameRef = useRef<HTMLInputElement>(null);
  const counts = countAttendance(participants);

  const add = (e: FormEvent): void => {
    e.preventDefault();
    call('participant.add', { sessionId, fields: draft })
      .then((p) => {
        onChange([...participants, p]);
        setDraft((d) => ({ ...d, name: '' }));
        nameRef.current?.focus();
      })
      .catch(showError);
  };

  return (
    <div className="attendance">
      <form className="card quick-add" onSubmit={add} aria-label={t('attendance.add')} hidden={readOnly}>
        <Field label={t('attendance.name')}>
          {(id) => (
            <input
              id={id}
              ref={nameRef}
              value={draft.name}
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          )}
        </Field>
        <Segmented
          label={t('attendance.gender')}
          value={draft.gender}
          options={genders.map((g) => ({ value: g, label: t(`attendance.genders.${g}`) }))}
          onChange={(gender) => setDraft({ ...draft, gender })}
        />
        <Segmented
          label={t('attendance.ageGroup')}
          value={draft.ageGroup}
          options={ageGroups.map((a) => ({ value: a, label: t(`attendance.ageGroups.${a}`) }))}
          onChange={(ageGroup) => setDraft({ ...draft, ageGroup })}
        />
        <Field label={t('attendance.group')}>
          {(id) => (
            <input id={id} value={draft.group} onChange={(e) => setDraft({ ...draft, group: e.target.value })} />
          )}
        </Field>
        <Button variant="primary" type="submit">
          <Icon name="plus" /> {t('attendance.add')}
        </Button>
      </form>
      <div className="attendance-side">
        <table className="counts" aria-label={t('report.attendanceSummary')}>
          <thead>
            <tr>
              <th>{t('attendance.ageGroup')}</th>
              {genders.map((g) => (
                <th key={g}>{t(`attendance.genders.${g}`)}</th>
              ))}
              <th>{t('attendance.total')}</th>
            </tr>
          </thead>
          <tbody>
            {ageGroups.map((a) => (
              <tr key={a}>
                <th scope="row">{t(`attendance.ageGroups.${a}`)}</th>
                {genders.map((g) => (
                  <td key={g}>{counts.cross[g][a]}</td>
                ))}
                <td>
                  <strong>{counts.byAgeGroup[a]}</strong>
                </td>
              </tr>
            ))}
            <tr className="total">
              <th scope="row">{t('attendance.total')}</th>
              {genders.map((g) => (
                <td key={g} data-testid={`count-${g}`}>
                  {counts.byGender[g]}
                </td>
              ))}
              <td data-testid="count-total">{counts.total}</td>
            </tr>
          </tbody>
        </table>
        {participants.length === 0 ? <p className="muted">{t('attendance.none')}</p> : null}
        <ol className="participant-list">
          {participants.map((p) => (
            <li key={p.id}>
              <div>
                <strong>{p.name || <em>{t('attendance.anonymous')}</em>}</strong>
                <span className="muted small">
                  {t(`attendance.genders.${p.gender}`)} · {t(`attendance.ageGroups.${p.ageGroup}`)}
                  {p.group ? ` · ${p.group}` : ''}
                </span>
              </div>
              <Button
                hidden={readOnly}
                variant="ghost"
                aria-label={`${t('attendance.remove')} ${p.name}`}
                onClick={() =>
                  call('participant.remove', { id: p.id })
                    .then(() => onChange(participants.filter((q) => q.id !== p.id)))
                    .catch(showError)
                }
              >
                <Icon name="close" size={18} />
              </Button>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
