/**
 * Logic that the operator table cannot express, with the same shape as an operator:
 * pure functions of evidence and the profile, returning a score and a sentence.
 * A checklist names one with `test: { evaluator: <name> }`.
 */
import { localized, type MessageValue } from '../i18n/index.js';
import type { ChannelType, Evidence, Localized, Profile, Source, TestSpec } from '../types.js';
import { parseDuration } from '../util/duration.js';

/**
 * What an evaluator is given. `test` carries its own options, validated against the
 * checklist schema (definitions declaredChannelShownOptions, profileTargetOptions)
 * when the checklist was loaded.
 */
export interface EvaluatorInput<O = Record<string, unknown>> {
  /** The value of the check's evidence key, already checked to be present. */
  value: unknown;
  evidence: Evidence;
  profile: Profile;
  test: TestSpec & O;
  now: Date;
}

export interface EvaluatorResult {
  score: number | null;
  expectation: Localized;
  sources?: Source[];
}

export type Evaluator<O = Record<string, unknown>> = (input: EvaluatorInput<O>) => EvaluatorResult;

/** Options of `declared-channel-shown`. */
export interface DeclaredChannelShownOptions {
  /** The channel type whose declared contacts must appear on the site. */
  channel: ChannelType;
}

/** Options of `profile-target`. */
export interface ProfileTargetOptions {
  /** The profile's targets.<target> the measured duration is compared with. */
  target: string;
  /** The target when the profile sets none (a duration: 4h). */
  value?: string;
  /** No credit at this multiple of the target (default 2). */
  partialFactor?: number;
}

/** Digits only, last ten: "+57 300 123 4567", "573001234567" and "300 1234567" compare equal. */
export function phoneKey(s: string): string {
  const d = s.replace(/\D/g, '');
  return d.slice(-10);
}

/**
 * Every channel of `test.channel` type the profile declares must be visible on the
 * site: a declared WhatsApp line customers never see serves no one.
 */
const declaredChannelShown: Evaluator<DeclaredChannelShownOptions> = ({ value, profile, test }) => {
  const type = test.channel;
  const declared = (profile.channels ?? []).filter((c) => c.type === type && c.value);
  const found = Array.isArray(value) ? value.map(String) : [];
  if (declared.length === 0) return { score: 1, expectation: localized('eval.channel.none', { channel: type }) };
  const missing = declared.filter((c) => {
    const v = c.value!;
    if (type === 'email') return !found.some((f) => f.toLowerCase() === v.toLowerCase());
    return !found.some((f) => phoneKey(f) === phoneKey(v));
  });
  const shown = declared.length - missing.length;
  return {
    score: shown / declared.length,
    expectation: missing.length === 0
      ? localized('eval.channel.allShown', { n: declared.length, channel: type })
      : localized('eval.channel.notFound', { channel: type, missing: missing.map((m) => m.value).join(', '), found: found.length ? found.join(', ') : { msg: { id: 'common.none' } } }),
  };
};

/**
 * A measured duration against the organisation's own target (`targets.<target>` in the
 * profile, e.g. firstResponse: 4h), with `value` as the target when the profile sets
 * none; full credit at or under the target, none at `partialFactor` times it (2 by default).
 */
const profileTarget: Evaluator<ProfileTargetOptions> = ({ value, profile, test }) => {
  const name = test.target;
  const own = parseDuration(profile.targets?.[name]);
  const target = own ?? parseDuration(test.value);
  if (target === undefined || typeof value !== 'number') return { score: null, expectation: localized('data.eval.noTarget', { name }) };
  const subject: MessageValue = test.subject ?? { msg: { id: 'op.subject' } };
  const factor = typeof test.partialFactor === 'number' && test.partialFactor > 1 ? test.partialFactor : 2;
  const score = value <= target ? 1 : Math.max(0, Math.min(1, (target * factor - value) / (target * factor - target)));
  return {
    score,
    expectation: localized(own !== undefined ? 'data.eval.target' : 'data.eval.targetFallback', { subject, value: { duration: value }, target: { duration: target }, name }),
  };
};

export const evaluators = {
  'declared-channel-shown': declaredChannelShown,
  'profile-target': profileTarget,
} as const;

export type EvaluatorName = keyof typeof evaluators;

export function isEvaluator(name: unknown): name is EvaluatorName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(evaluators, name);
}
