import i18next, { type TFunction } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatNumber, languageOf } from '#shared/i18n/format.js';
import { defaultLanguage } from '#shared/i18n/languages.js';
import { dictionaries } from '#shared/i18n/translate.js';
import { isRefusalReason, type AppError } from '#shared/result.js';

void i18next.use(initReactI18next).init({
  resources: {
    id: { translation: dictionaries.id },
    en: { translation: dictionaries.en },
  },
  lng: defaultLanguage,
  fallbackLng: defaultLanguage,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  returnNull: false,
  // A key without a string is a bug (the types catch typos; this catches computed keys):
  // said out loud on the console, where the e2e harness fails on it.
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key) => console.error(`missing translation: ${key}`),
});

export default i18next;

/** The user's words for a backend error. */
export function errorText(t: TFunction, error: AppError): string {
  if (error.code === 'invalid_input') {
    const reason = error.params?.reason;
    if (isRefusalReason(reason)) {
      // A limit is a number a person reads: "batas 1.000" in Indonesian, "limit 1,000" in English.
      const raw = error.params?.max ?? '';
      const shownMax = raw !== '' && Number.isFinite(Number(raw)) ? formatNumber(languageOf(t), Number(raw)) : raw;
      return t(`errors.${reason}`, { ...error.params, max: shownMax });
    }
    return t('errors.invalid_input', { detail: error.params?.field || '?' });
  }
  return t(`errors.${error.code}`, { file: '', detail: '', ...error.params });
}
