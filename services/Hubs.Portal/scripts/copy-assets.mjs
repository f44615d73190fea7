// Copies the few Bootstrap Italia and Chart.js files the portal uses from node_modules into wwwroot/lib, with their licences.
// Run by the build (Hubs.Portal.csproj); idempotent: a file already identical is left alone, so builds stay incremental.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const packages = {
  'bootstrap-italia': [
  'LICENSE',
  'dist/css/bootstrap-italia.min.css',
  // Titillium Web, the design system's typeface: regular and bold only (the pages use no other weight).
  'dist/fonts/Titillium_Web/OFL.txt',
  'dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-regular.woff2',
  'dist/fonts/Titillium_Web/titillium-web-v10-latin-ext_latin-700.woff2',
  ],
  // The coordinators' charts (issue 14): the one-file build, loaded only by the statistics page.
  'chart.js': ['LICENSE.md', 'dist/chart.umd.min.js'],
};

for (const [name, files] of Object.entries(packages)) {
  const from = join(root, 'node_modules', name);
  const to = join(root, 'wwwroot', 'lib', name);
  for (const file of files) {
    const source = join(from, file);
    const target = join(to, file.replace(/^dist\//, ''));
    if (!existsSync(source)) {
      console.error(`copy-assets: ${source} is missing; run npm ci in services/Hubs.Portal`);
      process.exit(1);
    }
    if (existsSync(target) && readFileSync(target).equals(readFileSync(source))) {
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
}
