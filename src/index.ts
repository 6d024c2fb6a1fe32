/** The library API: the CLI is a thin layer over these. */
export * from './types.js';
export { EVIDENCE_KEYS, isKnownEvidenceKey, type EvidenceKeyDef, type EvidenceType } from './evidence/keys.js';
export { loadChecklists, readChecklists, builtinChecklistFiles, BUILTIN_DIR } from './checklists/load.js';
export { BASIS_IDS, BASIS_BY_SOURCE } from './checklists/basis.js';
export { loadProfile, readProfile } from './profile/load.js';
export { loadConfig, readConfig, findConfig, type Config } from './config/load.js';
export { evaluate, evaluateCheck, type EvaluateOptions } from './engine/evaluate.js';
export { operators } from './engine/operators.js';
export { evaluators } from './engine/evaluators.js';
export { scoreChecks, scoreAreas, maturityOf } from './engine/scoring.js';
export { evaluateGate, type GatePolicy } from './engine/gate.js';
export { auditProfile, auditProfile as audit, type AuditOptions } from './audit.js';
export { render, FORMATS } from './report/index.js';
export { buildRoadmap } from './report/roadmap.js';
export { diffReports } from './report/diff.js';
export { InputError } from './util/errors.js';
export type { Problem } from './util/yaml-source.js';
