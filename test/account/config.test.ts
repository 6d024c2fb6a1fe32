/**
 * The `login:` and `journeys:` sections as readConfig checks them, the credentials read
 * from the environment (an unset variable is an input error located in the config), and
 * the redaction of every form a credential can take in what the run writes. No browser.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/load.js';
import { readSecrets, Redactor, MASK } from '../../src/probes/account/secrets.js';
import { scrubLighthouseReport } from '../../src/probes/account/lighthouse.js';
import { InputError } from '../../src/util/errors.js';
import { formatProblem } from '../../src/util/yaml-source.js';
import { scratch } from '../helpers/cli.js';

const read = (yaml: string) => {
  const dir = scratch({ 'readiness.config.yaml': yaml });
  const file = path.join(dir, 'readiness.config.yaml');
  return { file, ...readConfig(file) };
};

const GOOD = `login:
  url: /ingresar
  steps:
    - { fill: "#usuario", value: "\${env.PORTAL_USER}" }
    - fill: "#clave"
      value: "\${env.PORTAL_PASSWORD}"
    - { click: "#entrar" }
  success: "#mi-cuenta"
journeys:
  - name: file a complaint
    steps:
      - { fill: "#detalle", value: "texto escrito" }
      - { click: "#enviar" }
`;

describe('login and journeys in the config', () => {
  it('reads a valid config', () => {
    const r = read(GOOD);
    expect(r.problems).toEqual([]);
    expect(r.config?.login?.steps).toHaveLength(3);
    expect(r.config?.journeys?.[0]?.name).toBe('file a complaint');
  });

  const bad: [string, string, RegExp, [number, number]][] = [
    ['a login value written in the file', GOOD.replace('"${env.PORTAL_PASSWORD}"', 'hunter2'), /comes only from an environment variable/, [6, 14]],
    ['a fill without a value', GOOD.replace('    - { fill: "#usuario", value: "${env.PORTAL_USER}" }\n', '    - { fill: "#usuario" }\n'), /needs a `value`/, [4, 7]],
    ['a value on a click', GOOD.replace('{ click: "#entrar" }', '{ click: "#entrar", value: x }'), /takes no `value`/, [7, 34]],
    ['a URL that is not http(s)', GOOD.replace('url: /ingresar', 'url: "javascript:alert(1)"'), /not an http\(s\) URL/, [2, 8]],
    ['a journey named twice', `${GOOD}  - name: File a complaint\n    steps: [{ click: "#x" }]\n`, /named twice/, [14, 11]],
    ['half an env reference', GOOD.replace('"texto escrito"', '"${env.X} y más"'), /not a whole environment reference/, [12, 36]],
  ];
  it.each(bad)('%s is a problem located at its line and column', (_name, yaml, says, [line, column]) => {
    const r = read(yaml);
    expect(r.config).toBeUndefined();
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: r.file, line, column, severity: 'error' });
    expect(r.problems[0]!.message).toMatch(says);
  });

  it('a step with two actions or an unknown key is refused by the schema', () => {
    expect(read(GOOD.replace('{ click: "#entrar" }', '{ click: "#entrar", waitFor: "#x" }')).problems.length).toBeGreaterThan(0);
    expect(read(GOOD.replace('{ click: "#entrar" }', '{ clik: "#entrar" }')).problems.length).toBeGreaterThan(0);
  });
});

describe('credentials from the environment', () => {
  it('an unset or empty variable is an input error naming file, line and column', () => {
    const r = read(GOOD);
    let err: unknown;
    try {
      readSecrets(r.config!, { PORTAL_USER: 'ana', PORTAL_PASSWORD: '' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const problems = (err as InputError).problems.map(formatProblem);
    expect(problems).toEqual([`${r.file}:6:14: error: the environment variable PORTAL_PASSWORD is not set (or is empty): set it before the audit`]);
  });

  it('reads the values for the steps and nothing else', () => {
    const r = read(GOOD);
    const s = readSecrets(r.config!, { PORTAL_USER: 'ana@x.test', PORTAL_PASSWORD: 'S3cr3t & <b>' });
    expect(s.valueOf(r.config!.login!.steps[0]!)).toBe('ana@x.test');
    expect(s.valueOf(r.config!.journeys![0]!.steps[0]!)).toBe('texto escrito');
    // Only the environment's values are secrets: the journey's own text is not masked.
    expect(s.redactor.redact('texto escrito por ana@x.test')).toBe(`texto escrito por ${MASK}`);
  });
});

describe('Redactor', () => {
  const r = new Redactor(['Ana.Cliente@portal.test', 'Clave "2026" & <más>']);
  it.each([
    ['as written', 'user=Ana.Cliente@portal.test'],
    ['in another case', 'ANA.CLIENTE@PORTAL.TEST'],
    ['URL-encoded', `?u=${encodeURIComponent('Ana.Cliente@portal.test')}`],
    ['form-encoded', `p=${encodeURIComponent('Clave "2026" & <más>').replace(/%20/g, '+')}`],
    ['HTML-escaped', 'Clave &quot;2026&quot; &amp; &lt;más&gt;'],
    ['JSON-escaped', JSON.stringify({ p: 'Clave "2026" & <más>' })],
    ['as Lighthouse escapes it', 'Clave \\u00222026\\u0022 \\u0026 \\u003cmás\\u003e'],
  ])('blanks a credential %s', (_how, text) => {
    expect(r.holds(text)).toBe(true);
    const out = r.redact(text);
    expect(out).toContain(MASK);
    expect(r.holds(out)).toBe(false);
  });

  it('redacts deep, keys and catalogue messages too', () => {
    const out = r.redactDeep({ 'Ana.Cliente@portal.test': [{ msg: 'hola Ana.Cliente@portal.test' }], n: 3 });
    expect(out).toEqual({ [MASK]: [{ msg: `hola ${MASK}` }], n: 3 });
  });

  it('a saved Lighthouse result keeps no screenshot and no credential', () => {
    const lhr = { finalUrl: 'https://x.test/?u=Ana.Cliente%40portal.test', audits: { 'final-screenshot': { details: { data: 'data:image/jpeg;base64,AAAA' } }, 'screenshot-thumbnails': { details: { items: [] } }, other: { details: { x: 1 } } }, fullPageScreenshot: { screenshot: {} } };
    const out = JSON.parse(scrubLighthouseReport(JSON.stringify(lhr), r));
    expect(out.audits['final-screenshot'].details).toBeUndefined();
    expect(out.audits['screenshot-thumbnails'].details).toBeUndefined();
    expect(out.audits.other.details).toEqual({ x: 1 });
    expect(out.fullPageScreenshot).toBeUndefined();
    expect(out.finalUrl).toBe(`https://x.test/?u=${MASK}`);
  });
});
