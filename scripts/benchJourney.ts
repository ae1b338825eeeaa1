/**
 * The programme journey of a long programme (issue 12): a community of 60 sessions across
 * the path, 300 exercises, 20 people at each session and a few agreements each.
 *  - journey screen ready: from leaving a session for the community home until the path
 *    and all 60 sessions are on screen, measured in the page (IPC through the harness
 *    bridge, the backend's query, React's render), target under 300 ms;
 *  - the backend's part alone (`journey.get`);
 *  - programme report export (HTML build, Chromium print, write).
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Backend } from '../electron/core/backend.js';
import { exerciseTypeNames } from '#shared/exercises/registry.js';
import { pathSteps } from '#shared/model/journey.js';
import type { SessionFields } from '#shared/model/session.js';
import { startApp } from '../tests/support/appHarness.js';
import { launchChromium } from '../tests/support/chromium.js';
import { tempDir } from '../tests/support/paths.js';
import { pdfInfo } from '../tests/support/pdf.js';
import { TestHost } from '../tests/support/testHost.js';
import { benchVillage, median, percentile } from './benchSupport.js';

const sessionCount = 60;
const exercisesPerSession = 5;
const peoplePerSession = 20;
const ms = (n: number): string => `${n.toFixed(1)} ms`;

/** Writes the long programme through the backend's own channels; returns the file. */
async function longProgramme(dir: string): Promise<string> {
  const host = new TestHost(path.join(dir, 'ud-make'));
  const backend = new Backend(host);
  const file = path.join(dir, 'program-panjang.rembug');
  host.savePaths.push(file);
  await backend.handlers['community.create']({ ...benchVillage, name: 'Desa Bench' });
  const types = exerciseTypeNames();
  for (let i = 0; i < sessionCount; i += 1) {
    // Spread over the path in order, as a programme of about two years would be.
    const { phase, step } = pathSteps[Math.floor((i * pathSteps.length) / sessionCount)]!;
    const day = new Date(Date.UTC(2025, 0, 6 + i * 11)).toISOString().slice(0, 10);
    const fields: SessionFields = {
      title: `Pertemuan ${i + 1}: ${step}`,
      date: day,
      place: 'Balai desa',
      facilitators: 'Rina',
      kind: 'fgd',
      phase,
      step,
      agenda: '',
      notes: '',
      agreements: [
        `Kesepakatan ${i + 1}.1: kerja bakti hari Minggu`,
        `Kesepakatan ${i + 1}.2: rapat berikutnya di RW 0${(i % 5) + 1}`,
      ],
    };
    const session = await backend.handlers['session.create'](fields);
    for (let p = 0; p < peoplePerSession; p += 1)
      await backend.handlers['participant.add']({
        sessionId: session.id,
        fields: {
          name: `Warga ${p + 1}`,
          gender: p % 2 ? 'male' : 'female',
          ageGroup: (['youth', 'adult', 'adult', 'elder'] as const)[p % 4]!,
          group: '',
        },
      });
    for (let e = 0; e < exercisesPerSession; e += 1) {
      const type = types[(i + e) % types.length]!;
      await backend.handlers['exercise.create']({ sessionId: session.id, type, title: `Latihan ${i + 1}.${e + 1}` });
    }
  }
  backend.openFile?.close();
  return file;
}

async function backendJourney(file: string, dir: string): Promise<void> {
  const host = new TestHost(path.join(dir, 'ud-backend'));
  const backend = new Backend(host);
  backend.openPath(file);
  const times: number[] = [];
  for (let run = 0; run < 30; run += 1) {
    const start = performance.now();
    await backend.handlers['journey.get']({});
    times.push(performance.now() - start);
  }
  const warm = times.slice(1).sort((a, b) => a - b);
  console.log(
    `journey.get, ${sessionCount} sessions / ${sessionCount * exercisesPerSession} exercises / ${sessionCount * peoplePerSession} attendances (backend only): first ${ms(times[0]!)}, then p50 ${ms(percentile(warm, 50))}, p99 ${ms(percentile(warm, 99))}`,
  );

  host.browser = await launchChromium();
  const exports: number[] = [];
  for (let run = 0; run < 4; run += 1) {
    host.savePaths.push(path.join(dir, `perjalanan-${run}.pdf`));
    const start = performance.now();
    await backend.handlers['report.exportProgrammePdf']({ language: 'id' });
    exports.push(performance.now() - start);
  }
  const first = path.join(dir, 'perjalanan-0.pdf');
  console.log(
    `programme report export, same community: first ${ms(exports[0]!)}, then median ${ms(median(exports.slice(1)))}; ${pdfInfo(first).Pages} pages, ${(fs.statSync(first).size / 1024).toFixed(0)} KiB`,
  );
  await host.browser.close();
  backend.openFile?.close();
}

async function screenReady(file: string, dir: string): Promise<void> {
  const app = await startApp({ userDataDir: path.join(dir, 'ud-screen') });
  try {
    const { page } = app;
    app.host.openPaths.push(file);
    await page.getByRole('button', { name: 'Buka berkas komunitas' }).click();
    await page
      .getByTestId('journey')
      .locator('.session-list > li')
      .nth(sessionCount - 1)
      .waitFor();
    const times: number[] = [];
    for (let run = 0; run < 8; run += 1) {
      // Into a session and back home: the journey is read and drawn afresh each time.
      await page.getByTestId('journey').locator('.session-list > li > button').first().click();
      await page.getByRole('tab', { name: /Latihan/ }).waitFor();
      times.push(
        await page.evaluate(
          (expected) =>
            new Promise<number>((resolve) => {
              const start = performance.now();
              (document.querySelector('header .brand') as HTMLButtonElement).click();
              const check = (): void => {
                const rows = document.querySelectorAll('[data-testid="journey"] .session-list > li').length;
                if (rows === expected) resolve(performance.now() - start);
                else requestAnimationFrame(check);
              };
              requestAnimationFrame(check);
            }),
          sessionCount,
        ),
      );
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    console.log(
      `journey screen ready (path + ${sessionCount} sessions on screen, headless Chromium, first paint after the data): first ${ms(times[0]!)}, then median ${ms(median(warm))}, max ${ms(warm.at(-1)!)} (target < 300 ms)`,
    );
  } finally {
    await app.close();
  }
}

export async function journeyBench(): Promise<void> {
  const dir = tempDir('bench-journey');
  const file = await longProgramme(dir);
  await backendJourney(file, dir);
  await screenReady(file, dir);
}
