import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button, Modal } from '../components/ui.js';
import { CommunityForm } from './CommunityForm.js';
import { DamagedExercisesNotice } from './FileNotices.js';
import { JourneyPanel } from './JourneyPanel.js';
import { newSessionFields, SessionForm } from './SessionForm.js';

export function CommunityScreen() {
  const { t } = useTranslation();
  const { community: open, setCommunity, navigate, showError, saveCopyAs, refreshCommunity } = useApp();
  const [editing, setEditing] = useState(false);
  const [creatingSession, setCreatingSession] = useState(false);
  // Session counts change on other screens; read them fresh on arrival.
  useEffect(() => {
    void refreshCommunity();
  }, [refreshCommunity]);
  if (!open) return null;
  const { community } = open;
  const preview = open.readOnlyReason === 'backup';
  const place = [community.desa, community.kecamatan, community.kabupaten, community.province]
    .filter(Boolean)
    .join(', ');
  return (
    <div className="page">
      <section className="card community-card">
        <div>
          <h1 className="clamp">{community.name}</h1>
          {place ? <p className="lead">{place}</p> : null}
          {community.description ? <p className="muted clamp">{community.description}</p> : null}
          <p className="muted small">
            {t('community.file')}: {open.backupOf?.fileName ?? open.fileName}
          </p>
        </div>
        {/* A backup being looked at has its own actions in the banner above. */}
        {preview ? null : (
          <div className="stack">
            {open.readOnly ? null : (
              <Button onClick={() => setEditing(true)}>
                <Icon name="edit" /> {t('community.editTitle')}
              </Button>
            )}
            <Button onClick={() => void saveCopyAs()}>
              <Icon name="copy" /> {t('community.saveCopyAs')}
            </Button>
            <Button onClick={() => navigate({ name: 'backups', of: 'open' })}>
              <Icon name="folder" /> {t('backups.open')}
            </Button>
            <Button
              variant="ghost"
              onClick={() => {
                call('community.close', {})
                  .then(() => {
                    setCommunity(null);
                    navigate({ name: 'start' });
                  })
                  .catch(showError);
              }}
            >
              {t('community.closeFile')}
            </Button>
          </div>
        )}
      </section>
      <DamagedExercisesNotice community={open} />
      <JourneyPanel onNewSession={() => setCreatingSession(true)} />
      {editing ? (
        <Modal title={t('community.editTitle')} onClose={() => setEditing(false)}>
          <CommunityForm
            initial={community}
            submitLabel={t('common.save')}
            onCancel={() => setEditing(false)}
            onSubmit={(next) =>
              call('community.update', next)
                .then((updated) => {
                  setCommunity(updated);
                  setEditing(false);
                })
                .catch(showError)
            }
          />
        </Modal>
      ) : null}
      {creatingSession ? (
        <Modal title={t('session.new')} onClose={() => setCreatingSession(false)}>
          <SessionForm
            initial={newSessionFields()}
            onCancel={() => setCreatingSession(false)}
            onSubmit={(fields) =>
              call('session.create', fields)
                .then((session) => {
                  setCreatingSession(false);
                  navigate({ name: 'session', sessionId: session.id });
                })
                .catch(showError)
            }
          />
        </Modal>
      ) : null}
    </div>
  );
}
