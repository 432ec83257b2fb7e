/** hearsay's public API: runs in Node and in a browser. Node-only parts live in `hearsay/node`. */
export type { Attributor } from './attribution/attributor.js';
export { decodeModel, encodeModel } from './attribution/model/codec.js';
export { type AttributionModel, modelAttributor } from './attribution/model/model.js';
export { quotedAttributor } from './attribution/quoted.js';
export { ruleAttributor } from './attribution/rules/index.js';
export { formatScores, type Scores, score } from './eval/score.js';
export { decodeBytes } from './ingest/decode.js';
export { detectFormat, type InputFormat } from './ingest/format.js';
export { extractHtml } from './ingest/html.js';
export { type Ingested, type IngestOptions, ingestBytes, ingestText } from './ingest/ingest.js';
export type * from './model/document.js';
export { createDocument } from './model/document.js';
export { HearsayError, isHearsayError } from './model/errors.js';
export type * from './model/provenance.js';
export { type BratRelation, BratWriter, parseBrat, toBrat } from './output/brat.js';
export { fromJson, type HearsayJson, renderJson, SCHEMA_ID, toJson } from './output/json.js';
export { type ReportOptions, type ReportSection, renderReport } from './output/report.js';
export { entityGroup, renderProvenance } from './output/report-provenance.js';
export { type AnalyzeOptions, analyze, type Stage, stages } from './pipeline.js';
export {
  assess,
  buildChains,
  findMarkers,
  provenance,
  resolveSources,
  timeline,
} from './provenance/index.js';
export { VERSION } from './version.js';
