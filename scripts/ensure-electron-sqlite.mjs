// Builds better-sqlite3's native module for Electron into a folder of its own
// (.native/electron-<version>-<arch>/better_sqlite3.node), leaving node_modules' build,
// the one Node uses for `npm test` and the benches, untouched. The shell loads the side
// build through better-sqlite3's `nativeBinding` option (electron/core/db/sqlite.ts), so
// `npm start` and `npm test` no longer rebuild node_modules for each other.
//
//   node scripts/ensure-electron-sqlite.mjs                  build for the installed Electron, once
//   ... --runtime node --target 20.20.2 --out <dir>          the same steps for Node (tests prove it offline)
//
// Building for Electron needs Electron's headers, which node-gyp downloads once into its
// cache: the first `npm start` needs the internet (as `npm ci` does). Without it the
// build stops with a message and node_modules is as it was.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback;
}

const runtime = option('runtime', 'electron');
if (runtime !== 'electron' && runtime !== 'node') {
  console.error(`--runtime must be electron or node, not ${runtime}`);
  process.exit(2);
}
const target =
  option('target', null) ?? (runtime === 'electron' ? require('electron/package.json').version : process.versions.node);
const arch = option('arch', process.arch);
const out = path.resolve(option('out', path.join(root, '.native', `${runtime}-${target}-${arch}`)));
const binding = path.join(out, 'better_sqlite3.node');
const stampFile = path.join(out, 'built-from.json');

const sqlitePackage = path.dirname(require.resolve('better-sqlite3/package.json'));
const sqliteVersion = JSON.parse(fs.readFileSync(path.join(sqlitePackage, 'package.json'), 'utf8')).version;
const stamp = { runtime, target, arch, betterSqlite3: sqliteVersion };

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(stampFile, 'utf8'));
  } catch {
    return null;
  }
}

const existing = readStamp();
if (fs.existsSync(binding) && JSON.stringify(existing) === JSON.stringify(stamp)) {
  console.log(
    `better-sqlite3 ${sqliteVersion} for ${runtime} ${target} (${arch}) is ready: ${path.relative(root, binding)}`,
  );
  process.exit(0);
}

// A private copy of the package's sources: node-gyp writes its build/ beside binding.gyp,
// and node_modules' own build/ must stay the Node one.
const work = path.join(out, 'work');
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const source = path.join(work, 'better-sqlite3');
fs.cpSync(sqlitePackage, source, {
  recursive: true,
  filter: (from) => path.relative(sqlitePackage, from).split(path.sep)[0] !== 'build',
});

// npm names its bundled node-gyp to the scripts it runs; run directly, look where npm keeps it.
const nodeGyp = [
  process.env.npm_config_node_gyp,
  path.join(
    path.dirname(process.execPath),
    '..',
    'lib',
    'node_modules',
    'npm',
    'node_modules',
    'node-gyp',
    'bin',
    'node-gyp.js',
  ),
  path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
].find((candidate) => candidate && fs.existsSync(candidate));
if (!nodeGyp) {
  console.error('node-gyp not found: run this through npm (npm start, or npm run sqlite:electron).');
  process.exit(1);
}
const args = [nodeGyp, 'rebuild', '--release', `--target=${target}`, `--arch=${arch}`, `--runtime=${runtime}`];
const env = { ...process.env };
if (runtime === 'electron') {
  args.push('--dist-url=https://electronjs.org/headers');
  // npm hands node-gyp its own `nodedir` (Node's headers); Electron's are another set.
  delete env.npm_config_nodedir;
  delete env.NPM_CONFIG_NODEDIR;
}
console.log(
  `Building better-sqlite3 ${sqliteVersion} for ${runtime} ${target} (${arch}) in ${path.relative(root, work)}`,
);
const built = spawnSync(process.execPath, args, { cwd: source, env, stdio: 'inherit' });
if (built.status !== 0) {
  fs.rmSync(fs.existsSync(binding) ? work : out, { recursive: true, force: true });
  console.error(
    runtime === 'electron'
      ? `Could not build better-sqlite3 for Electron ${target}. node-gyp needs Electron's headers once ` +
          `(downloaded from electronjs.org into its cache): connect to the internet and run npm start again. ` +
          `node_modules is unchanged, so npm test still works.`
      : `Could not build better-sqlite3 for ${runtime} ${target}.`,
  );
  process.exit(1);
}
fs.copyFileSync(path.join(source, 'build', 'Release', 'better_sqlite3.node'), binding);
fs.writeFileSync(stampFile, `${JSON.stringify(stamp)}\n`);
fs.rmSync(work, { recursive: true, force: true });
console.log(`better-sqlite3 for ${runtime} ${target} (${arch}) built: ${path.relative(root, binding)}`);
