import type { Handlers, Backend } from './backend.js';
import { loadJourney, setStepStatus, startSession } from './journey.js';
import { safeFileName } from './files.js';
import { buildProgrammeReport } from './report/programmeReport.js';
import type { Host } from './host.js';
import { AppFailure } from '#shared/result.js';

type JourneyChannel = 'journey.get' | 'journey.setStatus' | 'journey.startSession' | 'report.exportProgrammePdf';

/**
 * The channels of the programme journey (journey.ts) and its report (report/programmeReport.ts).
 * The host is asked for on each call: the Backend builds its handler map before its own fields.
 */
export function journeyHandlers(backend: Backend, hostOf: () => Host): Pick<Handlers, JourneyChannel> {
  const current = () => {
    const file = backend.openFile;
    if (!file) throw new AppFailure('no_community_open', 'no community file is open');
    return file;
  };
  return {
    'journey.get': () => loadJourney(current()),
    'journey.setStatus': ({ phase, step, status }) => setStepStatus(current(), phase, step, status),
    'journey.startSession': (input) => {
      const file = current();
      const id = startSession(file, input, input.language);
      return backend.handlers['session.get']({ id });
    },
    'report.exportProgrammePdf': async ({ language }) => {
      const file = current();
      const community = file.community.get();
      const { html, footerHtml } = buildProgrammeReport(community, loadJourney(file), language, hostOf().resourcesDir);
      return backend.savePdf(safeFileName(`${community.name} - perjalanan program`, 'pdf'), html, footerHtml);
    },
  };
}
