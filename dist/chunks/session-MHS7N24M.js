import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  exemptClusterFindings,
  startClusterSession
} from "./chunk-KWWPJ5MU.js";
import "./chunk-R3VTQGAM.js";
import {
  isClusterFailure
} from "./chunk-IGE6SWFG.js";
import "./chunk-VWUXDKJR.js";
export {
  exemptClusterFindings,
  isClusterFailure,
  startClusterSession
};
