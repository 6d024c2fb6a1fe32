/** Messages of src/data (see src/i18n/index.ts). */
export default {
};
