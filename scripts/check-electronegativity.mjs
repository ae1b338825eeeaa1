// Runs electronegativity (Doyensec's Electron security linter) on the shell and the page,
// offline, and fails on any finding that scripts/electronegativity-allow.json does not
// accept with a reason, and on any accepted entry that no longer matches what it says.
//
// Offline: the check that downloads Electron's release list (AvailableSecurityFixesGlobalCheck)
// is left out (Electron's version is pinned in package.json and upgraded on purpose); the
// tool also tries to fetch updated English messages and falls back to its bundled ones
// after at most a second without a network.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const allow = JSON.parse(fs.readFileSync(path.join(root, 'scripts/electronegativity-allow.json'), 'utf8')).allowed;
const electronVersion = JSON.parse(
  fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8'),
).version;

// What runs in Electron: the shell and backend sources, the preload (a .cts the tool does
// not read, scanned as .ts), and the page with its CSP.
const scan = fs.mkdtempSync(path.join(os.tmpdir(), 'rembug-electronegativity-'));
fs.cpSync(path.join(root, 'electron'), path.join(scan, 'electron'), {
  recursive: true,
  filter: (source) => !source.endsWith('README.md'),
});
fs.renameSync(path.join(scan, 'electron/preload.cts'), path.join(scan, 'electron/preload.ts'));
fs.mkdirSync(path.join(scan, 'renderer'));
fs.copyFileSync(path.join(root, 'renderer/index.html'), path.join(scan, 'renderer/index.html'));

const report = path.join(scan, 'report.sarif');
execFileSync(
  path.join(root, 'node_modules/.bin/electronegativity'),
  ['-i', scan, '-r', '-o', report, '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-v', 'false'],
  { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, LANG: 'en-US' }, timeout: 120_000 },
);

/** The flagged source: from the finding's line and column, its length (a tag may span lines). */
function flagged(file, region) {
  // Global findings name no file (N/A, or a bare file: URI).
  if (!region?.startLine || !fs.existsSync(path.join(scan, file)) || !fs.statSync(path.join(scan, file)).isFile())
    return '';
  const text = fs.readFileSync(path.join(scan, file), 'utf8');
  const lines = text.split('\n');
  const lineStart = lines.slice(0, region.startLine - 1).reduce((sum, l) => sum + l.length + 1, 0);
  const from = lineStart + (region.startColumn ?? 1) - 1;
  return text.slice(from, from + Math.max(region.charLength ?? 0, lines[region.startLine - 1].length));
}

const findings = JSON.parse(fs.readFileSync(report, 'utf8')).runs[0].results.map((result) => {
  const where = result.locations?.[0]?.physicalLocation;
  const file = where?.artifactLocation?.uri ?? 'N/A';
  return {
    check: result.ruleId,
    file: file.replace(/preload\.ts$/, 'preload.cts'),
    line: where?.region?.startLine ?? 0,
    source: flagged(file, where?.region),
    text: result.message.text,
  };
});
fs.rmSync(scan, { recursive: true, force: true });

const problems = [];
const matched = new Map(allow.map((entry) => [entry, 0]));
for (const finding of findings) {
  const entry = allow.find(
    (a) => a.check === finding.check && a.file === finding.file && finding.source.includes(a.code),
  );
  if (entry) matched.set(entry, matched.get(entry) + 1);
  else
    problems.push(
      `new finding ${finding.check} at ${finding.file}:${finding.line}: ${finding.text}\n    ${finding.source.trim().split('\n')[0]}`,
    );
}
for (const [entry, count] of matched)
  if (count !== entry.count)
    problems.push(
      `allow-list entry ${entry.check} in ${entry.file} ("${entry.code}") expects ${entry.count} finding(s), found ${count}: review it`,
    );

const reviewed = [...matched.values()].reduce((sum, n) => sum + n, 0);
console.log(
  `electronegativity ${electronVersion}: ${findings.length} finding(s), ${reviewed} reviewed in the allow-list`,
);
if (problems.length > 0) {
  console.error(`electronegativity:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
