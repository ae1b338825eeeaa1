// `npm start` on a user's machine may rebuild better-sqlite3 for Electron's ABI, after
// which it no longer loads under plain Node (tests, benchmarks). Check, and rebuild for
// Node if needed.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  const Database = require('better-sqlite3');
  new Database(':memory:').close();
} catch (error) {
  console.log(`better-sqlite3 does not load under Node (${error.message.split('\n')[0]}); rebuilding it for Node`);
  execSync('npm rebuild better-sqlite3', { stdio: 'inherit' });
}
