import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenCommunity } from '#shared/ipc/contract.js';
import type { RecentFile } from '#shared/model/community.js';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';
import { Icon } from '../components/Icon.js';
import { Button, Modal } from '../components/ui.js';
import { CommunityForm, emptyCommunity } from './CommunityForm.js';
import { OverviewScreen } from './OverviewScreen.js';

export function StartScreen({
  onOpened,
  creating,
  setCreating,
}: {
  onOpened: (community: OpenCommunity | null) => void;
  creating: boolean;
  setCreating: (creating: boolean) => void;
}) {
  const { t } = useTranslation();
  const { showError } = useApp();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  /** The programme overview across villages is a page of the start screen: no community needs to be open. */
  const [overview, setOverview] = useState(false);

  const loadRecent = useCallback(() => {
    call('settings.get', {})
      .then((s) => setRecent(s.recent))
      .catch(showError);
  }, [showError]);
  useEffect(loadRecent, [loadRecent]);

  const open = (promise: Promise<OpenCommunity | null>): void => {
    promise.then(onOpened).catch((e: unknown) => {
      showError(e);
      loadRecent();
    });
  };

  if (overview) return <OverviewScreen onClose={() => setOverview(false)} />;

  return (
    <div className="start">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
      <div className="start-actions">
        <Button variant="primary" className="big" onClick={() => setCreating(true)}>
          <Icon name="plus" /> {t('start.newCommunity')}
        </Button>
        <Button className="big" onClick={() => open(call('community.openDialog', {}))}>
          <Icon name="folder" /> {t('start.openFile')}
        </Button>
        <Button className="big" onClick={() => open(call('community.openSample', {}))}>
          <Icon name="star" /> {t('start.openSample')}
        </Button>
        <Button className="big" onClick={() => setOverview(true)}>
          <Icon name="grid" /> {t('overview.open')}
        </Button>
      </div>
      <section className="recent" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t('start.recent')}</h2>
        {recent.length === 0 ? <p className="muted">{t('start.noRecent')}</p> : null}
        <ul>
          {recent.map((r) => (
            <li key={r.path} className={r.exists ? '' : 'missing'}>
              <button
                type="button"
                className="recent-open"
                onClick={() => open(call('community.openRecent', { path: r.path }))}
                disabled={!r.exists}
              >
                <strong>{r.name}</strong>
                <span className="path">{r.path}</span>
                {r.exists ? null : <span className="tag">{t('start.missing')}</span>}
              </button>
              <Button
                variant="ghost"
                aria-label={`${t('start.forget')}: ${r.name}`}
                onClick={() => call('community.forgetRecent', { path: r.path }).then(loadRecent).catch(showError)}
              >
                <Icon name="close" />
              </Button>
            </li>
          ))}
        </ul>
      </section>
      {creating ? (
        <Modal title={t('community.createTitle')} onClose={() => setCreating(false)}>
          <p className="muted">{t('community.createHint')}</p>
          <CommunityForm
            initial={emptyCommunity}
            submitLabel={t('community.create')}
            onCancel={() => setCreating(false)}
            onSubmit={(community) => {
              call('community.create', community)
                .then((opened) => {
                  if (opened) setCreating(false);
                  onOpened(opened);
                })
                .catch(showError);
            }}
          />
        </Modal>
      ) : null}
    </div>
  );
}
