/**
 * The interview's words come from the catalogue (src/i18n/<lang>/interview.ts): counts
 * are plurals, figures are written for the interview's language (es-CO: 1.234), and
 * messages made from several parts read the same as before they moved.
 */
import { describe, expect, it } from 'vitest';
import { t, text, type MessageId, type MessageValues } from '../../src/i18n/index.js';
import type { Evidence, Lang } from '../../src/types.js';
import { findingsFor } from '../../src/interview/findings.js';
import { StoreError } from '../../src/interview/store.js';
import { noTerminalMessage } from '../../src/cli/commands/interview.js';

describe('interview messages', () => {
  it.each<[Lang, MessageId, MessageValues, string]>([
    ['en', 'interview.probesDone', { n: 1 }, 'Site probed: 1 page read.'],
    ['en', 'interview.probesDone', { n: 12 }, 'Site probed: 12 pages read.'],
    ['es', 'interview.probesDone', { n: 1200 }, 'Sitio sondeado: 1.200 páginas leídas.'],
    ['en', 'interview.notApplicable', { n: 1 }, '1 question does not apply to this organisation.'],
    ['es', 'interview.notApplicable', { n: 3 }, '3 preguntas no aplican a esta organización.'],
    ['en', 'interview.web.openLeft', { n: 1 }, '1 question is still open: choose its area to answer it.'],
    ['es', 'interview.web.openLeft', { n: 2 }, '2 preguntas siguen abiertas: elija un área para responderlas.'],
    ['en', 'interview.progress', { area: 'Channels', n: 3, total: 1500, overall: 11, all: 1508 }, 'Channels — question 3 of 1,500; 11 of 1,508 overall'],
    ['es', 'interview.progress', { area: 'Canales', n: 3, total: 1500, overall: 11, all: 1508 }, 'Canales — pregunta 3 de 1.500; 11 de 1.508 en total'],
    ['es', 'interview.web.areaComplete', { done: 8, total: 8 }, '8 de 8 respondidas · completa'],
  ])('%s %s %j', (lang, id, values, expected) => {
    expect(t(lang, id, values)).toBe(expected);
  });

  it('writes the count of further findings for the language', () => {
    const phones = Array.from({ length: 1236 }, (_v, i) => `+57601555${String(i).padStart(4, '0')}`);
    const evidence: Evidence = { 'site.contact.phones': { value: phones, sources: [{ url: 'https://shop.example/contacto' }] } };
    expect(findingsFor('channels', evidence, 'es')).toEqual(['Teléfono +576015550000, +576015550001 (+1.234 más) hallado en /contacto']);
    expect(findingsFor('channels', evidence, 'en')).toEqual(['Telephone +576015550000, +576015550001 (+1,234 more) found on /contacto']);
  });

  it('says what to do without a terminal, braces and <area> kept as written', () => {
    expect(noTerminalMessage('p.yaml')).toEqual([
      'the interview needs an interactive terminal (stdin is not a TTY, e.g. CI or piped input).',
      [
        'To supply answers as a file instead, edit the `answers:` of p.yaml by hand',
        '(question ids: `readiness checklists <area>`; each answer is the value, or { status: dont-know } / { status: skipped }),',
        'then check it with `readiness validate p.yaml` and score it with `readiness audit -p p.yaml`.',
      ].join('\n  '),
    ]);
    expect(noTerminalMessage('p.yaml', 'es')[1]).toContain('`readiness checklists <area>`; cada respuesta es el valor, o { status: dont-know }');
  });

  it('a store error reads in English in logs and in the reader\'s language on screen', () => {
    const err = new StoreError('interview.store.cannotSave', { file: 'p.yaml', reason: 'EACCES' });
    expect(err.message).toBe('cannot save p.yaml: EACCES; the file on disk is unchanged');
    expect(text('es', err.reason)).toBe('no se puede guardar p.yaml: EACCES; el archivo en disco no cambió');
  });
});
