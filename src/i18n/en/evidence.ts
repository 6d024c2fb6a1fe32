/** Reasons the probes and measures give for evidence they could not gather (error and missing codes)  (see src/i18n/index.ts). */
export default {
};
