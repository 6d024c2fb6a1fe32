import type en from '../en/interview.js';

export default {
} satisfies Record<keyof typeof en, string>;
