import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../resources/fonts/fonts.css';
import './styles.css';
import './i18n.js';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
