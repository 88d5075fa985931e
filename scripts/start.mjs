// `npm start`: installs what is missing, builds everything, serves the
// playground on 127.0.0.1 and says where the unpacked extensions are.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuild, root } from './setup.mjs';

ensureBuild();
const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: root });
if (r.status !== 0) process.exit(r.status ?? 1);

const { serve } = await import('./serve.mjs');
let started;
try {
  started = await serve();
} catch (e) {
  console.error(`[start] cannot listen on 127.0.0.1:${process.env.PORT ?? 8080} (${e.code || e.message}); try PORT=8081 npm start`);
  process.exit(1);
}
console.log(`
Lector is built.

  Playground:  ${started.url}

  Chrome/Chromium: open chrome://extensions, switch on "Developer mode",
                   "Load unpacked" and choose
                   ${path.join(root, 'dist', 'chrome')}
  Firefox:         open about:debugging#/runtime/this-firefox,
                   "Load Temporary Add-on…" and choose the manifest.json in
                   ${path.join(root, 'dist', 'firefox')}
  Store zips:      ${path.join(root, 'dist', 'lector-chrome.zip')}
                   ${path.join(root, 'dist', 'lector-firefox.zip')}

Then click Lector's toolbar button on a news article (click again to clear).
Ctrl-C stops the server.`);
