import type en from '../en/evidence.js';

export default {
} satisfies Record<keyof typeof en, string>;
