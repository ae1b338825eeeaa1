/**
 * Notice-board posters (issue 13): for each exercise type of the sample, the time to export
 * its A4 poster through the backend (the type's hook building the HTML, Chromium printing,
 * the file written), median of 4 runs after a warm-up; then the pack of every poster of the
 * sample as one PDF.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Backend, sampleFileName } from '../electron/core/backend.js';
import { launchChromium } from '../tests/support/chromium.js';
import { resourcesDir, tempDir } from '../tests/support/paths.js';
import { pdfInfo } from '../tests/support/pdf.js';
import { TestHost } from '../tests/support/testHost.js';
import { median } from './benchSupport.js';

const runs = 4;

export async function posterBench(): Promise<void> {
  const dir = tempDir('bench-poster');
  const host = new TestHost(path.join(dir, 'ud'));
  host.browser = await launchChromium();
  try {
    const backend = new Backend(host);
    const sample = path.join(dir, sampleFileName);
    fs.copyFileSync(path.join(resourcesDir, 'sample', sampleFileName), sample);
    backend.openPath(sample);
    const listed = await backend.handlers['poster.list']({});
    const firstOfType = [...new Map([...listed].reverse().map((e) => [e.type, e])).values()];
    console.log(`\nposter export, A4, per type (median of ${runs} after a warm-up; build + print + write):`);
    for (const entry of firstOfType) {
      const times: number[] = [];
      let file = '';
      for (let run = 0; run <= runs; run += 1) {
        file = path.join(dir, `${entry.type}-${run}.pdf`);
        host.savePaths.push(file);
        const start = performance.now();
        await backend.handlers['report.exportPoster']({ exerciseId: entry.exerciseId, size: 'A4', language: 'id' });
        if (run > 0) times.push(performance.now() - start);
      }
      const pages = pdfInfo(file)['Pages'];
      console.log(
        `  ${entry.type.padEnd(12)} ${median(times).toFixed(0).padStart(5)} ms  (${pages} sheet(s), ${Math.round(fs.statSync(file).size / 1024)} KB)`,
      );
    }
    const pack = path.join(dir, 'pack.pdf');
    host.savePaths.push(pack);
    const start = performance.now();
    await backend.handlers['report.exportPosterPack']({
      exerciseIds: listed.map((e) => e.exerciseId),
      size: 'A3',
      language: 'id',
    });
    console.log(
      `  pack of all ${listed.length} posters of the sample, A3: ${(performance.now() - start).toFixed(0)} ms, ${pdfInfo(pack)['Pages']} sheets, ${Math.round(fs.statSync(pack).size / 1024)} KB`,
    );
  } finally {
    await host.browser.close();
  }
}
