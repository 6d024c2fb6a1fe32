/**
 * Structure checks for the generated Markdown (no Markdown dependency): GFM tables
 * keep their column count, and no HTML, code span, link or heading comes from
 * report text — only from the renderer's own markup.
 */

/** The cells of a table row, splitting on pipes that are not backslash-escaped. */
export function cells(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      cur += ch + line[i + 1];
      i++;
    } else if (ch === '|') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  // A row starts and ends with a pipe: drop the empty outer pieces.
  return out.slice(1, -1);
}

export interface TableProblem {
  line: number;
  text: string;
  why: string;
}

/** Every table (consecutive lines starting with `|`) has the column count of its header. */
export function tableProblems(md: string): TableProblem[] {
  const problems: TableProblem[] = [];
  const lines = md.split('\n');
  let width = -1;
  lines.forEach((text, n) => {
    if (!text.startsWith('|')) {
      width = -1;
      return;
    }
    if (!text.endsWith('|')) problems.push({ line: n + 1, text, why: 'row does not end with a pipe' });
    const c = cells(text);
    if (width < 0) width = c.length;
    else if (c.length !== width) problems.push({ line: n + 1, text, why: `${c.length} cells, header has ${width}` });
  });
  return problems;
}

/** Markup the Markdown renderer writes itself; anything else that looks like markup came from data. */
export const OWN_HTML = /<br>|<\/?sub>|<!-- service-readiness-report -->/g;

/** Characters that would start inline Markdown, found unescaped outside the renderer's own code spans. */
export function unescapedInline(md: string): string[] {
  const found: string[] = [];
  const stripped = md.replace(OWN_HTML, '').replace(/`[\w.:/@-]+`/g, '');
  for (let i = 0; i < stripped.length; i++) {
    const ch = stripped[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if ('`[]<~$'.includes(ch)) found.push(`${ch} at ${i}: ${JSON.stringify(stripped.slice(Math.max(0, i - 20), i + 20))}`);
  }
  return found;
}
