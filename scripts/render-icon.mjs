// Renders resources/icons/icon.svg to the PNG sizes electron-builder takes (512 and 256).
// Run once after changing the SVG: node scripts/render-icon.mjs
import fs from 'node:fs';
import { chromium } from 'playwright-core';

const svg = fs.readFileSync('resources/icons/icon.svg', 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--disable-gpu'],
});
for (const size of [512, 256]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${size}" height="${size}"`)}</body>`,
  );
  await page.screenshot({ path: `resources/icons/${size === 512 ? 'icon' : 'icon-256'}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
