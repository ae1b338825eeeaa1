import type { Handlers, Backend } from './backend.js';
import { loadJourney, setStepStatus, startSession } from './journey.js';
import { safeFileName } from './files.js';
import { buildProgrammeReport } from './report/programmeReport.js';
import type { CommunityFile } from './communityFile.js';

type JourneyChannel = 'journey.get' | 'journey.setStatus' | 'journey.startSession' | 'report.exportProgrammePdf';

/** The channels of the programme journey (journey.ts) and its report (report/programmeReport.ts). */
export function journeyHandlers(backend: Backend): Pick<Handlers, JourneyChannel> {
  const current = (): CommunityFile => backend.currentFile();
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
      const { html, footerHtml } = buildProgrammeReport(
        community,
        loadJourney(file),
        language,
        backend.host.resourcesDir,
      );
      return backend.savePdf(safeFileName(`${community.name} - perjalanan program`, 'pdf'), html, footerHtml);
    },
  };
}
