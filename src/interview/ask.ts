/**
 * One question on the terminal with @inquirer/prompts. Facts and checklist questions
 * are both turned into an AskSpec first (spec.ts, shared with the web page), so there
 * is one way to ask: a list to pick from, a list to tick, or a typed answer; each also
 * offers "don't know", "skip", "back" and "why".
 */
import { checkbox, input, select, Separator } from '@inquirer/prompts';
import { t } from '../i18n/index.js';
import { sameValue as same, type AskSpec, type Outcome } from './spec.js';

// The specs are shared with the web page; re-exported for the callers that ask here.
export { factSpec, parseTyped, questionSpec, typedHint, type AskOption, type AskSpec, type Outcome } from './spec.js';

type Action = 'dont-know' | 'skip' | 'back' | 'help';

const TOKENS: Record<string, Action> = {
  '?': 'help', help: 'help', why: 'help', ayuda: 'help', 'por qué': 'help', 'por que': 'help',
  '<': 'back', back: 'back', 'atrás': 'back', atras: 'back', volver: 'back',
  dk: 'dont-know', "don't know": 'dont-know', 'dont know': 'dont-know', ns: 'dont-know', 'no sé': 'dont-know', 'no se': 'dont-know',
  skip: 'skip', omitir: 'skip',
};

/** A typed word that means an action rather than an answer ("?", "<", "dk", "skip"). */
export function tokenAction(text: string, allowUnknown: boolean): Action | undefined {
  const a = TOKENS[text.trim().toLowerCase()];
  if (!a) return undefined;
  if (!allowUnknown && (a === 'dont-know' || a === 'skip')) return undefined;
  return a;
}

type Picked = { opt: number } | { action: Action };

function actionChoices(spec: AskSpec): { name: string; value: Picked }[] {
  const l = spec.lang;
  const out: { name: string; value: Picked }[] = [];
  if (spec.allowUnknown) {
    out.push({ name: t(l, 'interview.action.dontKnow'), value: { action: 'dont-know' } });
    out.push({ name: t(l, 'interview.action.skip'), value: { action: 'skip' } });
  }
  out.push({ name: t(l, 'interview.action.back'), value: { action: 'back' } });
  out.push({ name: t(l, 'interview.action.help'), value: { action: 'help' } });
  return out;
}

function toOutcome(p: Picked, value: () => unknown): Outcome {
  if ('action' in p) return { kind: p.action };
  return { kind: 'answer', value: value() };
}

export async function ask(spec: AskSpec): Promise<Outcome> {
  if (spec.type === 'choice') return askChoice(spec);
  if (spec.type === 'multiChoice') return askMulti(spec);
  return askTyped(spec);
}

async function askChoice(spec: AskSpec): Promise<Outcome> {
  const options = spec.options ?? [];
  const opts = options.map((o, i) => ({ name: o.label, description: o.description, value: { opt: i } as Picked }));
  const actions = actionChoices(spec);
  let def: Picked | undefined;
  const at = options.findIndex((o) => spec.current !== undefined && same(o.value, spec.current));
  if (at !== -1) def = opts[at].value;
  else if (spec.currentStatus) def = actions.find((a) => 'action' in a.value && a.value.action === (spec.currentStatus === 'dont-know' ? 'dont-know' : 'skip'))?.value;
  const choices = [...opts, new Separator(), ...actions];
  const picked = await select<Picked>({ message: spec.message, choices, default: def, pageSize: Math.min(choices.length, 20), loop: false });
  return toOutcome(picked, () => options[(picked as { opt: number }).opt].value);
}

async function askMulti(spec: AskSpec): Promise<Outcome> {
  const options = spec.options ?? [];
  const current = Array.isArray(spec.current) ? spec.current : [];
  const opts = options.map((o, i) => ({
    name: o.label,
    value: { opt: i } as Picked,
    checked: o.none ? spec.current !== undefined && current.length === 0 : current.some((c) => same(c, o.value)),
  }));
  const actions = actionChoices(spec);
  const choices = [...opts, new Separator(), ...actions];
  const picked = await checkbox<Picked>({
    message: spec.message,
    choices,
    pageSize: Math.min(choices.length, 20),
    loop: false,
    validate: (chosen) => (chosen.length ? true : t(spec.lang, 'interview.pickOne')),
  });
  // An action wins over ticked options: back and why first, as they change nothing.
  for (const a of ['back', 'help', 'dont-know', 'skip'] as Action[]) {
    if (picked.some((p) => 'action' in p && p.action === a)) return { kind: a };
  }
  const chosen = picked.filter((p): p is { opt: number } => 'opt' in p).map((p) => options[p.opt]);
  if (chosen.some((o) => o.none)) return { kind: 'answer', value: [] };
  return { kind: 'answer', value: chosen.map((o) => o.value) };
}

async function askTyped(spec: AskSpec): Promise<Outcome> {
  const def = spec.current !== undefined && spec.current !== null && !Array.isArray(spec.current) ? String(spec.current) : undefined;
  const text = await input({
    message: spec.message,
    default: def,
    validate: (typed) => {
      if (tokenAction(typed, spec.allowUnknown)) return true;
      if (!typed.trim()) return t(spec.lang, spec.allowUnknown ? 'interview.emptyAnswer' : 'interview.emptyRequired');
      return spec.validate?.(typed) ?? true;
    },
  });
  const action = tokenAction(text, spec.allowUnknown);
  if (action) return { kind: action };
  return { kind: 'answer', value: spec.parse ? spec.parse(text) : text.trim() };
}
