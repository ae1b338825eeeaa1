// Validates electron-builder.yml offline with electron-builder's own schema, and checks
// that every file it names exists. Electron itself is not needed.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

const root = process.cwd();
const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
await validateConfiguration(config, new DebugLogger(false));

const problems = [];
const mustExist = [
  config.win?.icon,
  config.linux?.icon,
  config.mac?.icon,
  ...(config.fileAssociations ?? []).map((a) => a.icon),
  'resources/fonts/fonts.css',
  'resources/sample/desa-sukamaju.rembug',
];
for (const file of mustExist) if (file && !fs.existsSync(path.join(root, file))) problems.push(`missing ${file}`);
const association = (config.fileAssociations ?? []).find((a) => a.ext === 'rembug');
if (!association) problems.push('no .rembug file association');
const targets = (platform) => (config[platform]?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
const want = { win: ['nsis', 'portable'], linux: ['AppImage', 'deb'], mac: ['dmg'] };
for (const [platform, list] of Object.entries(want))
  for (const target of list) if (!targets(platform).includes(target)) problems.push(`${platform} lacks ${target}`);
if (!(config.asarUnpack ?? []).some((p) => p.includes('better-sqlite3')))
  problems.push('better-sqlite3 must be unpacked');

// Fuses (set when packaging): no Node runtime, NODE_OPTIONS or --inspect; app only from its asar.
const wantedFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
};
for (const [fuse, wanted] of Object.entries(wantedFuses))
  if (config.electronFuses?.[fuse] !== wanted) problems.push(`electronFuses.${fuse} must be ${wanted}`);

if (problems.length > 0) {
  console.error(`electron-builder.yml: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(
  'electron-builder.yml is valid: win nsis+portable, linux AppImage+deb, mac dmg, .rembug association, fuses set',
);
