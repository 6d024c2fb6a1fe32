/** Messages of the command line (see src/i18n/index.ts). */
export default {
};
