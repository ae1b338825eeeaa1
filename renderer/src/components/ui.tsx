import {
  useEffect,
  useId,
  useRef,
  type ButtonHTMLAttributes,
  type InputHTMLAttributes,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useKeymap } from '../useKeymap.js';
import { Icon } from './Icon.js';
import { onRadioGroupKeyDown, rovingTabIndex } from './roving.js';

export function Button({
  variant = 'secondary',
  className = '',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'danger' | 'ghost' }) {
  return <button type="button" className={`btn btn-${variant} ${className}`} {...props} />;
}

export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  children: (id: string) => ReactNode;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint ? <small className="hint">{hint}</small> : null}
    </div>
  );
}

/** What Tab can reach inside a dialog, in document order. */
const tabbable =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The fields a dialog starts on, when it marks no `data-autofocus`. */
const fields = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';

/**
 * Keeps Tab and Shift+Tab inside `container`: from the last control Tab goes round to the
 * first, and the other way, so the keyboard never reaches the page behind a dialog. Inside,
 * the browser's own order is left alone (a radio group stays one stop). Returns whether it
 * moved the focus (then the key is used).
 */
export function keepTabInside(container: HTMLElement | null, event: ReactKeyboardEvent): boolean {
  if (event.key !== 'Tab' || !container) return false;
  const controls = [...container.querySelectorAll<HTMLElement>(tabbable)].filter(
    (el) => el.getClientRects().length > 0,
  );
  if (controls.length === 0) return false;
  const first = controls[0]!;
  const last = controls.at(-1)!;
  const active = document.activeElement;
  const outside = !(active instanceof HTMLElement) || !container.contains(active) || active === container;
  let target: HTMLElement | null = null;
  if (event.shiftKey && (outside || active === first)) target = last;
  else if (!event.shiftKey && (outside || active === last)) target = first;
  if (!target) return false;
  event.preventDefault();
  target.focus();
  return true;
}

/**
 * Remembers what had the focus when a dialog opened and gives the focus back to it when
 * the dialog goes (if it is still on the page), so a keyboard user continues where they were.
 */
export function useFocusReturn(): void {
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);
}

/**
 * A modal dialog; Escape or the close button dismisses it, focus starts inside: on the
 * element marked `data-autofocus` (the expected choice), else on the first field, else on
 * the first control after the head (the close button last). Tab stays inside, and the
 * focus goes back where it was when the dialog closes.
 */
export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useFocusReturn();
  useEffect(() => {
    const body = ref.current?.querySelector<HTMLElement>('.modal-body');
    // The close button in the head comes first in the page, but is the choice least meant.
    (
      body?.querySelector<HTMLElement>('[data-autofocus]') ??
      body?.querySelector<HTMLElement>(fields) ??
      body?.querySelector<HTMLElement>(tabbable) ??
      ref.current?.querySelector<HTMLElement>(tabbable)
    )?.focus();
  }, []);
  useKeymap([{ keyTest: (e) => e.key === 'Escape', run: onClose, whileTyping: true, whileDialog: true }]);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        ref={ref}
        onKeyDown={(event) => keepTabInside(ref.current, event)}
      >
        <div className="modal-head">
          <h2>{title}</h2>
          <Button variant="ghost" onClick={onClose} aria-label={t('common.close')}>
            <Icon name="close" />
          </Button>
        </div>
        <div className="modal-body">{children}</div>
      </div>
    </div>
  );
}

export function Segmented<V extends string>({
  label,
  value,
  options,
  onChange,
  keepFocus = false,
}: {
  label: string;
  value: V;
  /** `shortcut`: a key that chooses the option while the group has the focus, shown on the button. */
  options: readonly { value: V; label: string; swatch?: string; shortcut?: string }[];
  onChange: (value: V) => void;
  /**
   * A click leaves the focus where it was (e.g. in the attendance name field), so a
   * facilitator who picks with the mouse goes on typing without clicking back.
   */
  keepFocus?: boolean;
}) {
  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>): void => {
    const key = event.key.toLowerCase();
    const chosen =
      event.ctrlKey || event.altKey || event.metaKey
        ? undefined
        : options.find((o) => o.shortcut?.toLowerCase() === key);
    if (!chosen) return onRadioGroupKeyDown(event);
    event.preventDefault();
    if (chosen.value !== value) onChange(chosen.value);
    event.currentTarget.querySelector<HTMLElement>(`[data-value="${CSS.escape(chosen.value)}"]`)?.focus();
  };
  return (
    <div className="segmented" role="radiogroup" aria-label={label} onKeyDown={onKeyDown}>
      {options.map((o, i) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          data-value={o.value}
          aria-checked={o.value === value}
          aria-keyshortcuts={o.shortcut}
          tabIndex={rovingTabIndex(
            i,
            options.findIndex((x) => x.value === value),
          )}
          className={o.value === value ? 'on' : ''}
          onMouseDown={keepFocus ? (e) => e.preventDefault() : undefined}
          // Choosing what is already chosen changes nothing (and must not, e.g., clear a matrix's scores).
          onClick={() => o.value !== value && onChange(o.value)}
        >
          {o.swatch ? <span className="swatch" style={{ background: o.swatch }} /> : null}
          {o.shortcut ? (
            <kbd className="shortcut" aria-hidden="true">
              {o.shortcut}
            </kbd>
          ) : null}
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** A row of choices under its label; the label also names the radio group for screen readers and tests. */
export function SegmentedField<V extends string>({
  children,
  ...segmented
}: Parameters<typeof Segmented<V>>[0] & { children?: ReactNode }) {
  return (
    <div className="field">
      <span className="label">{segmented.label}</span>
      <Segmented {...segmented} />
      {children}
    </div>
  );
}

/**
 * A name field that must not be empty: it shows the refusal under the field while
 * `invalid`, and clears it as soon as the user types.
 */
export function NameField({
  label,
  value,
  invalid,
  onValueChange,
  ...inputProps
}: {
  label: string;
  value: string;
  invalid: boolean;
  onValueChange: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const { t } = useTranslation();
  return (
    <Field label={label}>
      {(id) => (
        <>
          <input
            id={id}
            value={value}
            aria-invalid={invalid}
            onChange={(e) => onValueChange(e.target.value)}
            {...inputProps}
          />
          {invalid ? (
            <p className="field-error" role="alert">
              {t('errors.empty_name')}
            </p>
          ) : null}
        </>
      )}
    </Field>
  );
}

/** Asks before something is deleted for good. */
export function ConfirmDialog({
  message,
  confirmLabel,
  onConfirm,
  onClose,
}: {
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={confirmLabel} onClose={onClose}>
      <p>{message}</p>
      <div className="form-actions">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="danger" onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Modal>
  );
}
