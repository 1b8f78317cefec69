import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { setLocale, storedLocale } from './i18n/i18n.ts';

// Styles of @mantine/dates and @mantine/charts are imported by the (lazy) pages that use them,
// so the participant-facing bundle does not carry them.

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

function render(container: HTMLElement) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// Someone who chose English before gets English texts in the very first render.
const remembered = storedLocale();
if (remembered && remembered !== 'nl') {
  setLocale(remembered).then(
    () => render(root),
    () => render(root),
  );
} else {
  render(root);
}
