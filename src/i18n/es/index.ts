/** The Spanish catalogue (es-CO): every English message, translated. */
import type { Catalogue } from '../en/index.js';
import common from './common.js';
import engine from './engine.js';
import report from './report.js';
import interview from './interview.js';
import data from './data.js';
import evidence from './evidence.js';
import cli from './cli.js';
import checklists from './checklists.js';
import scale from './scale.js';
import account from './account.js';
import probe from './probe.js';

const es: Catalogue = { ...common, ...engine, ...report, ...interview, ...data, ...evidence, ...cli, ...checklists, ...scale, ...account, ...probe };
export default es;
