/** The Spanish catalogue (es-CO): every English message, translated. */
import type { Catalogue } from '../en/index.js';
import common from './common.js';
import engine from './engine.js';
import report from './report.js';

const es: Catalogue = { ...common, ...engine, ...report };
export default es;
