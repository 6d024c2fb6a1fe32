import type { Problem } from './yaml-source.js';

/**
 * The errors the CLI turns into exit codes, caught with `instanceof`: InputError → 2,
 * UnreachableError and BrowserNotFoundError → 3. They live here, apart from the browser
 * code that throws them, so the CLI can know them without loading a browser.
 */

/** Input the user can fix (a file, an option): carries every located problem found. */
export class InputError extends Error {
  constructor(message: string, public readonly problems: Problem[] = []) {
    super(message);
    this.name = 'InputError';
  }
}

/** The start URL cannot be reached at all: nothing to probe (exit 3). */
export class UnreachableError extends Error {
  readonly code = 'unreachable';
  constructor(public readonly url: string, public readonly reason: string) {
    super(`${url} is unreachable: ${reason}`);
    this.name = 'UnreachableError';
  }
}

/** No usable browser: the message says how to get one on each platform. */
export class BrowserNotFoundError extends Error {
  readonly code = 'browser-not-found';
  constructor(detail?: string) {
    super([
      `No Chrome or Chromium browser was found${detail ? ` (${detail})` : ''}. The site probes need one.`,
      'Install one, or point CHROME_PATH at an existing browser executable:',
      '  Debian/Ubuntu:  sudo apt-get install chromium   (Ubuntu: sudo snap install chromium, or install google-chrome-stable)',
      '  macOS:          brew install --cask google-chrome   (or chromium)',
      '  Windows:        winget install Google.Chrome',
      '  Any platform:   npx @puppeteer/browsers install chrome@stable   (found in ~/.cache/puppeteer)',
      '  Or:             export CHROME_PATH=/path/to/chrome',
    ].join('\n'));
    this.name = 'BrowserNotFoundError';
  }
}

/** The browser was found but did not start. */
export class BrowserLaunchError extends Error {
  readonly code = 'browser-launch-failed';
  constructor(executable: string, reason: string) {
    super(`Chrome/Chromium at ${executable} did not start: ${reason}`);
    this.name = 'BrowserLaunchError';
  }
}
