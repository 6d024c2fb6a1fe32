/**
 * The import graph of src/ has no cycle. A cycle makes load order matter (a module
 * sees another half-initialised) and keeps two layers from being understood apart.
 *
 * Edges are what loads at run time: static `import … from`, `import '…'`, `export … from`
 * and `import('…')` with a literal path. Type-only imports are erased by tsc and make no
 * edge: `import type`, `export type … from`, and `import { type A, type B }` where every
 * name is a type (with this tsconfig, no verbatimModuleSyntax, tsc drops those too).
 * Only the .ts files of src/ are read: the browser files under src/interview/web/static
 * are served to a page, never imported by Node.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Cycles allowed: none. (The last one, audit ↔ report commands, ended when report writing moved to src/report/write.ts.) */
const ALLOWED = new Set<string>();

/** Module specifiers a file loads at run time. */
function runtimeImports(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: string[] = [];
  const allTypes = (names: readonly { isTypeOnly: boolean }[]) => names.length > 0 && names.every((n) => n.isTypeOnly);
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && allTypes(clause.namedBindings.elements)));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.isTypeOnly || (!!node.exportClause && ts.isNamedExports(node.exportClause) && allTypes(node.exportClause.elements));
      if (!typeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) out.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

interface ImportGraph {
  /** File → files it loads, paths relative to the root with forward slashes. */
  edges: Map<string, string[]>;
  /** Relative specifiers that name no file of the graph: "file: specifier". */
  unresolved: string[];
}

/** The graph of files (path → text): relative specifiers to `.js` resolve to the `.ts` beside them; packages are left out. */
function buildGraph(files: Map<string, string>): ImportGraph {
  const edges = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const [file, text] of files) {
    const targets = new Set<string>();
    for (const spec of runtimeImports(file, text)) {
      if (!spec.startsWith('./') && !spec.startsWith('../')) continue;
      const target = path.posix.join(path.posix.dirname(file), spec).replace(/\.js$/, '.ts');
      if (files.has(target)) targets.add(target);
      else unresolved.push(`${file}: ${spec}`);
    }
    edges.set(file, [...targets].sort());
  }
  return { edges, unresolved };
}

/**
 * Every strongly connected part of the graph that is a cycle, as one shortest cycle
 * through its first file ("a → b → a"), plus its other files when the part is more
 * than that one cycle.
 */
function cyclesOf(edges: Map<string, string[]>): string[] {
  // Tarjan's strongly connected components.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const parts: string[][] = [];
  let next = 0;
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      parts.push(part.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) connect(v);

  const cycles: string[] = [];
  for (const part of parts) {
    const members = new Set(part);
    const first = part[0]!;
    const internal = part.reduce((n, v) => n + (edges.get(v) ?? []).filter((w) => members.has(w)).length, 0);
    if (part.length === 1 && internal === 0) continue;
    // Shortest way back to the first file, breadth-first inside the part.
    const prev = new Map<string, string>();
    const queue = [first];
    let back: string | undefined;
    for (let i = 0; i < queue.length && !back; i++) {
      const v = queue[i]!;
      for (const w of edges.get(v) ?? []) {
        if (w === first) {
          back = v;
          break;
        }
        if (members.has(w) && !prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    const chain = [first];
    for (let v = back!; v !== first; v = prev.get(v)!) chain.splice(1, 0, v);
    const cycle = [...chain, first].join(' → ');
    const simple = internal === part.length;
    cycles.push(simple ? cycle : `${cycle} (one of the cycles among ${part.join(', ')})`);
  }
  return cycles.sort();
}

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })) {
    const rel = `src/${entry.split(path.sep).join('/')}`;
    if (rel.endsWith('.ts') && !rel.endsWith('.d.ts')) files.set(rel, readFileSync(path.join(ROOT, rel), 'utf8'));
  }
  return files;
}

describe('the import graph builder', () => {
  const graph = (a: string) => buildGraph(new Map([['src/x/a.ts', a], ['src/x/b.ts', ''], ['src/c.ts', '']])).edges.get('src/x/a.ts');

  it.each([
    ['a static import', "import { b } from './b.js';", ['src/x/b.ts']],
    ['a default import', "import b from './b.js';", ['src/x/b.ts']],
    ['an import for its effects', "import './b.js';", ['src/x/b.ts']],
    ['a value beside a type', "import { b, type B } from './b.js';", ['src/x/b.ts']],
    ['a re-export', "export { b } from './b.js';", ['src/x/b.ts']],
    ['a re-export of everything', "export * from './b.js';", ['src/x/b.ts']],
    ['a literal dynamic import', "const m = await import('../c.js');", ['src/c.ts']],
    ['a literal dynamic import in a template', 'const m = await import(`../c.js`);', ['src/c.ts']],
    ['an import type', "import type { B } from './b.js';", []],
    ['an import of type names only', "import { type B, type C } from './b.js';", []],
    ['an export type', "export type { B } from './b.js';", []],
    ['a re-export of type names only', "export { type B } from './b.js';", []],
    ['a computed dynamic import', 'const m = await import(name);', []],
    ['a package', "import ts from 'typescript';\nimport { readFileSync } from 'node:fs';", []],
    ['an import named in a comment or a string', "// import { b } from './b.js';\nconst s = \"import('./b.js')\";", []],
  ])('%s → %j', (_n, text, expected) => {
    expect(graph(text)).toEqual(expected);
  });

  it('reports a relative import that names no file', () => {
    expect(buildGraph(new Map([['src/a.ts', "import { x } from './gone.js';"]])).unresolved).toEqual(['src/a.ts: ./gone.js']);
  });

  it.each<[string, Record<string, string[]>, string[]]>([
    ['a tree', { a: ['b', 'c'], b: ['c'], c: [] }, []],
    ['two files that load each other', { a: ['b'], b: ['a'] }, ['a → b → a']],
    ['a file that loads itself', { a: ['a'] }, ['a → a']],
    ['a longer loop, from its first file', { c: ['a'], a: ['b'], b: ['c'] }, ['a → b → c → a']],
    ['two separate loops', { a: ['b'], b: ['a'], c: ['d'], d: ['c'] }, ['a → b → a', 'c → d → c']],
    ['loops that share a file', { a: ['b', 'c'], b: ['a'], c: ['a'] }, ['a → b → a (one of the cycles among a, b, c)']],
  ])('finds the cycles of %s', (_n, graph, expected) => {
    expect(cyclesOf(new Map(Object.entries(graph)))).toEqual(expected);
  });
});

describe('src/', () => {
  const { edges, unresolved } = buildGraph(sourceFiles());

  it('resolves every relative import to a file of src/', () => {
    expect(unresolved).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles = cyclesOf(edges);
    const stale = [...ALLOWED].filter((c) => !cycles.includes(c));
    if (stale.length) console.warn(`test/architecture.test.ts: no longer a cycle, remove from ALLOWED:\n  ${stale.join('\n  ')}`);
    expect(cycles.filter((c) => !ALLOWED.has(c)), 'import cycles in src/').toEqual([]);
  });
});
