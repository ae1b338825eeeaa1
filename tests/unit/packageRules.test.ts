import { describe, expect, it } from 'vitest';
import { asarBudget, packageProblems, type PackageListing } from '../../scripts/packageRules.mjs';

/** A package as `npm run check:package` lists it when everything is right. */
function goodPackage(): PackageListing {
  return {
    asarEntries: [
      '/package.json',
      '/dist/app/electron/main.js',
      '/dist/app/electron/preload.cjs',
      '/dist/app/electron/core/backend.js',
      '/dist/app/electron/core/db/migrations/1010-initial.js',
      '/dist/app/shared/exercises/registry.js',
      '/dist/renderer/index.html',
      '/dist/renderer/assets/index-abc.js',
      ...['a', 'b', 'c', 'd'].map((f) => `/dist/renderer/assets/${f}.woff2`),
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/bindings/bindings.js',
      '/node_modules/zod/package.json',
    ],
    asarSize: 3_600_000,
    unpacked: ['/node_modules/better-sqlite3/build/Release/better_sqlite3.node'],
    resources: ['/fonts/fonts.css', '/sample/desa-sukamaju.rembug', '/icons/icon.png'],
    migrations: ['1010-initial'],
    fuses: { 0: 48, 1: 49, 2: 48, 3: 48, 4: 49, 5: 49, 6: 48, 7: 49 },
    executable: 'rembug',
    packageJson: { main: 'dist/app/electron/main.js', imports: { '#shared/*': { default: './dist/app/shared/*' } } },
  };
}

describe('the package check', () => {
  it('passes a package that holds what runs and nothing else', () => {
    expect(packageProblems(goodPackage())).toEqual([]);
  });

  it('fails a package carrying a stray devDependency, sources, maps or build leftovers', () => {
    const pkg = goodPackage();
    pkg.asarEntries.push(
      '/node_modules/react/index.js',
      '/node_modules/react/cjs/react.production.js',
      '/node_modules/@types/node/index.d.ts',
      '/tests/e2e/sample.test.ts',
      '/dist/app/electron/main.js.map',
    );
    pkg.unpacked.push(
      '/node_modules/better-sqlite3/build/Release/obj/foo.o',
      '/node_modules/better-sqlite3/build/Release/test_extension.node',
    );
    expect(packageProblems(pkg)).toEqual([
      'app.asar holds react',
      'app.asar holds @types/node',
      'app.asar holds source /tests/e2e/sample.test.ts',
      'app.asar holds /tests/e2e/sample.test.ts',
      'app.asar holds /dist/app/electron/main.js.map',
      'build leftover in app.asar.unpacked: /node_modules/better-sqlite3/build/Release/obj/foo.o',
      'build leftover in app.asar.unpacked: /node_modules/better-sqlite3/build/Release/test_extension.node',
    ]);
  });

  it('fails a package missing a migration, the preload, the native module or the sample', () => {
    const pkg = goodPackage();
    pkg.migrations.push('1020-photos');
    pkg.asarEntries = pkg.asarEntries.filter((e) => !e.endsWith('preload.cjs'));
    pkg.unpacked = [];
    pkg.resources = pkg.resources.filter((r) => !r.includes('sample'));
    expect(packageProblems(pkg)).toEqual([
      'app.asar lacks /dist/app/electron/preload.cjs',
      'app.asar lacks /dist/app/electron/core/db/migrations/1020-photos.js',
      'better-sqlite3 native module is not unpacked beside the asar',
      'resources lack sample/desa-sukamaju.rembug',
    ]);
  });

  it('fails a package over budget, with a fuse left at its default, or a renamed executable', () => {
    const pkg = goodPackage();
    pkg.asarSize = asarBudget + 1;
    pkg.fuses = { ...pkg.fuses!, 0: 49 };
    pkg.executable = 'electron';
    expect(packageProblems(pkg)).toEqual([
      'the executable is electron, not rembug',
      'app.asar is 5.0 MB, over the 5 MB budget',
      'fuse RunAsNode is not off',
    ]);
  });
});
