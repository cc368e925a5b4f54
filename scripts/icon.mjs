// Renders media/icon.svg to media/icon.png (128×128, RGBA, transparent outside the rounded square) in
// Debian's Chromium through playwright-core, then checks the PNG header. Usage: npm run icon
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launchChromium, root } from './host.mjs';

const SIZE = 128;
const svgPath = join(root, 'media/icon.svg');
const pngPath = join(root, 'media/icon.png');

const svg = readFileSync(svgPath);
const html = `<!DOCTYPE html><html><body style="margin:0;background:transparent">
<img src="data:image/svg+xml;base64,${svg.toString('base64')}" width="${SIZE}" height="${SIZE}" style="display:block">
</body></html>`;

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.locator('img').evaluate((img) => img.decode());
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  writeFileSync(pngPath, png);
} finally {
  await browser.close();
}

// PNG: 8-byte signature, then the IHDR chunk (length, "IHDR", width, height, bit depth, colour type; big-endian).
const png = readFileSync(pngPath);
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const problems = [];
if (!png.subarray(0, 8).equals(SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') problems.push('not a PNG with an IHDR chunk');
else {
  const [width, height, depth, colourType] = [png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]];
  if (width !== SIZE || height !== SIZE) problems.push(`size ${width}×${height}, expected ${SIZE}×${SIZE}`);
  if (depth !== 8 || colourType !== 6) problems.push(`bit depth ${depth} colour type ${colourType}, expected 8-bit RGBA (colour type 6)`);
}
if (problems.length > 0) {
  console.error(`${relative(root, pngPath)}: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`${relative(root, pngPath)}: ${SIZE}×${SIZE} RGBA, ${png.length} bytes`);
