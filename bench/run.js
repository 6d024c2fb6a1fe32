// npm run bench — every figure is a ratio measured in this one run, so the machine's
// speed cancels out. Targets come from the issues; a miss is printed, not thrown:
// benchmarks inform, tests decide.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'readiness.js');
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const results = [];

function timeCommand(args, runs = 11) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function report(name, value, target, unit = '×') {
  const ok = value <= target;
  results.push({ name, value, target, ok });
  console.log(`${ok ? 'ok  ' : 'MISS'} ${name.padEnd(52)} ${value.toFixed(2)}${unit}  (target ≤ ${target}${unit})`);
}

if (want('startup')) {
  const bare = timeCommand(['-e', '0']);
  console.log(`bare node start: ${bare.toFixed(0)} ms (median of 11)`);
  const help = timeCommand([bin, '--help']);
  const list = timeCommand([bin, 'checklists']);
  const audit = timeCommand([bin, 'audit', '-p', 'examples/tienda-andina/profile.yaml', '--format', 'json']);
  report(`readiness --help (${help.toFixed(0)} ms) / node -e 0`, help / bare, 2);
  report(`readiness checklists (${list.toFixed(0)} ms) / node -e 0`, list / bare, 2);
  report(`profile-only audit (${audit.toFixed(0)} ms) / node -e 0`, audit / bare, 4);
}

if (want('engine')) {
  const { loadChecklists } = await import('../dist/checklists/load.js');
  const { evaluate } = await import('../dist/engine/evaluate.js');
  const { generateProfiles } = await import('./profiles.js');
  const checklists = loadChecklists();
  const profiles = generateProfiles(checklists, 10_000, 42);
  const now = new Date('2026-11-24T12:00:00Z');
  for (const p of profiles.slice(0, 200)) evaluate({ checklists, profile: p, now }); // warm up
  const t = process.hrtime.bigint();
  let checks = 0;
  for (const p of profiles) checks += evaluate({ checklists, profile: p, now }).checks.length;
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  console.log(`engine: ${profiles.length} profiles × ${checks / profiles.length} checks in ${s.toFixed(2)} s = ${(profiles.length / s).toFixed(0)} evaluations/s`);
  report('engine: 10,000 profiles (seconds, one core)', s, 2, ' s');
}

for (const f of readdirSync(path.join(root, 'bench')).filter((f) => f.endsWith('-bench.js')).sort()) {
  const name = f.replace(/-bench\.js$/, '');
  if (!want(name)) continue;
  console.log(`\n# ${f}`);
  const r = spawnSync(process.execPath, [path.join(root, 'bench', f)], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) results.push({ name: f, ok: false });
}

const missed = results.filter((r) => !r.ok);
console.log(`\n${results.length - missed.length} of ${results.length} targets met${missed.length ? `; missed: ${missed.map((m) => m.name).join('; ')}` : ''}`);
