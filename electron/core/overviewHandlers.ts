import fs from 'node:fs';
import path from 'node:path';
import { overviewCsv, sortOverviewRows, type Overview } from '#shared/model/overview.js';
import { AppFailure } from '#shared/result.js';
import type { Backend, Handlers } from './backend.js';
import { asFileFailure } from './db/sqliteErrors.js';
import { safeFileName } from './files.js';
import { readOverview } from './overview.js';
import { buildOverviewReport } from './overviewReport.js';
import { backendTranslator } from './translate.js';

type OverviewChannel = 'overview.chooseFolder' | 'overview.refresh' | 'overview.exportPdf' | 'overview.exportCsv';

/**
 * The channels of the programme overview (overview.ts). The folder and the last rows read
 * stay here, in the backend: the page sends a sort order and a language, never a path.
 * Nothing here touches the open community, so a coordinator can look across villages
 * with or without one open.
 */
export function overviewHandlers(backend: Backend): Pick<Handlers, OverviewChannel> {
  let last: Overview | null = null;
  const current = (): Overview => {
    if (!last) throw new AppFailure('not_found', 'no overview was read');
    return last;
  };
  const read = async (folder: string): Promise<Overview> => {
    last = await readOverview(folder);
    return last;
  };
  return {
    'overview.chooseFolder': async () => {
      const folder = await backend.host.chooseFolder();
      return folder ? read(path.resolve(folder)) : null;
    },
    'overview.refresh': () => read(current().folder),
    'overview.exportPdf': async ({ sort, language }) => {
      const overview = current();
      const { html, footerHtml } = buildOverviewReport(overview, sort, language, backend.host.resourcesDir);
      const t = backendTranslator(language);
      return backend.savePdf(
        safeFileName(`${t('overview.pdfTitle')} - ${path.basename(overview.folder)}`, 'pdf'),
        html,
        footerHtml,
      );
    },
    'overview.exportCsv': async ({ sort, language }) => {
      const overview = current();
      const t = backendTranslator(language);
      const csv = overviewCsv(sortOverviewRows(overview.rows, sort), t);
      const target = await backend.host.chooseCsvPath(
        safeFileName(`${t('overview.pdfTitle')} - ${path.basename(overview.folder)}`, 'csv'),
      );
      if (!target) return null;
      try {
        fs.writeFileSync(target, csv, 'utf8');
      } catch (error) {
        asFileFailure(error);
      }
      return { path: target, fileName: path.basename(target) };
    },
  };
}
