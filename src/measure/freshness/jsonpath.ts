/**
 * The JSONPath subset a json freshness source may use: `$`, `.name`, `['name']`, `[0]`,
 * `[-1]` (from the end), `[*]` / `.*` (all). Anything else is refused with the reason,
 * never guessed.
 */
type PathStep = { key: string } | { index: number } | { all: true };

export function parseJsonPath(path: string): PathStep[] | { error: string } {
  const p = path.trim();
  if (!p.startsWith('$')) return { error: `a path starts with "$": ${path}` };
  const steps: PathStep[] = [];
  let i = 1;
  while (i < p.length) {
    const rest = p.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\.\*/.exec(rest)) || (m = /^\[\s*\*\s*\]/.exec(rest))) steps.push({ all: true });
    else if ((m = /^\.([A-Za-z_$][\w$-]*)/.exec(rest))) steps.push({ key: m[1]! });
    else if ((m = /^\[\s*(-?\d+)\s*\]/.exec(rest))) steps.push({ index: Number(m[1]) });
    else if ((m = /^\[\s*'([^']*)'\s*\]/.exec(rest)) || (m = /^\[\s*"([^"]*)"\s*\]/.exec(rest))) steps.push({ key: m[1]! });
    else return { error: `unsupported JSONPath at "${rest.slice(0, 20)}" (supported: .name, ['name'], [n], [-n], [*])` };
    i += m[0].length;
  }
  return steps;
}

/** Values at a path; an empty list when nothing is there. */
export function jsonPath(doc: unknown, path: string): unknown[] | { error: string } {
  const steps = parseJsonPath(path);
  if (!Array.isArray(steps)) return steps;
  let current: unknown[] = [doc];
  for (const step of steps) {
    const next: unknown[] = [];
    for (const v of current) {
      if (v === null || typeof v !== 'object') continue;
      if ('all' in step) next.push(...(Array.isArray(v) ? v : Object.values(v as object)));
      else if ('index' in step) {
        if (!Array.isArray(v)) continue;
        const idx = step.index < 0 ? v.length + step.index : step.index;
        if (idx >= 0 && idx < v.length) next.push(v[idx]);
      } else if (!Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, step.key)) next.push((v as Record<string, unknown>)[step.key]);
    }
    current = next;
  }
  return current;
}
