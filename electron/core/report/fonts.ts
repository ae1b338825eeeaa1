import fs from 'node:fs';
import path from 'node:path';

const cache = new Map<string, string>();

/**
 * The bundled font faces with the files inlined as data URLs, so the report HTML is
 * self-contained: printed in a hidden window with no file or network access, it still
 * embeds the same font as the app.
 */
export function inlineFontFaces(resourcesDir: string): string {
  const cached = cache.get(resourcesDir);
  if (cached) return cached;
  const dir = path.join(resourcesDir, 'fonts');
  const css = fs
    .readFileSync(path.join(dir, 'fonts.css'), 'utf8')
    .replace(/url\('\.\/([^']+)'\)/g, (_, file: string) => {
      const data = fs.readFileSync(path.join(dir, file)).toString('base64');
      return `url('data:font/woff2;base64,${data}')`;
    });
  cache.set(resourcesDir, css);
  return css;
}
