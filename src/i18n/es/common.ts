import type en from '../en/common.js';

export default {
  'common.yes': 'sí',
  'common.no': 'no',
  'common.noValue': 'sin dato',
  'common.none': 'ninguno',
  'common.andMore': 'y {n} más',
  'common.score': '{n}/100',
} satisfies Record<keyof typeof en, string>;
