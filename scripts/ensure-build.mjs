// Builds dist/ when it is missing or older than the sources, so `npm start` and the e2e tests always see current code.
import { execSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function ensureBuild() {
  const out = 'dist/index.html';
  const src = Math.max(newest('src'), newest('public'), statSync('index.html').mtimeMs, statSync('package.json').mtimeMs, statSync('vite.config.ts').mtimeMs);
  if (!existsSync(out) || statSync(out).mtimeMs < src) {
    console.log('Building the app (dist/) ...');
    execSync('npm run build', { stdio: 'inherit' });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureBuild();
