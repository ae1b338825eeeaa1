import { useTranslation } from 'react-i18next';
import type { OpenCommunity, ReadOnlyReason } from '#shared/ipc/contract.js';
import { formatDateTime } from '#shared/i18n/format.js';
import type { AppError } from '#shared/result.js';
import type { TranslationKey } from '#shared/i18n/translate.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button, Modal } from '../components/ui.js';
import { BackupPreviewBanner, RestoreExerciseButton } from './BackupsScreen.js';

const readOnlyText: Record<Exclude<ReadOnlyReason, 'backup'>, TranslationKey> = {
  file: 'community.readOnlyFile',
  in_use: 'community.readOnlyInUse',
};

/**
 * Always in view while the open community cannot be written, on every screen: what is
 * typed will not be kept, and the way to keep working is a copy.
 */
export function ReadOnlyBanner({ community }: { community: OpenCommunity }) {
  const { t } = useTranslation();
  const { saveCopyAs } = useApp();
  const reason = community.readOnlyReason;
  if (reason === 'backup') return <BackupPreviewBanner community={community} />;
  if (!community.readOnly) return null;
  return (
    <div className="banner banner-readonly" role="status">
      <Icon name="lock" />
      <span>{t(readOnlyText[reason ?? 'file'])}</span>
      <Button onClick={() => void saveCopyAs()}>{t('community.saveCopyAs')}</Button>
    </div>
  );
}

/**
 * Another Rembug has the file open: say who and since when, and let the user choose to
 * look at it read-only or to leave it (the safe choice, and the one Escape takes).
 */
export function InUseDialog({
  error,
  onOpenReadOnly,
  onCancel,
}: {
  error: AppError;
  onOpenReadOnly: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useApp();
  const { file = '', user = '', machine = '', since = '' } = error.params ?? {};
  const who = user || machine ? t('community.inUseWho', { user: user || '?', machine: machine || '?' }) : null;
  return (
    <Modal title={t('community.inUseTitle')} onClose={onCancel}>
      <p className="lead">
        {t('community.inUseBody', {
          file,
          who: who ?? t('community.inUseSomeone'),
          since: since ? formatDateTime(language, since) : '?',
        })}
      </p>
      <p className="muted">{t('community.inUseHint')}</p>
      <div className="form-actions">
        <Button variant="primary" onClick={onOpenReadOnly} data-autofocus>
          <Icon name="eye" /> {t('community.openReadOnly')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </Modal>
  );
}

/** The exercises the deep check on opening could not read, by name and session. */
export function DamagedExercisesNotice({ community }: { community: OpenCommunity }) {
  const { t } = useTranslation();
  const { navigate } = useApp();
  if (community.damagedExercises.length === 0) return null;
  return (
    <section className="card damaged-notice" role="alert">
      <h2>
        <Icon name="warning" /> {t('community.damagedExercises')}
      </h2>
      <ul>
        {community.damagedExercises.map((ex) => (
          <li key={ex.id}>
            <strong>{ex.title}</strong> <span className="muted">({ex.sessionTitle})</span>
            {community.readOnly ? null : <RestoreExerciseButton exerciseId={ex.id} title={ex.title} />}
          </li>
        ))}
      </ul>
      <p>{t('community.damagedHint')}</p>
      <Button onClick={() => navigate({ name: 'backups', of: 'open' })}>{t('backups.open')}</Button>
    </section>
  );
}
