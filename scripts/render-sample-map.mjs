// Renders electron/core/sample/paper-map.svg, the sample village's hand-drawn paper map, to
// the JPEG "photo" its potential map shows (offline, with Debian's Chromium).
// Run once after changing the SVG, then `npm run sample`: node scripts/render-sample-map.mjs
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const source = 'electron/core/sample/paper-map.svg';
const target = 'electron/core/sample/paper-map.jpg';
const svg = fs.readFileSync(source, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu', '--font-render-hinting=none'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.setContent(`<body style="margin:0">${svg}</body>`);
// Quality 70 keeps a photo's look at about a tenth of a phone photo's size.
await page.screenshot({ path: target, type: 'jpeg', quality: 70 });
await browser.close();
console.log(`${target}: ${fs.statSync(target).size} bytes`);
