import path from 'node:path';
import type { IO } from '../main.js';
import { EXIT } from '../exit.js';
import { readYamlFile, formatProblem, type Problem } from '../../util/yaml-source.js';
import { builtinChecklistFiles, readChecklists } from '../../checklists/load.js';
import { readProfile } from '../../profile/load.js';
import { findConfig, readConfig } from '../../config/load.js';
import { checklistFiles } from '../../audit.js';
import type { Checklist } from '../../types.js';
import { cliLang } from '../lang.js';

type Kind = 'checklist' | 'profile' | 'config';

/** Decides what a file is from its name first, then from its top-level keys. */
function kindOf(file: string): Kind {
  const base = path.basename(file);
  if (/^readiness\.config\.ya?ml$/.test(base)) return 'config';
  const src = readYamlFile(file);
  const data = src.data as Record<string, unknown> | undefined;
  if (data && typeof data === 'object') {
    if ('checks' in data) return 'checklist';
    if ('organisation' in data || 'answers' in data) return 'profile';
    if ('gate' in data || 'targets' in data || 'output' in data) return 'config';
  }
  return /checklists?[\\/]/.test(file) ? 'checklist' : 'profile';
}

export async function run(files: string[], opts: { json?: boolean }, io: IO): Promise<number> {
  const problems: Problem[] = [];
  const checked: { file: string; kind: Kind }[] = [];
  let targets = files.map((f) => ({ file: f, kind: kindOf(f) }));
  if (targets.length === 0) {
    targets = builtinChecklistFiles().map((f) => ({ file: f, kind: 'checklist' as Kind }));
    const cfg = findConfig();
    if (cfg) targets.push({ file: cfg, kind: 'config' });
  }

  // Checklists first: profiles are checked against the questions they define.
  const listFiles = targets.filter((t) => t.kind === 'checklist').map((t) => t.file);
  let checklists: Checklist[] | undefined;
  if (listFiles.length) {
    const r = readChecklists(listFiles);
    problems.push(...r.problems);
    checklists = r.checklists;
    checked.push(...listFiles.map((file) => ({ file, kind: 'checklist' as Kind })));
  }
  for (const t of targets.filter((x) => x.kind === 'config')) {
    const r = readConfig(t.file);
    problems.push(...r.problems);
    checked.push(t);
    // A config names its profile and checklists: validate those too, as the audit would load them.
    if (r.config?.profile && !targets.some((x) => path.resolve(x.file) === path.resolve(r.config!.profile!))) {
      targets.push({ file: r.config.profile, kind: 'profile' });
    }
    if (r.config?.checklists && !listFiles.length) {
      const cr = readChecklists(checklistFiles(r.config.checklists));
      problems.push(...cr.problems);
      checklists = cr.checklists;
    }
  }
  for (const t of targets.filter((x) => x.kind === 'profile')) {
    const against = checklists && checklists.length ? checklists : readChecklists(builtinChecklistFiles()).checklists;
    problems.push(...readProfile(t.file, against).problems);
    checked.push(t);
  }

  const errors = problems.filter((p) => p.severity === 'error');
  if (opts.json) {
    io.stdout.write(JSON.stringify({ valid: errors.length === 0, files: checked, problems }, null, 2) + '\n');
  } else {
    const bad = new Set(problems.map((p) => p.file));
    for (const c of checked) if (!bad.has(c.file)) io.stdout.write(`✓ ${c.file} (${c.kind})\n`);
    for (const p of problems) io.stderr.write(`${formatProblem(p)}\n`);
    if (problems.length) {
      io.stderr.write(`\n${(await import('../../i18n/index.js')).t(cliLang(), 'cli.validateSummary', { errors: errors.length, files: new Set(errors.map((e) => e.file)).size })}\n`);
    }
  }
  return errors.length ? EXIT.usage : EXIT.ok;
}
