import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * poppler-utils, as a reader would open the PDF. `raw` keeps the order text was written
 * in, so side-by-side columns come out one after the other instead of interleaved.
 */
export function pdfText(file: string, options: { raw?: boolean } = {}): string {
  return execFileSync('pdftotext', [options.raw ? '-raw' : '-layout', file, '-'], { encoding: 'utf8' });
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(
    out
      .split('\n')
      .map((line) => line.split(/:\s+/, 2))
      .filter((parts): parts is [string, string] => parts.length === 2),
  );
}

/** Raster images in the PDF (header line and rule excluded). */
export function pdfImageCount(file: string): number {
  const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return out.trim().split('\n').slice(2).filter(Boolean).length;
}

/** Renders the first pages to PNG files (prefix-1.png, ...) for people to look at. */
export function pdfPagesToPng(file: string, outPrefix: string, lastPage: number): string[] {
  fs.mkdirSync(path.dirname(outPrefix), { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', String(lastPage), file, outPrefix]);
  const dir = path.dirname(outPrefix);
  const base = path.basename(outPrefix);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .map((f) => path.join(dir, f))
    .sort();
}
