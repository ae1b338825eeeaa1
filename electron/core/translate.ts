import type { Language } from '#shared/i18n/languages.js';
import { translator, type Translate } from '#shared/i18n/translate.js';

/** The backend's and shell's translator: a key with no string is a bug, said in the log. */
export function backendTranslator(language: Language): Translate {
  return translator(language, (key) => console.error(`missing translation: ${key}`));
}
