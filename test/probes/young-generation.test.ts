/**
 * The crawl's hold on Node's young generation: while held the semi-spaces do not grow,
 * however much survives; released, they grow again. Run in a fresh Node process, whose
 * young generation starts at its smallest (this one's has grown with the test runner).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const MB2 = 2 * 1024 * 1024;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-young-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string): Record<string, number> {
  const source = readFileSync(path.join(ROOT, 'src/probes/crawler/young-generation.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(path.join(dir, 'young-generation.mjs'), js);
  writeFileSync(path.join(dir, 'main.mjs'), `import v8 from 'node:v8';
import { checkYoungGeneration, holdYoungGeneration } from './young-generation.mjs';
const young = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
// Objects that survive scavenges: what makes V8 grow the semi-spaces.
const churn = () => { const keep = []; for (let i = 0; i < 400; i++) { const g = []; for (let j = 0; j < 2000; j++) g.push({ a: 'x' + j }); keep.push(g.slice(0, 200)); } return keep.length; };
const out = {};
${script}
process.stdout.write(JSON.stringify(out));`);
  return JSON.parse(execFileSync(process.execPath, [path.join(dir, 'main.mjs')], { encoding: 'utf8' })) as Record<string, number>;
}

describe('holdYoungGeneration', () => {
  it('keeps the semi-spaces from growing while held, and lets them grow once released', () => {
    const r = run(`
out.start = young();
const release = holdYoungGeneration();
churn();
out.held = young();
release();
churn();
out.released = young();`);
    // V8 starts at 1 MB and may take one step (2 MB) before the hold is read.
    expect(r.held).toBeLessThanOrEqual(Math.max(r.start!, MB2));
    expect(r.released).toBeGreaterThanOrEqual(4 * r.held!);
  });

  it('shrinks a young generation that had grown, at the next full collections', () => {
    const r = run(`
churn();
out.grown = young();
const release = holdYoungGeneration();
// Enough old garbage for V8 to run full collections on its own.
for (let i = 0; i < 20 && young() > 2 * 1024 * 1024; i++) { churn(); checkYoungGeneration(); }
out.held = young();
release();`);
    expect(r.grown).toBeGreaterThan(4 * MB2);
    expect(r.held).toBeLessThanOrEqual(MB2);
  });

  it('is shared by overlapping holds: the last release lets go', () => {
    const r = run(`
const first = holdYoungGeneration();
const second = holdYoungGeneration();
out.start = young();
first();
first();
churn();
out.oneLeft = young();
second();
churn();
out.none = young();`);
    expect(r.oneLeft).toBeLessThanOrEqual(Math.max(r.start!, MB2));
    expect(r.none).toBeGreaterThanOrEqual(4 * r.oneLeft!);
  });
});
