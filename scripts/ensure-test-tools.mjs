// The tests drive Debian's Chromium and read PDFs with poppler-utils. On a fresh Debian
// machine this installs them (as root, or with sudo); elsewhere it says what is missing.
import { execSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const has = (cmd) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};
const missing = [];
if (!fs.existsSync(chromium)) missing.push('chromium');
if (!has('pdftotext') || !has('pdftoppm')) missing.push('poppler-utils');
if (missing.length > 0) {
  const root = process.getuid?.() === 0;
  if (!has('apt-get') || (!root && !has('sudo'))) {
    console.error(`The tests need: ${missing.join(', ')} (Debian packages). Install them, or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  const sudo = root ? '' : 'sudo ';
  console.log(`installing ${missing.join(' ')} for the tests`);
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`,
    {
      stdio: 'inherit',
      shell: '/bin/sh',
    },
  );
}
