import type { KeyboardEvent } from 'react';

/**
 * A text field of a framing exercise that hands its text over when it loses focus, so a
 * finished edit is one undo step and typing never saves letter by letter. It shows the
 * document's text again whenever that changes (undo, redo, another edit). `rows` makes it
 * a text area; `enterCommits` lets Enter finish the edit instead of starting a new line.
 */
export function BlurText({
  value,
  onCommit,
  rows,
  enterCommits = false,
  id,
  className,
  label,
  placeholder,
}: {
  value: string;
  onCommit: (text: string) => void;
  rows?: number;
  enterCommits?: boolean;
  id?: string;
  className?: string;
  /** The accessible name when no visible `<label>` points at the field. */
  label?: string;
  placeholder?: string;
}) {
  const common = {
    id,
    className,
    placeholder,
    'aria-label': label,
    defaultValue: value,
    onBlur: (e: { target: { value: string } }) => {
      if (e.target.value !== value) onCommit(e.target.value);
    },
    onKeyDown: (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (!enterCommits || e.key !== 'Enter') return;
      e.preventDefault();
      e.currentTarget.blur();
    },
  };
  // Remounting on a new value is what shows an undone text in an uncontrolled field.
  return rows === undefined ? <input key={value} {...common} /> : <textarea key={value} rows={rows} {...common} />;
}
