/**
 * Synchronous, on-first-use loading of the CommonJS parsers. `readiness --help`
 * and `readiness checklists` (served from the build-time bundle) never pay for
 * YAML or ajv; the paths that parse files load them when they first need them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let yaml: typeof import('yaml') | undefined;
export function yamlLib(): typeof import('yaml') {
  return (yaml ??= require('yaml') as typeof import('yaml'));
}

let ajv: typeof import('ajv') | undefined;
export function ajvLib(): typeof import('ajv') {
  return (ajv ??= require('ajv') as typeof import('ajv'));
}

type AddFormats = (ajv: import('ajv').Ajv) => import('ajv').Ajv;
let formats: AddFormats | undefined;
export function ajvFormats(): AddFormats {
  if (!formats) {
    const m = require('ajv-formats') as AddFormats & { default?: AddFormats };
    formats = m.default ?? m;
  }
  return formats;
}
