import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api.js';
import { useApp } from '../AppContext.js';

/** Exports a session as PDF in the current UI language and says where it went. */
export function useExportPdf(sessionId: string): () => Promise<void> {
  const { t } = useTranslation();
  const { language, notify, showError } = useApp();
  return useCallback(async () => {
    try {
      const saved = await call('report.exportSessionPdf', { sessionId, language });
      if (saved) notify(t('session.exported', { file: saved.path }));
    } catch (e) {
      showError(e);
    }
  }, [language, notify, sessionId, showError, t]);
}
