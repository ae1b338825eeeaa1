import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput, OpenCommunity } from '#shared/ipc/contract.js';
import type { TFunction } from 'i18next';
import { formatDateTime, formatNumber } from '#shared/i18n/format.js';
import type { Language } from '#shared/i18n/languages.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button, Modal } from '../components/ui.js';
import './backups.css';

type BackupList = ChannelOutput<'backup.list'>;
type Backup = BackupList['backups'][number];
/** Whose backups: the open community file, or the file just refused as damaged. */
export type BackupsOf = 'open' | 'damaged';

/** "1,4 MB" in Indonesian, "1.4 MB" in English: a tenth of a MB, or whole KB below one MB. */
function formatSize(t: TFunction, language: Language, bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return t('backups.sizeMb', { size: formatNumber(language, Math.round(mb * 10) / 10) });
  return t('backups.sizeKb', { size: formatNumber(language, Math.max(1, Math.round(bytes / 1024))) });
}

/** Opens what a restore or preview returned, on the community screen, with a line saying what happened. */
function useOpenRestored() {
  const { setCommunity, navigate, notify } = useApp();
  return useCallback(
    (opened: OpenCommunity | null, message?: string) => {
      if (!opened) return;
      setCommunity(opened);
      navigate({ name: 'community' });
      if (message) notify(message);
    },
    [navigate, notify, setCommunity],
  );
}

/** Asks before the file is replaced by a backup; says the current state is kept first. */
function ConfirmRestoreOver({
  fileName,
  when,
  onConfirm,
  onClose,
}: {
  fileName: string;
  when: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={t('backups.confirmOverTitle')} onClose={onClose}>
      <p className="lead">{t('backups.confirmOver', { file: fileName, when })}</p>
      <div className="form-actions">
        <Button onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button variant="danger" onClick={onConfirm}>
          {t('backups.restoreOver')}
        </Button>
      </div>
    </Modal>
  );
}

/**
 * The "Cadangan" screen: the backups of a community file, newest first, with when, how big
 * and what they hold; the chosen one can be looked at read-only or restored, as a new file
 * or over the file. Keyboard first: arrows move through the list, the actions follow it.
 */
export function BackupsScreen({ of }: { of: BackupsOf }) {
  const { t } = useTranslation();
  const { language, community, navigate, showError } = useApp();
  const openRestored = useOpenRestored();
  const [list, setList] = useState<BackupList | null>(null);
  const [selected, setSelected] = useState(0);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    call('backup.list', { of }).then(setList).catch(showError);
  }, [of, showError]);

  const backups = list?.backups ?? [];
  const chosen: Backup | undefined = backups[selected];
  const when = (b: Backup) => formatDateTime(language, b.takenAt);
  const fileName = list?.fileName ?? '';
  // A file open read-only (a read-only medium, or in use in another Rembug) cannot be
  // restored over; a preview's file can (it is the one the preview came from).
  const canRestoreOver =
    fileName !== '' && !(of === 'open' && community?.readOnly && community.readOnlyReason !== 'backup');

  const onListKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    const jump = e.key === 'Home' ? -selected : e.key === 'End' ? backups.length - 1 - selected : 0;
    const next = Math.min(backups.length - 1, Math.max(0, selected + step + jump));
    if (next === selected && !step && !jump) return;
    e.preventDefault();
    setSelected(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
  };

  const preview = (b: Backup) => call('backup.preview', { id: b.id, of }).then(openRestored).catch(showError);
  const restoreAsNew = (b: Backup) =>
    call('backup.restoreAsNew', { id: b.id })
      .then((opened) => openRestored(opened, t('backups.restored', { when: when(b), file: opened?.fileName ?? '' })))
      .catch(showError);
  const restoreOver = (b: Backup) => {
    setConfirming(false);
    call('backup.restoreOver', { id: b.id, of })
      .then((opened) => openRestored(opened, t('backups.restored', { when: when(b), file: opened.fileName })))
      .catch(showError);
  };

  return (
    <div className="page backups-page">
      <div className="page-head">
        <Button
          variant="ghost"
          onClick={() => navigate(community ? { name: 'community' } : { name: 'start' })}
          aria-label={t('backups.back')}
        >
          <Icon name="back" />
        </Button>
        <div className="page-title">
          <h1>{t('backups.title')}</h1>
          <p className="lead">{fileName ? t('backups.forFile', { file: fileName }) : t('backups.noFile')}</p>
        </div>
      </div>
      <p className="muted">{t('backups.intro')}</p>
      {list && backups.length === 0 ? <p className="lead">{t('backups.none')}</p> : null}
      {chosen ? (
        <section className="card backups-actions" aria-label={t('backups.chosen')}>
          <p className="backups-chosen">
            <strong>{when(chosen)}</strong> · {t(`backups.reasons.${chosen.reason}`)}
          </p>
          <div className="backups-buttons">
            <Button onClick={() => void preview(chosen)} disabled={!chosen.contents}>
              <Icon name="eye" /> {t('backups.preview')}
            </Button>
            <Button onClick={() => void restoreAsNew(chosen)}>
              <Icon name="copy" /> {t('backups.restoreAsNew')}
            </Button>
            {canRestoreOver ? (
              <Button variant="danger" onClick={() => setConfirming(true)}>
                <Icon name="undo" /> {t('backups.restoreOver')}
              </Button>
            ) : null}
          </div>
        </section>
      ) : null}
      {backups.length > 0 ? (
        <div className="backups-list" role="radiogroup" aria-label={t('backups.title')} onKeyDown={onListKey}>
          {backups.map((b, i) => (
            <button
              key={b.id}
              type="button"
              role="radio"
              aria-checked={i === selected}
              tabIndex={i === selected ? 0 : -1}
              data-index={i}
              className={i === selected ? 'on' : ''}
              onClick={() => setSelected(i)}
              onDoubleClick={() => b.contents && void preview(b)}
            >
              <span className="backups-when">{when(b)}</span>
              <span className="backups-reason">{t(`backups.reasons.${b.reason}`)}</span>
              <span className="backups-holds">
                {b.contents
                  ? t('backups.holds', {
                      community: b.contents.communityName,
                      sessions: b.contents.sessions,
                      exercises: b.contents.exercises,
                    })
                  : t('backups.unreadable')}
                {b.sourceFileName && b.sourceFileName !== fileName ? ` · ${b.sourceFileName}` : ''}
              </span>
              <span className="backups-size">{formatSize(t, language, b.size)}</span>
            </button>
          ))}
        </div>
      ) : null}
      {confirming && chosen ? (
        <ConfirmRestoreOver
          fileName={fileName}
          when={when(chosen)}
          onConfirm={() => restoreOver(chosen)}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}

/**
 * While a backup is previewed, on every screen: what is shown is a backup (when, of which
 * file), nothing typed is kept, and the ways on: restore it as a new file, restore it over
 * the file (after a confirmation), or close the preview and go back to the file.
 */
export function BackupPreviewBanner({ community }: { community: OpenCommunity }) {
  const { t } = useTranslation();
  const { language, setCommunity, navigate, showError } = useApp();
  const openRestored = useOpenRestored();
  const [confirming, setConfirming] = useState(false);
  const shown = community.backupOf;
  if (!shown) return null;
  const when = formatDateTime(language, shown.takenAt);
  const restoreOver = () => {
    setConfirming(false);
    call('backup.restoreOver', { id: shown.id, of: 'open' })
      .then((opened) => openRestored(opened, t('backups.restored', { when, file: opened.fileName })))
      .catch(showError);
  };
  return (
    <div className="banner banner-readonly banner-backup" role="status">
      <Icon name="eye" />
      <span>{t('backups.previewBanner', { when, file: shown.fileName })}</span>
      <div className="banner-actions">
        <Button
          onClick={() =>
            call('backup.restoreAsNew', { id: shown.id })
              .then((opened) => openRestored(opened, t('backups.restored', { when, file: opened?.fileName ?? '' })))
              .catch(showError)
          }
        >
          {t('backups.restoreAsNew')}
        </Button>
        {shown.restoresOver ? (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('backups.restoreOver')}
          </Button>
        ) : null}
        <Button
          onClick={() =>
            call('backup.closePreview', {})
              .then((opened) => {
                setCommunity(opened);
                navigate(opened ? { name: 'community' } : { name: 'start' });
              })
              .catch(showError)
          }
        >
          {t('backups.closePreview')}
        </Button>
      </div>
      {confirming && shown.restoresOver ? (
        <ConfirmRestoreOver
          fileName={shown.restoresOver}
          when={when}
          onConfirm={restoreOver}
          onClose={() => setConfirming(false)}
        />
      ) : null}
    </div>
  );
}

/**
 * Beside a damaged exercise: restore it from the newest backup in which it reads fine
 * (the rest of the file is left as it is), or say that no backup holds it whole.
 */
export function RestoreExerciseButton({ exerciseId, title }: { exerciseId: string; title: string }) {
  const { t } = useTranslation();
  const { language, setCommunity, showError, notify } = useApp();
  const [source, setSource] = useState<ChannelOutput<'backup.exerciseSource'> | undefined>(undefined);
  useEffect(() => {
    call('backup.exerciseSource', { exerciseId }).then(setSource).catch(showError);
  }, [exerciseId, showError]);
  if (source === undefined) return null;
  if (source === null) return <span className="muted">{t('backups.noExerciseBackup')}</span>;
  const when = formatDateTime(language, source.takenAt);
  return (
    <Button
      onClick={() =>
        call('backup.restoreExercise', { exerciseId, backupId: source.backupId })
          .then((opened) => {
            setCommunity(opened);
            notify(t('backups.exerciseRestored', { title, when }));
          })
          .catch(showError)
      }
    >
      <Icon name="undo" /> {t('backups.restoreExercise', { when })}
    </Button>
  );
}
