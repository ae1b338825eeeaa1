import { useEffect, useMemo, useState } from 'react';
import type { OpenCommunity } from '#shared/ipc/contract.js';
import type { Language } from '#shared/i18n/languages.js';
import type { WallState } from '#shared/model/wall.js';
import { call, onShellEvent } from '../api.js';
import { AppContext, type AppServices } from '../AppContext.js';
import i18n from '../i18n.js';
import { WallDocumentContext, type WallDocument } from '../exercises/document/wallSource.js';
import { PresentationContext } from '../exercises/presentation.js';
import { ExerciseView } from '../exercises/registry.js';
import './wall.css';

const nothing = (): void => undefined;

/**
 * The projector's audience window (`index.html#audience`, issue 11): the exercise on the
 * wall in the frame's audience mode and nothing else: no file name, menu, banner or
 * notice. Black when the facilitator blacks the wall out; the app's name alone, quietly,
 * while nothing is shown. The document comes from the wall (WallDocumentContext), sent on
 * every change of the presenter's page; this page never writes.
 */
export function AudiencePage() {
  const [wall, setWall] = useState<WallState | null>(null);
  const [community, setCommunity] = useState<OpenCommunity | null>(null);
  const [language, setLanguage] = useState<Language>('id');

  useEffect(() => {
    // Events first, so no change between the two is lost; the newest revision wins.
    const take = (state: WallState): void =>
      setWall((shown) => (shown && shown.revision > state.revision ? shown : state));
    const stop = onShellEvent((event) => {
      if (event.type === 'wall') take(event.state);
    });
    call('wall.current', {}).then(take).catch(nothing);
    return stop;
  }, []);

  // The community (views read its name) and the language, again whenever another exercise
  // comes on the wall: the facilitator may have opened another file or switched language.
  const exerciseId = wall?.exercise?.id;
  useEffect(() => {
    if (!exerciseId) return;
    call('community.current', {}).then(setCommunity).catch(nothing);
    call('settings.get', {})
      .then((settings) => {
        setLanguage(settings.language);
        void i18n.changeLanguage(settings.language);
        document.documentElement.lang = settings.language;
      })
      .catch(nothing);
  }, [exerciseId]);

  // The views' services, with nothing to navigate to and nothing to tell: the room sees no
  // notices (the presenter's page shows whatever goes wrong with the same work).
  const services: AppServices = useMemo(
    () => ({
      community,
      setCommunity: nothing,
      refreshCommunity: () => Promise.resolve(),
      navigate: nothing,
      showError: nothing,
      notify: nothing,
      language,
      setLanguage: nothing,
      saveCopyAs: () => Promise.resolve(false),
      setScreenCommands: nothing,
    }),
    [community, language],
  );

  const source: WallDocument | null = useMemo(
    () => (wall?.exercise ? { exercise: wall.exercise, revision: wall.revision } : null),
    [wall],
  );

  if (wall?.mode === 'black') return <div className="audience audience-black" data-testid="audience-black" />;
  if (!source || !community)
    return (
      <div className="audience audience-waiting" data-testid="audience-waiting">
        <span>Rembug</span>
      </div>
    );
  const { exercise } = source;
  return (
    <AppContext.Provider value={services}>
      <PresentationContext.Provider value="audience">
        <WallDocumentContext.Provider value={source}>
          <main className="audience audience-live" data-testid="audience" data-revision={source.revision}>
            <ExerciseView
              key={exercise.id}
              type={exercise.type}
              sessionId={exercise.sessionId}
              exerciseId={exercise.id}
            />
          </main>
        </WallDocumentContext.Provider>
      </PresentationContext.Provider>
    </AppContext.Provider>
  );
}
