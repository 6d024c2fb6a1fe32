/** Words every part of the product shares. */
export default {
  'common.yes': 'yes',
  'common.no': 'no',
  'common.noValue': 'no value',
  'common.none': 'none',
  'common.andMore': 'and {n} more',
  'common.score': '{n}/100',
};
