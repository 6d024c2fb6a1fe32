/**
 * Loads an organisation profile and checks it against the schema and against the
 * checklists in use: every answer must belong to a known question and have the
 * question's shape, every metric must be a known data key.
 */
import type { Checklist, Profile, Question } from '../types.js';
import { evidenceKeyDef } from '../evidence/keys.js';
import { validateAnswer } from '../engine/questions.js';
import { normaliseAnswer } from '../engine/profile-evidence.js';
import { locate, readYamlFile, type Problem, type SourceFile } from '../util/yaml-source.js';
import { validateAgainst } from '../util/schema.js';
import { InputError } from '../util/errors.js';

export interface ProfileLoadResult {
  profile?: Profile;
  problems: Problem[];
  source: SourceFile<unknown>;
}

export function questionIndex(checklists: Checklist[]): Map<string, Question> {
  const m = new Map<string, Question>();
  for (const l of checklists) for (const c of l.checks) if (c.question) m.set(c.question.id, c.question);
  return m;
}

/** Never throws: returns the profile (when valid) and every problem found. */
export function readProfile(file: string, checklists?: Checklist[]): ProfileLoadResult {
  const source = readYamlFile(file);
  if (source.problems.length) return { problems: source.problems, source };
  if (source.data === null || source.data === undefined) {
    return { problems: [{ file, line: 1, column: 1, severity: 'error', message: 'the profile is empty; run `readiness init` for a template' }], source };
  }
  const problems = validateAgainst('profile', source);
  if (problems.length) return { problems, source };
  const profile = { ...(source.data as Profile), file };
  if (checklists) problems.push(...crossCheckProfile(profile, source, checklists));
  return { profile: problems.some((p) => p.severity === 'error') ? undefined : profile, problems, source };
}

export function loadProfile(file: string, checklists?: Checklist[]): Profile {
  const r = readProfile(file, checklists);
  const errors = r.problems.filter((p) => p.severity === 'error');
  if (errors.length || !r.profile) throw new InputError(`invalid profile ${file}`, errors);
  return r.profile;
}

export function crossCheckProfile(profile: Profile, src: SourceFile<unknown>, checklists: Checklist[]): Problem[] {
  const problems: Problem[] = [];
  const at = (p: (string | number)[], message: string, key = false, severity: Problem['severity'] = 'error') => {
    const pos = locate(src, p, key);
    problems.push({ file: src.file, line: pos.line, column: pos.column, severity, message });
  };
  const questions = questionIndex(checklists);
  for (const [id, raw] of Object.entries(profile.answers ?? {})) {
    const q = questions.get(id);
    if (!q) {
      at(['answers', id], `unknown question \`${id}\`; \`readiness checklists\` lists the questions`, true);
      continue;
    }
    const a = normaliseAnswer(raw);
    if (a.status === 'dont-know' || a.status === 'skipped') continue;
    if (a.value === undefined) {
      at(['answers', id], `answer to \`${id}\` has no value; give one, or status dont-know / skipped`);
      continue;
    }
    const wrong = validateAnswer(q, a.value);
    if (wrong) at(['answers', id], `answer to \`${id}\`: ${wrong.en}`);
  }
  for (const key of Object.keys(profile.metrics ?? {})) {
    const def = evidenceKeyDef(key);
    if (!def || def.source !== 'data') at(['metrics', key], `unknown data key \`${key}\`; known data keys are listed in the README (Evidence keys)`, true);
  }
  const checkIds = new Set(checklists.flatMap((l) => l.checks.map((c) => c.id)));
  (profile.waivers ?? []).forEach((w, i) => {
    if (!checkIds.has(w.check)) at(['waivers', i, 'check'], `waiver names unknown check \`${w.check}\``);
  });
  return problems;
}
