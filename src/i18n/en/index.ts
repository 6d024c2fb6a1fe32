/**
 * The English catalogue, the reference every other language translates: its ids are
 * the message ids (MessageId). One module per part of the product.
 */
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

const en = { ...common, ...engine, ...report, ...interview, ...data, ...evidence, ...cli, ...checklists, ...scale, ...account, ...probe };

export type MessageId = keyof typeof en;
export type Catalogue = Record<MessageId, string>;
export default en satisfies Catalogue;
