/**
 * One place that compiles the JSON Schemas in schemas/ and turns ajv's errors into
 * located, readable problems ("unknown property `titel`", "must be one of …").
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { ajvFormats, ajvLib } from './lazy.js';
import { locate, pointerToPath, type Problem, type SourceFile } from './yaml-source.js';


export type SchemaName = 'checklist' | 'profile' | 'config' | 'report';

export const SCHEMA_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

const compiled = new Map<SchemaName, ValidateFunction>();
let ajv: Ajv | undefined;

export function schemaPath(name: SchemaName): string {
  return `${SCHEMA_DIR}${name}.schema.json`;
}

/** Validators compiled to code at build time (`dist/validators/*.cjs`), so no run pays for ajv's compiler. */
const PRECOMPILED_DIR = fileURLToPath(new URL('../validators/', import.meta.url));
const requireHere = createRequire(import.meta.url);

function precompiled(name: SchemaName): ValidateFunction | undefined {
  const file = `${PRECOMPILED_DIR}${name}.cjs`;
  if (!existsSync(file)) return undefined;
  const mod = requireHere(file) as ValidateFunction & { default?: ValidateFunction };
  return mod.default ?? mod;
}

function newAjv(extra: Record<string, unknown> = {}): Ajv {
  const { Ajv } = ajvLib();
  const a = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true, ...extra });
  ajvFormats()(a);
  return a;
}

/** Build step: writes each schema's validator as standalone code beside the compiled sources. */
export function writePrecompiledValidators(): void {
  const standalone = (requireHere('ajv/dist/standalone') as { default: (ajv: Ajv, v: ValidateFunction) => string }).default;
  const { _ } = ajvLib();
  mkdirSync(PRECOMPILED_DIR, { recursive: true });
  for (const name of ['checklist', 'profile', 'config', 'report'] as SchemaName[]) {
    const a = newAjv({ code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } });
    const v = a.compile(JSON.parse(readFileSync(schemaPath(name), 'utf8')));
    writeFileSync(`${PRECOMPILED_DIR}${name}.cjs`, standalone(a, v));
  }
}

export function getValidator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (v === undefined) v = precompiled(name);
  if (v !== undefined) compiled.set(name, v);
  if (v === undefined) {
    ajv ??= newAjv();
    const schema = JSON.parse(readFileSync(schemaPath(name), 'utf8'));
    const fresh = ajv.compile(schema);
    compiled.set(name, fresh);
    return fresh;
  }
  return v;
}

/**
 * A schema may carry `x-oneOf-message`: the words to say when its oneOf fails,
 * instead of ajv's report of every branch.
 */
const ONE_OF_MESSAGE = 'x-oneOf-message';

export function validateAgainst(name: SchemaName, src: SourceFile<unknown>, data: unknown = src.data): Problem[] {
  const validate = getValidator(name);
  if (validate(data)) return [];
  return toProblems(validate.errors ?? [], src);
}

function toProblems(errors: ErrorObject[], src: SourceFile<unknown>): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  const push = (path: (string | number)[], message: string, key = false) => {
    const sig = `${path.join('/')}|${message}`;
    if (seen.has(sig)) return;
    seen.add(sig);
    const pos = locate(src, path, key);
    out.push({ file: src.file, line: pos.line, column: pos.column, severity: 'error', message });
  };
  // Collapse alternatives: a oneOf with its own message is reported once, in words,
  // and the errors of its branches are dropped.
  const worded = new Map<string, string>();
  for (const e of errors) {
    const msg = e.keyword === 'oneOf' ? (e.parentSchema as Record<string, unknown> | undefined)?.[ONE_OF_MESSAGE] : undefined;
    if (typeof msg === 'string') worded.set(e.instancePath, msg);
  }
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    const where = path.length ? `\`${path.join('.')}\`` : 'the document';
    const wordedMsg = worded.get(e.instancePath);
    if (wordedMsg && (e.keyword === 'oneOf' || /\/oneOf\/\d+\//.test(e.schemaPath))) {
      push(path, `${where}: ${wordedMsg}`);
      continue;
    }
    // A failed oneOf/anyOf/if usually comes with the precise error of a branch; keep only a lone one.
    if (['oneOf', 'anyOf', 'if', 'not'].includes(e.keyword)) {
      const deeper = errors.some((o) => o !== e && o.instancePath.startsWith(e.instancePath) && !['oneOf', 'anyOf', 'if', 'not'].includes(o.keyword));
      if (!deeper) push(path, `${where} has an unexpected shape`);
      continue;
    }
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case 'required':
        push(path, `${where}: missing required property \`${p.missingProperty}\``);
        break;
      case 'additionalProperties':
        push([...path, String(p.additionalProperty)], `unknown property \`${p.additionalProperty}\` in ${where}`, true);
        break;
      case 'enum':
        push(path, `${where} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}; got ${JSON.stringify(valueAt(src.data, path))}`);
        break;
      case 'type':
        push(path, `${where} must be ${p.type}; got ${describe(valueAt(src.data, path))}`);
        break;
      case 'pattern':
        push(path, `${where} ${JSON.stringify(valueAt(src.data, path))} does not match the expected form ${p.pattern}`);
        break;
      case 'propertyNames':
        break; // reported by the accompanying pattern error on the name
      default:
        push(path, `${where} ${e.message ?? 'is invalid'}`);
    }
  }
  return out;
}

function valueAt(data: unknown, path: string[]): unknown {
  let cur: unknown = data;
  for (const seg of path) {
    if (cur && typeof cur === 'object') cur = (cur as Record<string, unknown>)[seg];
    else return undefined;
  }
  return cur;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return `${typeof v} ${JSON.stringify(v)}`;
}
