import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon.js';
import { Button } from '../../components/ui.js';

/**
 * A rupiah amount typed as villagers write it ("1.500.000", "1,5 juta" is not understood:
 * only digits count), handed over on blur or Enter. Shown with the language's grouping.
 */
export function RupiahField({
  id,
  value,
  onCommit,
  format,
}: {
  id: string;
  value: number;
  onCommit: (value: number) => void;
  format: (value: number) => string;
}) {
  const commit = (text: string): void => {
    const digits = text.replace(/\D/g, '');
    const next = digits ? Math.min(Number(digits), 1_000_000_000_000) : 0;
    if (next !== value) onCommit(next);
  };
  return (
    <input
      key={value}
      id={id}
      inputMode="numeric"
      defaultValue={format(value)}
      onBlur={(e) => commit(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
      }}
    />
  );
}

/**
 * Names of people or institutions as removable chips, a field with suggestions (a
 * datalist) and the first suggestions as one-click buttons: a facilitator driving the
 * mouse for the room picks rather than types.
 */
export function NameChips({
  label,
  names,
  suggestions,
  hint,
  onAdd,
  onRemove,
  hideChips = false,
}: {
  /** The names are listed elsewhere (the team list): only the entry and the suggestions show. */
  hideChips?: boolean;
  label: string;
  names: readonly string[];
  suggestions: readonly string[];
  hint: string;
  onAdd: (name: string) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const listId = useId();
  const taken = new Set(names.map((n) => n.trim().toLocaleLowerCase('id')));
  const open = suggestions.filter((s) => !taken.has(s.trim().toLocaleLowerCase('id')));
  const add = (): void => {
    if (!text.trim()) return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <fieldset className="name-chips">
      <legend>{label}</legend>
      {hideChips ? null : (
        <ul className="chips">
          {names.map((name, i) => (
            <li key={`${name}-${i}`} className="chip">
              {name}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('actionPlan.removeName', { name })}
                onClick={() => onRemove(i)}
              >
                <Icon name="close" size={18} />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-form">
        <input
          aria-label={label}
          list={listId}
          placeholder={hint}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            add();
          }}
        />
        <datalist id={listId}>
          {open.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        <Button onClick={add} disabled={!text.trim()}>
          <Icon name="plus" /> {t('common.add')}
        </Button>
      </div>
      {open.length > 0 ? (
        <div className="suggestions" role="group" aria-label={`${t('actionPlan.suggested')}: ${label}`}>
          <span className="muted">{t('actionPlan.suggested')}:</span>
          {open.slice(0, 8).map((s) => (
            <button key={s} type="button" className="suggestion" onClick={() => onAdd(s)}>
              + {s}
            </button>
          ))}
        </div>
      ) : null}
    </fieldset>
  );
}
