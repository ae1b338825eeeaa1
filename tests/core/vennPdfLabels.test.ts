import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { VennDocument } from '#shared/exercises/venn/schema.js';
import { launchChromium } from '../support/chromium.js';
import { communityWithSession } from '../support/coreFixtures.js';
import { testResultsDir } from '../support/paths.js';
import { pdfPagesToPng } from '../support/pdf.js';
import { atGap } from '../support/vennSamples.js';

interface WordBox {
  word: string;
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every word of the PDF with its page and box, in the order poppler reads them. */
function wordsOf(file: string): WordBox[] {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return html
    .split('<page ')
    .flatMap((page, index) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (m) => ({ word: m[5]!, page: index, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) }),
      ),
    );
}

/**
 * The box of a label printed in the diagram: its words' first appearance (the picture comes
 * before the table, which names them again; the names' words appear nowhere else).
 */
function printedLabel(words: WordBox[], name: string): WordBox {
  const boxes = name.split(' ').map((w) => words.find((b) => b.word === w));
  expect(boxes.every(Boolean), name).toBe(true);
  const found = boxes as WordBox[];
  expect(new Set(found.map((b) => b.page)).size, name).toBe(1);
  return {
    word: name,
    page: found[0]!.page,
    x0: Math.min(...found.map((b) => b.x0)),
    y0: Math.min(...found.map((b) => b.y0)),
    x1: Math.max(...found.map((b) => b.x1)),
    y1: Math.max(...found.map((b) => b.y1)),
  };
}

const meet = (a: WordBox, b: WordBox): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('the Venn in the session PDF', () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('prints wrapped labels of overlapping circles apart, and every name of a very far institution', async () => {
    const { call, host, dir, session } = await communityWithSession();
    // Two long names on two circles that overlap (they work together): the PDF used to print
    // both wrapped labels centred on their circles, one over the other. And one very far away.
    const names = ['Paguyuban Petani Lereng Cibeureum', 'Koperasi Simpan Pinjam Sejahtera', 'Rentenir Pasar'];
    const doc: VennDocument = {
      schemaVersion: 1,
      colourBy: 'relation',
      institutions: [
        { ...atGap('a', names[0]!, 2, 120, 0), relation: 'supportive' },
        { ...atGap('b', names[1]!, 2, 130, 0.2), relation: 'neutral' },
        { ...atGap('c', names[2]!, 1, 2500, 3), relation: 'harmful' },
      ],
    };
    const made = await call('exercise.create', { sessionId: session.id, type: 'venn', title: 'Diagram kelembagaan' });
    await call('exercise.save', { id: made.id, baseVersion: made.version, body: doc });
    browser = await launchChromium();
    host.browser = browser;
    const report = path.join(dir, 'venn.pdf');
    host.savePaths.push(report);
    await call('report.exportSessionPdf', { sessionId: session.id, language: 'id' });

    pdfPagesToPng(report, path.join(testResultsDir, 'fit-venn-pdf'), 3);
    const words = wordsOf(report);
    const [first, second, far] = names.map((n) => printedLabel(words, n));
    expect(meet(first!, second!)).toBe(false);
    expect(meet(first!, far!)).toBe(false);
    expect(meet(second!, far!)).toBe(false);
    // The far one is pulled in: its label is printed at a readable size (> 6 pt high).
    expect(far!.y1 - far!.y0).toBeGreaterThan(6);
  });
});
