/**
 * A site given on the command line (`audit [url]`, `probe <url>`, `interview --url`,
 * `--origin`): parsed by src/util/target.ts, with the file system consulted only to
 * tell a folder from a typo. A refused target is a usage error (exit 2); a bare
 * host read as https:// is said on stderr.
 */
import { statSync } from 'node:fs';
import { EXIT, UserError } from './exit.js';
import { acceptedTargets, describeAssumed, describeTarget, parseTarget } from '../util/target.js';

function pathKind(p: string): 'dir' | 'file' | undefined {
  try {
    const st = statSync(p);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

/** The URL to probe; `option` names where it was given (`--url`), when not the positional argument. */
export function targetArg(input: string, stderr: NodeJS.WritableStream, option?: string): string {
  const r = parseTarget(input, { pathKind });
  if (!r.ok) throw new UserError(`${option ? `${option}: ` : ''}${describeTarget(r)}`, EXIT.usage, [`accepted: ${acceptedTargets()}`]);
  if (r.assumed) stderr.write(`readiness: ${describeAssumed(r)}\n`);
  return r.url;
}
