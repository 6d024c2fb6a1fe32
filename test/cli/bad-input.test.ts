/**
 * Every kind of bad input, through the real CLI: one clear message naming file,
 * line and column, exit code 2, never a stack trace.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { cli, scratch } from '../helpers/cli.js';

const PROFILE_OK = `organisation:
  name: Demo S.A.S.
  country: CO
  businessModel: b2c
  serviceModel: MOD-2
answers: {}
`;

const CHECK = (id: string, extra = 'evidence: site.contact.phones\n    test: { op: nonEmpty }') => `  - id: ${id}
    title: { en: Phones published, es: Teléfonos publicados }
    failureTitle: { en: No phones, es: Sin teléfonos }
    why: { en: Customers need to call, es: Los clientes necesitan llamar }
    remediation: { en: Publish a phone, es: Publique un teléfono }
    basis: [HT-1]
    weight: 1
    severity: high
    ${extra}
`;
const LIST = (area: string, checks: string) => `id: ${area}\nversion: 1.0.0\ntitle: { en: Demo, es: Demo }\nweight: 1\nchecks:\n${checks}`;

interface Case {
  name: string;
  files: Record<string, string>;
  args: string[];
  /** Each must appear in stderr, in order of the file's lines. */
  messages: RegExp[];
}

const cases: Case[] = [
  {
    name: 'malformed YAML in a profile',
    files: { 'p.yaml': 'organisation:\n  name: "Demo\n  country: CO\n' },
    args: ['validate', 'p.yaml'],
    messages: [/p\.yaml:\d+:\d+: error: invalid YAML: Missing closing "quote/],
  },
  {
    name: 'a wrong type, an unknown field and a missing required field, all reported',
    files: { 'p.yaml': 'organisation:\n  name: 42\n  country: CO\n  businesModel: b2c\n' },
    args: ['validate', 'p.yaml'],
    messages: [
      /p\.yaml:2:3: error: .*missing required property `businessModel`/,
      /p\.yaml:2:9: error: `organisation.name` must be string; got number 42/,
      /p\.yaml:4:3: error: unknown property `businesModel`/,
    ],
  },
  {
    name: 'a value outside its allowed set',
    files: { 'p.yaml': PROFILE_OK.replace('MOD-2', 'MOD-7') },
    args: ['validate', 'p.yaml'],
    messages: [/p\.yaml:5:17: error: `organisation.serviceModel` must be one of "MOD-1", "MOD-2", "MOD-3", "MOD-4"; got "MOD-7"/],
  },
  {
    name: 'answers to unknown questions, of the wrong type, and outside their options',
    files: {
      'p.yaml': PROFILE_OK.replace('answers: {}', 'answers:\n  gaps.no-such-question: true\n  channels.phone-staffed-24x7: sometimes\n  customer-view.no-repeated-data: 42\n'),
    },
    args: ['validate', 'p.yaml'],
    messages: [
      /p\.yaml:7:3: error: unknown question `gaps.no-such-question`/,
      /p\.yaml:8:32: error: answer to `channels.phone-staffed-24x7`: expected a number, got "sometimes"/,
      /p\.yaml:9:\d+: error: answer to `customer-view.no-repeated-data`: expected /,
    ],
  },
  {
    name: 'an unknown metric key in a profile',
    files: { 'p.yaml': PROFILE_OK + 'metrics:\n  data.tickets.speed: 3h\n' },
    args: ['validate', 'p.yaml'],
    messages: [/p\.yaml:8:3: error: unknown data key `data.tickets.speed`/],
  },
  {
    name: 'duplicate check ids across checklist files',
    files: { 'a.yaml': LIST('demo', CHECK('demo.phones')), 'b.yaml': LIST('demo2', CHECK('demo.phones')) },
    args: ['validate', 'a.yaml', 'b.yaml'],
    messages: [/b\.yaml:6:9: error: duplicate area id|b\.yaml:\d+:\d+: error: duplicate check id `demo.phones` \(first declared at .*a\.yaml:6\)/],
  },
  {
    name: 'an unknown evidence key in a checklist',
    files: { 'a.yaml': LIST('demo', CHECK('demo.phones', 'evidence: site.contact.pigeons\n    test: { op: nonEmpty }')) },
    args: ['validate', 'a.yaml'],
    messages: [/a\.yaml:14:15: error: unknown evidence key `site.contact.pigeons`/],
  },
  {
    name: 'an operator that does not fit the evidence type',
    files: { 'a.yaml': LIST('demo', CHECK('demo.https', 'evidence: site.https\n    test: { op: nonEmpty }')) },
    args: ['validate', 'a.yaml'],
    messages: [/a\.yaml:15:17: error: operator `nonEmpty` does not fit evidence `site.https` of type boolean; use one of isTrue, isFalse/],
  },
  {
    name: 'a check with both a question and evidence',
    files: { 'a.yaml': LIST('demo', CHECK('demo.both', 'evidence: site.https\n    test: { op: isTrue }\n    question: { id: demo.both, prompt: { en: Q?, es: P? }, type: yesNo }')) },
    args: ['validate', 'a.yaml'],
    messages: [/a\.yaml:6:5: error: `checks.0`: a check needs exactly one way to get its evidence/],
  },
  {
    name: 'a missing Spanish title and an unknown language',
    files: { 'a.yaml': LIST('demo', CHECK('demo.phones').replace('es: Teléfonos publicados', 'fr: Téléphones')) },
    args: ['validate', 'a.yaml'],
    messages: [/a\.yaml:7:12: error: .*missing required property `es`/, /a\.yaml:7:\d+: error: unknown property `fr`/],
  },
  {
    name: "an evaluator without the options it takes, and an evaluator that does not exist",
    files: {
      'a.yaml': LIST('demo', CHECK('demo.target', 'evidence: data.tickets.firstResponseP90\n    test: { evaluator: profile-target, value: 4h }') + CHECK('demo.shown', 'evidence: site.contact.phones\n    test: { evaluator: phone-is-nice }')),
    },
    args: ['validate', 'a.yaml'],
    messages: [/a\.yaml:15:11: error: .*missing required property `target`/, /a\.yaml:25:24: error: `checks.1.test.evaluator` must be one of "declared-channel-shown", "profile-target"; got "phone-is-nice"/],
  },
  {
    name: 'a basis id that DOMAIN.md does not define',
    files: { 'a.yaml': LIST('demo', CHECK('demo.phones').replace('basis: [HT-1]', 'basis: [HT-1, HT-99]')) },
    args: ['validate', 'a.yaml'],
    messages: [/a\.yaml:11:19: error: unknown basis id `HT-99`/],
  },
  {
    name: 'a file that does not exist',
    files: {},
    args: ['validate', 'missing.yaml'],
    messages: [/missing\.yaml:1:1: error: cannot read: file not found/],
  },
  {
    name: 'a folder where a file was expected',
    files: { 'dir/x.txt': 'x' },
    args: ['audit', '-p', 'dir'],
    messages: [/dir:1:1: error: cannot read: is a directory/],
  },
  {
    name: 'an audit of an invalid profile',
    files: { 'p.yaml': 'organisation: []\n' },
    args: ['audit', '-p', 'p.yaml'],
    messages: [/p\.yaml:1:15: error: `organisation` must be object; got a list/],
  },
  {
    // The profile is checked before the crawl: a typo must not cost a browser run.
    name: 'an invalid profile given with a site to probe, before any probing',
    files: { 'p.yaml': 'organisation: []\n', 'site/index.html': '<title>x</title>' },
    args: ['audit', '--serve', 'site', '-p', 'p.yaml'],
    messages: [/p\.yaml:1:15: error: `organisation` must be object; got a list/],
  },
  {
    name: 'an invalid config',
    files: { 'readiness.config.yaml': 'gate:\n  minScore: 120\n  maxFailure: { critical: 0 }\n', 'p.yaml': PROFILE_OK },
    args: ['audit', '-p', 'p.yaml'],
    messages: [/readiness\.config\.yaml:2:13: error: `gate.minScore` must be <= 100/, /readiness\.config\.yaml:3:3: error: unknown property `maxFailure`/],
  },
];

describe('bad input through the CLI', () => {
  it.each(cases)('$name → exit 2 with located messages', ({ files, args, messages }) => {
    const dir = scratch(files);
    const r = cli(args, { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    for (const m of messages) expect(r.stderr).toMatch(m);
    expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // no stack trace
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown option', ['audit', '--colour'], /unknown option '--colour'/],
    ['an unknown command', ['audti'], /unknown command 'audti'/],
    ['an unknown format', ['audit', '-p', 'examples/tienda-andina/profile.yaml', '--format', 'docx'], /unknown format "docx"/],
    ['a language other than en or es', ['audit', '-p', 'x.yaml', '--lang', 'fr'], /--lang expects en or es/],
    ['--fail-under that is not a number', ['audit', '-p', 'x.yaml', '--fail-under', 'high'], /--fail-under expects a number/],
    ['an audit without a profile', ['audit'], /no profile: pass -p profile.yaml/],
    ['an unknown check to explain', ['checklists', 'channels.nope'], /no area or check named "channels.nope"/],
    ['evidence that was never saved', ['audit', '-p', 'examples/tienda-andina/profile.yaml', '--from-evidence', '/nonexistent'], /cannot read .*evidence\.json/],
  ])('%s is a usage error (exit 2)', (_n, args, message) => {
    const r = cli(args, { cwd: path.resolve('.') });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
