// What the packaged app must and must not hold (issue: packages proven offline). Pure: it
// judges a listing, so a test can hand it a bad package on purpose.

/** The packages the main process loads at run time, and what they load. */
export const runtimePackages = ['better-sqlite3', 'bindings', 'file-uri-to-path', 'zod'];

/** app.asar may not grow past this without a decision (bytes). */
export const asarBudget = 5 * 1024 * 1024;

/** Electron's fuse wire: index → [name, wanted state]; '0' off, '1' on (ASCII 48/49). */
export const wantedFuses = [
  [0, 'RunAsNode', 48],
  [1, 'EnableCookieEncryption', 49],
  [2, 'EnableNodeOptionsEnvironmentVariable', 48],
  [3, 'EnableNodeCliInspectArguments', 48],
  [4, 'EnableEmbeddedAsarIntegrityValidation', 49],
  [5, 'OnlyLoadAppFromAsar', 49],
];

/**
 * @param {{ asarEntries: string[], asarSize: number, unpacked: string[], resources: string[],
 *   migrations: string[], fuses: Record<string, number> | null, executable: string | null,
 *   packageJson: { main?: string, imports?: Record<string, Record<string, string>> } }} pkg
 *   entries are '/'-separated paths relative to the asar, app.asar.unpacked or resources
 * @returns {string[]} what is wrong, in words; empty when the package is right
 */
export function packageProblems(pkg) {
  const problems = [];
  const has = (entry) => pkg.asarEntries.includes(entry);
  const required = [
    '/package.json',
    `/${pkg.packageJson.main ?? 'dist/app/electron/main.js'}`,
    '/dist/app/electron/preload.cjs',
    '/dist/app/electron/core/backend.js',
    '/dist/app/shared/exercises/registry.js',
    '/dist/renderer/index.html',
    '/node_modules/better-sqlite3/lib/index.js',
    '/node_modules/bindings/bindings.js',
    '/node_modules/zod/package.json',
    ...pkg.migrations.map((m) => `/dist/app/electron/core/db/migrations/${m}.js`),
  ];
  for (const entry of required) if (!has(entry)) problems.push(`app.asar lacks ${entry}`);
  if (!pkg.asarEntries.some((e) => /^\/dist\/renderer\/assets\/.+\.js$/.test(e)))
    problems.push('app.asar lacks the renderer bundle');
  if (pkg.asarEntries.filter((e) => e.endsWith('.woff2')).length < 4) problems.push('app.asar lacks the bundled fonts');
  if (pkg.packageJson.imports?.['#shared/*']?.default !== './dist/app/shared/*')
    problems.push("package.json lost the '#shared/*' import the compiled main process resolves");

  for (const entry of pkg.asarEntries) {
    const nodeModule = /^\/node_modules\/(@[^/]+\/[^/]+|[^/]+)/.exec(entry)?.[1];
    if (nodeModule && !runtimePackages.includes(nodeModule)) problems.push(`app.asar holds ${nodeModule}`);
    if (/^\/(tests|scripts|renderer|shared|electron)\//.test(entry)) problems.push(`app.asar holds source ${entry}`);
    if (/^\/dist\/(scripts|extra-type-renderer)\//.test(entry)) problems.push(`app.asar holds ${entry}`);
    if (/\.(map|tsx?|cts|mts)$/.test(entry) && !entry.endsWith('.d.ts')) problems.push(`app.asar holds ${entry}`);
  }

  if (!pkg.unpacked.includes('/node_modules/better-sqlite3/build/Release/better_sqlite3.node'))
    problems.push('better-sqlite3 native module is not unpacked beside the asar');
  for (const entry of pkg.unpacked)
    if (/\/(obj|obj\.target|deps|src)\/|test_extension\.node$/.test(entry))
      problems.push(`build leftover in app.asar.unpacked: ${entry}`);
  for (const file of ['fonts/fonts.css', 'sample/desa-sukamaju.rembug', 'icons/icon.png'])
    if (!pkg.resources.includes(`/${file}`)) problems.push(`resources lack ${file}`);
  if (pkg.executable !== 'rembug') problems.push(`the executable is ${pkg.executable}, not rembug`);
  if (pkg.asarSize > asarBudget)
    problems.push(`app.asar is ${(pkg.asarSize / 1048576).toFixed(1)} MB, over the ${asarBudget / 1048576} MB budget`);
  if (!pkg.fuses) problems.push('no Electron fuse wire found');
  else
    for (const [index, name, state] of wantedFuses)
      if (pkg.fuses[index] !== state) problems.push(`fuse ${name} is not ${state === 49 ? 'on' : 'off'}`);
  return [...new Set(problems)];
}
