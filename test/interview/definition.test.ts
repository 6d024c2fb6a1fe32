/** The interview's "why" carries how a figure is counted, so the person answering counts it the same way. */
import { describe, expect, it } from 'vitest';
import { loadChecklists } from '../../src/checklists/load.js';
import { InterviewEngine } from '../../src/interview/engine.js';
import type { ProfileStore } from '../../src/interview/store.js';

describe('the interview\'s why', () => {
  const lists = loadChecklists();
  const list = lists.find((l) => l.id === 'channels')!;
  const check = list.checks.find((c) => c.id === 'channels.email-service-standard')!;
  const engine = new InterviewEngine({ checklists: lists, store: {} as ProfileStore });
  const step = { kind: 'question' as const, id: check.question!.id, area: list.id, areaTitle: list.title, check, question: check.question! };

  it.each([
    ['en', /^.+ How it is counted: Customer e-mails whose first reply from a person .+ divided by the customer e-mails received in the month;/],
    ['es', /^.+ Cómo se cuenta: Correos de clientes cuya primera respuesta de una persona .+ divididos entre los correos de clientes recibidos en el mes;/],
  ] as const)('shows the definition after the reason (%s)', (lang, text) => {
    expect(engine.why(step, lang).text).toMatch(text);
  });

  it('a question without a definition keeps its why as it is', () => {
    const other = list.checks.find((c) => c.question && !c.definition)!;
    const s = { ...step, id: other.question!.id, check: other, question: other.question! };
    expect(engine.why(s, 'en').text).toBe(other.why.en.replace(/\s+/g, ' ').trim());
  });
});
