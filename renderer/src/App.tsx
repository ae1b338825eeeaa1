import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKeymap } from './useKeymap.js';
import type { MenuCommand, OpenCommunity } from '#shared/ipc/contract.js';
import type { Language } from '#shared/i18n/languages.js';
import type { AppError } from '#shared/result.js';
import { asAppError, call, onShellEvent } from './api.js';
import { AppContext, type AppServices, type Route } from './AppContext.js';
import { Icon } from './components/Icon.js';
import { Button } from './components/ui.js';
import { CloseGuard, retryRefusedSaves } from './closeGuard.js';
import i18n, { errorText } from './i18n.js';
import { CommunityScreen } from './screens/CommunityScreen.js';
import { StartScreen } from './screens/StartScreen.js';
import { InUseDialog, ReadOnlyBanner } from './screens/FileNotices.js';
import { Toast } from './components/Toast.js';
import { SessionScreen } from './screens/SessionScreen.js';
import { BackupsScreen } from './screens/BackupsScreen.js';
import { ExerciseView } from './exercises/registry.js';
import { useFocusNeverLost, useFocusRingInView, useScreenStartFocus } from './screenFocus.js';

function toggleFullScreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen().catch(() => undefined);
}

/** Which screen is shown: a new key is a new screen, where the focus starts again. */
function screenKey(route: Route, communityOpen: boolean): string {
  switch (route.name) {
    case 'start':
    case 'community':
      return communityOpen ? route.name : 'start';
    case 'backups':
      return `backups:${route.of}`;
    case 'session':
      return communityOpen ? `session:${route.sessionId}` : 'start';
    case 'exercise':
      return communityOpen ? `exercise:${route.exerciseId}` : 'start';
  }
}

export function App() {
  const { t } = useTranslation();
  const [community, setCommunity] = useState<OpenCommunity | null>(null);
  const [route, setRoute] = useState<Route>({ name: 'start' });
  const [error, setError] = useState<AppError | null>(null);
  /** A file another Rembug has open: the user chooses to look read-only or to leave it. */
  const [inUse, setInUse] = useState<AppError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [language, setLanguageState] = useState<Language>('id');
  const [fullScreen, setFullScreen] = useState(false);
  const [startCreating, setStartCreating] = useState(false);
  const screenCommands = useRef<((command: MenuCommand) => boolean) | null>(null);
  const main = useRef<HTMLElement>(null);

  const showError = useCallback((e: unknown) => {
    setNotice(null);
    const appError = asAppError(e);
    // Only a file the backend refused on opening can be looked at read-only (`community.openReadOnly`
    // knows that file alone); a save, copy or restore over a file in use is told in words.
    if (appError.code === 'file_in_use' && appError.params?.canView === 'yes') setInUse(appError);
    else setError(appError);
  }, []);

  const applyLanguage = useCallback((lang: Language) => {
    setLanguageState(lang);
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, []);

  const setLanguage = useCallback(
    (lang: Language) => {
      applyLanguage(lang);
      call('settings.setLanguage', { language: lang }).catch(showError);
    },
    [applyLanguage, showError],
  );

  const refreshCommunity = useCallback(async () => {
    try {
      setCommunity(await call('community.current', {}));
    } catch (e) {
      showError(e);
    }
  }, [showError]);

  const openedCommunity = useCallback((opened: OpenCommunity | null) => {
    if (!opened) return;
    setCommunity(opened);
    setError(null);
    setRoute({ name: 'community' });
  }, []);

  const saveCopyAs = useCallback(async () => {
    try {
      const copy = await call('community.saveCopyAs', {});
      if (copy) {
        // The copy holds the community now: the saves the old file refused go to it, also
        // those of exercises no longer on screen.
        if (community) retryRefusedSaves(community.path, copy.path);
        setCommunity(copy);
        setError(null);
        setNotice(`${t('community.file')}: ${copy.fileName}`);
        return true;
      }
    } catch (e) {
      showError(e);
    }
    return false;
  }, [community, showError, t]);

  const navigate = useCallback((next: Route) => {
    setError(null);
    setNotice(null);
    setRoute(next);
  }, []);

  useEffect(() => {
    call('settings.get', {})
      .then((s) => applyLanguage(s.language))
      .catch(showError);
  }, [applyLanguage, showError]);

  useEffect(() => {
    const onChange = (): void => setFullScreen(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const runMenuCommand = useCallback(
    (command: MenuCommand) => {
      if (screenCommands.current?.(command)) return;
      switch (command) {
        case 'newCommunity':
          setStartCreating(true);
          navigate({ name: 'start' });
          break;
        case 'openCommunity':
          call('community.openDialog', {}).then(openedCommunity).catch(showError);
          break;
        case 'saveCopyAs':
          if (community) void saveCopyAs();
          break;
        case 'toggleFullScreen':
          toggleFullScreen();
          break;
        case 'languageId':
          setLanguage('id');
          break;
        case 'languageEn':
          setLanguage('en');
          break;
        case 'undo':
        case 'redo':
        case 'exportPdf':
        case 'project':
          // Only an open exercise or session answers these (screenCommands, above).
          break;
      }
    },
    [community, navigate, openedCommunity, saveCopyAs, setLanguage, showError],
  );

  useEffect(
    () =>
      onShellEvent((event) => {
        if (event.type === 'menu') runMenuCommand(event.command);
        else if (event.type === 'communityOpened') call('community.current', {}).then(openedCommunity).catch(showError);
        else if (event.type === 'error') showError(event.error);
      }),
    [openedCommunity, runMenuCommand, showError],
  );

  useKeymap([{ keyTest: (e) => e.key === 'F11', run: toggleFullScreen, whileTyping: true, whileDialog: true }]);
  useScreenStartFocus(main, screenKey(route, community !== null));
  useFocusNeverLost(main);
  useFocusRingInView();

  const services: AppServices = useMemo(
    () => ({
      community,
      setCommunity,
      refreshCommunity,
      navigate,
      showError,
      notify: (message: string) => {
        setError(null);
        setNotice(message);
      },
      language,
      setLanguage,
      saveCopyAs,
      setScreenCommands: (handler) => {
        screenCommands.current = handler;
      },
    }),
    [community, language, navigate, refreshCommunity, saveCopyAs, setLanguage, showError],
  );

  const writeFailed = error && ['disk_full', 'read_only', 'write_failed'].includes(error.code);

  return (
    <AppContext.Provider value={services}>
      <div className="app">
        <header className="topbar">
          <button
            type="button"
            className="brand"
            onClick={() => navigate(community ? { name: 'community' } : { name: 'start' })}
          >
            Rembug
          </button>
          <span className="topbar-title" title={community?.path}>
            {community ? community.community.name : t('app.tagline')}
          </span>
          <div className="topbar-actions">
            <div className="lang" role="group" aria-label={t('common.language')}>
              <button
                type="button"
                className={language === 'id' ? 'on' : ''}
                aria-pressed={language === 'id'}
                onClick={() => setLanguage('id')}
              >
                ID
              </button>
              <button
                type="button"
                className={language === 'en' ? 'on' : ''}
                aria-pressed={language === 'en'}
                onClick={() => setLanguage('en')}
              >
                EN
              </button>
            </div>
            <Button
              variant="ghost"
              onClick={toggleFullScreen}
              aria-label={fullScreen ? t('common.exitFullScreen') : t('common.fullScreen')}
              title="F11"
            >
              <Icon name={fullScreen ? 'shrink' : 'expand'} />
            </Button>
          </div>
        </header>
        {error ? (
          <div className="banner banner-error" role="alert">
            <span>{errorText(t, error)}</span>
            {writeFailed && community ? (
              <Button onClick={() => void saveCopyAs()}>{t('community.saveCopyAs')}</Button>
            ) : null}
            {error.code === 'damaged_file' ? (
              <Button onClick={() => navigate({ name: 'backups', of: 'damaged' })}>{t('backups.open')}</Button>
            ) : null}
            <Button variant="ghost" onClick={() => setError(null)} aria-label={t('common.close')}>
              <Icon name="close" />
            </Button>
          </div>
        ) : null}
        {community ? <ReadOnlyBanner community={community} /> : null}
        {notice ? <Toast message={notice} onClose={() => setNotice(null)} /> : null}
        {inUse ? (
          <InUseDialog
            error={inUse}
            onCancel={() => setInUse(null)}
            onOpenReadOnly={() => {
              setInUse(null);
              call('community.openReadOnly', {}).then(openedCommunity).catch(showError);
            }}
          />
        ) : null}
        <CloseGuard />
        <main className="screen" ref={main}>
          {route.name === 'backups' ? (
            <BackupsScreen key={route.of} of={route.of} />
          ) : route.name === 'start' || !community ? (
            <StartScreen onOpened={openedCommunity} creating={startCreating} setCreating={setStartCreating} />
          ) : route.name === 'community' ? (
            <CommunityScreen />
          ) : route.name === 'session' ? (
            <SessionScreen sessionId={route.sessionId} />
          ) : (
            <ExerciseView
              key={route.exerciseId}
              type={route.type}
              sessionId={route.sessionId}
              exerciseId={route.exerciseId}
            />
          )}
        </main>
      </div>
    </AppContext.Provider>
  );
}
