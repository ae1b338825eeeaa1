import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countAttendance } from '#shared/model/attendance.js';
import { ageGroups, genders, type Participant, type ParticipantFields } from '#shared/model/session.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button, Field, Segmented } from '../components/ui.js';

/**
 * Quick attendance, by keyboard alone: type a name (optional), Tab, a key for gender
 * (P / L / T) and one for age group (1-4), Enter adds and returns to the name. Gender
 * and age group stay as chosen between entries; the group field is cleared unless
 * pinned, since people in one row of a hall rarely share one. A running count stays on
 * screen and the newest row is scrolled into view, so 23 people need no mouse.
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
  const [keepGroup, setKeepGroup] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const justAdded = useRef(false);
  // Two quick Enters: the second answer must add to the list that holds the first.
  const participantsRef = useRef(participants);
  participantsRef.current = participants;
  const counts = countAttendance(participants);

  useEffect(() => {
    if (!justAdded.current) return;
    justAdded.current = false;
    listRef.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [participants.length]);

  const add = (e: FormEvent): void => {
    e.preventDefault();
    const fields = draft;
    // Cleared at once, not when the backend answers: a fast typist's next name must not be
    // wiped by the answer for the previous one.
    setDraft((d) => ({ ...d, name: '', group: keepGroup ? d.group : '' }));
    nameRef.current?.focus();
    call('participant.add', { sessionId, fields })
      .then((p) => {
        justAdded.current = true;
        participantsRef.current = [...participantsRef.current, p];
        onChange(participantsRef.current);
      })
      .catch((error: unknown) => {
        // Nothing was added: the name comes back unless something new was typed meanwhile.
        setDraft((d) => (d.name === '' ? { ...d, name: fields.name, group: fields.group } : d));
        showError(error);
      });
  };
  // Enter on a gender or age button adds the person too (a button's own Enter would only choose).
  const enterAdds = (e: KeyboardEvent<HTMLFormElement>): void => {
    if (e.key !== 'Enter' || (e.target as HTMLElement).getAttribute('role') !== 'radio') return;
    e.preventDefault();
    e.currentTarget.requestSubmit();
  };

  return (
    <div className="attendance">
      <form
        className="card quick-add"
        onSubmit={add}
        onKeyDown={enterAdds}
        aria-label={t('attendance.add')}
        hidden={readOnly}
      >
        <p className="running-count" aria-live="polite" data-testid="running-count">
          {t('attendance.running', {
            total: counts.total,
            female: counts.byGender.female,
            male: counts.byGender.male,
          })}
        </p>
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
          options={genders.map((g) => ({
            value: g,
            label: t(`attendance.genders.${g}`),
            shortcut: t(`attendance.genderKeys.${g}`),
          }))}
          onChange={(gender) => setDraft({ ...draft, gender })}
          keepFocus
        />
        <Segmented
          label={t('attendance.ageGroup')}
          value={draft.ageGroup}
          options={ageGroups.map((a, i) => ({
            value: a,
            label: t(`attendance.ageGroups.${a}`),
            shortcut: String(i + 1),
          }))}
          onChange={(ageGroup) => setDraft({ ...draft, ageGroup })}
          keepFocus
        />
        <Field label={t('attendance.group')}>
          {(id) => (
            <input id={id} value={draft.group} onChange={(e) => setDraft({ ...draft, group: e.target.value })} />
          )}
        </Field>
        <label className="check">
          <input type="checkbox" checked={keepGroup} onChange={(e) => setKeepGroup(e.target.checked)} />
          {t('attendance.keepGroup')}
        </label>
        <p className="muted small">{t('attendance.keysHint')}</p>
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
        <ol className="participant-list" ref={listRef}>
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
