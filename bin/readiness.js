#!/usr/bin/env node
// Kept tiny on purpose: everything else loads lazily from the built CLI.
import('../dist/cli/main.js').then(async (m) => {
  await m.main(process.argv);
  // The work is done: do not wait for timers a dependency left behind (Lighthouse
  // keeps one for seconds). Exit once what was written has been flushed.
  const code = process.exitCode ?? 0;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}).catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist/cli/main.js')) {
    process.stderr.write('readiness: the CLI is not built yet; run `npm run build` first.\n');
  } else {
    process.stderr.write(`readiness: internal error: ${err && err.message ? err.message : err}\n`);
  }
  process.exitCode = 2;
});
