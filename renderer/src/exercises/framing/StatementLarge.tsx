import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The statement shown large for the room. It is a dialog, so it owns its keys: it takes
 * focus when it opens and Escape (or a click anywhere) closes it. The exercise's keymap
 * stands aside while a dialog is open.
 */
export function StatementLarge({
  text,
  explanation,
  onClose,
}: {
  text: string;
  explanation: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus({ preventScroll: true }), []);
  return (
    <div
      ref={ref}
      className="statement-large"
      role="dialog"
      aria-modal="true"
      aria-label={t('framing.statement')}
      tabIndex={-1}
      onClick={onClose}
      onKeyDown={(e) => {
        // Nothing inside takes focus: Tab stays here, so Escape keeps reaching the dialog.
        if (e.key === 'Tab') e.preventDefault();
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onClose();
      }}
    >
      <p>{text}</p>
      {explanation ? <p className="explanation">{explanation}</p> : null}
    </div>
  );
}
