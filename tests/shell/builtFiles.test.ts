import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';

/** The shell loads these at run time; a build that moves them would start to a blank window. */
describe('the built app sits where the shell loads it', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string };
  const mainFile = path.join(repoRoot, pkg.main);
  const mainDir = path.dirname(mainFile);

  it('package.json main points at the compiled main process', () => {
    expect(pkg.main).toBe('dist/app/electron/main.js');
    expect(fs.readFileSync(mainFile, 'utf8')).toContain('requestSingleInstanceLock');
  });

  it('the preload is CommonJS next to main, as a sandboxed preload must be', () => {
    const preload = fs.readFileSync(path.join(mainDir, 'preload.cjs'), 'utf8');
    expect(preload).toContain('require("electron")');
    expect(preload).not.toMatch(/^import /m);
  });

  it('the renderer page and its assets are where the app scheme serves them', () => {
    const rendererDir = path.resolve(mainDir, '..', '..', 'renderer');
    const html = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
    expect(html).toContain("default-src 'self'");
    const scripts = [...html.matchAll(/src="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const asset of scripts) expect(fs.existsSync(path.join(rendererDir, asset))).toBe(true);
    const fonts = fs.readdirSync(path.join(rendererDir, 'assets')).filter((f) => f.endsWith('.woff2'));
    expect(fonts).toHaveLength(4);
  });

  it('the resources the backend reads are bundled', () => {
    const resources = path.resolve(mainDir, '..', '..', '..', 'resources');
    for (const file of ['fonts/fonts.css', 'sample/desa-sukamaju.rembug', 'icons/icon.png'])
      expect(fs.existsSync(path.join(resources, file))).toBe(true);
  });

  it("the compiled backend finds '#shared/…' where Node's defaults send it, and loads", () => {
    // Node, as in Electron, knows no 'source' or 'types' condition: only 'default' counts.
    const imports = (
      JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
        imports: Record<string, Record<string, string>>;
      }
    ).imports;
    expect(imports['#shared/*']!.default).toBe('./dist/app/shared/*');
    expect(fs.existsSync(path.join(repoRoot, 'dist/app/shared/exercises/registry.js'))).toBe(true);
    const probe = `import('${path.join(repoRoot, 'dist/app/electron/core/backend.js')}').then((m) => console.log(typeof m.Backend))`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(out.trim()).toBe('function');
  });
});
