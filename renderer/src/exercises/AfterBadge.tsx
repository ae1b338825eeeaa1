import './afterBadge.css';
import { useTranslation } from 'react-i18next';
import type { Translate } from '#shared/i18n/translate.js';

/**
 * "SESUDAH" / "AFTER" in a band: marks the copy "Gandakan" made (the "after" diagram), on
 * the page head, on the wall and in the session's list, so the facilitator never edits the
 * wrong one. The word carries the meaning (black on yellow, 14:1, and a black edge), so it
 * reads the same to colour-blind eyes, in grey print and from the back of the hall.
 * Renders nothing for an original. Still shown when the original was deleted since: the
 * copy stays the "after" one.
 */
export function AfterBadge({
  exercise,
  large = false,
}: {
  exercise: { copyOf?: string | null; copyOfTitle?: string | null };
  /** On the wall (projection strip): type for the back of the hall. */
  large?: boolean;
}) {
  const { t } = useTranslation();
  if (!exercise.copyOf) return null;
  const origin = exercise.copyOfTitle
    ? t('beforeAfter.copyOf', { title: exercise.copyOfTitle })
    : t('beforeAfter.copyOfGone');
  return (
    <span className={large ? 'after-badge after-badge-large' : 'after-badge'} data-testid="after-badge" title={origin}>
      {t('beforeAfter.badge')}
    </span>
  );
}

/**
 * The title "Gandakan" gives the copy: the original's with "(sesudah)" at the end, and a
 * "(sebelum)" the original ended with dropped, so "Kondisi sekarang (sebelum)" becomes
 * "Kondisi sekarang (sesudah)", not "… (sebelum) (sesudah)".
 */
export function afterCopyTitle(title: string, t: Translate): string {
  const before = t('beforeAfter.beforeSuffix').toLocaleLowerCase();
  const trimmed = title.trimEnd();
  const base = trimmed.toLocaleLowerCase().endsWith(before) ? trimmed.slice(0, -before.length).trimEnd() : trimmed;
  return t('exercise.duplicateTitle', { title: base || trimmed });
}
