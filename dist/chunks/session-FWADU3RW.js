import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  exemptClusterFindings,
  startClusterSession
} from "./chunk-TJCGTJAC.js";
import "./chunk-R3VTQGAM.js";
import {
  isClusterFailure
} from "./chunk-DUUKQDNF.js";
import "./chunk-Q2MKRVJ5.js";
export {
  exemptClusterFindings,
  isClusterFailure,
  startClusterSession
};
