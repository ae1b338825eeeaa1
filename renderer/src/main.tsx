import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../resources/fonts/fonts.css';
import './styles.css';
import './i18n.js';
import { App } from './App.js';
import { AudiencePage } from './screens/AudiencePage.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The projector's window (electron/audience.ts) loads the same page to show the wall alone. */}
    {window.location.hash === '#audience' ? <AudiencePage /> : <App />}
  </StrictMode>,
);
