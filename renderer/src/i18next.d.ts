import type { Dictionary } from '#shared/i18n/id.js';

// Types every t('…') of the renderer against the Indonesian dictionary (which English
// must match key for key): a key that does not exist does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Dictionary };
  }
}
