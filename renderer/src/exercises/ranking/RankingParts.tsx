import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefusalReason } from '#shared/result.js';
import type { Numbering, RankGroup } from '#shared/exercises/ranking/schema.js';
import { groupName } from '#shared/exercises/ranking/tables.js';
import { Icon } from '../../components/Icon.js';
import { Button, Segmented, SegmentedField } from '../../components/ui.js';
import { refusalText } from './useRankingActions.js';

/**
 * A field and a button that add a named entry (an option, a criterion, a group). A
 * refused name stays in the field with its message; an accepted one clears it.
 */
export function AddNameForm({
  label,
  button,
  primary = false,
  onAdd,
  onProblem,
  children,
}: {
  label: string;
  button: string;
  primary?: boolean;
  onAdd: (name: string) => RefusalReason | null;
  onProblem: (message: string | null) => void;
  /** More ways to add, after the button (a list to pick from). */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        const why = onAdd(name);
        onProblem(refusalText(t, why));
        if (!why) setName('');
      }}
    >
      <input aria-label={label} placeholder={label} value={name} onChange={(e) => setName(e.target.value)} />
      <Button variant={primary ? 'primary' : 'secondary'} type="submit">
        <Icon name="plus" /> {button}
      </Button>
      {children}
    </form>
  );
}

/** The groups that rank separately; the facilitator picks the one on screen, and may add one. */
export function GroupBar({
  groups,
  active,
  onSelect,
  onAdd,
}: {
  groups: readonly RankGroup[];
  active: string;
  onSelect: (id: string) => void;
  /** Adds a group; an empty or repeated name is refused and stays in the field. */
  onAdd?: (name: string) => RefusalReason | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="group-bar">
      <span className="label">{t('ranking.groups')}:</span>
      <Segmented
        label={t('ranking.groups')}
        value={active}
        options={groups.map((g) => ({ value: g.id, label: groupName(g, t) }))}
        onChange={onSelect}
      />
      {onAdd ? (
        <AddNameForm label={t('ranking.groupName')} button={t('ranking.addGroup')} onAdd={onAdd} onProblem={() => {}} />
      ) : null}
    </div>
  );
}

/**
 * A name in a list that can be corrected in place, so a typo is fixed without losing the
 * choices or scores made for it. Enter or leaving the field keeps the new name, Escape
 * puts the old one back; a refused name (empty, already in the list) puts it back too.
 */
export function EditableName({
  name,
  label,
  onRename,
  onProblem,
}: {
  name: string;
  label: string;
  onRename: (name: string) => RefusalReason | null;
  onProblem: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <input
      key={name}
      className="inline-name"
      aria-label={`${label}: ${name}`}
      defaultValue={name}
      onKeyDown={(e) => {
        if (e.key === 'Escape') e.currentTarget.value = name;
        if (e.key === 'Enter' || e.key === 'Escape') e.currentTarget.blur();
      }}
      onBlur={(e) => {
        const next = e.target.value;
        if (next === name) return;
        const why = onRename(next);
        onProblem(refusalText(t, why));
        if (why) e.target.value = name;
      }}
    />
  );
}

/** The message of the last refused edit, read out as it appears. */
export function ProblemLine({ problem }: { problem: string | null }) {
  return problem ? (
    <p className="field-error" role="alert">
      {problem}
    </p>
  ) : null;
}

export function NumberingSwitch({ value, onChange }: { value: Numbering; onChange: (n: Numbering) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedField
      label={t('ranking.numbering')}
      value={value}
      options={[
        { value: 'competition', label: '1, 1, 3' },
        { value: 'roman', label: 'I, I, II' },
      ]}
      onChange={onChange}
    />
  );
}
