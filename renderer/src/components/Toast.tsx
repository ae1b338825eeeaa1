import './toast.css';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon.js';
import { Button } from './ui.js';

/** Long enough to read a file path twice from the back of the hall. */
const shownMs = 12_000;

/**
 * A notice that something worked ("PDF disimpan: …"): it sits in the top bar, beside the
 * language buttons, so it neither pushes the canvas down nor covers any of the work while
 * it shows (toast.css). It leaves by itself after a while, unless the pointer or the focus
 * is on it (someone is reading or copying the path); its close button is a Tab stop.
 */
export function Toast({ message, onClose }: { message: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [held, setHeld] = useState(false);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    if (held) return;
    const timer = window.setTimeout(() => close.current(), shownMs);
    return () => window.clearTimeout(timer);
  }, [held, message]);
  return (
    <div
      className="banner banner-info toast"
      role="status"
      onPointerEnter={() => setHeld(true)}
      onPointerLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      {/* Two lines on screen; the whole text for a screen reader and in the tooltip. */}
      <span title={message}>{message}</span>
      <Button variant="ghost" onClick={onClose} aria-label={t('common.close')}>
        <Icon name="close" />
      </Button>
    </div>
  );
}
