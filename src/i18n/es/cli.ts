import type en from '../en/cli.js';

export default {
} satisfies Record<keyof typeof en, string>;
