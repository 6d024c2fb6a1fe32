import type en from '../en/data.js';

export default {
} satisfies Record<keyof typeof en, string>;
