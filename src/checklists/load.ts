/**
 * Loads checklists: parse with positions, validate against the one schema, then
 * the cross-reference rules a schema cannot express (unique ids, known evidence
 * keys and basis ids, operator fits the evidence type). Every problem is located.
 */
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { CheckDef, Checklist, OperatorName } from '../types.js';
import { evidenceKeyDef, type EvidenceType } from '../evidence/keys.js';
import { isEvaluator } from '../engine/evaluators.js';
import { BASIS_IDS } from './basis.js';
import { locate, readYamlFile, type Problem, type SourceFile } from '../util/yaml-source.js';
import { validateAgainst } from '../util/schema.js';
import { InputError } from '../util/errors.js';
import { readBundle, writeBundle } from './bundle.js';

export const BUILTIN_DIR = fileURLToPath(new URL('../../checklists/', import.meta.url));

/** Which operators make sense for which evidence types; anything else is a checklist bug. */
const OPS_FOR_TYPE: Record<EvidenceType, OperatorName[]> = {
  boolean: ['isTrue', 'isFalse', 'eq', 'ne'],
  number: ['gte', 'gt', 'lte', 'lt', 'between', 'eq', 'ne'],
  duration: ['gte', 'gt', 'lte', 'lt', 'between', 'maxAge'],
  ratio: ['gte', 'gt', 'lte', 'lt', 'between', 'eq'],
  score: ['gte', 'gt', 'lte', 'lt', 'between'],
  timestamp: ['maxAge'],
  string: ['eq', 'ne', 'matches', 'nonEmpty', 'empty'],
  'string[]': ['nonEmpty', 'empty', 'includes', 'includesAll', 'includesAny', 'countAtLeast'],
  object: ['nonEmpty', 'empty'],
  'object[]': ['nonEmpty', 'empty', 'countAtLeast'],
};

export function builtinChecklistFiles(): string[] {
  return listYaml(BUILTIN_DIR);
}

function listYaml(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Expands folders into their YAML files, keeping the order given. */
export function expandChecklistPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      /* reported when read */
    }
    out.push(...(isDir ? listYaml(p) : [p]));
  }
  return out;
}

export interface ChecklistLoadResult {
  checklists: Checklist[];
  problems: Problem[];
}

/** Never throws: returns what loaded and every problem found. */
export function readChecklists(paths: string[] = builtinChecklistFiles()): ChecklistLoadResult {
  const sources: SourceFile<unknown>[] = [];
  const problems: Problem[] = [];
  for (const file of expandChecklistPaths(paths)) {
    const src = readYamlFile(file);
    problems.push(...src.problems);
    if (src.problems.length) continue;
    const schemaProblems = validateAgainst('checklist', src);
    problems.push(...schemaProblems);
    if (schemaProblems.length === 0) sources.push(src);
  }
  const checklists = sources.map((src) => toChecklist(src));
  problems.push(...crossCheck(checklists, sources));
  return { checklists: problems.some((p) => p.severity === 'error') ? [] : checklists, problems };
}

/** Loads checklists or throws an InputError listing every problem. */
export function loadChecklists(paths?: string[]): Checklist[] {
  const files = expandChecklistPaths(paths ?? builtinChecklistFiles());
  // Only the exact built-in set may come from the build-time bundle.
  if (files.every((f) => path.dirname(f) === path.dirname(path.join(BUILTIN_DIR, 'x')))) {
    const bundled = readBundle(files, BUILTIN_DIR);
    if (bundled) return bundled;
  }
  const r = readChecklists(files);
  const errors = r.problems.filter((p) => p.severity === 'error');
  if (errors.length) throw new InputError('invalid checklists', errors);
  return r.checklists;
}

function toChecklist(src: SourceFile<unknown>): Checklist {
  const data = src.data as Checklist;
  const checks: CheckDef[] = data.checks.map((c, i) => {
    const pos = locate(src, ['checks', i]);
    // An area-wide condition (a legal pack's country) holds for every check, so the
    // interview and the engine skip them one by one like any other condition.
    const appliesWhen = data.appliesWhen ? { ...data.appliesWhen, ...c.appliesWhen } : c.appliesWhen;
    return { ...c, ...(appliesWhen ? { appliesWhen } : {}), location: { file: src.file, line: pos.line, column: pos.column } };
  });
  return { ...data, checks, file: src.file };
}

function crossCheck(lists: Checklist[], sources: SourceFile<unknown>[]): Problem[] {
  const problems: Problem[] = [];
  const areaIds = new Map<string, string>();
  const checkIds = new Map<string, string>();
  const questionIds = new Map<string, string>();
  lists.forEach((list, li) => {
    const src = sources[li];
    const at = (p: (string | number)[], message: string, key = false) => {
      const pos = locate(src, p, key);
      problems.push({ file: src.file, line: pos.line, column: pos.column, severity: 'error', message });
    };
    if (areaIds.has(list.id)) at(['id'], `duplicate area id \`${list.id}\` (also in ${areaIds.get(list.id)})`);
    areaIds.set(list.id, src.file);
    // A config's `areas:` takes area and pack ids alike, so the two must not share a name.
    const sameName = lists.find((l) => l.pack === list.id);
    if (sameName) at(['id'], `area id \`${list.id}\` is also the pack of ${sameName.id}; a config's \`areas: { ${list.id}: … }\` would mean both`);
    list.checks.forEach((c, i) => {
      const here = (...rest: (string | number)[]) => ['checks', i, ...rest];
      const loc = `${src.file}:${c.location?.line}`;
      if (checkIds.has(c.id)) at(here('id'), `duplicate check id \`${c.id}\` (first declared at ${checkIds.get(c.id)})`);
      else checkIds.set(c.id, loc);
      if (!c.id.startsWith(`${list.id}.`)) at(here('id'), `check id \`${c.id}\` must start with its area id \`${list.id}.\``);
      c.basis.forEach((b, bi) => {
        if (!BASIS_IDS.has(b)) at(here('basis', bi), `unknown basis id \`${b}\` (see DOMAIN.md)`);
      });
      if (c.question) {
        const q = c.question;
        if (questionIds.has(q.id)) at(here('question', 'id'), `duplicate question id \`${q.id}\` (first declared at ${questionIds.get(q.id)})`);
        else questionIds.set(q.id, loc);
        if (['number', 'duration', 'text'].includes(q.type) && !c.test) at(here('question'), `a ${q.type} question needs a check-level \`test\` to score its answer`);
        if (['yesNo', 'scale', 'choice', 'multiChoice'].includes(q.type) && c.test) at(here('test'), `a ${q.type} question is scored by its options; remove \`test\``);
        const values = new Set<string>();
        q.options?.forEach((o, oi) => {
          if (values.has(o.value)) at(here('question', 'options', oi, 'value'), `duplicate option value \`${o.value}\``);
          values.add(o.value);
        });
        if (q.scale && q.scale.max <= q.scale.min) at(here('question', 'scale'), 'scale.max must be greater than scale.min');
      }
      if (c.evidence) {
        const keys = typeof c.evidence === 'string' ? [c.evidence] : c.evidence.anyOf;
        keys.forEach((k, ki) => {
          const p = typeof c.evidence === 'string' ? here('evidence') : here('evidence', 'anyOf', ki);
          const def = evidenceKeyDef(k);
          if (!def) {
            at(p, `unknown evidence key \`${k}\`; known keys are listed in the README (Evidence keys)`);
            return;
          }
          const op = c.test?.op;
          if (op && !OPS_FOR_TYPE[def.type].includes(op)) {
            at(here('test', 'op'), `operator \`${op}\` does not fit evidence \`${k}\` of type ${def.type}; use one of ${OPS_FOR_TYPE[def.type].join(', ')}`);
          }
        });
      }
      c.details?.forEach((k, ki) => {
        if (!evidenceKeyDef(k)) at(here('details', ki), `unknown evidence key \`${k}\` in details`);
      });
      if (c.legal && !c.advisory && !c.legal.source) at(here('legal'), `a legal rule verified in an official text names it in \`legal.source\`; otherwise mark the check \`advisory: true\` and say so in \`why\``);
      if (c.test?.evaluator && !isEvaluator(c.test.evaluator)) at(here('test', 'evaluator'), `unknown evaluator \`${c.test.evaluator}\``);
      if (c.test?.pattern !== undefined) {
        try {
          new RegExp(c.test.pattern, c.test.flags);
        } catch (err) {
          at(here('test', 'pattern'), `invalid regular expression: ${(err as Error).message}`);
        }
      }
    });
  });
  // Related checks may live in any area: resolved once every id is known.
  lists.forEach((list, li) => {
    list.checks.forEach((c, i) => {
      c.related?.forEach((r, ri) => {
        if (checkIds.has(r.check) && r.check !== c.id) return;
        const pos = locate(sources[li], ['checks', i, 'related', ri, 'check']);
        // A check of an area this selection did not load is only a warning: a config may audit a few areas.
        const self = r.check === c.id;
        problems.push({ file: sources[li].file, line: pos.line, column: pos.column, severity: self ? 'error' : 'warning', message: self ? 'a check cannot be related to itself' : `related check \`${r.check}\` is not among the checklists loaded` });
      });
    });
  });
  return problems;
}

/** Build step: validate the built-in checklists and bundle them (fails the build on any problem). */
export function bundleBuiltins(): number {
  const files = builtinChecklistFiles();
  const r = readChecklists(files);
  if (r.problems.length) {
    for (const p of r.problems) process.stderr.write(`${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}\n`);
    return 2;
  }
  writeBundle(files, BUILTIN_DIR, r.checklists);
  return 0;
}
