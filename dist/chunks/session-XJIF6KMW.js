import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
import {
  exemptClusterFindings,
  startClusterSession
} from "./chunk-BDRXG3JD.js";
import "./chunk-R3VTQGAM.js";
import {
  isClusterFailure
} from "./chunk-KFR3X622.js";
import "./chunk-55DZQQFL.js";
export {
  exemptClusterFindings,
  isClusterFailure,
  startClusterSession
};
