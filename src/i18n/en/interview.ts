/** Messages of src/interview (see src/i18n/index.ts). */
export default {
};
