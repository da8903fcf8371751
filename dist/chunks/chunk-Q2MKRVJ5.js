import { createRequire as __kubegateRequire } from 'node:module';
const require = __kubegateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path3) {
      const ctrl = callVisitor(key2, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path3, ctrl);
        return visit_(key2, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = visit_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path3) {
      const ctrl = await callVisitor(key2, node, visitor, path3);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path3, ctrl);
        return visitAsync_(key2, ctrl, visitor, path3);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path3 = Object.freeze(path3.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path3);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path3 = Object.freeze(path3.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path3);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path3);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path3) {
      if (typeof visitor === "function")
        return visitor(key2, node, path3);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path3);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path3);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path3);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path3);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path3);
      return void 0;
    }
    function replaceNode(key2, path3, node) {
      const parent = path3[path3.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path3, value) {
      let v = value;
      for (let i = path3.length - 1; i >= 0; --i) {
        const k = path3[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path3) => path3 == null || typeof path3 === "object" && !!path3[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path3, value) {
        if (isEmptyPath(path3))
          this.add(value);
        else {
          const [key2, ...rest] = path3;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        const [key2, ...rest] = path3;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        const [key2, ...rest] = path3;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path3) {
        const [key2, ...rest] = path3;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        const [key2, ...rest] = path3;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key2) => (merge2.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge2.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key2))
            map2.set(key2, value2);
        } else if (map2 instanceof Set) {
          map2.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key2)) {
          Object.defineProperty(map2, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key2))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema2) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null2 = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs3.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key2, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path3, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path3, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path3) {
        if (Collection.isEmptyPath(path3)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path3) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path3, keepScalar) {
        if (Collection.isEmptyPath(path3))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path3, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path3) {
        if (Collection.isEmptyPath(path3))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path3) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path3, value) {
        if (Collection.isEmptyPath(path3)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path3), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path3, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart2 = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart2 = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart2; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart2; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path3) => {
      let item = cst;
      for (const [field, index] of path3) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path3) => {
      const parent = visit.itemAtPath(cst, path3.slice(0, -1));
      const field = path3[path3.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path3, item, visitor) {
      let ctrl = visitor(item, path3);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path3.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path3);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path3) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs4 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs4, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs4);
              } else {
                Object.assign(it, { key: fs4, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs4 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs4, sep: [] });
              else if (it.sep)
                this.stack.push(fs4);
              else
                Object.assign(it, { key: fs4, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/model/objects.ts
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isKubeObject(value) {
  return isRecord(value) && typeof value.apiVersion === "string" && typeof value.kind === "string";
}
function resourceRef(object) {
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name = typeof metadata.name === "string" ? metadata.name : typeof metadata.generateName === "string" ? metadata.generateName : "";
  const ref = { apiVersion: object.apiVersion, kind: object.kind, name };
  return typeof metadata.namespace === "string" ? { ...ref, namespace: metadata.namespace } : ref;
}
function apiGroup(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}

// src/render/loader.ts
import fs from "node:fs";
import path from "node:path";

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key2 = sourceKeys[index];
        target[key2] = source[key2];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position2, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position2 - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position2 - maxHalfLength + head.length;
    }
    if (lineEnd - position2 > maxHalfLength) {
      tail = " ...";
      lineEnd = position2 + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position2 - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key2 in object) {
      if (_hasOwnProperty.call(object, key2)) {
        if (object[key2] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key2, value) {
    if (key2 === "__proto__") {
      Object.defineProperty(object, key2, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key2] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key2 = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key2)) {
        setProperty(destination, key2, source[key2]);
        overridableKeys[key2] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair2;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair2 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair2 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair2 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair2) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed2 = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed2 = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed2) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed2 = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position2 = 0;
    let result = "";
    const length = string.length;
    while (position2 < length) {
      let line;
      const next = string.indexOf("\n", position2);
      if (next === -1) {
        line = string.slice(position2);
        position2 = length;
      } else {
        line = string.slice(position2, next + 1);
        position2 = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey2 = objectKeyList[index];
      let objectValue = object[objectKey2];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey2, objectValue);
      }
      if (!writeNode(state, level, objectKey2, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey2 = objectKeyList[index];
      let objectValue = object[objectKey2];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey2, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey2, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/render/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
var KIND_NONE = 0;
var KIND_SCALAR = 1;
var KIND_MAPPING = 2;
var KIND_SEQUENCE = 3;
var YamlSourceError = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
    this.name = "YamlSourceError";
  }
  line;
  column;
};
var DEFAULT_YAML_LIMITS = { maxDepth: 100, maxExpandedNodes: 1e6 };
var NodeTable = class {
  fields = new Int32Array(3 * 4096);
  values = [];
  size = 0;
  open(offset) {
    const node = this.size++;
    const at = node * 3;
    if (at + 3 > this.fields.length) {
      const bigger = new Int32Array(this.fields.length * 2);
      bigger.set(this.fields);
      this.fields = bigger;
    }
    this.fields[at] = offset;
    this.values.push(void 0);
    return node;
  }
  close(node, kind, value) {
    this.fields[node * 3 + 1] = kind;
    this.fields[node * 3 + 2] = this.size;
    this.values[node] = value;
  }
  openedAt(node) {
    return this.fields[node * 3];
  }
  kind(node) {
    return this.fields[node * 3 + 1];
  }
  /** the subtree end of a node: its next sibling, or its parent's end */
  next(node) {
    return this.fields[node * 3 + 2];
  }
};
function parseYamlFile(rawText, limits = DEFAULT_YAML_LIMITS) {
  const text = rawText.charCodeAt(0) === 65279 ? rawText.slice(1) : rawText;
  const table = new NodeTable();
  const roots = [];
  const openNodes = [];
  const listener = (event, state) => {
    if (event === "open") {
      const node = table.open(state.position);
      if (state.depth === 1) roots.push(node);
      openNodes[state.depth] = node;
    } else {
      const kind = state.kind;
      const code = kind === "scalar" ? KIND_SCALAR : kind === "mapping" ? KIND_MAPPING : kind === "sequence" ? KIND_SEQUENCE : KIND_NONE;
      table.close(openNodes[state.depth], code, state.result);
    }
  };
  let values;
  try {
    values = yaml.loadAll(text, void 0, {
      listener,
      maxDepth: limits.maxDepth
    });
  } catch (error) {
    throw asSourceError(error);
  }
  const lines = new LineIndex(text);
  if (text.includes("&")) guardAgainstAliasBombs(values, roots, table, lines, limits);
  let fallback;
  const documents = values.map((value, index) => {
    const root = roots[index];
    const rootOffset = root === void 0 ? 0 : contentStart(text, table.openedAt(root));
    return {
      index,
      value,
      line: lines.position(rootOffset).line,
      locate(path3) {
        if (root === void 0) return lines.position(0);
        const offset = locateInTable(text, table, root, path3);
        if (offset !== void 0) return lines.position(offset);
        fallback ??= parseWithYamlPackage(text);
        return lines.position(locateInYamlNode(fallback[index], path3) ?? rootOffset);
      }
    };
  });
  return { text, documents };
}
function asSourceError(error) {
  if (error instanceof yaml.YAMLException) {
    const mark = error.mark;
    return new YamlSourceError(error.reason || error.message, (mark?.line ?? 0) + 1, (mark?.column ?? 0) + 1);
  }
  if (error instanceof RangeError) {
    return new YamlSourceError("YAML nesting too deep to read", 1, 1);
  }
  throw error;
}
function guardAgainstAliasBombs(values, roots, table, lines, limits) {
  const sizes = /* @__PURE__ */ new Map();
  const expandedSize = (value) => {
    if (value === null || typeof value !== "object") return 1;
    const known = sizes.get(value);
    if (known !== void 0) return known;
    let total = 1;
    for (const child of Object.values(value)) {
      total += expandedSize(child);
      if (total > limits.maxExpandedNodes) break;
    }
    sizes.set(value, total);
    return total;
  };
  values.forEach((value, index) => {
    if (expandedSize(value) > limits.maxExpandedNodes) {
      const root = roots[index];
      const { line, column } = lines.position(root === void 0 ? 0 : table.openedAt(root));
      throw new YamlSourceError(
        `document ${index + 1} expands to more than ${limits.maxExpandedNodes} nodes through aliases (alias bomb)`,
        line,
        column
      );
    }
  });
}
function contentStart(text, offset) {
  let i = offset;
  for (; ; ) {
    const ch = text.charCodeAt(i);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13) i++;
    else if (ch === 35 && (i === offset || isBlank(text.charCodeAt(i - 1)))) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
    } else return i;
  }
}
function isBlank(ch) {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}
function locateInTable(text, table, root, path3) {
  let node = root;
  let found = contentStart(text, table.openedAt(root));
  for (const segment of path3) {
    for (; ; ) {
      const first = node + 1;
      const end2 = table.next(node);
      if (first >= end2 || table.next(first) !== end2) break;
      if (table.values[first] !== table.values[node] || table.kind(first) !== table.kind(node)) break;
      node = first;
    }
    const end = table.next(node);
    const kind = table.kind(node);
    if (kind === KIND_MAPPING) {
      let mergeValue = -1;
      let matched = -1;
      let key2 = node + 1;
      while (key2 < end) {
        const value = table.next(key2);
        if (value >= end) {
          if (table.kind(key2) === KIND_NONE) break;
          return void 0;
        }
        const name = table.values[key2];
        if (name === segment || typeof segment === "string" && keyMatches(name, segment)) {
          matched = key2;
          break;
        }
        if (name === "<<") mergeValue = value;
        key2 = table.next(value);
      }
      if (matched < 0) {
        return mergeValue >= 0 ? contentStart(text, table.openedAt(mergeValue)) : found;
      }
      found = contentStart(text, table.openedAt(matched));
      node = table.next(matched);
    } else if (kind === KIND_SEQUENCE) {
      if (typeof segment !== "number") return found;
      const value = table.values[node];
      if (!Array.isArray(value)) return void 0;
      let item = node + 1;
      let count = 0;
      let chosen = -1;
      for (; item < end; item = table.next(item), count++) if (count === segment) chosen = item;
      if (count !== value.length) return void 0;
      if (chosen < 0) return found;
      found = contentStart(text, table.openedAt(chosen));
      node = chosen;
    } else {
      return found;
    }
  }
  return found;
}
function keyMatches(key2, segment) {
  return (typeof key2 === "number" || typeof key2 === "boolean") && String(key2) === segment;
}
function parseWithYamlPackage(text) {
  return (0, import_yaml.parseAllDocuments)(text, { uniqueKeys: false }).map((doc) => doc.contents);
}
function locateInYamlNode(root, path3) {
  let node = root;
  let found = root?.range?.[0];
  for (const segment of path3) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment)
      );
      if (!pair) return found;
      found = pair.key.range?.[0] ?? found;
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) return found;
      found = item.range?.[0] ?? found;
      node = item;
    } else return found;
  }
  return found;
}
var LineIndex = class {
  starts = [0];
  constructor(text) {
    let at = text.indexOf("\n");
    while (at !== -1) {
      this.starts.push(at + 1);
      at = text.indexOf("\n", at + 1);
    }
  }
  position(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low] + 1 };
  }
};

// src/render/loader.ts
var DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
var MANIFEST_EXTENSIONS = /* @__PURE__ */ new Set([".yaml", ".yml", ".json"]);
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([".git", "node_modules"]);
function loadSources(inputs, options, source = workingTree(options.cwd)) {
  const errors = [];
  const skippedCharts = [];
  const files = source.discover(inputs, errors, skippedCharts);
  const objects = [];
  const otherDocuments = [];
  for (const file of files) {
    const result = loadFile(file, source, options);
    if ("error" in result) {
      errors.push(result.error);
      continue;
    }
    objects.push(...result.objects);
    otherDocuments.push(...result.otherDocuments);
  }
  return {
    objects,
    errors,
    files: files.length,
    skippedDocuments: otherDocuments.length,
    otherDocuments,
    skippedCharts
  };
}
function isManifestName(name) {
  return MANIFEST_EXTENSIONS.has(path.extname(name).toLowerCase()) && path.basename(name) !== ".kubegate.yaml";
}
function isSkippedFolder(name) {
  return SKIPPED_FOLDERS.has(name);
}
function workingTree(cwd) {
  return {
    discover(inputs, errors, charts) {
      const found = /* @__PURE__ */ new Set();
      const walk = (folder) => {
        if (fs.existsSync(path.join(folder, "Chart.yaml"))) {
          charts.push(relativeName(cwd, folder));
          return;
        }
        let entries;
        try {
          entries = fs.readdirSync(folder, { withFileTypes: true });
        } catch (error) {
          errors.push({
            file: relativeName(cwd, folder),
            line: 1,
            message: `cannot read folder: ${describe(error)}`
          });
          return;
        }
        for (const entry of entries) {
          const full = path.join(folder, entry.name);
          if (entry.isDirectory()) {
            if (!isSkippedFolder(entry.name)) walk(full);
          } else if (isManifestName(entry.name)) {
            if (entry.isFile() || entry.isSymbolicLink() && safeStat(full)?.isFile())
              found.add(relativeName(cwd, full));
          }
        }
      };
      for (const input of inputs) {
        const full = path.resolve(cwd, input);
        const stat = safeStat(full);
        if (!stat) errors.push({ file: relativeName(cwd, full), line: 1, message: "no such file or folder" });
        else if (stat.isDirectory()) walk(full);
        else found.add(relativeName(cwd, full));
      }
      return [...found].sort();
    },
    size: (file) => fs.statSync(path.resolve(cwd, file)).size,
    read: (file) => fs.readFileSync(path.resolve(cwd, file))
  };
}
function loadFile(file, source, options) {
  const limit = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  let bytes;
  try {
    const size = source.size(file);
    if (size > limit) {
      return { error: { file, line: 1, message: `file is ${size} bytes, over the limit of ${limit} bytes` } };
    }
    bytes = source.read(file);
  } catch (error) {
    return { error: { file, line: 1, message: `cannot read file: ${describe(error)}` } };
  }
  const text = decodeText(bytes);
  if (typeof text !== "string") {
    return { error: { file, line: text.line, message: text.message } };
  }
  return parseManifests(file, text, options.yamlLimits ?? DEFAULT_YAML_LIMITS);
}
function decodeText(bytes) {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { line: lineOfByte(bytes, nul), message: "binary file (NUL byte), not YAML" };
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { line: lineOfByte(bytes, firstInvalidUtf8(bytes)), message: "not UTF-8 text, not YAML" };
  }
}
function lineOfByte(bytes, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}
function firstInvalidUtf8(bytes) {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = lead < 128 ? 1 : lead >= 194 && lead < 224 ? 2 : lead >= 224 && lead < 240 ? 3 : lead >= 240 && lead < 245 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k] & 192) !== 128) return i;
    i += length;
  }
  return i;
}
function parseManifests(file, text, limits = DEFAULT_YAML_LIMITS) {
  let documents;
  try {
    documents = parseYamlFile(text, limits).documents;
  } catch (error) {
    if (error instanceof YamlSourceError) {
      return { error: { file, line: error.line, column: error.column, message: error.message } };
    }
    throw error;
  }
  const objects = [];
  const otherDocuments = [];
  for (const document of documents) {
    const value = document.value;
    if (value === null || value === void 0) continue;
    if (!isKubeObject(value)) {
      otherDocuments.push({
        file,
        documentIndex: document.index,
        line: document.line,
        value,
        locate: (p) => document.locate(p)
      });
      continue;
    }
    if (isListKind(value.kind) && Array.isArray(value.items)) {
      value.items.forEach((item, index) => {
        if (isKubeObject(item)) objects.push(sourceObject(file, document, item, ["items", index]));
        else {
          const prefix = ["items", index];
          const line = document.locate(prefix).line;
          otherDocuments.push({
            file,
            documentIndex: document.index,
            line,
            value: item,
            locate: (p) => document.locate([...prefix, ...p])
          });
        }
      });
      continue;
    }
    objects.push(sourceObject(file, document, value, []));
  }
  return { objects, otherDocuments };
}
function isListKind(kind) {
  return kind === "List" || kind.endsWith("List") && kind.length > 4;
}
function sourceObject(file, document, value, prefix) {
  const line = prefix.length === 0 ? document.line : document.locate(prefix).line;
  return {
    file,
    documentIndex: document.index,
    line,
    value,
    locate: prefix.length === 0 ? (p) => document.locate(p) : (p) => document.locate([...prefix, ...p])
  };
}
function relativeName(cwd, full) {
  const relative = path.relative(cwd, full) || ".";
  return relative.split(path.sep).join("/");
}
function safeStat(full) {
  try {
    return fs.statSync(full);
  } catch {
    return void 0;
  }
}
function describe(error) {
  if (isRecord(error) && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}

// src/cluster/rules.ts
var DRY_RUN_RULE = {
  id: "cluster/dry-run",
  tier: "high",
  title: "The API server must accept every object",
  rationale: "An object the API server refuses (unknown or invalid field, missing CRD, immutable field, quota) fails the rollout half-way, and a misspelt security field that a lenient client drops leaves the workload without the protection the manifest claims.",
  remediation: "Fix the field the API server names (the finding sits on its line), install the CustomResourceDefinition first, or recreate objects whose immutable fields change."
};
var POD_SECURITY_RULE = {
  id: "cluster/pod-security",
  tier: "medium",
  title: "Pod Security Admission must admit the pods without warnings",
  rationale: "The admission controller's own verdict: a pod it rejects never starts, and a pod it warns about runs with the privileges (root, host access, extra capabilities) that the namespace's Pod Security level exists to keep out.",
  remediation: "Change the pod template as the warning says (the pss/ finding on the same object shows the minimal fix), or run it in a namespace whose level allows it, with a reason."
};
var CONNECTIVITY_RULE = {
  id: "cluster/connectivity",
  tier: "high",
  title: "Observed connectivity must match the NetworkPolicy expectation",
  rationale: "A connection the policies should block but packets get through is a flat network an attacker can move across; a connection they should allow but is blocked is an outage. Either way the policies do not do what they say under the real CNI.",
  remediation: "Compare the expected and observed tables: fix the policy (selectors, ports, namespace labels), or use a CNI that enforces the policy feature in question (for example Calico instead of kindnet)."
};
var clusterFamily = {
  rules: [DRY_RUN_RULE, POD_SECURITY_RULE, CONNECTIVITY_RULE],
  analyze() {
  }
};

// src/engines/image-ref.ts
var REPOSITORY_PATH_MAX = 255;
var DEFAULT_DOMAIN = "docker.io";
var LEGACY_DEFAULT_DOMAIN = "index.docker.io";
var OFFICIAL_REPO_PREFIX = "library/";
var LOCALHOST = "localhost";
var ALPHANUMERIC = "[a-z0-9]+";
var SEPARATOR = "(?:[._]|__|[-]+)";
var DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
var IPV6_ADDRESS = "\\[(?:[a-fA-F0-9:]+)\\]";
var DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
var DOMAIN_AND_PORT = `(?:${DOMAIN_NAME}|${IPV6_ADDRESS})(?::[0-9]+)?`;
var TAG = "[\\w][\\w.-]{0,127}";
var DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}";
var PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
var REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
var NAME = `(?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME}`;
var REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
var ANCHORED_NAME = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
var IDENTIFIER = /^[a-f0-9]{64}$/;
var GO_DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
var DIGEST_HEX_LENGTH = { sha256: 64, sha384: 96, sha512: 128 };
function parseImageReference(text) {
  if (text === "") return fail("the image reference is empty");
  if (IDENTIFIER.test(text)) {
    return fail("a 64-character hexadecimal string is an image ID, not a repository name");
  }
  const { domain, remainder } = splitDockerDomain(text);
  const colon = remainder.indexOf(":");
  const remote = colon === -1 ? remainder : remainder.slice(0, colon);
  if (remote.toLowerCase() !== remote) return fail("repository name must be lowercase");
  return parse(`${domain}/${remainder}`);
}
function parse(text) {
  const match = REFERENCE.exec(text);
  if (!match) {
    const lower = text.toLowerCase();
    if (lower !== text && REFERENCE.test(lower)) return fail("repository name must be lowercase");
    return fail("invalid reference format");
  }
  const name = match[1];
  const nameMatch = ANCHORED_NAME.exec(name);
  const domain = nameMatch?.[1] ?? "";
  const path3 = nameMatch ? nameMatch[2] : name;
  if (path3.length > REPOSITORY_PATH_MAX) {
    return fail(`repository name must not be more than ${REPOSITORY_PATH_MAX} characters`);
  }
  const tag = match[2];
  const digest = match[3];
  if (digest !== void 0) {
    const problem = digestProblem(digest);
    if (problem) return fail(problem);
  }
  return {
    ok: true,
    reference: {
      domain,
      path: path3,
      ...tag !== void 0 ? { tag } : {},
      ...digest !== void 0 ? { digest } : {}
    }
  };
}
function digestProblem(digest) {
  const colon = digest.indexOf(":");
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === void 0) {
    return GO_DIGEST.test(digest) ? `unsupported digest algorithm "${algorithm}" (supported: sha256, sha384, sha512)` : "invalid digest format";
  }
  if (encoded.length !== length || !/^[a-f0-9]+$/.test(encoded)) {
    return `invalid ${algorithm} digest: expected ${length} lowercase hexadecimal characters`;
  }
  return void 0;
}
function splitDockerDomain(text) {
  const slash = text.indexOf("/");
  if (slash === -1) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_REPO_PREFIX + text };
  const first = text.slice(0, slash);
  const rest = text.slice(slash + 1);
  let domain;
  let remainder;
  if (first === LOCALHOST || /[.:]/.test(first) || first.toLowerCase() !== first) {
    domain = first === LEGACY_DEFAULT_DOMAIN ? DEFAULT_DOMAIN : first;
    remainder = rest;
  } else {
    domain = DEFAULT_DOMAIN;
    remainder = text;
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes("/")) remainder = OFFICIAL_REPO_PREFIX + remainder;
  return { domain, remainder };
}
function fail(reason) {
  return { ok: false, reason };
}
function repositoryName(reference) {
  return reference.domain === "" ? reference.path : `${reference.domain}/${reference.path}`;
}
function formatImageReference(reference) {
  return `${repositoryName(reference)}${reference.tag !== void 0 ? `:${reference.tag}` : ""}${reference.digest !== void 0 ? `@${reference.digest}` : ""}`;
}
var RegistryPatternError = class extends Error {
  constructor(entry, message) {
    super(message);
    this.entry = entry;
    this.name = "RegistryPatternError";
  }
  entry;
};
var ENTRY_REGISTRY = /^[A-Za-z0-9.:*?[\]-]+$/;
var ENTRY_PATH_SEGMENT = /^[a-z0-9._*?-]+$/;
function compileRegistryPattern(entry) {
  const parts = entry.split("/");
  const [registry, ...path3] = parts;
  if (!registry || !ENTRY_REGISTRY.test(registry)) {
    throw new RegistryPatternError(
      entry,
      `"${entry}" must start with a registry host (e.g. registry.example.com)`
    );
  }
  if (registry !== LOCALHOST && !/[.:*?[]/.test(registry)) {
    throw new RegistryPatternError(
      entry,
      `"${entry}" must start with a registry host, which holds a '.' or a ':' or is localhost (Docker Hub is docker.io)`
    );
  }
  if (path3.some((segment) => !ENTRY_PATH_SEGMENT.test(segment))) {
    throw new RegistryPatternError(
      entry,
      `"${entry}" has an empty or invalid repository segment (lowercase letters, digits, '.', '_', '-', globs)`
    );
  }
  let domain = registry.toLowerCase();
  if (domain === LEGACY_DEFAULT_DOMAIN) domain = DEFAULT_DOMAIN;
  const segments = domain === DEFAULT_DOMAIN && path3.length === 1 && !/[*?]/.test(path3[0]) ? ["library", ...path3] : path3;
  return { entry, segments: [domain, ...segments].map(segmentGlob) };
}
function segmentGlob(glob) {
  let source = "";
  for (const ch of glob) {
    if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
  }
  return new RegExp(`^${source}$`);
}
function admittingPattern(reference, patterns) {
  const segments = [reference.domain.toLowerCase(), ...reference.path.split("/")];
  return patterns.find(
    (pattern) => pattern.segments.length <= segments.length && pattern.segments.every((segmentPattern, index) => segmentPattern.test(segments[index]))
  );
}

// src/rules/images/invalid-reference.ts
var invalidReferenceRule = {
  id: "images/invalid-reference",
  tier: "high",
  title: "Image references must be valid",
  rationale: "An image reference the runtime cannot parse fails at pull time, and one that is missing is filled in later by something the review never sees; either way the image policy cannot be checked on what will actually run.",
  remediation: 'Write a complete reference: registry/repository:tag@sha256:digest, repository lowercase, tag at most 128 characters of letters, digits, "_", "." and "-", a sha256, sha384 or sha512 digest in lowercase hex.'
};
function invalidReferenceMessage(label, image, reason) {
  if (typeof image !== "string" || image === "")
    return `${label} sets no image, so the image policy cannot be checked`;
  return `${label} image ${JSON.stringify(image)} is not a valid image reference: ${reason}`;
}

// src/rules/images/latest-tag.ts
var latestTagRule = {
  info: {
    id: "images/latest-tag",
    tier: "high",
    title: "Images must not use the :latest tag or omit the tag",
    rationale: "The :latest tag (which an image without a tag gets) moves whenever someone pushes, so what a node pulls is whatever the registry holds that day: a compromised or broken push reaches production on the next restart, and nothing in the manifest changes.",
    remediation: "Reference a specific version tag, and better the digest too (registry/repo:1.2.3@sha256:\u2026); let a bot such as Renovate or Dependabot propose updates."
  },
  check({ subject, reference }) {
    if (reference.digest !== void 0) return void 0;
    if (reference.tag === void 0)
      return `${subject} has no tag, so it runs whatever :latest is when pulled`;
    if (reference.tag === "latest") return `${subject} uses the mutable :latest tag`;
    return void 0;
  }
};

// src/rules/images/not-pinned-by-digest.ts
var notPinnedByDigestRule = {
  info: {
    id: "images/not-pinned-by-digest",
    tier: "high",
    title: "Images must be pinned by digest",
    rationale: "Tags are mutable: whoever can push to the repository (or takes over the registry account) can replace the image behind a version tag, and every node that pulls afterwards runs the replacement. A digest names the exact content, so a swapped image fails to pull instead of running.",
    remediation: "Append the digest of the image you tested: registry/repo:1.2.3@sha256:<digest> (crane digest or docker buildx imagetools inspect prints it); the tag stays readable and the digest decides. Set images.requireDigest: false to turn this rule off."
  },
  check({ subject, reference, policy }) {
    if (!policy.requireDigest || reference.digest !== void 0) return void 0;
    return `${subject} is not pinned by digest, so the registry decides what runs`;
  }
};

// src/rules/images/policy.ts
function imagePolicy(settings) {
  const section = settings.config.images ?? {};
  return {
    allowList: section.allowedRegistries?.map(compileRegistryPattern),
    requireDigest: section.requireDigest ?? true
  };
}

// src/rules/images/registry-not-allowed.ts
var registryNotAllowedRule = {
  info: {
    id: "images/registry-not-allowed",
    tier: "high",
    title: "Images must come from an allowed registry",
    rationale: "An image from a registry the organisation does not control bypasses its scanning, signing and retention: a typo-squatted or hijacked public repository runs with the workload's service account and network access.",
    remediation: "Pull the image through an allowed registry (mirror or proxy it there), or add its registry or repository to images.allowedRegistries after review. The rule only runs when images.allowedRegistries is configured."
  },
  check({ subject, reference, policy }) {
    if (policy.allowList === void 0 || admittingPattern(reference, policy.allowList)) return void 0;
    const source = reference.domain === "" ? "a name without a registry" : repositoryName(reference);
    return `${subject} comes from ${source}, which no entry of images.allowedRegistries admits`;
  }
};

// src/rules/pss/pod.ts
function asObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function asList(value) {
  return Array.isArray(value) ? value : [];
}
function isSet(value) {
  return value !== void 0 && value !== null;
}
function asText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}
function annotationsOf(pod) {
  return asObject(pod.metadata.annotations) ?? {};
}
function isWindowsPod(pod) {
  return asObject(pod.spec.os)?.name === "windows";
}
function inUserNamespace(pod) {
  return pod.spec.hostUsers === false;
}
function quote(text) {
  return JSON.stringify(text);
}
function quoteAll(texts) {
  return texts.map(quote).join(", ");
}

// src/rules/pss/containers.ts
var CONTAINER_LISTS = ["initContainers", "containers", "ephemeralContainers"];
var containersOf;
var ownersOf;
function podContainers(pod) {
  if (containersOf?.spec === pod.spec) return containersOf.views;
  const views = [];
  for (const list of CONTAINER_LISTS) {
    const entries = asList(pod.spec[list]);
    for (let index = 0; index < entries.length; index++) {
      const fields = asObject(entries[index]);
      if (!fields) continue;
      views.push({
        name: asText(fields.name),
        list,
        path: ["spec", list, index],
        fields,
        securityContext: asObject(fields.securityContext)
      });
    }
  }
  containersOf = { spec: pod.spec, views };
  return views;
}
var POD_SECURITY_CONTEXT = ["spec", "securityContext"];
var Owner = class {
  constructor(securityContext, container) {
    this.securityContext = securityContext;
    this.container = container;
  }
  securityContext;
  container;
  get label() {
    return this.container ? `container ${quote(this.container.name)}` : "pod";
  }
  get path() {
    return this.container ? [...this.container.path, "securityContext"] : POD_SECURITY_CONTEXT;
  }
};
function securityContextOwners(pod) {
  if (ownersOf?.spec === pod.spec) return ownersOf.owners;
  const owners = [new Owner(asObject(pod.spec.securityContext), void 0)];
  for (const container of podContainers(pod)) owners.push(new Owner(container.securityContext, container));
  ownersOf = { spec: pod.spec, owners };
  return owners;
}

// src/rules/images/sites.ts
function imageSites(template) {
  const sites = podContainers(template).map((container) => ({
    object: template.object,
    path: [...template.prefix, ...container.path, "image"],
    label: `${container.list === "containers" ? "container" : describeList(container.list)} ${quote(container.name)}`,
    image: container.fields.image
  }));
  asList(template.spec.volumes).forEach((entry, index) => {
    const volume = asObject(entry);
    const source = asObject(volume?.image);
    if (!volume || !source) return;
    sites.push({
      object: template.object,
      path: [...template.prefix, "spec", "volumes", index, "image", "reference"],
      label: `image volume ${quote(asText(volume.name))}`,
      image: source.reference
    });
  });
  return sites;
}
function describeList(list) {
  return list === "initContainers" ? "init container" : "ephemeral container";
}

// src/rules/images/family.ts
var IMAGE_RULES = [latestTagRule, notPinnedByDigestRule, registryNotAllowedRule];
var imagesFamily = {
  rules: [invalidReferenceRule, ...IMAGE_RULES.map((rule) => rule.info)],
  analyze(context, emit) {
    const rules2 = IMAGE_RULES.filter((rule) => context.isEnabled(rule.info.id));
    const reportInvalid = context.isEnabled(invalidReferenceRule.id);
    if (rules2.length === 0 && !reportInvalid) return;
    const policy = imagePolicy(context.settings);
    for (const template of context.podTemplates) {
      for (const site of imageSites(template)) {
        const parsed = typeof site.image === "string" ? parseImageReference(site.image) : void 0;
        if (!parsed?.ok) {
          if (reportInvalid) {
            emit({
              ruleId: invalidReferenceRule.id,
              object: site.object,
              path: site.path,
              message: invalidReferenceMessage(site.label, site.image, parsed?.reason)
            });
          }
          continue;
        }
        const use = {
          subject: `${site.label} image ${JSON.stringify(site.image)}`,
          reference: parsed.reference,
          policy
        };
        for (const rule of rules2) {
          const message = rule.check(use);
          if (message !== void 0)
            emit({ ruleId: rule.info.id, object: site.object, path: site.path, message });
        }
      }
    }
  }
};

// src/model/glob.ts
function globToRegExp(glob) {
  let source = "";
  for (const ch of glob) {
    if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else source += ch.replace(/[\\^$.|+()[\]{}]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s");
}
function compileGlobs(globs) {
  const patterns = globs.map(globToRegExp);
  return (value) => patterns.some((pattern) => pattern.test(value));
}

// src/rules/namespaces/labels.ts
var ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
var ENFORCE_LABEL_PATH = ["metadata", "labels", ENFORCE_LABEL];
function namespaceViews(objects) {
  const views = [];
  for (const object of objects) {
    if (object.value.apiVersion !== "v1" || object.value.kind !== "Namespace") continue;
    const metadata = isRecord(object.value.metadata) ? object.value.metadata : {};
    const labels = isRecord(metadata.labels) ? metadata.labels : {};
    const enforce = labels[ENFORCE_LABEL];
    views.push({
      object,
      name: typeof metadata.name === "string" ? metadata.name : "",
      enforce: enforce === void 0 || enforce === null ? void 0 : String(enforce)
    });
  }
  return views;
}
function productionMatcher(settings) {
  return compileGlobs(settings.config.namespaces?.production ?? []);
}

// src/rules/namespaces/pod-security-enforce.ts
var ID = "namespaces/pod-security-enforce";
var podSecurityEnforceRule = {
  id: ID,
  tier: "medium",
  title: "Production namespaces must enforce the restricted Pod Security Standard",
  rationale: "Without an enforce label the API server admits any pod into the namespace, privileged and host-mounting ones included; the label makes the restricted policy hold for every workload, however it is deployed, not only for those that pass through this gate.",
  remediation: `Label the namespace ${ENFORCE_LABEL}: restricted (and pin ${ENFORCE_LABEL}-version to the cluster's minor version).`
};
function podSecurityEnforceFindings(namespace) {
  if (namespace.enforce === "restricted") return [];
  const state = namespace.enforce === void 0 ? "has no" : `sets ${quote(namespace.enforce)} for the`;
  return [
    {
      ruleId: ID,
      object: namespace.object,
      path: ENFORCE_LABEL_PATH,
      message: `production namespace ${quote(namespace.name)} ${state} ${ENFORCE_LABEL} label; it must be "restricted"`,
      fix: {
        description: `set the ${ENFORCE_LABEL} label to restricted`,
        set: [{ path: ENFORCE_LABEL_PATH, value: "restricted" }]
      }
    }
  ];
}

// src/rules/namespaces/pod-security-privileged.ts
var ID2 = "namespaces/pod-security-privileged";
var podSecurityPrivilegedRule = {
  id: ID2,
  tier: "medium",
  title: "Namespaces must not enforce the privileged Pod Security level",
  rationale: "enforce: privileged switches Pod Security Admission off for the namespace: anyone who can create a pod there can run it privileged with the host filesystem and network, which is root on the node.",
  remediation: `Set ${ENFORCE_LABEL} to restricted (or baseline where a workload needs it), and move the few workloads that truly need host access to a dedicated, tightly bound namespace.`
};
function podSecurityPrivilegedFindings(namespace, production) {
  if (namespace.enforce !== "privileged") return [];
  const level = production ? "restricted" : "baseline";
  return [
    {
      ruleId: ID2,
      object: namespace.object,
      path: ENFORCE_LABEL_PATH,
      message: `namespace ${quote(namespace.name)} enforces the privileged level, which admits any pod`,
      fix: {
        description: `set the ${ENFORCE_LABEL} label to ${level}`,
        set: [{ path: ENFORCE_LABEL_PATH, value: level }]
      }
    }
  ];
}

// src/rules/namespaces/family.ts
var namespacesFamily = {
  rules: [podSecurityEnforceRule, podSecurityPrivilegedRule],
  analyze(context, emit) {
    const enforce = context.isEnabled(podSecurityEnforceRule.id);
    const privileged = context.isEnabled(podSecurityPrivilegedRule.id);
    if (!enforce && !privileged) return;
    const isProduction = productionMatcher(context.settings);
    for (const namespace of namespaceViews(context.objects)) {
      const production = isProduction(namespace.name);
      if (enforce && production) podSecurityEnforceFindings(namespace).forEach(emit);
      if (privileged) podSecurityPrivilegedFindings(namespace, production).forEach(emit);
    }
  }
};

// src/engines/netpol/conn.ts
var PROTOCOLS = ["SCTP", "TCP", "UDP"];
var MIN_PORT = 1;
var MAX_PORT = 65535;
var FULL = [[MIN_PORT, MAX_PORT]];
function isProtocol(value) {
  return typeof value === "string" && PROTOCOLS.includes(value);
}
function normalize(ranges) {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [lo, hi] of ranges) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}
function intersectRanges(a, b) {
  const result = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i][0], b[j][0]);
    const hi = Math.min(a[i][1], b[j][1]);
    if (lo <= hi) result.push([lo, hi]);
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return result;
}
function subtractRanges(a, b) {
  let current = a.map(([lo, hi]) => [lo, hi]);
  for (const [cutLo, cutHi] of b) {
    const next = [];
    for (const [lo, hi] of current) {
      if (cutHi < lo || cutLo > hi) {
        next.push([lo, hi]);
        continue;
      }
      if (cutLo > lo) next.push([lo, cutLo - 1]);
      if (cutHi < hi) next.push([cutHi + 1, hi]);
    }
    current = next;
  }
  return current;
}
function isFull(ranges) {
  return ranges.length === 1 && ranges[0][0] === MIN_PORT && ranges[0][1] === MAX_PORT;
}
function sameRanges(a, b) {
  return a.length === b.length && a.every((range, i) => range[0] === b[i][0] && range[1] === b[i][1]);
}
var Conn = class _Conn {
  /** ports by protocol, in the order of PROTOCOLS */
  constructor(byProtocol) {
    this.byProtocol = byProtocol;
  }
  byProtocol;
  static NONE = new _Conn([[], [], []]);
  static ALL = new _Conn([FULL, FULL, FULL]);
  text;
  /** Ports of one protocol; `ranges` need not be sorted or disjoint. */
  static of(protocol, ranges) {
    const parts = [[], [], []];
    parts[PROTOCOLS.indexOf(protocol)] = normalize(ranges.map(([lo, hi]) => [lo, hi]));
    return _Conn.make(parts);
  }
  static allPorts(protocol) {
    return _Conn.of(protocol, FULL);
  }
  static make(parts) {
    if (parts.every((ranges) => ranges.length === 0)) return _Conn.NONE;
    if (parts.every(isFull)) return _Conn.ALL;
    return new _Conn(parts);
  }
  get isEmpty() {
    return this === _Conn.NONE;
  }
  get isAll() {
    return this === _Conn.ALL;
  }
  ports(protocol) {
    return this.byProtocol[PROTOCOLS.indexOf(protocol)];
  }
  union(other) {
    if (this === other || other.isEmpty || this.isAll) return this;
    if (this.isEmpty || other.isAll) return other;
    return _Conn.make(
      [0, 1, 2].map((i) => normalize([...this.byProtocol[i], ...other.byProtocol[i]]))
    );
  }
  intersect(other) {
    if (this === other || other.isAll || this.isEmpty) return this;
    if (this.isAll || other.isEmpty) return other;
    return _Conn.make(
      [0, 1, 2].map((i) => intersectRanges(this.byProtocol[i], other.byProtocol[i]))
    );
  }
  subtract(other) {
    if (other.isEmpty || this.isEmpty) return this;
    if (other.isAll || this === other) return _Conn.NONE;
    return _Conn.make(
      [0, 1, 2].map((i) => subtractRanges(this.byProtocol[i], other.byProtocol[i]))
    );
  }
  allows(protocol, port) {
    return this.ports(protocol).some(([lo, hi]) => lo <= port && port <= hi);
  }
  equals(other) {
    return this === other || this.byProtocol.every((ranges, i) => sameRanges(ranges, other.byProtocol[i]));
  }
  /** `All Connections`, `TCP 80,UDP 53`, or `No Connections` for the empty set. */
  toString() {
    if (this.text !== void 0) return this.text;
    if (this.isAll) this.text = "All Connections";
    else if (this.isEmpty) this.text = "No Connections";
    else {
      const parts = [];
      PROTOCOLS.forEach((protocol, i) => {
        const ranges = this.byProtocol[i];
        if (ranges.length === 0) return;
        parts.push(
          `${protocol} ${ranges.map(([lo, hi]) => lo === hi ? `${lo}` : `${lo}-${hi}`).join(",")}`
        );
      });
      this.text = parts.join(",");
    }
    return this.text;
  }
};

// src/engines/netpol/ip.ts
var BITS = { 4: 32, 6: 128 };
function maxAddress(family) {
  return (1n << BigInt(BITS[family])) - 1n;
}
function fullRange(family) {
  return { family, lo: 0n, hi: maxAddress(family) };
}
var IPV4_OCTET = /^(0|[1-9][0-9]{0,2})$/;
function parseIpv4(text) {
  const parts = text.split(".");
  if (parts.length !== 4) return void 0;
  let value = 0n;
  for (const part of parts) {
    if (!IPV4_OCTET.test(part)) return void 0;
    const octet = Number(part);
    if (octet > 255) return void 0;
    value = value << 8n | BigInt(octet);
  }
  return value;
}
var HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
function parseIpv6(input) {
  let text = input;
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    const tail = parseIpv4(text.slice(lastColon + 1));
    if (tail === void 0) return void 0;
    text = `${text.slice(0, lastColon + 1)}${(tail >> 16n).toString(16)}:${(tail & 0xffffn).toString(16)}`;
  }
  const doubleColon = text.indexOf("::");
  if (doubleColon !== text.lastIndexOf("::")) return void 0;
  let groups;
  if (doubleColon >= 0) {
    const head = text.slice(0, doubleColon);
    const rest = text.slice(doubleColon + 2);
    const headGroups = head === "" ? [] : head.split(":");
    const restGroups = rest === "" ? [] : rest.split(":");
    const missing = 8 - headGroups.length - restGroups.length;
    if (missing < 1) return void 0;
    groups = [...headGroups, ...Array(missing).fill("0"), ...restGroups];
  } else {
    groups = text.split(":");
  }
  if (groups.length !== 8) return void 0;
  let value = 0n;
  for (const group of groups) {
    if (!HEX_GROUP.test(group)) return void 0;
    value = value << 16n | BigInt(parseInt(group, 16));
  }
  return value;
}
function parseIp(text) {
  if (text.includes(":")) {
    const value2 = parseIpv6(text);
    return value2 === void 0 ? void 0 : { family: 6, value: value2 };
  }
  const value = parseIpv4(text);
  return value === void 0 ? void 0 : { family: 4, value };
}
function parseCidr(text) {
  const slash = text.indexOf("/");
  if (slash < 0) return void 0;
  const address = parseIp(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (!address || !/^(0|[1-9][0-9]{0,2})$/.test(prefixText)) return void 0;
  const prefix = Number(prefixText);
  const bits = BITS[address.family];
  if (prefix > bits) return void 0;
  const hostBits = BigInt(bits - prefix);
  const lo = address.value >> hostBits << hostBits;
  const hi = lo | (1n << hostBits) - 1n;
  return { family: address.family, lo, hi, prefix, text: `${formatIp(address.family, lo)}/${prefix}` };
}
function formatIp(family, value) {
  if (family === 4) {
    return [24n, 16n, 8n, 0n].map((shift) => String(value >> shift & 0xffn)).join(".");
  }
  const groups = [];
  for (let shift = 112n; shift >= 0n; shift -= 16n) groups.push(Number(value >> shift & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
function formatRange(range) {
  return `${formatIp(range.family, range.lo)}-${formatIp(range.family, range.hi)}`;
}
function compareRanges(a, b) {
  if (a.family !== b.family) return a.family - b.family;
  return a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0;
}
var AddressSet = class _AddressSet {
  constructor(ranges) {
    this.ranges = ranges;
  }
  ranges;
  static EMPTY = new _AddressSet([]);
  static of(ranges) {
    const sorted = [...ranges].sort(compareRanges);
    const merged = [];
    for (const range of sorted) {
      const last = merged[merged.length - 1];
      if (last && last.family === range.family && range.lo <= last.hi + 1n) {
        if (range.hi > last.hi)
          merged[merged.length - 1] = { family: last.family, lo: last.lo, hi: range.hi };
      } else {
        merged.push({ family: range.family, lo: range.lo, hi: range.hi });
      }
    }
    return new _AddressSet(merged);
  }
  get isEmpty() {
    return this.ranges.length === 0;
  }
  union(other) {
    return _AddressSet.of([...this.ranges, ...other.ranges]);
  }
  subtract(other) {
    let current = [...this.ranges];
    for (const cut of other.ranges) {
      const next = [];
      for (const range of current) {
        if (range.family !== cut.family || cut.hi < range.lo || cut.lo > range.hi) {
          next.push(range);
          continue;
        }
        if (cut.lo > range.lo) next.push({ family: range.family, lo: range.lo, hi: cut.lo - 1n });
        if (cut.hi < range.hi) next.push({ family: range.family, lo: cut.hi + 1n, hi: range.hi });
      }
      current = next;
    }
    return new _AddressSet(current);
  }
  intersect(other) {
    const result = [];
    for (const a of this.ranges) {
      for (const b of other.ranges) {
        if (a.family !== b.family) continue;
        const lo = a.lo > b.lo ? a.lo : b.lo;
        const hi = a.hi < b.hi ? a.hi : b.hi;
        if (lo <= hi) result.push({ family: a.family, lo, hi });
      }
    }
    return _AddressSet.of(result);
  }
  intersects(other) {
    return !this.intersect(other).isEmpty;
  }
  /** true when every address of the range is in the set */
  containsRange(range) {
    return this.ranges.some((own) => own.family === range.family && own.lo <= range.lo && own.hi >= range.hi);
  }
  containsAddress(family, value) {
    return this.ranges.some((own) => own.family === family && own.lo <= value && own.hi >= value);
  }
  /** true when the set holds all of `other` */
  covers(other) {
    return other.subtract(this).isEmpty;
  }
  toString() {
    return this.ranges.map(formatRange).join(",");
  }
};
function cidrSet(cidr) {
  return AddressSet.of([cidr]);
}
var DEFAULT_POD_NETWORKS = [
  "10.0.0.0/8",
  "172.16.0.0/12",
  "192.168.0.0/16",
  "100.64.0.0/10",
  "fc00::/7"
];

// src/model/workloads.ts
var APPS = ["apps", "extensions"];
var TEMPLATE_LOCATIONS = {
  Pod: { groups: [""], prefix: [] },
  PodTemplate: { groups: [""], prefix: ["template"] },
  ReplicationController: { groups: [""], prefix: ["spec", "template"] },
  Deployment: { groups: APPS, prefix: ["spec", "template"] },
  ReplicaSet: { groups: APPS, prefix: ["spec", "template"] },
  StatefulSet: { groups: ["apps"], prefix: ["spec", "template"] },
  DaemonSet: { groups: APPS, prefix: ["spec", "template"] },
  Job: { groups: ["batch"], prefix: ["spec", "template"] },
  CronJob: { groups: ["batch"], prefix: ["spec", "jobTemplate", "spec", "template"] }
};
function podTemplateOf(object) {
  const location = TEMPLATE_LOCATIONS[object.value.kind];
  if (!location || !location.groups.includes(apiGroup(object.value.apiVersion))) return void 0;
  let node = object.value;
  for (const segment of location.prefix) {
    if (!isRecord(node)) return void 0;
    node = node[segment];
  }
  if (!isRecord(node) || !isRecord(node.spec)) return void 0;
  return {
    object,
    prefix: location.prefix,
    metadata: isRecord(node.metadata) ? node.metadata : {},
    spec: node.spec
  };
}
function podTemplates(objects) {
  const templates = [];
  for (const object of objects) {
    const template = podTemplateOf(object);
    if (template) templates.push(template);
  }
  return templates;
}
var WORKLOAD_KINDS = Object.keys(TEMPLATE_LOCATIONS);

// src/engines/netpol/model.ts
var NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";
var DEFAULT_NAMESPACE = "default";
var RUNNING_KINDS = /* @__PURE__ */ new Set([
  "Pod",
  "ReplicationController",
  "Deployment",
  "ReplicaSet",
  "StatefulSet",
  "DaemonSet",
  "Job",
  "CronJob"
]);
function workloadId(namespace, name, kind) {
  return `${namespace}/${name}[${kind}]`;
}
function metadataOf(object) {
  return isRecord(object.value.metadata) ? object.value.metadata : {};
}
function namespaceOf(object) {
  const namespace = metadataOf(object).namespace;
  return typeof namespace === "string" && namespace !== "" ? namespace : DEFAULT_NAMESPACE;
}
function nameOf(object) {
  const metadata = metadataOf(object);
  if (typeof metadata.name === "string") return metadata.name;
  return typeof metadata.generateName === "string" ? metadata.generateName : "";
}
function isNamespaceObject(object) {
  return object.value.kind === "Namespace" && apiGroup(object.value.apiVersion) === "";
}
function readLabels(value, object, path3, issues) {
  const labels = {};
  if (value === void 0 || value === null) return labels;
  if (!isRecord(value)) {
    issues.push({ object, path: path3, message: "labels must be a mapping of strings" });
    return labels;
  }
  for (const [key2, labelValue] of Object.entries(value)) {
    if (typeof labelValue === "string") labels[key2] = labelValue;
    else
      issues.push({
        object,
        path: [...path3, key2],
        message: `label "${key2}" must have a string value (quote it)`
      });
  }
  return labels;
}
function readPorts(spec, object, prefix, issues) {
  const ports = [];
  for (const list of ["initContainers", "containers"]) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((container, containerIndex) => {
      if (!isRecord(container) || !Array.isArray(container.ports)) return;
      if (list === "initContainers" && container.restartPolicy !== "Always") return;
      container.ports.forEach((port, portIndex) => {
        const path3 = [...prefix, "spec", list, containerIndex, "ports", portIndex];
        if (!isRecord(port)) return;
        const number = port.containerPort;
        if (typeof number !== "number" || !Number.isInteger(number) || number < MIN_PORT || number > MAX_PORT) {
          issues.push({
            object,
            path: [...path3, "containerPort"],
            message: `containerPort must be a number from ${MIN_PORT} to ${MAX_PORT}`
          });
          return;
        }
        const protocol = port.protocol ?? "TCP";
        if (!isProtocol(protocol)) {
          issues.push({
            object,
            path: [...path3, "protocol"],
            message: `protocol must be TCP, UDP or SCTP, not ${JSON.stringify(protocol)}`
          });
          return;
        }
        ports.push({ ...typeof port.name === "string" ? { name: port.name } : {}, port: number, protocol });
      });
    });
  }
  return ports;
}
function podIps(object) {
  const status = isRecord(object.value.status) ? object.value.status : {};
  const texts = /* @__PURE__ */ new Set();
  if (typeof status.podIP === "string") texts.add(status.podIP);
  if (Array.isArray(status.podIPs)) {
    for (const entry of status.podIPs)
      if (isRecord(entry) && typeof entry.ip === "string") texts.add(entry.ip);
  }
  return [...texts].flatMap((text) => {
    const ip = parseIp(text);
    return ip ? [ip] : [];
  });
}
function ownerOf(object) {
  const references = metadataOf(object).ownerReferences;
  if (!Array.isArray(references)) return void 0;
  const valid = references.filter(
    (reference) => isRecord(reference) && typeof reference.kind === "string" && typeof reference.name === "string"
  );
  const owner = valid.find((reference) => reference.controller === true) ?? valid[0];
  return owner ? { kind: owner.kind, name: owner.name } : void 0;
}
function shapeKey(shape) {
  const labels = Object.entries(shape.labels).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  const ports = shape.ports.map((port) => `${port.name ?? ""}/${port.port}/${port.protocol}`).sort();
  const ips = shape.ips.map((ip) => `${ip.family}:${ip.value}`).sort();
  return JSON.stringify([labels, ports, ips]);
}
function readPeers(objects, issues) {
  const workloads = /* @__PURE__ */ new Map();
  const namespaceObjects = /* @__PURE__ */ new Map();
  for (const object of objects) {
    if (isNamespaceObject(object)) {
      const name2 = nameOf(object);
      if (name2 === "") continue;
      const labels = readLabels(metadataOf(object).labels, object, ["metadata", "labels"], issues);
      namespaceObjects.set(name2, { labels, object });
      continue;
    }
    if (!RUNNING_KINDS.has(object.value.kind)) continue;
    const template = podTemplateOf(object);
    if (!template) continue;
    const namespace = namespaceOf(object);
    const isPod = object.value.kind === "Pod";
    const owner = isPod ? ownerOf(object) : void 0;
    const name = owner ? owner.name : nameOf(object);
    const kind = owner ? owner.kind : object.value.kind;
    const id = workloadId(namespace, name, kind);
    const shape = {
      labels: readLabels(
        template.metadata.labels,
        object,
        [...template.prefix, "metadata", "labels"],
        issues
      ),
      ports: readPorts(template.spec, object, template.prefix, issues),
      ips: isPod ? podIps(object) : []
    };
    let workload = workloads.get(id);
    if (!workload) {
      workload = {
        id,
        namespace,
        name,
        kind,
        object,
        prefix: template.prefix,
        shapes: [],
        shapeKeys: /* @__PURE__ */ new Set()
      };
      workloads.set(id, workload);
    }
    const key2 = shapeKey(shape);
    if (!workload.shapeKeys.has(key2)) {
      workload.shapeKeys.add(key2);
      workload.shapes.push(shape);
    }
  }
  const namespaces = /* @__PURE__ */ new Map();
  for (const [name, { labels, object }] of namespaceObjects) {
    namespaces.set(name, { name, labels: { ...labels, [NAMESPACE_NAME_LABEL]: name }, object });
  }
  const list = [...workloads.values()].map(({ shapeKeys: _shapeKeys, ...workload }) => workload);
  for (const workload of list) addNamespace(namespaces, workload.namespace);
  return { workloads: list, namespaces };
}
function addNamespace(namespaces, name) {
  if (!namespaces.has(name)) namespaces.set(name, { name, labels: { [NAMESPACE_NAME_LABEL]: name } });
}

// src/engines/netpol/selector.ts
var OPERATORS = ["In", "NotIn", "Exists", "DoesNotExist"];
var EVERYTHING = { requirements: [], key: "{}" };
function selectsEverything(selector) {
  return selector.requirements.length === 0;
}
function matchesLabels(selector, labels) {
  for (const requirement of selector.requirements) {
    const value = Object.hasOwn(labels, requirement.key) ? labels[requirement.key] : void 0;
    switch (requirement.operator) {
      case "In":
        if (value === void 0 || !requirement.values.has(value)) return false;
        break;
      case "NotIn":
        if (value !== void 0 && requirement.values.has(value)) return false;
        break;
      case "Exists":
        if (value === void 0) return false;
        break;
      case "DoesNotExist":
        if (value !== void 0) return false;
        break;
    }
  }
  return true;
}
function pinnedValues(selector, key2) {
  const values = [];
  for (const requirement of selector.requirements) {
    if (requirement.key === key2 && requirement.operator === "In") values.push(...requirement.values);
  }
  return values;
}
function parseSelector(value, path3, errors) {
  if (value === null || value === void 0) return EVERYTHING;
  if (!isRecord(value)) {
    errors.push({ path: path3, message: "label selector must be a mapping" });
    return void 0;
  }
  const before = errors.length;
  const requirements = [];
  for (const key2 of Object.keys(value)) {
    if (key2 !== "matchLabels" && key2 !== "matchExpressions")
      errors.push({ path: [...path3, key2], message: `unknown field "${key2}" in label selector` });
  }
  const matchLabels = value.matchLabels;
  if (matchLabels !== void 0 && matchLabels !== null) {
    if (!isRecord(matchLabels)) errors.push({ path: [...path3, "matchLabels"], message: "must be a mapping" });
    else {
      for (const [key2, labelValue] of Object.entries(matchLabels)) {
        if (typeof labelValue !== "string") {
          errors.push({
            path: [...path3, "matchLabels", key2],
            message: `label value for "${key2}" must be a string (quote it)`
          });
          continue;
        }
        requirements.push({ key: key2, operator: "In", values: /* @__PURE__ */ new Set([labelValue]) });
      }
    }
  }
  const expressions = value.matchExpressions;
  if (expressions !== void 0 && expressions !== null) {
    if (!Array.isArray(expressions)) {
      errors.push({ path: [...path3, "matchExpressions"], message: "must be a list" });
    } else {
      expressions.forEach((expression, index) => {
        const requirement = parseRequirement(expression, [...path3, "matchExpressions", index], errors);
        if (requirement) requirements.push(requirement);
      });
    }
  }
  if (errors.length > before) return void 0;
  return { requirements, key: canonicalKey(requirements) };
}
function parseRequirement(value, path3, errors) {
  if (!isRecord(value)) {
    errors.push({ path: path3, message: "match expression must be a mapping" });
    return void 0;
  }
  const { key: key2, operator, values } = value;
  if (typeof key2 !== "string" || key2 === "") {
    errors.push({ path: [...path3, "key"], message: "match expression needs a key" });
    return void 0;
  }
  if (typeof operator !== "string" || !OPERATORS.includes(operator)) {
    errors.push({
      path: [...path3, "operator"],
      message: `operator must be one of ${OPERATORS.join(", ")}, not ${JSON.stringify(operator ?? null)}`
    });
    return void 0;
  }
  const list = values === void 0 || values === null ? [] : values;
  if (!Array.isArray(list) || list.some((item) => typeof item !== "string")) {
    errors.push({ path: [...path3, "values"], message: "values must be a list of strings" });
    return void 0;
  }
  const needsValues = operator === "In" || operator === "NotIn";
  if (needsValues && list.length === 0) {
    errors.push({ path: [...path3, "values"], message: `operator ${operator} needs at least one value` });
    return void 0;
  }
  if (!needsValues && list.length > 0) {
    errors.push({ path: [...path3, "values"], message: `operator ${operator} takes no values` });
    return void 0;
  }
  return { key: key2, operator, values: new Set(list) };
}
function canonicalKey(requirements) {
  const parts = requirements.map(
    (requirement) => `${requirement.key}${requirement.operator}${[...requirement.values].sort().join("")}`
  );
  return `{${[...new Set(parts)].sort().join("\0")}}`;
}
function describeSelector(selector) {
  if (selectsEverything(selector)) return "{} (everything)";
  return selector.requirements.map((requirement) => {
    const values = [...requirement.values];
    switch (requirement.operator) {
      case "In":
        return values.length === 1 ? `${requirement.key}=${values[0]}` : `${requirement.key} in (${values.join(",")})`;
      case "NotIn":
        return `${requirement.key} notin (${values.join(",")})`;
      case "Exists":
        return requirement.key;
      case "DoesNotExist":
        return `!${requirement.key}`;
    }
    return requirement.key;
  }).join(",");
}

// src/engines/netpol/policy.ts
function isNetworkPolicy(object) {
  return object.value.kind === "NetworkPolicy" && ["networking.k8s.io", "extensions"].includes(apiGroup(object.value.apiVersion));
}
function isValidPortName(name) {
  return name.length >= 1 && name.length <= 15 && /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name) && !name.includes("--") && /[a-z]/.test(name);
}
function readPolicy(object, issues) {
  const before = issues.length;
  const report = (path3, message) => issues.push({ object, path: path3, message });
  const spec = object.value.spec;
  if (spec !== void 0 && spec !== null && !isRecord(spec)) {
    report(["spec"], "spec must be a mapping");
    return void 0;
  }
  const body = isRecord(spec) ? spec : {};
  const selectorErrors = [];
  const podSelector = parseSelector(body.podSelector, ["spec", "podSelector"], selectorErrors);
  const ingressList = listAt(body, "ingress", report);
  const egressList = listAt(body, "egress", report);
  let ingress;
  let egress;
  let inferredTypes = false;
  const types2 = body.policyTypes;
  if (types2 === void 0 || types2 === null || Array.isArray(types2) && types2.length === 0) {
    inferredTypes = true;
    ingress = true;
    egress = (egressList?.length ?? 0) > 0;
  } else if (!Array.isArray(types2)) {
    report(["spec", "policyTypes"], "policyTypes must be a list");
    return void 0;
  } else {
    if (types2.length > 2) report(["spec", "policyTypes"], "may not name more than two policyTypes");
    types2.forEach((type2, index) => {
      if (type2 !== "Ingress" && type2 !== "Egress")
        report(
          ["spec", "policyTypes", index],
          `policyType must be Ingress or Egress, not ${JSON.stringify(type2)}`
        );
    });
    ingress = types2.includes("Ingress");
    egress = types2.includes("Egress");
  }
  const ingressRules = (ingressList ?? []).map(
    (rule, index) => readRule(rule, "ingress", index, report, selectorErrors)
  );
  const egressRules = (egressList ?? []).map(
    (rule, index) => readRule(rule, "egress", index, report, selectorErrors)
  );
  for (const error of selectorErrors) report(error.path, error.message);
  if (issues.length > before || !podSelector) return void 0;
  const namespace = namespaceOf(object);
  const name = nameOf(object);
  return {
    object,
    namespace,
    name,
    id: `${namespace}/${name}`,
    podSelector,
    ingress,
    egress,
    inferredTypes,
    ingressRules: ingress ? ingressRules.filter((rule) => rule !== void 0) : [],
    egressRules: egress ? egressRules.filter((rule) => rule !== void 0) : []
  };
}
function listAt(body, key2, report) {
  const value = body[key2];
  if (value === void 0 || value === null) return void 0;
  if (!Array.isArray(value)) {
    report(["spec", key2], `${key2} must be a list of rules`);
    return void 0;
  }
  return value;
}
function readRule(value, direction, index, report, selectorErrors) {
  const path3 = ["spec", direction, index];
  if (value === null || value === void 0) return { direction, index, path: path3 };
  if (!isRecord(value)) {
    report(path3, "rule must be a mapping");
    return void 0;
  }
  const peersKey = direction === "ingress" ? "from" : "to";
  const rawPeers = value[peersKey];
  let peers;
  if (Array.isArray(rawPeers) && rawPeers.length > 0) {
    peers = [];
    rawPeers.forEach((peer, peerIndex) => {
      const parsed = readPeer(peer, [...path3, peersKey, peerIndex], report, selectorErrors);
      if (parsed) peers.push(parsed);
    });
  } else if (rawPeers !== void 0 && rawPeers !== null && !Array.isArray(rawPeers)) {
    report([...path3, peersKey], `${peersKey} must be a list of peers`);
  }
  const rawPorts = value.ports;
  let ports;
  if (Array.isArray(rawPorts) && rawPorts.length > 0) {
    ports = [];
    rawPorts.forEach((port, portIndex) => {
      const parsed = readPort(port, [...path3, "ports", portIndex], report);
      if (parsed) ports.push(parsed);
    });
  } else if (rawPorts !== void 0 && rawPorts !== null && !Array.isArray(rawPorts)) {
    report([...path3, "ports"], "ports must be a list");
  }
  return { direction, index, path: path3, ...peers ? { peers } : {}, ...ports ? { ports } : {} };
}
function readPeer(value, path3, report, selectorErrors) {
  if (!isRecord(value)) {
    report(path3, "peer must be a mapping");
    return void 0;
  }
  const has = (key2) => value[key2] !== void 0 && value[key2] !== null;
  const count = ["podSelector", "namespaceSelector", "ipBlock"].filter(has).length;
  if (count === 0) {
    report(path3, "peer must set podSelector, namespaceSelector or ipBlock");
    return void 0;
  }
  if (has("ipBlock")) {
    if (count > 1) {
      report(path3, "peer may not set ipBlock together with podSelector or namespaceSelector");
      return void 0;
    }
    return readIpBlock(value.ipBlock, [...path3, "ipBlock"], report);
  }
  const podSelector = has("podSelector") ? parseSelector(value.podSelector, [...path3, "podSelector"], selectorErrors) : void 0;
  const namespaceSelector = has("namespaceSelector") ? parseSelector(value.namespaceSelector, [...path3, "namespaceSelector"], selectorErrors) : void 0;
  if (has("podSelector") && !podSelector || has("namespaceSelector") && !namespaceSelector)
    return void 0;
  return {
    kind: "selector",
    path: path3,
    ...namespaceSelector ? { namespaceSelector } : {},
    ...podSelector ? { podSelector } : {}
  };
}
function readIpBlock(value, path3, report) {
  if (!isRecord(value)) {
    report(path3, "ipBlock must be a mapping");
    return void 0;
  }
  if (typeof value.cidr !== "string" || value.cidr === "") {
    report([...path3, "cidr"], "ipBlock needs a cidr");
    return void 0;
  }
  const cidr = parseCidr(value.cidr);
  if (!cidr) {
    report(
      [...path3, "cidr"],
      `${JSON.stringify(value.cidr)} is not a valid CIDR (e.g. 10.0.0.0/8 or 2001:db8::/64)`
    );
    return void 0;
  }
  const except = [];
  const rawExcept = value.except ?? [];
  if (!Array.isArray(rawExcept)) {
    report([...path3, "except"], "except must be a list of CIDRs");
    return void 0;
  }
  let valid = true;
  rawExcept.forEach((text, index) => {
    const exceptPath = [...path3, "except", index];
    const parsed = typeof text === "string" ? parseCidr(text) : void 0;
    if (!parsed) {
      report(exceptPath, `${JSON.stringify(text)} is not a valid CIDR`);
      valid = false;
      return;
    }
    const inside = parsed.family === cidr.family && parsed.lo >= cidr.lo && parsed.hi <= cidr.hi;
    if (!inside || parsed.prefix <= cidr.prefix) {
      report(exceptPath, `${text} must be a strict subset of cidr ${cidr.text}`);
      valid = false;
      return;
    }
    except.push(parsed);
  });
  if (!valid) return void 0;
  const addresses = cidrSet(cidr).subtract(AddressSet.of(except));
  return { kind: "ipBlock", path: path3, cidr, except, addresses };
}
function readPort(value, path3, report) {
  if (!isRecord(value)) {
    report(path3, "port must be a mapping");
    return void 0;
  }
  const protocol = value.protocol ?? "TCP";
  if (!isProtocol(protocol)) {
    report([...path3, "protocol"], `protocol must be TCP, UDP or SCTP, not ${JSON.stringify(protocol)}`);
    return void 0;
  }
  const port = value.port;
  const endPort = value.endPort;
  const hasEnd = endPort !== void 0 && endPort !== null;
  if (port === void 0 || port === null) {
    if (hasEnd) {
      report([...path3, "endPort"], "endPort may not be set without port");
      return void 0;
    }
    return { path: path3, protocol };
  }
  if (typeof port === "string") {
    if (hasEnd) {
      report([...path3, "endPort"], "endPort may not be set when port is a name");
      return void 0;
    }
    if (!isValidPortName(port)) {
      report(
        [...path3, "port"],
        `${JSON.stringify(port)} is not a port number or name (names are 1-15 lowercase letters, digits and hyphens, with a letter)`
      );
      return void 0;
    }
    return { path: path3, protocol, port };
  }
  if (!isPortNumber(port)) {
    report([...path3, "port"], `port must be a number from ${MIN_PORT} to ${MAX_PORT} or a port name`);
    return void 0;
  }
  if (!hasEnd) return { path: path3, protocol, port };
  if (!isPortNumber(endPort)) {
    report([...path3, "endPort"], `endPort must be a number from ${MIN_PORT} to ${MAX_PORT}`);
    return void 0;
  }
  if (endPort < port) {
    report([...path3, "endPort"], `endPort ${endPort} must be greater than or equal to port ${port}`);
    return void 0;
  }
  return { path: path3, protocol, port, endPort };
}
function isPortNumber(value) {
  return typeof value === "number" && Number.isInteger(value) && value >= MIN_PORT && value <= MAX_PORT;
}
function readPolicies(objects, issues) {
  const policies = [];
  for (const object of objects) {
    if (!isNetworkPolicy(object)) continue;
    const policy = readPolicy(object, issues);
    if (policy) policies.push(policy);
  }
  return policies;
}

// src/engines/netpol/reachability.ts
function readNetpolInput(objects) {
  const issues = [];
  const { workloads, namespaces } = readPeers(objects, issues);
  const policies = readPolicies(objects, issues);
  return { workloads, namespaces, policies, issues };
}
var Reachability = class {
  constructor(input, options, shared) {
    this.input = input;
    this.options = options;
    this.namespaces = new Map(input.namespaces);
    this.podNetworks = options.clusterCidrs?.length ? AddressSet.of(options.clusterCidrs) : AddressSet.of(DEFAULT_POD_NETWORKS.map((text) => parseCidr(text)));
    this.buildNodes();
    this.buildExternals(shared);
    this.compilePolicies();
  }
  input;
  options;
  nodes = [];
  externals = [];
  warnings = [];
  peerMatches = [];
  /** policies selecting each node, by node index */
  selectedBy = [];
  /** nodes each policy selects */
  selects = /* @__PURE__ */ new Map();
  podNetworks;
  ingressRules = [];
  egressRules = [];
  inScope = /* @__PURE__ */ new Set();
  nodeOfNamespace = /* @__PURE__ */ new Map();
  podNodesByNamespace = /* @__PURE__ */ new Map();
  namespaces;
  /** Namespaces the input holds workloads of: their pods are all known. */
  isInScope(namespace) {
    return this.inScope.has(namespace);
  }
  knownNamespaces() {
    return this.namespaces;
  }
  buildNodes() {
    const byKey = /* @__PURE__ */ new Map();
    for (const workload of this.input.workloads) {
      this.inScope.add(workload.namespace);
      workload.shapes.forEach((shape, shapeIndex) => {
        const portsKey = shape.ports.map((port) => `${port.name ?? ""}/${port.port}/${port.protocol}`).sort().join(",");
        const labelsKey = JSON.stringify(Object.entries(shape.labels).sort(([a], [b]) => a < b ? -1 : 1));
        const ipsKey = this.options.ipBlockMatchesPods ? shape.ips.map((ip) => `${ip.family}:${ip.value}`).join(",") : "";
        const key2 = `${workload.namespace}\0${labelsKey}\0${portsKey}\0${ipsKey}`;
        let node = byKey.get(key2);
        if (!node) {
          node = {
            kind: "pods",
            index: this.nodes.length,
            namespace: workload.namespace,
            labels: shape.labels,
            ports: shape.ports,
            ips: shape.ips,
            members: [],
            portsKey
          };
          byKey.set(key2, node);
          this.nodes.push(node);
          const list = this.podNodesByNamespace.get(workload.namespace) ?? [];
          list.push(node);
          this.podNodesByNamespace.set(workload.namespace, list);
        }
        node.members.push({ workload, shape: shapeIndex });
      });
    }
    for (const policy of this.input.policies) {
      addNamespace(this.namespaces, policy.namespace);
      for (const rule of [...policy.ingressRules, ...policy.egressRules]) {
        for (const peer of rule.peers ?? []) {
          if (peer.kind !== "selector" || !peer.namespaceSelector) continue;
          for (const name of pinnedValues(peer.namespaceSelector, NAMESPACE_NAME_LABEL))
            addNamespace(this.namespaces, name);
        }
      }
    }
    for (const name of [...this.namespaces.keys()].sort()) {
      if (this.inScope.has(name)) continue;
      const node = { kind: "namespace", index: this.nodes.length, namespace: name };
      this.nodes.push(node);
      this.nodeOfNamespace.set(name, node);
    }
    for (let i = 0; i < this.nodes.length; i++) this.selectedBy.push([]);
  }
  buildExternals(shared) {
    const boundaries = [...shared?.boundaries ?? [], ...this.boundaryRanges()];
    const cluster = AddressSet.of(this.options.clusterCidrs ?? []);
    boundaries.push(...cluster.ranges);
    const families = [4];
    if (shared?.ipv6 || boundaries.some((range) => range.family === 6)) families.push(6);
    const universe = AddressSet.of(families.map(fullRange)).subtract(cluster);
    for (const family of families) {
      const cuts = /* @__PURE__ */ new Set();
      for (const range of boundaries) {
        if (range.family !== family) continue;
        cuts.add(range.lo);
        cuts.add(range.hi + 1n);
      }
      const sortedCuts = [...cuts].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      for (const range of universe.ranges) {
        if (range.family !== family) continue;
        let start = range.lo;
        for (const cut of sortedCuts) {
          if (cut <= start || cut > range.hi) continue;
          this.externals.push({ family, lo: start, hi: cut - 1n });
          start = cut;
        }
        this.externals.push({ family, lo: start, hi: range.hi });
      }
    }
  }
  /** The ranges whose boundaries cut this analysis' external atoms (for a shared partition). */
  boundaryRanges() {
    const ranges = [];
    for (const policy of this.input.policies) {
      for (const rule of [...policy.ingressRules, ...policy.egressRules]) {
        for (const peer of rule.peers ?? [])
          if (peer.kind === "ipBlock") ranges.push(peer.cidr, ...peer.except);
      }
    }
    return ranges;
  }
  compilePolicies() {
    const ingress = this.nodes.map(() => void 0);
    const egress = this.nodes.map(() => void 0);
    for (const policy of this.input.policies) {
      const targets = this.policyTargets(policy);
      this.selects.set(policy, targets);
      for (const target of targets) this.selectedBy[target].push(policy);
      const ingressRules = policy.ingressRules.map((rule) => this.compileRule(policy, rule));
      const egressRules = policy.egressRules.map((rule) => this.compileRule(policy, rule));
      for (const rule of ingressRules) this.warnUnresolvedNames(rule, targets);
      for (const rule of egressRules) {
        if (rule.named.length === 0) continue;
        const destinations = this.nodes.filter((node) => rule.nodeMask[node.index] === 1);
        this.warnUnresolvedNames(
          rule,
          destinations.map((node) => node.index)
        );
      }
      for (const target of targets) {
        if (policy.ingress) (ingress[target] ??= []).push(...ingressRules);
        if (policy.egress) (egress[target] ??= []).push(...egressRules);
      }
    }
    this.ingressRules.push(...ingress);
    this.egressRules.push(...egress);
  }
  policyTargets(policy) {
    const targets = [];
    for (const node of this.podNodesByNamespace.get(policy.namespace) ?? []) {
      if (matchesLabels(policy.podSelector, node.labels)) targets.push(node.index);
    }
    const namespaceNode = this.nodeOfNamespace.get(policy.namespace);
    if (namespaceNode && selectsEverything(policy.podSelector)) targets.push(namespaceNode.index);
    return targets;
  }
  compileRule(policy, rule) {
    const nodeMask = new Uint8Array(this.nodes.length);
    const atomMask = new Uint8Array(this.externals.length);
    const allPeers = rule.peers === void 0;
    if (allPeers) {
      nodeMask.fill(1);
      atomMask.fill(1);
    }
    for (const peer of rule.peers ?? []) {
      if (peer.kind === "selector") this.matchSelectorPeer(policy, rule, peer, nodeMask);
      else this.matchIpBlock(policy, peer, nodeMask, atomMask);
    }
    let numeric = rule.ports === void 0 ? Conn.ALL : Conn.NONE;
    const named = [];
    for (const port of rule.ports ?? []) {
      if (typeof port.port === "string") named.push({ name: port.port, protocol: port.protocol });
      else if (port.port === void 0) numeric = numeric.union(Conn.allPorts(port.protocol));
      else numeric = numeric.union(Conn.of(port.protocol, [[port.port, port.endPort ?? port.port]]));
    }
    return { policy, rule, allPeers, nodeMask, atomMask, numeric, named, resolved: /* @__PURE__ */ new Map() };
  }
  matchSelectorPeer(policy, rule, peer, mask) {
    const namespaces = [];
    if (!peer.namespaceSelector) namespaces.push(policy.namespace);
    else {
      for (const namespace of this.namespaces.values()) {
        if (matchesLabels(peer.namespaceSelector, namespace.labels)) namespaces.push(namespace.name);
      }
    }
    let podNodes = 0;
    const outsideNamespaces = [];
    const insideNamespaces = namespaces.filter((namespace) => this.inScope.has(namespace));
    for (const namespace of namespaces) {
      for (const node of this.podNodesByNamespace.get(namespace) ?? []) {
        if (!peer.podSelector || matchesLabels(peer.podSelector, node.labels)) {
          mask[node.index] = 1;
          podNodes++;
        }
      }
      const namespaceNode = this.nodeOfNamespace.get(namespace);
      if (namespaceNode) {
        mask[namespaceNode.index] = 1;
        outsideNamespaces.push(namespace);
      }
    }
    this.peerMatches.push({ policy, rule, peer, podNodes, insideNamespaces, outsideNamespaces });
  }
  matchIpBlock(policy, peer, nodeMask, atomMask) {
    this.externals.forEach((atom, index) => {
      if (peer.addresses.containsRange(atom)) atomMask[index] = 1;
    });
    const overlap = peer.addresses.intersect(this.podNetworks);
    if (!overlap.isEmpty) {
      const where = peer.except.length > 0 ? `${peer.cidr.text} (except ${peer.except.map((c) => c.text).join(", ")})` : peer.cidr.text;
      this.warnings.push({
        object: policy.object,
        path: peer.path,
        message: this.options.ipBlockMatchesPods ? `ipBlock ${where} overlaps the pod networks (${overlap}); it is treated as matching pods there` : `ipBlock ${where} overlaps ranges that may hold pod networks (${overlap}); CNIs that match pod traffic against ipBlocks (Calico, for one) let pods through it`
      });
    }
    if (!this.options.ipBlockMatchesPods) return;
    for (const node of this.nodes) {
      if (node.kind === "pods" && node.ips.length > 0) {
        if (node.ips.some((ip) => peer.addresses.containsAddress(ip.family, ip.value)))
          nodeMask[node.index] = 1;
      } else if (!overlap.isEmpty) {
        nodeMask[node.index] = 1;
      }
    }
  }
  warnUnresolvedNames(rule, destinations) {
    if (rule.named.length === 0) return;
    const outside = destinations.flatMap((index) => {
      const node = this.nodes[index];
      return node.kind === "namespace" ? [node.namespace] : [];
    });
    if (outside.length === 0) return;
    const names = rule.named.map(({ name, protocol }) => `${name}/${protocol}`).join(", ");
    this.warnings.push({
      object: rule.policy.object,
      path: [...rule.rule.path, "ports"],
      message: `named port ${names} cannot be resolved for pods outside the input (namespace ${outside.join(", ")}); only numeric ports are counted for them`
    });
  }
  /** What one rule allows to a destination node: its ports resolved there (named ports need its containers). */
  portsOf(rule, destination) {
    return this.portsFor(rule, this.nodes[destination]);
  }
  portsFor(rule, destination) {
    if (rule.named.length === 0) return rule.numeric;
    if (destination.kind === "namespace") return rule.numeric;
    const cached = rule.resolved.get(destination.portsKey);
    if (cached) return cached;
    let conn = rule.numeric;
    for (const { name, protocol } of rule.named) {
      for (const port of destination.ports) {
        if (port.name === name && port.protocol === protocol)
          conn = conn.union(Conn.of(protocol, [[port.port, port.port]]));
      }
    }
    rule.resolved.set(destination.portsKey, conn);
    return conn;
  }
  isIngressIsolated(node) {
    return this.ingressRules[node] !== void 0;
  }
  isEgressIsolated(node) {
    return this.egressRules[node] !== void 0;
  }
  /** The ingress rules applying to a node; undefined when no policy isolates it for ingress. */
  ingressRulesOf(node) {
    return this.ingressRules[node];
  }
  egressRulesOf(node) {
    return this.egressRules[node];
  }
  /** What `destination`'s ingress admits from `source`. */
  ingressFrom(destination, source) {
    const rules2 = this.ingressRules[destination];
    if (!rules2) return Conn.ALL;
    let conn = Conn.NONE;
    const target = this.nodes[destination];
    for (const rule of rules2) {
      if (rule.nodeMask[source] !== 1) continue;
      conn = conn.union(this.portsFor(rule, target));
      if (conn.isAll) break;
    }
    return conn;
  }
  /** What `source`'s egress lets out to `destination`. */
  egressTo(source, destination) {
    const rules2 = this.egressRules[source];
    if (!rules2) return Conn.ALL;
    let conn = Conn.NONE;
    const target = this.nodes[destination];
    for (const rule of rules2) {
      if (rule.nodeMask[destination] !== 1) continue;
      conn = conn.union(this.portsFor(rule, target));
      if (conn.isAll) break;
    }
    return conn;
  }
  /** Allowed from one node to another: egress and ingress must both allow it. */
  connection(source, destination) {
    const egress = this.egressTo(source, destination);
    if (egress.isEmpty) return egress;
    return egress.intersect(this.ingressFrom(destination, source));
  }
  /** Allowed from an external atom into a node (outside addresses have no egress policy). */
  fromExternal(atom, destination) {
    const rules2 = this.ingressRules[destination];
    if (!rules2) return Conn.ALL;
    let conn = Conn.NONE;
    const target = this.nodes[destination];
    for (const rule of rules2) {
      if (rule.atomMask[atom] !== 1) continue;
      conn = conn.union(this.portsFor(rule, target));
      if (conn.isAll) break;
    }
    return conn;
  }
  /** Allowed from a node out to an external atom (named ports never match outside addresses). */
  toExternal(source, atom) {
    const rules2 = this.egressRules[source];
    if (!rules2) return Conn.ALL;
    let conn = Conn.NONE;
    for (const rule of rules2) {
      if (rule.atomMask[atom] !== 1) continue;
      conn = conn.union(rule.numeric);
      if (conn.isAll) break;
    }
    return conn;
  }
};

// src/rules/netpol/support.ts
var NETPOL_TIER = "high";
function netpolOptionsFromConfig(config, overrides = {}) {
  const section = config.netpol ?? {};
  const clusterCidrs = [];
  const invalidCidrs = [];
  (section.clusterCidrs ?? []).forEach((text, index) => {
    const cidr = parseCidr(text);
    if (cidr) clusterCidrs.push(cidr);
    else invalidCidrs.push({ index, text });
  });
  return {
    options: {
      ipBlockMatchesPods: overrides.ipBlockMatchesPods ?? section.ipBlockMatchesPods ?? false,
      ...clusterCidrs.length > 0 ? { clusterCidrs } : {}
    },
    invalidCidrs
  };
}
function nodesByWorkload(reachability) {
  const map2 = /* @__PURE__ */ new Map();
  for (const node of reachability.nodes) {
    if (node.kind !== "pods") continue;
    for (const { workload } of node.members) {
      const list = map2.get(workload) ?? [];
      if (!list.includes(node.index)) list.push(node.index);
      map2.set(workload, list);
    }
  }
  return map2;
}
function workloadLabelsPath(workload) {
  return [...workload.prefix, "metadata", "labels"];
}
function ruleName(direction, index) {
  return `${direction}[${index}]`;
}

// src/rules/netpol/allow-all.ts
var ID3 = "netpol/allow-all";
function everything(peer) {
  if (peer.kind === "ipBlock") {
    return peer.cidr.prefix === 0 && peer.except.length === 0 ? `every address (${peer.cidr.text})` : void 0;
  }
  if (peer.namespaceSelector && selectsEverything(peer.namespaceSelector)) {
    if (!peer.podSelector || selectsEverything(peer.podSelector)) return "every pod in every namespace";
  }
  return void 0;
}
function coversAllPorts(rule) {
  if (!rule.ports) return true;
  let conn = Conn.NONE;
  for (const port of rule.ports) {
    if (port.port === void 0) conn = conn.union(Conn.allPorts(port.protocol));
    else if (typeof port.port === "number")
      conn = conn.union(Conn.of(port.protocol, [[port.port, port.endPort ?? port.port]]));
  }
  return conn.isAll;
}
var allowAll = {
  info: {
    id: ID3,
    tier: NETPOL_TIER,
    title: "NetworkPolicy rules must not allow everything",
    rationale: "A rule that allows every pod, namespace or address on every port turns the firewall off for the pods it selects: a compromised pod anywhere, or an attacker outside, gets the same access as a trusted client.",
    remediation: "Replace the rule with peers for the clients (or destinations) that need the path, each with the namespaceSelector and podSelector that match only them, and list the ports they use."
  },
  check(reachability, emit) {
    for (const policy of reachability.input.policies) {
      for (const rule of [...policy.ingressRules, ...policy.egressRules]) {
        if (!coversAllPorts(rule)) continue;
        const verb = rule.direction === "ingress" ? "ingress from" : "egress to";
        const report = (path3, what) => emit({
          ruleId: ID3,
          object: policy.object,
          path: path3,
          message: `NetworkPolicy ${policy.id} ${ruleName(rule.direction, rule.index)} allows ${verb} ${what}, on every port`
        });
        if (!rule.peers) {
          report(
            rule.path,
            "everything (it names no peers: every pod in every namespace and every outside address)"
          );
          continue;
        }
        for (const peer of rule.peers) {
          const what = everything(peer);
          if (what) report(peer.path, what);
        }
      }
    }
  }
};

// src/rules/netpol/dangling.ts
var ID4 = "netpol/dangling";
var dangling = {
  info: {
    id: ID4,
    tier: NETPOL_TIER,
    title: "NetworkPolicy selectors must match workloads",
    rationale: "A selector that matches nothing does nothing: a typo in a podSelector leaves the intended pods unisolated, and a typo in a peer silently drops a path (or, fixed later in the workload, silently opens one nobody reviewed).",
    remediation: "Correct the selector to the labels the workload's pod template carries (kubectl get pods --show-labels), or remove the policy or peer if the workload is gone."
  },
  check(reachability, emit) {
    for (const policy of reachability.input.policies) {
      if (!reachability.isInScope(policy.namespace)) continue;
      const selectsWorkload = (reachability.selects.get(policy) ?? []).some(
        (node) => reachability.nodes[node].kind === "pods"
      );
      if (!selectsWorkload) {
        emit({
          ruleId: ID4,
          object: policy.object,
          path: ["spec", "podSelector"],
          message: `NetworkPolicy ${policy.id} selects no workload: no pod in namespace ${policy.namespace} matches podSelector ${describeSelector(policy.podSelector)}`
        });
      }
    }
    for (const match of reachability.peerMatches) {
      if (match.podNodes > 0 || match.outsideNamespaces.length > 0 || match.insideNamespaces.length === 0)
        continue;
      const { peer, policy, rule } = match;
      const pods = peer.podSelector ? `pods matching ${describeSelector(peer.podSelector)}` : "pods";
      const where = peer.namespaceSelector ? `namespaces matching ${describeSelector(peer.namespaceSelector)} (${match.insideNamespaces.join(", ")})` : `namespace ${policy.namespace}`;
      emit({
        ruleId: ID4,
        object: policy.object,
        path: peer.path,
        message: `NetworkPolicy ${policy.id} ${ruleName(rule.direction, rule.index)} names a peer that matches no workload: no ${pods} in ${where}`
      });
    }
  }
};

// src/engines/netpol/connections.ts
function endpointText(endpoint) {
  switch (endpoint.kind) {
    case "workload":
      return endpoint.workload.id;
    case "namespace":
      return `${endpoint.namespace}/*[Namespace]`;
    case "external":
      return `${formatRange(endpoint.range)}[External]`;
  }
}
function endpointJson(endpoint) {
  switch (endpoint.kind) {
    case "workload":
      return {
        namespace: endpoint.workload.namespace,
        name: endpoint.workload.name,
        kind: endpoint.workload.kind
      };
    case "namespace":
      return { namespace: endpoint.namespace, name: "*", kind: "Namespace" };
    case "external":
      return { ipRange: formatRange(endpoint.range) };
  }
}
function compareEndpoints(a, b) {
  if (a.kind === "external" || b.kind === "external") {
    if (a.kind !== "external") return 1;
    if (b.kind !== "external") return -1;
    if (a.range.family !== b.range.family) return a.range.family - b.range.family;
    return a.range.lo < b.range.lo ? -1 : a.range.lo > b.range.lo ? 1 : 0;
  }
  const left = endpointText(a);
  const right = endpointText(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
function compareConnections(a, b) {
  return compareEndpoints(a.src, b.src) || compareEndpoints(a.dst, b.dst);
}
function connectionLine(connection) {
  return `${endpointText(connection.src)} => ${endpointText(connection.dst)} : ${connection.conn}`;
}
function endpointsOfNode(node, cache2) {
  if (node.kind === "namespace") return [{ kind: "namespace", namespace: node.namespace }];
  const seen = /* @__PURE__ */ new Set();
  const endpoints = [];
  for (const { workload } of node.members) {
    if (seen.has(workload)) continue;
    seen.add(workload);
    let endpoint = cache2.get(workload);
    if (!endpoint) {
      endpoint = { kind: "workload", workload };
      cache2.set(workload, endpoint);
    }
    endpoints.push(endpoint);
  }
  return endpoints;
}
function atomEdges(reachability) {
  const endpoints = /* @__PURE__ */ new Map();
  const nodeEndpoints = reachability.nodes.map((node) => endpointsOfNode(node, endpoints));
  return [
    ...nodePairEdges(reachability, nodeEndpoints),
    ...externalEdges(reachability, nodeEndpoints, "out"),
    ...externalEdges(reachability, nodeEndpoints, "in")
  ];
}
function isMultiShape(endpoint) {
  return endpoint.kind === "workload" && endpoint.workload.shapes.length > 1;
}
function nodePairEdges(reachability, nodeEndpoints) {
  const { nodes } = reachability;
  const edges = [];
  const merged = /* @__PURE__ */ new Map();
  for (const source of nodes) {
    for (const destination of nodes) {
      if (source.kind === "namespace" && destination.kind === "namespace") continue;
      const conn = reachability.connection(source.index, destination.index);
      if (conn.isEmpty) continue;
      for (const src of nodeEndpoints[source.index]) {
        for (const dst of nodeEndpoints[destination.index]) {
          if (src === dst) continue;
          if (isMultiShape(src) || isMultiShape(dst)) {
            const key2 = `${endpointText(src)}\0${endpointText(dst)}`;
            const entry = merged.get(key2);
            if (entry) entry.conn = entry.conn.union(conn);
            else merged.set(key2, { src, dst, conn });
          } else {
            edges.push({ src, dst, conn });
          }
        }
      }
    }
  }
  edges.push(...merged.values());
  return edges;
}
function externalEdges(reachability, nodeEndpoints, direction) {
  const { nodes, externals } = reachability;
  const byEndpoint = /* @__PURE__ */ new Map();
  for (const node of nodes) {
    if (node.kind !== "pods") continue;
    const conns = externals.map(
      (_, atom) => direction === "out" ? reachability.toExternal(node.index, atom) : reachability.fromExternal(atom, node.index)
    );
    for (const endpoint of nodeEndpoints[node.index]) {
      const previous = byEndpoint.get(endpoint);
      byEndpoint.set(endpoint, previous ? previous.map((conn, i) => conn.union(conns[i])) : conns);
    }
  }
  const edges = [];
  for (const [endpoint, conns] of byEndpoint) {
    conns.forEach((conn, atom) => {
      if (conn.isEmpty) return;
      const external = { kind: "external", range: externals[atom] };
      edges.push(
        direction === "out" ? { src: endpoint, dst: external, atom, conn } : { src: external, dst: endpoint, atom, conn }
      );
    });
  }
  return edges;
}
function mergeExternalAtoms(edges, sameness, rebuild) {
  const plain = [];
  const groups = /* @__PURE__ */ new Map();
  for (const edge of edges) {
    if (edge.atom === void 0) {
      plain.push(edge);
      continue;
    }
    const inbound = edge.src.kind === "external";
    const other = inbound ? edge.dst : edge.src;
    const key2 = `${inbound ? "in" : "out"}\0${endpointText(other)}\0${sameness(edge)}`;
    const list = groups.get(key2) ?? [];
    list.push(edge);
    groups.set(key2, list);
  }
  for (const list of groups.values()) {
    list.sort((a, b) => a.atom - b.atom);
    let start = list[0];
    let range = externalRange(start);
    for (let i = 1; i <= list.length; i++) {
      const next = list[i];
      const nextRange = next ? externalRange(next) : void 0;
      if (next && nextRange && nextRange.family === range.family && nextRange.lo === range.hi + 1n && next.atom === list[i - 1].atom + 1) {
        range = { family: range.family, lo: range.lo, hi: nextRange.hi };
        continue;
      }
      plain.push(rebuild(start, range));
      if (next) {
        start = next;
        range = nextRange;
      }
    }
  }
  return plain;
}
function externalRange(edge) {
  const external = edge.src.kind === "external" ? edge.src : edge.dst;
  if (external.kind !== "external") throw new Error("edge has no external end");
  return external.range;
}
function workloadConnections(reachability) {
  const edges = mergeExternalAtoms(
    atomEdges(reachability),
    (edge) => edge.conn.toString(),
    (first, range) => withRange(first, range)
  );
  return edges.map(({ src, dst, conn }) => ({ src, dst, conn })).sort(compareConnections);
}
function withRange(edge, range) {
  const external = { kind: "external", range };
  return edge.src.kind === "external" ? { ...edge, src: external } : { ...edge, dst: external };
}
function externallyReachable(reachability) {
  const endpoints = /* @__PURE__ */ new Map();
  const nodeEndpoints = reachability.nodes.map((node) => endpointsOfNode(node, endpoints));
  const edges = mergeExternalAtoms(
    externalEdges(reachability, nodeEndpoints, "in"),
    (edge) => edge.conn.toString(),
    (first, range) => withRange(first, range)
  ).sort(compareConnections);
  const exposed = /* @__PURE__ */ new Map();
  for (const { src, dst, conn } of edges) {
    if (dst.kind !== "workload") continue;
    const list = exposed.get(dst.workload) ?? [];
    list.push({ src, dst, conn });
    exposed.set(dst.workload, list);
  }
  return exposed;
}

// src/rules/netpol/external-exposure.ts
var ID5 = "netpol/external-exposure";
var SHOWN_RANGES = 3;
var externalExposure = {
  info: {
    id: ID5,
    tier: NETPOL_TIER,
    title: "Workloads must not be reachable from outside the cluster",
    rationale: "A pod that outside addresses can reach is exposed to scanning and exploitation from the internet or the wider network, bypassing the ingress controller, its TLS and its authentication.",
    remediation: "Isolate the workload for ingress and allow only in-cluster clients (such as the ingress controller namespace) by namespaceSelector and podSelector; if outside clients must connect, allow their exact ranges and ports and exempt the finding with a reason."
  },
  check(reachability, emit) {
    const nodes = nodesByWorkload(reachability);
    for (const [workload, connections] of externallyReachable(reachability)) {
      const ranges = connections.slice(0, SHOWN_RANGES).map(
        (connection) => `${endpointText(connection.src).replace(/\[External\]$/, "")} (${connection.conn})`
      );
      if (connections.length > SHOWN_RANGES) ranges.push(`${connections.length - SHOWN_RANGES} more ranges`);
      const workloadNodes = nodes.get(workload) ?? [];
      const causes = /* @__PURE__ */ new Set();
      for (const node of workloadNodes) {
        const rules2 = reachability.ingressRulesOf(node);
        if (!rules2) {
          causes.add("no NetworkPolicy isolates it for ingress");
          continue;
        }
        for (const rule of rules2) {
          if (rule.atomMask.some((bit) => bit === 1) && !reachability.portsOf(rule, node).isEmpty)
            causes.add(
              `NetworkPolicy ${rule.policy.id} ${ruleName(rule.rule.direction, rule.rule.index)} allows it`
            );
        }
      }
      emit({
        ruleId: ID5,
        object: workload.object,
        path: workloadLabelsPath(workload),
        message: `${workload.id} is reachable from outside the cluster: from ${ranges.join(", ")}; ${[...causes].sort().join("; ")}`
      });
    }
  }
};

// src/rules/netpol/namespace-default-deny.ts
var ID6 = "netpol/namespace-default-deny";
function defaultDenyFix(namespace, types2) {
  const name = types2.length === 2 ? "default-deny-all" : `default-deny-${types2[0].toLowerCase()}`;
  const policy = `{apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: ${name}, namespace: ${namespace}}, spec: {podSelector: {}, policyTypes: [${types2.join(", ")}]}}`;
  return { description: `add this NetworkPolicy: ${policy}`, set: [] };
}
function earliest(workloads) {
  return [...workloads].sort(
    (a, b) => (a.object.file < b.object.file ? -1 : a.object.file > b.object.file ? 1 : 0) || a.object.line - b.object.line
  )[0];
}
var namespaceDefaultDeny = {
  info: {
    id: ID6,
    tier: NETPOL_TIER,
    title: "Every namespace must deny traffic by default",
    rationale: "Without a default-deny policy every pod accepts connections from every pod in the cluster and may connect anywhere, so one compromised pod can reach databases, internal APIs and the cloud metadata endpoint.",
    remediation: "Add a NetworkPolicy with podSelector: {} and policyTypes: [Ingress, Egress] and no rules to the namespace, then allow each required path with its own policy."
  },
  check(reachability, emit) {
    const byNamespace = /* @__PURE__ */ new Map();
    for (const workload of reachability.input.workloads) {
      const list = byNamespace.get(workload.namespace) ?? [];
      list.push(workload);
      byNamespace.set(workload.namespace, list);
    }
    const namespaces = reachability.knownNamespaces();
    for (const [namespace, workloads] of [...byNamespace].sort(([a], [b]) => a < b ? -1 : 1)) {
      let deniesIngress = false;
      let deniesEgress = false;
      for (const policy of reachability.input.policies) {
        if (policy.namespace !== namespace || !selectsEverything(policy.podSelector)) continue;
        if (policy.ingress && policy.ingressRules.length === 0) deniesIngress = true;
        if (policy.egress && policy.egressRules.length === 0) deniesEgress = true;
      }
      const missing = [...deniesIngress ? [] : ["Ingress"], ...deniesEgress ? [] : ["Egress"]];
      if (missing.length === 0) continue;
      const namespaceObject = namespaces.get(namespace)?.object;
      const workload = earliest(workloads);
      const object = namespaceObject ?? workload.object;
      const hasNamespaceField = isRecord(object.value.metadata) && "namespace" in object.value.metadata;
      emit({
        ruleId: ID6,
        object,
        path: namespaceObject || !hasNamespaceField ? ["metadata", "name"] : ["metadata", "namespace"],
        message: `namespace ${namespace} has no default-deny NetworkPolicy for ${missing.join(" and ")} (a policy selecting all pods with no ${missing.length === 2 ? "rules" : `${missing[0].toLowerCase()} rules`})`,
        fix: defaultDenyFix(namespace, missing)
      });
    }
  }
};

// src/rules/netpol/workload-not-isolated.ts
var ID7 = "netpol/workload-not-isolated";
var workloadNotIsolated = {
  info: {
    id: ID7,
    tier: NETPOL_TIER,
    title: "Every workload must be selected by a NetworkPolicy for ingress and egress",
    rationale: "A pod no policy selects is outside the firewall: any pod (or outside address) can connect to it, and from it an attacker can reach every service in the cluster.",
    remediation: "Add a default-deny policy to the workload's namespace (podSelector: {}, policyTypes: [Ingress, Egress]), or a policy whose podSelector matches the workload's pod labels, for each direction."
  },
  check(reachability, emit) {
    for (const [workload, nodes] of nodesByWorkload(reachability)) {
      const open = [];
      if (!nodes.every((node) => reachability.isIngressIsolated(node))) open.push("Ingress");
      if (!nodes.every((node) => reachability.isEgressIsolated(node))) open.push("Egress");
      if (open.length === 0) continue;
      const consequence = open.length === 2 ? "anything can connect to it and it can connect anywhere" : open[0] === "Ingress" ? "anything can connect to it" : "it can connect anywhere";
      emit({
        ruleId: ID7,
        object: workload.object,
        path: workloadLabelsPath(workload),
        message: `${workload.id} is selected by no NetworkPolicy for ${open.join(" or ")}: ${consequence}`
      });
    }
  }
};

// src/rules/netpol/family.ts
var NETPOL_RULES = [
  namespaceDefaultDeny,
  workloadNotIsolated,
  allowAll,
  dangling,
  externalExposure
];
var netpolFamily = {
  rules: NETPOL_RULES.map((rule) => rule.info),
  analyze(context, emit) {
    const enabled = NETPOL_RULES.filter((rule) => context.isEnabled(rule.info.id));
    if (enabled.length === 0) return;
    const { options } = netpolOptionsFromConfig(context.settings.config);
    const input = readNetpolInput(context.objects);
    for (const issue of input.issues) context.reportError(issue.object, issue.path, issue.message);
    const reachability = new Reachability(input, options);
    for (const rule of enabled) rule.check(reachability, emit);
  }
};

// src/model/namespaces.ts
var PSA_ENFORCE_LABEL = "pod-security.kubernetes.io/enforce";
var PSA_ENFORCE_VERSION_LABEL = "pod-security.kubernetes.io/enforce-version";
function namespacePodSecurity(objects) {
  const namespaces = /* @__PURE__ */ new Map();
  for (const object of objects) {
    if (object.value.apiVersion !== "v1" || object.value.kind !== "Namespace") continue;
    const metadata = isRecord(object.value.metadata) ? object.value.metadata : {};
    if (typeof metadata.name !== "string") continue;
    const labels = isRecord(metadata.labels) ? metadata.labels : {};
    const level = labels[PSA_ENFORCE_LABEL];
    const version = labels[PSA_ENFORCE_VERSION_LABEL];
    namespaces.set(metadata.name, {
      object,
      ...level !== void 0 && level !== null ? { level: String(level) } : {},
      ...typeof version === "string" ? { version } : {}
    });
  }
  return namespaces;
}

// src/rules/pss/types.ts
var LATEST_PSS_VERSION = 37;

// src/rules/pss/version.ts
function parsePssVersion(text) {
  if (text === "latest") return LATEST_PSS_VERSION;
  const match = /^v1\.(\d{1,3})$/.exec(text);
  if (!match) throw new Error(`Pod Security version must be v1.N or latest, not "${text}"`);
  return Number(match[1]);
}

// src/rules/pss/exemptions.ts
function exempting(minimumVersion, exemptsPod2, evaluate) {
  return { minimumVersion, exemptsPod: exemptsPod2, evaluate: (pod) => exemptsPod2(pod) ? [] : evaluate(pod) };
}
function isExempting(implementation) {
  return typeof implementation.exemptsPod === "function";
}
function exemptsPod(implementation, pod) {
  return isExempting(implementation) && implementation.exemptsPod(pod);
}

// src/rules/pss/allowPrivilegeEscalation.ts
function escalatingContainers(pod) {
  const violations = [];
  for (const container of podContainers(pod)) {
    if (container.securityContext?.allowPrivilegeEscalation === false) continue;
    violations.push({
      path: [...container.path, "securityContext", "allowPrivilegeEscalation"],
      message: `container ${quote(container.name)} must set securityContext.allowPrivilegeEscalation=false`
    });
  }
  return violations;
}
var allowPrivilegeEscalationCheck = {
  id: "allowPrivilegeEscalation",
  level: "restricted",
  title: "Containers must not allow privilege escalation",
  rationale: "Unless no_new_privs is set, a process can gain privileges through set-user-ID binaries or file capabilities, turning a foothold as a normal user into root in the container.",
  remediation: "Set securityContext.allowPrivilegeEscalation to false on every container.",
  versions: [
    // The field exists since v1.8.
    { minimumVersion: 8, evaluate: escalatingContainers },
    exempting(25, isWindowsPod, escalatingContainers)
  ]
};

// src/rules/pss/appArmorProfile.ts
var APPARMOR_ANNOTATION_PREFIX = "container.apparmor.security.beta.kubernetes.io/";
var ALLOWED_PROFILE_TYPES = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
function allowedAnnotationValue(value) {
  return value === "" || value === "runtime/default" || value.startsWith("localhost/");
}
function forbiddenProfileFields(pod) {
  const violations = [];
  for (const owner of securityContextOwners(pod)) {
    const profile = owner.securityContext?.appArmorProfile;
    if (!isSet(profile)) continue;
    const type2 = asText(asObject(profile)?.type);
    if (ALLOWED_PROFILE_TYPES.has(type2)) continue;
    violations.push({
      path: [...owner.path, "appArmorProfile", "type"],
      message: `${owner.label} must not set securityContext.appArmorProfile.type to ${quote(type2)}; use "RuntimeDefault" or "Localhost"`
    });
  }
  return violations;
}
function forbiddenProfileAnnotations(pod) {
  const annotations = annotationsOf(pod);
  return Object.keys(annotations).filter((key2) => key2.startsWith(APPARMOR_ANNOTATION_PREFIX)).sort().flatMap((key2) => {
    const value = asText(annotations[key2]);
    if (allowedAnnotationValue(value)) return [];
    return [
      {
        path: ["metadata", "annotations", key2],
        message: `annotation ${key2} must not be ${quote(value)}; use "runtime/default" or "localhost/<profile>"`
      }
    ];
  });
}
var appArmorProfileCheck = {
  id: "appArmorProfile",
  level: "baseline",
  title: "AppArmor must not be disabled or overridden",
  rationale: "The runtime's default AppArmor profile blocks writes to /proc and /sys and mount operations that container escapes rely on; an unconfined profile removes that layer.",
  remediation: 'Set securityContext.appArmorProfile.type to RuntimeDefault or Localhost (or remove it), and drop "unconfined" AppArmor annotations.',
  versions: [
    {
      minimumVersion: 0,
      evaluate: (pod) => forbiddenProfileFields(pod).concat(forbiddenProfileAnnotations(pod))
    }
  ]
};

// src/rules/pss/capabilities_baseline.ts
var DEFAULT_CAPABILITIES = /* @__PURE__ */ new Set([
  "AUDIT_WRITE",
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "MKNOD",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]);
function nonDefaultCapabilities(pod) {
  const violations = [];
  for (const container of podContainers(pod)) {
    const added = asList(asObject(container.securityContext?.capabilities)?.add);
    for (let index = 0; index < added.length; index++) {
      const capability = asText(added[index]);
      if (DEFAULT_CAPABILITIES.has(capability)) continue;
      violations.push({
        path: [...container.path, "securityContext", "capabilities", "add", index],
        message: `container ${quote(container.name)} must not include ${quote(capability)} in securityContext.capabilities.add`
      });
    }
  }
  return violations;
}
var capabilitiesBaselineCheck = {
  id: "capabilities_baseline",
  level: "baseline",
  title: "Containers must not add capabilities beyond the default set",
  rationale: "Capabilities such as NET_RAW, SYS_ADMIN or SYS_PTRACE let a process spoof traffic, escape through kernel interfaces or read other processes; the runtime default set is all most workloads need.",
  remediation: "Remove the extra entries from securityContext.capabilities.add; keep only capabilities from the default set.",
  versions: [{ minimumVersion: 0, evaluate: nonDefaultCapabilities }]
};

// src/rules/pss/capabilities_restricted.ts
function unrestrictedCapabilities(pod) {
  const violations = [];
  for (const container of podContainers(pod)) {
    const capabilities = asObject(container.securityContext?.capabilities);
    if (!asList(capabilities?.drop).includes("ALL")) {
      violations.push({
        path: [...container.path, "securityContext", "capabilities", "drop"],
        message: `container ${quote(container.name)} must set securityContext.capabilities.drop=["ALL"]`
      });
    }
    const added = asList(capabilities?.add);
    for (let index = 0; index < added.length; index++) {
      const capability = asText(added[index]);
      if (capability === "NET_BIND_SERVICE") continue;
      violations.push({
        path: [...container.path, "securityContext", "capabilities", "add", index],
        message: `container ${quote(container.name)} must not include ${quote(capability)} in securityContext.capabilities.add; only "NET_BIND_SERVICE" may be added`
      });
    }
  }
  return violations;
}
var capabilitiesRestrictedCheck = {
  id: "capabilities_restricted",
  level: "restricted",
  title: "Containers must drop all capabilities",
  rationale: "Even the default capabilities (NET_RAW, CHOWN, DAC_OVERRIDE, SETUID and others) give an attacker in the container tools for spoofing traffic and bypassing file permissions that almost no workload needs.",
  remediation: 'Set securityContext.capabilities.drop to ["ALL"], and add back at most NET_BIND_SERVICE when the container binds a port below 1024.',
  overrides: ["capabilities_baseline"],
  versions: [
    { minimumVersion: 22, evaluate: unrestrictedCapabilities },
    exempting(25, isWindowsPod, unrestrictedCapabilities)
  ]
};

// src/rules/pss/hostNamespaces.ts
var HOST_NAMESPACE_FIELDS = ["hostNetwork", "hostPID", "hostIPC"];
function sharedHostNamespaces(pod) {
  return HOST_NAMESPACE_FIELDS.filter((field) => pod.spec[field] === true).map((field) => ({
    path: ["spec", field],
    message: `pod must not set spec.${field}=true`
  }));
}
var hostNamespacesCheck = {
  id: "hostNamespaces",
  level: "baseline",
  title: "Pods must not share the host namespaces",
  rationale: "Sharing the node's network, process or IPC namespace lets a pod sniff host traffic, reach services bound to localhost, and see or signal every process on the node.",
  remediation: "Remove spec.hostNetwork, spec.hostPID and spec.hostIPC, or set them to false.",
  versions: [{ minimumVersion: 0, evaluate: sharedHostNamespaces }]
};

// src/rules/pss/hostPathVolumes.ts
function hostPathVolumes(pod) {
  return asList(pod.spec.volumes).flatMap((entry, index) => {
    const volume = asObject(entry);
    if (!volume || !isSet(volume.hostPath)) return [];
    return [
      {
        path: ["spec", "volumes", index, "hostPath"],
        message: `volume ${quote(asText(volume.name))} must not use hostPath`
      }
    ];
  });
}
var hostPathVolumesCheck = {
  id: "hostPathVolumes",
  level: "baseline",
  title: "Pods must not mount host paths",
  rationale: "A hostPath volume exposes the node's filesystem to the pod: credentials, the container runtime socket and kubelet files are one mount away from a node takeover.",
  remediation: "Replace the hostPath volume with emptyDir, configMap, secret, projected or a persistentVolumeClaim.",
  versions: [{ minimumVersion: 0, evaluate: hostPathVolumes }]
};

// src/rules/pss/hostPorts.ts
function hostPorts(pod) {
  const violations = [];
  for (const container of podContainers(pod)) {
    const ports = asList(container.fields.ports);
    for (let index = 0; index < ports.length; index++) {
      const hostPort = asObject(ports[index])?.hostPort;
      if (!isSet(hostPort) || hostPort === 0) continue;
      violations.push({
        path: [...container.path, "ports", index, "hostPort"],
        message: `container ${quote(container.name)} must not use hostPort ${asText(hostPort)}`
      });
    }
  }
  return violations;
}
var hostPortsCheck = {
  id: "hostPorts",
  level: "baseline",
  title: "Containers must not bind host ports",
  rationale: "A host port binds the pod on the node's own network interfaces, bypassing NetworkPolicy and Service boundaries and letting the pod intercept traffic meant for the node.",
  remediation: "Remove ports[].hostPort and expose the container through a Service instead.",
  versions: [{ minimumVersion: 0, evaluate: hostPorts }]
};

// src/rules/pss/hostProbesAndHostLifecycle.ts
var PROBES = ["livenessProbe", "readinessProbe", "startupProbe"];
var LIFECYCLE_HANDLERS = ["postStart", "preStop"];
var HOST_ACTIONS = ["httpGet", "tcpSocket"];
function hostTargets(pod) {
  const violations = [];
  for (const container of podContainers(pod)) {
    const report = (handler, handlerPath) => {
      if (!handler) return;
      for (const action of HOST_ACTIONS) {
        const host = asObject(handler[action])?.host;
        if (!isSet(host) || host === "") continue;
        const field = [...handlerPath, action, "host"];
        violations.push({
          path: [...container.path, ...field],
          message: `container ${quote(container.name)} must not set ${field.join(".")} (${quote(asText(host))}); leave it unset so the kubelet targets the pod IP`
        });
      }
    };
    for (const probe of PROBES) report(asObject(container.fields[probe]), [probe]);
    const lifecycle = asObject(container.fields.lifecycle);
    if (lifecycle)
      for (const hook of LIFECYCLE_HANDLERS) report(asObject(lifecycle[hook]), ["lifecycle", hook]);
  }
  return violations;
}
var hostProbesAndHostLifecycleCheck = {
  id: "hostProbesAndHostLifecycle",
  level: "baseline",
  title: "Probes and lifecycle hooks must not target other hosts",
  rationale: "The kubelet sends probe and lifecycle requests from the node, so a host field turns it into a proxy that can reach node-local services and other addresses the pod itself cannot.",
  remediation: "Remove the host field from httpGet and tcpSocket probes and lifecycle handlers.",
  versions: [{ minimumVersion: 34, evaluate: hostTargets }]
};

// src/rules/pss/privileged.ts
function privilegedContainers(pod) {
  const violations = [];
  for (const container of podContainers(pod)) {
    if (container.securityContext?.privileged !== true) continue;
    violations.push({
      path: [...container.path, "securityContext", "privileged"],
      message: `container ${quote(container.name)} must not set securityContext.privileged=true`
    });
  }
  return violations;
}
var privilegedCheck = {
  id: "privileged",
  level: "baseline",
  title: "Containers must not run privileged",
  rationale: "A privileged container gets every capability and the host devices, so a compromised process in it can take over the node and every pod on it.",
  remediation: "Remove securityContext.privileged or set it to false; grant only the specific capability the workload needs.",
  versions: [{ minimumVersion: 0, evaluate: privilegedContainers }]
};

// src/rules/pss/procMount.ts
function nonDefaultProcMounts(pod) {
  const violations = [];
  for (const container of podContainers(pod)) {
    const procMount = container.securityContext?.procMount;
    if (!isSet(procMount) || procMount === "Default") continue;
    violations.push({
      path: [...container.path, "securityContext", "procMount"],
      message: `container ${quote(container.name)} must not set securityContext.procMount to ${quote(asText(procMount))}; use "Default" or leave it unset`
    });
  }
  return violations;
}
var procMountCheck = {
  id: "procMount",
  level: "baseline",
  title: "Containers must keep the default /proc mask",
  rationale: "An unmasked /proc exposes kernel interfaces (such as /proc/sys and /proc/sysrq-trigger) that the default mask hides, which a compromised container can use to attack the node.",
  remediation: "Remove securityContext.procMount or set it to Default.",
  versions: [
    { minimumVersion: 0, evaluate: nonDefaultProcMounts },
    // Before v1.35 the relaxation sat behind an alpha gate that was off by default.
    exempting(35, inUserNamespace, nonDefaultProcMounts)
  ]
};

// src/rules/pss/procMount_restricted.ts
var procMountRestrictedCheck = {
  id: "procMount_restricted",
  level: "restricted",
  title: "Containers must keep the default /proc mask, even in a user namespace",
  rationale: "An unmasked /proc exposes kernel interfaces the default mask hides; the restricted level keeps the mask for pods in a user namespace too, where the baseline level lets it go from v1.35.",
  remediation: "Remove securityContext.procMount or set it to Default.",
  overrides: ["procMount"],
  versions: [{ minimumVersion: 35, evaluate: nonDefaultProcMounts }]
};

// src/rules/pss/restrictedVolumes.ts
var ALLOWED_SOURCES = [
  "configMap",
  "csi",
  "downwardAPI",
  "emptyDir",
  "ephemeral",
  "image",
  "persistentVolumeClaim",
  "projected",
  "secret"
];
function restrictedVolumes(pod) {
  return asList(pod.spec.volumes).flatMap((entry, index) => {
    const volume = asObject(entry);
    if (!volume) return [];
    const sources = Object.keys(volume).filter((key2) => key2 !== "name" && isSet(volume[key2]));
    if (sources.length === 0 || sources.some((source) => ALLOWED_SOURCES.includes(source))) return [];
    return [
      {
        path: ["spec", "volumes", index],
        message: `volume ${quote(asText(volume.name))} must not use the restricted volume type ${sources.join(", ")}; use ${ALLOWED_SOURCES.join(", ")}`
      }
    ];
  });
}
var restrictedVolumesCheck = {
  id: "restrictedVolumes",
  level: "restricted",
  title: "Pods may use only the restricted set of volume types",
  rationale: "Volume types that reach node paths or storage directly (hostPath, NFS, iSCSI, RBD, gitRepo and others) bypass PersistentVolume administration and can expose node files or other tenants' data.",
  remediation: "Use configMap, secret, projected, downwardAPI, emptyDir, ephemeral, image, csi or a persistentVolumeClaim backed by an administrator-defined PersistentVolume.",
  overrides: ["hostPathVolumes"],
  versions: [{ minimumVersion: 0, evaluate: restrictedVolumes }]
};

// src/rules/pss/runAsNonRoot.ts
function rootContainers(pod) {
  const podValue = asObject(pod.spec.securityContext)?.runAsNonRoot;
  const violations = [];
  if (isSet(podValue) && podValue !== true) {
    violations.push({
      path: ["spec", "securityContext", "runAsNonRoot"],
      message: "pod must not set securityContext.runAsNonRoot=false; set it to true"
    });
  }
  for (const container of podContainers(pod)) {
    const value = container.securityContext?.runAsNonRoot;
    const path3 = [...container.path, "securityContext", "runAsNonRoot"];
    if (isSet(value)) {
      if (value !== true) {
        violations.push({
          path: path3,
          message: `container ${quote(container.name)} must not set securityContext.runAsNonRoot=false; set it to true`
        });
      }
    } else if (!isSet(podValue)) {
      violations.push({
        path: path3,
        message: `pod or container ${quote(container.name)} must set securityContext.runAsNonRoot=true`
      });
    }
  }
  return violations;
}
var runAsNonRootCheck = {
  id: "runAsNonRoot",
  level: "restricted",
  title: "Containers must run as non-root",
  rationale: "A process running as root in the container is root on the node once it escapes, and owns every file and device the container can reach.",
  remediation: "Set securityContext.runAsNonRoot to true on the pod (or on every container), and build the image with a non-root USER or set runAsUser.",
  versions: [
    // Before v1.35 the user-namespace relaxation sat behind an alpha gate that was off by default.
    { minimumVersion: 0, evaluate: rootContainers },
    exempting(35, inUserNamespace, rootContainers)
  ]
};

// src/rules/pss/runAsUser.ts
function rootUsers(pod) {
  const violations = [];
  for (const owner of securityContextOwners(pod)) {
    if (owner.securityContext?.runAsUser !== 0) continue;
    violations.push({
      path: [...owner.path, "runAsUser"],
      message: `${owner.label} must not set securityContext.runAsUser=0; use a non-zero UID`
    });
  }
  return violations;
}
var runAsUserCheck = {
  id: "runAsUser",
  level: "restricted",
  title: "Containers must not run as UID 0",
  rationale: "runAsUser: 0 runs the container as root even when the image declares another user, giving a process that escapes the container root on the node.",
  remediation: "Remove runAsUser: 0, or set runAsUser to a non-zero UID.",
  versions: [
    // Before v1.35 the user-namespace relaxation sat behind an alpha gate that was off by default.
    { minimumVersion: 23, evaluate: rootUsers },
    exempting(35, inUserNamespace, rootUsers)
  ]
};

// src/rules/pss/seLinuxOptions.ts
var ALLOWED_TYPES_1_0 = ["container_t", "container_init_t", "container_kvm_t"];
var ALLOWED_TYPES_1_31 = [...ALLOWED_TYPES_1_0, "container_engine_t"];
function forbiddenSeLinuxOptions(allowedTypes) {
  return (pod) => securityContextOwners(pod).flatMap((owner) => {
    const options = asObject(owner.securityContext?.seLinuxOptions);
    if (!options) return [];
    const violations = [];
    const path3 = [...owner.path, "seLinuxOptions"];
    const type2 = asText(options.type);
    if (type2 !== "" && !allowedTypes.includes(type2)) {
      violations.push({
        path: [...path3, "type"],
        message: `${owner.label} must not set securityContext.seLinuxOptions.type to ${quote(type2)}; use one of ${quoteAll(allowedTypes)} or leave it unset`
      });
    }
    for (const field of ["user", "role"]) {
      if (asText(options[field]) === "") continue;
      violations.push({
        path: [...path3, field],
        message: `${owner.label} must not set securityContext.seLinuxOptions.${field}`
      });
    }
    return violations;
  });
}
var seLinuxOptionsCheck = {
  id: "seLinuxOptions",
  level: "baseline",
  title: "SELinux options must not loosen the container label",
  rationale: "A custom SELinux user, role or type can run the container under a host domain that the SELinux policy does not confine, undoing the isolation SELinux gives containers.",
  remediation: "Remove seLinuxOptions.user and seLinuxOptions.role, and set seLinuxOptions.type only to a container type (container_t, container_init_t, container_kvm_t, container_engine_t).",
  versions: [
    { minimumVersion: 0, evaluate: forbiddenSeLinuxOptions(ALLOWED_TYPES_1_0) },
    { minimumVersion: 31, evaluate: forbiddenSeLinuxOptions(ALLOWED_TYPES_1_31) }
  ]
};

// src/rules/pss/seccompProfile_baseline.ts
var POD_ANNOTATION = "seccomp.security.alpha.kubernetes.io/pod";
var CONTAINER_ANNOTATION_PREFIX = "container.seccomp.security.alpha.kubernetes.io/";
var ALLOWED_TYPES = /* @__PURE__ */ new Set(["RuntimeDefault", "Localhost"]);
function allowedAnnotationValue2(value) {
  return value === "runtime/default" || value === "docker/default" || value.startsWith("localhost/");
}
function forbiddenSeccompAnnotations(pod) {
  const annotations = annotationsOf(pod);
  const keys = /* @__PURE__ */ new Set([
    POD_ANNOTATION,
    ...podContainers(pod).map((c) => CONTAINER_ANNOTATION_PREFIX + c.name)
  ]);
  return [...keys].flatMap((key2) => {
    if (!Object.hasOwn(annotations, key2)) return [];
    const value = asText(annotations[key2]);
    if (allowedAnnotationValue2(value)) return [];
    return [
      {
        path: ["metadata", "annotations", key2],
        message: `annotation ${key2} must not be ${quote(value)}; use "runtime/default" or "localhost/<profile>"`
      }
    ];
  });
}
function seccompTypeOf(securityContext) {
  const profile = securityContext?.seccompProfile;
  return isSet(profile) ? asText(asObject(profile)?.type) : void 0;
}
function allowedSeccompType(type2) {
  return type2 !== void 0 && ALLOWED_TYPES.has(type2);
}
function forbiddenSeccompTypes(pod) {
  const violations = [];
  for (const owner of securityContextOwners(pod)) {
    const type2 = seccompTypeOf(owner.securityContext);
    if (type2 === void 0 || allowedSeccompType(type2)) continue;
    violations.push({
      path: [...owner.path, "seccompProfile", "type"],
      message: `${owner.label} must not set securityContext.seccompProfile.type to ${quote(type2)}; use "RuntimeDefault" or "Localhost"`
    });
  }
  return violations;
}
var seccompProfileBaselineCheck = {
  id: "seccompProfile_baseline",
  level: "baseline",
  title: "Seccomp must not be disabled",
  rationale: "An Unconfined seccomp profile gives the container every system call, including the rarely needed ones behind most kernel exploits used for container escapes.",
  remediation: 'Set securityContext.seccompProfile.type to RuntimeDefault or Localhost, or remove it; before v1.19 use the "runtime/default" annotation value.',
  versions: [
    { minimumVersion: 0, evaluate: forbiddenSeccompAnnotations },
    { minimumVersion: 19, evaluate: forbiddenSeccompTypes }
  ]
};

// src/rules/pss/seccompProfile_restricted.ts
function unconfinedContainers(pod) {
  const violations = forbiddenSeccompTypes(pod);
  if (allowedSeccompType(seccompTypeOf(asObject(pod.spec.securityContext)))) return violations;
  for (const container of podContainers(pod)) {
    if (allowedSeccompType(seccompTypeOf(container.securityContext))) continue;
    violations.push({
      path: [...container.path, "securityContext", "seccompProfile"],
      message: `pod or container ${quote(container.name)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`
    });
  }
  return violations;
}
var seccompProfileRestrictedCheck = {
  id: "seccompProfile_restricted",
  level: "restricted",
  title: "Seccomp must be enabled",
  rationale: "Without a seccomp profile the container can make every system call, including the rarely needed ones behind most kernel exploits used for container escapes.",
  remediation: "Set spec.securityContext.seccompProfile.type to RuntimeDefault (or Localhost) on the pod, or on every container.",
  overrides: ["seccompProfile_baseline"],
  versions: [
    { minimumVersion: 19, evaluate: unconfinedContainers },
    exempting(25, isWindowsPod, unconfinedContainers)
  ]
};

// src/rules/pss/sysctls.ts
var SAFE_1_0 = [
  "kernel.shm_rmid_forced",
  "net.ipv4.ip_local_port_range",
  "net.ipv4.tcp_syncookies",
  "net.ipv4.ping_group_range",
  "net.ipv4.ip_unprivileged_port_start"
];
var SAFE_1_27 = [...SAFE_1_0, "net.ipv4.ip_local_reserved_ports"];
var SAFE_1_29 = [
  ...SAFE_1_27,
  "net.ipv4.tcp_keepalive_time",
  "net.ipv4.tcp_fin_timeout",
  "net.ipv4.tcp_keepalive_intvl",
  "net.ipv4.tcp_keepalive_probes"
];
var SAFE_1_32 = [...SAFE_1_29, "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem"];
var SAFE_1_37 = [...SAFE_1_32, "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat"];
function unsafeSysctls(safe) {
  const safeNames = new Set(safe);
  return (pod) => asList(asObject(pod.spec.securityContext)?.sysctls).flatMap((entry, index) => {
    const name = asText(asObject(entry)?.name);
    if (safeNames.has(name)) return [];
    return [
      {
        path: ["spec", "securityContext", "sysctls", index, "name"],
        message: `pod must not set sysctl ${quote(name)}; only namespaced sysctls from the safe set are allowed`
      }
    ];
  });
}
var sysctlsCheck = {
  id: "sysctls",
  level: "baseline",
  title: "Pods may set only safe sysctls",
  rationale: "Sysctls outside the safe set are not isolated per pod: they can change kernel behaviour for the whole node, weaken its defences or starve other pods.",
  remediation: "Remove the sysctl from spec.securityContext.sysctls, or set it on the node instead.",
  versions: [
    { minimumVersion: 0, evaluate: unsafeSysctls(SAFE_1_0) },
    { minimumVersion: 27, evaluate: unsafeSysctls(SAFE_1_27) },
    { minimumVersion: 29, evaluate: unsafeSysctls(SAFE_1_29) },
    { minimumVersion: 32, evaluate: unsafeSysctls(SAFE_1_32) },
    { minimumVersion: 37, evaluate: unsafeSysctls(SAFE_1_37) }
  ]
};

// src/rules/pss/windowsHostProcess.ts
function hostProcesses(pod) {
  const violations = [];
  for (const owner of securityContextOwners(pod)) {
    if (asObject(owner.securityContext?.windowsOptions)?.hostProcess !== true) continue;
    violations.push({
      path: [...owner.path, "windowsOptions", "hostProcess"],
      message: `${owner.label} must not set securityContext.windowsOptions.hostProcess=true`
    });
  }
  return violations;
}
var windowsHostProcessCheck = {
  id: "windowsHostProcess",
  level: "baseline",
  title: "Windows pods must not run as host processes",
  rationale: "A Windows HostProcess container runs directly on the node with host networking and file access, which is the Windows equivalent of a privileged container.",
  remediation: "Remove securityContext.windowsOptions.hostProcess or set it to false.",
  versions: [{ minimumVersion: 0, evaluate: hostProcesses }]
};

// src/rules/pss/index.ts
var PSS_CHECKS = [
  privilegedCheck,
  hostNamespacesCheck,
  hostPathVolumesCheck,
  hostPortsCheck,
  capabilitiesBaselineCheck,
  appArmorProfileCheck,
  seLinuxOptionsCheck,
  procMountCheck,
  seccompProfileBaselineCheck,
  sysctlsCheck,
  windowsHostProcessCheck,
  hostProbesAndHostLifecycleCheck,
  allowPrivilegeEscalationCheck,
  capabilitiesRestrictedCheck,
  restrictedVolumesCheck,
  runAsNonRootCheck,
  runAsUserCheck,
  seccompProfileRestrictedCheck,
  procMountRestrictedCheck
];
function implementationFor(check, version) {
  let chosen;
  for (const implementation of check.versions) {
    if (implementation.minimumVersion <= version) chosen = implementation;
  }
  return chosen;
}
function pssChecksFor(level, version) {
  return PSS_CHECKS.filter(
    (check) => (level === "restricted" || check.level === "baseline") && implementationFor(check, version) !== void 0
  );
}
var policyCache = {
  baseline: [],
  restricted: []
};
function applicableChecks(level, version) {
  let applicable = policyCache[level][version];
  if (!applicable) {
    applicable = pssChecksFor(level, version).flatMap((check) => {
      const implementation = implementationFor(check, version);
      return implementation ? [{ check, implementation }] : [];
    }).sort((a, b) => levelRank(a.check.level) - levelRank(b.check.level));
    policyCache[level][version] = applicable;
  }
  return applicable;
}
function evaluatePodSecurity(pod, level, version) {
  const applicable = applicableChecks(level, version);
  let skipped;
  for (const { check, implementation } of applicable) {
    if (check.overrides && exemptsPod(implementation, pod)) {
      skipped ??= /* @__PURE__ */ new Set();
      for (const id of check.overrides) skipped.add(id);
    }
  }
  const findings = [];
  let reportedPaths;
  for (const { check, implementation } of applicable) {
    if (skipped?.has(check.id)) continue;
    const violations = implementation.evaluate(pod);
    if (violations.length === 0) continue;
    reportedPaths ??= /* @__PURE__ */ new Set();
    for (const violation of violations) {
      const pathKey = violation.path.join("\0");
      if (reportedPaths.has(pathKey)) continue;
      reportedPaths.add(pathKey);
      findings.push({ checkId: check.id, path: violation.path, message: violation.message });
    }
  }
  return findings;
}
function levelRank(level) {
  return level === "baseline" ? 0 : 1;
}

// src/rules/pss/fixes.ts
var SAFE_VALUES = [
  { key: "runAsNonRoot", value: true },
  { key: "allowPrivilegeEscalation", value: false },
  { key: "privileged", value: false },
  { key: "hostNetwork", value: false },
  { key: "hostPID", value: false },
  { key: "hostIPC", value: false },
  { parent: "capabilities", key: "drop", value: ["ALL"] },
  { parent: "seccompProfile", key: "type", value: "RuntimeDefault" },
  { key: "seccompProfile", value: { type: "RuntimeDefault" } },
  { key: "procMount", value: "Default" }
];
function fixForViolation(_checkId, path3) {
  const key2 = path3[path3.length - 1];
  const parent = path3[path3.length - 2];
  const entry = SAFE_VALUES.find(
    (candidate) => candidate.key === key2 && (candidate.parent === void 0 || candidate.parent === parent)
  );
  if (!entry || typeof key2 !== "string") return void 0;
  return { description: `set ${key2} to ${JSON.stringify(entry.value)}`, set: [{ path: path3, value: entry.value }] };
}

// src/rules/pss/family.ts
var PSS_TIER = "medium";
var rules = PSS_CHECKS.map((check) => ({
  id: `pss/${check.id}`,
  tier: PSS_TIER,
  title: check.title,
  rationale: check.rationale,
  remediation: check.remediation
}));
var RULE_IDS = new Map(PSS_CHECKS.map((check) => [check.id, `pss/${check.id}`]));
var pssFamily = {
  rules,
  analyze(context, emit) {
    if (!rules.some((rule) => context.isEnabled(rule.id))) return;
    const namespaces = namespacePodSecurity(context.objects);
    const policies = /* @__PURE__ */ new Map();
    const policyFor = (namespace) => {
      if (!policies.has(namespace)) policies.set(namespace, namespacePolicy(namespace));
      return policies.get(namespace);
    };
    const namespacePolicy = (namespace) => {
      const enforced = namespace !== void 0 ? namespaces.get(namespace) : void 0;
      if (enforced?.level === void 0) return context.settings.pss;
      if (enforced.level === "privileged") return void 0;
      const latest = parsePssVersion("latest");
      let version;
      try {
        version = enforced.version === void 0 ? latest : parsePssVersion(enforced.version);
      } catch {
        return { level: "restricted", version: latest };
      }
      if (enforced.level !== "baseline" && enforced.level !== "restricted")
        return { level: "restricted", version: latest };
      return { level: enforced.level, version };
    };
    for (const template of context.podTemplates) {
      const metadata = template.object.value.metadata;
      const policy = policyFor(
        isRecord(metadata) && typeof metadata.namespace === "string" ? metadata.namespace : void 0
      );
      if (!policy) continue;
      for (const violation of evaluatePodSecurity(template, policy.level, policy.version)) {
        const path3 = template.prefix.concat(violation.path);
        const ruleId = RULE_IDS.get(violation.checkId);
        const fix = fixForViolation(violation.checkId, path3);
        const { object } = template;
        emit(
          fix ? { ruleId, object, path: path3, message: violation.message, fix } : { ruleId, object, path: path3, message: violation.message }
        );
      }
    }
  }
};

// src/model/path.ts
var PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
function formatPath(path3) {
  let out = "";
  for (const segment of path3) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (isPlainKey(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}
var plainKeys = /* @__PURE__ */ new Map();
function isPlainKey(segment) {
  let plain = plainKeys.get(segment);
  if (plain === void 0) {
    plain = PLAIN_KEY.test(segment);
    if (plainKeys.size < 1e4) plainKeys.set(segment, plain);
  }
  return plain;
}

// src/engines/rbac/matching.ts
var ALL = "*";
function verbMatches(rule, verb) {
  return rule.verbs.some((ruleVerb) => ruleVerb === ALL || ruleVerb === verb);
}
function apiGroupMatches(rule, group) {
  return rule.apiGroups.some((ruleGroup) => ruleGroup === ALL || ruleGroup === group);
}
function resourceMatches(rule, combined, subresource) {
  for (const ruleResource of rule.resources) {
    if (ruleResource === ALL || ruleResource === combined) return true;
    if (subresource !== "" && ruleResource.length === subresource.length + 2 && ruleResource.startsWith("*/") && ruleResource.endsWith(subresource)) {
      return true;
    }
  }
  return false;
}
function resourceNameMatches(rule, name) {
  return rule.resourceNames.length === 0 || rule.resourceNames.includes(name);
}
function nonResourceURLMatches(rule, path3) {
  for (const ruleURL of rule.nonResourceURLs) {
    if (ruleURL === ALL || ruleURL === path3) return true;
    if (ruleURL.endsWith("*") && path3.startsWith(trimTrailingStars(ruleURL))) return true;
  }
  return false;
}
function trimTrailingStars(value) {
  let end = value.length;
  while (end > 0 && value[end - 1] === "*") end--;
  return value.slice(0, end);
}
function combinedResource(request) {
  return request.subresource === "" ? request.resource : `${request.resource}/${request.subresource}`;
}
function ruleAllows(rule, request) {
  if (request.kind === "resource") {
    return verbMatches(rule, request.verb) && apiGroupMatches(rule, request.apiGroup) && resourceMatches(rule, combinedResource(request), request.subresource) && resourceNameMatches(rule, request.name);
  }
  return verbMatches(rule, request.verb) && nonResourceURLMatches(rule, request.path);
}
function resourceRequest(fields) {
  return {
    kind: "resource",
    apiGroup: "",
    subresource: "",
    name: "",
    namespace: "",
    ...fields
  };
}
function nonResourceRequest(verb, path3) {
  return { kind: "nonResource", verb, path: path3 };
}
function policyRule(fields) {
  return {
    verbs: fields.verbs ?? [],
    apiGroups: fields.apiGroups ?? [],
    resources: fields.resources ?? [],
    resourceNames: fields.resourceNames ?? [],
    nonResourceURLs: fields.nonResourceURLs ?? []
  };
}

// src/engines/rbac/identity.ts
var SERVICE_ACCOUNT_PREFIX = "system:serviceaccount:";
var ALL_SERVICE_ACCOUNTS = "system:serviceaccounts";
var ALL_AUTHENTICATED = "system:authenticated";
var ALL_UNAUTHENTICATED = "system:unauthenticated";
var ANONYMOUS = "system:anonymous";
function serviceAccountUserName(namespace, name) {
  return `${SERVICE_ACCOUNT_PREFIX}${namespace}:${name}`;
}
function serviceAccountGroups(namespace) {
  return [ALL_SERVICE_ACCOUNTS, `${ALL_SERVICE_ACCOUNTS}:${namespace}`, ALL_AUTHENTICATED];
}
function splitServiceAccountUserName(userName) {
  if (!userName.startsWith(SERVICE_ACCOUNT_PREFIX)) return void 0;
  const parts = userName.slice(SERVICE_ACCOUNT_PREFIX.length).split(":");
  if (parts.length !== 2 || parts[0] === "" || parts[1] === "") return void 0;
  return { namespace: parts[0], name: parts[1] };
}
function impersonatedUser(name, groups = []) {
  const all = new Set(groups);
  const serviceAccount = splitServiceAccountUserName(name);
  if (serviceAccount) for (const group of serviceAccountGroups(serviceAccount.namespace)) all.add(group);
  else if (name === ANONYMOUS) all.add(ALL_UNAUTHENTICATED);
  else if (!all.has(ALL_UNAUTHENTICATED)) all.add(ALL_AUTHENTICATED);
  return { name, groups: [...all] };
}
function subjectNamespace(subject, bindingNamespace) {
  const namespace = subject.namespace !== void 0 && subject.namespace !== "" ? subject.namespace : bindingNamespace;
  return namespace === "" ? void 0 : namespace;
}
function describeSubject(subject, bindingNamespace = "") {
  if (subject.kind !== "ServiceAccount") return `${subject.kind} ${subject.name}`;
  const namespace = subjectNamespace(subject, bindingNamespace);
  return `ServiceAccount ${namespace ?? "(no namespace)"}/${subject.name}`;
}
function resolvedSubject(subject, bindingNamespace) {
  if (subject.kind !== "ServiceAccount") return { kind: subject.kind, name: subject.name };
  const namespace = subjectNamespace(subject, bindingNamespace);
  return namespace === void 0 ? { kind: subject.kind, name: subject.name } : { kind: subject.kind, name: subject.name, namespace };
}
function subjectKey(subject) {
  return `${subject.kind}\0${subject.namespace ?? ""}\0${subject.name}`;
}

// src/engines/rbac/builtin-roles.ts
var BUILTIN_POLICY_VERSION = "Kubernetes v1.27-v1.33";
var READ = ["get", "list", "watch"];
var WRITE = ["create", "delete", "deletecollection", "patch", "update"];
var READ_WRITE = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];
var TO_ADMIN = "rbac.authorization.k8s.io/aggregate-to-admin";
var TO_EDIT = "rbac.authorization.k8s.io/aggregate-to-edit";
var TO_VIEW = "rbac.authorization.k8s.io/aggregate-to-view";
function allow(verbs, apiGroups, resources2, resourceNames = []) {
  return policyRule({ verbs, apiGroups, resources: resources2, resourceNames });
}
function allowURLs(verbs, nonResourceURLs) {
  return policyRule({ verbs, nonResourceURLs });
}
var EVENTS = allow(["create", "patch", "update"], ["", "events.k8s.io"], ["events"]);
var BUILTIN_ROLES = [
  { kind: "ClusterRole", name: "admin", aggregateFrom: [{ [TO_ADMIN]: "true" }], rules: [] },
  {
    kind: "ClusterRole",
    name: "cluster-admin",
    rules: [allow(["*"], ["*"], ["*"]), allowURLs(["*"], ["*"])]
  },
  {
    kind: "ClusterRole",
    name: "edit",
    labels: { [TO_ADMIN]: "true" },
    aggregateFrom: [{ [TO_EDIT]: "true" }],
    rules: []
  },
  {
    kind: "ClusterRole",
    name: "system:aggregate-to-admin",
    labels: { [TO_ADMIN]: "true" },
    rules: [
      allow(["create"], ["authorization.k8s.io"], ["localsubjectaccessreviews"]),
      allow(READ_WRITE, ["rbac.authorization.k8s.io"], ["rolebindings", "roles"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:aggregate-to-edit",
    labels: { [TO_EDIT]: "true" },
    rules: [
      allow(
        READ,
        [""],
        ["pods/attach", "pods/exec", "pods/portforward", "pods/proxy", "secrets", "services/proxy"]
      ),
      allow(["impersonate"], [""], ["serviceaccounts"]),
      allow(WRITE, [""], ["pods", "pods/attach", "pods/exec", "pods/portforward", "pods/proxy"]),
      allow(["create"], [""], ["pods/eviction"]),
      allow(
        WRITE,
        [""],
        [
          "configmaps",
          "events",
          "persistentvolumeclaims",
          "replicationcontrollers",
          "replicationcontrollers/scale",
          "secrets",
          "serviceaccounts",
          "services",
          "services/proxy"
        ]
      ),
      allow(["create"], [""], ["serviceaccounts/token"]),
      allow(
        WRITE,
        ["apps"],
        [
          "daemonsets",
          "deployments",
          "deployments/rollback",
          "deployments/scale",
          "replicasets",
          "replicasets/scale",
          "statefulsets",
          "statefulsets/scale"
        ]
      ),
      allow(WRITE, ["autoscaling"], ["horizontalpodautoscalers"]),
      allow(WRITE, ["batch"], ["cronjobs", "jobs"]),
      allow(
        WRITE,
        ["extensions"],
        [
          "daemonsets",
          "deployments",
          "deployments/rollback",
          "deployments/scale",
          "ingresses",
          "networkpolicies",
          "replicasets",
          "replicasets/scale",
          "replicationcontrollers/scale"
        ]
      ),
      allow(WRITE, ["policy"], ["poddisruptionbudgets"]),
      allow(WRITE, ["networking.k8s.io"], ["ingresses", "networkpolicies"]),
      allow(READ_WRITE, ["coordination.k8s.io"], ["leases"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:aggregate-to-view",
    labels: { [TO_VIEW]: "true" },
    rules: [
      allow(
        READ,
        [""],
        [
          "configmaps",
          "endpoints",
          "persistentvolumeclaims",
          "persistentvolumeclaims/status",
          "pods",
          "replicationcontrollers",
          "replicationcontrollers/scale",
          "serviceaccounts",
          "services",
          "services/status"
        ]
      ),
      allow(
        READ,
        [""],
        [
          "bindings",
          "events",
          "limitranges",
          "namespaces/status",
          "pods/log",
          "pods/status",
          "replicationcontrollers/status",
          "resourcequotas",
          "resourcequotas/status"
        ]
      ),
      allow(READ, [""], ["namespaces"]),
      allow(READ, ["discovery.k8s.io"], ["endpointslices"]),
      allow(
        READ,
        ["apps"],
        [
          "controllerrevisions",
          "daemonsets",
          "daemonsets/status",
          "deployments",
          "deployments/scale",
          "deployments/status",
          "replicasets",
          "replicasets/scale",
          "replicasets/status",
          "statefulsets",
          "statefulsets/scale",
          "statefulsets/status"
        ]
      ),
      allow(READ, ["autoscaling"], ["horizontalpodautoscalers", "horizontalpodautoscalers/status"]),
      allow(READ, ["batch"], ["cronjobs", "cronjobs/status", "jobs", "jobs/status"]),
      allow(
        READ,
        ["extensions"],
        [
          "daemonsets",
          "daemonsets/status",
          "deployments",
          "deployments/scale",
          "deployments/status",
          "ingresses",
          "ingresses/status",
          "networkpolicies",
          "replicasets",
          "replicasets/scale",
          "replicasets/status",
          "replicationcontrollers/scale"
        ]
      ),
      allow(READ, ["policy"], ["poddisruptionbudgets", "poddisruptionbudgets/status"]),
      allow(READ, ["networking.k8s.io"], ["ingresses", "ingresses/status", "networkpolicies"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:auth-delegator",
    rules: [
      allow(["create"], ["authentication.k8s.io"], ["tokenreviews"]),
      allow(["create"], ["authorization.k8s.io"], ["subjectaccessreviews"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:basic-user",
    rules: [
      allow(["create"], ["authorization.k8s.io"], ["selfsubjectaccessreviews", "selfsubjectrulesreviews"]),
      allow(["create"], ["authentication.k8s.io"], ["selfsubjectreviews"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:certificates.k8s.io:certificatesigningrequests:nodeclient",
    rules: [allow(["create"], ["certificates.k8s.io"], ["certificatesigningrequests/nodeclient"])]
  },
  {
    kind: "ClusterRole",
    name: "system:certificates.k8s.io:certificatesigningrequests:selfnodeclient",
    rules: [allow(["create"], ["certificates.k8s.io"], ["certificatesigningrequests/selfnodeclient"])]
  },
  ...[
    ["kube-apiserver-client-approver", "kubernetes.io/kube-apiserver-client"],
    ["kube-apiserver-client-kubelet-approver", "kubernetes.io/kube-apiserver-client-kubelet"],
    ["kubelet-serving-approver", "kubernetes.io/kubelet-serving"],
    ["legacy-unknown-approver", "kubernetes.io/legacy-unknown"]
  ].map(([suffix, signer]) => ({
    kind: "ClusterRole",
    name: `system:certificates.k8s.io:${suffix}`,
    rules: [allow(["approve"], ["certificates.k8s.io"], ["signers"], [signer])]
  })),
  {
    kind: "ClusterRole",
    name: "system:discovery",
    rules: [
      allowURLs(
        ["get"],
        [
          "/api",
          "/api/*",
          "/apis",
          "/apis/*",
          "/healthz",
          "/livez",
          "/openapi",
          "/openapi/*",
          "/readyz",
          "/version",
          "/version/"
        ]
      )
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:heapster",
    rules: [
      allow(READ, [""], ["events", "namespaces", "nodes", "pods"]),
      allow(READ, ["extensions"], ["deployments"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:kube-aggregator",
    rules: [allow(READ, [""], ["endpoints", "services"])]
  },
  {
    kind: "ClusterRole",
    name: "system:kube-controller-manager",
    rules: [
      EVENTS,
      allow(["create"], ["coordination.k8s.io"], ["leases"]),
      allow(["get", "update"], ["coordination.k8s.io"], ["leases"], ["kube-controller-manager"]),
      allow(["create"], [""], ["secrets", "serviceaccounts"]),
      allow(["delete"], [""], ["secrets"]),
      allow(["get"], [""], ["configmaps", "namespaces", "secrets", "serviceaccounts"]),
      allow(["update"], [""], ["secrets", "serviceaccounts"]),
      allow(["create"], ["authentication.k8s.io"], ["tokenreviews"]),
      allow(["create"], ["authorization.k8s.io"], ["subjectaccessreviews"]),
      allow(["list", "watch"], ["*"], ["*"]),
      allow(["create"], [""], ["serviceaccounts/token"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:kube-dns",
    rules: [allow(["list", "watch"], [""], ["endpoints", "services"])]
  },
  {
    kind: "ClusterRole",
    name: "system:kube-scheduler",
    rules: [
      EVENTS,
      allow(["create"], ["coordination.k8s.io"], ["leases"]),
      allow(["get", "update"], ["coordination.k8s.io"], ["leases"], ["kube-scheduler"]),
      allow(READ, [""], ["nodes"]),
      allow(["delete", "get", "list", "watch"], [""], ["pods"]),
      allow(["create"], [""], ["bindings", "pods/binding"]),
      allow(["patch", "update"], [""], ["pods/status"]),
      allow(READ, [""], ["replicationcontrollers", "services"]),
      allow(READ, ["apps", "extensions"], ["replicasets"]),
      allow(READ, ["apps"], ["statefulsets"]),
      allow(READ, ["policy"], ["poddisruptionbudgets"]),
      allow(READ, [""], ["persistentvolumeclaims", "persistentvolumes"]),
      allow(["create"], ["authentication.k8s.io"], ["tokenreviews"]),
      allow(["create"], ["authorization.k8s.io"], ["subjectaccessreviews"]),
      allow(READ, ["storage.k8s.io"], ["csinodes"]),
      allow(READ, [""], ["namespaces"]),
      allow(READ, ["storage.k8s.io"], ["csidrivers"]),
      allow(READ, ["storage.k8s.io"], ["csistoragecapacities"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:kubelet-api-admin",
    rules: [
      allow(READ, [""], ["nodes"]),
      allow(["proxy"], [""], ["nodes"]),
      allow(["*"], [""], ["nodes/log", "nodes/metrics", "nodes/proxy", "nodes/stats"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:monitoring",
    rules: [
      allowURLs(
        ["get"],
        ["/healthz", "/healthz/*", "/livez", "/livez/*", "/metrics", "/metrics/slis", "/readyz", "/readyz/*"]
      )
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:node",
    rules: [
      allow(["create"], ["authentication.k8s.io"], ["tokenreviews"]),
      allow(["create"], ["authorization.k8s.io"], ["localsubjectaccessreviews", "subjectaccessreviews"]),
      allow(READ, [""], ["services"]),
      allow(["create", "get", "list", "watch"], [""], ["nodes"]),
      allow(["patch", "update"], [""], ["nodes/status"]),
      allow(["patch", "update"], [""], ["nodes"]),
      allow(["create", "patch", "update"], [""], ["events"]),
      allow(READ, [""], ["pods"]),
      allow(["create", "delete"], [""], ["pods"]),
      allow(["patch", "update"], [""], ["pods/status"]),
      allow(["create"], [""], ["pods/eviction"]),
      allow(READ, [""], ["configmaps", "secrets"]),
      allow(["get"], [""], ["persistentvolumeclaims", "persistentvolumes"]),
      allow(["get"], [""], ["endpoints"]),
      allow(["create", "get", "list", "watch"], ["certificates.k8s.io"], ["certificatesigningrequests"]),
      allow(["create", "delete", "get", "patch", "update"], ["coordination.k8s.io"], ["leases"]),
      allow(["get"], ["storage.k8s.io"], ["volumeattachments"]),
      allow(["create"], [""], ["serviceaccounts/token"]),
      allow(["get", "patch", "update"], [""], ["persistentvolumeclaims/status"]),
      allow(READ, ["storage.k8s.io"], ["csidrivers"]),
      allow(["create", "delete", "get", "patch", "update"], ["storage.k8s.io"], ["csinodes"]),
      allow(READ, ["node.k8s.io"], ["runtimeclasses"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:node-bootstrapper",
    rules: [
      allow(["create", "get", "list", "watch"], ["certificates.k8s.io"], ["certificatesigningrequests"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:node-problem-detector",
    rules: [allow(["get"], [""], ["nodes"]), allow(["patch"], [""], ["nodes/status"]), EVENTS]
  },
  {
    kind: "ClusterRole",
    name: "system:node-proxier",
    rules: [
      allow(["list", "watch"], [""], ["endpoints", "services"]),
      allow(READ, [""], ["nodes"]),
      EVENTS,
      allow(["list", "watch"], ["discovery.k8s.io"], ["endpointslices"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:persistent-volume-provisioner",
    rules: [
      allow(["create", "delete", "get", "list", "watch"], [""], ["persistentvolumes"]),
      allow(["get", "list", "update", "watch"], [""], ["persistentvolumeclaims"]),
      allow(READ, ["storage.k8s.io"], ["storageclasses"]),
      allow(["watch"], [""], ["events"]),
      EVENTS
    ]
  },
  {
    kind: "ClusterRole",
    name: "system:public-info-viewer",
    rules: [allowURLs(["get"], ["/healthz", "/livez", "/readyz", "/version", "/version/"])]
  },
  {
    kind: "ClusterRole",
    name: "system:service-account-issuer-discovery",
    rules: [allowURLs(["get"], ["/.well-known/openid-configuration", "/openid/v1/jwks"])]
  },
  {
    kind: "ClusterRole",
    name: "system:volume-scheduler",
    rules: [
      allow(["get", "list", "patch", "update", "watch"], [""], ["persistentvolumes"]),
      allow(READ, ["storage.k8s.io"], ["storageclasses"]),
      allow(["get", "list", "patch", "update", "watch"], [""], ["persistentvolumeclaims"])
    ]
  },
  {
    kind: "ClusterRole",
    name: "view",
    labels: { [TO_EDIT]: "true" },
    aggregateFrom: [{ [TO_VIEW]: "true" }],
    rules: []
  },
  // the default Role that extension API servers (metrics-server, webhooks) are bound to
  {
    kind: "Role",
    namespace: "kube-system",
    name: "extension-apiserver-authentication-reader",
    rules: [allow(READ, [""], ["configmaps"], ["extension-apiserver-authentication"])]
  }
];
var BUILTIN_BINDINGS = [
  {
    name: "cluster-admin",
    clusterRole: "cluster-admin",
    subjects: [{ kind: "Group", name: "system:masters" }]
  },
  {
    name: "system:basic-user",
    clusterRole: "system:basic-user",
    subjects: [{ kind: "Group", name: "system:authenticated" }]
  },
  {
    name: "system:discovery",
    clusterRole: "system:discovery",
    subjects: [{ kind: "Group", name: "system:authenticated" }]
  },
  {
    name: "system:public-info-viewer",
    clusterRole: "system:public-info-viewer",
    subjects: [
      { kind: "Group", name: "system:authenticated" },
      { kind: "Group", name: "system:unauthenticated" }
    ]
  },
  {
    name: "system:service-account-issuer-discovery",
    clusterRole: "system:service-account-issuer-discovery",
    subjects: [{ kind: "Group", name: "system:serviceaccounts" }]
  },
  {
    name: "system:kube-controller-manager",
    clusterRole: "system:kube-controller-manager",
    subjects: [{ kind: "User", name: "system:kube-controller-manager" }]
  },
  {
    name: "system:kube-dns",
    clusterRole: "system:kube-dns",
    subjects: [{ kind: "ServiceAccount", name: "kube-dns", namespace: "kube-system" }]
  },
  {
    name: "system:kube-scheduler",
    clusterRole: "system:kube-scheduler",
    subjects: [{ kind: "User", name: "system:kube-scheduler" }]
  },
  {
    name: "system:volume-scheduler",
    clusterRole: "system:volume-scheduler",
    subjects: [{ kind: "User", name: "system:kube-scheduler" }]
  },
  {
    name: "system:monitoring",
    clusterRole: "system:monitoring",
    subjects: [{ kind: "Group", name: "system:monitoring" }]
  },
  {
    name: "system:node-proxier",
    clusterRole: "system:node-proxier",
    subjects: [{ kind: "User", name: "system:kube-proxy" }]
  }
];

// src/engines/rbac/selectors.ts
function selectorMatches(selector, labels) {
  for (const [key2, value] of Object.entries(selector.matchLabels)) {
    if (labels[key2] !== value) return false;
  }
  return selector.matchExpressions.every((requirement) => requirementMatches(requirement, labels));
}
function requirementMatches(requirement, labels) {
  const has = Object.prototype.hasOwnProperty.call(labels, requirement.key);
  const value = has ? labels[requirement.key] : void 0;
  switch (requirement.operator) {
    case "In":
      return value !== void 0 && requirement.values.includes(value);
    case "NotIn":
      return value === void 0 || !requirement.values.includes(value);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
  }
}
function requirementProblem(requirement) {
  const needsValues = requirement.operator === "In" || requirement.operator === "NotIn";
  if (needsValues && requirement.values.length === 0)
    return `operator ${requirement.operator} needs at least one value`;
  if (!needsValues && requirement.values.length > 0)
    return `operator ${requirement.operator} takes no values`;
  return void 0;
}

// src/engines/rbac/parse.ts
var RBAC_GROUP = "rbac.authorization.k8s.io";
var DEFAULT_NAMESPACE2 = "default";
function parseRbacObjects(objects) {
  const parsed = { roles: [], bindings: [], clusterScopedCustom: [], problems: [] };
  for (const object of objects) {
    const group = apiGroup(object.value.apiVersion);
    const kind = object.value.kind;
    if (group === RBAC_GROUP) {
      if (kind === "Role" || kind === "ClusterRole") {
        const role = parseRole(object, kind, parsed.problems);
        if (role) parsed.roles.push(role);
      } else if (kind === "RoleBinding" || kind === "ClusterRoleBinding") {
        const binding = parseBinding(object, kind, parsed.problems);
        if (binding) parsed.bindings.push(binding);
      }
    } else if (group === "apiextensions.k8s.io" && kind === "CustomResourceDefinition") {
      const spec = object.value.spec;
      if (isRecord(spec) && spec.scope === "Cluster" && typeof spec.group === "string" && isRecord(spec.names)) {
        const plural = spec.names.plural;
        if (typeof plural === "string")
          parsed.clusterScopedCustom.push({ group: spec.group, resource: plural });
      }
    }
  }
  return parsed;
}
function metadataOf2(object) {
  return isRecord(object.value.metadata) ? object.value.metadata : {};
}
function nameOf2(object, problems) {
  const name = metadataOf2(object).name;
  if (typeof name === "string" && name !== "") return name;
  problems.push({ object, path: ["metadata", "name"], message: `${object.value.kind} has no metadata.name` });
  return void 0;
}
function namespaceOf2(object) {
  const namespace = metadataOf2(object).namespace;
  return typeof namespace === "string" && namespace !== "" ? namespace : DEFAULT_NAMESPACE2;
}
function labelsOf(object) {
  const labels = metadataOf2(object).labels;
  const out = {};
  if (isRecord(labels)) {
    for (const [key2, value] of Object.entries(labels)) if (typeof value === "string") out[key2] = value;
  }
  return out;
}
function parseRole(object, kind, problems) {
  const name = nameOf2(object, problems);
  if (name === void 0) return void 0;
  const id = kind === "Role" ? { kind, namespace: namespaceOf2(object), name } : { kind, name };
  const provenance = { builtin: false, object };
  const declaredRules = [];
  const rules2 = object.value.rules;
  if (rules2 !== void 0 && rules2 !== null && !Array.isArray(rules2)) {
    problems.push({ object, path: ["rules"], message: "rules must be a list of policy rules" });
  } else if (Array.isArray(rules2)) {
    rules2.forEach((raw, index) => {
      const rule = parsePolicyRule(object, raw, ["rules", index], kind === "Role", problems);
      if (rule) declaredRules.push({ rule, origin: { role: id, index, provenance } });
    });
  }
  let aggregationSelectors;
  const aggregation = object.value.aggregationRule;
  if (aggregation !== void 0 && aggregation !== null) {
    if (kind === "Role") {
      problems.push({ object, path: ["aggregationRule"], message: "a Role cannot have an aggregationRule" });
    } else if (!isRecord(aggregation) || !Array.isArray(aggregation.clusterRoleSelectors)) {
      problems.push({
        object,
        path: ["aggregationRule"],
        message: "aggregationRule must have a list of clusterRoleSelectors"
      });
    } else {
      aggregationSelectors = [];
      aggregation.clusterRoleSelectors.forEach((raw, index) => {
        const selector = parseSelector2(
          object,
          raw,
          ["aggregationRule", "clusterRoleSelectors", index],
          problems
        );
        if (selector) aggregationSelectors.push(selector);
      });
    }
  }
  return {
    id,
    labels: labelsOf(object),
    declaredRules,
    ...aggregationSelectors ? { aggregationSelectors } : {},
    provenance
  };
}
function stringList(object, value, path3, problems) {
  if (value === void 0 || value === null) return [];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value;
  problems.push({ object, path: path3, message: `${String(path3[path3.length - 1])} must be a list of strings` });
  return void 0;
}
function parsePolicyRule(object, raw, path3, namespaced, problems) {
  if (!isRecord(raw)) {
    problems.push({ object, path: path3, message: "a policy rule must be a mapping" });
    return void 0;
  }
  const verbs = stringList(object, raw.verbs, [...path3, "verbs"], problems);
  const apiGroups = stringList(object, raw.apiGroups, [...path3, "apiGroups"], problems);
  const resources2 = stringList(object, raw.resources, [...path3, "resources"], problems);
  const resourceNames = stringList(object, raw.resourceNames, [...path3, "resourceNames"], problems);
  const nonResourceURLs = stringList(object, raw.nonResourceURLs, [...path3, "nonResourceURLs"], problems);
  if (!verbs || !apiGroups || !resources2 || !resourceNames || !nonResourceURLs) return void 0;
  const before = problems.length;
  if (verbs.length === 0)
    problems.push({ object, path: [...path3, "verbs"], message: "verbs must contain at least one value" });
  if (nonResourceURLs.length > 0) {
    if (namespaced)
      problems.push({
        object,
        path: [...path3, "nonResourceURLs"],
        message: "namespaced rules cannot apply to non-resource URLs"
      });
    if (apiGroups.length > 0 || resources2.length > 0 || resourceNames.length > 0)
      problems.push({
        object,
        path: [...path3, "nonResourceURLs"],
        message: "rules cannot apply to both regular resources and non-resource URLs"
      });
  } else {
    if (apiGroups.length === 0)
      problems.push({
        object,
        path: [...path3, "apiGroups"],
        message: "resource rules must supply at least one api group"
      });
    if (resources2.length === 0)
      problems.push({
        object,
        path: [...path3, "resources"],
        message: "resource rules must supply at least one resource"
      });
  }
  if (problems.length > before && (verbs.length === 0 || nonResourceURLs.length > 0 && resources2.length > 0))
    return void 0;
  return policyRule({ verbs, apiGroups, resources: resources2, resourceNames, nonResourceURLs });
}
var OPERATORS2 = /* @__PURE__ */ new Set(["In", "NotIn", "Exists", "DoesNotExist"]);
function parseSelector2(object, raw, path3, problems) {
  if (!isRecord(raw)) {
    problems.push({ object, path: path3, message: "a cluster role selector must be a mapping" });
    return void 0;
  }
  const matchLabels = {};
  if (raw.matchLabels !== void 0 && raw.matchLabels !== null) {
    if (!isRecord(raw.matchLabels)) {
      problems.push({ object, path: [...path3, "matchLabels"], message: "matchLabels must be a mapping" });
      return void 0;
    }
    for (const [key2, value] of Object.entries(raw.matchLabels)) {
      if (typeof value !== "string") {
        problems.push({
          object,
          path: [...path3, "matchLabels", key2],
          message: "label values must be strings"
        });
        return void 0;
      }
      matchLabels[key2] = value;
    }
  }
  const matchExpressions = [];
  if (raw.matchExpressions !== void 0 && raw.matchExpressions !== null) {
    if (!Array.isArray(raw.matchExpressions)) {
      problems.push({
        object,
        path: [...path3, "matchExpressions"],
        message: "matchExpressions must be a list"
      });
      return void 0;
    }
    for (const [index, expression] of raw.matchExpressions.entries()) {
      const at = [...path3, "matchExpressions", index];
      if (!isRecord(expression) || typeof expression.key !== "string" || typeof expression.operator !== "string" || !OPERATORS2.has(expression.operator)) {
        problems.push({
          object,
          path: at,
          message: "a match expression needs a key and an operator of In, NotIn, Exists or DoesNotExist"
        });
        return void 0;
      }
      const values = stringList(object, expression.values, [...at, "values"], problems);
      if (!values) return void 0;
      const requirement = {
        key: expression.key,
        operator: expression.operator,
        values
      };
      const problem = requirementProblem(requirement);
      if (problem) {
        problems.push({ object, path: at, message: problem });
        return void 0;
      }
      matchExpressions.push(requirement);
    }
  }
  return { matchLabels, matchExpressions };
}
var SUBJECT_KINDS = /* @__PURE__ */ new Set(["User", "Group", "ServiceAccount"]);
function parseBinding(object, kind, problems) {
  const name = nameOf2(object, problems);
  if (name === void 0) return void 0;
  const namespace = kind === "RoleBinding" ? namespaceOf2(object) : void 0;
  const roleRef = object.value.roleRef;
  if (!isRecord(roleRef) || typeof roleRef.kind !== "string" || typeof roleRef.name !== "string" || roleRef.name === "") {
    problems.push({ object, path: ["roleRef"], message: `${kind} needs a roleRef with kind and name` });
    return void 0;
  }
  const allowedKinds = kind === "RoleBinding" ? ["Role", "ClusterRole"] : ["ClusterRole"];
  if (!allowedKinds.includes(roleRef.kind)) {
    problems.push({
      object,
      path: ["roleRef", "kind"],
      message: `a ${kind} refers to ${allowedKinds.join(" or ")}, not ${roleRef.kind}`
    });
    return void 0;
  }
  if (roleRef.apiGroup !== void 0 && roleRef.apiGroup !== RBAC_GROUP) {
    problems.push({
      object,
      path: ["roleRef", "apiGroup"],
      message: `roleRef.apiGroup must be ${RBAC_GROUP}`
    });
  }
  const ref = roleRef.kind === "Role" ? { kind: "Role", namespace, name: roleRef.name } : { kind: "ClusterRole", name: roleRef.name };
  const subjects = [];
  const rawSubjects = object.value.subjects;
  if (rawSubjects !== void 0 && rawSubjects !== null && !Array.isArray(rawSubjects)) {
    problems.push({ object, path: ["subjects"], message: "subjects must be a list" });
  } else if (Array.isArray(rawSubjects)) {
    rawSubjects.forEach((raw, index) => {
      const at = ["subjects", index];
      if (!isRecord(raw) || typeof raw.kind !== "string" || typeof raw.name !== "string" || raw.name === "") {
        problems.push({ object, path: at, message: "a subject needs a kind and a name" });
        return;
      }
      if (!SUBJECT_KINDS.has(raw.kind)) {
        problems.push({
          object,
          path: [...at, "kind"],
          message: `subject kind must be User, Group or ServiceAccount, not ${raw.kind}`
        });
        return;
      }
      const subjectNamespace2 = typeof raw.namespace === "string" && raw.namespace !== "" ? raw.namespace : void 0;
      if (raw.kind === "ServiceAccount" && kind === "ClusterRoleBinding" && subjectNamespace2 === void 0) {
        problems.push({
          object,
          path: at,
          message: "a ServiceAccount subject of a ClusterRoleBinding needs a namespace"
        });
      }
      subjects.push({
        subject: {
          kind: raw.kind,
          name: raw.name,
          ...subjectNamespace2 !== void 0 && raw.kind === "ServiceAccount" ? { namespace: subjectNamespace2 } : {}
        },
        index
      });
    });
  }
  return {
    kind,
    ...namespace !== void 0 ? { namespace } : {},
    name,
    roleRef: ref,
    subjects,
    provenance: { builtin: false, object }
  };
}

// src/engines/rbac/scope.ts
var BUILTIN_CLUSTER_SCOPED = {
  "": ["nodes", "namespaces", "persistentvolumes", "componentstatuses", "users", "groups"],
  "admissionregistration.k8s.io": [
    "mutatingwebhookconfigurations",
    "validatingwebhookconfigurations",
    "validatingadmissionpolicies",
    "validatingadmissionpolicybindings",
    "mutatingadmissionpolicies",
    "mutatingadmissionpolicybindings"
  ],
  "apiextensions.k8s.io": ["customresourcedefinitions"],
  "apiregistration.k8s.io": ["apiservices"],
  "authentication.k8s.io": ["tokenreviews", "selfsubjectreviews", "uids", "userextras"],
  "authorization.k8s.io": ["selfsubjectaccessreviews", "selfsubjectrulesreviews", "subjectaccessreviews"],
  "certificates.k8s.io": ["certificatesigningrequests", "clustertrustbundles", "signers"],
  "flowcontrol.apiserver.k8s.io": ["flowschemas", "prioritylevelconfigurations"],
  "internal.apiserver.k8s.io": ["storageversions"],
  "metrics.k8s.io": ["nodes"],
  "networking.k8s.io": ["ingressclasses", "ipaddresses", "servicecidrs"],
  "node.k8s.io": ["runtimeclasses"],
  policy: ["podsecuritypolicies"],
  extensions: ["podsecuritypolicies"],
  "rbac.authorization.k8s.io": ["clusterroles", "clusterrolebindings"],
  "resource.k8s.io": ["deviceclasses", "resourceslices", "devicetaintrules"],
  "scheduling.k8s.io": ["priorityclasses"],
  "storage.k8s.io": [
    "csidrivers",
    "csinodes",
    "storageclasses",
    "volumeattachments",
    "volumeattributesclasses"
  ],
  "storagemigration.k8s.io": ["storageversionmigrations"]
};
var ResourceScopes = class {
  /** cluster-scoped resources by API group: no string building on this hot path */
  clusterScoped = /* @__PURE__ */ new Map();
  constructor(customClusterScoped = []) {
    for (const [group, resources2] of Object.entries(BUILTIN_CLUSTER_SCOPED))
      for (const resource of resources2) this.add(group, resource);
    for (const { group, resource } of customClusterScoped) this.add(group, resource);
  }
  add(group, resource) {
    let resources2 = this.clusterScoped.get(group);
    if (!resources2) this.clusterScoped.set(group, resources2 = /* @__PURE__ */ new Set());
    resources2.add(resource);
  }
  /** true when requests on this resource carry no namespace ('*' is treated as namespaced, as kubectl does) */
  isClusterScoped(group, resource) {
    return this.clusterScoped.get(group)?.has(resource) ?? false;
  }
  /**
   * The namespace a real request on this resource carries, given the one a
   * question was asked in: '' for cluster-scoped resources, except a
   * namespace's own object, which carries its name.
   */
  requestNamespace(group, resource, name, askedNamespace) {
    if (group === "" && resource === "namespaces") return name;
    return this.isClusterScoped(group, resource) ? "" : askedNamespace;
  }
};

// src/engines/rbac/graph.ts
function roleKey(id) {
  return id.kind === "Role" ? `Role/${id.namespace ?? ""}/${id.name}` : `ClusterRole/${id.name}`;
}
function describeRole(id) {
  return id.kind === "Role" ? `Role ${id.namespace}/${id.name}` : `ClusterRole ${id.name}`;
}
function describeBinding(binding) {
  return binding.kind === "RoleBinding" ? `RoleBinding ${binding.namespace}/${binding.name}` : `ClusterRoleBinding ${binding.name}`;
}
var RbacGraph = class {
  roles = /* @__PURE__ */ new Map();
  bindings = [];
  problems;
  scopes;
  /** ClusterRoleBindings by subject key, in binding order */
  clusterIndex = /* @__PURE__ */ new Map();
  /** RoleBindings by namespace, then subject key */
  namespaceIndex = /* @__PURE__ */ new Map();
  roleBindingsByNamespace = /* @__PURE__ */ new Map();
  constructor(objects, options = {}) {
    const parsed = parseRbacObjects(objects);
    this.problems = parsed.problems;
    this.scopes = new ResourceScopes(parsed.clusterScopedCustom);
    const declared = /* @__PURE__ */ new Map();
    for (const role of builtinRoleRecords()) declared.set(roleKey(role.id), role);
    for (const role of parsed.roles) declared.set(roleKey(role.id), role);
    for (const [key2, rules2] of aggregate(declared))
      this.roles.set(key2, { record: declared.get(key2), rules: rules2 });
    const bindings = options.defaultBindings === false ? parsed.bindings : [...builtinBindingRecords(), ...parsed.bindings];
    for (const binding of bindings) this.addBinding(binding);
  }
  addBinding(binding) {
    const order = this.bindings.length;
    this.bindings.push(binding);
    const bindingNamespace = binding.namespace ?? "";
    let index = this.clusterIndex;
    if (binding.kind === "RoleBinding") {
      let byNamespace = this.namespaceIndex.get(bindingNamespace);
      if (!byNamespace) this.namespaceIndex.set(bindingNamespace, byNamespace = /* @__PURE__ */ new Map());
      index = byNamespace;
      const list = this.roleBindingsByNamespace.get(bindingNamespace) ?? [];
      list.push(binding);
      this.roleBindingsByNamespace.set(bindingNamespace, list);
    }
    for (const { subject, index: subjectIndex } of binding.subjects) {
      let key2;
      if (subject.kind === "ServiceAccount") {
        const namespace = subjectNamespace(subject, bindingNamespace);
        if (namespace === void 0) continue;
        key2 = `User\0${serviceAccountUserName(namespace, subject.name)}`;
      } else key2 = `${subject.kind}\0${subject.name}`;
      const matches = index.get(key2) ?? [];
      matches.push({ binding, subjectIndex, order });
      index.set(key2, matches);
    }
  }
  resolveRole(ref) {
    return this.roles.get(roleKey(ref));
  }
  clusterRoleBindings() {
    return this.bindings.filter((binding) => binding.kind === "ClusterRoleBinding");
  }
  roleBindingsIn(namespace) {
    return this.roleBindingsByNamespace.get(namespace) ?? [];
  }
  namespacesWithRoleBindings() {
    return [...this.roleBindingsByNamespace.keys()].sort();
  }
  /**
   * The bindings whose subjects name the user, each once with its first
   * matching subject (upstream appliesTo), in binding order: ClusterRoleBindings,
   * or the RoleBindings of one namespace.
   */
  bindingsFor(user, namespace) {
    const index = namespace === void 0 ? this.clusterIndex : this.namespaceIndex.get(namespace);
    if (!index) return [];
    const keys = [`User\0${user.name}`, ...user.groups.map((group) => `Group\0${group}`)];
    const first = /* @__PURE__ */ new Map();
    for (const key2 of keys) {
      for (const match of index.get(key2) ?? []) {
        const seen = first.get(match.order);
        if (!seen || match.subjectIndex < seen.subjectIndex) first.set(match.order, match);
      }
    }
    return [...first.values()].sort((a, b) => a.order - b.order);
  }
};
function builtinProvenance() {
  return { builtin: true, kubernetesVersion: BUILTIN_POLICY_VERSION };
}
function builtinRoleRecords() {
  const provenance = builtinProvenance();
  return BUILTIN_ROLES.map((role) => {
    const id = role.kind === "Role" ? { kind: "Role", namespace: role.namespace, name: role.name } : { kind: "ClusterRole", name: role.name };
    return {
      id,
      labels: role.labels ?? {},
      declaredRules: role.rules.map((rule, index) => ({ rule, origin: { role: id, index, provenance } })),
      ...role.aggregateFrom ? {
        aggregationSelectors: role.aggregateFrom.map((matchLabels) => ({
          matchLabels,
          matchExpressions: []
        }))
      } : {},
      provenance
    };
  });
}
function builtinBindingRecords() {
  const provenance = builtinProvenance();
  return BUILTIN_BINDINGS.map((binding) => ({
    kind: "ClusterRoleBinding",
    name: binding.name,
    roleRef: { kind: "ClusterRole", name: binding.clusterRole },
    subjects: binding.subjects.map((subject, index) => ({ subject, index })),
    provenance
  }));
}
function ruleIdentity(rule) {
  return JSON.stringify([
    rule.verbs,
    rule.apiGroups,
    rule.resources,
    rule.resourceNames,
    rule.nonResourceURLs
  ]);
}
function aggregate(declared) {
  const current = /* @__PURE__ */ new Map();
  const aggregated = [];
  const clusterRoles = [];
  for (const [key2, role] of declared) {
    current.set(key2, role.aggregationSelectors ? [] : role.declaredRules);
    if (role.id.kind === "ClusterRole") clusterRoles.push(role);
    if (role.aggregationSelectors) aggregated.push(role);
  }
  if (aggregated.length === 0) return current;
  clusterRoles.sort((a, b) => a.id.name < b.id.name ? -1 : a.id.name > b.id.name ? 1 : 0);
  aggregated.sort((a, b) => a.id.name < b.id.name ? -1 : a.id.name > b.id.name ? 1 : 0);
  const sources = new Map(
    aggregated.map((role) => [
      role,
      role.aggregationSelectors.map(
        (selector) => clusterRoles.filter((other) => other !== role && selectorMatches(selector, other.labels))
      )
    ])
  );
  for (let changed = true; changed; ) {
    changed = false;
    for (const role of aggregated) {
      const rules2 = [];
      const seen = /* @__PURE__ */ new Set();
      for (const selected of sources.get(role)) {
        for (const other of selected) {
          for (const effective of current.get(roleKey(other.id))) {
            const identity = ruleIdentity(effective.rule);
            if (seen.has(identity)) continue;
            seen.add(identity);
            rules2.push(effective);
          }
        }
      }
      if (rules2.length !== current.get(roleKey(role.id)).length) {
        current.set(roleKey(role.id), rules2);
        changed = true;
      }
    }
  }
  return current;
}

// src/engines/rbac/authorizer.ts
function rulesFor(graph, user, namespace) {
  const grants = [];
  const unresolved = [];
  const visit = (matches, grantNamespace) => {
    for (const { binding, subjectIndex } of matches) {
      const role = graph.resolveRole(binding.roleRef);
      if (!role) {
        unresolved.push(binding);
        continue;
      }
      for (const rule of role.rules)
        grants.push({ binding, subjectIndex, role, rule, namespace: grantNamespace });
    }
  };
  visit(graph.bindingsFor(user, void 0), "");
  if (namespace !== "") visit(graph.bindingsFor(user, namespace), namespace);
  return { grants, unresolved };
}
function realRequest(graph, request) {
  if (request.kind !== "resource") return request;
  const namespace = graph.scopes.requestNamespace(
    request.apiGroup,
    request.resource,
    request.name,
    request.namespace
  );
  return namespace === request.namespace ? request : { ...request, namespace };
}
function grantAllows(graph, grant, request) {
  if (grant.namespace !== "") {
    if (request.kind !== "resource") return false;
    const real = realRequest(graph, { ...request, namespace: grant.namespace });
    if (real.kind !== "resource" || real.namespace !== grant.namespace) return false;
  }
  return ruleAllows(grant.rule.rule, request);
}
function authorize(graph, user, asked) {
  const request = realRequest(graph, asked);
  const namespace = request.kind === "resource" ? request.namespace : "";
  const { grants, unresolved } = rulesFor(graph, user, namespace);
  const grant = grants.find((candidate) => ruleAllows(candidate.rule.rule, request));
  return grant ? { allowed: true, grant, unresolved, request } : { allowed: false, unresolved, request };
}
function whoCan(graph, asked) {
  const request = realRequest(graph, asked);
  const namespace = request.kind === "resource" ? request.namespace : "";
  const entries = [];
  const unresolved = [];
  const consider = (binding) => {
    const role = graph.resolveRole(binding.roleRef);
    if (!role) {
      if (binding.subjects.length > 0) unresolved.push(binding);
      return;
    }
    const rule = role.rules.find((candidate) => ruleAllows(candidate.rule, request));
    if (!rule) return;
    const bindingNamespace = binding.namespace ?? "";
    for (const { subject, index } of binding.subjects) {
      if (subject.kind === "ServiceAccount" && subjectNamespace(subject, bindingNamespace) === void 0)
        continue;
      entries.push({
        subject: resolvedSubject(subject, bindingNamespace),
        binding,
        subjectIndex: index,
        role,
        rule
      });
    }
  };
  for (const binding of graph.clusterRoleBindings()) consider(binding);
  if (namespace !== "") for (const binding of graph.roleBindingsIn(namespace)) consider(binding);
  entries.sort(
    (a, b) => compare(a.subject.kind, b.subject.kind) || compare(a.subject.namespace ?? "", b.subject.namespace ?? "") || compare(a.subject.name, b.subject.name)
  );
  return { entries, unresolved, request };
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/engines/rbac/access-list.ts
function cellsOf(graph, rule, cache2) {
  let cells = cache2.get(rule);
  if (cells) return cells;
  const resources2 = [];
  for (const group of rule.apiGroups) {
    for (const resource of rule.resources) {
      const clusterScoped = resource !== "namespaces" && graph.scopes.isClusterScoped(group, baseResource(resource));
      if (rule.resourceNames.length === 0)
        resources2.push({ key: `${group}\0${resource}\0`, group, resource, clusterScoped });
      else
        for (const name of rule.resourceNames)
          resources2.push({
            key: `${group}\0${resource}\0${name}`,
            group,
            resource,
            name,
            clusterScoped
          });
    }
  }
  cells = { resources: resources2, urls: rule.nonResourceURLs };
  cache2.set(rule, cells);
  return cells;
}
var CELL_CACHES = /* @__PURE__ */ new WeakMap();
function accessList(graph, user, namespace) {
  const { grants, unresolved } = rulesFor(graph, user, namespace);
  let cache2 = CELL_CACHES.get(graph);
  if (!cache2) CELL_CACHES.set(graph, cache2 = /* @__PURE__ */ new WeakMap());
  const resourceRules = /* @__PURE__ */ new Map();
  const nonResource = /* @__PURE__ */ new Map();
  for (const grant of grants) {
    const rule = grant.rule.rule;
    const namespaced = grant.namespace !== "";
    const cells = cellsOf(graph, rule, cache2);
    for (const cell of cells.resources) {
      if (namespaced && cell.clusterScoped) continue;
      let entry = resourceRules.get(cell.key);
      if (!entry) {
        entry = {
          group: cell.group,
          resource: cell.resource,
          ...cell.name !== void 0 ? { name: cell.name } : {},
          verbs: /* @__PURE__ */ new Set()
        };
        resourceRules.set(cell.key, entry);
      }
      for (const verb of rule.verbs) entry.verbs.add(verb);
    }
    if (namespaced) continue;
    for (const url of cells.urls)
      for (const verb of rule.verbs) nonResource.set(`${url}\0${verb}`, { url, verb });
  }
  const rules2 = [];
  for (const entry of resourceRules.values()) {
    rules2.push({
      apiGroups: [entry.group],
      resources: [entry.resource],
      resourceNames: entry.name === void 0 ? [] : [entry.name],
      nonResourceURLs: [],
      verbs: [...entry.verbs]
    });
  }
  for (const entry of nonResource.values()) {
    rules2.push({
      apiGroups: [],
      resources: [],
      resourceNames: [],
      nonResourceURLs: [entry.url],
      verbs: [entry.verb]
    });
  }
  const keyed = rules2.map((rule) => ({ rule, key: compactString(rule) }));
  keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { rules: keyed.map((entry) => entry.rule), unresolved };
}
function baseResource(resource) {
  const slash = resource.indexOf("/");
  return slash < 0 ? resource : resource.slice(0, slash);
}
function compactString(rule) {
  const parts = [];
  const quoted = (values) => `[${values.map((value) => JSON.stringify(value)).join(" ")}]`;
  if (rule.apiGroups.length > 0) parts.push(`APIGroups:${quoted(rule.apiGroups)}`);
  if (rule.resources.length > 0) parts.push(`Resources:${quoted(rule.resources)}`);
  if (rule.nonResourceURLs.length > 0) parts.push(`NonResourceURLs:${quoted(rule.nonResourceURLs)}`);
  if (rule.resourceNames.length > 0) parts.push(`ResourceNames:${quoted(rule.resourceNames)}`);
  if (rule.verbs.length > 0) parts.push(`Verbs:${quoted(rule.verbs)}`);
  return `{${parts.join(", ")}}`;
}
function combineResourceGroup(resources2, groups) {
  const first = resources2[0];
  if (first === void 0) return "";
  const slash = first.indexOf("/");
  let combined = slash < 0 ? first : first.slice(0, slash);
  const group = groups[0];
  if (group !== void 0 && group !== "") combined += `.${group}`;
  if (slash >= 0) combined += first.slice(slash);
  return combined;
}
function formatAccessTable(rules2, headers = true) {
  const list = (values) => `[${values.join(" ")}]`;
  const rows = [];
  if (headers) rows.push(["Resources", "Non-Resource URLs", "Resource Names", "Verbs"]);
  for (const rule of rules2) {
    rows.push([
      combineResourceGroup(rule.resources, rule.apiGroups),
      list(rule.nonResourceURLs),
      list(rule.resourceNames),
      list(rule.verbs)
    ]);
  }
  const widths = [0, 1, 2].map((column) => Math.max(6, ...rows.map((row) => row[column].length + 3)));
  return rows.map((row) => row.map((cell, column) => column < 3 ? cell.padEnd(widths[column]) : cell).join("")).map((line) => `${line}
`).join("");
}

// src/engines/rbac/permissions.ts
function subjectPermissions(graph) {
  const bySubject = /* @__PURE__ */ new Map();
  for (const binding of graph.bindings) {
    if (binding.provenance.builtin) continue;
    const role = graph.resolveRole(binding.roleRef);
    if (!role) continue;
    const namespace = binding.namespace ?? "";
    for (const { subject: written, index } of binding.subjects) {
      const subject = resolvedSubject(written, namespace);
      if (subject.kind === "ServiceAccount" && subject.namespace === void 0) continue;
      const key2 = subjectKey(subject);
      let entry = bySubject.get(key2);
      if (!entry) bySubject.set(key2, entry = { subject, grants: [] });
      for (const rule of role.rules)
        entry.grants.push({ subject, binding, subjectIndex: index, role, rule, namespace });
    }
  }
  return bySubject;
}
function permissionDiff(base, head) {
  const before = subjectPermissions(base);
  const after = subjectPermissions(head);
  return {
    added: changes(after, before, head),
    removed: changes(before, after, base)
  };
}
function changes(from, against, graph) {
  const grouped = /* @__PURE__ */ new Map();
  for (const [key2, permissions] of from) {
    const owners = ownersByScope(against.get(key2)?.grants ?? []);
    const uncovered = [];
    for (const grant of permissions.grants) {
      const owner = owners.get(grant.namespace) ?? owners.get("");
      for (const atom of breakdown(grant, graph)) {
        if (!owner.some((candidate) => ruleCovers(candidate.rule.rule, atom)))
          uncovered.push({ atom, grant });
      }
    }
    for (const { atom, grant } of withoutImplied(uncovered)) {
      const groupKey = [
        key2,
        grant.namespace,
        atom.apiGroup ?? "",
        atom.resource ?? "",
        atom.resourceName ?? "",
        atom.nonResourceURL ?? ""
      ].join("\0");
      let entry = grouped.get(groupKey);
      if (!entry) {
        entry = {
          change: {
            subject: permissions.subject,
            namespace: grant.namespace,
            resourceNames: atom.resourceName === void 0 ? [] : [atom.resourceName],
            ...atom.nonResourceURL !== void 0 ? { nonResourceURL: atom.nonResourceURL } : { apiGroup: atom.apiGroup, resource: atom.resource }
          },
          verbs: /* @__PURE__ */ new Set(),
          via: /* @__PURE__ */ new Set()
        };
        grouped.set(groupKey, entry);
      }
      entry.verbs.add(atom.verb);
      entry.via.add(grant);
    }
  }
  const merged = /* @__PURE__ */ new Map();
  for (const { change, verbs, via } of grouped.values()) {
    const verbList = [...verbs].sort();
    const mergeKey = [
      subjectKey(change.subject),
      change.namespace,
      change.apiGroup ?? "",
      change.resource ?? "",
      change.nonResourceURL ?? "",
      change.resourceNames.length === 0 ? "any" : "named",
      verbList.join(",")
    ].join("\0");
    const existing = merged.get(mergeKey);
    if (existing) {
      existing.resourceNames.push(...change.resourceNames);
      for (const grant of via) if (!existing.via.includes(grant)) existing.via.push(grant);
    } else
      merged.set(mergeKey, {
        ...change,
        resourceNames: [...change.resourceNames],
        verbs: verbList,
        via: [...via]
      });
  }
  const keyed = [...merged.values()].map((change) => ({ change, key: sortKey(change) }));
  keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return keyed.map((entry) => entry.change);
}
function sortKey(change) {
  return [
    change.subject.kind,
    change.subject.namespace ?? "",
    change.subject.name,
    change.namespace,
    change.nonResourceURL ?? "",
    change.apiGroup ?? "",
    change.resource ?? "",
    change.resourceNames.join(",")
  ].join("\0");
}
function withoutImplied(entries) {
  const present = new Set(entries.map(({ atom, grant }) => atomKey(atom, grant.namespace)));
  return entries.filter(({ atom, grant }) => {
    const own = atomKey(atom, grant.namespace);
    for (const namespace of grant.namespace === "" ? [""] : [grant.namespace, ""]) {
      for (const general of generalizations(atom)) {
        const key2 = atomKey(general, namespace);
        if (key2 !== own && present.has(key2)) return false;
      }
    }
    return true;
  });
}
function atomKey(atom, namespace) {
  return [
    namespace,
    atom.verb,
    atom.apiGroup ?? "",
    atom.resource ?? "",
    atom.resourceName ?? "",
    atom.nonResourceURL ?? ""
  ].join("\0");
}
function generalizations(atom) {
  const verbs = atom.verb === "*" ? ["*"] : [atom.verb, "*"];
  if (atom.nonResourceURL !== void 0) {
    const url = atom.nonResourceURL;
    const urls = /* @__PURE__ */ new Set([url, "*"]);
    for (let end = 0; end <= url.length; end++) urls.add(`${url.slice(0, end)}*`);
    return verbs.flatMap((verb) => [...urls].map((nonResourceURL) => ({ verb, nonResourceURL })));
  }
  const groups = atom.apiGroup === "*" ? ["*"] : [atom.apiGroup, "*"];
  const resource = atom.resource;
  const slash = resource.indexOf("/");
  const resources2 = /* @__PURE__ */ new Set([resource, "*"]);
  if (slash >= 0) resources2.add(`*${resource.slice(slash)}`);
  const names = atom.resourceName === void 0 ? [void 0] : [atom.resourceName, void 0];
  const out = [];
  for (const verb of verbs)
    for (const apiGroup2 of groups)
      for (const candidate of resources2)
        for (const resourceName of names)
          out.push({
            verb,
            apiGroup: apiGroup2,
            resource: candidate,
            ...resourceName !== void 0 ? { resourceName } : {}
          });
  return out;
}
function ownersByScope(grants) {
  const clusterWide = grants.filter((grant) => grant.namespace === "");
  const owners = /* @__PURE__ */ new Map([["", clusterWide]]);
  for (const grant of grants) {
    if (grant.namespace === "") continue;
    let list = owners.get(grant.namespace);
    if (!list) owners.set(grant.namespace, list = [...clusterWide]);
    list.push(grant);
  }
  return owners;
}
function scopeCovers(owner, wanted) {
  return owner === "" || owner === wanted;
}
function breakdown(grant, graph) {
  const rule = grant.rule.rule;
  const namespaced = grant.namespace !== "";
  const atoms = [];
  for (const apiGroup2 of rule.apiGroups) {
    for (const resource of rule.resources) {
      const base = resource.split("/")[0];
      if (namespaced && base !== "namespaces" && graph.scopes.isClusterScoped(apiGroup2, base)) continue;
      for (const verb of rule.verbs) {
        if (rule.resourceNames.length === 0) atoms.push({ verb, apiGroup: apiGroup2, resource });
        else
          for (const resourceName of rule.resourceNames)
            atoms.push({ verb, apiGroup: apiGroup2, resource, resourceName });
      }
    }
  }
  if (!namespaced)
    for (const nonResourceURL of rule.nonResourceURLs)
      for (const verb of rule.verbs) atoms.push({ verb, nonResourceURL });
  return atoms;
}
function ruleCovers(owner, atom) {
  if (!owner.verbs.includes("*") && !owner.verbs.includes(atom.verb)) return false;
  if (atom.nonResourceURL !== void 0) {
    return owner.nonResourceURLs.some(
      (url) => url === atom.nonResourceURL || url.endsWith("*") && atom.nonResourceURL.startsWith(url.replace(/\*+$/, ""))
    );
  }
  if (!owner.apiGroups.includes("*") && !owner.apiGroups.includes(atom.apiGroup)) return false;
  const resource = atom.resource;
  const resourceCovered = owner.resources.includes("*") || owner.resources.includes(resource) || resource.includes("/") && owner.resources.includes(`*/${resource.slice(resource.indexOf("/") + 1)}`);
  if (!resourceCovered) return false;
  if (atom.resourceName === void 0) return owner.resourceNames.length === 0;
  return owner.resourceNames.length === 0 || owner.resourceNames.includes(atom.resourceName);
}
function subjectWasGranted(permissions, graph, subject, namespace, request) {
  const grants = permissions.get(subjectKey(subject))?.grants ?? [];
  return grants.some(
    (grant) => scopeCovers(grant.namespace, namespace) && grantAllows(graph, grant, request)
  );
}
function describeGrantPath(grant) {
  const binding = grant.binding.kind === "RoleBinding" ? `RoleBinding ${grant.binding.namespace}/${grant.binding.name}` : `ClusterRoleBinding ${grant.binding.name}`;
  const role = `${grant.role.record.provenance.builtin ? "built-in " : ""}${describeRole(grant.role.record.id)}`;
  const origin = grant.rule.origin;
  const sameRole = describeRole(origin.role) === describeRole(grant.role.record.id);
  const rule = sameRole ? `rules[${origin.index}]` : `aggregated from ${origin.provenance.builtin ? "built-in " : ""}${describeRole(origin.role)} rules[${origin.index}]`;
  return `${binding} \u2192 ${role} ${rule}`;
}

// src/rules/rbac/rbac-rule.ts
var UNNAMED_VERB = "\0any-verb";
var UNNAMED_RESOURCE = "\0any-resource";
var UNNAMED_GROUP = "\0any-group";
var UNNAMED_NAME = "\0any-name";
function probeRequest(probe, grant) {
  const names = grant.rule.rule.resourceNames;
  const name = probe.name === "none" ? "" : probe.name === "any" && names.length > 0 ? names[0] : UNNAMED_NAME;
  return resourceRequest({
    verb: probe.verb,
    apiGroup: probe.apiGroup,
    resource: probe.resource,
    subresource: probe.subresource ?? "",
    name,
    namespace: grant.namespace
  });
}
function allowedProbes(graph, grant, probes3) {
  return probes3.filter((probe) => grantAllows(graph, grant, probeRequest(probe, grant)));
}
function describeProbes(probes3) {
  const byResource = /* @__PURE__ */ new Map();
  for (const probe of probes3) {
    const resource = `${probe.resource}${probe.apiGroup ? `.${probe.apiGroup}` : ""}${probe.subresource ? `/${probe.subresource}` : ""}`;
    const verbs = byResource.get(resource) ?? [];
    if (!verbs.includes(probe.verb)) verbs.push(probe.verb);
    byResource.set(resource, verbs);
  }
  return [...byResource].map(([resource, verbs]) => `${verbs.join(", ")} ${resource}`).join("; ");
}
function probeRule(info, what, probes3) {
  const verbs = new Set(probes3.map((probe) => probe.verb));
  const resources2 = new Set(
    probes3.map((probe) => probe.subresource ? `${probe.resource}/${probe.subresource}` : probe.resource)
  );
  const mayMatch = (rule) => rule.verbs.some((verb) => verb === "*" || verbs.has(verb)) && rule.resources.some(
    (resource) => resource === "*" || resource.startsWith("*/") || resources2.has(resource)
  );
  return {
    kind: "grant",
    info,
    capability(grant, graph) {
      if (!mayMatch(grant.rule.rule)) return void 0;
      const allowed = allowedProbes(graph, grant, probes3);
      if (allowed.length === 0) return void 0;
      return { text: what, detail: describeProbes(allowed), request: probeRequest(allowed[0], grant) };
    }
  };
}
function probes(verbs, apiGroup2, resources2, name) {
  return resources2.flatMap((resource) => {
    const slash = resource.indexOf("/");
    const base = slash < 0 ? resource : resource.slice(0, slash);
    const subresource = slash < 0 ? void 0 : resource.slice(slash + 1);
    return verbs.map((verb) => ({
      verb,
      apiGroup: apiGroup2,
      resource: base,
      ...subresource ? { subresource } : {},
      name
    }));
  });
}

// src/rules/rbac/cluster-admin-binding.ts
var EVERYTHING2 = resourceRequest({
  verb: UNNAMED_VERB,
  apiGroup: UNNAMED_GROUP,
  resource: UNNAMED_RESOURCE
});
var clusterAdminBinding = {
  kind: "subject",
  info: {
    id: "rbac/cluster-admin-binding",
    tier: "high",
    title: "No ServiceAccount or group may hold cluster-admin or an equivalent",
    rationale: "A ServiceAccount token is mounted into pods and a group spans many people: whoever steals the token or joins the group controls everything the binding reaches, every Secret, every workload, RBAC itself.",
    remediation: "Bind a role that lists only the verbs and resources the workload uses, in its own namespace with a RoleBinding; keep cluster-admin for named break-glass users."
  },
  check(subject, binding, role) {
    if (subject.kind !== "ServiceAccount" && subject.kind !== "Group") return void 0;
    if (!role || !role.rules.some((effective) => ruleAllows(effective.rule, EVERYTHING2))) return void 0;
    const scope = binding.kind === "ClusterRoleBinding" ? "cluster-wide" : `in namespace ${binding.namespace}`;
    return {
      text: `holds every verb on every resource ${scope} through ${describeRole(role.record.id)}`,
      request: { ...EVERYTHING2, namespace: binding.namespace ?? "" }
    };
  }
};

// src/rules/rbac/csr-approval.ts
var csrApproval = probeRule(
  {
    id: "rbac/csr-approval",
    tier: "high",
    title: "Subjects must not approve CertificateSigningRequests",
    rationale: "Approving a CertificateSigningRequest issues a client certificate the cluster trusts: with a signer such as kubernetes.io/kube-apiserver-client a subject can mint a certificate for any user or group, system:masters included.",
    remediation: "Remove update and patch on certificatesigningrequests/approval; leave approval to the controller manager or a dedicated, reviewed approver."
  },
  "approve certificate requests and so issue trusted client certificates",
  probes(["update", "patch"], "certificates.k8s.io", ["certificatesigningrequests/approval"], "any")
);

// src/rules/rbac/escalate-bind-impersonate.ts
var escalateBindImpersonate = probeRule(
  {
    id: "rbac/escalate-bind-impersonate",
    tier: "high",
    title: "Subjects must not escalate, bind or impersonate",
    rationale: "escalate lets a subject write roles with permissions it does not hold, bind lets it bind roles it does not hold (cluster-admin included), and impersonate lets it act as another user, group or ServiceAccount: each is a way around RBAC itself.",
    remediation: "Remove the escalate, bind and impersonate verbs; if a controller must bind roles, restrict bind to the named roles it hands out with resourceNames."
  },
  "grant itself permissions it does not hold",
  [
    ...probes(["escalate", "bind"], RBAC_GROUP, ["roles", "clusterroles"], "any"),
    ...probes(["impersonate"], "", ["users", "groups", "serviceaccounts"], "any"),
    ...probes(["impersonate"], "authentication.k8s.io", ["uids", "userextras"], "any")
  ]
);

// src/rules/rbac/nodes-proxy.ts
var nodesProxy = probeRule(
  {
    id: "rbac/nodes-proxy",
    tier: "high",
    title: "Subjects must not reach the kubelet API through nodes/proxy",
    rationale: "nodes/proxy opens the kubelet API of every node, which runs commands in any pod on it without going through the API server's admission or audit of pods/exec.",
    remediation: "Remove nodes/proxy; monitoring agents need nodes/metrics or nodes/stats only."
  },
  "run commands in any pod through the kubelet API",
  probes(["get", "create", "update", "patch", "delete"], "", ["nodes/proxy"], "any")
);

// src/rules/rbac/persistentvolume-create.ts
var persistentVolumeCreate = probeRule(
  {
    id: "rbac/persistentvolume-create",
    tier: "high",
    title: "Subjects must not create PersistentVolumes",
    rationale: "A PersistentVolume can be a hostPath: whoever creates one and a claim bound to it mounts any directory of a node (the container runtime socket, kubelet credentials) into a pod, bypassing Pod Security admission, which checks pods and not volumes.",
    remediation: "Remove create on persistentvolumes; let a StorageClass provision volumes dynamically from claims."
  },
  "create PersistentVolumes, a hostPath volume included",
  probes(["create"], "", ["persistentvolumes"], "none")
);

// src/rules/rbac/pod-create.ts
var APPS_CONTROLLERS = ["deployments", "replicasets", "statefulsets", "daemonsets"];
var podCreate = probeRule(
  {
    id: "rbac/pod-create",
    tier: "high",
    title: "Subjects must not create pods or pod controllers",
    rationale: "Whoever can create a pod (directly or through a Deployment, Job or any controller) can run it as any ServiceAccount of the namespace and mount any Secret there, so they hold every permission granted in that namespace.",
    remediation: "Leave pod creation to the deployment pipeline; if a workload must start pods, give it a namespace of its own with nothing else in it."
  },
  "create pods or pod controllers, and so run as any ServiceAccount of the namespace",
  [
    ...probes(["create"], "", ["pods", "replicationcontrollers"], "none"),
    ...probes(["create"], "apps", APPS_CONTROLLERS, "none"),
    ...probes(["create"], "extensions", ["deployments", "replicasets", "daemonsets"], "none"),
    ...probes(["create"], "batch", ["jobs", "cronjobs"], "none"),
    ...probes(["update", "patch"], "", ["replicationcontrollers"], "any"),
    ...probes(["update", "patch"], "apps", APPS_CONTROLLERS, "any"),
    ...probes(["update", "patch"], "extensions", ["deployments", "replicasets", "daemonsets"], "any"),
    ...probes(["update", "patch"], "batch", ["jobs", "cronjobs"], "any")
  ]
);

// src/rules/rbac/pod-exec.ts
var podExec = probeRule(
  {
    id: "rbac/pod-exec",
    tier: "high",
    title: "Subjects must not exec, attach, port-forward or add ephemeral containers to pods",
    rationale: "A shell in a running pod reads its mounted Secrets and ServiceAccount token and acts with its network access; an ephemeral container does the same with an image of the attacker's choice.",
    remediation: "Remove pods/exec, pods/attach, pods/portforward and pods/ephemeralcontainers; debug through logs, or grant them for a limited time to named people only."
  },
  "get a shell in or reach into running pods",
  [
    ...probes(["create", "get"], "", ["pods/exec", "pods/attach", "pods/portforward"], "any"),
    ...probes(["update", "patch"], "", ["pods/ephemeralcontainers"], "any")
  ]
);

// src/rules/rbac/secrets-read.ts
var secretsRead = probeRule(
  {
    id: "rbac/secrets-read",
    tier: "high",
    title: "Subjects must not read Secrets beyond the ones they are named for",
    rationale: "Secrets hold credentials, including ServiceAccount tokens of more powerful identities: reading all of them in a namespace (or the cluster) turns one compromised workload into every identity stored there.",
    remediation: "Drop get, list and watch on secrets; mount the Secret the workload needs, or restrict get to it with resourceNames."
  },
  "read Secrets",
  [
    ...probes(["get"], "", ["secrets"], "unrestricted"),
    ...probes(["list", "watch"], "", ["secrets"], "none")
  ]
);

// src/rules/rbac/serviceaccount-token-create.ts
var serviceAccountTokenCreate = probeRule(
  {
    id: "rbac/serviceaccount-token-create",
    tier: "high",
    title: "Subjects must not create ServiceAccount tokens",
    rationale: "Creating a token for a ServiceAccount is acting as it, with a credential that works from outside the cluster until it expires: a subject that can mint tokens holds the permissions of every ServiceAccount it can mint for.",
    remediation: "Remove create on serviceaccounts/token; pods get their own token through projected volumes without this permission."
  },
  "mint tokens for ServiceAccounts and act as them",
  probes(["create"], "", ["serviceaccounts/token"], "any")
);

// src/rules/rbac/system-group-binding.ts
var WHO = {
  "Group\0system:unauthenticated": "every request without credentials",
  "User\0system:anonymous": "every request without credentials",
  "Group\0system:authenticated": "every user and ServiceAccount of the cluster",
  "Group\0system:masters": "a group the API server lets do anything, whatever RBAC says"
};
var systemGroupBinding = {
  kind: "subject",
  info: {
    id: "rbac/system-group-binding",
    tier: "high",
    title: "No binding to anonymous, unauthenticated, all-authenticated or system:masters",
    rationale: "system:anonymous and system:unauthenticated are anyone who can reach the API server; system:authenticated is every account, every ServiceAccount of every workload included; system:masters bypasses RBAC altogether. A binding to them grants its role to the whole world or marks an identity as unrestricted.",
    remediation: "Bind the role to the specific users, groups or ServiceAccounts that need it."
  },
  check(subject, binding, role) {
    const who = WHO[`${subject.kind}\0${subject.name}`];
    if (!who) return void 0;
    const target = role ? describeRole(role.record.id) : describeRole(binding.roleRef);
    return {
      text: `is ${who}, and this binding gives it ${target}`,
      request: resourceRequest({
        verb: "get",
        resource: UNNAMED_RESOURCE,
        namespace: binding.namespace ?? ""
      })
    };
  }
};

// src/rules/rbac/webhook-config-write.ts
var WEBHOOKS = ["mutatingwebhookconfigurations", "validatingwebhookconfigurations"];
var webhookConfigWrite = probeRule(
  {
    id: "rbac/webhook-config-write",
    tier: "high",
    title: "Subjects must not change admission webhook configurations",
    rationale: "A mutating webhook sees and may rewrite every object it selects (Secrets included, pods given a privileged sidecar); deleting or loosening a validating webhook removes the policy it enforced.",
    remediation: "Remove write verbs on mutatingwebhookconfigurations and validatingwebhookconfigurations; manage webhooks from the platform deployment only."
  },
  "change admission webhooks and so intercept or rewrite API requests",
  [
    ...probes(["create"], "admissionregistration.k8s.io", WEBHOOKS, "none"),
    ...probes(["update", "patch", "delete"], "admissionregistration.k8s.io", WEBHOOKS, "any")
  ]
);

// src/rules/rbac/wildcard-permission.ts
var wildcardPermission = {
  kind: "grant",
  info: {
    id: "rbac/wildcard-permission",
    tier: "high",
    title: "Granted rules must not use * for verbs or resources",
    rationale: "A wildcard grants far more than anyone reviewed: every verb includes escalate, bind and impersonate, every resource includes Secrets and whatever custom resources are installed later, so the grant silently widens over time.",
    remediation: "List the verbs and resources the subject needs explicitly."
  },
  capability(grant) {
    const rule = grant.rule.rule;
    const anyVerb = verbMatches(rule, UNNAMED_VERB);
    const anyResource = rule.resources.length > 0 && resourceMatches(rule, UNNAMED_RESOURCE, "");
    if (!anyVerb && !anyResource) return void 0;
    const resource = anyResource ? UNNAMED_RESOURCE : (rule.resources[0] ?? "").split("/")[0];
    const what = anyVerb && anyResource ? "every verb on every resource" : anyVerb ? "every verb" : "every resource";
    return {
      text: `use ${what} of its rule (wildcard)`,
      request: resourceRequest({
        verb: anyVerb ? UNNAMED_VERB : rule.verbs[0],
        apiGroup: rule.apiGroups[0] ?? "",
        resource: rule.resources.length > 0 ? resource : UNNAMED_RESOURCE,
        namespace: grant.namespace
      })
    };
  }
};

// src/rules/rbac/family.ts
var RBAC_RULES = [
  clusterAdminBinding,
  systemGroupBinding,
  wildcardPermission,
  secretsRead,
  podCreate,
  podExec,
  escalateBindImpersonate,
  serviceAccountTokenCreate,
  nodesProxy,
  csrApproval,
  webhookConfigWrite,
  persistentVolumeCreate
];
function rbacFindings(graph, isEnabled = () => true) {
  const grantRules = RBAC_RULES.filter(
    (rule) => rule.kind === "grant" && isEnabled(rule.info.id)
  );
  const subjectRules = RBAC_RULES.filter(
    (rule) => rule.kind === "subject" && isEnabled(rule.info.id)
  );
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  for (const binding of graph.bindings) {
    if (binding.provenance.builtin) continue;
    const bindingObject = binding.provenance.object;
    const role = graph.resolveRole(binding.roleRef);
    const namespace = binding.namespace ?? "";
    for (const { subject: written, index } of binding.subjects) {
      const subject = resolvedSubject(written, namespace);
      if (subject.kind === "ServiceAccount" && subject.namespace === void 0) continue;
      const subjectPath = ["subjects", index];
      for (const rule of subjectRules) {
        const found = rule.check(subject, binding, role, graph);
        if (!found) continue;
        findings.push({
          raw: {
            ruleId: rule.info.id,
            object: bindingObject,
            path: subjectPath,
            message: `${describeSubject(subject)} ${found.text} (${describeBinding(binding)})`
          },
          subject,
          namespace,
          request: found.request,
          roleKey: roleKey(binding.roleRef)
        });
      }
      if (!role) continue;
      const scope = namespace === "" ? "cluster-wide" : `in namespace ${namespace}`;
      const builtin = /* @__PURE__ */ new Map();
      for (const effective of role.rules) {
        const grant = { binding, subjectIndex: index, role, rule: effective, namespace };
        for (const rule of grantRules) {
          const found = rule.capability(grant, graph);
          if (!found) continue;
          const origin = effective.origin;
          if (origin.provenance.builtin) {
            const entry = builtin.get(rule.info.id) ?? {
              text: found.text,
              details: [],
              request: found.request,
              origins: []
            };
            if (found.detail && !entry.details.includes(found.detail)) entry.details.push(found.detail);
            const originText = `${describeRole(origin.role)} rules[${origin.index}]`;
            if (!entry.origins.includes(originText)) entry.origins.push(originText);
            builtin.set(rule.info.id, entry);
            continue;
          }
          const key2 = [
            rule.info.id,
            subjectKey(subject),
            describeBinding(binding),
            roleKey(origin.role),
            origin.index
          ].join("\0");
          if (seen.has(key2)) continue;
          seen.add(key2);
          findings.push({
            raw: {
              ruleId: rule.info.id,
              object: origin.provenance.object,
              path: ["rules", origin.index],
              message: `${describeSubject(subject)} can ${found.text}${found.detail ? ` (${found.detail})` : ""} ${scope}, via ${describeGrantPath(grant)}`
            },
            subject,
            namespace,
            request: found.request
          });
        }
      }
      for (const [ruleId, entry] of builtin) {
        const key2 = [ruleId, subjectKey(subject), describeBinding(binding), "builtin"].join("\0");
        if (seen.has(key2)) continue;
        seen.add(key2);
        const detail = entry.details.length > 0 ? ` (${entry.details.join("; ")})` : "";
        findings.push({
          raw: {
            ruleId,
            object: bindingObject,
            path: subjectPath,
            message: `${describeSubject(subject)} can ${entry.text}${detail} ${scope}, via ${describeBinding(binding)} \u2192 built-in ${describeRole(role.record.id)} (${entry.origins.join(", ")})`
          },
          subject,
          namespace,
          request: entry.request
        });
      }
    }
  }
  return findings;
}
var rbacFamily = {
  rules: RBAC_RULES.map((rule) => rule.info),
  analyze(context, emit) {
    if (!RBAC_RULES.some((rule) => context.isEnabled(rule.info.id))) return;
    const graph = new RbacGraph(context.objects);
    for (const problem of graph.problems) context.reportError(problem.object, problem.path, problem.message);
    for (const finding2 of rbacFindings(graph, context.isEnabled)) emit(finding2.raw);
  },
  isNewFinding(head, base) {
    const fresh = rbacFindingsOnNewPermissions(new RbacGraph(head), new RbacGraph(base));
    return (finding2) => fresh.has(reportedRbacFindingKey(finding2));
  }
};
function rbacFindingKey(finding2) {
  return [finding2.ruleId, finding2.file, finding2.path, finding2.message].join("\0");
}
function reportedRbacFindingKey(finding2) {
  return rbacFindingKey({
    ruleId: finding2.ruleId,
    file: finding2.location.file,
    path: finding2.path,
    message: finding2.message
  });
}
function rbacFindingsOnNewPermissions(head, base) {
  const basePermissions = subjectPermissions(base);
  const baseBindings = /* @__PURE__ */ new Set();
  for (const binding of base.bindings) {
    if (binding.provenance.builtin) continue;
    const namespace = binding.namespace ?? "";
    for (const { subject } of binding.subjects)
      baseBindings.add(
        [subjectKey(resolvedSubject(subject, namespace)), namespace, roleKey(binding.roleRef)].join("\0")
      );
  }
  const keys = /* @__PURE__ */ new Set();
  for (const finding2 of rbacFindings(head)) {
    const isNew = finding2.roleKey !== void 0 ? !baseBindings.has([subjectKey(finding2.subject), finding2.namespace, finding2.roleKey].join("\0")) : !subjectWasGranted(basePermissions, base, finding2.subject, finding2.namespace, finding2.request);
    if (!isNew) continue;
    keys.add(
      rbacFindingKey({
        ruleId: finding2.raw.ruleId,
        file: finding2.raw.object.file,
        path: formatPath(finding2.raw.path),
        message: finding2.raw.message
      })
    );
  }
  return keys;
}

// src/rules/runtime/family.ts
import fs3 from "node:fs";

// src/engines/falco/validator.ts
import { spawnSync } from "node:child_process";
import fs2 from "node:fs";
import os from "node:os";
import path2 from "node:path";
var MAX_OUTPUT_BYTES = 32 * 1024 * 1024;
function processFalcoValidator(options) {
  return {
    binary: options.binary,
    validate(files) {
      const folder = fs2.mkdtempSync(path2.join(os.tmpdir(), "kubegate-falco-"));
      try {
        const names = /* @__PURE__ */ new Map();
        const args = ["-o", "json_output=true"];
        for (const base of options.baseRulesFiles ?? []) args.push("-V", base);
        files.forEach((file, index) => {
          const written = path2.join(
            folder,
            `${String(index + 1).padStart(3, "0")}-${safeName(file.name)}.yaml`
          );
          fs2.writeFileSync(written, file.text);
          names.set(written, file.name);
          args.push("-V", written);
        });
        const child = spawnSync(options.binary, args, {
          encoding: "utf8",
          timeout: options.timeoutMs,
          maxBuffer: MAX_OUTPUT_BYTES,
          stdio: ["ignore", "pipe", "pipe"]
        });
        if (child.error) {
          const code = child.error.code;
          if (code === "ETIMEDOUT")
            return {
              status: "failed",
              reason: `${options.binary} -V did not finish within ${options.timeoutMs / 1e3}s`
            };
          return { status: "failed", reason: `cannot run ${options.binary}: ${code ?? child.error.message}` };
        }
        return readValidationOutput(child.stdout, child.stderr, child.status, names);
      } finally {
        fs2.rmSync(folder, { recursive: true, force: true });
      }
    }
  };
}
function readValidationOutput(stdout, stderr, status, names) {
  const json2 = stdout.split("\n").map((line) => line.trim()).filter((line) => line.startsWith("{")).map((line) => {
    try {
      return JSON.parse(line);
    } catch {
      return void 0;
    }
  }).find((value) => isRecord(value) && Array.isArray(value.falco_load_results));
  if (!isRecord(json2)) {
    if (status === 0) return { status: "validated", errors: [] };
    const first = `${stderr}
${stdout}`.split("\n").find((line) => line.trim() !== "") ?? `exit code ${status}`;
    return {
      status: "failed",
      reason: `falco -V failed without a validation result: ${first.trim().slice(0, 300)}`
    };
  }
  const errors = [];
  for (const result of json2.falco_load_results) {
    if (!isRecord(result) || typeof result.name !== "string") continue;
    const file = names.get(result.name);
    if (file === void 0) continue;
    for (const error of Array.isArray(result.errors) ? result.errors : []) {
      if (!isRecord(error)) continue;
      errors.push({
        file,
        code: typeof error.code === "string" ? error.code : "FE_LOAD_ERR",
        message: typeof error.message === "string" ? error.message : "invalid",
        ...position(error.context, result.name)
      });
    }
  }
  return { status: "validated", errors };
}
function position(context, fileName) {
  const locations = isRecord(context) && Array.isArray(context.locations) ? context.locations : [];
  let line;
  let itemType;
  let itemName;
  for (const location of locations) {
    if (!isRecord(location)) continue;
    const where = isRecord(location.position) ? location.position : {};
    if (where.name === fileName && typeof where.line === "number") line = where.line + 1;
    if (typeof location.item_type === "string" && ["rule", "macro", "list"].includes(location.item_type) && typeof location.item_name === "string" && location.item_name !== "") {
      itemType = location.item_type;
      itemName = location.item_name;
    }
  }
  return {
    ...line !== void 0 ? { line } : {},
    ...itemType !== void 0 ? { itemType } : {},
    ...itemName !== void 0 ? { itemName } : {}
  };
}
function renderRulesFile(items) {
  let text = "";
  let line = 1;
  const itemLines = [];
  for (const item of items) {
    itemLines.push(line);
    const chunk = yaml.dump([item], { lineWidth: -1, noRefs: true });
    text += chunk;
    line += chunk.split("\n").length - 1;
  }
  return { text, itemLines };
}
function findOnPath(command, pathVariable) {
  for (const folder of (pathVariable ?? "").split(path2.delimiter)) {
    if (folder === "") continue;
    const candidate = path2.join(folder, command);
    try {
      fs2.accessSync(candidate, fs2.constants.X_OK);
      if (fs2.statSync(candidate).isFile()) return candidate;
    } catch {
    }
  }
  return void 0;
}
function safeName(name) {
  return name.replace(/[^A-Za-z0-9._-]+/g, "_").slice(-80) || "rules";
}

// src/engines/audit/policy.ts
var AUDIT_LEVELS = ["None", "Metadata", "Request", "RequestResponse"];
var AUDIT_STAGES = ["RequestReceived", "ResponseStarted", "ResponseComplete", "Panic"];
function isAuditPolicyObject(value) {
  return typeof value.apiVersion === "string" && value.apiVersion.startsWith("audit.k8s.io/") && value.kind === "Policy";
}
var DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function readAuditPolicy(value) {
  const problems = [];
  if (value.apiVersion !== "audit.k8s.io/v1")
    problems.push({
      path: ["apiVersion"],
      message: `${String(value.apiVersion)} is not served: the API server reads audit.k8s.io/v1 policies only (v1alpha1 and v1beta1 were removed in Kubernetes 1.24)`
    });
  const omitStages = readStages(value.omitStages, ["omitStages"], problems);
  const omitManagedFields = readBoolean(value.omitManagedFields, ["omitManagedFields"], problems) ?? false;
  const rules2 = [];
  if (value.rules === void 0 || value.rules === null || Array.isArray(value.rules) && value.rules.length === 0) {
    problems.push({
      path: value.rules === void 0 ? [] : ["rules"],
      message: "the policy has no rules: the API server refuses a policy with 0 rules"
    });
  } else if (!Array.isArray(value.rules)) {
    problems.push({ path: ["rules"], message: "rules must be a list" });
  } else {
    value.rules.forEach((rule, index) => {
      const parsed = readRule2(rule, index, problems);
      if (parsed) rules2.push(parsed);
    });
  }
  return { policy: { rules: rules2, omitStages, omitManagedFields }, problems };
}
function readRule2(value, index, problems) {
  const at = (...path3) => ["rules", index, ...path3];
  if (!isRecord(value)) {
    problems.push({ path: at(), message: `rules[${index}] must be a mapping` });
    return void 0;
  }
  let level;
  if (value.level === void 0 || value.level === null || value.level === "")
    problems.push({ path: at(), message: `rules[${index}] has no level (required)` });
  else if (!AUDIT_LEVELS.includes(value.level))
    problems.push({
      path: at("level"),
      message: `level ${JSON.stringify(value.level)} is not one of ${AUDIT_LEVELS.join(", ")}`
    });
  else level = value.level;
  const users = readStrings(value.users, at("users"), problems);
  const userGroups = readStrings(value.userGroups, at("userGroups"), problems);
  const verbs = readStrings(value.verbs, at("verbs"), problems);
  const namespaces = readStrings(value.namespaces, at("namespaces"), problems);
  const nonResourceURLs = readStrings(value.nonResourceURLs, at("nonResourceURLs"), problems);
  const omitStages = readStages(value.omitStages, at("omitStages"), problems);
  const omitManagedFields = readBoolean(value.omitManagedFields, at("omitManagedFields"), problems);
  const resources2 = readGroupResources(value.resources, at("resources"), problems);
  nonResourceURLs.forEach((url, k) => {
    if (url === "*") return;
    if (!url.startsWith("/"))
      problems.push({
        path: at("nonResourceURLs", k),
        message: `non-resource URL "${url}" must begin with /`
      });
    if (url !== "" && url.slice(0, -1).includes("*"))
      problems.push({
        path: at("nonResourceURLs", k),
        message: `non-resource URL "${url}" may use * only as its last character`
      });
  });
  if (nonResourceURLs.length > 0 && (resources2.length > 0 || namespaces.length > 0))
    problems.push({
      path: at("nonResourceURLs"),
      message: "a rule cannot apply to both resources (resources, namespaces) and non-resource URLs"
    });
  if (level === void 0) return void 0;
  return {
    index,
    level,
    users,
    userGroups,
    verbs,
    resources: resources2,
    namespaces,
    nonResourceURLs,
    omitStages,
    ...omitManagedFields !== void 0 ? { omitManagedFields } : {}
  };
}
function readGroupResources(value, path3, problems) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push({ path: path3, message: "resources must be a list of {group, resources, resourceNames}" });
    return [];
  }
  const result = [];
  value.forEach((entry, k) => {
    const at = [...path3, k];
    if (!isRecord(entry)) {
      problems.push({
        path: at,
        message: "each resources entry must be a mapping of group, resources, resourceNames"
      });
      return;
    }
    let group = "";
    if (entry.group !== void 0 && entry.group !== null) {
      if (typeof entry.group !== "string")
        problems.push({ path: [...at, "group"], message: "group must be a string" });
      else group = entry.group;
    }
    if (group !== "" && (group.length > 253 || !DNS_SUBDOMAIN.test(group)))
      problems.push({
        path: [...at, "group"],
        message: group.includes("/") ? `group "${group}" names a version: write the API group alone (e.g. ${group.split("/")[0]})` : `group "${group}" is not a valid API group name (lowercase DNS subdomain)`
      });
    result.push({
      group,
      resources: readStrings(entry.resources, [...at, "resources"], problems),
      resourceNames: readStrings(entry.resourceNames, [...at, "resourceNames"], problems)
    });
  });
  return result;
}
function readStrings(value, path3, problems) {
  if (value === void 0 || value === null) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    problems.push({ path: path3, message: `${String(path3[path3.length - 1])} must be a list of strings` });
    return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  }
  return value;
}
function readStages(value, path3, problems) {
  const stages = [];
  readStrings(value, path3, problems).forEach((stage, k) => {
    if (AUDIT_STAGES.includes(stage)) stages.push(stage);
    else
      problems.push({
        path: [...path3, k],
        message: `stage "${stage}" is not one of ${AUDIT_STAGES.join(", ")}`
      });
  });
  return stages;
}
function readBoolean(value, path3, problems) {
  if (value === void 0 || value === null) return void 0;
  if (typeof value !== "boolean") {
    problems.push({ path: path3, message: `${String(path3[path3.length - 1])} must be true or false` });
    return void 0;
  }
  return value;
}

// src/engines/audit/evaluate.ts
function evaluateAuditPolicy(policy, request) {
  for (const rule of policy.rules) {
    if (ruleMatches(rule, request))
      return {
        level: rule.level,
        rule,
        omitStages: unionStages(policy.omitStages, rule.omitStages),
        omitManagedFields: rule.omitManagedFields ?? policy.omitManagedFields
      };
  }
  return {
    level: "None",
    omitStages: unionStages(policy.omitStages),
    omitManagedFields: policy.omitManagedFields
  };
}
function ruleMatches(rule, request) {
  const user = request.user;
  if (rule.users.length > 0 && (!user || !rule.users.includes(user.name))) return false;
  if (rule.userGroups.length > 0 && (!user || !user.groups.some((group) => rule.userGroups.includes(group))))
    return false;
  if (rule.verbs.length > 0 && !rule.verbs.includes(request.verb)) return false;
  if (rule.namespaces.length > 0 || rule.resources.length > 0) return resourceMatches2(rule, request.resource);
  if (rule.nonResourceURLs.length > 0) return nonResourceMatches(rule, request);
  return true;
}
function resourceMatches2(rule, attributes) {
  if (!attributes) return false;
  if (rule.namespaces.length > 0 && !rule.namespaces.includes(attributes.namespace)) return false;
  if (rule.resources.length === 0) return true;
  const { group, resource } = attributes;
  const subresource = attributes.subresource ?? "";
  const combined = subresource !== "" ? `${resource}/${subresource}` : resource;
  const name = attributes.name ?? "";
  for (const entry of rule.resources) {
    if (entry.group !== group) continue;
    if (entry.resources.length === 0) return true;
    if (entry.resourceNames.length > 0 && !entry.resourceNames.includes(name)) continue;
    for (const pattern of entry.resources) {
      if (pattern === combined || pattern === "*") return true;
      if (subresource !== "" && pattern.startsWith("*/") && pattern.slice(2) === subresource) return true;
      if (pattern.endsWith("/*") && pattern.slice(0, -2) === resource) return true;
    }
  }
  return false;
}
function nonResourceMatches(rule, request) {
  if (request.resource || request.path === void 0) return false;
  const path3 = request.path;
  return rule.nonResourceURLs.some(
    (spec) => spec === "*" || spec === path3 || spec.endsWith("*") && path3.startsWith(spec.replace(/\*+$/, ""))
  );
}
function unionStages(...lists) {
  const present = new Set(lists.flat());
  return AUDIT_STAGES.filter((stage) => present.has(stage));
}

// src/rules/runtime/audit-probes.ts
var PROBE_USERS = {
  user: { name: "alice", groups: ["system:authenticated"] },
  serviceAccount: {
    name: "system:serviceaccount:default:app",
    groups: ["system:serviceaccounts", "system:serviceaccounts:default", "system:authenticated"]
  },
  node: { name: "system:node:node-1", groups: ["system:nodes", "system:authenticated"] }
};
var NAMESPACES = ["default", "kube-system"];
function resourceLabel(resource) {
  const name = resource.subresource ? `${resource.resource}/${resource.subresource}` : resource.resource;
  return resource.group === "" ? name : `${name}.${resource.group}`;
}
function probes2(resources2, verbs, users) {
  const result = [];
  for (const resource of resources2)
    for (const verb of verbs)
      for (const user of users)
        for (const namespace of resource.namespaced ? NAMESPACES : [""]) {
          result.push({
            resource,
            verb,
            user,
            request: {
              user,
              verb,
              resource: {
                group: resource.group,
                resource: resource.resource,
                ...resource.subresource ? { subresource: resource.subresource } : {},
                namespace
              }
            }
          });
        }
  return result;
}
var SECRETS = { group: "", resource: "secrets", namespaced: true };
var CONFIGMAPS = { group: "", resource: "configmaps", namespaced: true };
var SERVICE_ACCOUNT_TOKEN = {
  group: "",
  resource: "serviceaccounts",
  subresource: "token",
  namespaced: true
};
var TOKEN_REVIEWS = {
  group: "authentication.k8s.io",
  resource: "tokenreviews",
  namespaced: false
};
var SERVICE_ACCOUNTS = { group: "", resource: "serviceaccounts", namespaced: true };
var RBAC = "rbac.authorization.k8s.io";
var RBAC_RESOURCES = [
  { group: RBAC, resource: "roles", namespaced: true },
  { group: RBAC, resource: "rolebindings", namespaced: true },
  { group: RBAC, resource: "clusterroles", namespaced: false },
  { group: RBAC, resource: "clusterrolebindings", namespaced: false }
];
var WORKLOAD_RESOURCES = [
  { group: "", resource: "pods", namespaced: true },
  { group: "apps", resource: "deployments", namespaced: true },
  { group: "", resource: "services", namespaced: true },
  { group: "", resource: "persistentvolumeclaims", namespaced: true },
  { group: "networking.k8s.io", resource: "networkpolicies", namespaced: true },
  { group: "", resource: "namespaces", namespaced: false },
  { group: "", resource: "nodes", namespaced: false },
  // a custom resource: a policy must not go blind to APIs added later
  { group: "example.com", resource: "widgets", namespaced: true }
];
var POD_EXEC = { group: "", resource: "pods", subresource: "exec", namespaced: true };
var READ_VERBS = ["get", "list", "watch"];
var WRITE_VERBS = ["create", "update", "patch", "delete", "deletecollection"];

// src/engines/encryption/configuration.ts
var PROVIDER_TYPES = ["kms", "aescbc", "aesgcm", "secretbox", "identity"];
function isEncryptionConfigurationObject(value) {
  return typeof value.apiVersion === "string" && value.apiVersion.startsWith("apiserver.config.k8s.io/") && value.kind === "EncryptionConfiguration";
}
function parseGroupResource(text) {
  const dot = text.indexOf(".");
  return dot < 0 ? { resource: text, group: "" } : { resource: text.slice(0, dot), group: text.slice(dot + 1) };
}
function formatGroupResource(gr) {
  if (gr.group === "" && gr.resource === "*") return "*.";
  return gr.group === "" ? gr.resource : `${gr.resource}.${gr.group}`;
}
var AES_KEY_BYTES = [16, 24, 32];
var SECRETBOX_KEY_BYTES = [32];
var PLACEHOLDER = /\$\{|\{\{|\$\(|%\{/;
function readEncryptionConfiguration(value) {
  const problems = [];
  if (value.apiVersion !== "apiserver.config.k8s.io/v1")
    problems.push({
      path: ["apiVersion"],
      message: `${String(value.apiVersion)} is not read by the API server: use apiserver.config.k8s.io/v1`
    });
  const entries = [];
  if (!Array.isArray(value.resources) || value.resources.length === 0) {
    problems.push({
      path: value.resources === void 0 ? [] : ["resources"],
      message: "at least one resources entry is required"
    });
    return { config: { entries }, problems };
  }
  const kmsV2Names = /* @__PURE__ */ new Set();
  value.resources.forEach((entry, index) => {
    const at = ["resources", index];
    if (!isRecord(entry)) {
      problems.push({
        path: at,
        message: "each resources entry must be a mapping of resources and providers"
      });
      return;
    }
    const resources2 = readResources(entry.resources, [...at, "resources"], problems);
    const providers = [];
    if (!Array.isArray(entry.providers) || entry.providers.length === 0)
      problems.push({
        path: entry.providers === void 0 ? at : [...at, "providers"],
        message: "at least one provider is required"
      });
    else
      entry.providers.forEach((provider, k) => {
        const parsed = readProvider(provider, [...at, "providers", k], k, problems, kmsV2Names);
        if (parsed) providers.push(parsed);
      });
    entries.push({ index, path: at, resources: resources2, providers });
  });
  return { config: { entries }, problems };
}
function readResources(value, path3, problems) {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ path: path3, message: "at least one resource is required" });
    return [];
  }
  const resources2 = [];
  value.forEach((item, index) => {
    const at = [...path3, index];
    if (typeof item !== "string") {
      problems.push({ path: at, message: "resources must be strings such as secrets or *.apps" });
      return;
    }
    const problem = resourceNameProblem(item);
    if (problem) problems.push({ path: at, message: problem });
    resources2.push({ index, path: at, text: item, ...parseGroupResource(item) });
  });
  let duplicate = false;
  let overlap = false;
  for (const a of resources2)
    for (const b of resources2) {
      if (a === b) continue;
      if (a.group === b.group && a.resource === b.resource) duplicate = true;
      else if (a.group === "*" && a.resource === "*" || a.group === b.group && (a.resource === "*" || b.resource === "*"))
        overlap = true;
    }
  if (duplicate) problems.push({ path: path3, message: "the same resource is listed more than once" });
  if (overlap)
    problems.push({
      path: path3,
      message: "overlapping resources (such as secrets and *.) in one entry are refused: the wildcard would mask them"
    });
  return resources2;
}
function resourceNameProblem(text) {
  if (text.toLowerCase() !== text) return `resource "${text}" must not contain capital letters`;
  if (text === "*") return "use *. to encrypt every resource of the core group, or *.* for every resource";
  if (["apiserveripinfo", "serviceipallocations", "servicenodeportallocations"].includes(text))
    return `${text} has no REST API and cannot be encrypted`;
  const gr = parseGroupResource(text);
  if (gr.group === "events.k8s.io")
    return `${text}: events.k8s.io objects are stored as events; write events`;
  if (gr.group === "extensions") return `${text}: the extensions group was removed and cannot be encrypted`;
  if (gr.group === "*" && gr.resource !== "*")
    return `${text}: encrypting one resource across every group is not supported`;
  return void 0;
}
function readProvider(value, path3, index, problems, kmsV2Names) {
  if (!isRecord(value)) {
    problems.push({
      path: path3,
      message: "each provider must be a mapping with one of kms, aescbc, aesgcm, secretbox, identity"
    });
    return void 0;
  }
  const types2 = PROVIDER_TYPES.filter((type2) => value[type2] !== void 0 && value[type2] !== null);
  if (types2.length === 0)
    problems.push({ path: path3, message: "provider sets none of kms, aescbc, aesgcm, secretbox, identity" });
  else if (types2.length > 1)
    problems.push({ path: path3, message: `provider sets ${types2.join(" and ")}: one per list element` });
  const keys = [];
  let kms;
  for (const type2 of types2) {
    const body = value[type2];
    if (type2 === "identity") continue;
    if (!isRecord(body)) {
      problems.push({ path: [...path3, type2], message: `${type2} must be a mapping` });
      continue;
    }
    if (type2 === "kms") kms = readKms(body, [...path3, "kms"], problems, kmsV2Names);
    else
      keys.push(
        ...readKeys(
          body.keys,
          [...path3, type2, "keys"],
          type2 === "secretbox" ? SECRETBOX_KEY_BYTES : AES_KEY_BYTES,
          problems
        )
      );
  }
  return { index, path: path3, types: types2, keys, ...kms ? { kms } : {} };
}
function readKeys(value, path3, sizes, problems) {
  if (!Array.isArray(value) || value.length === 0) {
    problems.push({ path: path3, message: "at least one key is required" });
    return [];
  }
  return value.map((key2, index) => {
    const at = [...path3, index];
    const fields = isRecord(key2) ? key2 : {};
    const name = typeof fields.name === "string" && fields.name !== "" ? fields.name : void 0;
    if (name === void 0) problems.push({ path: at, message: "key has no name" });
    const secret = fields.secret;
    if (typeof secret !== "string" || secret === "") {
      problems.push({ path: at, message: "key has no secret" });
      return { index, path: at, ...name ? { name } : {}, secret: "missing" };
    }
    if (PLACEHOLDER.test(secret))
      return { index, path: at, ...name ? { name } : {}, secret: "placeholder" };
    const bytes = base64Length(secret);
    if (bytes === void 0) {
      problems.push({ path: [...at, "secret"], message: `key ${name ?? index} is not base64 encoded` });
      return { index, path: at, ...name ? { name } : {}, secret: "not-base64" };
    }
    if (!sizes.includes(bytes))
      problems.push({
        path: [...at, "secret"],
        message: `key ${name ?? index} decodes to ${bytes} bytes; expected ${sizes.join(", ")}`
      });
    return { index, path: at, ...name ? { name } : {}, secret: "inline", bytes };
  });
}
function base64Length(text) {
  const compact = text.replace(/[\r\n]/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return void 0;
  const padding = compact.endsWith("==") ? 2 : compact.endsWith("=") ? 1 : 0;
  return compact.length / 4 * 3 - padding;
}
function readKms(body, path3, problems, kmsV2Names) {
  const apiVersion = body.apiVersion === void 0 || body.apiVersion === "" ? "v1" : String(body.apiVersion);
  const name = typeof body.name === "string" && body.name !== "" ? body.name : void 0;
  const endpoint = typeof body.endpoint === "string" && body.endpoint !== "" ? body.endpoint : void 0;
  if (apiVersion !== "v1" && apiVersion !== "v2")
    problems.push({ path: [...path3, "apiVersion"], message: `kms apiVersion ${apiVersion} is not v1 or v2` });
  if (name === void 0) problems.push({ path: path3, message: "kms provider has no name" });
  else if (apiVersion === "v2") {
    if (name.includes(":"))
      problems.push({ path: [...path3, "name"], message: `kms v2 name "${name}" must not contain :` });
    if (kmsV2Names.has(name))
      problems.push({ path: [...path3, "name"], message: `kms name "${name}" is used twice` });
    kmsV2Names.add(name);
  }
  if (endpoint === void 0) problems.push({ path: path3, message: "kms provider has no endpoint" });
  else if (!endpoint.startsWith("unix://"))
    problems.push({
      path: [...path3, "endpoint"],
      message: `kms endpoint "${endpoint}" must be a unix:// socket`
    });
  if (apiVersion !== "v1" && body.cachesize !== void 0)
    problems.push({ path: [...path3, "cachesize"], message: "cachesize applies to kms v1 only" });
  if (apiVersion === "v1" && body.cachesize === 0)
    problems.push({
      path: [...path3, "cachesize"],
      message: "cachesize must be positive, or negative to turn caching off"
    });
  if (body.timeout !== void 0 && !positiveDuration(body.timeout))
    problems.push({
      path: [...path3, "timeout"],
      message: `kms timeout ${String(body.timeout)} must be a positive duration`
    });
  return { apiVersion, ...name ? { name } : {}, ...endpoint ? { endpoint } : {} };
}
function positiveDuration(value) {
  if (typeof value !== "string") return false;
  const match = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(value);
  return match && /[1-9]/.test(value);
}

// src/engines/falco/items.ts
var KIND_KEYS = ["required_engine_version", "required_plugin_versions", "list", "macro", "rule"];
function isFalcoRulesDocument(value) {
  return Array.isArray(value) && value.some((item) => isRecord(item) && KIND_KEYS.some((key2) => key2 in item));
}
function readFalcoItems(document) {
  const items = [];
  document.forEach((value, index) => {
    if (value === null || value === void 0) return;
    if (!isRecord(value)) {
      items.push({ index, path: [index], kind: "not-a-mapping", fields: {} });
      return;
    }
    const kind = KIND_KEYS.find((key2) => value[key2] !== void 0) ?? "unknown";
    const rawName = kind === "list" || kind === "macro" || kind === "rule" ? value[kind] : void 0;
    const name = scalarText(rawName);
    items.push({
      index,
      path: [index],
      kind,
      fields: value,
      ...name !== void 0 && name !== "" ? { name } : {}
    });
  });
  return items;
}
function scalarText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function falcoBoolean(value) {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return void 0;
  const forms = (word) => [word, word[0].toUpperCase() + word.slice(1), word.toUpperCase()];
  if (["y", "yes", "true", "on"].some((word) => forms(word).includes(value))) return true;
  if (["n", "no", "false", "off"].some((word) => forms(word).includes(value))) return false;
  return void 0;
}
function describeItem(item) {
  if (item.kind === "rule" || item.kind === "macro" || item.kind === "list")
    return item.name !== void 0 ? `${item.kind} "${item.name}"` : `${item.kind} (unnamed)`;
  if (item.kind === "unknown" || item.kind === "not-a-mapping") return `item ${item.index + 1}`;
  return item.kind;
}

// src/rules/runtime/sources.ts
function lineOf(source, path3) {
  return source.holder.locate([...source.prefix, ...path3]).line;
}
function whereIs(source, path3) {
  return `${source.holder.file}:${lineOf(source, path3)}`;
}
function reportUnreadable(context, sources) {
  for (const unreadable of sources.unreadable)
    context.reportError(unreadable.holder, unreadable.path, unreadable.message);
}
function reportRefusals(context, source, problems, what) {
  const located = problems.map((problem) => {
    const path3 = [...source.prefix, ...problem.path];
    return { path: path3, message: problem.message, at: source.holder.locate(path3) };
  });
  located.sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
  for (const { path: path3, message } of located)
    context.reportError(source.holder, path3, `the API server refuses this ${what}: ${message}`);
}
function runtimeConfig(context) {
  return context.settings.config.runtime ?? {};
}
var cache = /* @__PURE__ */ new WeakMap();
function runtimeSources(context) {
  let sources = cache.get(context);
  if (!sources) {
    sources = collectSources(context);
    cache.set(context, sources);
  }
  return sources;
}
function collectSources(context) {
  const falco = [];
  const audit = [];
  const encryption = [];
  const unreadable = [];
  const plain = (holder) => ({
    holder,
    prefix: [],
    value: holder.value,
    label: holder.file
  });
  for (const document of context.documents)
    if (isFalcoRulesDocument(document.value)) falco.push(plain(document));
  for (const object of context.objects) {
    if (isAuditPolicyObject(object.value)) audit.push(plain(object));
    else if (isEncryptionConfigurationObject(object.value)) encryption.push(plain(object));
  }
  const sort = (text, holder, prefix, label) => {
    const result = embeddedDocuments(holder, prefix, text, label);
    if ("error" in result) {
      unreadable.push({ holder, path: prefix, message: result.error });
      return;
    }
    for (const source of result.sources) {
      const value = source.value;
      if (isFalcoRulesDocument(value)) falco.push(source);
      else if (isKubeObject(value) && isAuditPolicyObject(value)) audit.push(source);
      else if (isKubeObject(value) && isEncryptionConfigurationObject(value)) encryption.push(source);
      else
        unreadable.push({
          holder,
          path: prefix,
          message: `${label} is configured as embedded content but holds neither a Falco rules file, an audit.k8s.io Policy nor an EncryptionConfiguration`
        });
    }
  };
  const embedded = runtimeConfig(context).embedded ?? {};
  for (const entry of embedded.configMaps ?? []) {
    for (const object of context.objects) {
      const value = object.value;
      if (value.kind !== "ConfigMap" || value.apiVersion !== "v1") continue;
      const metadata = isRecord(value.metadata) ? value.metadata : {};
      if (metadata.name !== entry.name) continue;
      if (entry.namespace !== void 0 && (metadata.namespace ?? "") !== entry.namespace) continue;
      const name = `ConfigMap ${typeof metadata.namespace === "string" ? `${metadata.namespace}/` : ""}${entry.name}`;
      const data = isRecord(value.data) ? value.data : {};
      const wanted = compileGlobs(entry.keys ?? ["*"]);
      const keys = Object.keys(data).filter(wanted);
      if (keys.length === 0) {
        unreadable.push({
          holder: object,
          path: ["data"],
          message: `${name} is configured as embedded content but has no data key matching ${(entry.keys ?? ["*"]).join(", ")}`
        });
        continue;
      }
      for (const key2 of keys) {
        const text = data[key2];
        const label = `${name} data[${JSON.stringify(key2)}]`;
        if (typeof text !== "string") {
          unreadable.push({ holder: object, path: ["data", key2], message: `${label} is not text` });
          continue;
        }
        sort(text, object, ["data", key2], label);
      }
    }
  }
  for (const entry of embedded.valuesFiles ?? []) {
    const matchesFile = compileGlobs([entry.file]);
    const path3 = Array.isArray(entry.path) ? entry.path : entry.path.split(".");
    for (const document of context.documents) {
      if (!matchesFile(document.file)) continue;
      const label = `${document.file} ${formatPath(path3)}`;
      const value = valueAt(document.value, path3);
      if (value === void 0) {
        unreadable.push({
          holder: document,
          path: path3,
          message: `${document.file} is configured to embed content at ${formatPath(path3)}, but has no value there`
        });
      } else if (typeof value === "string") {
        sort(value, document, path3, label);
      } else if (isRecord(value)) {
        for (const [key2, text] of Object.entries(value)) {
          const keyLabel = `${document.file} ${formatPath([...path3, key2])}`;
          if (typeof text === "string") sort(text, document, [...path3, key2], keyLabel);
          else
            unreadable.push({ holder: document, path: [...path3, key2], message: `${keyLabel} is not text` });
        }
      } else {
        unreadable.push({
          holder: document,
          path: path3,
          message: `${label} is neither text nor a mapping of texts`
        });
      }
    }
  }
  return { falco, audit, encryption, unreadable };
}
function valueAt(root, path3) {
  let value = root;
  for (const segment of path3) {
    if (Array.isArray(value) && typeof segment === "number") value = value[segment];
    else if (isRecord(value)) value = value[String(segment)];
    else return void 0;
  }
  return value;
}
function embeddedDocuments(holder, prefix, text, label) {
  let documents;
  try {
    documents = parseYamlFile(text).documents;
  } catch (error) {
    if (error instanceof YamlSourceError)
      return { error: `${label} is not valid YAML (line ${error.line} of the text): ${error.message}` };
    throw error;
  }
  const key2 = holder.locate(prefix);
  const multiline = text.replace(/\n+$/, "").includes("\n");
  const toFile = (position2) => multiline ? { line: key2.line + position2.line, column: key2.column + 1 + position2.column } : key2;
  const sources = [];
  for (const document of documents) {
    if (document.value === null || document.value === void 0) continue;
    const mapped = {
      ...holder,
      locate: (path3) => startsWith(path3, prefix) ? toFile(document.locate(path3.slice(prefix.length))) : holder.locate(path3)
    };
    sources.push({ holder: mapped, prefix, value: document.value, label });
  }
  return { sources };
}
function startsWith(path3, prefix) {
  return prefix.length <= path3.length && prefix.every((segment, i) => path3[i] === segment);
}

// src/rules/runtime/audit-analysis.ts
function auditAnalysis(sources) {
  return {
    policies: sources.map((source) => ({
      source,
      ...readAuditPolicy(isRecord(source.value) ? source.value : {})
    }))
  };
}
function failingProbes(policy, probes3, fails) {
  const groups = /* @__PURE__ */ new Map();
  for (const probe of probes3) {
    const decision = evaluateAuditPolicy(policy, probe.request);
    if (!fails(probe, decision)) continue;
    const key2 = decision.rule?.index ?? -1;
    let group = groups.get(key2);
    if (!group) {
      group = { ...decision.rule ? { rule: decision.rule } : {}, decision, probes: [] };
      groups.set(key2, group);
    }
    group.probes.push(probe);
  }
  return [...groups.values()];
}
function describeRule(source, rule) {
  return `rules[${rule.index}] (line ${lineOf(source, ["rules", rule.index])}, level ${rule.level})`;
}
function describeRequests(probes3, allUsers) {
  const byResource = /* @__PURE__ */ new Map();
  const users = /* @__PURE__ */ new Set();
  for (const probe of probes3) {
    const label = resourceLabel(probe.resource);
    const verbs = byResource.get(label) ?? /* @__PURE__ */ new Set();
    verbs.add(probe.verb);
    byResource.set(label, verbs);
    users.add(probe.user.name);
  }
  const parts = [...byResource].map(([label, verbs]) => `${[...verbs].join(", ")} ${label}`);
  const more = parts.length - 4;
  const shown = more > 0 ? [...parts.slice(0, 4), `${more} more resource${more === 1 ? "" : "s"}`] : parts;
  const who = allUsers.every((user) => users.has(user)) ? "" : ` (by ${[...users].join(", ")})`;
  return `${shown.join("; ")}${who}`;
}

// src/rules/runtime/types.ts
function findingAt(ruleId, source, path3, message, fix) {
  return {
    ruleId,
    object: source.holder,
    path: [...source.prefix, ...path3],
    message,
    // a fix sets YAML fields; inside embedded text there are none to set, only a string
    ...fix && source.prefix.length === 0 ? { fix } : {}
  };
}

// src/rules/runtime/audit-catch-all-none.ts
var ID8 = "runtime/audit-catch-all-none";
var USERS = [PROBE_USERS.user, PROBE_USERS.serviceAccount];
var ACTIVITY_PROBES = [
  ...probes2(
    [...WORKLOAD_RESOURCES, SECRETS, CONFIGMAPS, SERVICE_ACCOUNTS, ...RBAC_RESOURCES],
    ["get", "list", "create", "update", "patch", "delete"],
    USERS
  ),
  ...probes2([POD_EXEC], ["create", "get"], USERS)
];
var auditCatchAllNone = {
  info: {
    id: ID8,
    tier: "low",
    title: "Audit policy must not let ordinary activity fall through to None",
    rationale: "A broad None rule, or no catch-all at the end (the API server\u2019s default is None), means reads of Secrets, exec into pods or new workloads leave no audit record: an intrusion cannot be reconstructed.",
    remediation: "Keep None rules narrow (specific users, verbs and resources such as events or health checks) and end the policy with a catch-all rule, e.g. - level: Metadata."
  },
  check(input, emit) {
    const users = USERS.map((user) => user.name);
    for (const { source, policy, problems } of input.audit.policies) {
      if (problems.length > 0) continue;
      for (const group of failingProbes(
        policy,
        ACTIVITY_PROBES,
        (_probe, decision) => decision.level === "None"
      )) {
        const requests = describeRequests(group.probes, users);
        const rule = group.rule;
        if (rule) {
          emit(
            findingAt(
              ID8,
              source,
              ["rules", rule.index, "level"],
              `${describeRule(source, rule)} is the first rule to match ${requests}, and hides them from the audit log: narrow it (users, verbs, resources) or move it below the rules that log them`
            )
          );
          continue;
        }
        emit(
          findingAt(
            ID8,
            source,
            ["rules"],
            `no rule matches ${requests}: the API server's default level is None, so this activity is not logged; end the policy with a catch-all rule such as - level: Metadata`,
            {
              description: "end the policy with a catch-all rule at Metadata",
              set: [{ path: ["rules", policy.rules.length], value: { level: "Metadata" } }]
            }
          )
        );
      }
    }
  }
};

// src/rules/runtime/audit-rbac-changes.ts
var ID9 = "runtime/audit-rbac-changes";
var USERS2 = [PROBE_USERS.user, PROBE_USERS.serviceAccount];
var RBAC_CHANGE_PROBES = probes2([...RBAC_RESOURCES, SERVICE_ACCOUNTS], WRITE_VERBS, USERS2);
function onlyRbac(rule) {
  return rule.resources.length > 0 && rule.resources.every(
    (entry) => entry.group === "rbac.authorization.k8s.io" || entry.group === "" && entry.resources.length > 0 && entry.resources.every((r) => r === "serviceaccounts")
  );
}
var auditRbacChanges = {
  info: {
    id: ID9,
    tier: "low",
    title: "Audit policy must log RBAC and ServiceAccount changes at RequestResponse",
    rationale: "Privilege escalation goes through RBAC: below RequestResponse the log says a ClusterRoleBinding changed but not which subject got which role, so an attacker granting themselves cluster-admin leaves no usable trace.",
    remediation: "Add a rule logging create, update, patch, delete and deletecollection of rbac.authorization.k8s.io resources and serviceaccounts at RequestResponse, above broader rules."
  },
  check(input, emit) {
    const users = USERS2.map((user) => user.name);
    for (const { source, policy, problems } of input.audit.policies) {
      if (problems.length > 0) continue;
      for (const group of failingProbes(
        policy,
        RBAC_CHANGE_PROBES,
        (_probe, decision) => decision.level !== "RequestResponse"
      )) {
        const requests = describeRequests(group.probes, users);
        const rule = group.rule;
        if (!rule) {
          emit(
            findingAt(
              ID9,
              source,
              ["rules"],
              `no rule matches ${requests}: the API server's default level None leaves these changes unlogged; log them at RequestResponse`
            )
          );
          continue;
        }
        const fix = onlyRbac(rule) ? {
          description: "log these changes at RequestResponse",
          set: [{ path: ["rules", rule.index, "level"], value: "RequestResponse" }]
        } : void 0;
        emit(
          findingAt(
            ID9,
            source,
            ["rules", rule.index, "level"],
            `${describeRule(source, rule)} is the first rule to match ${requests}: the log does not record what was granted; log them at RequestResponse`,
            fix
          )
        );
      }
    }
  }
};

// src/rules/runtime/audit-request-received.ts
var ID10 = "runtime/audit-request-received";
var auditRequestReceived = {
  info: {
    id: ID10,
    tier: "low",
    title: "Audit policy should omit the RequestReceived stage",
    rationale: "Without omitting RequestReceived, every request is logged twice; the doubled volume costs storage and pushes backends to drop or sample events, which is how the one event that mattered gets lost.",
    remediation: "Add omitStages: [RequestReceived] at the top of the policy."
  },
  check(input, emit) {
    for (const { source, policy, problems } of input.audit.policies) {
      if (problems.length > 0 || policy.omitStages.includes("RequestReceived")) continue;
      const logging = policy.rules.filter(
        (rule) => rule.level !== "None" && !rule.omitStages.includes("RequestReceived")
      );
      if (logging.length === 0) continue;
      const named = logging.slice(0, 3).map((rule) => `rules[${rule.index}] (line ${lineOf(source, ["rules", rule.index])})`).join(", ");
      const more = logging.length > 3 ? ` and ${logging.length - 3} more` : "";
      const written = source.value.omitStages !== void 0;
      const stages = AUDIT_STAGES.filter(
        (stage) => stage === "RequestReceived" || policy.omitStages.includes(stage)
      );
      emit(
        findingAt(
          ID10,
          source,
          written ? ["omitStages"] : [],
          `RequestReceived is not omitted: ${named}${more} log every request twice (when received and when complete); add RequestReceived to the policy's omitStages`,
          { description: "omit RequestReceived policy-wide", set: [{ path: ["omitStages"], value: stages }] }
        )
      );
    }
  }
};

// src/rules/runtime/audit-secret-payloads.ts
var ID11 = "runtime/audit-secret-payloads";
var SENSITIVE = [
  { resource: SECRETS, verbs: [...READ_VERBS, ...WRITE_VERBS], requestBody: ["create", "update", "patch"] },
  {
    resource: CONFIGMAPS,
    verbs: [...READ_VERBS, ...WRITE_VERBS],
    requestBody: ["create", "update", "patch"]
  },
  // a TokenRequest asks with audiences and expiry; the token is in the response
  { resource: SERVICE_ACCOUNT_TOKEN, verbs: ["create"], requestBody: [] },
  // a TokenReview carries the token being reviewed in its request
  { resource: TOKEN_REVIEWS, verbs: ["create"], requestBody: ["create"] }
];
var USERS3 = [PROBE_USERS.user, PROBE_USERS.serviceAccount, PROBE_USERS.node];
var SECRET_PAYLOAD_PROBES = SENSITIVE.flatMap(
  ({ resource, verbs }) => probes2([resource], verbs, USERS3)
);
function exposes(probe, decision) {
  if (decision.level === "RequestResponse") return true;
  if (decision.level !== "Request") return false;
  const entry = SENSITIVE.find((candidate) => candidate.resource === probe.resource);
  return entry?.requestBody.includes(probe.verb) ?? false;
}
function onlySensitive(rule) {
  const allowed = {
    "": ["secrets", "configmaps", "serviceaccounts/token"],
    "authentication.k8s.io": ["tokenreviews"]
  };
  return rule.resources.length > 0 && rule.resources.every(
    (entry) => entry.resources.length > 0 && entry.resources.every((resource) => allowed[entry.group]?.includes(resource))
  );
}
var auditSecretPayloads = {
  info: {
    id: ID11,
    tier: "low",
    title: "Audit policy must not log Secret, ConfigMap or token payloads",
    rationale: "At Request or RequestResponse level the audit log receives Secret and ConfigMap data and service account tokens in clear text: whoever reads the logs (a SIEM, a log bucket, an operator) gets the credentials.",
    remediation: "Add a rule that logs secrets, configmaps, serviceaccounts/token and tokenreviews.authentication.k8s.io at Metadata, above the rules that log request or response bodies."
  },
  check(input, emit) {
    const users = USERS3.map((user) => user.name);
    for (const { source, policy, problems } of input.audit.policies) {
      if (problems.length > 0) continue;
      for (const group of failingProbes(policy, SECRET_PAYLOAD_PROBES, exposes)) {
        const rule = group.rule;
        const fix = onlySensitive(rule) ? {
          description: "log these at Metadata",
          set: [{ path: ["rules", rule.index, "level"], value: "Metadata" }]
        } : void 0;
        emit(
          findingAt(
            ID11,
            source,
            ["rules", rule.index, "level"],
            `${describeRule(source, rule)} is the first rule to match ${describeRequests(group.probes, users)}, so their ${rule.level === "Request" ? "request bodies" : "request and response bodies"} go to the audit log with the secret values in them; log them at Metadata`,
            fix
          )
        );
      }
    }
  }
};

// src/engines/falco/condition.ts
var UNARY_OPERATORS = ["exists"];
var NUMBER_OPERATORS = ["<=", "<", ">=", ">"];
var STRING_SYMBOL_OPERATORS = ["==", "=", "!="];
var STRING_WORD_OPERATORS = [
  "glob",
  "iglob",
  "contains",
  "icontains",
  "bcontains",
  "startswith",
  "bstartswith",
  "endswith",
  "regex"
];
var LIST_OPERATORS = ["intersects", "in", "pmatch"];
var COMPARISON_OPERATORS = [
  ...UNARY_OPERATORS,
  ...NUMBER_OPERATORS,
  ...STRING_SYMBOL_OPERATORS,
  ...STRING_WORD_OPERATORS,
  ...LIST_OPERATORS
];
var TRANSFORMERS = /* @__PURE__ */ new Set(["tolower", "toupper", "b64", "basename", "len", "val"]);
var FIELD_NAME = /[a-zA-Z]+[a-zA-Z0-9_]*(\.[a-zA-Z]+[a-zA-Z0-9_]*)+/y;
var IDENTIFIER2 = /[a-zA-Z]+[a-zA-Z0-9_]*/y;
var FIELD_ARGUMENT = /[^ \t\n\r\b[\]"']+/y;
var BARE_STRING = /[^ \t\n\r\b(),="']+/y;
var NOT_KEYWORD = /not[ \t\n\r\b]+/y;
var CALL = /([a-zA-Z]+[a-zA-Z0-9_]*)\(/y;
var BLANKS = " 	\n\r\b";
var ConditionSyntaxError = class extends Error {
};
function scanCondition(condition) {
  const parser = new ConditionParser(condition);
  try {
    parser.parse();
    return { macroReferences: parser.macros, words: parser.words, parsed: true };
  } catch (error) {
    if (!(error instanceof ConditionSyntaxError)) throw error;
    return { macroReferences: [], words: looseWords(condition), parsed: false };
  }
}
function looseWords(condition) {
  return condition.split(/[\s(),=!<>[\]]+/).map((word) => word.replace(/^["']|["']$/g, "")).filter((word) => word !== "");
}
var ConditionParser = class {
  constructor(input) {
    this.input = input;
  }
  input;
  macros = [];
  words = [];
  at = 0;
  depth = 0;
  parse() {
    if (this.input.trim() === "") throw new ConditionSyntaxError("empty condition");
    this.parseOr();
    this.blank();
    if (this.at !== this.input.length) throw new ConditionSyntaxError("unexpected token");
  }
  parseOr() {
    this.nest(() => {
      this.blank();
      this.parseAnd();
      this.blank();
      while (this.keyword("or")) {
        this.afterKeyword(() => this.parseAnd());
        this.blank();
      }
    });
  }
  parseAnd() {
    this.nest(() => {
      this.blank();
      this.parseNot();
      this.blank();
      while (this.keyword("and")) {
        this.afterKeyword(() => this.parseNot());
        this.blank();
      }
    });
  }
  /** after `and` / `or`: a blank and the next operand, or `(` directly */
  afterKeyword(operand) {
    if (this.blank()) operand();
    else if (this.literal("(")) this.parseParenthesisedRest();
    else throw new ConditionSyntaxError("expected blank or '(' after a boolean operator");
  }
  parseNot() {
    this.nest(() => {
      this.blank();
      while (this.take(NOT_KEYWORD) !== void 0) ;
      if (this.literal("not(")) this.parseParenthesisedRest();
      else this.parseCheck();
    });
  }
  parseParenthesisedRest() {
    this.nest(() => {
      this.blank();
      this.parseOr();
      this.blank();
      if (!this.literal(")")) throw new ConditionSyntaxError("expected ')'");
    });
  }
  parseCheck() {
    this.nest(() => {
      this.blank();
      if (this.literal("(")) {
        this.parseParenthesisedRest();
        return;
      }
      if (this.parseFieldOrTransformer()) {
        this.parseOperatorAndValue();
        return;
      }
      const identifier = this.take(IDENTIFIER2);
      if (identifier === void 0) throw new ConditionSyntaxError("expected a check or a macro");
      this.macros.push(identifier);
      this.words.push(identifier);
    });
  }
  /** `field`, `field[arg]` or `transformer(field...)`; false when neither is here */
  parseFieldOrTransformer() {
    const transformer = this.peek(CALL);
    if (transformer && TRANSFORMERS.has(transformer[1])) {
      this.at += transformer[0].length;
      this.blank();
      if (!this.parseFieldOrTransformer())
        throw new ConditionSyntaxError("expected a field in a transformer");
      this.blank();
      if (!this.literal(")")) throw new ConditionSyntaxError("expected ')' after a transformer");
      return true;
    }
    const field = this.take(FIELD_NAME);
    if (field === void 0) return false;
    this.words.push(field);
    if (this.literal("[")) {
      const argument = this.quoted() ?? this.take(FIELD_ARGUMENT);
      if (argument === void 0) throw new ConditionSyntaxError("expected a field argument");
      this.words.push(argument);
      if (!this.literal("]")) throw new ConditionSyntaxError("expected ']'");
    }
    return true;
  }
  parseOperatorAndValue() {
    this.blank();
    if (this.wordOperator(UNARY_OPERATORS)) return;
    if (this.symbolOperator(NUMBER_OPERATORS) || this.symbolOperator(STRING_SYMBOL_OPERATORS)) {
      this.parseValue();
      return;
    }
    if (this.wordOperator(STRING_WORD_OPERATORS)) {
      this.parseValue();
      return;
    }
    if (this.listOperator()) {
      this.parseListValue();
      return;
    }
    throw new ConditionSyntaxError("expected a comparison operator");
  }
  parseValue() {
    this.blank();
    if (this.parseFieldOrTransformerValue()) return;
    const value = this.quoted() ?? this.take(BARE_STRING);
    if (value === void 0) throw new ConditionSyntaxError("expected a value");
    this.words.push(value);
  }
  /** `val(field)` or a transformer on the right-hand side */
  parseFieldOrTransformerValue() {
    const call = this.peek(CALL);
    return call !== void 0 && TRANSFORMERS.has(call[1]) && this.parseFieldOrTransformer();
  }
  parseListValue() {
    this.blank();
    if (this.literal("(")) {
      this.blank();
      if (this.literal(")")) return;
      this.parseValue();
      this.blank();
      while (this.literal(",")) {
        this.parseValue();
        this.blank();
      }
      if (!this.literal(")")) throw new ConditionSyntaxError("expected ')' closing a list");
      return;
    }
    const listName = this.take(IDENTIFIER2);
    if (listName === void 0) throw new ConditionSyntaxError("expected a list");
    this.words.push(listName);
  }
  wordOperator(operators) {
    for (const operator of operators) {
      if (!this.input.startsWith(operator, this.at)) continue;
      const next = this.input[this.at + operator.length];
      if (next !== void 0 && BLANKS.includes(next) || operator === "exists" && (next === void 0 || next === ")")) {
        this.at += operator.length;
        return true;
      }
    }
    return false;
  }
  symbolOperator(operators) {
    for (const operator of operators) {
      if (this.literal(operator)) return true;
    }
    return false;
  }
  listOperator() {
    for (const operator of LIST_OPERATORS) {
      if (!this.input.startsWith(operator, this.at)) continue;
      const next = this.input[this.at + operator.length];
      if (next !== void 0 && (BLANKS.includes(next) || next === "(")) {
        this.at += operator.length;
        return true;
      }
    }
    return false;
  }
  quoted() {
    const delimiter = this.input[this.at];
    if (delimiter !== '"' && delimiter !== "'") return void 0;
    let previous = "\\";
    for (let i = this.at; i < this.input.length; i++) {
      const ch = this.input[i];
      if (i > this.at && ch === delimiter && previous !== "\\") {
        const text = this.input.slice(this.at + 1, i);
        this.at = i + 1;
        return text.replace(/\\(.)/g, "$1");
      }
      previous = ch;
    }
    throw new ConditionSyntaxError("unterminated quoted string");
  }
  keyword(word) {
    return this.literal(word);
  }
  literal(text) {
    if (!this.input.startsWith(text, this.at)) return false;
    this.at += text.length;
    return true;
  }
  peek(pattern) {
    pattern.lastIndex = this.at;
    return pattern.exec(this.input) ?? void 0;
  }
  take(pattern) {
    const match = this.peek(pattern);
    if (!match) return void 0;
    this.at += match[0].length;
    return match[0];
  }
  blank() {
    const start = this.at;
    while (this.at < this.input.length && BLANKS.includes(this.input[this.at])) this.at++;
    return this.at > start;
  }
  /** libsinsp caps recursion; so do we, as input protection */
  nest(body) {
    if (++this.depth > 1e3) throw new ConditionSyntaxError("condition nested too deeply");
    body();
    this.depth--;
  }
};

// src/engines/falco/fields.ts
var MACRO_NAME = /^[a-zA-Z]+[a-zA-Z0-9_]*$/;
var LIST_NAME = /^[^()"'\s=,]+$/;
var SEMVER = /^\d+\.\d+\.\d+$/;
function requiredFieldProblems(item) {
  const problems = [];
  const at = (...path3) => [...item.path, ...path3];
  const fields = item.fields;
  const requireText = (key2) => {
    const problem = scalarProblem(fields, key2, false);
    if (problem) problems.push({ path: at(key2), message: problem });
    return scalarText(fields[key2]);
  };
  switch (item.kind) {
    case "not-a-mapping":
      problems.push({
        path: at(),
        message: "each item of a Falco rules file must be a mapping (rule, macro or list)"
      });
      break;
    case "unknown":
      problems.push({
        path: at(),
        message: "item has none of the keys rule, macro, list, required_engine_version, required_plugin_versions: Falco skips it"
      });
      break;
    case "required_engine_version": {
      const version = requireText("required_engine_version");
      if (version !== void 0 && version !== "" && !/^\d+$/.test(version) && !SEMVER.test(version))
        problems.push({
          path: at("required_engine_version"),
          message: `required_engine_version "${version}" is neither a number nor an x.y.z version`
        });
      break;
    }
    case "required_plugin_versions":
      problems.push(
        ...pluginVersionProblems(fields.required_plugin_versions, at("required_plugin_versions"))
      );
      break;
    case "list": {
      const name = requireText("list");
      if (name && !LIST_NAME.test(name))
        problems.push({
          path: at("list"),
          message: `list name "${name}" contains blanks, quotes, parentheses, = or ,`
        });
      problems.push(...sequenceProblems(fields, "items", false, at()));
      break;
    }
    case "macro": {
      const name = requireText("macro");
      if (name && !MACRO_NAME.test(name))
        problems.push({
          path: at("macro"),
          message: `macro name "${name}" is not an identifier (letters first, then letters, digits, _): conditions cannot reference it`
        });
      requireText("condition");
      break;
    }
    case "rule":
      requireText("rule");
      problems.push(...ruleFieldProblems(item));
      break;
  }
  return problems;
}
function ruleFieldProblems(item) {
  const fields = item.fields;
  const at = (...path3) => [...item.path, ...path3];
  const problems = [];
  const push = (key2, message) => {
    if (message) problems.push({ path: at(key2), message });
  };
  if (fields.override !== void 0) return problems;
  if (falcoBoolean(fields.append) === true) {
    if (fields.condition === void 0 && fields.exceptions === void 0)
      problems.push({
        path: at(),
        message: "a rule with append: true must carry condition or exceptions to append"
      });
    if (fields.condition !== void 0) push("condition", scalarProblem(fields, "condition", false));
    return problems;
  }
  const updates = ["condition", "output", "desc", "priority"].filter((key2) => fields[key2] !== void 0);
  if (updates.length === 0) {
    if (fields.enabled === void 0)
      problems.push({
        path: at(),
        message: "rule has none of condition, output, desc, priority: a new rule needs all four"
      });
    else if (falcoBoolean(fields.enabled) === void 0) push("enabled", "enabled must be true or false");
    return problems;
  }
  for (const key2 of ["condition", "output", "desc", "priority"]) {
    const problem = scalarProblem(fields, key2, false);
    if (problem) problems.push({ path: at(key2), message: problem });
  }
  push("source", scalarProblem(fields, "source", true));
  for (const key2 of ["enabled", "warn_evttypes", "skip-if-unknown-filter"]) {
    if (fields[key2] !== void 0 && falcoBoolean(fields[key2]) === void 0)
      push(key2, `${key2} must be true or false`);
  }
  problems.push(...sequenceProblems(fields, "tags", true, at()));
  return problems;
}
function scalarProblem(fields, key2, optional) {
  const value = fields[key2];
  if (value === void 0) return optional ? void 0 : `missing required key ${key2}`;
  if (value === null) return `${key2} is empty`;
  if (scalarText(value) === void 0) return `${key2} must be a single value, not a list or mapping`;
  if (scalarText(value) === "") return `${key2} must not be empty`;
  return void 0;
}
function sequenceProblems(fields, key2, optional, itemPath) {
  const value = fields[key2];
  if (value === void 0)
    return optional ? [] : [{ path: [...itemPath, key2], message: `missing required key ${key2}` }];
  if (!Array.isArray(value)) return [{ path: [...itemPath, key2], message: `${key2} must be a list` }];
  const problems = [];
  value.forEach((entry, index) => {
    if (scalarText(entry) === void 0)
      problems.push({ path: [...itemPath, key2, index], message: `${key2} entries must be single values` });
  });
  return problems;
}
function pluginVersionProblems(value, path3) {
  if (!Array.isArray(value)) return [{ path: path3, message: "required_plugin_versions must be a list" }];
  const problems = [];
  const checkRequirement = (entry, entryPath) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      problems.push({
        path: entryPath,
        message: "a plugin version requirement must be a mapping of name and version"
      });
      return false;
    }
    const fields = entry;
    for (const key2 of ["name", "version"]) {
      const problem = scalarProblem(fields, key2, false);
      if (problem) problems.push({ path: [...entryPath, key2], message: problem });
    }
    const version = scalarText(fields.version);
    if (version && !SEMVER.test(version))
      problems.push({
        path: [...entryPath, "version"],
        message: `plugin version "${version}" is not an x.y.z version`
      });
    return true;
  };
  value.forEach((entry, index) => {
    const entryPath = [...path3, index];
    if (!checkRequirement(entry, entryPath)) return;
    const alternatives = entry.alternatives;
    if (alternatives === void 0) return;
    if (!Array.isArray(alternatives)) {
      problems.push({ path: [...entryPath, "alternatives"], message: "alternatives must be a list" });
      return;
    }
    alternatives.forEach(
      (alternative, k) => checkRequirement(alternative, [...entryPath, "alternatives", k])
    );
  });
  return problems;
}

// src/engines/falco/overrides.ts
var RULE_APPENDABLE = ["condition", "output", "desc", "tags", "exceptions"];
var RULE_REPLACEABLE = [
  "condition",
  "output",
  "desc",
  "priority",
  "tags",
  "exceptions",
  "enabled",
  "warn_evttypes",
  "skip-if-unknown-filter"
];
function overridable(item) {
  if (item.kind === "list") return { append: ["items"], replace: ["items"] };
  if (item.kind === "macro") return { append: ["condition"], replace: ["condition"] };
  return { append: RULE_APPENDABLE, replace: RULE_REPLACEABLE };
}
function updateKind(item) {
  if (item.fields.override !== void 0) {
    const operations = isRecord(item.fields.override) ? Object.values(item.fields.override) : [];
    if (operations.includes("append")) return "append";
    return item.kind === "rule" ? "replace" : "redefine";
  }
  if (falcoBoolean(item.fields.append) === true) return "append";
  if (item.kind === "rule" && ["condition", "output", "desc", "priority"].every((key2) => item.fields[key2] === void 0) && item.fields.enabled !== void 0)
    return "enable";
  return "define";
}
function overrideProblems(item) {
  if (item.kind !== "rule" && item.kind !== "macro" && item.kind !== "list") return [];
  const problems = [];
  const at = item.path;
  const fields = item.fields;
  const append = falcoBoolean(fields.append);
  if (fields.append !== void 0 && append === void 0)
    problems.push({ path: [...at, "append"], message: "append must be true or false" });
  if (fields.override === void 0) {
    if (append === true) {
      const keys = overridable(item).append.filter((key2) => fields[key2] !== void 0);
      const suggestion = (keys.length > 0 ? keys : overridable(item).append.slice(0, 1)).map((key2) => `${key2}: append`).join(", ");
      problems.push({
        path: [...at, "append"],
        message: `append: true is deprecated; write override: {${suggestion}} instead`,
        deprecated: true
      });
    } else if (updateKind(item) === "enable") {
      problems.push({
        path: [...at, "enabled"],
        message: "a rule with only enabled is the deprecated way to turn a rule on or off; write override: {enabled: replace}",
        deprecated: true
      });
    }
    return problems;
  }
  const override = fields.override;
  if (!isRecord(override)) {
    problems.push({
      path: [...at, "override"],
      message: "override must be a mapping of key to append or replace"
    });
    return problems;
  }
  if (append === true)
    problems.push({
      path: [...at, "append"],
      message: "append and override cannot be used together: keep override and remove append"
    });
  const allowed = overridable(item);
  for (const [key2, operation] of Object.entries(override)) {
    const keyPath = [...at, "override", key2];
    if (operation === "append") {
      if (!allowed.append.includes(key2)) {
        problems.push({
          path: keyPath,
          message: allowed.replace.includes(key2) ? `${key2} cannot be appended to; use replace` : `${key2} cannot be overridden (a ${item.kind} overrides ${allowed.replace.join(", ")})`
        });
        continue;
      }
    } else if (operation === "replace") {
      if (!allowed.replace.includes(key2)) {
        problems.push({
          path: keyPath,
          message: `${key2} cannot be replaced (a ${item.kind} overrides ${allowed.replace.join(", ")})`
        });
        continue;
      }
    } else {
      problems.push({
        path: keyPath,
        message: `override operation for ${key2} must be append or replace, not ${JSON.stringify(operation)}`
      });
      continue;
    }
    if (fields[key2] === void 0)
      problems.push({
        path: keyPath,
        message: `override names ${key2} (${String(operation)}) but the item has no ${key2}`
      });
    else if (["condition", "output", "desc", "priority"].includes(key2)) {
      const problem = scalarProblem(fields, key2, false);
      if (problem) problems.push({ path: [...at, key2], message: problem });
    } else if (["enabled", "warn_evttypes", "skip-if-unknown-filter"].includes(key2) && falcoBoolean(fields[key2]) === void 0)
      problems.push({ path: [...at, key2], message: `${key2} must be true or false` });
  }
  if (item.kind === "rule") {
    const named = new Set(Object.keys(override));
    for (const key2 of RULE_REPLACEABLE) {
      if (fields[key2] !== void 0 && !named.has(key2))
        problems.push({
          path: [...at, key2],
          message: `${key2} is set but not named under override: Falco refuses it; add ${key2}: append or ${key2}: replace`
        });
    }
  }
  return problems;
}

// src/engines/falco/ruleset.ts
function buildRuleset(files) {
  const tables = {
    rule: /* @__PURE__ */ new Map(),
    macro: /* @__PURE__ */ new Map(),
    list: /* @__PURE__ */ new Map()
  };
  const firstDefinitions = {
    rule: /* @__PURE__ */ new Map(),
    macro: /* @__PURE__ */ new Map(),
    list: /* @__PURE__ */ new Map()
  };
  for (const file of files)
    for (const item of file.items) {
      if (!isNamed(item)) continue;
      const kind = updateKind(item);
      if ((kind === "define" || kind === "redefine") && !firstDefinitions[item.kind].has(item.name))
        firstDefinitions[item.kind].set(item.name, { file, item });
    }
  const duplicates = [];
  const lateTargets = [];
  let counter = 0;
  for (const file of files) {
    for (const item of file.items) {
      if (!isNamed(item)) continue;
      const ref = { file, item };
      const table = tables[item.kind];
      const previous = table.get(item.name);
      const kind = updateKind(item);
      if (kind === "define" || kind === "redefine") {
        if (previous && kind === "define") duplicates.push({ ref, earlier: previous.latest });
        const position2 = counter++;
        const definition = {
          kind: item.kind,
          name: item.name,
          first: previous?.first ?? ref,
          latest: ref,
          index: previous?.index ?? position2,
          visibility: position2,
          parts: [partOf(ref)],
          enabled: falcoBoolean(item.fields.enabled) ?? true
        };
        table.set(item.name, definition);
        continue;
      }
      if (!previous) {
        const later = firstDefinitions[item.kind].get(item.name);
        if (later) lateTargets.push({ ref, definition: later });
        continue;
      }
      if (kind === "enable") {
        previous.enabled = falcoBoolean(item.fields.enabled) ?? previous.enabled;
        continue;
      }
      previous.visibility = counter++;
      applyUpdate(previous, ref);
    }
  }
  const forwardReferences = [];
  for (const macro of tables.macro.values()) {
    for (const part of macro.parts) {
      if (part.condition === void 0) continue;
      for (const name of new Set(scanCondition(part.condition).macroReferences)) {
        const referenced = tables.macro.get(name);
        if (referenced && referenced.index >= macro.visibility)
          forwardReferences.push({
            ref: part.ref,
            path: [...part.ref.item.path, "condition"],
            kind: "macro",
            name,
            definition: referenced.first
          });
      }
    }
  }
  for (const list of tables.list.values()) {
    for (const part of list.parts) {
      for (const entry of part.listItems ?? []) {
        const referenced = tables.list.get(entry.value);
        if (referenced && referenced !== list && referenced.index >= list.visibility)
          forwardReferences.push({
            ref: part.ref,
            path: [...part.ref.item.path, "items", entry.index],
            kind: "list",
            name: entry.value,
            definition: referenced.first
          });
      }
    }
  }
  return {
    rules: tables.rule,
    macros: tables.macro,
    lists: tables.list,
    duplicates,
    lateTargets,
    forwardReferences
  };
}
function isNamed(item) {
  return (item.kind === "rule" || item.kind === "macro" || item.kind === "list") && item.name !== void 0;
}
function partOf(ref) {
  const fields = ref.item.fields;
  if (ref.item.kind === "list") {
    const items = Array.isArray(fields.items) ? fields.items : [];
    const listItems = items.flatMap((value, index) => {
      const text = scalarText(value);
      return text === void 0 ? [] : [{ value: text, index }];
    });
    return { ref, listItems };
  }
  const condition = scalarText(fields.condition);
  return condition === void 0 ? { ref } : { ref, condition };
}
function applyUpdate(definition, ref) {
  const fields = ref.item.fields;
  const override = isRecord(fields.override) ? fields.override : void 0;
  const operationOf = (key3) => override ? override[key3] : "append";
  const key2 = definition.kind === "list" ? "items" : "condition";
  const operation = operationOf(key2);
  if (fields[key2] !== void 0 && (operation === "append" || operation === "replace")) {
    const part = partOf(ref);
    definition.parts = operation === "append" ? [...definition.parts, part] : [part];
  }
  if (override?.enabled === "replace")
    definition.enabled = falcoBoolean(fields.enabled) ?? definition.enabled;
}
function expandedWords(ruleset, rule) {
  const expander = expanderFor(ruleset);
  const words = /* @__PURE__ */ new Set();
  for (const part of rule.parts)
    if (part.condition !== void 0) expander.addCondition(part.condition, words);
  return words;
}
var expanders = /* @__PURE__ */ new WeakMap();
function expanderFor(ruleset) {
  let expander = expanders.get(ruleset);
  if (expander) return expander;
  const macroWords = /* @__PURE__ */ new Map();
  const listWords = /* @__PURE__ */ new Map();
  const inProgress = /* @__PURE__ */ new Set();
  const wordsOfList = (name) => {
    const known = listWords.get(name);
    if (known) return known;
    const key2 = `list:${name}`;
    if (inProgress.has(key2)) return /* @__PURE__ */ new Set();
    inProgress.add(key2);
    const words = /* @__PURE__ */ new Set();
    for (const part of ruleset.lists.get(name)?.parts ?? [])
      for (const entry of part.listItems ?? []) {
        words.add(entry.value);
        if (ruleset.lists.has(entry.value)) for (const word of wordsOfList(entry.value)) words.add(word);
      }
    inProgress.delete(key2);
    listWords.set(name, words);
    return words;
  };
  const wordsOfMacro = (name) => {
    const known = macroWords.get(name);
    if (known) return known;
    const key2 = `macro:${name}`;
    if (inProgress.has(key2)) return /* @__PURE__ */ new Set();
    inProgress.add(key2);
    const words = /* @__PURE__ */ new Set();
    for (const part of ruleset.macros.get(name)?.parts ?? [])
      if (part.condition !== void 0) addCondition(part.condition, words);
    inProgress.delete(key2);
    macroWords.set(name, words);
    return words;
  };
  const addCondition = (condition, into) => {
    for (const word of scanCondition(condition).words) {
      into.add(word);
      if (ruleset.lists.has(word)) for (const listed of wordsOfList(word)) into.add(listed);
      if (ruleset.macros.has(word)) for (const expanded of wordsOfMacro(word)) into.add(expanded);
    }
  };
  expander = { addCondition };
  expanders.set(ruleset, expander);
  return expander;
}

// src/rules/runtime/falco-analysis.ts
function falcoAnalysis(sources) {
  const ordered = [...sources].sort(
    (a, b) => compareText(a.holder.file, b.holder.file) || a.holder.documentIndex - b.holder.documentIndex || compareText(a.label, b.label)
  );
  const files = ordered.map((source) => ({
    source,
    items: readFalcoItems(Array.isArray(source.value) ? source.value : [])
  }));
  let ruleset;
  return {
    files,
    get ruleset() {
      ruleset ??= buildRuleset(files);
      return ruleset;
    }
  };
}
function* eachItem(analysis) {
  for (const file of analysis.files) for (const item of file.items) yield { source: file.source, item };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/rules/runtime/falco-duplicate-name.ts
var ID12 = "runtime/falco-duplicate-name";
var falcoDuplicateName = {
  info: {
    id: ID12,
    tier: "low",
    title: "Falco rules, macros and lists must not be defined twice without override",
    rationale: "Falco silently replaces an earlier rule, macro or list with a later one of the same name: a copy-pasted or local definition can erase a detection, or its exceptions, without anyone seeing it in review.",
    remediation: "Rename one of them, or make the change explicit with override (e.g. override: {condition: replace}, or append to add to it)."
  },
  check(input, emit) {
    for (const duplicate of input.falco.ruleset.duplicates) {
      const { source } = duplicate.ref.file;
      const earlier = whereIs(duplicate.earlier.file.source, duplicate.earlier.item.path);
      emit(
        findingAt(
          ID12,
          source,
          duplicate.ref.item.path,
          `${describeItem(duplicate.ref.item)} is defined again here (earlier at ${earlier}) without override: Falco silently replaces the earlier definition`
        )
      );
    }
  }
};

// src/engines/falco/exceptions.ts
var SINGLE_FIELD_COMPARISONS = ["in", "pmatch", "intersects"];
function exceptionProblems(item) {
  if (item.kind !== "rule") return [];
  const exceptions = item.fields.exceptions;
  if (exceptions === void 0 || exceptions === null) return [];
  const path3 = [...item.path, "exceptions"];
  if (!Array.isArray(exceptions)) return [{ path: path3, message: "exceptions must be a list" }];
  const override = isRecord(item.fields.override) ? item.fields.override : void 0;
  const appending = falcoBoolean(item.fields.append) === true || override?.exceptions === "append";
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  exceptions.forEach((exception2, index) => {
    const at = [...path3, index];
    if (!isRecord(exception2)) {
      problems.push({
        path: at,
        message: "each exception must be a mapping with name, fields, comps and values"
      });
      return;
    }
    const name = scalarText(exception2.name);
    if (name === void 0 || name === "") {
      problems.push({ path: at, message: "exception has no name" });
    } else if (seen.has(name)) {
      problems.push({ path: [...at, "name"], message: `exception "${name}" is defined twice in this rule` });
    } else seen.add(name);
    problems.push(...exceptionBodyProblems(exception2, at, appending, name ?? `#${index + 1}`));
  });
  return problems;
}
function readEntry(value) {
  if (Array.isArray(value)) {
    const items = [];
    for (const item of value) {
      const entry = readEntry(item);
      if ("invalid" in entry) return entry;
      items.push(entry);
    }
    return { list: true, items };
  }
  const text = scalarText(value);
  if (text === void 0) return { invalid: "must be a value or a list of values" };
  if (text === "") return { invalid: "must not be empty" };
  return { list: false, value: text };
}
function exceptionBodyProblems(exception2, at, appending, name) {
  const problems = [];
  const label = `exception "${name}"`;
  let fields;
  if (exception2.fields === void 0) {
    if (!appending) problems.push({ path: at, message: `${label} has no fields` });
  } else {
    const read = readEntry(exception2.fields);
    if ("invalid" in read)
      problems.push({ path: [...at, "fields"], message: `${label}: fields ${read.invalid}` });
    else fields = read;
  }
  let comps;
  if (exception2.comps !== void 0) {
    const read = readEntry(exception2.comps);
    if ("invalid" in read)
      problems.push({ path: [...at, "comps"], message: `${label}: comps ${read.invalid}` });
    else comps = read;
  }
  const values = exception2.values;
  if (values !== void 0 && !Array.isArray(values))
    problems.push({ path: [...at, "values"], message: `${label}: values must be a list` });
  if (!fields) return problems;
  if (fields.list) {
    const count = fields.items.length;
    if (comps) {
      if (!comps.list)
        problems.push({
          path: [...at, "comps"],
          message: `${label}: fields is a list, so comps must be a list too`
        });
      else {
        if (comps.items.length !== count)
          problems.push({
            path: [...at, "comps"],
            message: `${label}: ${count} fields but ${comps.items.length} comps; they must have equal length`
          });
        comps.items.forEach((comp, k) => {
          if (!comp.list && !COMPARISON_OPERATORS.includes(comp.value))
            problems.push({
              path: [...at, "comps", k],
              message: `${label}: "${comp.value}" is not a comparison operator`
            });
        });
      }
    }
    if (Array.isArray(values)) {
      values.forEach((value, k) => {
        const entry = readEntry(value);
        if ("invalid" in entry)
          problems.push({ path: [...at, "values", k], message: `${label}: value ${entry.invalid}` });
        else if (!entry.list || entry.items.length !== count)
          problems.push({
            path: [...at, "values", k],
            message: `${label}: each value must be a list of ${count} (one per field)`
          });
      });
    }
  } else {
    if (comps) {
      if (comps.list)
        problems.push({
          path: [...at, "comps"],
          message: `${label}: fields is a single field, so comps must be one operator`
        });
      else if (!SINGLE_FIELD_COMPARISONS.includes(comps.value))
        problems.push({
          path: [...at, "comps"],
          message: `${label}: with a single field, comps must be one of ${SINGLE_FIELD_COMPARISONS.join(", ")}`
        });
    }
    if (Array.isArray(values)) {
      values.forEach((value, k) => {
        const entry = readEntry(value);
        if ("invalid" in entry)
          problems.push({ path: [...at, "values", k], message: `${label}: value ${entry.invalid}` });
        else if (entry.list)
          problems.push({
            path: [...at, "values", k],
            message: `${label}: fields is a single field, so each value must be a single value`
          });
      });
    }
  }
  return problems;
}

// src/rules/runtime/falco-exceptions.ts
var ID13 = "runtime/falco-exceptions";
var falcoExceptions = {
  info: {
    id: ID13,
    tier: "low",
    title: "Falco rule exceptions must be well formed",
    rationale: "A malformed exception makes Falco refuse the rules file, and a mismatched one (values not lined up with fields) excepts something else than intended: either way detections go dark or fire on the wrong thing.",
    remediation: "Give each exception a unique name, fields, comps of the same length (or omit them) and values that are lists as long as fields."
  },
  check(input, emit) {
    for (const { source, item } of eachItem(input.falco)) {
      for (const problem of exceptionProblems(item))
        emit(findingAt(ID13, source, problem.path, `${describeItem(item)}: ${problem.message}`));
    }
  }
};

// src/rules/runtime/falco-forward-reference.ts
var ID14 = "runtime/falco-forward-reference";
var falcoForwardReference = {
  info: {
    id: ID14,
    tier: "low",
    title: "Falco macros and lists must be defined before they are referenced",
    rationale: 'A macro that uses a macro defined later stops Falco loading the rules ("Undefined macro"); a list that names a later list silently gets the name as a literal value instead of its items, so the detection misses what the list was meant to cover.',
    remediation: "Move the referenced macro or list above the macro or list that uses it."
  },
  check(input, emit) {
    for (const reference of input.falco.ruleset.forwardReferences) {
      const { source } = reference.ref.file;
      const definition = reference.definition;
      const where = whereIs(definition.file.source, definition.item.path);
      const effect = reference.kind === "macro" ? 'Falco fails to load it with "Undefined macro"' : `Falco reads "${reference.name}" here as a literal value, not as the list's items`;
      emit(
        findingAt(
          ID14,
          source,
          reference.path,
          `${describeItem(reference.ref.item)} references ${reference.kind} "${reference.name}", which is defined only later (${where}): ${effect}`
        )
      );
    }
  }
};

// src/engines/falco/detections.ts
var DEFAULT_DETECTIONS = [
  {
    name: "a shell spawned in a container",
    ruleNames: ["Terminal shell in container", "Run shell untrusted"],
    conditionTerms: [
      ["spawned_process", "execve", "execveat"],
      ["container", "container.id"],
      ["shell_procs", "shell_binaries", "bash", "sh", "ash", "dash", "zsh", "ksh", "csh", "tcsh"]
    ]
  },
  {
    name: "reads of sensitive files such as /etc/shadow",
    ruleNames: ["Read sensitive file untrusted", "Read sensitive file trusted after startup"],
    conditionTerms: [
      ["open_read", "evt.is_open_read", "open", "openat", "openat2"],
      ["sensitive_files", "sensitive_file_names", "/etc/shadow", "/etc/sudoers", "/etc/pam.conf"]
    ]
  },
  {
    name: "writes below binary directories",
    ruleNames: ["Write below binary dir"],
    conditionTerms: [
      ["open_write", "evt.is_open_write", "rename", "renameat", "renameat2", "mkdir", "mkdirat"],
      [
        "bin_dir",
        "bin_dir_mkdir",
        "bin_dir_rename",
        "bin_dirs",
        "/bin",
        "/sbin",
        "/usr/bin",
        "/usr/sbin",
        "/usr/local/bin"
      ]
    ]
  }
];
function detectionCoverage(ruleset, detections) {
  const enabled = [...ruleset.rules.values()].filter((rule) => rule.enabled).sort((a, b) => a.index - b.index);
  const wordsOf = /* @__PURE__ */ new Map();
  const words = (rule) => {
    let cached = wordsOf.get(rule);
    if (!cached) {
      cached = new Set([...expandedWords(ruleset, rule)].map(normalizeTerm));
      wordsOf.set(rule, cached);
    }
    return cached;
  };
  return detections.map((detection) => {
    const names = (detection.ruleNames ?? []).map((glob) => new RegExp(globToRegExp(glob).source, "is"));
    const coveredBy = enabled.find(
      (rule) => names.some((pattern) => pattern.test(rule.name)) || conditionCovers(detection, words(rule))
    );
    return coveredBy ? { detection, coveredBy } : { detection };
  });
}
function conditionCovers(detection, words) {
  const groups = detection.conditionTerms ?? [];
  return groups.length > 0 && groups.every((group) => group.some((term) => words.has(normalizeTerm(term))));
}
function normalizeTerm(term) {
  return term.length > 1 ? term.replace(/\/+$/, "") : term;
}

// src/rules/runtime/falco-missing-detection.ts
var ID15 = "runtime/falco-missing-detection";
var REPOSITORY = {
  file: ".",
  documentIndex: 0,
  line: 1,
  value: null,
  locate: () => ({ line: 1, column: 1 })
};
var falcoMissingDetection = {
  info: {
    id: ID15,
    tier: "low",
    title: "Falco rules must cover the expected detections",
    rationale: "Without a rule for it, an attacker opening a shell in a container, reading /etc/shadow or dropping a binary into /usr/bin leaves no alert: runtime detection is only as good as the behaviours it covers.",
    remediation: 'Add (or enable) a Falco rule for each missing detection, e.g. Falco\u2019s own "Terminal shell in container", "Read sensitive file untrusted" and "Write below binary dir", or list the detections your rules cover in runtime.detections.'
  },
  check(input, emit) {
    const shipsRules = input.falco.files.length > 0;
    if (!shipsRules && input.config.expectDetection !== true) return;
    const detections = input.config.detections ?? DEFAULT_DETECTIONS;
    const anchor = input.falco.files[0]?.source;
    for (const { detection, coveredBy } of detectionCoverage(input.falco.ruleset, detections)) {
      if (coveredBy) continue;
      if (anchor)
        emit(
          findingAt(
            ID15,
            anchor,
            [],
            `no enabled Falco rule detects ${detection.name}: ${howMatched(detection)}`
          )
        );
      else
        emit({
          ruleId: ID15,
          object: REPOSITORY,
          path: [],
          message: `runtime detection is expected (runtime.expectDetection) but the repository ships no Falco rules: nothing detects ${detection.name}`
        });
    }
  }
};
function howMatched(detection) {
  const parts = [];
  if (detection.ruleNames && detection.ruleNames.length > 0)
    parts.push(`no rule is named ${detection.ruleNames.map((name) => `"${name}"`).join(" or ")}`);
  const groups = detection.conditionTerms ?? [];
  if (groups.length > 0) {
    const shown = groups.map((group) => {
      const terms = group.length > 4 ? [...group.slice(0, 4), "\u2026"] : group;
      return group.length > 1 ? `(${terms.join(" or ")})` : terms[0];
    });
    parts.push(`no condition uses ${shown.join(" and ")}`);
  }
  return parts.join(", and ");
}

// src/rules/runtime/falco-override.ts
var ID16 = "runtime/falco-override";
var falcoOverride = {
  info: {
    id: ID16,
    tier: "low",
    title: "Falco overrides must be valid, and not use the deprecated append",
    rationale: "A wrong override stops Falco loading the file, and the deprecated append and enabled-only forms are on their way out: a Falco upgrade then drops the exceptions and switches that keep a rule quiet or on.",
    remediation: "Write override: {condition: append} (or replace, per key) instead of append: true, override: {enabled: replace} instead of a rule with only enabled, and update only items defined earlier."
  },
  check(input, emit) {
    for (const { source, item } of eachItem(input.falco)) {
      for (const problem of overrideProblems(item))
        emit(findingAt(ID16, source, problem.path, `${describeItem(item)}: ${problem.message}`));
    }
    for (const late of input.falco.ruleset.lateTargets) {
      const { source } = late.ref.file;
      const target = late.definition;
      emit(
        findingAt(
          ID16,
          source,
          late.ref.item.path,
          `${describeItem(late.ref.item)} updates a ${late.ref.item.kind} that is only defined later, at ${whereIs(target.file.source, target.item.path)}: Falco fails with "no ${late.ref.item.kind} by that name already exists"; move the update after the definition`
        )
      );
    }
  }
};

// src/engines/falco/priority.ts
var FALCO_PRIORITIES = [
  "Emergency",
  "Alert",
  "Critical",
  "Error",
  "Warning",
  "Notice",
  "Informational",
  "Debug"
];
function parseFalcoPriority(text) {
  const lower = text.toLowerCase();
  if (lower === "info") return "Informational";
  return FALCO_PRIORITIES.find((priority) => priority.toLowerCase() === lower);
}
function priorityProblem(item) {
  if (item.kind !== "rule") return void 0;
  const text = scalarText(item.fields.priority);
  if (text === void 0 || text === "" || parseFalcoPriority(text) !== void 0) return void 0;
  return {
    path: [...item.path, "priority"],
    message: `priority "${text}" is not a Falco priority (one of ${FALCO_PRIORITIES.join(", ")})`
  };
}

// src/rules/runtime/falco-priority.ts
var ID17 = "runtime/falco-priority";
var falcoPriority = {
  info: {
    id: ID17,
    tier: "low",
    title: "Falco rule priorities must be valid",
    rationale: "An unknown priority makes Falco refuse the whole rules file, and priorities route alerts: a detection that does not load, or lands in the wrong channel, is an attack nobody sees.",
    remediation: "Use one of Emergency, Alert, Critical, Error, Warning, Notice, Informational, Debug."
  },
  check(input, emit) {
    for (const { source, item } of eachItem(input.falco)) {
      const problem = priorityProblem(item);
      if (problem) emit(findingAt(ID17, source, problem.path, `${describeItem(item)}: ${problem.message}`));
    }
  }
};

// src/rules/runtime/falco-required-fields.ts
var ID18 = "runtime/falco-required-fields";
var falcoRequiredFields = {
  info: {
    id: ID18,
    tier: "low",
    title: "Falco rules must have their required fields",
    rationale: "Falco refuses a rules file with a rule missing its condition, output, desc or priority, and skips unknown items: one bad item leaves the node without any of the file\u2019s detections, unnoticed until an attack goes unreported.",
    remediation: "Give every rule condition, output, desc and priority, every macro a condition, every list its items; delete or fix items Falco does not know."
  },
  check(input, emit) {
    for (const { source, item } of eachItem(input.falco)) {
      for (const problem of requiredFieldProblems(item))
        emit(findingAt(ID18, source, problem.path, `${describeItem(item)}: ${problem.message}`));
    }
  }
};

// src/rules/runtime/falco-validation.ts
var ID19 = "runtime/falco-validation";
var falcoValidation = {
  info: {
    id: ID19,
    tier: "low",
    title: "Falco must accept the rules files (falco -V)",
    rationale: "Falco checks what only Falco knows (field names, condition syntax, output formats, plugin requirements); a rules file it refuses leaves the nodes without those detections.",
    remediation: "Fix what falco -V reports, then run falco -V on the rules files again."
  },
  check(input, emit) {
    const files = input.falco.files;
    const anchor = files[0]?.source;
    if (!anchor) return;
    const choice = input.validator();
    if ("none" in choice) return;
    if ("missing" in choice) {
      emit(findingAt(ID19, anchor, [], choice.missing));
      return;
    }
    const rendered = files.map((file, index) => ({
      file,
      name: `${index + 1}-${file.source.label}`,
      ...renderRulesFile(file.items.map((item) => file.source.value[item.index]))
    }));
    const outcome = choice.validator.validate(rendered.map(({ name, text }) => ({ name, text })));
    if (outcome.status === "failed") {
      emit(findingAt(ID19, anchor, [], `falco -V could not validate the rules: ${outcome.reason}`));
      return;
    }
    for (const error of outcome.errors) {
      const target = rendered.find((entry) => entry.name === error.file);
      if (!target) continue;
      const item = itemOf(target.file, target.itemLines, error);
      if (item && hasStaticProblem(item)) continue;
      const path3 = item ? [...item.path, ...keyOf(error)] : [];
      emit(
        findingAt(
          ID19,
          target.file.source,
          path3,
          `falco -V (${choice.validator.binary}): ${error.message} [${error.code}]`
        )
      );
    }
  }
};
function itemOf(file, itemLines, error) {
  if (error.line !== void 0) {
    let found;
    file.items.forEach((item, k) => {
      if (itemLines[k] <= error.line) found = item;
    });
    if (found) return found;
  }
  if (error.itemName !== void 0)
    return [...file.items].reverse().find((item) => item.kind === error.itemType && item.name === error.itemName);
  return void 0;
}
function keyOf(error) {
  if (error.code === "FE_LOAD_ERR_COMPILE_CONDITION") return ["condition"];
  if (error.code === "FE_LOAD_ERR_COMPILE_OUTPUT") return ["output"];
  return [];
}
function hasStaticProblem(item) {
  return requiredFieldProblems(item).length > 0 || priorityProblem(item) !== void 0 || exceptionProblems(item).length > 0 || overrideProblems(item).some((problem) => !problem.deprecated);
}

// src/rules/runtime/family.ts
var RUNTIME_RULES = [
  falcoRequiredFields,
  falcoPriority,
  falcoForwardReference,
  falcoDuplicateName,
  falcoExceptions,
  falcoOverride,
  falcoMissingDetection,
  falcoValidation,
  auditSecretPayloads,
  auditRbacChanges,
  auditCatchAllNone,
  auditRequestReceived
];
var DEFAULT_FALCO_TIMEOUT_SECONDS = 60;
var DEFAULT_BASE_RULES_FILES = ["/etc/falco/falco_rules.yaml"];
function processValidatorChoice(config, pathVariable = process.env.PATH) {
  const falco = config.falco ?? {};
  const mode = falco.validate ?? "auto";
  if (mode === "never") return { none: true };
  const binary2 = falco.binary ?? findOnPath("falco", pathVariable);
  if (binary2 === void 0)
    return mode === "always" ? {
      missing: "runtime.falco.validate is always, but no falco binary is on PATH (set runtime.falco.binary)"
    } : { none: true };
  const baseRulesFiles = falco.baseRulesFiles ?? DEFAULT_BASE_RULES_FILES.filter((file) => fs3.existsSync(file));
  return {
    validator: processFalcoValidator({
      binary: binary2,
      timeoutMs: (falco.timeoutSeconds ?? DEFAULT_FALCO_TIMEOUT_SECONDS) * 1e3,
      baseRulesFiles
    })
  };
}
function createRuntimeFamily(options = {}) {
  const chooseValidator = options.chooseValidator ?? ((config) => processValidatorChoice(config));
  return {
    rules: RUNTIME_RULES.map((rule) => rule.info),
    analyze(context, emit) {
      const active = RUNTIME_RULES.filter((rule) => context.isEnabled(rule.info.id));
      if (active.length === 0) return;
      const config = runtimeConfig(context);
      const sources = runtimeSources(context);
      reportUnreadable(context, sources);
      let choice;
      const input = {
        config,
        sources,
        falco: falcoAnalysis(sources.falco),
        audit: auditAnalysis(sources.audit),
        validator: () => choice ??= chooseValidator(config)
      };
      if (active.some((rule) => rule.info.id.startsWith("runtime/audit-")))
        for (const { source, problems } of input.audit.policies)
          reportRefusals(context, source, problems, "audit policy");
      for (const rule of active) rule.check(input, emit);
    }
  };
}
var runtimeFamily = createRuntimeFamily();

// src/engines/encryption/resolve.ts
var key = (gr) => `${gr.group}\0${gr.resource}`;
var ANY = { group: "*", resource: "*" };
function buildTable(config) {
  const providers = /* @__PURE__ */ new Map();
  const firstListing = /* @__PURE__ */ new Map();
  const masked = [];
  for (const entry of config.entries) {
    for (const resource of entry.resources) {
      const groupWildcard = firstListing.get(key({ group: resource.group, resource: "*" }));
      const anyWildcard = firstListing.get(key(ANY));
      const maskedBy = groupWildcard ?? anyWildcard;
      if (maskedBy) {
        masked.push({ entry, resource, maskedBy: maskedBy.resource });
        continue;
      }
      const k = key(resource);
      if (!firstListing.has(k)) firstListing.set(k, { entry, resource });
      const list = providers.get(k) ?? [];
      list.push(...entry.providers.map((provider) => ({ entry, provider })));
      providers.set(k, list);
    }
  }
  return { providers, firstListing, masked };
}
function resolveResource(config, target) {
  const table = buildTable(config);
  const candidates = [
    [target, "exact"],
    [{ group: target.group, resource: "*" }, "group wildcard"],
    [ANY, "wildcard"]
  ];
  for (const [candidate, by] of candidates) {
    const listing = table.firstListing.get(key(candidate));
    if (listing)
      return { target, match: { ...listing, by }, providers: table.providers.get(key(candidate)) ?? [] };
  }
  return { target, providers: [] };
}
function maskedResources(config) {
  return buildTable(config).masked;
}
function describeResolution(resolution) {
  if (!resolution.match) return `no resources entry covers ${formatGroupResource(resolution.target)}`;
  const { entry, resource, by } = resolution.match;
  return by === "exact" ? `resources[${entry.index}] lists ${resource.text}` : `resources[${entry.index}] covers it with ${resource.text}`;
}

// src/rules/secrets/encryption-inline-key.ts
var ID20 = "secrets/encryption-inline-key";
var encryptionInlineKey = {
  info: {
    id: ID20,
    tier: "medium",
    title: "Encryption keys must not be committed",
    rationale: "An encryption key in the repository is readable by everyone who can clone it and stays in git history: with an etcd backup it decrypts every Secret it was meant to protect.",
    remediation: "Rotate the key, remove it from the repository and use kms with apiVersion v2, or render the file on the control plane from a secret store at deploy time."
  },
  check(configurations, emit) {
    for (const { source, config } of configurations) {
      for (const entry of config.entries)
        for (const provider of entry.providers)
          for (const key2 of provider.keys) {
            if (key2.secret !== "inline") continue;
            const type2 = provider.types.find((candidate) => candidate !== "identity" && candidate !== "kms") ?? "key";
            const name = key2.name !== void 0 ? `"${key2.name}"` : `#${key2.index + 1}`;
            emit(
              findingAt(
                ID20,
                source,
                [...key2.path, "secret"],
                `${type2} key ${name} (resources[${entry.index}].providers[${provider.index}]) is written in this file: whoever can read the repository can decrypt what it protects`
              )
            );
          }
    }
  }
};

// src/rules/secrets/encryption-secrets-plaintext.ts
var ID21 = "secrets/encryption-secrets-plaintext";
var SECRETS2 = { group: "", resource: "secrets" };
var encryptionSecretsPlaintext = {
  info: {
    id: ID21,
    tier: "medium",
    title: "Encryption at rest must encrypt Secrets",
    rationale: "Secrets not encrypted at rest are plain text in etcd, its backups and its disks: anyone with a snapshot or etcd access reads every credential in the cluster.",
    remediation: "List secrets in a resources entry whose first provider encrypts (kms with apiVersion v2), keeping identity last only to read data written before encryption was enabled."
  },
  check(configurations, emit) {
    for (const configuration of configurations) {
      if (!isAccepted(configuration)) continue;
      const { source, config } = configuration;
      const resolution = resolveResource(config, SECRETS2);
      if (!resolution.match) {
        emit(
          findingAt(
            ID21,
            source,
            ["resources"],
            "no resources entry covers secrets (none lists secrets, *. or *.*): the API server stores Secrets in etcd in plain text"
          )
        );
        continue;
      }
      const writer = resolution.providers[0];
      if (writer && writer.provider.types[0] === "identity")
        emit(
          findingAt(
            ID21,
            source,
            [...writer.provider.path, "identity"],
            `identity is the first provider for secrets (${describeResolution(resolution)}): new Secrets are written to etcd in plain text; put an encrypting provider first and identity last`
          )
        );
    }
  }
};

// src/rules/secrets/encryption-weak-provider.ts
var ID22 = "secrets/encryption-weak-provider";
var WEAKNESS = {
  aescbc: "aescbc (AES-CBC with PKCS#7 padding) is open to padding oracle attacks, and its key sits in this file on every control-plane host",
  aesgcm: "aesgcm uses random nonces, so its key must be rotated every 200,000 writes or nonces repeat and the encryption breaks, and its key sits in this file on every control-plane host",
  kmsV1: "kms apiVersion v1 is deprecated since Kubernetes 1.28 and off by default from 1.29 (slow, one KMS call per object)"
};
function weakness(provider) {
  const type2 = provider.types[0];
  if (type2 === "aescbc" || type2 === "aesgcm") return { text: WEAKNESS[type2], path: [...provider.path, type2] };
  if (type2 === "kms" && provider.kms?.apiVersion === "v1")
    return { text: WEAKNESS.kmsV1, path: [...provider.path, "kms"] };
  return void 0;
}
var encryptionWeakProvider = {
  info: {
    id: ID22,
    tier: "medium",
    title: "Encryption at rest should use KMS v2",
    rationale: "aescbc is vulnerable to padding oracle attacks, aesgcm breaks without key rotation every 200,000 writes, and both keep the key beside the data on the control plane; kms v1 is deprecated. KMS v2 keeps the key in an external KMS and is the recommended provider.",
    remediation: "Make kms with apiVersion: v2 the first provider (keep the old provider after it until every object is rewritten), then remove the old keys."
  },
  check(configurations, emit) {
    for (const configuration of configurations) {
      if (!isAccepted(configuration)) continue;
      for (const entry of configuration.config.entries) {
        const writer = entry.providers[0];
        const weak = writer && weakness(writer);
        if (!weak) continue;
        const resources2 = entry.resources.map(formatGroupResource).join(", ");
        emit(
          findingAt(
            ID22,
            configuration.source,
            weak.path,
            `resources[${entry.index}] (${resources2}) is encrypted with a weak provider: ${weak.text}; use kms with apiVersion v2`
          )
        );
      }
    }
  }
};

// src/rules/secrets/encryption-family.ts
function isAccepted(configuration) {
  return configuration.problems.length === 0 && configuration.masked.length === 0;
}
var ENCRYPTION_RULES = [
  encryptionSecretsPlaintext,
  encryptionWeakProvider,
  encryptionInlineKey
];
var encryptionFamily = {
  rules: ENCRYPTION_RULES.map((rule) => rule.info),
  analyze(context, emit) {
    const active = ENCRYPTION_RULES.filter((rule) => context.isEnabled(rule.info.id));
    if (active.length === 0) return;
    const sources = runtimeSources(context);
    reportUnreadable(context, sources);
    const configurations = sources.encryption.map((source) => {
      const { config, problems } = readEncryptionConfiguration(isRecord(source.value) ? source.value : {});
      return { source, config, problems, masked: problems.length === 0 ? maskedResources(config) : [] };
    });
    for (const configuration of configurations) reportRefusal(context, configuration);
    for (const rule of active) rule.check(configurations, emit);
  }
};
function reportRefusal(context, configuration) {
  const masking = configuration.masked.map(({ entry, resource, maskedBy }) => ({
    path: resource.path,
    message: `${formatGroupResource(resource)} in resources[${entry.index}] is masked by ${maskedBy.text}, listed earlier; move the specific entry above the wildcard`
  }));
  reportRefusals(
    context,
    configuration.source,
    [...configuration.problems, ...masking],
    "encryption configuration"
  );
}

// src/rules/secrets/committed-secret.ts
var ID23 = "secrets/committed-secret";
var committedSecretRule = {
  id: ID23,
  tier: "medium",
  title: "Secrets must not be committed in plain text",
  rationale: "A Secret in the repository is readable by everyone who can clone it, and its values stay in git history forever; base64 in `data` is an encoding, not encryption.",
  remediation: "Rotate the values, remove the Secret from the repository and commit a SealedSecret (Bitnami sealed-secrets) or an ExternalSecret (External Secrets Operator, pointing at your vault) instead, or encrypt the file with SOPS."
};
var SOPS_VALUE = /^ENC\[.+\]$/s;
var SOPS_METADATA_KEYS = ["mac", "lastmodified", "version"];
function committedSecretFindings(object) {
  const { apiVersion, kind } = object.value;
  if (apiVersion !== "v1" || kind !== "Secret") return [];
  const sops = object.value.sops;
  const sopsFile = isRecord(sops) && SOPS_METADATA_KEYS.some((key2) => key2 in sops);
  const name = isRecord(object.value.metadata) ? String(object.value.metadata.name ?? "") : "";
  const findings = [];
  for (const section of ["data", "stringData"]) {
    const values = object.value[section];
    if (!isRecord(values)) continue;
    const plain = Object.keys(values).filter((key2) => isPlainValue(values[key2]));
    if (plain.length === 0) continue;
    const count = plain.length === 1 ? "a value" : `${plain.length} values`;
    const note = sopsFile ? " that SOPS left unencrypted" : "";
    findings.push({
      ruleId: ID23,
      object,
      path: [section],
      message: `Secret ${quote(name)} commits ${count} in plain text${note} in ${section} (${plain.length === 1 ? "key" : "keys"} ${quoteAll(plain)})`
    });
  }
  return findings;
}
function isPlainValue(value) {
  if (value === null || value === void 0 || value === "") return false;
  return !(typeof value === "string" && SOPS_VALUE.test(value));
}

// src/rules/secrets/credential-names.ts
var DEFAULT_CREDENTIAL_ENV_PATTERNS = [
  "*PASSWORD*",
  "*PASSWD*",
  "*PASSPHRASE*",
  "*SECRET*",
  "*TOKEN*",
  "*API_KEY*",
  "*PRIVATE_KEY*",
  "*CREDENTIAL*",
  "*ACCESS_KEY*",
  "*AUTH_KEY*",
  "*SIGNING_KEY*",
  "*ENCRYPTION_KEY*",
  "*CONNECTION_STRING*"
];
var POINTER_SUFFIX = /[_.-](FILE|FILENAME|PATH|DIR)$/i;
function normalise(text) {
  return text.toUpperCase().replace(/[-_.]/g, "");
}
function credentialNameMatcher(settings) {
  const patterns = settings.config.secrets?.credentialEnvPatterns ?? DEFAULT_CREDENTIAL_ENV_PATTERNS;
  const matches = compileGlobs(patterns.map(normalise));
  return (name) => !POINTER_SUFFIX.test(name) && matches(normalise(name));
}

// src/rules/secrets/env-from-secret.ts
var ID24 = "secrets/env-from-secret";
var envFromSecretRule = {
  id: ID24,
  tier: "medium",
  title: "Secrets should be mounted as files, not injected as env vars",
  rationale: "Environment variables leak: they are inherited by every child process, printed by crash reporters, debug endpoints and `env` in a shell, and readable from /proc/<pid>/environ; a mounted Secret stays in one file with its own permissions and is updated in place on rotation.",
  remediation: "Mount the Secret as a volume (volumes[].secret, or a projected volume) with defaultMode 0400 and read the value from the file; most libraries accept a *_FILE variable that points at it."
};
function envFromSecretFindings(template) {
  const findings = [];
  for (const container of podContainers(template)) {
    const base = [...template.prefix, ...container.path];
    const who = `container ${quote(container.name)}`;
    asList(container.fields.env).forEach((entry, index) => {
      const variable = asObject(entry);
      const ref = asObject(asObject(variable?.valueFrom)?.secretKeyRef);
      if (!variable || !ref) return;
      findings.push({
        ruleId: ID24,
        object: template.object,
        path: [...base, "env", index, "valueFrom", "secretKeyRef"],
        message: `${who} reads key ${quote(asText(ref.key))} of Secret ${quote(asText(ref.name))} into env var ${quote(asText(variable.name))}`
      });
    });
    asList(container.fields.envFrom).forEach((entry, index) => {
      const ref = asObject(asObject(entry)?.secretRef);
      if (!ref) return;
      findings.push({
        ruleId: ID24,
        object: template.object,
        path: [...base, "envFrom", index, "secretRef"],
        message: `${who} injects every key of Secret ${quote(asText(ref.name))} as env vars`
      });
    });
  }
  return findings;
}

// src/rules/secrets/env-literal-credential.ts
var ID25 = "secrets/env-literal-credential";
var envLiteralCredentialRule = {
  id: ID25,
  tier: "medium",
  title: "Credentials must not be written as literal env values",
  rationale: "A credential written in a manifest is readable by everyone with access to the repository, its forks, CI logs and the rendered object (kubectl get -o yaml shows it to anyone who can read the workload), and it stays in git history after it is removed.",
  remediation: "Rotate the credential, move it to a Secret managed outside git (ExternalSecret, SealedSecret or SOPS) and mount it as a file, or at least reference it with env[].valueFrom.secretKeyRef."
};
var ONLY_REFERENCES = /^(?:\$\([A-Za-z_][A-Za-z0-9_.-]*\))+$/;
function literalCredentialFindings(template, isCredentialName) {
  const findings = [];
  for (const container of podContainers(template)) {
    asList(container.fields.env).forEach((entry, index) => {
      const variable = asObject(entry);
      const name = asText(variable?.name);
      if (!variable || !isCredentialName(name) || !isLiteral(variable.value)) return;
      findings.push({
        ruleId: ID25,
        object: template.object,
        path: [...template.prefix, ...container.path, "env", index, "value"],
        // the name only: the value must never reach any output
        message: `container ${quote(container.name)} sets credential-like env var ${quote(name)} to a literal value`
      });
    });
  }
  return findings;
}
function isLiteral(value) {
  if (!isSet(value)) return false;
  const text = asText(value);
  return text !== "" && !ONLY_REFERENCES.test(text);
}

// src/rules/secrets/family.ts
var secretsFamily = {
  rules: [envLiteralCredentialRule, committedSecretRule, envFromSecretRule],
  analyze(context, emit) {
    if (context.isEnabled(envLiteralCredentialRule.id)) {
      const isCredentialName = credentialNameMatcher(context.settings);
      for (const template of context.podTemplates)
        literalCredentialFindings(template, isCredentialName).forEach(emit);
    }
    if (context.isEnabled(committedSecretRule.id)) {
      for (const object of context.objects) committedSecretFindings(object).forEach(emit);
    }
    if (context.isEnabled(envFromSecretRule.id)) {
      for (const template of context.podTemplates) envFromSecretFindings(template).forEach(emit);
    }
  }
};

// src/rules/workload/context.ts
var DEFAULT_MIN_RUN_AS_USER = 1e3;
var COMPUTE_RESOURCES = ["cpu", "memory"];
function workloadContext(settings, objects) {
  const serviceAccounts = /* @__PURE__ */ new Map();
  const containerDefaults = /* @__PURE__ */ new Map();
  for (const object of objects) {
    const { apiVersion, kind } = object.value;
    if (apiVersion !== "v1") continue;
    if (kind === "ServiceAccount") serviceAccounts.set(objectKey(object, nameOf3(object)), object);
    else if (kind === "LimitRange") {
      const namespace = namespaceOf3(object);
      const defaults = containerDefaults.get(namespace) ?? { limits: /* @__PURE__ */ new Set(), requests: /* @__PURE__ */ new Set() };
      addLimitRangeDefaults(object, defaults);
      containerDefaults.set(namespace, defaults);
    }
  }
  return {
    minRunAsUser: settings.config.workload?.minRunAsUser ?? DEFAULT_MIN_RUN_AS_USER,
    serviceAccounts,
    containerDefaults
  };
}
function addLimitRangeDefaults(object, into) {
  const spec = isRecord(object.value.spec) ? object.value.spec : {};
  const items = Array.isArray(spec.limits) ? spec.limits : [];
  for (const item of items) {
    if (!isRecord(item) || item.type !== "Container") continue;
    const keys = (field) => isRecord(item[field]) ? Object.keys(item[field]) : [];
    const limits = /* @__PURE__ */ new Set([...keys("default"), ...keys("max")]);
    const requests = /* @__PURE__ */ new Set([...keys("defaultRequest"), ...limits, ...keys("min")]);
    limits.forEach((resource) => into.limits.add(resource));
    requests.forEach((resource) => into.requests.add(resource));
  }
}
function namespaceOf3(object) {
  const metadata = object.value.metadata;
  return isRecord(metadata) && typeof metadata.namespace === "string" ? metadata.namespace : "";
}
function nameOf3(object) {
  const metadata = object.value.metadata;
  return isRecord(metadata) && typeof metadata.name === "string" ? metadata.name : "";
}
function objectKey(object, name) {
  return `${namespaceOf3(object)}/${name}`;
}
function serviceAccountOf(template) {
  for (const field of ["serviceAccountName", "serviceAccount"]) {
    const value = template.spec[field];
    if (typeof value === "string" && value !== "") return { name: value, field };
  }
  return { name: "default", field: void 0 };
}

// src/rules/workload/automount-service-account-token.ts
var ID26 = "workload/automount-service-account-token";
var automountServiceAccountTokenRule = {
  info: {
    id: ID26,
    tier: "medium",
    title: "Pods must not mount a service account token they do not need",
    rationale: "Every pod gets an API token by default; an attacker who compromises any container reads it from /var/run/secrets and acts on the cluster with the ServiceAccount's permissions. Most applications never call the API.",
    remediation: "Set automountServiceAccountToken: false on the pod (or on its ServiceAccount); a pod that calls the API says automountServiceAccountToken: true explicitly, so the need is visible in review."
  },
  check(template, context) {
    const podValue = template.spec.automountServiceAccountToken;
    if (typeof podValue === "boolean") return [];
    const account = serviceAccountOf(template);
    const serviceAccount = context.serviceAccounts.get(objectKey(template.object, account.name));
    const accountValue = serviceAccount?.value.automountServiceAccountToken;
    if (typeof accountValue === "boolean") return [];
    const why = serviceAccount ? `neither the pod nor ServiceAccount ${quote(account.name)} sets automountServiceAccountToken` : `the pod does not set automountServiceAccountToken and ServiceAccount ${quote(account.name)} is not in the input`;
    const path3 = [...template.prefix, "spec", "automountServiceAccountToken"];
    return [
      {
        ruleId: ID26,
        object: template.object,
        path: path3,
        message: `pod mounts an API token by default: ${why}`,
        fix: { description: "set automountServiceAccountToken to false", set: [{ path: path3, value: false }] }
      }
    ];
  }
};

// src/rules/workload/default-service-account.ts
var ID27 = "workload/default-service-account";
var defaultServiceAccountRule = {
  info: {
    id: ID27,
    tier: "medium",
    title: "Pods must run as their own ServiceAccount, not the default one",
    rationale: "Every pod in a namespace that names no ServiceAccount shares `default`, so a permission granted to it for one application is granted to all of them, and RBAC cannot tell the workloads apart in bindings or audit logs.",
    remediation: "Create a ServiceAccount per workload (with automountServiceAccountToken: false unless it calls the API) and set spec.serviceAccountName to it."
  },
  check(template) {
    const account = serviceAccountOf(template);
    if (account.name !== "default") return [];
    const how = account.field === void 0 ? "by not setting serviceAccountName" : "explicitly";
    return [
      {
        ruleId: ID27,
        object: template.object,
        path: [...template.prefix, "spec", account.field ?? "serviceAccountName"],
        message: `pod uses the namespace's default ServiceAccount (${how})`
      }
    ];
  }
};

// src/rules/workload/read-only-root-filesystem.ts
var ID28 = "workload/read-only-root-filesystem";
var readOnlyRootFilesystemRule = {
  info: {
    id: ID28,
    tier: "low",
    title: "Containers must mount their root filesystem read-only",
    rationale: "A writable root filesystem lets an attacker who gets code execution drop tools, rewrite binaries or plant persistence inside the container; read-only turns most of those steps into errors and makes tampering visible.",
    remediation: "Set securityContext.readOnlyRootFilesystem: true on each container and mount an emptyDir where the application must write (/tmp, caches)."
  },
  check(template) {
    if (isWindowsPod(template)) return [];
    return podContainers(template).filter((container) => container.securityContext?.readOnlyRootFilesystem !== true).map((container) => {
      const path3 = [...template.prefix, ...container.path, "securityContext", "readOnlyRootFilesystem"];
      return {
        ruleId: ID28,
        object: template.object,
        path: path3,
        message: `container ${quote(container.name)} must set securityContext.readOnlyRootFilesystem: true`,
        fix: { description: "set readOnlyRootFilesystem to true", set: [{ path: path3, value: true }] }
      };
    });
  }
};

// src/rules/workload/resources.ts
function missingResourceFindings(ruleId, kind, template, context) {
  const defaults = context.containerDefaults.get(namespaceOf3(template.object));
  const podResources = asObject(template.spec.resources);
  const findings = [];
  for (const container of podContainers(template)) {
    if (container.list === "ephemeralContainers") continue;
    for (const resource of COMPUTE_RESOURCES) {
      if (hasResource(container, kind, resource)) continue;
      if (hasResource({ fields: { resources: podResources } }, kind, resource)) continue;
      if (defaults?.[kind].has(resource)) continue;
      findings.push({
        ruleId,
        object: template.object,
        path: [...template.prefix, ...container.path, "resources", kind, resource],
        message: `container ${quote(container.name)} sets no ${resource} ${kind === "requests" ? "request" : "limit"}`
      });
    }
  }
  return findings;
}
function hasResource(owner, kind, resource) {
  const resources2 = asObject(owner.fields.resources);
  const set2 = (list) => isSet(asObject(resources2?.[list])?.[resource]);
  return kind === "requests" ? set2("requests") || set2("limits") : set2("limits");
}

// src/rules/workload/resource-limits.ts
var ID29 = "workload/resource-limits";
var resourceLimitsRule = {
  info: {
    id: ID29,
    tier: "low",
    title: "Containers must set CPU and memory limits",
    rationale: "A container without limits can take all the memory and CPU of its node: a leak, a fork bomb or a cryptominer in one pod degrades or takes down every other pod there. Limits bound the blast radius.",
    remediation: "Set resources.limits.memory (and resources.limits.cpu, unless your policy deliberately leaves CPU unthrottled: then turn this rule off or exempt it) on each container, or give the namespace a LimitRange with default limits."
  },
  check(template, context) {
    return missingResourceFindings(ID29, "limits", template, context);
  }
};

// src/rules/workload/resource-requests.ts
var ID30 = "workload/resource-requests";
var resourceRequestsRule = {
  info: {
    id: ID30,
    tier: "low",
    title: "Containers must request CPU and memory",
    rationale: "Without requests the scheduler places the pod as if it needed nothing and the kubelet evicts it first under pressure (BestEffort), so one busy neighbour can starve or evict the workload.",
    remediation: "Set resources.requests.cpu and resources.requests.memory on each container to what it needs under normal load (or give the namespace a LimitRange with defaultRequest)."
  },
  check(template, context) {
    return missingResourceFindings(ID30, "requests", template, context);
  }
};

// src/rules/workload/run-as-user.ts
var ID31 = "workload/run-as-user";
var runAsUserRule = {
  info: {
    id: ID31,
    tier: "medium",
    title: "Containers must run as a UID at or above the configured minimum",
    rationale: "UIDs below the minimum belong to root and to the node's system accounts, so a process that breaks out of its container owns their files and processes on the host. A UID the manifest leaves unset comes from the image and changes with any rebuild.",
    remediation: "Set securityContext.runAsUser to a UID at or above workload.minRunAsUser (default 1000), on the pod for all containers or on each container, and build the image so that user can run it."
  },
  check(template, context) {
    if (isWindowsPod(template)) return [];
    const min = context.minRunAsUser;
    const findings = [];
    const inheriting = [];
    for (const container of podContainers(template)) {
      const uid = container.securityContext?.runAsUser;
      if (!isSet(uid)) {
        inheriting.push(container.name);
        continue;
      }
      const path3 = [...template.prefix, ...container.path, "securityContext", "runAsUser"];
      const problem = uidProblem(uid, min);
      if (problem)
        findings.push(finding(template, path3, `container ${quote(container.name)} ${problem}`, min));
    }
    if (inheriting.length === 0) return findings;
    const podUid = asObject(template.spec.securityContext)?.runAsUser;
    const podPath = [...template.prefix, "spec", "securityContext", "runAsUser"];
    const who = `${inheriting.length === 1 ? "container" : "containers"} ${quoteAll(inheriting)}`;
    if (!isSet(podUid)) {
      findings.unshift(
        finding(
          template,
          podPath,
          `${who} ${inheriting.length === 1 ? "runs" : "run"} as the image's user, which the manifest does not show: set securityContext.runAsUser to ${min} or above`,
          min
        )
      );
    } else {
      const problem = uidProblem(podUid, min);
      if (problem) findings.unshift(finding(template, podPath, `pod ${problem} (inherited by ${who})`, min));
    }
    return findings;
  }
};
function uidProblem(uid, min) {
  if (typeof uid !== "number" || !Number.isInteger(uid) || uid < 0) {
    return `sets securityContext.runAsUser to ${JSON.stringify(uid)}, which is not a UID`;
  }
  if (uid < min) return `runs as UID ${uid}, below the minimum of ${min}`;
  return void 0;
}
function finding(template, path3, message, min) {
  const fix = {
    description: `set runAsUser to ${min} (the image must be able to run as that UID)`,
    set: [{ path: path3, value: min }]
  };
  return { ruleId: ID31, object: template.object, path: path3, message, fix };
}

// src/rules/workload/family.ts
var POD_RULES = [
  runAsUserRule,
  readOnlyRootFilesystemRule,
  automountServiceAccountTokenRule,
  defaultServiceAccountRule,
  resourceRequestsRule,
  resourceLimitsRule
];
var workloadFamily = {
  rules: POD_RULES.map((rule) => rule.info),
  analyze(context, emit) {
    const rules2 = POD_RULES.filter((rule) => context.isEnabled(rule.info.id));
    if (rules2.length === 0) return;
    const workload = workloadContext(context.settings, context.objects);
    for (const template of context.podTemplates) {
      for (const rule of rules2) rule.check(template, workload).forEach(emit);
    }
  }
};

// src/scan/rule.ts
var imageVulnerabilityRule = {
  id: "image/vulnerability",
  tier: "high",
  title: "Deployed images must not carry known vulnerabilities",
  rationale: "A known vulnerability in a deployed image is an exploit that is already published; images that were clean at merge time pick up new CVEs every day, so a cluster running them is exposed until they are rebuilt.",
  remediation: "Move to an image with the fixed package versions (rebuild on a patched base image, or bump the tag and digest); when the vulnerable code cannot be reached, record that in the CVE ignore file with a reason and an expiry date."
};
var imageVulnerabilityFamily = {
  rules: [imageVulnerabilityRule],
  analyze() {
  }
};

// src/rules/catalogue.ts
var RULE_FAMILIES = [
  pssFamily,
  workloadFamily,
  imagesFamily,
  secretsFamily,
  namespacesFamily,
  netpolFamily,
  rbacFamily,
  encryptionFamily,
  runtimeFamily,
  imageVulnerabilityFamily,
  clusterFamily
];
function ruleCatalogue() {
  return RULE_FAMILIES.flatMap((family) => family.rules);
}

// src/gate/exemptions.ts
var INLINE_EXEMPTION_PREFIX = "kubegate.io/exempt.";
function inlineExemptions(object) {
  const found = /* @__PURE__ */ new Map();
  const metadata = isRecord(object.metadata) ? object.metadata : void 0;
  const annotations = metadata && isRecord(metadata.annotations) ? metadata.annotations : {};
  for (const [key2, value] of Object.entries(annotations)) {
    if (!key2.startsWith(INLINE_EXEMPTION_PREFIX) || typeof value !== "string") continue;
    const written = key2.slice(INLINE_EXEMPTION_PREFIX.length);
    const ruleId = written.includes("/") ? written : written.replace(".", "/");
    found.set(ruleId, value.trim());
  }
  return found;
}
function applyExemptions(findings, inlineByResource, policy) {
  const compiled = policy.exemptions.map((exemption) => ({
    exemption,
    rule: globToRegExp(exemption.rule),
    kind: globToRegExp(exemption.resource?.kind ?? "*"),
    namespace: globToRegExp(exemption.resource?.namespace ?? "*"),
    name: globToRegExp(exemption.resource?.name ?? "*")
  }));
  return findings.map((finding2) => {
    const configured = compiled.find(
      (entry) => entry.rule.test(finding2.ruleId) && entry.kind.test(finding2.resource.kind) && entry.namespace.test(finding2.resource.namespace ?? "") && entry.name.test(finding2.resource.name)
    );
    let exemption;
    if (configured) {
      const { reason, owner, expires } = configured.exemption;
      const expired = expires !== void 0 && expires < policy.today;
      exemption = {
        source: "config",
        reason,
        ...owner !== void 0 ? { owner } : {},
        ...expires !== void 0 ? { expires } : {},
        state: expired ? "expired" : "active"
      };
    } else {
      const reason = inlineByResource.get(resourceKey(finding2))?.get(finding2.ruleId);
      if (reason !== void 0 && reason !== "") {
        exemption = { source: "annotation", reason, state: policy.allowInline ? "active" : "refused" };
      }
    }
    return exemption ? { ...finding2, exemption } : finding2;
  });
}
function resourceKey(finding2) {
  const { kind, namespace, name } = finding2.resource;
  return `${kind}/${namespace ?? ""}/${name}`;
}
function todayUtc(now = /* @__PURE__ */ new Date()) {
  return now.toISOString().slice(0, 10);
}

// src/baseline/fingerprint.ts
import crypto from "node:crypto";
function fingerprint(ruleId, resource, path3) {
  const identity = `${ruleId}\0${resource.kind}\0${resource.namespace ?? ""}\0${resource.name}\0${path3}`;
  return sha256Hex(identity).slice(0, 32);
}
var sha256Hex = typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");

// src/rules/engine.ts
function effectiveRules(settings) {
  const selected = settings.onlyRules ? compileGlobs(settings.onlyRules) : () => true;
  const overrides = settings.ruleOverrides.map((override) => ({
    ...override,
    pattern: globToRegExp(override.match)
  }));
  const rules2 = /* @__PURE__ */ new Map();
  for (const family of RULE_FAMILIES) {
    for (const rule of family.rules) {
      let tier = rule.tier;
      let enabled = selected(rule.id);
      for (const override of overrides) {
        if (!override.pattern.test(rule.id)) continue;
        if (override.tier) tier = override.tier;
        if (override.enabled !== void 0) enabled = enabled && override.enabled;
      }
      rules2.set(rule.id, { ...rule, tier, enabled });
    }
  }
  return rules2;
}
function analyzeAll(objects, settings, documents = []) {
  const rules2 = effectiveRules(settings);
  const errors = [];
  const context = {
    objects,
    documents,
    podTemplates: podTemplates(objects),
    settings,
    isEnabled: (ruleId) => rules2.get(ruleId)?.enabled ?? false,
    reportError(source, path3, message) {
      const { line, column } = source.locate(path3);
      const error = { file: source.file, line, column, message };
      const key2 = JSON.stringify(error);
      if (!errors.some((known) => JSON.stringify(known) === key2)) errors.push(error);
    }
  };
  const findings = [];
  const emit = (raw) => {
    const rule = rules2.get(raw.ruleId);
    if (!rule) throw new Error(`rule ${raw.ruleId} emitted a finding but is not in the catalogue`);
    if (!rule.enabled) return;
    findings.push(toFinding(raw, rule));
  };
  for (const family of RULE_FAMILIES) family.analyze(context, emit);
  return { findings: sortFindings(findings), errors };
}
function toFinding(raw, rule) {
  const resource = resourceOf(raw.object);
  const path3 = formatPath(raw.path);
  const located = raw.object.locate(raw.path);
  const { line, column } = located;
  const file = located.file ?? raw.object.file;
  return {
    ruleId: raw.ruleId,
    tier: rule.tier,
    title: rule.title,
    message: raw.message,
    resource,
    location: { file, line, column },
    path: path3,
    fingerprint: fingerprint(raw.ruleId, resource, path3),
    status: "new",
    ...raw.fix ? { fix: raw.fix } : {}
  };
}
var resources = /* @__PURE__ */ new WeakMap();
function resourceOf(source) {
  let resource = resources.get(source);
  if (!resource) {
    resource = isKubeObject(source.value) ? resourceRef(source.value) : { apiVersion: "", kind: "File", name: `${source.file}#${source.documentIndex}` };
    resources.set(source, resource);
  }
  return resource;
}
function compareFindings(a, b) {
  return compareText2(a.location.file, b.location.file) || compareInFile(a, b);
}
function sortFindings(findings) {
  const files = [...new Set(findings.map((finding2) => finding2.location.file))].sort(compareText2);
  const rank = new Map(files.map((file, index) => [file, index]));
  return findings.map((finding2) => ({ finding: finding2, file: rank.get(finding2.location.file) })).sort((a, b) => a.file - b.file || compareInFile(a.finding, b.finding)).map(({ finding: finding2 }) => finding2);
}
function compareInFile(a, b) {
  return a.location.line - b.location.line || a.location.column - b.location.column || compareText2(a.ruleId, b.ruleId) || compareText2(a.message, b.message);
}
function compareText2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  __require,
  __commonJS,
  __toESM,
  isRecord,
  isKubeObject,
  resourceRef,
  apiGroup,
  isAuditPolicyObject,
  readAuditPolicy,
  evaluateAuditPolicy,
  yaml,
  YamlSourceError,
  parseYamlFile,
  loadSources,
  isManifestName,
  isSkippedFolder,
  workingTree,
  parseManifests,
  relativeName,
  resourceLabel,
  globToRegExp,
  formatPath,
  ACTIVITY_PROBES,
  RBAC_CHANGE_PROBES,
  SECRET_PAYLOAD_PROBES,
  LATEST_PSS_VERSION,
  parsePssVersion,
  fingerprint,
  podTemplateOf,
  podTemplates,
  parseImageReference,
  repositoryName,
  formatImageReference,
  imageSites,
  Conn,
  readNetpolInput,
  Reachability,
  netpolOptionsFromConfig,
  endpointText,
  endpointJson,
  compareConnections,
  connectionLine,
  atomEdges,
  mergeExternalAtoms,
  workloadConnections,
  withRange,
  PSA_ENFORCE_LABEL,
  PSA_ENFORCE_VERSION_LABEL,
  namespacePodSecurity,
  evaluatePodSecurity,
  resourceRequest,
  nonResourceRequest,
  impersonatedUser,
  describeSubject,
  describeRole,
  describeBinding,
  RbacGraph,
  authorize,
  whoCan,
  accessList,
  formatAccessTable,
  permissionDiff,
  describeGrantPath,
  credentialNameMatcher,
  imageVulnerabilityRule,
  RULE_FAMILIES,
  ruleCatalogue,
  effectiveRules,
  analyzeAll,
  compareFindings,
  sortFindings,
  inlineExemptions,
  applyExemptions,
  resourceKey,
  todayUtc
};
