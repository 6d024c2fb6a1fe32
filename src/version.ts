import { readFileSync } from 'node:fs';

let cached: string | undefined;

/** The package version, read once from package.json beside dist/ or src/. */
export function toolVersion(): string {
  if (!cached) {
    try {
      cached = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version as string;
    } catch {
      cached = '0.0.0';
    }
  }
  return cached;
}

export const TOOL_NAME = 'service-readiness';
