#!/usr/bin/env node
// Ships the SVG of every DSFR icon the web app uses. `copy-dsfr-to-public` copies the assets
// dsfr.min.css refers to and icons.min.css, but not the SVGs icons.min.css points to: an
// `fr-icon-*` class used in apps/web or libs/web would otherwise render blank.
// Usage (after copy-dsfr-to-public): node tools/web/copy-used-dsfr-icons.mjs
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
const source = join(root, 'node_modules/@codegouvfr/react-dsfr/dsfr');
const target = join(root, 'apps/web/public/dsfr');
const css = readFileSync(join(source, 'utility/icons/icons.min.css'), 'utf8');

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'generated') yield* files(path);
    } else if (/\.(tsx?|html)$/.test(name)) yield path;
  }
}

const roots = [join(root, 'apps/web/src'), join(root, 'apps/web/index.html')];
for (const lib of readdirSync(join(root, 'libs/web')))
  roots.push(join(root, 'libs/web', lib, 'src'));
const used = new Set();
for (const path of roots) {
  if (!existsSync(path)) continue;
  for (const file of statSync(path).isDirectory() ? files(path) : [path])
    for (const [name] of readFileSync(file, 'utf8').matchAll(/\bfr-icon-[a-z0-9-]+/g))
      used.add(name);
}

const missing = [];
let copied = 0;
for (const name of [...used].sort()) {
  const rule = new RegExp(`\\.${name}:{1,2}before[^{]*\\{[^}]*url\\(["']?([^"')]+)`).exec(css);
  if (!rule) {
    missing.push(name);
    continue;
  }
  const relative = join('utility/icons', rule[1]);
  const to = join(target, relative);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(join(source, relative), to);
  copied++;
}
if (missing.length > 0) {
  console.error(`copy-used-dsfr-icons: not DSFR icons: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`copy-used-dsfr-icons: ${copied} icons shipped`);
