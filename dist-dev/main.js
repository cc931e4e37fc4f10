import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);
import {
  COLLECTIONS,
  SCHEMA_VERSION,
  StoreCorruptError,
  StoreVersionError,
  StoreWriteError,
  emptyData,
  migrate
} from "./chunk-SQKNEANB.js";
import {
  allowed,
  canActInMunicipality,
  canSeeGroup,
  groupsVisibleTo,
  isNationalCoordinator,
  parseCommand,
  sameMunicipality,
  scopeOf,
  standingOf
} from "./chunk-XV4LKRTR.js";
import {
  MEMBER_ROLES,
  TEMPLATE_PARAM_MAX,
  YamlSyntaxError,
  chatKey,
  contactKey,
  createInviteLinks,
  external_exports,
  groupChatAddress,
  identityKey,
  memberAddress,
  memberByIdentity,
  notifyMember,
  parseYamlStrict,
  require_prom_client,
  windowOpen
} from "./chunk-KP37LHU7.js";
import {
  PROJECT_ROOT,
  projectPath
} from "./chunk-SQLEIYKA.js";
import {
  DateTime,
  DeliveryError,
  FlowEngine,
  HttpServer,
  LOCALES,
  SOURCE_LOCALE,
  addDays,
  asciiDigits,
  conversationKey,
  createTranslator,
  currentLogContext,
  formatDay,
  formatShortWhen,
  formatWhen,
  inZone,
  isoDate,
  localDate,
  localTime,
  localWeekday,
  normalizeWord,
  parseDay,
  parseWhen,
  readBody,
  secretMatches,
  sendJson,
  sendText,
  updateId,
  wallClockInstant,
  withLogContext,
  zonedInstant
} from "./chunk-6FRNQZJ4.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-VH277FUG.js";

// ../../main/node_modules/pino-std-serializers/lib/err-helpers.js
var require_err_helpers = __commonJS({
  "../../main/node_modules/pino-std-serializers/lib/err-helpers.js"(exports, module) {
    "use strict";
    var isErrorLike = (err) => {
      return err && typeof err.message === "string";
    };
    var getErrorCause = (err) => {
      if (!err) return;
      const cause = err.cause;
      if (typeof cause === "function") {
        const causeResult = err.cause();
        return isErrorLike(causeResult) ? causeResult : void 0;
      } else {
        return isErrorLike(cause) ? cause : void 0;
      }
    };
    var _stackWithCauses = (err, seen) => {
      if (!isErrorLike(err)) return "";
      const stack = err.stack || "";
      if (seen.has(err)) {
        return stack + "\ncauses have become circular...";
      }
      const cause = getErrorCause(err);
      if (cause) {
        seen.add(err);
        return stack + "\ncaused by: " + _stackWithCauses(cause, seen);
      } else {
        return stack;
      }
    };
    var stackWithCauses = (err) => _stackWithCauses(err, /* @__PURE__ */ new Set());
    var _messageWithCauses = (err, seen, skip2) => {
      if (!isErrorLike(err)) return "";
      const message = skip2 ? "" : err.message || "";
      if (seen.has(err)) {
        return message + ": ...";
      }
      const cause = getErrorCause(err);
      if (cause) {
        seen.add(err);
        const skipIfVErrorStyleCause = typeof err.cause === "function";
        return message + (skipIfVErrorStyleCause ? "" : ": ") + _messageWithCauses(cause, seen, skipIfVErrorStyleCause);
      } else {
        return message;
      }
    };
    var messageWithCauses = (err) => _messageWithCauses(err, /* @__PURE__ */ new Set());
    module.exports = {
      isErrorLike,
      getErrorCause,
      stackWithCauses,
      messageWithCauses
    };
  }
});

// ../../main/node_modules/pino-std-serializers/lib/err-proto.js
var require_err_proto = __commonJS({
  "../../main/node_modules/pino-std-serializers/lib/err-proto.js"(exports, module) {
    "use strict";
    var seen = /* @__PURE__ */ Symbol("circular-ref-tag");
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-err-ref");
    var pinoErrProto = Object.create({}, {
      type: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      message: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      stack: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      aggregateErrors: {
        enumerable: true,
        writable: true,
        value: void 0
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoErrProto, rawSymbol, {
      writable: true,
      value: {}
    });
    module.exports = {
      pinoErrProto,
      pinoErrorSymbols: {
        seen,
        rawSymbol
      }
    };
  }
});

// ../../main/node_modules/pino-std-serializers/lib/err.js
var require_err = __commonJS({
  "../../main/node_modules/pino-std-serializers/lib/err.js"(exports, module) {
    "use strict";
    module.exports = errSerializer;
    var { messageWithCauses, stackWithCauses, isErrorLike } = require_err_helpers();
    var { pinoErrProto, pinoErrorSymbols } = require_err_proto();
    var { seen } = pinoErrorSymbols;
    var { toString } = Object.prototype;
    function errSerializer(err) {
      if (!isErrorLike(err)) {
        return err;
      }
      err[seen] = void 0;
      const _err = Object.create(pinoErrProto);
      _err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
      _err.message = messageWithCauses(err);
      _err.stack = stackWithCauses(err);
      if (Array.isArray(err.errors)) {
        _err.aggregateErrors = err.errors.map((err2) => errSerializer(err2));
      }
      for (const key in err) {
        if (_err[key] === void 0) {
          const val = err[key];
          if (isErrorLike(val)) {
            if (key !== "cause" && !Object.prototype.hasOwnProperty.call(val, seen)) {
              _err[key] = errSerializer(val);
            }
          } else {
            _err[key] = val;
          }
        }
      }
      delete err[seen];
      _err.raw = err;
      return _err;
    }
  }
});

// ../../main/node_modules/pino-std-serializers/lib/err-with-cause.js
var require_err_with_cause = __commonJS({
  "../../main/node_modules/pino-std-serializers/lib/err-with-cause.js"(exports, module) {
    "use strict";
    module.exports = errWithCauseSerializer;
    var { isErrorLike } = require_err_helpers();
    var { pinoErrProto, pinoErrorSymbols } = require_err_proto();
    var { seen } = pinoErrorSymbols;
    var { toString } = Object.prototype;
    function errWithCauseSerializer(err) {
      if (!isErrorLike(err)) {
        return err;
      }
      err[seen] = void 0;
      const _err = Object.create(pinoErrProto);
      _err.type = toString.call(err.constructor) === "[object Function]" ? err.constructor.name : err.name;
      _err.message = err.message;
      _err.stack = err.stack;
      if (Array.isArray(err.errors)) {
        _err.aggregateErrors = err.errors.map((err2) => errWithCauseSerializer(err2));
      }
      if (isErrorLike(err.cause) && !Object.prototype.hasOwnProperty.call(err.cause, seen)) {
        _err.cause = errWithCauseSerializer(err.cause);
      }
      for (const key in err) {
        if (_err[key] === void 0) {
          const val = err[key];
          if (isErrorLike(val)) {
            if (!Object.prototype.hasOwnProperty.call(val, seen)) {
              _err[key] = errWithCauseSerializer(val);
            }
          } else {
            _err[key] = val;
          }
        }
      }
      delete err[seen];
      _err.raw = err;
      return _err;
    }
  }
});

// ../../main/node_modules/pino-std-serializers/lib/req.js
var require_req = __commonJS({
  "../../main/node_modules/pino-std-serializers/lib/req.js"(exports, module) {
    "use strict";
    module.exports = {
      mapHttpRequest,
      reqSerializer
    };
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-req-ref");
    var pinoReqProto = Object.create({}, {
      id: {
        enumerable: true,
        writable: true,
        value: ""
      },
      method: {
        enumerable: true,
        writable: true,
        value: ""
      },
      url: {
        enumerable: true,
        writable: true,
        value: ""
      },
      query: {
        enumerable: true,
        writable: true,
        value: ""
      },
      params: {
        enumerable: true,
        writable: true,
        value: ""
      },
      headers: {
        enumerable: true,
        writable: true,
        value: {}
      },
      remoteAddress: {
        enumerable: true,
        writable: true,
        value: ""
      },
      remotePort: {
        enumerable: true,
        writable: true,
        value: ""
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoReqProto, rawSymbol, {
      writable: true,
      value: {}
    });
    function reqSerializer(req) {
      const connection = req.info || req.socket;
      const _req = Object.create(pinoReqProto);
      _req.id = typeof req.id === "function" ? req.id() : req.id || (req.info ? req.info.id : void 0);
      _req.method = req.method;
      if (req.originalUrl) {
        _req.url = req.originalUrl;
      } else {
        const path13 = req.path;
        _req.url = typeof path13 === "string" ? path13 : req.url ? req.url.path || req.url : void 0;
      }
      if (req.query) {
        _req.query = req.query;
      }
      if (req.params) {
        _req.params = req.params;
      }
      _req.headers = req.headers;
      _req.remoteAddress = connection && connection.remoteAddress;
      _req.remotePort = connection && connection.remotePort;
      _req.raw = req.raw || req;
      return _req;
    }
    function mapHttpRequest(req) {
      return {
        req: reqSerializer(req)
      };
    }
  }
});

// ../../main/node_modules/pino-std-serializers/lib/res.js
var require_res = __commonJS({
  "../../main/node_modules/pino-std-serializers/lib/res.js"(exports, module) {
    "use strict";
    module.exports = {
      mapHttpResponse,
      resSerializer
    };
    var rawSymbol = /* @__PURE__ */ Symbol("pino-raw-res-ref");
    var pinoResProto = Object.create({}, {
      statusCode: {
        enumerable: true,
        writable: true,
        value: 0
      },
      headers: {
        enumerable: true,
        writable: true,
        value: ""
      },
      raw: {
        enumerable: false,
        get: function() {
          return this[rawSymbol];
        },
        set: function(val) {
          this[rawSymbol] = val;
        }
      }
    });
    Object.defineProperty(pinoResProto, rawSymbol, {
      writable: true,
      value: {}
    });
    function resSerializer(res) {
      const _res = Object.create(pinoResProto);
      _res.statusCode = res.headersSent ? res.statusCode : null;
      _res.headers = res.getHeaders ? res.getHeaders() : res._headers;
      _res.raw = res;
      return _res;
    }
    function mapHttpResponse(res) {
      return {
        res: resSerializer(res)
      };
    }
  }
});

// ../../main/node_modules/pino-std-serializers/index.js
var require_pino_std_serializers = __commonJS({
  "../../main/node_modules/pino-std-serializers/index.js"(exports, module) {
    "use strict";
    var errSerializer = require_err();
    var errWithCauseSerializer = require_err_with_cause();
    var reqSerializers = require_req();
    var resSerializers = require_res();
    module.exports = {
      err: errSerializer,
      errWithCause: errWithCauseSerializer,
      mapHttpRequest: reqSerializers.mapHttpRequest,
      mapHttpResponse: resSerializers.mapHttpResponse,
      req: reqSerializers.reqSerializer,
      res: resSerializers.resSerializer,
      wrapErrorSerializer: function wrapErrorSerializer(customSerializer) {
        if (customSerializer === errSerializer) return customSerializer;
        return function wrapErrSerializer(err) {
          return customSerializer(errSerializer(err));
        };
      },
      wrapRequestSerializer: function wrapRequestSerializer(customSerializer) {
        if (customSerializer === reqSerializers.reqSerializer) return customSerializer;
        return function wrappedReqSerializer(req) {
          return customSerializer(reqSerializers.reqSerializer(req));
        };
      },
      wrapResponseSerializer: function wrapResponseSerializer(customSerializer) {
        if (customSerializer === resSerializers.resSerializer) return customSerializer;
        return function wrappedResSerializer(res) {
          return customSerializer(resSerializers.resSerializer(res));
        };
      }
    };
  }
});

// ../../main/node_modules/pino/lib/caller.js
var require_caller = __commonJS({
  "../../main/node_modules/pino/lib/caller.js"(exports, module) {
    "use strict";
    var util = __require("node:util");
    var getCallSites = util.getCallSites ?? util.getCallSite;
    function noOpPrepareStackTrace(_2, stack) {
      return stack;
    }
    module.exports = function getCallers() {
      if (getCallSites) {
        return getCallSites().slice(2).map((callSite) => callSite.scriptName);
      }
      const originalPrepare = Error.prepareStackTrace;
      Error.prepareStackTrace = noOpPrepareStackTrace;
      const stack = new Error().stack;
      Error.prepareStackTrace = originalPrepare;
      if (!Array.isArray(stack)) {
        return void 0;
      }
      const entries = stack.slice(2);
      const fileNames = [];
      for (const entry of entries) {
        if (!entry) {
          continue;
        }
        fileNames.push(entry.getFileName());
      }
      return fileNames;
    };
  }
});

// ../../main/node_modules/@pinojs/redact/index.js
var require_redact = __commonJS({
  "../../main/node_modules/@pinojs/redact/index.js"(exports, module) {
    "use strict";
    function deepClone(obj) {
      if (obj === null || typeof obj !== "object") {
        return obj;
      }
      if (obj instanceof Date) {
        return new Date(obj.getTime());
      }
      if (obj instanceof Array) {
        const cloned = [];
        for (let i2 = 0; i2 < obj.length; i2++) {
          cloned[i2] = deepClone(obj[i2]);
        }
        return cloned;
      }
      if (typeof obj === "object") {
        const cloned = Object.create(Object.getPrototypeOf(obj));
        for (const key in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key)) {
            cloned[key] = deepClone(obj[key]);
          }
        }
        return cloned;
      }
      return obj;
    }
    function parsePath(path13) {
      const parts = [];
      let current = "";
      let inBrackets = false;
      let inQuotes = false;
      let quoteChar = "";
      for (let i2 = 0; i2 < path13.length; i2++) {
        const char = path13[i2];
        if (!inBrackets && char === ".") {
          if (current) {
            parts.push(current);
            current = "";
          }
        } else if (char === "[") {
          if (current) {
            parts.push(current);
            current = "";
          }
          inBrackets = true;
        } else if (char === "]" && inBrackets) {
          parts.push(current);
          current = "";
          inBrackets = false;
          inQuotes = false;
        } else if ((char === '"' || char === "'") && inBrackets) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          } else {
            current += char;
          }
        } else {
          current += char;
        }
      }
      if (current) {
        parts.push(current);
      }
      return parts;
    }
    function setValue(obj, parts, value) {
      let current = obj;
      for (let i2 = 0; i2 < parts.length - 1; i2++) {
        const key = parts[i2];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i2 = 0; i2 < current.length; i2++) {
            current[i2] = value;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              current[key] = value;
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          current[lastKey] = value;
        }
      }
      return true;
    }
    function removeKey(obj, parts) {
      let current = obj;
      for (let i2 = 0; i2 < parts.length - 1; i2++) {
        const key = parts[i2];
        if (typeof current !== "object" || current === null || !(key in current)) {
          return false;
        }
        if (typeof current[key] !== "object" || current[key] === null) {
          return false;
        }
        current = current[key];
      }
      const lastKey = parts[parts.length - 1];
      if (lastKey === "*") {
        if (Array.isArray(current)) {
          for (let i2 = 0; i2 < current.length; i2++) {
            current[i2] = void 0;
          }
        } else if (typeof current === "object" && current !== null) {
          for (const key in current) {
            if (Object.prototype.hasOwnProperty.call(current, key)) {
              delete current[key];
            }
          }
        }
      } else {
        if (typeof current === "object" && current !== null && lastKey in current && Object.prototype.hasOwnProperty.call(current, lastKey)) {
          delete current[lastKey];
        }
      }
      return true;
    }
    var PATH_NOT_FOUND = /* @__PURE__ */ Symbol("PATH_NOT_FOUND");
    function getValueIfExists(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return PATH_NOT_FOUND;
        }
        if (typeof current !== "object" || current === null) {
          return PATH_NOT_FOUND;
        }
        if (!(part in current)) {
          return PATH_NOT_FOUND;
        }
        current = current[part];
      }
      return current;
    }
    function getValue(obj, parts) {
      let current = obj;
      for (const part of parts) {
        if (current === null || current === void 0) {
          return void 0;
        }
        if (typeof current !== "object" || current === null) {
          return void 0;
        }
        current = current[part];
      }
      return current;
    }
    function redactPaths(obj, paths, censor, remove = false) {
      for (const path13 of paths) {
        const parts = parsePath(path13);
        if (parts.includes("*")) {
          redactWildcardPath(obj, parts, censor, path13, remove);
        } else {
          if (remove) {
            removeKey(obj, parts);
          } else {
            const value = getValueIfExists(obj, parts);
            if (value === PATH_NOT_FOUND) {
              continue;
            }
            const actualCensor = typeof censor === "function" ? censor(value, parts) : censor;
            setValue(obj, parts, actualCensor);
          }
        }
      }
    }
    function redactWildcardPath(obj, parts, censor, originalPath, remove = false) {
      const wildcardIndex = parts.indexOf("*");
      if (wildcardIndex === parts.length - 1) {
        const parentParts = parts.slice(0, -1);
        let current = obj;
        for (const part of parentParts) {
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
        }
        if (Array.isArray(current)) {
          if (remove) {
            for (let i2 = 0; i2 < current.length; i2++) {
              current[i2] = void 0;
            }
          } else {
            for (let i2 = 0; i2 < current.length; i2++) {
              const indexPath = [...parentParts, i2.toString()];
              const actualCensor = typeof censor === "function" ? censor(current[i2], indexPath) : censor;
              current[i2] = actualCensor;
            }
          }
        } else if (typeof current === "object" && current !== null) {
          if (remove) {
            const keysToDelete = [];
            for (const key in current) {
              if (Object.prototype.hasOwnProperty.call(current, key)) {
                keysToDelete.push(key);
              }
            }
            for (const key of keysToDelete) {
              delete current[key];
            }
          } else {
            for (const key in current) {
              const keyPath = [...parentParts, key];
              const actualCensor = typeof censor === "function" ? censor(current[key], keyPath) : censor;
              current[key] = actualCensor;
            }
          }
        }
      } else {
        redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove);
      }
    }
    function redactIntermediateWildcard(obj, parts, censor, wildcardIndex, originalPath, remove = false) {
      const beforeWildcard = parts.slice(0, wildcardIndex);
      const afterWildcard = parts.slice(wildcardIndex + 1);
      const pathArray = [];
      function traverse(current, pathLength) {
        if (pathLength === beforeWildcard.length) {
          if (Array.isArray(current)) {
            for (let i2 = 0; i2 < current.length; i2++) {
              pathArray[pathLength] = i2.toString();
              traverse(current[i2], pathLength + 1);
            }
          } else if (typeof current === "object" && current !== null) {
            for (const key in current) {
              pathArray[pathLength] = key;
              traverse(current[key], pathLength + 1);
            }
          }
        } else if (pathLength < beforeWildcard.length) {
          const nextKey = beforeWildcard[pathLength];
          if (current && typeof current === "object" && current !== null && nextKey in current) {
            pathArray[pathLength] = nextKey;
            traverse(current[nextKey], pathLength + 1);
          }
        } else {
          if (afterWildcard.includes("*")) {
            const wrappedCensor = typeof censor === "function" ? (value, path13) => {
              const fullPath = [...pathArray.slice(0, pathLength), ...path13];
              return censor(value, fullPath);
            } : censor;
            redactWildcardPath(current, afterWildcard, wrappedCensor, originalPath, remove);
          } else {
            if (remove) {
              removeKey(current, afterWildcard);
            } else {
              const actualCensor = typeof censor === "function" ? censor(getValue(current, afterWildcard), [...pathArray.slice(0, pathLength), ...afterWildcard]) : censor;
              setValue(current, afterWildcard, actualCensor);
            }
          }
        }
      }
      if (beforeWildcard.length === 0) {
        traverse(obj, 0);
      } else {
        let current = obj;
        for (let i2 = 0; i2 < beforeWildcard.length; i2++) {
          const part = beforeWildcard[i2];
          if (current === null || current === void 0) return;
          if (typeof current !== "object" || current === null) return;
          current = current[part];
          pathArray[i2] = part;
        }
        if (current !== null && current !== void 0) {
          traverse(current, beforeWildcard.length);
        }
      }
    }
    function buildPathStructure(pathsToClone) {
      if (pathsToClone.length === 0) {
        return null;
      }
      const pathStructure = /* @__PURE__ */ new Map();
      for (const path13 of pathsToClone) {
        const parts = parsePath(path13);
        let current = pathStructure;
        for (let i2 = 0; i2 < parts.length; i2++) {
          const part = parts[i2];
          if (!current.has(part)) {
            current.set(part, /* @__PURE__ */ new Map());
          }
          current = current.get(part);
        }
      }
      return pathStructure;
    }
    function selectiveClone(obj, pathStructure) {
      if (!pathStructure) {
        return obj;
      }
      function cloneSelectively(source, pathMap, depth = 0) {
        if (!pathMap || pathMap.size === 0) {
          return source;
        }
        if (source === null || typeof source !== "object") {
          return source;
        }
        if (source instanceof Date) {
          return new Date(source.getTime());
        }
        if (Array.isArray(source)) {
          const cloned2 = [];
          for (let i2 = 0; i2 < source.length; i2++) {
            const indexStr = i2.toString();
            if (pathMap.has(indexStr) || pathMap.has("*")) {
              cloned2[i2] = cloneSelectively(source[i2], pathMap.get(indexStr) || pathMap.get("*"));
            } else {
              cloned2[i2] = source[i2];
            }
          }
          return cloned2;
        }
        const cloned = Object.create(Object.getPrototypeOf(source));
        for (const key in source) {
          if (Object.prototype.hasOwnProperty.call(source, key)) {
            if (pathMap.has(key) || pathMap.has("*")) {
              cloned[key] = cloneSelectively(source[key], pathMap.get(key) || pathMap.get("*"));
            } else {
              cloned[key] = source[key];
            }
          }
        }
        return cloned;
      }
      return cloneSelectively(obj, pathStructure);
    }
    function validatePath(path13) {
      if (typeof path13 !== "string") {
        throw new Error("Paths must be (non-empty) strings");
      }
      if (path13 === "") {
        throw new Error("Invalid redaction path ()");
      }
      if (path13.includes("..")) {
        throw new Error(`Invalid redaction path (${path13})`);
      }
      if (path13.includes(",")) {
        throw new Error(`Invalid redaction path (${path13})`);
      }
      let bracketCount = 0;
      let inQuotes = false;
      let quoteChar = "";
      for (let i2 = 0; i2 < path13.length; i2++) {
        const char = path13[i2];
        if ((char === '"' || char === "'") && bracketCount > 0) {
          if (!inQuotes) {
            inQuotes = true;
            quoteChar = char;
          } else if (char === quoteChar) {
            inQuotes = false;
            quoteChar = "";
          }
        } else if (char === "[" && !inQuotes) {
          bracketCount++;
        } else if (char === "]" && !inQuotes) {
          bracketCount--;
          if (bracketCount < 0) {
            throw new Error(`Invalid redaction path (${path13})`);
          }
        }
      }
      if (bracketCount !== 0) {
        throw new Error(`Invalid redaction path (${path13})`);
      }
    }
    function validatePaths(paths) {
      if (!Array.isArray(paths)) {
        throw new TypeError("paths must be an array");
      }
      for (const path13 of paths) {
        validatePath(path13);
      }
    }
    function slowRedact(options = {}) {
      const {
        paths = [],
        censor = "[REDACTED]",
        serialize = JSON.stringify,
        strict = true,
        remove = false
      } = options;
      validatePaths(paths);
      const pathStructure = buildPathStructure(paths);
      return function redact(obj) {
        if (strict && (obj === null || typeof obj !== "object")) {
          if (obj === null || obj === void 0) {
            return serialize ? serialize(obj) : obj;
          }
          if (typeof obj !== "object") {
            return serialize ? serialize(obj) : obj;
          }
        }
        const cloned = selectiveClone(obj, pathStructure);
        const original = obj;
        let actualCensor = censor;
        if (typeof censor === "function") {
          actualCensor = censor;
        }
        redactPaths(cloned, paths, actualCensor, remove);
        if (serialize === false) {
          cloned.restore = function() {
            return deepClone(original);
          };
          return cloned;
        }
        if (typeof serialize === "function") {
          return serialize(cloned);
        }
        return JSON.stringify(cloned);
      };
    }
    module.exports = slowRedact;
  }
});

// ../../main/node_modules/pino/lib/symbols.js
var require_symbols = __commonJS({
  "../../main/node_modules/pino/lib/symbols.js"(exports, module) {
    "use strict";
    var setLevelSym = /* @__PURE__ */ Symbol("pino.setLevel");
    var getLevelSym = /* @__PURE__ */ Symbol("pino.getLevel");
    var levelValSym = /* @__PURE__ */ Symbol("pino.levelVal");
    var levelCompSym = /* @__PURE__ */ Symbol("pino.levelComp");
    var useLevelLabelsSym = /* @__PURE__ */ Symbol("pino.useLevelLabels");
    var useOnlyCustomLevelsSym = /* @__PURE__ */ Symbol("pino.useOnlyCustomLevels");
    var mixinSym = /* @__PURE__ */ Symbol("pino.mixin");
    var lsCacheSym = /* @__PURE__ */ Symbol("pino.lsCache");
    var chindingsSym = /* @__PURE__ */ Symbol("pino.chindings");
    var asJsonSym = /* @__PURE__ */ Symbol("pino.asJson");
    var writeSym = /* @__PURE__ */ Symbol("pino.write");
    var redactFmtSym = /* @__PURE__ */ Symbol("pino.redactFmt");
    var timeSym = /* @__PURE__ */ Symbol("pino.time");
    var timeSliceIndexSym = /* @__PURE__ */ Symbol("pino.timeSliceIndex");
    var streamSym = /* @__PURE__ */ Symbol("pino.stream");
    var stringifySym = /* @__PURE__ */ Symbol("pino.stringify");
    var stringifySafeSym = /* @__PURE__ */ Symbol("pino.stringifySafe");
    var stringifiersSym = /* @__PURE__ */ Symbol("pino.stringifiers");
    var endSym = /* @__PURE__ */ Symbol("pino.end");
    var formatOptsSym = /* @__PURE__ */ Symbol("pino.formatOpts");
    var messageKeySym = /* @__PURE__ */ Symbol("pino.messageKey");
    var errorKeySym = /* @__PURE__ */ Symbol("pino.errorKey");
    var nestedKeySym = /* @__PURE__ */ Symbol("pino.nestedKey");
    var nestedKeyStrSym = /* @__PURE__ */ Symbol("pino.nestedKeyStr");
    var mixinMergeStrategySym = /* @__PURE__ */ Symbol("pino.mixinMergeStrategy");
    var msgPrefixSym = /* @__PURE__ */ Symbol("pino.msgPrefix");
    var wildcardFirstSym = /* @__PURE__ */ Symbol("pino.wildcardFirst");
    var serializersSym = /* @__PURE__ */ Symbol.for("pino.serializers");
    var formattersSym = /* @__PURE__ */ Symbol.for("pino.formatters");
    var hooksSym = /* @__PURE__ */ Symbol.for("pino.hooks");
    var needsMetadataGsym = /* @__PURE__ */ Symbol.for("pino.metadata");
    var transportUsesMultistreamSym = /* @__PURE__ */ Symbol.for("pino.transport.usesMultistream");
    module.exports = {
      setLevelSym,
      getLevelSym,
      levelValSym,
      levelCompSym,
      useLevelLabelsSym,
      mixinSym,
      lsCacheSym,
      chindingsSym,
      asJsonSym,
      writeSym,
      serializersSym,
      redactFmtSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      wildcardFirstSym,
      needsMetadataGsym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    };
  }
});

// ../../main/node_modules/pino/lib/redaction.js
var require_redaction = __commonJS({
  "../../main/node_modules/pino/lib/redaction.js"(exports, module) {
    "use strict";
    var Redact = require_redact();
    var { redactFmtSym, wildcardFirstSym } = require_symbols();
    var rx = /[^.[\]]+|\[([^[\]]*?)\]/g;
    var CENSOR = "[Redacted]";
    var strict = false;
    function redaction(opts, serialize) {
      const { paths, censor, remove } = handle(opts);
      const shape = paths.reduce((o2, str) => {
        rx.lastIndex = 0;
        const first = rx.exec(str);
        const next = rx.exec(str);
        let ns = first[1] !== void 0 ? first[1].replace(/^(?:"|'|`)(.*)(?:"|'|`)$/, "$1") : first[0];
        if (ns === "*") {
          ns = wildcardFirstSym;
        }
        if (next === null) {
          o2[ns] = null;
          return o2;
        }
        if (o2[ns] === null) {
          return o2;
        }
        const { index } = next;
        const nextPath = `${str.substr(index, str.length - 1)}`;
        o2[ns] = o2[ns] || [];
        if (ns !== wildcardFirstSym && o2[ns].length === 0) {
          o2[ns].push(...o2[wildcardFirstSym] || []);
        }
        if (ns === wildcardFirstSym) {
          Object.keys(o2).forEach(function(k2) {
            if (o2[k2]) {
              o2[k2].push(nextPath);
            }
          });
        }
        o2[ns].push(nextPath);
        return o2;
      }, /* @__PURE__ */ Object.create(null));
      const result = Object.assign(/* @__PURE__ */ Object.create(null), {
        [redactFmtSym]: Redact({ paths, censor, serialize, strict, remove })
      });
      const topCensor = (...args) => {
        return typeof censor === "function" ? serialize(censor(...args)) : serialize(censor);
      };
      return [...Object.keys(shape), ...Object.getOwnPropertySymbols(shape)].reduce((o2, k2) => {
        if (shape[k2] === null) {
          o2[k2] = (value) => topCensor(value, [k2]);
        } else {
          const wrappedCensor = typeof censor === "function" ? (value, path13) => {
            return censor(value, [k2, ...path13]);
          } : censor;
          o2[k2] = Redact({
            paths: shape[k2],
            censor: wrappedCensor,
            serialize,
            strict,
            remove
          });
        }
        return o2;
      }, result);
    }
    function handle(opts) {
      if (Array.isArray(opts)) {
        opts = { paths: opts, censor: CENSOR };
        return opts;
      }
      let { paths, censor = CENSOR, remove } = opts;
      if (Array.isArray(paths) === false) {
        throw Error("pino \u2013 redact must contain an array of strings");
      }
      if (remove === true) censor = void 0;
      return { paths, censor, remove };
    }
    module.exports = redaction;
  }
});

// ../../main/node_modules/pino/lib/time.js
var require_time = __commonJS({
  "../../main/node_modules/pino/lib/time.js"(exports, module) {
    "use strict";
    var nullTime = () => "";
    var epochTime = () => `,"time":${Date.now()}`;
    var unixTime = () => `,"time":${Math.round(Date.now() / 1e3)}`;
    var isoTime = () => `,"time":"${new Date(Date.now()).toISOString()}"`;
    var NS_PER_MS = 1000000n;
    var NS_PER_SEC = 1000000000n;
    var startWallTimeNs = BigInt(Date.now()) * NS_PER_MS;
    var startHrTime = process.hrtime.bigint();
    var isoTimeNano = () => {
      const elapsedNs = process.hrtime.bigint() - startHrTime;
      const currentTimeNs = startWallTimeNs + elapsedNs;
      const secondsSinceEpoch = currentTimeNs / NS_PER_SEC;
      const nanosWithinSecond = currentTimeNs % NS_PER_SEC;
      const msSinceEpoch = Number(secondsSinceEpoch * 1000n + nanosWithinSecond / 1000000n);
      const date = new Date(msSinceEpoch);
      const year = date.getUTCFullYear();
      const month = (date.getUTCMonth() + 1).toString().padStart(2, "0");
      const day = date.getUTCDate().toString().padStart(2, "0");
      const hours = date.getUTCHours().toString().padStart(2, "0");
      const minutes2 = date.getUTCMinutes().toString().padStart(2, "0");
      const seconds = date.getUTCSeconds().toString().padStart(2, "0");
      return `,"time":"${year}-${month}-${day}T${hours}:${minutes2}:${seconds}.${nanosWithinSecond.toString().padStart(9, "0")}Z"`;
    };
    module.exports = { nullTime, epochTime, unixTime, isoTime, isoTimeNano };
  }
});

// ../../main/node_modules/quick-format-unescaped/index.js
var require_quick_format_unescaped = __commonJS({
  "../../main/node_modules/quick-format-unescaped/index.js"(exports, module) {
    "use strict";
    function tryStringify(o2) {
      try {
        return JSON.stringify(o2);
      } catch (e3) {
        return '"[Circular]"';
      }
    }
    module.exports = format;
    function format(f2, args, opts) {
      var ss = opts && opts.stringify || tryStringify;
      var offset = 1;
      if (typeof f2 === "object" && f2 !== null) {
        var len = args.length + offset;
        if (len === 1) return f2;
        var objects = new Array(len);
        objects[0] = ss(f2);
        for (var index = 1; index < len; index++) {
          objects[index] = ss(args[index]);
        }
        return objects.join(" ");
      }
      if (typeof f2 !== "string") {
        return f2;
      }
      var argLen = args.length;
      if (argLen === 0) return f2;
      var str = "";
      var a2 = 1 - offset;
      var lastPos = -1;
      var flen = f2 && f2.length || 0;
      for (var i2 = 0; i2 < flen; ) {
        if (f2.charCodeAt(i2) === 37 && i2 + 1 < flen) {
          lastPos = lastPos > -1 ? lastPos : 0;
          switch (f2.charCodeAt(i2 + 1)) {
            case 100:
            // 'd'
            case 102:
              if (a2 >= argLen)
                break;
              if (args[a2] == null) break;
              if (lastPos < i2)
                str += f2.slice(lastPos, i2);
              str += Number(args[a2]);
              lastPos = i2 + 2;
              i2++;
              break;
            case 105:
              if (a2 >= argLen)
                break;
              if (args[a2] == null) break;
              if (lastPos < i2)
                str += f2.slice(lastPos, i2);
              str += Math.floor(Number(args[a2]));
              lastPos = i2 + 2;
              i2++;
              break;
            case 79:
            // 'O'
            case 111:
            // 'o'
            case 106:
              if (a2 >= argLen)
                break;
              if (args[a2] === void 0) break;
              if (lastPos < i2)
                str += f2.slice(lastPos, i2);
              var type = typeof args[a2];
              if (type === "string") {
                str += "'" + args[a2] + "'";
                lastPos = i2 + 2;
                i2++;
                break;
              }
              if (type === "function") {
                str += args[a2].name || "<anonymous>";
                lastPos = i2 + 2;
                i2++;
                break;
              }
              str += ss(args[a2]);
              lastPos = i2 + 2;
              i2++;
              break;
            case 115:
              if (a2 >= argLen)
                break;
              if (lastPos < i2)
                str += f2.slice(lastPos, i2);
              str += String(args[a2]);
              lastPos = i2 + 2;
              i2++;
              break;
            case 37:
              if (lastPos < i2)
                str += f2.slice(lastPos, i2);
              str += "%";
              lastPos = i2 + 2;
              i2++;
              a2--;
              break;
          }
          ++a2;
        }
        ++i2;
      }
      if (lastPos === -1)
        return f2;
      else if (lastPos < flen) {
        str += f2.slice(lastPos);
      }
      return str;
    }
  }
});

// ../../main/node_modules/atomic-sleep/index.js
var require_atomic_sleep = __commonJS({
  "../../main/node_modules/atomic-sleep/index.js"(exports, module) {
    "use strict";
    if (typeof SharedArrayBuffer !== "undefined" && typeof Atomics !== "undefined") {
      let sleep = function(ms) {
        const valid = ms > 0 && ms < Infinity;
        if (valid === false) {
          if (typeof ms !== "number" && typeof ms !== "bigint") {
            throw TypeError("sleep: ms must be a number");
          }
          throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        }
        Atomics.wait(nil, 0, 0, Number(ms));
      };
      const nil = new Int32Array(new SharedArrayBuffer(4));
      module.exports = sleep;
    } else {
      let sleep = function(ms) {
        const valid = ms > 0 && ms < Infinity;
        if (valid === false) {
          if (typeof ms !== "number" && typeof ms !== "bigint") {
            throw TypeError("sleep: ms must be a number");
          }
          throw RangeError("sleep: ms must be a number that is greater than 0 but less than Infinity");
        }
        const target = Date.now() + Number(ms);
        while (target > Date.now()) {
        }
      };
      module.exports = sleep;
    }
  }
});

// ../../main/node_modules/sonic-boom/index.js
var require_sonic_boom = __commonJS({
  "../../main/node_modules/sonic-boom/index.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var EventEmitter5 = __require("events");
    var inherits = __require("util").inherits;
    var path13 = __require("path");
    var sleep = require_atomic_sleep();
    var assert = __require("assert");
    var BUSY_WRITE_TIMEOUT = 100;
    var kEmptyBuffer = Buffer.allocUnsafe(0);
    var MAX_WRITE = 16 * 1024;
    var kContentModeBuffer = "buffer";
    var kContentModeUtf8 = "utf8";
    var [major, minor] = (process.versions.node || "0.0").split(".").map(Number);
    var kCopyBuffer = major >= 22 && minor >= 7;
    function openFile(file, sonic) {
      sonic._opening = true;
      sonic._writing = true;
      sonic._asyncDrainScheduled = false;
      function fileOpened(err, fd) {
        if (err) {
          sonic._reopening = false;
          sonic._writing = false;
          sonic._opening = false;
          if (sonic.sync) {
            process.nextTick(() => {
              if (sonic.listenerCount("error") > 0) {
                sonic.emit("error", err);
              }
            });
          } else {
            sonic.emit("error", err);
          }
          return;
        }
        const reopening = sonic._reopening;
        sonic.fd = fd;
        sonic.file = file;
        sonic._reopening = false;
        sonic._opening = false;
        sonic._writing = false;
        if (sonic.sync) {
          process.nextTick(() => sonic.emit("ready"));
        } else {
          sonic.emit("ready");
        }
        if (sonic.destroyed) {
          return;
        }
        if (!sonic._writing && sonic._len > sonic.minLength || sonic._flushPending) {
          sonic._actualWrite();
        } else if (reopening) {
          process.nextTick(() => sonic.emit("drain"));
        }
      }
      const flags = sonic.append ? "a" : "w";
      const mode = sonic.mode;
      if (sonic.sync) {
        try {
          if (sonic.mkdir) fs.mkdirSync(path13.dirname(file), { recursive: true });
          const fd = fs.openSync(file, flags, mode);
          fileOpened(null, fd);
        } catch (err) {
          fileOpened(err);
          throw err;
        }
      } else if (sonic.mkdir) {
        fs.mkdir(path13.dirname(file), { recursive: true }, (err) => {
          if (err) return fileOpened(err);
          fs.open(file, flags, mode, fileOpened);
        });
      } else {
        fs.open(file, flags, mode, fileOpened);
      }
    }
    function SonicBoom(opts) {
      if (!(this instanceof SonicBoom)) {
        return new SonicBoom(opts);
      }
      let { fd, dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = true, mkdir: mkdir3, retryEAGAIN, fsync, contentMode, mode } = opts || {};
      fd = fd || dest;
      this._len = 0;
      this.fd = -1;
      this._bufs = [];
      this._lens = [];
      this._writing = false;
      this._ending = false;
      this._reopening = false;
      this._asyncDrainScheduled = false;
      this._flushPending = false;
      this._hwm = Math.max(minLength || 0, 16387);
      this.file = null;
      this.destroyed = false;
      this.minLength = minLength || 0;
      this.maxLength = maxLength || 0;
      this.maxWrite = maxWrite || MAX_WRITE;
      this._periodicFlush = periodicFlush || 0;
      this._periodicFlushTimer = void 0;
      this.sync = sync || false;
      this.writable = true;
      this._fsync = fsync || false;
      this.append = append || false;
      this.mode = mode;
      this.retryEAGAIN = retryEAGAIN || (() => true);
      this.mkdir = mkdir3 || false;
      let fsWriteSync;
      let fsWrite;
      if (contentMode === kContentModeBuffer) {
        this._writingBuf = kEmptyBuffer;
        this.write = writeBuffer;
        this.flush = flushBuffer;
        this.flushSync = flushBufferSync;
        this._actualWrite = actualWriteBuffer;
        fsWriteSync = () => fs.writeSync(this.fd, this._writingBuf);
        fsWrite = () => fs.write(this.fd, this._writingBuf, this.release);
      } else if (contentMode === void 0 || contentMode === kContentModeUtf8) {
        this._writingBuf = "";
        this.write = write;
        this.flush = flush;
        this.flushSync = flushSync;
        this._actualWrite = actualWrite;
        fsWriteSync = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.writeSync(this.fd, this._writingBuf);
          }
          return fs.writeSync(this.fd, this._writingBuf, "utf8");
        };
        fsWrite = () => {
          if (Buffer.isBuffer(this._writingBuf)) {
            return fs.write(this.fd, this._writingBuf, this.release);
          }
          return fs.write(this.fd, this._writingBuf, "utf8", this.release);
        };
      } else {
        throw new Error(`SonicBoom supports "${kContentModeUtf8}" and "${kContentModeBuffer}", but passed ${contentMode}`);
      }
      if (typeof fd === "number") {
        this.fd = fd;
        process.nextTick(() => this.emit("ready"));
      } else if (typeof fd === "string") {
        openFile(fd, this);
      } else {
        throw new Error("SonicBoom supports only file descriptors and files");
      }
      if (this.minLength >= this.maxWrite) {
        throw new Error(`minLength should be smaller than maxWrite (${this.maxWrite})`);
      }
      this.release = (err, n2) => {
        if (err) {
          if ((err.code === "EAGAIN" || err.code === "EBUSY") && this.retryEAGAIN(err, this._writingBuf.length, this._len - this._writingBuf.length)) {
            if (this.sync) {
              try {
                sleep(BUSY_WRITE_TIMEOUT);
                this.release(void 0, 0);
              } catch (err2) {
                this.release(err2);
              }
            } else {
              setTimeout(fsWrite, BUSY_WRITE_TIMEOUT);
            }
          } else {
            this._writing = false;
            this.emit("error", err);
          }
          return;
        }
        this.emit("write", n2);
        const releasedBufObj = releaseWritingBuf(this._writingBuf, this._len, n2);
        this._len = releasedBufObj.len;
        this._writingBuf = releasedBufObj.writingBuf;
        if (this._writingBuf.length) {
          if (!this.sync) {
            fsWrite();
            return;
          }
          try {
            do {
              const n3 = fsWriteSync();
              const releasedBufObj2 = releaseWritingBuf(this._writingBuf, this._len, n3);
              this._len = releasedBufObj2.len;
              this._writingBuf = releasedBufObj2.writingBuf;
            } while (this._writingBuf.length);
          } catch (err2) {
            this.release(err2);
            return;
          }
        }
        if (this._fsync) {
          fs.fsyncSync(this.fd);
        }
        const len = this._len;
        if (this._reopening) {
          this._writing = false;
          this._reopening = false;
          this.reopen();
        } else if (len > this.minLength) {
          this._actualWrite();
        } else if (this._ending) {
          if (len > 0) {
            this._actualWrite();
          } else {
            this._writing = false;
            actualClose(this);
          }
        } else {
          this._writing = false;
          if (this.sync) {
            if (!this._asyncDrainScheduled) {
              this._asyncDrainScheduled = true;
              process.nextTick(emitDrain, this);
            }
          } else {
            this.emit("drain");
          }
        }
      };
      this.on("newListener", function(name) {
        if (name === "drain") {
          this._asyncDrainScheduled = false;
        }
      });
      if (this._periodicFlush !== 0) {
        this._periodicFlushTimer = setInterval(() => this.flush(null), this._periodicFlush);
        this._periodicFlushTimer.unref();
      }
    }
    function releaseWritingBuf(writingBuf, len, n2) {
      if (typeof writingBuf === "string") {
        writingBuf = Buffer.from(writingBuf);
      }
      len = Math.max(len - n2, 0);
      writingBuf = writingBuf.subarray(n2);
      return { writingBuf, len };
    }
    function emitDrain(sonic) {
      const hasListeners = sonic.listenerCount("drain") > 0;
      if (!hasListeners) return;
      sonic._asyncDrainScheduled = false;
      sonic.emit("drain");
    }
    inherits(SonicBoom, EventEmitter5);
    function mergeBuf(bufs, len) {
      if (bufs.length === 0) {
        return kEmptyBuffer;
      }
      if (bufs.length === 1) {
        return bufs[0];
      }
      return Buffer.concat(bufs, len);
    }
    function write(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      data = "" + data;
      const dataLen = Buffer.byteLength(data);
      const len = this._len + dataLen;
      const bufs = this._bufs;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || Buffer.byteLength(bufs[bufs.length - 1]) + dataLen > this.maxWrite) {
        bufs.push(data);
      } else {
        bufs[bufs.length - 1] += data;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function writeBuffer(data) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      const len = this._len + data.length;
      const bufs = this._bufs;
      const lens = this._lens;
      if (this.maxLength && len > this.maxLength) {
        this.emit("drop", data);
        return this._len < this._hwm;
      }
      if (bufs.length === 0 || lens[lens.length - 1] + data.length > this.maxWrite) {
        bufs.push([data]);
        lens.push(data.length);
      } else {
        bufs[bufs.length - 1].push(data);
        lens[lens.length - 1] += data.length;
      }
      this._len = len;
      if (!this._writing && this._len >= this.minLength) {
        this._actualWrite();
      }
      return this._len < this._hwm;
    }
    function callFlushCallbackOnDrain(cb) {
      this._flushPending = true;
      const onDrain = () => {
        if (!this._fsync) {
          try {
            fs.fsync(this.fd, (err) => {
              this._flushPending = false;
              cb(err);
            });
          } catch (err) {
            cb(err);
          }
        } else {
          this._flushPending = false;
          cb();
        }
        this.off("error", onError);
      };
      const onError = (err) => {
        this._flushPending = false;
        cb(err);
        this.off("drain", onDrain);
      };
      this.once("drain", onDrain);
      this.once("error", onError);
    }
    function flush(cb) {
      if (cb != null && typeof cb !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb?.();
        return;
      }
      if (cb) {
        callFlushCallbackOnDrain.call(this, cb);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push("");
      }
      this._actualWrite();
    }
    function flushBuffer(cb) {
      if (cb != null && typeof cb !== "function") {
        throw new Error("flush cb must be a function");
      }
      if (this.destroyed) {
        const error = new Error("SonicBoom destroyed");
        if (cb) {
          cb(error);
          return;
        }
        throw error;
      }
      if (this.minLength <= 0) {
        cb?.();
        return;
      }
      if (cb) {
        callFlushCallbackOnDrain.call(this, cb);
      }
      if (this._writing) {
        return;
      }
      if (this._bufs.length === 0) {
        this._bufs.push([]);
        this._lens.push(0);
      }
      this._actualWrite();
    }
    SonicBoom.prototype.reopen = function(file) {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          this.reopen(file);
        });
        return;
      }
      if (this._ending) {
        return;
      }
      if (!this.file) {
        throw new Error("Unable to reopen a file descriptor, you must pass a file to SonicBoom");
      }
      if (file) {
        this.file = file;
      }
      this._reopening = true;
      if (this._writing) {
        return;
      }
      const fd = this.fd;
      this.once("ready", () => {
        if (fd !== this.fd) {
          fs.close(fd, (err) => {
            if (err) {
              return this.emit("error", err);
            }
          });
        }
      });
      openFile(this.file, this);
    };
    SonicBoom.prototype.end = function() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this._opening) {
        this.once("ready", () => {
          this.end();
        });
        return;
      }
      if (this._ending) {
        return;
      }
      this._ending = true;
      if (this._writing) {
        return;
      }
      if (this._len > 0 && this.fd >= 0) {
        this._actualWrite();
      } else {
        actualClose(this);
      }
    };
    function flushSync() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this.fd < 0) {
        throw new Error("sonic boom is not ready yet");
      }
      if (!this._writing && this._writingBuf.length > 0) {
        this._bufs.unshift(this._writingBuf);
        this._writingBuf = "";
      }
      let buf = "";
      while (this._bufs.length || buf.length) {
        if (buf.length <= 0) {
          buf = this._bufs[0];
        }
        try {
          const n2 = Buffer.isBuffer(buf) ? fs.writeSync(this.fd, buf) : fs.writeSync(this.fd, buf, "utf8");
          const releasedBufObj = releaseWritingBuf(buf, this._len, n2);
          buf = releasedBufObj.writingBuf;
          this._len = releasedBufObj.len;
          if (buf.length <= 0) {
            this._bufs.shift();
          }
        } catch (err) {
          const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
          if (shouldRetry && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
            throw err;
          }
          sleep(BUSY_WRITE_TIMEOUT);
        }
      }
      try {
        fs.fsyncSync(this.fd);
      } catch {
      }
    }
    function flushBufferSync() {
      if (this.destroyed) {
        throw new Error("SonicBoom destroyed");
      }
      if (this.fd < 0) {
        throw new Error("sonic boom is not ready yet");
      }
      if (!this._writing && this._writingBuf.length > 0) {
        this._bufs.unshift([this._writingBuf]);
        this._writingBuf = kEmptyBuffer;
      }
      let buf = kEmptyBuffer;
      while (this._bufs.length || buf.length) {
        if (buf.length <= 0) {
          buf = mergeBuf(this._bufs[0], this._lens[0]);
        }
        try {
          const n2 = fs.writeSync(this.fd, buf);
          buf = buf.subarray(n2);
          this._len = Math.max(this._len - n2, 0);
          if (buf.length <= 0) {
            this._bufs.shift();
            this._lens.shift();
          }
        } catch (err) {
          const shouldRetry = err.code === "EAGAIN" || err.code === "EBUSY";
          if (shouldRetry && !this.retryEAGAIN(err, buf.length, this._len - buf.length)) {
            throw err;
          }
          sleep(BUSY_WRITE_TIMEOUT);
        }
      }
    }
    SonicBoom.prototype.destroy = function() {
      if (this.destroyed) {
        return;
      }
      actualClose(this);
    };
    function actualWrite() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : this._bufs.shift() || "";
      if (this.sync) {
        try {
          const written = Buffer.isBuffer(this._writingBuf) ? fs.writeSync(this.fd, this._writingBuf) : fs.writeSync(this.fd, this._writingBuf, "utf8");
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualWriteBuffer() {
      const release = this.release;
      this._writing = true;
      this._writingBuf = this._writingBuf.length ? this._writingBuf : mergeBuf(this._bufs.shift(), this._lens.shift());
      if (this.sync) {
        try {
          const written = fs.writeSync(this.fd, this._writingBuf);
          release(null, written);
        } catch (err) {
          release(err);
        }
      } else {
        if (kCopyBuffer) {
          this._writingBuf = Buffer.from(this._writingBuf);
        }
        fs.write(this.fd, this._writingBuf, release);
      }
    }
    function actualClose(sonic) {
      if (sonic.fd === -1) {
        sonic.once("ready", actualClose.bind(null, sonic));
        return;
      }
      if (sonic._periodicFlushTimer !== void 0) {
        clearInterval(sonic._periodicFlushTimer);
      }
      sonic.destroyed = true;
      sonic._bufs = [];
      sonic._lens = [];
      assert(typeof sonic.fd === "number", `sonic.fd must be a number, got ${typeof sonic.fd}`);
      try {
        fs.fsync(sonic.fd, closeWrapped);
      } catch {
      }
      function closeWrapped() {
        if (sonic.fd !== 1 && sonic.fd !== 2) {
          fs.close(sonic.fd, done);
        } else {
          done();
        }
      }
      function done(err) {
        if (err) {
          sonic.emit("error", err);
          return;
        }
        if (sonic._ending && !sonic._writing) {
          sonic.emit("finish");
        }
        sonic.emit("close");
      }
    }
    SonicBoom.SonicBoom = SonicBoom;
    SonicBoom.default = SonicBoom;
    module.exports = SonicBoom;
  }
});

// ../../main/node_modules/on-exit-leak-free/index.js
var require_on_exit_leak_free = __commonJS({
  "../../main/node_modules/on-exit-leak-free/index.js"(exports, module) {
    "use strict";
    var refs = {
      exit: [],
      beforeExit: []
    };
    var functions = {
      exit: onExit,
      beforeExit: onBeforeExit
    };
    var registry2;
    function ensureRegistry() {
      if (registry2 === void 0) {
        registry2 = new FinalizationRegistry(clear);
      }
    }
    function install(event) {
      if (refs[event].length > 0) {
        return;
      }
      process.on(event, functions[event]);
    }
    function uninstall(event) {
      if (refs[event].length > 0) {
        return;
      }
      process.removeListener(event, functions[event]);
      if (refs.exit.length === 0 && refs.beforeExit.length === 0) {
        registry2 = void 0;
      }
    }
    function onExit() {
      callRefs("exit");
    }
    function onBeforeExit() {
      callRefs("beforeExit");
    }
    function callRefs(event) {
      for (const ref of refs[event]) {
        const obj = ref.deref();
        const fn = ref.fn;
        if (obj !== void 0) {
          fn(obj, event);
        }
      }
      refs[event] = [];
    }
    function clear(ref) {
      for (const event of ["exit", "beforeExit"]) {
        const index = refs[event].indexOf(ref);
        refs[event].splice(index, index + 1);
        uninstall(event);
      }
    }
    function _register(event, obj, fn) {
      if (obj === void 0) {
        throw new Error("the object can't be undefined");
      }
      install(event);
      const ref = new WeakRef(obj);
      ref.fn = fn;
      ensureRegistry();
      registry2.register(obj, ref);
      refs[event].push(ref);
    }
    function register(obj, fn) {
      _register("exit", obj, fn);
    }
    function registerBeforeExit(obj, fn) {
      _register("beforeExit", obj, fn);
    }
    function unregister(obj) {
      if (registry2 === void 0) {
        return;
      }
      registry2.unregister(obj);
      for (const event of ["exit", "beforeExit"]) {
        refs[event] = refs[event].filter((ref) => {
          const _obj = ref.deref();
          return _obj && _obj !== obj;
        });
        uninstall(event);
      }
    }
    module.exports = {
      register,
      registerBeforeExit,
      unregister
    };
  }
});

// ../../main/node_modules/thread-stream/package.json
var require_package = __commonJS({
  "../../main/node_modules/thread-stream/package.json"(exports, module) {
    module.exports = {
      name: "thread-stream",
      version: "4.2.1",
      description: "A streaming way to send data to a Node.js Worker Thread",
      main: "index.js",
      types: "index.d.ts",
      engines: {
        node: ">=20"
      },
      dependencies: {
        "real-require": "^1.0.0"
      },
      devDependencies: {
        "@types/node": "^26.1.1",
        "@yao-pkg/pkg": "^6.0.0",
        borp: "^1.0.0",
        desm: "^1.3.0",
        eslint: "^9.39.1",
        fastbench: "^1.0.1",
        neostandard: "^0.13.0",
        "pino-elasticsearch": "^9.0.0",
        "sonic-boom": "^5.0.0",
        "ts-node": "^10.8.0",
        tsd: "^0.33.0",
        typescript: "~5.7.3"
      },
      scripts: {
        build: "tsc --noEmit",
        lint: "eslint",
        test: 'npm run lint && npm run build && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:ci": 'npm run lint && npm run test:types && npm run transpile && borp --expose-gc --pattern "test/*.test.{js,mjs}"',
        "test:types": "tsd",
        "test:yarn": 'npm run transpile && borp --expose-gc --pattern "test/*.test.js"',
        transpile: "sh ./test/ts/transpile.sh"
      },
      tsd: {
        directory: "test/types"
      },
      repository: {
        type: "git",
        url: "git+https://github.com/mcollina/thread-stream.git"
      },
      keywords: [
        "worker",
        "thread",
        "threads",
        "stream"
      ],
      author: "Matteo Collina <hello@matteocollina.com>",
      license: "MIT",
      bugs: {
        url: "https://github.com/mcollina/thread-stream/issues"
      },
      homepage: "https://github.com/mcollina/thread-stream#readme"
    };
  }
});

// ../../main/node_modules/thread-stream/lib/wait.js
var require_wait = __commonJS({
  "../../main/node_modules/thread-stream/lib/wait.js"(exports, module) {
    "use strict";
    var WAIT_MS = 1e4;
    function wait(state, index, expected, timeout, done) {
      const max = timeout === Infinity ? Infinity : Date.now() + timeout;
      const check2 = (previous) => {
        const current = Atomics.load(state, index);
        if (current >= expected) {
          done(null, "ok");
          return;
        }
        if (previous !== void 0 && current !== previous) {
          done(null, "not-equal");
          return;
        }
        if (max !== Infinity && Date.now() > max) {
          done(null, "timed-out");
          return;
        }
        const remaining = max === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max - Date.now()));
        const result = Atomics.waitAsync(state, index, current, remaining);
        if (result.async) {
          result.value.then((res) => {
            if (res === "ok") {
              const latest = Atomics.load(state, index);
              done(null, latest >= expected ? "ok" : "not-equal");
              return;
            }
            check2(current);
          });
        } else {
          setImmediate(done, null, "not-equal");
        }
      };
      check2();
    }
    function waitDiff(state, index, expected, timeout, done) {
      const max = timeout === Infinity ? Infinity : Date.now() + timeout;
      const check2 = () => {
        const current = Atomics.load(state, index);
        if (current !== expected) {
          done(null, "ok");
          return;
        }
        if (max !== Infinity && Date.now() > max) {
          done(null, "timed-out");
          return;
        }
        const remaining = max === Infinity ? WAIT_MS : Math.min(WAIT_MS, Math.max(1, max - Date.now()));
        const result = Atomics.waitAsync(state, index, expected, remaining);
        if (result.async) {
          result.value.then((res) => {
            if (res === "ok") {
              done(null, "ok");
              return;
            }
            check2();
          });
        } else {
          setImmediate(check2);
        }
      };
      check2();
    }
    module.exports = { wait, waitDiff };
  }
});

// ../../main/node_modules/thread-stream/lib/indexes.js
var require_indexes = __commonJS({
  "../../main/node_modules/thread-stream/lib/indexes.js"(exports, module) {
    "use strict";
    var SEQ_INDEX = 2;
    var WRITE_INDEX = 4;
    var READ_INDEX = 8;
    module.exports = {
      WRITE_INDEX,
      READ_INDEX,
      SEQ_INDEX
    };
  }
});

// ../../main/node_modules/thread-stream/index.js
var require_thread_stream = __commonJS({
  "../../main/node_modules/thread-stream/index.js"(exports, module) {
    "use strict";
    var { version: version2 } = require_package();
    var { EventEmitter: EventEmitter5 } = __require("events");
    var { Worker } = __require("worker_threads");
    var { join } = __require("path");
    var { pathToFileURL: pathToFileURL2 } = __require("url");
    var { wait } = require_wait();
    var {
      WRITE_INDEX,
      READ_INDEX,
      SEQ_INDEX
    } = require_indexes();
    var buffer = __require("buffer");
    var assert = __require("assert");
    var kImpl = /* @__PURE__ */ Symbol("kImpl");
    var MAX_STRING = buffer.constants.MAX_STRING_LENGTH;
    function noop() {
    }
    function updateState(stream, fn) {
      Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
      fn();
      Atomics.add(stream[kImpl].state, SEQ_INDEX, 1);
      Atomics.notify(stream[kImpl].state, SEQ_INDEX);
    }
    function resetIndexes(stream) {
      updateState(stream, () => {
        Atomics.store(stream[kImpl].state, READ_INDEX, 0);
        Atomics.store(stream[kImpl].state, WRITE_INDEX, 0);
      });
      Atomics.notify(stream[kImpl].state, READ_INDEX);
    }
    var FakeWeakRef = class {
      constructor(value) {
        this._value = value;
      }
      deref() {
        return this._value;
      }
    };
    var FakeFinalizationRegistry = class {
      register() {
      }
      unregister() {
      }
    };
    var FinalizationRegistry2 = process.env.NODE_V8_COVERAGE ? FakeFinalizationRegistry : global.FinalizationRegistry || FakeFinalizationRegistry;
    var WeakRef2 = process.env.NODE_V8_COVERAGE ? FakeWeakRef : global.WeakRef || FakeWeakRef;
    var registry2 = new FinalizationRegistry2((worker) => {
      if (worker.exited) {
        return;
      }
      worker.terminate();
    });
    function createWorker(stream, opts) {
      const { filename, workerData } = opts;
      const bundlerOverrides = "__bundlerPathsOverrides" in globalThis ? globalThis.__bundlerPathsOverrides : {};
      const toExecute = bundlerOverrides["thread-stream-worker"] || join(__dirname, "lib", "worker.js");
      const worker = new Worker(toExecute, {
        ...opts.workerOpts,
        name: opts.workerOpts?.name || "thread-stream",
        trackUnmanagedFds: false,
        workerData: {
          filename: filename.indexOf("file://") === 0 ? filename : pathToFileURL2(filename).href,
          dataBuf: stream[kImpl].dataBuf,
          stateBuf: stream[kImpl].stateBuf,
          workerData: {
            $context: {
              threadStreamVersion: version2
            },
            ...workerData
          }
        }
      });
      worker.stream = new FakeWeakRef(stream);
      worker.on("message", onWorkerMessage);
      worker.on("exit", onWorkerExit);
      registry2.register(stream, worker);
      return worker;
    }
    function drain(stream) {
      assert(!stream[kImpl].sync);
      if (stream[kImpl].needDrain) {
        stream[kImpl].needDrain = false;
        stream.emit("drain");
      }
    }
    function nextFlush(stream) {
      while (true) {
        const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (stream.destroyed || writeIndex < 0) {
          return;
        }
        const leftover = stream[kImpl].data.length - writeIndex;
        if (leftover > 0) {
          if (stream[kImpl].bufLen === 0) {
            stream[kImpl].flushing = false;
            if (stream[kImpl].ending) {
              end(stream);
            } else if (stream[kImpl].needDrain) {
              process.nextTick(drain, stream);
            }
            return;
          }
          write(stream, leftover, noop);
          continue;
        }
        if (leftover === 0) {
          if (writeIndex === 0 && stream[kImpl].bufLen === 0) {
            return;
          }
          waitForRead(stream, () => {
            if (stream.destroyed) {
              return;
            }
            resetIndexes(stream);
            nextFlush(stream);
          });
          return;
        }
        destroy(stream, new Error("overwritten"));
        return;
      }
    }
    function onWorkerMessage(msg) {
      const stream = this.stream.deref();
      if (stream === void 0) {
        this.exited = true;
        this.terminate();
        return;
      }
      if (msg?.code == null) {
        return;
      }
      switch (msg.code) {
        case "READY":
          if (!stream[kImpl].ending) {
            this.stream = new WeakRef2(stream);
          }
          waitForRead(stream, () => {
            stream[kImpl].ready = true;
            stream.emit("ready");
          });
          break;
        case "ERROR":
          destroy(stream, msg.err);
          break;
        case "EVENT":
          if (Array.isArray(msg.args)) {
            stream.emit(msg.name, ...msg.args);
          } else {
            stream.emit(msg.name, msg.args);
          }
          break;
        case "FLUSHED": {
          if (msg.context !== "thread-stream") {
            destroy(stream, new Error("this should not happen: " + msg.code));
            break;
          }
          const cb = stream[kImpl].flushCallbacks.get(msg.id);
          if (cb) {
            stream[kImpl].flushCallbacks.delete(msg.id);
            process.nextTick(cb);
          }
          break;
        }
        case "WARNING":
          process.emitWarning(msg.err);
          break;
        default:
          destroy(stream, new Error("this should not happen: " + msg.code));
      }
    }
    function onWorkerExit(code) {
      const stream = this.stream.deref();
      if (stream === void 0) {
        return;
      }
      registry2.unregister(stream);
      stream.worker.exited = true;
      stream.worker.off("exit", onWorkerExit);
      destroy(stream, code !== 0 ? new Error("the worker thread exited") : null);
    }
    var ThreadStream = class extends EventEmitter5 {
      constructor(opts = {}) {
        super();
        if (opts.bufferSize < 4) {
          throw new Error("bufferSize must at least fit a 4-byte utf-8 char");
        }
        this[kImpl] = {};
        this[kImpl].stateBuf = new SharedArrayBuffer(128);
        this[kImpl].state = new Int32Array(this[kImpl].stateBuf);
        this[kImpl].dataBuf = new SharedArrayBuffer(opts.bufferSize || 4 * 1024 * 1024);
        this[kImpl].data = Buffer.from(this[kImpl].dataBuf);
        this[kImpl].sync = opts.sync || false;
        this[kImpl].ending = false;
        this[kImpl].ended = false;
        this[kImpl].needDrain = false;
        this[kImpl].destroyed = false;
        this[kImpl].flushing = false;
        this[kImpl].ready = false;
        this[kImpl].finished = false;
        this[kImpl].errored = null;
        this[kImpl].closed = false;
        this[kImpl].buf = [];
        this[kImpl].bufHead = 0;
        this[kImpl].bufLen = 0;
        this[kImpl].flushCallbacks = /* @__PURE__ */ new Map();
        this[kImpl].nextFlushId = 0;
        this[kImpl].flushRetainCount = 0;
        this[kImpl].userRef = true;
        this.worker = createWorker(this, opts);
        this.on("message", (message, transferList) => {
          this.worker.postMessage(message, transferList);
        });
      }
      write(data) {
        const dataBuf = Buffer.isBuffer(data) ? data : Buffer.from(data);
        if (this[kImpl].destroyed) {
          error(this, new Error("the worker has exited"));
          return false;
        }
        if (this[kImpl].ending) {
          error(this, new Error("the worker is ending"));
          return false;
        }
        if (this[kImpl].flushing && this[kImpl].bufLen + dataBuf.length >= MAX_STRING) {
          try {
            writeSync(this);
            this[kImpl].flushing = true;
          } catch (err) {
            destroy(this, err);
            return false;
          }
        }
        this[kImpl].buf.push(dataBuf);
        this[kImpl].bufLen += dataBuf.length;
        if (this[kImpl].sync) {
          try {
            writeSync(this);
            return true;
          } catch (err) {
            destroy(this, err);
            return false;
          }
        }
        if (!this[kImpl].flushing) {
          this[kImpl].flushing = true;
          setImmediate(nextFlush, this);
        }
        this[kImpl].needDrain = this[kImpl].data.length - this[kImpl].bufLen - Atomics.load(this[kImpl].state, WRITE_INDEX) <= 0;
        return !this[kImpl].needDrain;
      }
      end() {
        if (this[kImpl].destroyed) {
          return;
        }
        this[kImpl].ending = true;
        this.worker.stream = new FakeWeakRef(this);
        end(this);
      }
      flush(cb) {
        const userCb = typeof cb === "function" ? cb : null;
        cb = userCb || noop;
        if (userCb) {
          retainWorkerForPendingFlush(this);
        }
        let finished = false;
        const done = (err) => {
          if (finished) {
            return;
          }
          finished = true;
          if (userCb) {
            releaseWorkerForPendingFlush(this);
          }
          cb(err);
        };
        flushBuffer(this, (err) => {
          if (err) {
            process.nextTick(done, err);
            return;
          }
          requestWorkerFlush(this, done);
        });
      }
      flushSync() {
        if (this[kImpl].destroyed) {
          return;
        }
        writeSync(this);
        flushSync(this);
      }
      unref() {
        this[kImpl].userRef = false;
        if (this[kImpl].flushRetainCount === 0) {
          this.worker.unref();
        }
      }
      ref() {
        this[kImpl].userRef = true;
        this.worker.ref();
      }
      get ready() {
        return this[kImpl].ready;
      }
      get destroyed() {
        return this[kImpl].destroyed;
      }
      get closed() {
        return this[kImpl].closed;
      }
      get writable() {
        return !this[kImpl].destroyed && !this[kImpl].ending;
      }
      get writableEnded() {
        return this[kImpl].ending;
      }
      get writableFinished() {
        return this[kImpl].finished;
      }
      get writableNeedDrain() {
        return this[kImpl].needDrain;
      }
      get writableObjectMode() {
        return false;
      }
      get writableErrored() {
        return this[kImpl].errored;
      }
    };
    function flushBuffer(stream, cb) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].sync && (stream[kImpl].flushing || stream[kImpl].bufLen > 0)) {
        setImmediate(flushBuffer, stream, cb);
        return;
      }
      waitForRead(stream, cb);
    }
    function waitForRead(stream, cb) {
      const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      wait(stream[kImpl].state, READ_INDEX, writeIndex, Infinity, (err, res) => {
        if (err) {
          destroy(stream, err);
          cb(err);
          return;
        }
        if (res !== "ok") {
          waitForRead(stream, cb);
          return;
        }
        cb();
      });
    }
    function retainWorkerForPendingFlush(stream) {
      if (stream[kImpl].flushRetainCount === 0) {
        stream.worker.ref();
      }
      stream[kImpl].flushRetainCount++;
    }
    function releaseWorkerForPendingFlush(stream) {
      if (stream[kImpl].flushRetainCount === 0) {
        return;
      }
      stream[kImpl].flushRetainCount--;
      if (stream[kImpl].flushRetainCount === 0 && !stream[kImpl].userRef) {
        stream.worker.unref();
      }
    }
    function requestWorkerFlush(stream, cb) {
      if (stream[kImpl].destroyed) {
        process.nextTick(cb, new Error("the worker has exited"));
        return;
      }
      if (!stream[kImpl].ready) {
        const onReady = () => {
          cleanup();
          requestWorkerFlush(stream, cb);
        };
        const onClose = () => {
          cleanup();
          process.nextTick(cb, new Error("the worker has exited"));
        };
        const cleanup = () => {
          stream.off("ready", onReady);
          stream.off("close", onClose);
        };
        stream.once("ready", onReady);
        stream.once("close", onClose);
        return;
      }
      const id3 = ++stream[kImpl].nextFlushId;
      stream[kImpl].flushCallbacks.set(id3, cb);
      try {
        stream.worker.postMessage({
          code: "FLUSH",
          context: "thread-stream",
          id: id3
        });
      } catch (err) {
        stream[kImpl].flushCallbacks.delete(id3);
        destroy(stream, err);
        process.nextTick(cb, err);
      }
    }
    function failPendingFlushCallbacks(stream, err) {
      const callbacks = stream[kImpl].flushCallbacks;
      if (callbacks.size === 0) {
        return;
      }
      const flushErr = err || new Error("the worker has exited");
      for (const cb of callbacks.values()) {
        process.nextTick(cb, flushErr);
      }
      callbacks.clear();
    }
    function error(stream, err) {
      setImmediate(() => {
        stream.emit("error", err);
      });
    }
    function destroy(stream, err) {
      if (stream[kImpl].destroyed) {
        return;
      }
      stream[kImpl].destroyed = true;
      failPendingFlushCallbacks(stream, err);
      if (err) {
        stream[kImpl].errored = err;
        error(stream, err);
      }
      if (!stream.worker.exited) {
        stream.worker.terminate().catch(() => {
        }).then(() => {
          stream[kImpl].closed = true;
          stream.emit("close");
        });
      } else {
        setImmediate(() => {
          stream[kImpl].closed = true;
          stream.emit("close");
        });
      }
    }
    function write(stream, maxBytes, cb) {
      const current = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      let offset = current;
      let remaining = maxBytes;
      while (remaining > 0 && stream[kImpl].bufLen !== 0) {
        const head = stream[kImpl].bufHead;
        const buf = stream[kImpl].buf[head];
        if (buf.length <= remaining) {
          buf.copy(stream[kImpl].data, offset);
          offset += buf.length;
          remaining -= buf.length;
          stream[kImpl].bufLen -= buf.length;
          stream[kImpl].bufHead = head + 1;
          if (stream[kImpl].bufHead === stream[kImpl].buf.length) {
            stream[kImpl].buf.length = 0;
            stream[kImpl].bufHead = 0;
          } else if (stream[kImpl].bufHead >= 1024 && stream[kImpl].bufHead * 2 >= stream[kImpl].buf.length) {
            stream[kImpl].buf.splice(0, stream[kImpl].bufHead);
            stream[kImpl].bufHead = 0;
          }
          continue;
        }
        buf.copy(stream[kImpl].data, offset, 0, remaining);
        stream[kImpl].buf[head] = buf.subarray(remaining);
        stream[kImpl].bufLen -= remaining;
        offset += remaining;
        remaining = 0;
      }
      updateState(stream, () => {
        Atomics.store(stream[kImpl].state, WRITE_INDEX, offset);
      });
      cb();
      return true;
    }
    function end(stream) {
      if (stream[kImpl].ended || !stream[kImpl].ending || stream[kImpl].flushing) {
        return;
      }
      stream[kImpl].ended = true;
      try {
        stream.flushSync();
        let readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
        updateState(stream, () => {
          Atomics.store(stream[kImpl].state, WRITE_INDEX, -1);
        });
        let spins = 0;
        while (readIndex !== -1) {
          Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
          readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
          if (readIndex === -2) {
            destroy(stream, new Error("end() failed"));
            return;
          }
          if (++spins === 10) {
            destroy(stream, new Error("end() took too long (10s)"));
            return;
          }
        }
        process.nextTick(() => {
          stream[kImpl].finished = true;
          stream.emit("finish");
        });
      } catch (err) {
        destroy(stream, err);
      }
    }
    function writeSync(stream) {
      const cb = () => {
        if (stream[kImpl].ending) {
          end(stream);
        } else if (stream[kImpl].needDrain) {
          process.nextTick(drain, stream);
        }
      };
      stream[kImpl].flushing = false;
      while (stream[kImpl].bufLen !== 0) {
        const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
        if (writeIndex < 0) {
          throw new Error("_writeSync failed");
        }
        const leftover = stream[kImpl].data.length - writeIndex;
        if (leftover === 0) {
          flushSync(stream);
          resetIndexes(stream);
          continue;
        } else if (leftover < 0) {
          throw new Error("overwritten");
        }
        write(stream, leftover, cb);
      }
    }
    function flushSync(stream) {
      if (stream[kImpl].flushing) {
        throw new Error("unable to flush while flushing");
      }
      const writeIndex = Atomics.load(stream[kImpl].state, WRITE_INDEX);
      let spins = 0;
      while (true) {
        const readIndex = Atomics.load(stream[kImpl].state, READ_INDEX);
        if (readIndex === -2) {
          throw Error("_flushSync failed");
        }
        if (readIndex !== writeIndex) {
          Atomics.wait(stream[kImpl].state, READ_INDEX, readIndex, 1e3);
        } else {
          break;
        }
        if (++spins === 10) {
          throw new Error("_flushSync took too long (10s)");
        }
      }
    }
    module.exports = ThreadStream;
  }
});

// ../../main/node_modules/pino/lib/transport.js
var require_transport = __commonJS({
  "../../main/node_modules/pino/lib/transport.js"(exports, module) {
    "use strict";
    var { createRequire } = __require("module");
    var { existsSync: existsSync3 } = __require("node:fs");
    var getCallers = require_caller();
    var { join, isAbsolute, sep } = __require("node:path");
    var { fileURLToPath: fileURLToPath2 } = __require("node:url");
    var sleep = require_atomic_sleep();
    var onExit = require_on_exit_leak_free();
    var ThreadStream = require_thread_stream();
    var { transportUsesMultistreamSym } = require_symbols();
    function setupOnExit(stream) {
      onExit.register(stream, autoEnd);
      onExit.registerBeforeExit(stream, flush);
      stream.on("close", function() {
        onExit.unregister(stream);
      });
    }
    function hasPreloadFlags() {
      const execArgv = process.execArgv;
      for (let i2 = 0; i2 < execArgv.length; i2++) {
        const arg = execArgv[i2];
        if (arg === "--import" || arg === "--require" || arg === "-r") {
          return true;
        }
        if (arg.startsWith("--import=") || arg.startsWith("--require=") || arg.startsWith("-r=")) {
          return true;
        }
      }
      return false;
    }
    function sanitizeNodeOptions(nodeOptions) {
      const tokens = nodeOptions.match(/(?:[^\s"']+|"[^"]*"|'[^']*')+/g);
      if (!tokens) {
        return nodeOptions;
      }
      const sanitized = [];
      let changed = false;
      for (let i2 = 0; i2 < tokens.length; i2++) {
        const token = tokens[i2];
        if (token === "--require" || token === "-r" || token === "--import") {
          const next = tokens[i2 + 1];
          if (next && shouldDropPreload(next)) {
            changed = true;
            i2++;
            continue;
          }
          sanitized.push(token);
          if (next) {
            sanitized.push(next);
            i2++;
          }
          continue;
        }
        if (token.startsWith("--require=") || token.startsWith("-r=") || token.startsWith("--import=")) {
          const value = token.slice(token.indexOf("=") + 1);
          if (shouldDropPreload(value)) {
            changed = true;
            continue;
          }
        }
        sanitized.push(token);
      }
      return changed ? sanitized.join(" ") : nodeOptions;
    }
    function shouldDropPreload(value) {
      const unquoted = stripQuotes(value);
      if (!unquoted) {
        return false;
      }
      let path13 = unquoted;
      if (path13.startsWith("file://")) {
        try {
          path13 = fileURLToPath2(path13);
        } catch {
          return false;
        }
      }
      return isAbsolute(path13) && !existsSync3(path13);
    }
    function stripQuotes(value) {
      const first = value[0];
      const last = value[value.length - 1];
      if (first === '"' && last === '"' || first === "'" && last === "'") {
        return value.slice(1, -1);
      }
      return value;
    }
    function buildStream(filename, workerData, workerOpts, sync, name) {
      if (!workerOpts.execArgv && hasPreloadFlags() && __require.main === void 0) {
        workerOpts = {
          ...workerOpts,
          execArgv: []
        };
      }
      if (!workerOpts.env && process.env.NODE_OPTIONS) {
        const nodeOptions = sanitizeNodeOptions(process.env.NODE_OPTIONS);
        if (nodeOptions !== process.env.NODE_OPTIONS) {
          workerOpts = {
            ...workerOpts,
            env: {
              ...process.env,
              NODE_OPTIONS: nodeOptions
            }
          };
        }
      }
      workerOpts = { ...workerOpts, name };
      const stream = new ThreadStream({
        filename,
        workerData,
        workerOpts,
        sync
      });
      stream.on("ready", onReady);
      stream.on("close", function() {
        process.removeListener("exit", onExit2);
      });
      process.on("exit", onExit2);
      function onReady() {
        process.removeListener("exit", onExit2);
        stream.unref();
        if (workerOpts.autoEnd !== false) {
          setupOnExit(stream);
        }
      }
      function onExit2() {
        if (stream.closed) {
          return;
        }
        stream.flushSync();
        sleep(100);
        stream.end();
      }
      return stream;
    }
    function autoEnd(stream) {
      stream.ref();
      stream.flushSync();
      stream.end();
      stream.once("close", function() {
        stream.unref();
      });
    }
    function flush(stream) {
      stream.flushSync();
    }
    function transport(fullOptions) {
      const { pipeline, targets, levels, dedupe, worker = {}, caller = getCallers(), sync = false } = fullOptions;
      const options = {
        ...fullOptions.options
      };
      let usesMultistream = false;
      const callers = typeof caller === "string" ? [caller] : caller;
      const bundlerOverrides = typeof globalThis === "object" && Object.prototype.hasOwnProperty.call(globalThis, "__bundlerPathsOverrides") && globalThis.__bundlerPathsOverrides && typeof globalThis.__bundlerPathsOverrides === "object" ? globalThis.__bundlerPathsOverrides : /* @__PURE__ */ Object.create(null);
      let target = fullOptions.target;
      if (target && targets) {
        throw new Error("only one of target or targets can be specified");
      }
      if (targets) {
        target = bundlerOverrides["pino-worker"] || join(__dirname, "worker.js");
        options.targets = targets.filter((dest) => dest.target).map((dest) => {
          return {
            ...dest,
            target: fixTarget(dest.target)
          };
        });
        options.pipelines = targets.filter((dest) => dest.pipeline).map((dest) => {
          return dest.pipeline.map((t2) => {
            return {
              ...t2,
              level: dest.level,
              // duplicate the pipeline `level` property defined in the upper level
              target: fixTarget(t2.target)
            };
          });
        });
        const targetsHaveLevel = options.targets.some((t2) => t2.level != null);
        const pipelinesHaveLevel = options.pipelines.some((p2) => p2.some((t2) => t2.level != null));
        usesMultistream = options.targets.length + options.pipelines.length > 1 || targetsHaveLevel || pipelinesHaveLevel;
      } else if (pipeline) {
        target = bundlerOverrides["pino-worker"] || join(__dirname, "worker.js");
        options.pipelines = [pipeline.map((dest) => {
          return {
            ...dest,
            target: fixTarget(dest.target)
          };
        })];
      }
      if (levels) {
        options.levels = levels;
      }
      if (dedupe) {
        options.dedupe = dedupe;
      }
      options.pinoWillSendConfig = true;
      const name = targets || pipeline ? "pino.transport" : target;
      const stream = buildStream(fixTarget(target), options, worker, sync, name);
      if (usesMultistream) {
        stream[transportUsesMultistreamSym] = true;
      }
      return stream;
      function fixTarget(origin) {
        origin = bundlerOverrides[origin] || origin;
        if (isAbsolute(origin) || origin.indexOf("file://") === 0) {
          return origin;
        }
        if (origin === "pino/file") {
          return join(__dirname, "..", "file.js");
        }
        let fixTarget2;
        for (const filePath of callers) {
          try {
            const context = filePath === "node:repl" ? process.cwd() + sep : filePath;
            fixTarget2 = createRequire(context).resolve(origin);
            break;
          } catch (err) {
            continue;
          }
        }
        if (!fixTarget2) {
          throw new Error(`unable to determine transport target for "${origin}"`);
        }
        return fixTarget2;
      }
    }
    module.exports = transport;
  }
});

// ../../main/node_modules/pino/lib/tools.js
var require_tools = __commonJS({
  "../../main/node_modules/pino/lib/tools.js"(exports, module) {
    "use strict";
    var diagChan = __require("node:diagnostics_channel");
    var format = require_quick_format_unescaped();
    var { mapHttpRequest, mapHttpResponse } = require_pino_std_serializers();
    var SonicBoom = require_sonic_boom();
    var onExit = require_on_exit_leak_free();
    var {
      lsCacheSym,
      chindingsSym,
      writeSym,
      serializersSym,
      formatOptsSym,
      endSym,
      stringifiersSym,
      stringifySym,
      stringifySafeSym,
      wildcardFirstSym,
      nestedKeySym,
      formattersSym,
      messageKeySym,
      errorKeySym,
      nestedKeyStrSym,
      msgPrefixSym
    } = require_symbols();
    var { isMainThread } = __require("worker_threads");
    var transport = require_transport();
    var [nodeMajor] = process.versions.node.split(".").map((v2) => Number(v2));
    var asJsonChan = diagChan.tracingChannel("pino_asJson");
    var asString = nodeMajor >= 25 ? (str) => JSON.stringify(str) : _asString;
    function noop() {
    }
    function genLog(level, hook) {
      if (!hook) return LOG;
      return function hookWrappedLog(...args) {
        hook.call(this, args, LOG, level);
      };
      function LOG(o2, ...n2) {
        if (typeof o2 === "object") {
          let msg = o2;
          if (o2 !== null) {
            if (o2.method && o2.headers && o2.socket) {
              o2 = mapHttpRequest(o2);
            } else if (typeof o2.setHeader === "function") {
              o2 = mapHttpResponse(o2);
            }
          }
          let formatParams;
          if (msg === null && n2.length === 0) {
            formatParams = [null];
          } else {
            msg = n2.shift();
            formatParams = n2;
          }
          if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) {
            msg = this[msgPrefixSym] + msg;
          }
          this[writeSym](o2, format(msg, formatParams, this[formatOptsSym]), level);
        } else {
          let msg = o2 === void 0 ? n2.shift() : o2;
          if (typeof this[msgPrefixSym] === "string" && msg !== void 0 && msg !== null) {
            msg = this[msgPrefixSym] + msg;
          }
          this[writeSym](null, format(msg, n2, this[formatOptsSym]), level);
        }
      }
    }
    function _asString(str) {
      let result = "";
      let last = 0;
      let found = false;
      let point = 255;
      const l2 = str.length;
      if (l2 > 100) {
        return JSON.stringify(str);
      }
      for (var i2 = 0; i2 < l2 && point >= 32; i2++) {
        point = str.charCodeAt(i2);
        if (point === 34 || point === 92) {
          result += str.slice(last, i2) + "\\";
          last = i2;
          found = true;
        }
      }
      if (!found) {
        result = str;
      } else {
        result += str.slice(last);
      }
      return point < 32 ? JSON.stringify(str) : '"' + result + '"';
    }
    function asJson(obj, msg, num, time) {
      if (asJsonChan.hasSubscribers === false) {
        return _asJson.call(this, obj, msg, num, time);
      }
      const store = { instance: this, arguments };
      return asJsonChan.traceSync(_asJson, store, this, obj, msg, num, time);
    }
    function _asJson(obj, msg, num, time) {
      const stringify2 = this[stringifySym];
      const stringifySafe = this[stringifySafeSym];
      const stringifiers = this[stringifiersSym];
      const end = this[endSym];
      const chindings = this[chindingsSym];
      const serializers = this[serializersSym];
      const formatters2 = this[formattersSym];
      const messageKey = this[messageKeySym];
      const errorKey = this[errorKeySym];
      let data = this[lsCacheSym][num] + time;
      data = data + chindings;
      let value;
      if (formatters2.log) {
        obj = formatters2.log(obj);
      }
      const wildcardStringifier = stringifiers[wildcardFirstSym];
      let propStr = "";
      for (const key in obj) {
        value = obj[key];
        if (Object.prototype.hasOwnProperty.call(obj, key) && value !== void 0) {
          if (serializers[key]) {
            value = serializers[key](value);
          } else if (key === errorKey && serializers.err) {
            value = serializers.err(value);
          }
          const stringifier = stringifiers[key] || wildcardStringifier;
          switch (typeof value) {
            case "undefined":
            case "function":
              continue;
            case "number":
              if (Number.isFinite(value) === false) {
                value = null;
              }
            // this case explicitly falls through to the next one
            case "boolean":
              if (stringifier) value = stringifier(value);
              break;
            case "string":
              value = (stringifier || asString)(value);
              break;
            default:
              value = (stringifier || stringify2)(value, stringifySafe);
          }
          if (value === void 0) continue;
          const strKey = asString(key);
          propStr += "," + strKey + ":" + value;
        }
      }
      let msgStr = "";
      if (msg !== void 0) {
        value = serializers[messageKey] ? serializers[messageKey](msg) : msg;
        const stringifier = stringifiers[messageKey] || wildcardStringifier;
        switch (typeof value) {
          case "function":
            break;
          case "number":
            if (Number.isFinite(value) === false) {
              value = null;
            }
          // this case explicitly falls through to the next one
          case "boolean":
            if (stringifier) value = stringifier(value);
            msgStr = ',"' + messageKey + '":' + value;
            break;
          case "string":
            value = (stringifier || asString)(value);
            msgStr = ',"' + messageKey + '":' + value;
            break;
          default:
            value = (stringifier || stringify2)(value, stringifySafe);
            msgStr = ',"' + messageKey + '":' + value;
        }
      }
      if (this[nestedKeySym] && propStr) {
        return data + this[nestedKeyStrSym] + propStr.slice(1) + "}" + msgStr + end;
      } else {
        return data + propStr + msgStr + end;
      }
    }
    function asChindings(instance, bindings) {
      let value;
      let data = instance[chindingsSym];
      const stringify2 = instance[stringifySym];
      const stringifySafe = instance[stringifySafeSym];
      const stringifiers = instance[stringifiersSym];
      const wildcardStringifier = stringifiers[wildcardFirstSym];
      const serializers = instance[serializersSym];
      const formatter2 = instance[formattersSym].bindings;
      bindings = formatter2(bindings);
      for (const key in bindings) {
        value = bindings[key];
        const valid = (key.length < 5 || key !== "level" && key !== "serializers" && key !== "formatters" && key !== "customLevels") && bindings.hasOwnProperty(key) && value !== void 0;
        if (valid === true) {
          value = serializers[key] ? serializers[key](value) : value;
          value = (stringifiers[key] || wildcardStringifier || stringify2)(value, stringifySafe);
          if (value === void 0) continue;
          data += "," + asString(key) + ":" + value;
        }
      }
      return data;
    }
    function hasBeenTampered(stream) {
      return stream.write !== stream.constructor.prototype.write;
    }
    function buildSafeSonicBoom(opts) {
      const stream = new SonicBoom(opts);
      stream.on("error", filterBrokenPipe);
      if (!opts.sync && isMainThread) {
        onExit.register(stream, autoEnd);
        stream.on("close", function() {
          onExit.unregister(stream);
        });
      }
      return stream;
      function filterBrokenPipe(err) {
        if (err.code === "EPIPE") {
          stream.write = noop;
          stream.end = noop;
          stream.flushSync = noop;
          stream.destroy = noop;
          return;
        }
        stream.removeListener("error", filterBrokenPipe);
        stream.emit("error", err);
      }
    }
    function autoEnd(stream, eventName) {
      if (stream.destroyed) {
        return;
      }
      if (eventName === "beforeExit") {
        stream.flush();
        stream.on("drain", function() {
          stream.end();
        });
      } else {
        stream.flushSync();
      }
    }
    function createArgsNormalizer(defaultOptions) {
      return function normalizeArgs(instance, caller, opts = {}, stream) {
        if (typeof opts === "string") {
          stream = buildSafeSonicBoom({ dest: opts });
          opts = {};
        } else if (typeof stream === "string") {
          if (opts && opts.transport) {
            throw Error("only one of option.transport or stream can be specified");
          }
          stream = buildSafeSonicBoom({ dest: stream });
        } else if (opts instanceof SonicBoom || opts.writable || opts._writableState) {
          stream = opts;
          opts = {};
        } else if (opts.transport) {
          if (opts.transport instanceof SonicBoom || opts.transport.writable || opts.transport._writableState) {
            throw Error("option.transport do not allow stream, please pass to option directly. e.g. pino(transport)");
          }
          if (opts.transport.targets && opts.transport.targets.length && opts.formatters && typeof opts.formatters.level === "function") {
            throw Error("option.transport.targets do not allow custom level formatters");
          }
          let customLevels;
          if (opts.customLevels) {
            customLevels = opts.useOnlyCustomLevels ? opts.customLevels : Object.assign({}, opts.levels, opts.customLevels);
          }
          stream = transport({ caller, ...opts.transport, levels: customLevels });
        }
        opts = Object.assign({}, defaultOptions, opts);
        opts.serializers = Object.assign(/* @__PURE__ */ Object.create(null), defaultOptions.serializers, opts.serializers);
        opts.formatters = Object.assign({}, defaultOptions.formatters, opts.formatters);
        if (opts.prettyPrint) {
          throw new Error("prettyPrint option is no longer supported, see the pino-pretty package (https://github.com/pinojs/pino-pretty)");
        }
        const { enabled, onChild } = opts;
        if (enabled === false) opts.level = "silent";
        if (!onChild) opts.onChild = noop;
        if (!stream) {
          if (!hasBeenTampered(process.stdout)) {
            stream = buildSafeSonicBoom({ fd: process.stdout.fd || 1 });
          } else {
            stream = process.stdout;
          }
        }
        return { opts, stream };
      };
    }
    function stringify(obj, stringifySafeFn) {
      try {
        return JSON.stringify(obj);
      } catch (_2) {
        try {
          const stringify2 = stringifySafeFn || this[stringifySafeSym];
          return stringify2(obj);
        } catch (_3) {
          return '"[unable to serialize, circular reference is too complex to analyze]"';
        }
      }
    }
    function buildFormatters(level, bindings, log2) {
      return {
        level,
        bindings,
        log: log2
      };
    }
    function normalizeDestFileDescriptor(destination) {
      const fd = Number(destination);
      if (typeof destination === "string" && Number.isFinite(fd)) {
        return fd;
      }
      if (destination === void 0) {
        return 1;
      }
      return destination;
    }
    module.exports = {
      noop,
      buildSafeSonicBoom,
      asChindings,
      asJson,
      genLog,
      createArgsNormalizer,
      stringify,
      buildFormatters,
      normalizeDestFileDescriptor
    };
  }
});

// ../../main/node_modules/pino/lib/constants.js
var require_constants = __commonJS({
  "../../main/node_modules/pino/lib/constants.js"(exports, module) {
    var DEFAULT_LEVELS = {
      trace: 10,
      debug: 20,
      info: 30,
      warn: 40,
      error: 50,
      fatal: 60
    };
    var SORTING_ORDER = {
      ASC: "ASC",
      DESC: "DESC"
    };
    module.exports = {
      DEFAULT_LEVELS,
      SORTING_ORDER
    };
  }
});

// ../../main/node_modules/pino/lib/levels.js
var require_levels = __commonJS({
  "../../main/node_modules/pino/lib/levels.js"(exports, module) {
    "use strict";
    var {
      lsCacheSym,
      levelValSym,
      useOnlyCustomLevelsSym,
      streamSym,
      formattersSym,
      hooksSym,
      levelCompSym
    } = require_symbols();
    var { noop, genLog } = require_tools();
    var { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
    var levelMethods = {
      fatal: (hook) => {
        const logFatal = genLog(DEFAULT_LEVELS.fatal, hook);
        return function(...args) {
          const stream = this[streamSym];
          logFatal.call(this, ...args);
          if (typeof stream.flushSync === "function") {
            try {
              stream.flushSync();
            } catch (e3) {
            }
          }
        };
      },
      error: (hook) => genLog(DEFAULT_LEVELS.error, hook),
      warn: (hook) => genLog(DEFAULT_LEVELS.warn, hook),
      info: (hook) => genLog(DEFAULT_LEVELS.info, hook),
      debug: (hook) => genLog(DEFAULT_LEVELS.debug, hook),
      trace: (hook) => genLog(DEFAULT_LEVELS.trace, hook)
    };
    var nums = Object.keys(DEFAULT_LEVELS).reduce((o2, k2) => {
      o2[DEFAULT_LEVELS[k2]] = k2;
      return o2;
    }, {});
    var initialLsCache = Object.keys(nums).reduce((o2, k2) => {
      o2[k2] = '{"level":' + Number(k2);
      return o2;
    }, {});
    function genLsCache(instance) {
      const formatter2 = instance[formattersSym].level;
      const { labels } = instance.levels;
      const cache = {};
      for (const label in labels) {
        const level = formatter2(labels[label], Number(label));
        cache[label] = JSON.stringify(level).slice(0, -1);
      }
      instance[lsCacheSym] = cache;
      return instance;
    }
    function isStandardLevel(level, useOnlyCustomLevels) {
      if (useOnlyCustomLevels) {
        return false;
      }
      switch (level) {
        case "fatal":
        case "error":
        case "warn":
        case "info":
        case "debug":
        case "trace":
          return true;
        default:
          return false;
      }
    }
    function setLevel(level) {
      const { labels, values } = this.levels;
      if (typeof level === "number") {
        if (labels[level] === void 0) throw Error("unknown level value" + level);
        level = labels[level];
      }
      if (values[level] === void 0) throw Error("unknown level " + level);
      const preLevelVal = this[levelValSym];
      const levelVal = this[levelValSym] = values[level];
      const useOnlyCustomLevelsVal = this[useOnlyCustomLevelsSym];
      const levelComparison = this[levelCompSym];
      const hook = this[hooksSym].logMethod;
      for (const key in values) {
        if (levelComparison(values[key], levelVal) === false) {
          this[key] = noop;
          continue;
        }
        this[key] = isStandardLevel(key, useOnlyCustomLevelsVal) ? levelMethods[key](hook) : genLog(values[key], hook);
      }
      this.emit(
        "level-change",
        level,
        levelVal,
        labels[preLevelVal],
        preLevelVal,
        this
      );
    }
    function getLevel(level) {
      const { levels, levelVal } = this;
      return levels && levels.labels ? levels.labels[levelVal] : "";
    }
    function isLevelEnabled(logLevel) {
      const { values } = this.levels;
      const logLevelVal = values[logLevel];
      return logLevelVal !== void 0 && this[levelCompSym](logLevelVal, this[levelValSym]);
    }
    function compareLevel(direction, current, expected) {
      if (direction === SORTING_ORDER.DESC) {
        return current <= expected;
      }
      return current >= expected;
    }
    function genLevelComparison(levelComparison) {
      if (typeof levelComparison === "string") {
        return compareLevel.bind(null, levelComparison);
      }
      return levelComparison;
    }
    function mappings(customLevels = null, useOnlyCustomLevels = false) {
      const customNums = customLevels ? Object.keys(customLevels).reduce((o2, k2) => {
        o2[customLevels[k2]] = k2;
        return o2;
      }, {}) : null;
      const labels = Object.assign(
        Object.create(Object.prototype, { Infinity: { value: "silent" } }),
        useOnlyCustomLevels ? null : nums,
        customNums
      );
      const values = Object.assign(
        Object.create(Object.prototype, { silent: { value: Infinity } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      return { labels, values };
    }
    function assertDefaultLevelFound(defaultLevel, customLevels, useOnlyCustomLevels) {
      if (typeof defaultLevel === "number") {
        const values = [].concat(
          Object.keys(customLevels || {}).map((key) => customLevels[key]),
          useOnlyCustomLevels ? [] : Object.keys(nums).map((level) => +level),
          Infinity
        );
        if (!values.includes(defaultLevel)) {
          throw Error(`default level:${defaultLevel} must be included in custom levels`);
        }
        return;
      }
      const labels = Object.assign(
        Object.create(Object.prototype, { silent: { value: Infinity } }),
        useOnlyCustomLevels ? null : DEFAULT_LEVELS,
        customLevels
      );
      if (!(defaultLevel in labels)) {
        throw Error(`default level:${defaultLevel} must be included in custom levels`);
      }
    }
    function assertNoLevelCollisions(levels, customLevels) {
      const { labels, values } = levels;
      for (const k2 in customLevels) {
        if (k2 in values) {
          throw Error("levels cannot be overridden");
        }
        if (customLevels[k2] in labels) {
          throw Error("pre-existing level values cannot be used for new levels");
        }
      }
    }
    function assertLevelComparison(levelComparison) {
      if (typeof levelComparison === "function") {
        return;
      }
      if (typeof levelComparison === "string" && Object.values(SORTING_ORDER).includes(levelComparison)) {
        return;
      }
      throw new Error('Levels comparison should be one of "ASC", "DESC" or "function" type');
    }
    module.exports = {
      initialLsCache,
      genLsCache,
      levelMethods,
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      assertNoLevelCollisions,
      assertDefaultLevelFound,
      genLevelComparison,
      assertLevelComparison
    };
  }
});

// ../../main/node_modules/pino/lib/meta.js
var require_meta = __commonJS({
  "../../main/node_modules/pino/lib/meta.js"(exports, module) {
    "use strict";
    module.exports = { version: "10.4.0" };
  }
});

// ../../main/node_modules/pino/lib/proto.js
var require_proto = __commonJS({
  "../../main/node_modules/pino/lib/proto.js"(exports, module) {
    "use strict";
    var { EventEmitter: EventEmitter5 } = __require("node:events");
    var {
      lsCacheSym,
      levelValSym,
      setLevelSym,
      getLevelSym,
      chindingsSym,
      mixinSym,
      asJsonSym,
      writeSym,
      mixinMergeStrategySym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      serializersSym,
      formattersSym,
      errorKeySym,
      messageKeySym,
      useOnlyCustomLevelsSym,
      needsMetadataGsym,
      redactFmtSym,
      stringifySym,
      formatOptsSym,
      stringifiersSym,
      msgPrefixSym,
      hooksSym
    } = require_symbols();
    var {
      getLevel,
      setLevel,
      isLevelEnabled,
      mappings,
      initialLsCache,
      genLsCache,
      assertNoLevelCollisions
    } = require_levels();
    var {
      asChindings,
      asJson,
      buildFormatters,
      stringify,
      noop
    } = require_tools();
    var {
      version: version2
    } = require_meta();
    var redaction = require_redaction();
    var constructor = class Pino {
    };
    var prototype = {
      constructor,
      child,
      bindings,
      setBindings,
      flush,
      isLevelEnabled,
      version: version2,
      get level() {
        return this[getLevelSym]();
      },
      set level(lvl) {
        this[setLevelSym](lvl);
      },
      get levelVal() {
        return this[levelValSym];
      },
      set levelVal(n2) {
        throw Error("levelVal is read-only");
      },
      get msgPrefix() {
        return this[msgPrefixSym];
      },
      get [Symbol.toStringTag]() {
        return "Pino";
      },
      [lsCacheSym]: initialLsCache,
      [writeSym]: write,
      [asJsonSym]: asJson,
      [getLevelSym]: getLevel,
      [setLevelSym]: setLevel
    };
    Object.setPrototypeOf(prototype, EventEmitter5.prototype);
    module.exports = function() {
      return Object.create(prototype);
    };
    var resetChildingsFormatter = (bindings2) => bindings2;
    function child(bindings2, options) {
      if (!bindings2) {
        throw Error("missing bindings for child Pino");
      }
      const serializers = this[serializersSym];
      const formatters2 = this[formattersSym];
      const instance = Object.create(this);
      if (options == null) {
        if (instance[formattersSym].bindings !== resetChildingsFormatter) {
          instance[formattersSym] = buildFormatters(
            formatters2.level,
            resetChildingsFormatter,
            formatters2.log
          );
        }
        instance[chindingsSym] = asChindings(instance, bindings2);
        if (this.onChild !== noop) {
          this.onChild(instance);
        }
        return instance;
      }
      if (options.hasOwnProperty("serializers") === true) {
        instance[serializersSym] = /* @__PURE__ */ Object.create(null);
        for (const k2 in serializers) {
          instance[serializersSym][k2] = serializers[k2];
        }
        const parentSymbols = Object.getOwnPropertySymbols(serializers);
        for (var i2 = 0; i2 < parentSymbols.length; i2++) {
          const ks = parentSymbols[i2];
          instance[serializersSym][ks] = serializers[ks];
        }
        for (const bk in options.serializers) {
          instance[serializersSym][bk] = options.serializers[bk];
        }
        const bindingsSymbols = Object.getOwnPropertySymbols(options.serializers);
        for (var bi = 0; bi < bindingsSymbols.length; bi++) {
          const bks = bindingsSymbols[bi];
          instance[serializersSym][bks] = options.serializers[bks];
        }
      } else instance[serializersSym] = serializers;
      if (options.hasOwnProperty("formatters")) {
        const { level, bindings: chindings, log: log2 } = options.formatters;
        instance[formattersSym] = buildFormatters(
          level || formatters2.level,
          chindings || resetChildingsFormatter,
          log2 || formatters2.log
        );
      } else {
        instance[formattersSym] = buildFormatters(
          formatters2.level,
          resetChildingsFormatter,
          formatters2.log
        );
      }
      if (options.hasOwnProperty("customLevels") === true) {
        assertNoLevelCollisions(this.levels, options.customLevels);
        instance.levels = mappings(options.customLevels, instance[useOnlyCustomLevelsSym]);
        genLsCache(instance);
      }
      if (typeof options.redact === "object" && options.redact !== null || Array.isArray(options.redact)) {
        instance.redact = options.redact;
        const stringifiers = redaction(instance.redact, stringify);
        const formatOpts = { stringify: stringifiers[redactFmtSym] };
        instance[stringifySym] = stringify;
        instance[stringifiersSym] = stringifiers;
        instance[formatOptsSym] = formatOpts;
      }
      if (typeof options.msgPrefix === "string") {
        instance[msgPrefixSym] = (this[msgPrefixSym] || "") + options.msgPrefix;
      }
      instance[chindingsSym] = asChindings(instance, bindings2);
      if (options.level !== void 0 && options.level !== this.level || options.hasOwnProperty("customLevels")) {
        const childLevel = options.level || this.level;
        instance[setLevelSym](childLevel);
      }
      this.onChild(instance);
      return instance;
    }
    function bindings() {
      const chindings = this[chindingsSym];
      const chindingsJson = `{${chindings.substr(1)}}`;
      const bindingsFromJson = JSON.parse(chindingsJson);
      delete bindingsFromJson.pid;
      delete bindingsFromJson.hostname;
      return bindingsFromJson;
    }
    function setBindings(newBindings) {
      const chindings = asChindings(this, newBindings);
      this[chindingsSym] = chindings;
    }
    function defaultMixinMergeStrategy(mergeObject, mixinObject) {
      return Object.assign(mixinObject, mergeObject);
    }
    function write(_obj, msg, num) {
      const t2 = this[timeSym]();
      const mixin = this[mixinSym];
      const errorKey = this[errorKeySym];
      const messageKey = this[messageKeySym];
      const mixinMergeStrategy = this[mixinMergeStrategySym] || defaultMixinMergeStrategy;
      let obj;
      const streamWriteHook = this[hooksSym].streamWrite;
      if (_obj === void 0 || _obj === null) {
        obj = {};
      } else if (_obj instanceof Error) {
        obj = { [errorKey]: _obj };
        if (msg === void 0) {
          msg = _obj.message;
        }
      } else {
        obj = _obj;
        if (msg === void 0 && _obj[messageKey] === void 0 && _obj[errorKey]) {
          msg = _obj[errorKey].message;
        }
      }
      if (mixin) {
        obj = mixinMergeStrategy(obj, mixin(obj, num, this));
      }
      const s2 = this[asJsonSym](obj, msg, num, t2);
      const stream = this[streamSym];
      if (stream[needsMetadataGsym] === true) {
        stream.lastLevel = num;
        stream.lastObj = obj;
        stream.lastMsg = msg;
        stream.lastTime = t2.slice(this[timeSliceIndexSym]);
        stream.lastLogger = this;
      }
      stream.write(streamWriteHook ? streamWriteHook(s2) : s2);
    }
    function flush(cb) {
      if (cb != null && typeof cb !== "function") {
        throw Error("callback must be a function");
      }
      const stream = this[streamSym];
      if (typeof stream.flush === "function") {
        stream.flush(cb || noop);
      } else if (cb) cb();
    }
  }
});

// ../../main/node_modules/safe-stable-stringify/index.js
var require_safe_stable_stringify = __commonJS({
  "../../main/node_modules/safe-stable-stringify/index.js"(exports, module) {
    "use strict";
    var { hasOwnProperty } = Object.prototype;
    var stringify = configure();
    stringify.configure = configure;
    stringify.stringify = stringify;
    stringify.default = stringify;
    exports.stringify = stringify;
    exports.configure = configure;
    module.exports = stringify;
    var strEscapeSequencesRegExp = /[\u0000-\u001f\u0022\u005c\ud800-\udfff]/;
    function strEscape(str) {
      if (str.length < 5e3 && !strEscapeSequencesRegExp.test(str)) {
        return `"${str}"`;
      }
      return JSON.stringify(str);
    }
    function sort(array, comparator) {
      if (array.length > 200 || comparator) {
        return array.sort(comparator);
      }
      for (let i2 = 1; i2 < array.length; i2++) {
        const currentValue = array[i2];
        let position = i2;
        while (position !== 0 && array[position - 1] > currentValue) {
          array[position] = array[position - 1];
          position--;
        }
        array[position] = currentValue;
      }
      return array;
    }
    var typedArrayPrototypeGetSymbolToStringTag = Object.getOwnPropertyDescriptor(
      Object.getPrototypeOf(
        Object.getPrototypeOf(
          new Int8Array()
        )
      ),
      Symbol.toStringTag
    ).get;
    function isTypedArrayWithEntries(value) {
      return typedArrayPrototypeGetSymbolToStringTag.call(value) !== void 0 && value.length !== 0;
    }
    function stringifyTypedArray(array, separator, maximumBreadth) {
      if (array.length < maximumBreadth) {
        maximumBreadth = array.length;
      }
      const whitespace = separator === "," ? "" : " ";
      let res = `"0":${whitespace}${array[0]}`;
      for (let i2 = 1; i2 < maximumBreadth; i2++) {
        res += `${separator}"${i2}":${whitespace}${array[i2]}`;
      }
      return res;
    }
    function getCircularValueOption(options) {
      if (hasOwnProperty.call(options, "circularValue")) {
        const circularValue = options.circularValue;
        if (typeof circularValue === "string") {
          return `"${circularValue}"`;
        }
        if (circularValue == null) {
          return circularValue;
        }
        if (circularValue === Error || circularValue === TypeError) {
          return {
            toString() {
              throw new TypeError("Converting circular structure to JSON");
            }
          };
        }
        throw new TypeError('The "circularValue" argument must be of type string or the value null or undefined');
      }
      return '"[Circular]"';
    }
    function getDeterministicOption(options) {
      let value;
      if (hasOwnProperty.call(options, "deterministic")) {
        value = options.deterministic;
        if (typeof value !== "boolean" && typeof value !== "function") {
          throw new TypeError('The "deterministic" argument must be of type boolean or comparator function');
        }
      }
      return value === void 0 ? true : value;
    }
    function getBooleanOption(options, key) {
      let value;
      if (hasOwnProperty.call(options, key)) {
        value = options[key];
        if (typeof value !== "boolean") {
          throw new TypeError(`The "${key}" argument must be of type boolean`);
        }
      }
      return value === void 0 ? true : value;
    }
    function getPositiveIntegerOption(options, key) {
      let value;
      if (hasOwnProperty.call(options, key)) {
        value = options[key];
        if (typeof value !== "number") {
          throw new TypeError(`The "${key}" argument must be of type number`);
        }
        if (!Number.isInteger(value)) {
          throw new TypeError(`The "${key}" argument must be an integer`);
        }
        if (value < 1) {
          throw new RangeError(`The "${key}" argument must be >= 1`);
        }
      }
      return value === void 0 ? Infinity : value;
    }
    function getItemCount(number) {
      if (number === 1) {
        return "1 item";
      }
      return `${number} items`;
    }
    function getUniqueReplacerSet(replacerArray) {
      const replacerSet = /* @__PURE__ */ new Set();
      for (const value of replacerArray) {
        if (typeof value === "string" || typeof value === "number") {
          replacerSet.add(String(value));
        }
      }
      return replacerSet;
    }
    function getStrictOption(options) {
      if (hasOwnProperty.call(options, "strict")) {
        const value = options.strict;
        if (typeof value !== "boolean") {
          throw new TypeError('The "strict" argument must be of type boolean');
        }
        if (value) {
          return (value2) => {
            let message = `Object can not safely be stringified. Received type ${typeof value2}`;
            if (typeof value2 !== "function") message += ` (${value2.toString()})`;
            throw new Error(message);
          };
        }
      }
    }
    function configure(options) {
      options = { ...options };
      const fail = getStrictOption(options);
      if (fail) {
        if (options.bigint === void 0) {
          options.bigint = false;
        }
        if (!("circularValue" in options)) {
          options.circularValue = Error;
        }
      }
      const circularValue = getCircularValueOption(options);
      const bigint = getBooleanOption(options, "bigint");
      const deterministic = getDeterministicOption(options);
      const comparator = typeof deterministic === "function" ? deterministic : void 0;
      const maximumDepth = getPositiveIntegerOption(options, "maximumDepth");
      const maximumBreadth = getPositiveIntegerOption(options, "maximumBreadth");
      function stringifyFnReplacer(key, parent, stack, replacer, spacer, indentation) {
        let value = parent[key];
        if (typeof value === "object" && value !== null && typeof value.toJSON === "function") {
          value = value.toJSON(key);
        }
        value = replacer.call(parent, key, value);
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            let res = "";
            let join = ",";
            const originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              if (spacer !== "") {
                indentation += spacer;
                res += `
${indentation}`;
                join = `,
${indentation}`;
              }
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i2 = 0;
              for (; i2 < maximumValuesToStringify - 1; i2++) {
                const tmp2 = stringifyFnReplacer(String(i2), value, stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += join;
              }
              const tmp = stringifyFnReplacer(String(i2), value, stack, replacer, spacer, indentation);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `${join}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              if (spacer !== "") {
                res += `
${originalIndentation}`;
              }
              stack.pop();
              return `[${res}]`;
            }
            let keys = Object.keys(value);
            const keyLength = keys.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            let whitespace = "";
            let separator = "";
            if (spacer !== "") {
              indentation += spacer;
              join = `,
${indentation}`;
              whitespace = " ";
            }
            const maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (deterministic && !isTypedArrayWithEntries(value)) {
              keys = sort(keys, comparator);
            }
            stack.push(value);
            for (let i2 = 0; i2 < maximumPropertiesToStringify; i2++) {
              const key2 = keys[i2];
              const tmp = stringifyFnReplacer(key2, value, stack, replacer, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`;
                separator = join;
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":${whitespace}"${getItemCount(removedKeys)} not stringified"`;
              separator = join;
            }
            if (spacer !== "" && separator.length > 1) {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifyArrayReplacer(key, value, stack, replacer, spacer, indentation) {
        if (typeof value === "object" && value !== null && typeof value.toJSON === "function") {
          value = value.toJSON(key);
        }
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            const originalIndentation = indentation;
            let res = "";
            let join = ",";
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              if (spacer !== "") {
                indentation += spacer;
                res += `
${indentation}`;
                join = `,
${indentation}`;
              }
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i2 = 0;
              for (; i2 < maximumValuesToStringify - 1; i2++) {
                const tmp2 = stringifyArrayReplacer(String(i2), value[i2], stack, replacer, spacer, indentation);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += join;
              }
              const tmp = stringifyArrayReplacer(String(i2), value[i2], stack, replacer, spacer, indentation);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `${join}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              if (spacer !== "") {
                res += `
${originalIndentation}`;
              }
              stack.pop();
              return `[${res}]`;
            }
            stack.push(value);
            let whitespace = "";
            if (spacer !== "") {
              indentation += spacer;
              join = `,
${indentation}`;
              whitespace = " ";
            }
            let separator = "";
            for (const key2 of replacer) {
              const tmp = stringifyArrayReplacer(key2, value[key2], stack, replacer, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${whitespace}${tmp}`;
                separator = join;
              }
            }
            if (spacer !== "" && separator.length > 1) {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifyIndent(key, value, stack, spacer, indentation) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (typeof value.toJSON === "function") {
              value = value.toJSON(key);
              if (typeof value !== "object") {
                return stringifyIndent(key, value, stack, spacer, indentation);
              }
              if (value === null) {
                return "null";
              }
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            const originalIndentation = indentation;
            if (Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              indentation += spacer;
              let res2 = `
${indentation}`;
              const join2 = `,
${indentation}`;
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i2 = 0;
              for (; i2 < maximumValuesToStringify - 1; i2++) {
                const tmp2 = stringifyIndent(String(i2), value[i2], stack, spacer, indentation);
                res2 += tmp2 !== void 0 ? tmp2 : "null";
                res2 += join2;
              }
              const tmp = stringifyIndent(String(i2), value[i2], stack, spacer, indentation);
              res2 += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res2 += `${join2}"... ${getItemCount(removedKeys)} not stringified"`;
              }
              res2 += `
${originalIndentation}`;
              stack.pop();
              return `[${res2}]`;
            }
            let keys = Object.keys(value);
            const keyLength = keys.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            indentation += spacer;
            const join = `,
${indentation}`;
            let res = "";
            let separator = "";
            let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (isTypedArrayWithEntries(value)) {
              res += stringifyTypedArray(value, join, maximumBreadth);
              keys = keys.slice(value.length);
              maximumPropertiesToStringify -= value.length;
              separator = join;
            }
            if (deterministic) {
              keys = sort(keys, comparator);
            }
            stack.push(value);
            for (let i2 = 0; i2 < maximumPropertiesToStringify; i2++) {
              const key2 = keys[i2];
              const tmp = stringifyIndent(key2, value[key2], stack, spacer, indentation);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}: ${tmp}`;
                separator = join;
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...": "${getItemCount(removedKeys)} not stringified"`;
              separator = join;
            }
            if (separator !== "") {
              res = `
${indentation}${res}
${originalIndentation}`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringifySimple(key, value, stack) {
        switch (typeof value) {
          case "string":
            return strEscape(value);
          case "object": {
            if (value === null) {
              return "null";
            }
            if (typeof value.toJSON === "function") {
              value = value.toJSON(key);
              if (typeof value !== "object") {
                return stringifySimple(key, value, stack);
              }
              if (value === null) {
                return "null";
              }
            }
            if (stack.indexOf(value) !== -1) {
              return circularValue;
            }
            let res = "";
            const hasLength = value.length !== void 0;
            if (hasLength && Array.isArray(value)) {
              if (value.length === 0) {
                return "[]";
              }
              if (maximumDepth < stack.length + 1) {
                return '"[Array]"';
              }
              stack.push(value);
              const maximumValuesToStringify = Math.min(value.length, maximumBreadth);
              let i2 = 0;
              for (; i2 < maximumValuesToStringify - 1; i2++) {
                const tmp2 = stringifySimple(String(i2), value[i2], stack);
                res += tmp2 !== void 0 ? tmp2 : "null";
                res += ",";
              }
              const tmp = stringifySimple(String(i2), value[i2], stack);
              res += tmp !== void 0 ? tmp : "null";
              if (value.length - 1 > maximumBreadth) {
                const removedKeys = value.length - maximumBreadth - 1;
                res += `,"... ${getItemCount(removedKeys)} not stringified"`;
              }
              stack.pop();
              return `[${res}]`;
            }
            let keys = Object.keys(value);
            const keyLength = keys.length;
            if (keyLength === 0) {
              return "{}";
            }
            if (maximumDepth < stack.length + 1) {
              return '"[Object]"';
            }
            let separator = "";
            let maximumPropertiesToStringify = Math.min(keyLength, maximumBreadth);
            if (hasLength && isTypedArrayWithEntries(value)) {
              res += stringifyTypedArray(value, ",", maximumBreadth);
              keys = keys.slice(value.length);
              maximumPropertiesToStringify -= value.length;
              separator = ",";
            }
            if (deterministic) {
              keys = sort(keys, comparator);
            }
            stack.push(value);
            for (let i2 = 0; i2 < maximumPropertiesToStringify; i2++) {
              const key2 = keys[i2];
              const tmp = stringifySimple(key2, value[key2], stack);
              if (tmp !== void 0) {
                res += `${separator}${strEscape(key2)}:${tmp}`;
                separator = ",";
              }
            }
            if (keyLength > maximumBreadth) {
              const removedKeys = keyLength - maximumBreadth;
              res += `${separator}"...":"${getItemCount(removedKeys)} not stringified"`;
            }
            stack.pop();
            return `{${res}}`;
          }
          case "number":
            return isFinite(value) ? String(value) : fail ? fail(value) : "null";
          case "boolean":
            return value === true ? "true" : "false";
          case "undefined":
            return void 0;
          case "bigint":
            if (bigint) {
              return String(value);
            }
          // fallthrough
          default:
            return fail ? fail(value) : void 0;
        }
      }
      function stringify2(value, replacer, space) {
        if (arguments.length > 1) {
          let spacer = "";
          if (typeof space === "number") {
            spacer = " ".repeat(Math.min(space, 10));
          } else if (typeof space === "string") {
            spacer = space.slice(0, 10);
          }
          if (replacer != null) {
            if (typeof replacer === "function") {
              return stringifyFnReplacer("", { "": value }, [], replacer, spacer, "");
            }
            if (Array.isArray(replacer)) {
              return stringifyArrayReplacer("", value, [], getUniqueReplacerSet(replacer), spacer, "");
            }
          }
          if (spacer.length !== 0) {
            return stringifyIndent("", value, [], spacer, "");
          }
        }
        return stringifySimple("", value, []);
      }
      return stringify2;
    }
  }
});

// ../../main/node_modules/pino/lib/multistream.js
var require_multistream = __commonJS({
  "../../main/node_modules/pino/lib/multistream.js"(exports, module) {
    "use strict";
    var metadata = /* @__PURE__ */ Symbol.for("pino.metadata");
    var { DEFAULT_LEVELS } = require_constants();
    var DEFAULT_INFO_LEVEL = DEFAULT_LEVELS.info;
    function multistream(streamsArray, opts) {
      streamsArray = streamsArray || [];
      opts = opts || { dedupe: false };
      const streamLevels = Object.create(DEFAULT_LEVELS);
      streamLevels.silent = Infinity;
      if (opts.levels && typeof opts.levels === "object") {
        Object.keys(opts.levels).forEach((i2) => {
          streamLevels[i2] = opts.levels[i2];
        });
      }
      const res = {
        write,
        add,
        remove,
        emit,
        flushSync,
        end,
        minLevel: 0,
        lastId: 0,
        streams: [],
        clone,
        [metadata]: true,
        streamLevels
      };
      if (Array.isArray(streamsArray)) {
        streamsArray.forEach(add, res);
      } else {
        add.call(res, streamsArray);
      }
      streamsArray = null;
      return res;
      function write(data) {
        let dest;
        const level = typeof this.lastLevel === "string" ? (this.streamLevels || streamLevels)[this.lastLevel] : this.lastLevel;
        const { streams } = this;
        let recordedLevel = 0;
        let stream;
        for (let i2 = initLoopVar(streams.length, opts.dedupe); checkLoopVar(i2, streams.length, opts.dedupe); i2 = adjustLoopVar(i2, opts.dedupe)) {
          dest = streams[i2];
          if (dest.level <= level) {
            if (recordedLevel !== 0 && recordedLevel !== dest.level) {
              break;
            }
            stream = dest.stream;
            if (stream[metadata]) {
              const { lastTime, lastMsg, lastObj, lastLogger } = this;
              stream.lastLevel = level;
              stream.lastTime = lastTime;
              stream.lastMsg = lastMsg;
              stream.lastObj = lastObj;
              stream.lastLogger = lastLogger;
            }
            stream.write(data);
            if (opts.dedupe) {
              recordedLevel = dest.level;
            }
          } else if (!opts.dedupe) {
            break;
          }
        }
      }
      function emit(...args) {
        for (const { stream } of this.streams) {
          if (typeof stream.emit === "function") {
            stream.emit(...args);
          }
        }
      }
      function flushSync() {
        for (const { stream } of this.streams) {
          if (typeof stream.flushSync === "function") {
            stream.flushSync();
          }
        }
      }
      function add(dest) {
        if (!dest) {
          return this;
        }
        const isStream = typeof dest.write === "function" || dest.stream;
        const stream_ = dest.write ? dest : dest.stream;
        if (!isStream) {
          throw Error("stream object needs to implement either StreamEntry or DestinationStream interface");
        }
        const { streams, streamLevels: streamLevels2 } = this;
        let level;
        if (typeof dest.levelVal === "number") {
          level = dest.levelVal;
        } else if (typeof dest.level === "string") {
          level = streamLevels2[dest.level];
        } else if (typeof dest.level === "number") {
          level = dest.level;
        } else {
          level = DEFAULT_INFO_LEVEL;
        }
        const dest_ = {
          stream: stream_,
          level,
          levelVal: void 0,
          id: ++res.lastId
        };
        streams.unshift(dest_);
        streams.sort(compareByLevel);
        this.minLevel = streams[0].level;
        return this;
      }
      function remove(id3) {
        const { streams } = this;
        const index = streams.findIndex((s2) => s2.id === id3);
        if (index >= 0) {
          streams.splice(index, 1);
          streams.sort(compareByLevel);
          this.minLevel = streams.length > 0 ? streams[0].level : -1;
        }
        return this;
      }
      function end() {
        for (const { stream } of this.streams) {
          if (typeof stream.flushSync === "function") {
            stream.flushSync();
          }
          stream.end();
        }
      }
      function clone(level) {
        const streams = new Array(this.streams.length);
        for (let i2 = 0; i2 < streams.length; i2++) {
          streams[i2] = {
            level,
            stream: this.streams[i2].stream
          };
        }
        return {
          write,
          add,
          remove,
          emit,
          flushSync,
          end,
          minLevel: level,
          streams,
          clone,
          [metadata]: true,
          streamLevels
        };
      }
    }
    function compareByLevel(a2, b2) {
      return a2.level - b2.level;
    }
    function initLoopVar(length, dedupe) {
      return dedupe ? length - 1 : 0;
    }
    function adjustLoopVar(i2, dedupe) {
      return dedupe ? i2 - 1 : i2 + 1;
    }
    function checkLoopVar(i2, length, dedupe) {
      return dedupe ? i2 >= 0 : i2 < length;
    }
    module.exports = multistream;
  }
});

// ../../main/node_modules/pino/pino.js
var require_pino = __commonJS({
  "../../main/node_modules/pino/pino.js"(exports, module) {
    "use strict";
    var os = __require("node:os");
    var stdSerializers = require_pino_std_serializers();
    var caller = require_caller();
    var redaction = require_redaction();
    var time = require_time();
    var proto = require_proto();
    var symbols = require_symbols();
    var { configure } = require_safe_stable_stringify();
    var { assertDefaultLevelFound, mappings, genLsCache, genLevelComparison, assertLevelComparison } = require_levels();
    var { DEFAULT_LEVELS, SORTING_ORDER } = require_constants();
    var {
      createArgsNormalizer,
      asChindings,
      buildSafeSonicBoom,
      buildFormatters,
      stringify,
      normalizeDestFileDescriptor,
      noop
    } = require_tools();
    var { version: version2 } = require_meta();
    var {
      chindingsSym,
      redactFmtSym,
      serializersSym,
      timeSym,
      timeSliceIndexSym,
      streamSym,
      stringifySym,
      stringifySafeSym,
      stringifiersSym,
      setLevelSym,
      endSym,
      formatOptsSym,
      messageKeySym,
      errorKeySym,
      nestedKeySym,
      mixinSym,
      levelCompSym,
      useOnlyCustomLevelsSym,
      formattersSym,
      hooksSym,
      nestedKeyStrSym,
      mixinMergeStrategySym,
      msgPrefixSym,
      transportUsesMultistreamSym
    } = symbols;
    var { epochTime, nullTime } = time;
    var { pid } = process;
    var hostname2 = os.hostname();
    var defaultErrorSerializer = stdSerializers.err;
    var defaultOptions = {
      level: "info",
      levelComparison: SORTING_ORDER.ASC,
      levels: DEFAULT_LEVELS,
      messageKey: "msg",
      errorKey: "err",
      nestedKey: null,
      enabled: true,
      base: { pid, hostname: hostname2 },
      serializers: Object.assign(/* @__PURE__ */ Object.create(null), {
        err: defaultErrorSerializer
      }),
      formatters: Object.assign(/* @__PURE__ */ Object.create(null), {
        bindings(bindings) {
          return bindings;
        },
        level(label, number) {
          return { level: number };
        }
      }),
      hooks: {
        logMethod: void 0,
        streamWrite: void 0
      },
      timestamp: epochTime,
      name: void 0,
      redact: null,
      customLevels: null,
      useOnlyCustomLevels: false,
      depthLimit: 5,
      edgeLimit: 100
    };
    var normalize2 = createArgsNormalizer(defaultOptions);
    var serializers = Object.assign(/* @__PURE__ */ Object.create(null), stdSerializers);
    function pino2(...args) {
      const instance = {};
      const { opts, stream } = normalize2(instance, caller(), ...args);
      if (opts.level && typeof opts.level === "string" && DEFAULT_LEVELS[opts.level.toLowerCase()] !== void 0) opts.level = opts.level.toLowerCase();
      const {
        redact,
        crlf,
        serializers: serializers2,
        timestamp,
        messageKey,
        errorKey,
        nestedKey,
        base,
        name,
        level,
        customLevels,
        levelComparison,
        mixin,
        mixinMergeStrategy,
        useOnlyCustomLevels,
        formatters: formatters2,
        hooks,
        depthLimit,
        edgeLimit,
        onChild,
        msgPrefix
      } = opts;
      const stringifySafe = configure({
        maximumDepth: depthLimit,
        maximumBreadth: edgeLimit
      });
      const allFormatters = buildFormatters(
        formatters2.level,
        formatters2.bindings,
        formatters2.log
      );
      const stringifyFn = stringify.bind({
        [stringifySafeSym]: stringifySafe
      });
      const stringifiers = redact ? Object.assign(/* @__PURE__ */ Object.create(null), redaction(redact, stringifyFn)) : /* @__PURE__ */ Object.create(null);
      const formatOpts = redact ? { stringify: stringifiers[redactFmtSym] } : { stringify: stringifyFn };
      const end = "}" + (crlf ? "\r\n" : "\n");
      const coreChindings = asChindings.bind(null, {
        [chindingsSym]: "",
        [serializersSym]: serializers2,
        [stringifiersSym]: stringifiers,
        [stringifySym]: stringify,
        [stringifySafeSym]: stringifySafe,
        [formattersSym]: allFormatters
      });
      let chindings = "";
      if (base !== null) {
        if (name === void 0) {
          chindings = coreChindings(base);
        } else {
          chindings = coreChindings(Object.assign({}, base, { name }));
        }
      }
      const time2 = timestamp instanceof Function ? timestamp : timestamp ? epochTime : nullTime;
      const timeSliceIndex = time2().indexOf(":") + 1;
      if (useOnlyCustomLevels && !customLevels) throw Error("customLevels is required if useOnlyCustomLevels is set true");
      if (mixin && typeof mixin !== "function") throw Error(`Unknown mixin type "${typeof mixin}" - expected "function"`);
      if (msgPrefix && typeof msgPrefix !== "string") throw Error(`Unknown msgPrefix type "${typeof msgPrefix}" - expected "string"`);
      assertDefaultLevelFound(level, customLevels, useOnlyCustomLevels);
      const levels = mappings(customLevels, useOnlyCustomLevels);
      if (stream && stream[transportUsesMultistreamSym] === true) {
        let sampleLabel = typeof level === "string" ? level : void 0;
        if (!sampleLabel || levels[sampleLabel] === void 0) {
          sampleLabel = Object.keys(levels)[0];
        }
        const sampleNumber = levels[sampleLabel];
        let ok = false;
        try {
          const formatted = formatters2.level(sampleLabel, sampleNumber);
          ok = formatted && typeof formatted === "object" && formatted.level === sampleNumber;
        } catch {
          ok = false;
        }
        if (!ok) {
          process.emitWarning(
            'custom formatters.level detected with multiple transport targets/pipelines; ensure logs include a numeric "level" field or they may be dropped',
            { code: "PINO_TRANSPORT_MULTI_TARGETS_LEVEL_FORMATTER" }
          );
        }
      }
      if (typeof stream.emit === "function") {
        stream.emit("message", { code: "PINO_CONFIG", config: { levels, messageKey, errorKey } });
      }
      assertLevelComparison(levelComparison);
      const levelCompFunc = genLevelComparison(levelComparison);
      Object.assign(instance, {
        levels,
        [levelCompSym]: levelCompFunc,
        [useOnlyCustomLevelsSym]: useOnlyCustomLevels,
        [streamSym]: stream,
        [timeSym]: time2,
        [timeSliceIndexSym]: timeSliceIndex,
        [stringifySym]: stringify,
        [stringifySafeSym]: stringifySafe,
        [stringifiersSym]: stringifiers,
        [endSym]: end,
        [formatOptsSym]: formatOpts,
        [messageKeySym]: messageKey,
        [errorKeySym]: errorKey,
        [nestedKeySym]: nestedKey,
        // protect against injection
        [nestedKeyStrSym]: nestedKey ? `,${JSON.stringify(nestedKey)}:{` : "",
        [serializersSym]: serializers2,
        [mixinSym]: mixin,
        [mixinMergeStrategySym]: mixinMergeStrategy,
        [chindingsSym]: chindings,
        [formattersSym]: allFormatters,
        [hooksSym]: hooks,
        silent: noop,
        onChild,
        [msgPrefixSym]: msgPrefix
      });
      Object.setPrototypeOf(instance, proto());
      genLsCache(instance);
      instance[setLevelSym](level);
      return instance;
    }
    module.exports = pino2;
    module.exports.destination = (dest = process.stdout.fd) => {
      if (typeof dest === "object") {
        dest.dest = normalizeDestFileDescriptor(dest.dest || process.stdout.fd);
        return buildSafeSonicBoom(dest);
      } else {
        return buildSafeSonicBoom({ dest: normalizeDestFileDescriptor(dest), minLength: 0 });
      }
    };
    module.exports.transport = require_transport();
    module.exports.multistream = require_multistream();
    module.exports.levels = mappings();
    module.exports.stdSerializers = serializers;
    module.exports.stdTimeFunctions = Object.assign({}, time);
    module.exports.symbols = symbols;
    module.exports.version = version2;
    module.exports.default = pino2;
    module.exports.pino = pino2;
  }
});

// ../../main/node_modules/rrule/dist/es5/rrule.js
var require_rrule = __commonJS({
  "../../main/node_modules/rrule/dist/es5/rrule.js"(exports, module) {
    (function webpackUniversalModuleDefinition(root, factory) {
      if (typeof exports === "object" && typeof module === "object")
        module.exports = factory();
      else if (typeof define === "function" && define.amd)
        define([], factory);
      else if (typeof exports === "object")
        exports["rrule"] = factory();
      else
        root["rrule"] = factory();
    })(typeof self !== "undefined" ? self : exports, () => {
      return (
        /******/
        (() => {
          "use strict";
          var __webpack_require__ = {};
          (() => {
            __webpack_require__.d = (exports2, definition) => {
              for (var key in definition) {
                if (__webpack_require__.o(definition, key) && !__webpack_require__.o(exports2, key)) {
                  Object.defineProperty(exports2, key, { enumerable: true, get: definition[key] });
                }
              }
            };
          })();
          (() => {
            __webpack_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop);
          })();
          (() => {
            __webpack_require__.r = (exports2) => {
              if (typeof Symbol !== "undefined" && Symbol.toStringTag) {
                Object.defineProperty(exports2, Symbol.toStringTag, { value: "Module" });
              }
              Object.defineProperty(exports2, "__esModule", { value: true });
            };
          })();
          var __webpack_exports__ = {};
          __webpack_require__.r(__webpack_exports__);
          __webpack_require__.d(__webpack_exports__, {
            "ALL_WEEKDAYS": () => (
              /* reexport */
              ALL_WEEKDAYS
            ),
            "Frequency": () => (
              /* reexport */
              Frequency
            ),
            "RRule": () => (
              /* reexport */
              RRule2
            ),
            "RRuleSet": () => (
              /* reexport */
              RRuleSet
            ),
            "Weekday": () => (
              /* reexport */
              Weekday
            ),
            "datetime": () => (
              /* reexport */
              datetime
            ),
            "rrulestr": () => (
              /* reexport */
              rrulestr
            )
          });
          ;
          var ALL_WEEKDAYS = [
            "MO",
            "TU",
            "WE",
            "TH",
            "FR",
            "SA",
            "SU"
          ];
          var Weekday = (
            /** @class */
            (function() {
              function Weekday2(weekday, n2) {
                if (n2 === 0)
                  throw new Error("Can't create weekday with n == 0");
                this.weekday = weekday;
                this.n = n2;
              }
              Weekday2.fromStr = function(str) {
                return new Weekday2(ALL_WEEKDAYS.indexOf(str));
              };
              Weekday2.prototype.nth = function(n2) {
                return this.n === n2 ? this : new Weekday2(this.weekday, n2);
              };
              Weekday2.prototype.equals = function(other) {
                return this.weekday === other.weekday && this.n === other.n;
              };
              Weekday2.prototype.toString = function() {
                var s2 = ALL_WEEKDAYS[this.weekday];
                if (this.n)
                  s2 = (this.n > 0 ? "+" : "") + String(this.n) + s2;
                return s2;
              };
              Weekday2.prototype.getJsWeekday = function() {
                return this.weekday === 6 ? 0 : this.weekday + 1;
              };
              return Weekday2;
            })()
          );
          ;
          var isPresent = function(value) {
            return value !== null && value !== void 0;
          };
          var isNumber = function(value) {
            return typeof value === "number";
          };
          var isWeekdayStr = function(value) {
            return typeof value === "string" && ALL_WEEKDAYS.includes(value);
          };
          var isArray = Array.isArray;
          var range = function(start, end) {
            if (end === void 0) {
              end = start;
            }
            if (arguments.length === 1) {
              end = start;
              start = 0;
            }
            var rang = [];
            for (var i2 = start; i2 < end; i2++)
              rang.push(i2);
            return rang;
          };
          var clone = function(array) {
            return [].concat(array);
          };
          var repeat = function(value, times2) {
            var i2 = 0;
            var array = [];
            if (isArray(value)) {
              for (; i2 < times2; i2++)
                array[i2] = [].concat(value);
            } else {
              for (; i2 < times2; i2++)
                array[i2] = value;
            }
            return array;
          };
          var toArray = function(item) {
            if (isArray(item)) {
              return item;
            }
            return [item];
          };
          function padStart(item, targetLength, padString) {
            if (padString === void 0) {
              padString = " ";
            }
            var str = String(item);
            targetLength = targetLength >> 0;
            if (str.length > targetLength) {
              return String(str);
            }
            targetLength = targetLength - str.length;
            if (targetLength > padString.length) {
              padString += repeat(padString, targetLength / padString.length);
            }
            return padString.slice(0, targetLength) + String(str);
          }
          var split = function(str, sep, num) {
            var splits = str.split(sep);
            return num ? splits.slice(0, num).concat([splits.slice(num).join(sep)]) : splits;
          };
          var pymod = function(a2, b2) {
            var r2 = a2 % b2;
            return r2 * b2 < 0 ? r2 + b2 : r2;
          };
          var divmod = function(a2, b2) {
            return { div: Math.floor(a2 / b2), mod: pymod(a2, b2) };
          };
          var empty = function(obj) {
            return !isPresent(obj) || obj.length === 0;
          };
          var notEmpty = function(obj) {
            return !empty(obj);
          };
          var includes = function(arr, val) {
            return notEmpty(arr) && arr.indexOf(val) !== -1;
          };
          ;
          var datetime = function(y2, m2, d2, h2, i2, s2) {
            if (h2 === void 0) {
              h2 = 0;
            }
            if (i2 === void 0) {
              i2 = 0;
            }
            if (s2 === void 0) {
              s2 = 0;
            }
            return new Date(Date.UTC(y2, m2 - 1, d2, h2, i2, s2));
          };
          var MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
          var ONE_DAY = 1e3 * 60 * 60 * 24;
          var MAXYEAR = 9999;
          var ORDINAL_BASE = datetime(1970, 1, 1);
          var PY_WEEKDAYS = [6, 0, 1, 2, 3, 4, 5];
          var getYearDay = function(date) {
            var dateNoTime = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
            return Math.ceil((dateNoTime.valueOf() - new Date(date.getUTCFullYear(), 0, 1).valueOf()) / ONE_DAY) + 1;
          };
          var isLeapYear = function(year) {
            return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
          };
          var isDate = function(value) {
            return value instanceof Date;
          };
          var isValidDate = function(value) {
            return isDate(value) && !isNaN(value.getTime());
          };
          var tzOffset = function(date) {
            return date.getTimezoneOffset() * 60 * 1e3;
          };
          var daysBetween2 = function(date1, date2) {
            var date1ms = date1.getTime();
            var date2ms = date2.getTime();
            var differencems = date1ms - date2ms;
            return Math.round(differencems / ONE_DAY);
          };
          var toOrdinal = function(date) {
            return daysBetween2(date, ORDINAL_BASE);
          };
          var fromOrdinal = function(ordinal) {
            return new Date(ORDINAL_BASE.getTime() + ordinal * ONE_DAY);
          };
          var getMonthDays = function(date) {
            var month = date.getUTCMonth();
            return month === 1 && isLeapYear(date.getUTCFullYear()) ? 29 : MONTH_DAYS[month];
          };
          var getWeekday = function(date) {
            return PY_WEEKDAYS[date.getUTCDay()];
          };
          var monthRange = function(year, month) {
            var date = datetime(year, month + 1, 1);
            return [getWeekday(date), getMonthDays(date)];
          };
          var combine = function(date, time) {
            time = time || date;
            return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), time.getHours(), time.getMinutes(), time.getSeconds(), time.getMilliseconds()));
          };
          var dateutil_clone = function(date) {
            var dolly = new Date(date.getTime());
            return dolly;
          };
          var cloneDates = function(dates) {
            var clones = [];
            for (var i2 = 0; i2 < dates.length; i2++) {
              clones.push(dateutil_clone(dates[i2]));
            }
            return clones;
          };
          var sort = function(dates) {
            dates.sort(function(a2, b2) {
              return a2.getTime() - b2.getTime();
            });
          };
          var timeToUntilString = function(time, utc) {
            if (utc === void 0) {
              utc = true;
            }
            var date = new Date(time);
            return [
              padStart(date.getUTCFullYear().toString(), 4, "0"),
              padStart(date.getUTCMonth() + 1, 2, "0"),
              padStart(date.getUTCDate(), 2, "0"),
              "T",
              padStart(date.getUTCHours(), 2, "0"),
              padStart(date.getUTCMinutes(), 2, "0"),
              padStart(date.getUTCSeconds(), 2, "0"),
              utc ? "Z" : ""
            ].join("");
          };
          var untilStringToDate = function(until) {
            var re = /^(\d{4})(\d{2})(\d{2})(T(\d{2})(\d{2})(\d{2})Z?)?$/;
            var bits = re.exec(until);
            if (!bits)
              throw new Error("Invalid UNTIL value: ".concat(until));
            return new Date(Date.UTC(parseInt(bits[1], 10), parseInt(bits[2], 10) - 1, parseInt(bits[3], 10), parseInt(bits[5], 10) || 0, parseInt(bits[6], 10) || 0, parseInt(bits[7], 10) || 0));
          };
          var dateTZtoISO8601 = function(date, timeZone) {
            var dateStr = date.toLocaleString("sv-SE", { timeZone });
            return dateStr.replace(" ", "T") + "Z";
          };
          var dateInTimeZone = function(date, timeZone) {
            var localTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
            var dateInLocalTZ = new Date(dateTZtoISO8601(date, localTimeZone));
            var dateInTargetTZ = new Date(dateTZtoISO8601(date, timeZone !== null && timeZone !== void 0 ? timeZone : "UTC"));
            var tzOffset2 = dateInTargetTZ.getTime() - dateInLocalTZ.getTime();
            return new Date(date.getTime() - tzOffset2);
          };
          ;
          var IterResult = (
            /** @class */
            (function() {
              function IterResult2(method, args) {
                this.minDate = null;
                this.maxDate = null;
                this._result = [];
                this.total = 0;
                this.method = method;
                this.args = args;
                if (method === "between") {
                  this.maxDate = args.inc ? args.before : new Date(args.before.getTime() - 1);
                  this.minDate = args.inc ? args.after : new Date(args.after.getTime() + 1);
                } else if (method === "before") {
                  this.maxDate = args.inc ? args.dt : new Date(args.dt.getTime() - 1);
                } else if (method === "after") {
                  this.minDate = args.inc ? args.dt : new Date(args.dt.getTime() + 1);
                }
              }
              IterResult2.prototype.accept = function(date) {
                ++this.total;
                var tooEarly = this.minDate && date < this.minDate;
                var tooLate = this.maxDate && date > this.maxDate;
                if (this.method === "between") {
                  if (tooEarly)
                    return true;
                  if (tooLate)
                    return false;
                } else if (this.method === "before") {
                  if (tooLate)
                    return false;
                } else if (this.method === "after") {
                  if (tooEarly)
                    return true;
                  this.add(date);
                  return false;
                }
                return this.add(date);
              };
              IterResult2.prototype.add = function(date) {
                this._result.push(date);
                return true;
              };
              IterResult2.prototype.getValue = function() {
                var res = this._result;
                switch (this.method) {
                  case "all":
                  case "between":
                    return res;
                  case "before":
                  case "after":
                  default:
                    return res.length ? res[res.length - 1] : null;
                }
              };
              IterResult2.prototype.clone = function() {
                return new IterResult2(this.method, this.args);
              };
              return IterResult2;
            })()
          );
          const iterresult = IterResult;
          ;
          var extendStatics = function(d2, b2) {
            extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d3, b3) {
              d3.__proto__ = b3;
            } || function(d3, b3) {
              for (var p2 in b3) if (Object.prototype.hasOwnProperty.call(b3, p2)) d3[p2] = b3[p2];
            };
            return extendStatics(d2, b2);
          };
          function __extends(d2, b2) {
            if (typeof b2 !== "function" && b2 !== null)
              throw new TypeError("Class extends value " + String(b2) + " is not a constructor or null");
            extendStatics(d2, b2);
            function __() {
              this.constructor = d2;
            }
            d2.prototype = b2 === null ? Object.create(b2) : (__.prototype = b2.prototype, new __());
          }
          var __assign = function() {
            __assign = Object.assign || function __assign2(t2) {
              for (var s2, i2 = 1, n2 = arguments.length; i2 < n2; i2++) {
                s2 = arguments[i2];
                for (var p2 in s2) if (Object.prototype.hasOwnProperty.call(s2, p2)) t2[p2] = s2[p2];
              }
              return t2;
            };
            return __assign.apply(this, arguments);
          };
          function __rest(s2, e3) {
            var t2 = {};
            for (var p2 in s2) if (Object.prototype.hasOwnProperty.call(s2, p2) && e3.indexOf(p2) < 0)
              t2[p2] = s2[p2];
            if (s2 != null && typeof Object.getOwnPropertySymbols === "function")
              for (var i2 = 0, p2 = Object.getOwnPropertySymbols(s2); i2 < p2.length; i2++) {
                if (e3.indexOf(p2[i2]) < 0 && Object.prototype.propertyIsEnumerable.call(s2, p2[i2]))
                  t2[p2[i2]] = s2[p2[i2]];
              }
            return t2;
          }
          function __decorate(decorators, target, key, desc) {
            var c2 = arguments.length, r2 = c2 < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d2;
            if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r2 = Reflect.decorate(decorators, target, key, desc);
            else for (var i2 = decorators.length - 1; i2 >= 0; i2--) if (d2 = decorators[i2]) r2 = (c2 < 3 ? d2(r2) : c2 > 3 ? d2(target, key, r2) : d2(target, key)) || r2;
            return c2 > 3 && r2 && Object.defineProperty(target, key, r2), r2;
          }
          function __param(paramIndex, decorator) {
            return function(target, key) {
              decorator(target, key, paramIndex);
            };
          }
          function __metadata(metadataKey, metadataValue) {
            if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
          }
          function __awaiter(thisArg, _arguments, P2, generator) {
            function adopt(value) {
              return value instanceof P2 ? value : new P2(function(resolve2) {
                resolve2(value);
              });
            }
            return new (P2 || (P2 = Promise))(function(resolve2, reject) {
              function fulfilled(value) {
                try {
                  step(generator.next(value));
                } catch (e3) {
                  reject(e3);
                }
              }
              function rejected(value) {
                try {
                  step(generator["throw"](value));
                } catch (e3) {
                  reject(e3);
                }
              }
              function step(result) {
                result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
              }
              step((generator = generator.apply(thisArg, _arguments || [])).next());
            });
          }
          function __generator(thisArg, body) {
            var _2 = { label: 0, sent: function() {
              if (t2[0] & 1) throw t2[1];
              return t2[1];
            }, trys: [], ops: [] }, f2, y2, t2, g2;
            return g2 = { next: verb(0), "throw": verb(1), "return": verb(2) }, typeof Symbol === "function" && (g2[Symbol.iterator] = function() {
              return this;
            }), g2;
            function verb(n2) {
              return function(v2) {
                return step([n2, v2]);
              };
            }
            function step(op) {
              if (f2) throw new TypeError("Generator is already executing.");
              while (_2) try {
                if (f2 = 1, y2 && (t2 = op[0] & 2 ? y2["return"] : op[0] ? y2["throw"] || ((t2 = y2["return"]) && t2.call(y2), 0) : y2.next) && !(t2 = t2.call(y2, op[1])).done) return t2;
                if (y2 = 0, t2) op = [op[0] & 2, t2.value];
                switch (op[0]) {
                  case 0:
                  case 1:
                    t2 = op;
                    break;
                  case 4:
                    _2.label++;
                    return { value: op[1], done: false };
                  case 5:
                    _2.label++;
                    y2 = op[1];
                    op = [0];
                    continue;
                  case 7:
                    op = _2.ops.pop();
                    _2.trys.pop();
                    continue;
                  default:
                    if (!(t2 = _2.trys, t2 = t2.length > 0 && t2[t2.length - 1]) && (op[0] === 6 || op[0] === 2)) {
                      _2 = 0;
                      continue;
                    }
                    if (op[0] === 3 && (!t2 || op[1] > t2[0] && op[1] < t2[3])) {
                      _2.label = op[1];
                      break;
                    }
                    if (op[0] === 6 && _2.label < t2[1]) {
                      _2.label = t2[1];
                      t2 = op;
                      break;
                    }
                    if (t2 && _2.label < t2[2]) {
                      _2.label = t2[2];
                      _2.ops.push(op);
                      break;
                    }
                    if (t2[2]) _2.ops.pop();
                    _2.trys.pop();
                    continue;
                }
                op = body.call(thisArg, _2);
              } catch (e3) {
                op = [6, e3];
                y2 = 0;
              } finally {
                f2 = t2 = 0;
              }
              if (op[0] & 5) throw op[1];
              return { value: op[0] ? op[1] : void 0, done: true };
            }
          }
          var __createBinding = Object.create ? (function(o2, m2, k2, k22) {
            if (k22 === void 0) k22 = k2;
            var desc = Object.getOwnPropertyDescriptor(m2, k2);
            if (!desc || ("get" in desc ? !m2.__esModule : desc.writable || desc.configurable)) {
              desc = { enumerable: true, get: function() {
                return m2[k2];
              } };
            }
            Object.defineProperty(o2, k22, desc);
          }) : (function(o2, m2, k2, k22) {
            if (k22 === void 0) k22 = k2;
            o2[k22] = m2[k2];
          });
          function __exportStar(m2, o2) {
            for (var p2 in m2) if (p2 !== "default" && !Object.prototype.hasOwnProperty.call(o2, p2)) __createBinding(o2, m2, p2);
          }
          function __values(o2) {
            var s2 = typeof Symbol === "function" && Symbol.iterator, m2 = s2 && o2[s2], i2 = 0;
            if (m2) return m2.call(o2);
            if (o2 && typeof o2.length === "number") return {
              next: function() {
                if (o2 && i2 >= o2.length) o2 = void 0;
                return { value: o2 && o2[i2++], done: !o2 };
              }
            };
            throw new TypeError(s2 ? "Object is not iterable." : "Symbol.iterator is not defined.");
          }
          function __read(o2, n2) {
            var m2 = typeof Symbol === "function" && o2[Symbol.iterator];
            if (!m2) return o2;
            var i2 = m2.call(o2), r2, ar = [], e3;
            try {
              while ((n2 === void 0 || n2-- > 0) && !(r2 = i2.next()).done) ar.push(r2.value);
            } catch (error) {
              e3 = { error };
            } finally {
              try {
                if (r2 && !r2.done && (m2 = i2["return"])) m2.call(i2);
              } finally {
                if (e3) throw e3.error;
              }
            }
            return ar;
          }
          function __spread() {
            for (var ar = [], i2 = 0; i2 < arguments.length; i2++)
              ar = ar.concat(__read(arguments[i2]));
            return ar;
          }
          function __spreadArrays() {
            for (var s2 = 0, i2 = 0, il = arguments.length; i2 < il; i2++) s2 += arguments[i2].length;
            for (var r2 = Array(s2), k2 = 0, i2 = 0; i2 < il; i2++)
              for (var a2 = arguments[i2], j2 = 0, jl = a2.length; j2 < jl; j2++, k2++)
                r2[k2] = a2[j2];
            return r2;
          }
          function __spreadArray(to, from, pack2) {
            if (pack2 || arguments.length === 2) for (var i2 = 0, l2 = from.length, ar; i2 < l2; i2++) {
              if (ar || !(i2 in from)) {
                if (!ar) ar = Array.prototype.slice.call(from, 0, i2);
                ar[i2] = from[i2];
              }
            }
            return to.concat(ar || Array.prototype.slice.call(from));
          }
          function __await(v2) {
            return this instanceof __await ? (this.v = v2, this) : new __await(v2);
          }
          function __asyncGenerator(thisArg, _arguments, generator) {
            if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
            var g2 = generator.apply(thisArg, _arguments || []), i2, q = [];
            return i2 = {}, verb("next"), verb("throw"), verb("return"), i2[Symbol.asyncIterator] = function() {
              return this;
            }, i2;
            function verb(n2) {
              if (g2[n2]) i2[n2] = function(v2) {
                return new Promise(function(a2, b2) {
                  q.push([n2, v2, a2, b2]) > 1 || resume(n2, v2);
                });
              };
            }
            function resume(n2, v2) {
              try {
                step(g2[n2](v2));
              } catch (e3) {
                settle(q[0][3], e3);
              }
            }
            function step(r2) {
              r2.value instanceof __await ? Promise.resolve(r2.value.v).then(fulfill, reject) : settle(q[0][2], r2);
            }
            function fulfill(value) {
              resume("next", value);
            }
            function reject(value) {
              resume("throw", value);
            }
            function settle(f2, v2) {
              if (f2(v2), q.shift(), q.length) resume(q[0][0], q[0][1]);
            }
          }
          function __asyncDelegator(o2) {
            var i2, p2;
            return i2 = {}, verb("next"), verb("throw", function(e3) {
              throw e3;
            }), verb("return"), i2[Symbol.iterator] = function() {
              return this;
            }, i2;
            function verb(n2, f2) {
              i2[n2] = o2[n2] ? function(v2) {
                return (p2 = !p2) ? { value: __await(o2[n2](v2)), done: n2 === "return" } : f2 ? f2(v2) : v2;
              } : f2;
            }
          }
          function __asyncValues(o2) {
            if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
            var m2 = o2[Symbol.asyncIterator], i2;
            return m2 ? m2.call(o2) : (o2 = typeof __values === "function" ? __values(o2) : o2[Symbol.iterator](), i2 = {}, verb("next"), verb("throw"), verb("return"), i2[Symbol.asyncIterator] = function() {
              return this;
            }, i2);
            function verb(n2) {
              i2[n2] = o2[n2] && function(v2) {
                return new Promise(function(resolve2, reject) {
                  v2 = o2[n2](v2), settle(resolve2, reject, v2.done, v2.value);
                });
              };
            }
            function settle(resolve2, reject, d2, v2) {
              Promise.resolve(v2).then(function(v3) {
                resolve2({ value: v3, done: d2 });
              }, reject);
            }
          }
          function __makeTemplateObject(cooked, raw) {
            if (Object.defineProperty) {
              Object.defineProperty(cooked, "raw", { value: raw });
            } else {
              cooked.raw = raw;
            }
            return cooked;
          }
          ;
          var __setModuleDefault = Object.create ? (function(o2, v2) {
            Object.defineProperty(o2, "default", { enumerable: true, value: v2 });
          }) : function(o2, v2) {
            o2["default"] = v2;
          };
          function __importStar(mod) {
            if (mod && mod.__esModule) return mod;
            var result = {};
            if (mod != null) {
              for (var k2 in mod) if (k2 !== "default" && Object.prototype.hasOwnProperty.call(mod, k2)) __createBinding(result, mod, k2);
            }
            __setModuleDefault(result, mod);
            return result;
          }
          function __importDefault(mod) {
            return mod && mod.__esModule ? mod : { default: mod };
          }
          function __classPrivateFieldGet(receiver, state, kind, f2) {
            if (kind === "a" && !f2) throw new TypeError("Private accessor was defined without a getter");
            if (typeof state === "function" ? receiver !== state || !f2 : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
            return kind === "m" ? f2 : kind === "a" ? f2.call(receiver) : f2 ? f2.value : state.get(receiver);
          }
          function __classPrivateFieldSet(receiver, state, value, kind, f2) {
            if (kind === "m") throw new TypeError("Private method is not writable");
            if (kind === "a" && !f2) throw new TypeError("Private accessor was defined without a setter");
            if (typeof state === "function" ? receiver !== state || !f2 : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
            return kind === "a" ? f2.call(receiver, value) : f2 ? f2.value = value : state.set(receiver, value), value;
          }
          function __classPrivateFieldIn(state, receiver) {
            if (receiver === null || typeof receiver !== "object" && typeof receiver !== "function") throw new TypeError("Cannot use 'in' operator on non-object");
            return typeof state === "function" ? receiver === state : state.has(receiver);
          }
          ;
          var CallbackIterResult = (
            /** @class */
            (function(_super) {
              __extends(CallbackIterResult2, _super);
              function CallbackIterResult2(method, args, iterator) {
                var _this = _super.call(this, method, args) || this;
                _this.iterator = iterator;
                return _this;
              }
              CallbackIterResult2.prototype.add = function(date) {
                if (this.iterator(date, this._result.length)) {
                  this._result.push(date);
                  return true;
                }
                return false;
              };
              return CallbackIterResult2;
            })(iterresult)
          );
          const callbackiterresult = CallbackIterResult;
          ;
          var ENGLISH = {
            dayNames: [
              "Sunday",
              "Monday",
              "Tuesday",
              "Wednesday",
              "Thursday",
              "Friday",
              "Saturday"
            ],
            monthNames: [
              "January",
              "February",
              "March",
              "April",
              "May",
              "June",
              "July",
              "August",
              "September",
              "October",
              "November",
              "December"
            ],
            tokens: {
              SKIP: /^[ \r\n\t]+|^\.$/,
              number: /^[1-9][0-9]*/,
              numberAsText: /^(one|two|three)/i,
              every: /^every/i,
              "day(s)": /^days?/i,
              "weekday(s)": /^weekdays?/i,
              "week(s)": /^weeks?/i,
              "hour(s)": /^hours?/i,
              "minute(s)": /^minutes?/i,
              "month(s)": /^months?/i,
              "year(s)": /^years?/i,
              on: /^(on|in)/i,
              at: /^(at)/i,
              the: /^the/i,
              first: /^first/i,
              second: /^second/i,
              third: /^third/i,
              nth: /^([1-9][0-9]*)(\.|th|nd|rd|st)/i,
              last: /^last/i,
              for: /^for/i,
              "time(s)": /^times?/i,
              until: /^(un)?til/i,
              monday: /^mo(n(day)?)?/i,
              tuesday: /^tu(e(s(day)?)?)?/i,
              wednesday: /^we(d(n(esday)?)?)?/i,
              thursday: /^th(u(r(sday)?)?)?/i,
              friday: /^fr(i(day)?)?/i,
              saturday: /^sa(t(urday)?)?/i,
              sunday: /^su(n(day)?)?/i,
              january: /^jan(uary)?/i,
              february: /^feb(ruary)?/i,
              march: /^mar(ch)?/i,
              april: /^apr(il)?/i,
              may: /^may/i,
              june: /^june?/i,
              july: /^july?/i,
              august: /^aug(ust)?/i,
              september: /^sep(t(ember)?)?/i,
              october: /^oct(ober)?/i,
              november: /^nov(ember)?/i,
              december: /^dec(ember)?/i,
              comma: /^(,\s*|(and|or)\s*)+/i
            }
          };
          const i18n = ENGLISH;
          ;
          var contains = function(arr, val) {
            return arr.indexOf(val) !== -1;
          };
          var defaultGetText = function(id3) {
            return id3.toString();
          };
          var defaultDateFormatter = function(year, month, day) {
            return "".concat(month, " ").concat(day, ", ").concat(year);
          };
          var ToText = (
            /** @class */
            (function() {
              function ToText2(rrule2, gettext, language, dateFormatter) {
                if (gettext === void 0) {
                  gettext = defaultGetText;
                }
                if (language === void 0) {
                  language = i18n;
                }
                if (dateFormatter === void 0) {
                  dateFormatter = defaultDateFormatter;
                }
                this.text = [];
                this.language = language || i18n;
                this.gettext = gettext;
                this.dateFormatter = dateFormatter;
                this.rrule = rrule2;
                this.options = rrule2.options;
                this.origOptions = rrule2.origOptions;
                if (this.origOptions.bymonthday) {
                  var bymonthday = [].concat(this.options.bymonthday);
                  var bynmonthday = [].concat(this.options.bynmonthday);
                  bymonthday.sort(function(a2, b2) {
                    return a2 - b2;
                  });
                  bynmonthday.sort(function(a2, b2) {
                    return b2 - a2;
                  });
                  this.bymonthday = bymonthday.concat(bynmonthday);
                  if (!this.bymonthday.length)
                    this.bymonthday = null;
                }
                if (isPresent(this.origOptions.byweekday)) {
                  var byweekday = !isArray(this.origOptions.byweekday) ? [this.origOptions.byweekday] : this.origOptions.byweekday;
                  var days = String(byweekday);
                  this.byweekday = {
                    allWeeks: byweekday.filter(function(weekday) {
                      return !weekday.n;
                    }),
                    someWeeks: byweekday.filter(function(weekday) {
                      return Boolean(weekday.n);
                    }),
                    isWeekdays: days.indexOf("MO") !== -1 && days.indexOf("TU") !== -1 && days.indexOf("WE") !== -1 && days.indexOf("TH") !== -1 && days.indexOf("FR") !== -1 && days.indexOf("SA") === -1 && days.indexOf("SU") === -1,
                    isEveryDay: days.indexOf("MO") !== -1 && days.indexOf("TU") !== -1 && days.indexOf("WE") !== -1 && days.indexOf("TH") !== -1 && days.indexOf("FR") !== -1 && days.indexOf("SA") !== -1 && days.indexOf("SU") !== -1
                  };
                  var sortWeekDays = function(a2, b2) {
                    return a2.weekday - b2.weekday;
                  };
                  this.byweekday.allWeeks.sort(sortWeekDays);
                  this.byweekday.someWeeks.sort(sortWeekDays);
                  if (!this.byweekday.allWeeks.length)
                    this.byweekday.allWeeks = null;
                  if (!this.byweekday.someWeeks.length)
                    this.byweekday.someWeeks = null;
                } else {
                  this.byweekday = null;
                }
              }
              ToText2.isFullyConvertible = function(rrule2) {
                var canConvert = true;
                if (!(rrule2.options.freq in ToText2.IMPLEMENTED))
                  return false;
                if (rrule2.origOptions.until && rrule2.origOptions.count)
                  return false;
                for (var key in rrule2.origOptions) {
                  if (contains(["dtstart", "tzid", "wkst", "freq"], key))
                    return true;
                  if (!contains(ToText2.IMPLEMENTED[rrule2.options.freq], key))
                    return false;
                }
                return canConvert;
              };
              ToText2.prototype.isFullyConvertible = function() {
                return ToText2.isFullyConvertible(this.rrule);
              };
              ToText2.prototype.toString = function() {
                var gettext = this.gettext;
                if (!(this.options.freq in ToText2.IMPLEMENTED)) {
                  return gettext("RRule error: Unable to fully convert this rrule to text");
                }
                this.text = [gettext("every")];
                this[RRule2.FREQUENCIES[this.options.freq]]();
                if (this.options.until) {
                  this.add(gettext("until"));
                  var until = this.options.until;
                  this.add(this.dateFormatter(until.getUTCFullYear(), this.language.monthNames[until.getUTCMonth()], until.getUTCDate()));
                } else if (this.options.count) {
                  this.add(gettext("for")).add(this.options.count.toString()).add(this.plural(this.options.count) ? gettext("times") : gettext("time"));
                }
                if (!this.isFullyConvertible())
                  this.add(gettext("(~ approximate)"));
                return this.text.join("");
              };
              ToText2.prototype.HOURLY = function() {
                var gettext = this.gettext;
                if (this.options.interval !== 1)
                  this.add(this.options.interval.toString());
                this.add(this.plural(this.options.interval) ? gettext("hours") : gettext("hour"));
              };
              ToText2.prototype.MINUTELY = function() {
                var gettext = this.gettext;
                if (this.options.interval !== 1)
                  this.add(this.options.interval.toString());
                this.add(this.plural(this.options.interval) ? gettext("minutes") : gettext("minute"));
              };
              ToText2.prototype.DAILY = function() {
                var gettext = this.gettext;
                if (this.options.interval !== 1)
                  this.add(this.options.interval.toString());
                if (this.byweekday && this.byweekday.isWeekdays) {
                  this.add(this.plural(this.options.interval) ? gettext("weekdays") : gettext("weekday"));
                } else {
                  this.add(this.plural(this.options.interval) ? gettext("days") : gettext("day"));
                }
                if (this.origOptions.bymonth) {
                  this.add(gettext("in"));
                  this._bymonth();
                }
                if (this.bymonthday) {
                  this._bymonthday();
                } else if (this.byweekday) {
                  this._byweekday();
                } else if (this.origOptions.byhour) {
                  this._byhour();
                }
              };
              ToText2.prototype.WEEKLY = function() {
                var gettext = this.gettext;
                if (this.options.interval !== 1) {
                  this.add(this.options.interval.toString()).add(this.plural(this.options.interval) ? gettext("weeks") : gettext("week"));
                }
                if (this.byweekday && this.byweekday.isWeekdays) {
                  if (this.options.interval === 1) {
                    this.add(this.plural(this.options.interval) ? gettext("weekdays") : gettext("weekday"));
                  } else {
                    this.add(gettext("on")).add(gettext("weekdays"));
                  }
                } else if (this.byweekday && this.byweekday.isEveryDay) {
                  this.add(this.plural(this.options.interval) ? gettext("days") : gettext("day"));
                } else {
                  if (this.options.interval === 1)
                    this.add(gettext("week"));
                  if (this.origOptions.bymonth) {
                    this.add(gettext("in"));
                    this._bymonth();
                  }
                  if (this.bymonthday) {
                    this._bymonthday();
                  } else if (this.byweekday) {
                    this._byweekday();
                  }
                  if (this.origOptions.byhour) {
                    this._byhour();
                  }
                }
              };
              ToText2.prototype.MONTHLY = function() {
                var gettext = this.gettext;
                if (this.origOptions.bymonth) {
                  if (this.options.interval !== 1) {
                    this.add(this.options.interval.toString()).add(gettext("months"));
                    if (this.plural(this.options.interval))
                      this.add(gettext("in"));
                  } else {
                  }
                  this._bymonth();
                } else {
                  if (this.options.interval !== 1) {
                    this.add(this.options.interval.toString());
                  }
                  this.add(this.plural(this.options.interval) ? gettext("months") : gettext("month"));
                }
                if (this.bymonthday) {
                  this._bymonthday();
                } else if (this.byweekday && this.byweekday.isWeekdays) {
                  this.add(gettext("on")).add(gettext("weekdays"));
                } else if (this.byweekday) {
                  this._byweekday();
                }
              };
              ToText2.prototype.YEARLY = function() {
                var gettext = this.gettext;
                if (this.origOptions.bymonth) {
                  if (this.options.interval !== 1) {
                    this.add(this.options.interval.toString());
                    this.add(gettext("years"));
                  } else {
                  }
                  this._bymonth();
                } else {
                  if (this.options.interval !== 1) {
                    this.add(this.options.interval.toString());
                  }
                  this.add(this.plural(this.options.interval) ? gettext("years") : gettext("year"));
                }
                if (this.bymonthday) {
                  this._bymonthday();
                } else if (this.byweekday) {
                  this._byweekday();
                }
                if (this.options.byyearday) {
                  this.add(gettext("on the")).add(this.list(this.options.byyearday, this.nth, gettext("and"))).add(gettext("day"));
                }
                if (this.options.byweekno) {
                  this.add(gettext("in")).add(this.plural(this.options.byweekno.length) ? gettext("weeks") : gettext("week")).add(this.list(this.options.byweekno, void 0, gettext("and")));
                }
              };
              ToText2.prototype._bymonthday = function() {
                var gettext = this.gettext;
                if (this.byweekday && this.byweekday.allWeeks) {
                  this.add(gettext("on")).add(this.list(this.byweekday.allWeeks, this.weekdaytext, gettext("or"))).add(gettext("the")).add(this.list(this.bymonthday, this.nth, gettext("or")));
                } else {
                  this.add(gettext("on the")).add(this.list(this.bymonthday, this.nth, gettext("and")));
                }
              };
              ToText2.prototype._byweekday = function() {
                var gettext = this.gettext;
                if (this.byweekday.allWeeks && !this.byweekday.isWeekdays) {
                  this.add(gettext("on")).add(this.list(this.byweekday.allWeeks, this.weekdaytext));
                }
                if (this.byweekday.someWeeks) {
                  if (this.byweekday.allWeeks)
                    this.add(gettext("and"));
                  this.add(gettext("on the")).add(this.list(this.byweekday.someWeeks, this.weekdaytext, gettext("and")));
                }
              };
              ToText2.prototype._byhour = function() {
                var gettext = this.gettext;
                this.add(gettext("at")).add(this.list(this.origOptions.byhour, void 0, gettext("and")));
              };
              ToText2.prototype._bymonth = function() {
                this.add(this.list(this.options.bymonth, this.monthtext, this.gettext("and")));
              };
              ToText2.prototype.nth = function(n2) {
                n2 = parseInt(n2.toString(), 10);
                var nth;
                var gettext = this.gettext;
                if (n2 === -1)
                  return gettext("last");
                var npos = Math.abs(n2);
                switch (npos) {
                  case 1:
                  case 21:
                  case 31:
                    nth = npos + gettext("st");
                    break;
                  case 2:
                  case 22:
                    nth = npos + gettext("nd");
                    break;
                  case 3:
                  case 23:
                    nth = npos + gettext("rd");
                    break;
                  default:
                    nth = npos + gettext("th");
                }
                return n2 < 0 ? nth + " " + gettext("last") : nth;
              };
              ToText2.prototype.monthtext = function(m2) {
                return this.language.monthNames[m2 - 1];
              };
              ToText2.prototype.weekdaytext = function(wday) {
                var weekday = isNumber(wday) ? (wday + 1) % 7 : wday.getJsWeekday();
                return (wday.n ? this.nth(wday.n) + " " : "") + this.language.dayNames[weekday];
              };
              ToText2.prototype.plural = function(n2) {
                return n2 % 100 !== 1;
              };
              ToText2.prototype.add = function(s2) {
                this.text.push(" ");
                this.text.push(s2);
                return this;
              };
              ToText2.prototype.list = function(arr, callback, finalDelim, delim) {
                var _this = this;
                if (delim === void 0) {
                  delim = ",";
                }
                if (!isArray(arr)) {
                  arr = [arr];
                }
                var delimJoin = function(array, delimiter, finalDelimiter) {
                  var list = "";
                  for (var i2 = 0; i2 < array.length; i2++) {
                    if (i2 !== 0) {
                      if (i2 === array.length - 1) {
                        list += " " + finalDelimiter + " ";
                      } else {
                        list += delimiter + " ";
                      }
                    }
                    list += array[i2];
                  }
                  return list;
                };
                callback = callback || function(o2) {
                  return o2.toString();
                };
                var realCallback = function(arg) {
                  return callback && callback.call(_this, arg);
                };
                if (finalDelim) {
                  return delimJoin(arr.map(realCallback), delim, finalDelim);
                } else {
                  return arr.map(realCallback).join(delim + " ");
                }
              };
              return ToText2;
            })()
          );
          const totext = ToText;
          ;
          var Parser = (
            /** @class */
            (function() {
              function Parser2(rules) {
                this.done = true;
                this.rules = rules;
              }
              Parser2.prototype.start = function(text2) {
                this.text = text2;
                this.done = false;
                return this.nextSymbol();
              };
              Parser2.prototype.isDone = function() {
                return this.done && this.symbol === null;
              };
              Parser2.prototype.nextSymbol = function() {
                var best;
                var bestSymbol;
                this.symbol = null;
                this.value = null;
                do {
                  if (this.done)
                    return false;
                  var rule = void 0;
                  best = null;
                  for (var name_1 in this.rules) {
                    rule = this.rules[name_1];
                    var match = rule.exec(this.text);
                    if (match) {
                      if (best === null || match[0].length > best[0].length) {
                        best = match;
                        bestSymbol = name_1;
                      }
                    }
                  }
                  if (best != null) {
                    this.text = this.text.substr(best[0].length);
                    if (this.text === "")
                      this.done = true;
                  }
                  if (best == null) {
                    this.done = true;
                    this.symbol = null;
                    this.value = null;
                    return;
                  }
                } while (bestSymbol === "SKIP");
                this.symbol = bestSymbol;
                this.value = best;
                return true;
              };
              Parser2.prototype.accept = function(name) {
                if (this.symbol === name) {
                  if (this.value) {
                    var v2 = this.value;
                    this.nextSymbol();
                    return v2;
                  }
                  this.nextSymbol();
                  return true;
                }
                return false;
              };
              Parser2.prototype.acceptNumber = function() {
                return this.accept("number");
              };
              Parser2.prototype.expect = function(name) {
                if (this.accept(name))
                  return true;
                throw new Error("expected " + name + " but found " + this.symbol);
              };
              return Parser2;
            })()
          );
          function parseText(text2, language) {
            if (language === void 0) {
              language = i18n;
            }
            var options = {};
            var ttr = new Parser(language.tokens);
            if (!ttr.start(text2))
              return null;
            S2();
            return options;
            function S2() {
              ttr.expect("every");
              var n2 = ttr.acceptNumber();
              if (n2)
                options.interval = parseInt(n2[0], 10);
              if (ttr.isDone())
                throw new Error("Unexpected end");
              switch (ttr.symbol) {
                case "day(s)":
                  options.freq = RRule2.DAILY;
                  if (ttr.nextSymbol()) {
                    AT();
                    F2();
                  }
                  break;
                // FIXME Note: every 2 weekdays != every two weeks on weekdays.
                // DAILY on weekdays is not a valid rule
                case "weekday(s)":
                  options.freq = RRule2.WEEKLY;
                  options.byweekday = [RRule2.MO, RRule2.TU, RRule2.WE, RRule2.TH, RRule2.FR];
                  ttr.nextSymbol();
                  AT();
                  F2();
                  break;
                case "week(s)":
                  options.freq = RRule2.WEEKLY;
                  if (ttr.nextSymbol()) {
                    ON();
                    AT();
                    F2();
                  }
                  break;
                case "hour(s)":
                  options.freq = RRule2.HOURLY;
                  if (ttr.nextSymbol()) {
                    ON();
                    F2();
                  }
                  break;
                case "minute(s)":
                  options.freq = RRule2.MINUTELY;
                  if (ttr.nextSymbol()) {
                    ON();
                    F2();
                  }
                  break;
                case "month(s)":
                  options.freq = RRule2.MONTHLY;
                  if (ttr.nextSymbol()) {
                    ON();
                    F2();
                  }
                  break;
                case "year(s)":
                  options.freq = RRule2.YEARLY;
                  if (ttr.nextSymbol()) {
                    ON();
                    F2();
                  }
                  break;
                case "monday":
                case "tuesday":
                case "wednesday":
                case "thursday":
                case "friday":
                case "saturday":
                case "sunday":
                  options.freq = RRule2.WEEKLY;
                  var key = ttr.symbol.substr(0, 2).toUpperCase();
                  options.byweekday = [RRule2[key]];
                  if (!ttr.nextSymbol())
                    return;
                  while (ttr.accept("comma")) {
                    if (ttr.isDone())
                      throw new Error("Unexpected end");
                    var wkd = decodeWKD();
                    if (!wkd) {
                      throw new Error("Unexpected symbol " + ttr.symbol + ", expected weekday");
                    }
                    options.byweekday.push(RRule2[wkd]);
                    ttr.nextSymbol();
                  }
                  AT();
                  MDAYs();
                  F2();
                  break;
                case "january":
                case "february":
                case "march":
                case "april":
                case "may":
                case "june":
                case "july":
                case "august":
                case "september":
                case "october":
                case "november":
                case "december":
                  options.freq = RRule2.YEARLY;
                  options.bymonth = [decodeM()];
                  if (!ttr.nextSymbol())
                    return;
                  while (ttr.accept("comma")) {
                    if (ttr.isDone())
                      throw new Error("Unexpected end");
                    var m2 = decodeM();
                    if (!m2) {
                      throw new Error("Unexpected symbol " + ttr.symbol + ", expected month");
                    }
                    options.bymonth.push(m2);
                    ttr.nextSymbol();
                  }
                  ON();
                  F2();
                  break;
                default:
                  throw new Error("Unknown symbol");
              }
            }
            function ON() {
              var on = ttr.accept("on");
              var the = ttr.accept("the");
              if (!(on || the))
                return;
              do {
                var nth = decodeNTH();
                var wkd = decodeWKD();
                var m2 = decodeM();
                if (nth) {
                  if (wkd) {
                    ttr.nextSymbol();
                    if (!options.byweekday)
                      options.byweekday = [];
                    options.byweekday.push(RRule2[wkd].nth(nth));
                  } else {
                    if (!options.bymonthday)
                      options.bymonthday = [];
                    options.bymonthday.push(nth);
                    ttr.accept("day(s)");
                  }
                } else if (wkd) {
                  ttr.nextSymbol();
                  if (!options.byweekday)
                    options.byweekday = [];
                  options.byweekday.push(RRule2[wkd]);
                } else if (ttr.symbol === "weekday(s)") {
                  ttr.nextSymbol();
                  if (!options.byweekday) {
                    options.byweekday = [RRule2.MO, RRule2.TU, RRule2.WE, RRule2.TH, RRule2.FR];
                  }
                } else if (ttr.symbol === "week(s)") {
                  ttr.nextSymbol();
                  var n2 = ttr.acceptNumber();
                  if (!n2) {
                    throw new Error("Unexpected symbol " + ttr.symbol + ", expected week number");
                  }
                  options.byweekno = [parseInt(n2[0], 10)];
                  while (ttr.accept("comma")) {
                    n2 = ttr.acceptNumber();
                    if (!n2) {
                      throw new Error("Unexpected symbol " + ttr.symbol + "; expected monthday");
                    }
                    options.byweekno.push(parseInt(n2[0], 10));
                  }
                } else if (m2) {
                  ttr.nextSymbol();
                  if (!options.bymonth)
                    options.bymonth = [];
                  options.bymonth.push(m2);
                } else {
                  return;
                }
              } while (ttr.accept("comma") || ttr.accept("the") || ttr.accept("on"));
            }
            function AT() {
              var at = ttr.accept("at");
              if (!at)
                return;
              do {
                var n2 = ttr.acceptNumber();
                if (!n2) {
                  throw new Error("Unexpected symbol " + ttr.symbol + ", expected hour");
                }
                options.byhour = [parseInt(n2[0], 10)];
                while (ttr.accept("comma")) {
                  n2 = ttr.acceptNumber();
                  if (!n2) {
                    throw new Error("Unexpected symbol " + ttr.symbol + "; expected hour");
                  }
                  options.byhour.push(parseInt(n2[0], 10));
                }
              } while (ttr.accept("comma") || ttr.accept("at"));
            }
            function decodeM() {
              switch (ttr.symbol) {
                case "january":
                  return 1;
                case "february":
                  return 2;
                case "march":
                  return 3;
                case "april":
                  return 4;
                case "may":
                  return 5;
                case "june":
                  return 6;
                case "july":
                  return 7;
                case "august":
                  return 8;
                case "september":
                  return 9;
                case "october":
                  return 10;
                case "november":
                  return 11;
                case "december":
                  return 12;
                default:
                  return false;
              }
            }
            function decodeWKD() {
              switch (ttr.symbol) {
                case "monday":
                case "tuesday":
                case "wednesday":
                case "thursday":
                case "friday":
                case "saturday":
                case "sunday":
                  return ttr.symbol.substr(0, 2).toUpperCase();
                default:
                  return false;
              }
            }
            function decodeNTH() {
              switch (ttr.symbol) {
                case "last":
                  ttr.nextSymbol();
                  return -1;
                case "first":
                  ttr.nextSymbol();
                  return 1;
                case "second":
                  ttr.nextSymbol();
                  return ttr.accept("last") ? -2 : 2;
                case "third":
                  ttr.nextSymbol();
                  return ttr.accept("last") ? -3 : 3;
                case "nth":
                  var v2 = parseInt(ttr.value[1], 10);
                  if (v2 < -366 || v2 > 366)
                    throw new Error("Nth out of range: " + v2);
                  ttr.nextSymbol();
                  return ttr.accept("last") ? -v2 : v2;
                default:
                  return false;
              }
            }
            function MDAYs() {
              ttr.accept("on");
              ttr.accept("the");
              var nth = decodeNTH();
              if (!nth)
                return;
              options.bymonthday = [nth];
              ttr.nextSymbol();
              while (ttr.accept("comma")) {
                nth = decodeNTH();
                if (!nth) {
                  throw new Error("Unexpected symbol " + ttr.symbol + "; expected monthday");
                }
                options.bymonthday.push(nth);
                ttr.nextSymbol();
              }
            }
            function F2() {
              if (ttr.symbol === "until") {
                var date = Date.parse(ttr.text);
                if (!date)
                  throw new Error("Cannot parse until date:" + ttr.text);
                options.until = new Date(date);
              } else if (ttr.accept("for")) {
                options.count = parseInt(ttr.value[0], 10);
                ttr.expect("number");
              }
            }
          }
          ;
          var Frequency;
          (function(Frequency2) {
            Frequency2[Frequency2["YEARLY"] = 0] = "YEARLY";
            Frequency2[Frequency2["MONTHLY"] = 1] = "MONTHLY";
            Frequency2[Frequency2["WEEKLY"] = 2] = "WEEKLY";
            Frequency2[Frequency2["DAILY"] = 3] = "DAILY";
            Frequency2[Frequency2["HOURLY"] = 4] = "HOURLY";
            Frequency2[Frequency2["MINUTELY"] = 5] = "MINUTELY";
            Frequency2[Frequency2["SECONDLY"] = 6] = "SECONDLY";
          })(Frequency || (Frequency = {}));
          function freqIsDailyOrGreater(freq) {
            return freq < Frequency.HOURLY;
          }
          ;
          var fromText = function(text2, language) {
            if (language === void 0) {
              language = i18n;
            }
            return new RRule2(parseText(text2, language) || void 0);
          };
          var common2 = [
            "count",
            "until",
            "interval",
            "byweekday",
            "bymonthday",
            "bymonth"
          ];
          totext.IMPLEMENTED = [];
          totext.IMPLEMENTED[Frequency.HOURLY] = common2;
          totext.IMPLEMENTED[Frequency.MINUTELY] = common2;
          totext.IMPLEMENTED[Frequency.DAILY] = ["byhour"].concat(common2);
          totext.IMPLEMENTED[Frequency.WEEKLY] = common2;
          totext.IMPLEMENTED[Frequency.MONTHLY] = common2;
          totext.IMPLEMENTED[Frequency.YEARLY] = ["byweekno", "byyearday"].concat(common2);
          var toText = function(rrule2, gettext, language, dateFormatter) {
            return new totext(rrule2, gettext, language, dateFormatter).toString();
          };
          var isFullyConvertible = totext.isFullyConvertible;
          ;
          var Time = (
            /** @class */
            (function() {
              function Time2(hour, minute, second, millisecond) {
                this.hour = hour;
                this.minute = minute;
                this.second = second;
                this.millisecond = millisecond || 0;
              }
              Time2.prototype.getHours = function() {
                return this.hour;
              };
              Time2.prototype.getMinutes = function() {
                return this.minute;
              };
              Time2.prototype.getSeconds = function() {
                return this.second;
              };
              Time2.prototype.getMilliseconds = function() {
                return this.millisecond;
              };
              Time2.prototype.getTime = function() {
                return (this.hour * 60 * 60 + this.minute * 60 + this.second) * 1e3 + this.millisecond;
              };
              return Time2;
            })()
          );
          var DateTime2 = (
            /** @class */
            (function(_super) {
              __extends(DateTime3, _super);
              function DateTime3(year, month, day, hour, minute, second, millisecond) {
                var _this = _super.call(this, hour, minute, second, millisecond) || this;
                _this.year = year;
                _this.month = month;
                _this.day = day;
                return _this;
              }
              DateTime3.fromDate = function(date) {
                return new this(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.valueOf() % 1e3);
              };
              DateTime3.prototype.getWeekday = function() {
                return getWeekday(new Date(this.getTime()));
              };
              DateTime3.prototype.getTime = function() {
                return new Date(Date.UTC(this.year, this.month - 1, this.day, this.hour, this.minute, this.second, this.millisecond)).getTime();
              };
              DateTime3.prototype.getDay = function() {
                return this.day;
              };
              DateTime3.prototype.getMonth = function() {
                return this.month;
              };
              DateTime3.prototype.getYear = function() {
                return this.year;
              };
              DateTime3.prototype.addYears = function(years) {
                this.year += years;
              };
              DateTime3.prototype.addMonths = function(months) {
                this.month += months;
                if (this.month > 12) {
                  var yearDiv = Math.floor(this.month / 12);
                  var monthMod = pymod(this.month, 12);
                  this.month = monthMod;
                  this.year += yearDiv;
                  if (this.month === 0) {
                    this.month = 12;
                    --this.year;
                  }
                }
              };
              DateTime3.prototype.addWeekly = function(days, wkst) {
                if (wkst > this.getWeekday()) {
                  this.day += -(this.getWeekday() + 1 + (6 - wkst)) + days * 7;
                } else {
                  this.day += -(this.getWeekday() - wkst) + days * 7;
                }
                this.fixDay();
              };
              DateTime3.prototype.addDaily = function(days) {
                this.day += days;
                this.fixDay();
              };
              DateTime3.prototype.addHours = function(hours, filtered, byhour) {
                if (filtered) {
                  this.hour += Math.floor((23 - this.hour) / hours) * hours;
                }
                for (; ; ) {
                  this.hour += hours;
                  var _a = divmod(this.hour, 24), dayDiv = _a.div, hourMod = _a.mod;
                  if (dayDiv) {
                    this.hour = hourMod;
                    this.addDaily(dayDiv);
                  }
                  if (empty(byhour) || includes(byhour, this.hour))
                    break;
                }
              };
              DateTime3.prototype.addMinutes = function(minutes2, filtered, byhour, byminute) {
                if (filtered) {
                  this.minute += Math.floor((1439 - (this.hour * 60 + this.minute)) / minutes2) * minutes2;
                }
                for (; ; ) {
                  this.minute += minutes2;
                  var _a = divmod(this.minute, 60), hourDiv = _a.div, minuteMod = _a.mod;
                  if (hourDiv) {
                    this.minute = minuteMod;
                    this.addHours(hourDiv, false, byhour);
                  }
                  if ((empty(byhour) || includes(byhour, this.hour)) && (empty(byminute) || includes(byminute, this.minute))) {
                    break;
                  }
                }
              };
              DateTime3.prototype.addSeconds = function(seconds, filtered, byhour, byminute, bysecond) {
                if (filtered) {
                  this.second += Math.floor((86399 - (this.hour * 3600 + this.minute * 60 + this.second)) / seconds) * seconds;
                }
                for (; ; ) {
                  this.second += seconds;
                  var _a = divmod(this.second, 60), minuteDiv = _a.div, secondMod = _a.mod;
                  if (minuteDiv) {
                    this.second = secondMod;
                    this.addMinutes(minuteDiv, false, byhour, byminute);
                  }
                  if ((empty(byhour) || includes(byhour, this.hour)) && (empty(byminute) || includes(byminute, this.minute)) && (empty(bysecond) || includes(bysecond, this.second))) {
                    break;
                  }
                }
              };
              DateTime3.prototype.fixDay = function() {
                if (this.day <= 28) {
                  return;
                }
                var daysinmonth = monthRange(this.year, this.month - 1)[1];
                if (this.day <= daysinmonth) {
                  return;
                }
                while (this.day > daysinmonth) {
                  this.day -= daysinmonth;
                  ++this.month;
                  if (this.month === 13) {
                    this.month = 1;
                    ++this.year;
                    if (this.year > MAXYEAR) {
                      return;
                    }
                  }
                  daysinmonth = monthRange(this.year, this.month - 1)[1];
                }
              };
              DateTime3.prototype.add = function(options, filtered) {
                var freq = options.freq, interval = options.interval, wkst = options.wkst, byhour = options.byhour, byminute = options.byminute, bysecond = options.bysecond;
                switch (freq) {
                  case Frequency.YEARLY:
                    return this.addYears(interval);
                  case Frequency.MONTHLY:
                    return this.addMonths(interval);
                  case Frequency.WEEKLY:
                    return this.addWeekly(interval, wkst);
                  case Frequency.DAILY:
                    return this.addDaily(interval);
                  case Frequency.HOURLY:
                    return this.addHours(interval, filtered, byhour);
                  case Frequency.MINUTELY:
                    return this.addMinutes(interval, filtered, byhour, byminute);
                  case Frequency.SECONDLY:
                    return this.addSeconds(interval, filtered, byhour, byminute, bysecond);
                }
              };
              return DateTime3;
            })(Time)
          );
          ;
          function initializeOptions(options) {
            var invalid = [];
            var keys = Object.keys(options);
            for (var _i = 0, keys_1 = keys; _i < keys_1.length; _i++) {
              var key = keys_1[_i];
              if (!includes(defaultKeys, key))
                invalid.push(key);
              if (isDate(options[key]) && !isValidDate(options[key])) {
                invalid.push(key);
              }
            }
            if (invalid.length) {
              throw new Error("Invalid options: " + invalid.join(", "));
            }
            return __assign({}, options);
          }
          function parseOptions(options) {
            var opts = __assign(__assign({}, DEFAULT_OPTIONS), initializeOptions(options));
            if (isPresent(opts.byeaster))
              opts.freq = RRule2.YEARLY;
            if (!(isPresent(opts.freq) && RRule2.FREQUENCIES[opts.freq])) {
              throw new Error("Invalid frequency: ".concat(opts.freq, " ").concat(options.freq));
            }
            if (!opts.dtstart)
              opts.dtstart = new Date((/* @__PURE__ */ new Date()).setMilliseconds(0));
            if (!isPresent(opts.wkst)) {
              opts.wkst = RRule2.MO.weekday;
            } else if (isNumber(opts.wkst)) {
            } else {
              opts.wkst = opts.wkst.weekday;
            }
            if (isPresent(opts.bysetpos)) {
              if (isNumber(opts.bysetpos))
                opts.bysetpos = [opts.bysetpos];
              for (var i2 = 0; i2 < opts.bysetpos.length; i2++) {
                var v2 = opts.bysetpos[i2];
                if (v2 === 0 || !(v2 >= -366 && v2 <= 366)) {
                  throw new Error("bysetpos must be between 1 and 366, or between -366 and -1");
                }
              }
            }
            if (!(Boolean(opts.byweekno) || notEmpty(opts.byweekno) || notEmpty(opts.byyearday) || Boolean(opts.bymonthday) || notEmpty(opts.bymonthday) || isPresent(opts.byweekday) || isPresent(opts.byeaster))) {
              switch (opts.freq) {
                case RRule2.YEARLY:
                  if (!opts.bymonth)
                    opts.bymonth = opts.dtstart.getUTCMonth() + 1;
                  opts.bymonthday = opts.dtstart.getUTCDate();
                  break;
                case RRule2.MONTHLY:
                  opts.bymonthday = opts.dtstart.getUTCDate();
                  break;
                case RRule2.WEEKLY:
                  opts.byweekday = [getWeekday(opts.dtstart)];
                  break;
              }
            }
            if (isPresent(opts.bymonth) && !isArray(opts.bymonth)) {
              opts.bymonth = [opts.bymonth];
            }
            if (isPresent(opts.byyearday) && !isArray(opts.byyearday) && isNumber(opts.byyearday)) {
              opts.byyearday = [opts.byyearday];
            }
            if (!isPresent(opts.bymonthday)) {
              opts.bymonthday = [];
              opts.bynmonthday = [];
            } else if (isArray(opts.bymonthday)) {
              var bymonthday = [];
              var bynmonthday = [];
              for (var i2 = 0; i2 < opts.bymonthday.length; i2++) {
                var v2 = opts.bymonthday[i2];
                if (v2 > 0) {
                  bymonthday.push(v2);
                } else if (v2 < 0) {
                  bynmonthday.push(v2);
                }
              }
              opts.bymonthday = bymonthday;
              opts.bynmonthday = bynmonthday;
            } else if (opts.bymonthday < 0) {
              opts.bynmonthday = [opts.bymonthday];
              opts.bymonthday = [];
            } else {
              opts.bynmonthday = [];
              opts.bymonthday = [opts.bymonthday];
            }
            if (isPresent(opts.byweekno) && !isArray(opts.byweekno)) {
              opts.byweekno = [opts.byweekno];
            }
            if (!isPresent(opts.byweekday)) {
              opts.bynweekday = null;
            } else if (isNumber(opts.byweekday)) {
              opts.byweekday = [opts.byweekday];
              opts.bynweekday = null;
            } else if (isWeekdayStr(opts.byweekday)) {
              opts.byweekday = [Weekday.fromStr(opts.byweekday).weekday];
              opts.bynweekday = null;
            } else if (opts.byweekday instanceof Weekday) {
              if (!opts.byweekday.n || opts.freq > RRule2.MONTHLY) {
                opts.byweekday = [opts.byweekday.weekday];
                opts.bynweekday = null;
              } else {
                opts.bynweekday = [[opts.byweekday.weekday, opts.byweekday.n]];
                opts.byweekday = null;
              }
            } else {
              var byweekday = [];
              var bynweekday = [];
              for (var i2 = 0; i2 < opts.byweekday.length; i2++) {
                var wday = opts.byweekday[i2];
                if (isNumber(wday)) {
                  byweekday.push(wday);
                  continue;
                } else if (isWeekdayStr(wday)) {
                  byweekday.push(Weekday.fromStr(wday).weekday);
                  continue;
                }
                if (!wday.n || opts.freq > RRule2.MONTHLY) {
                  byweekday.push(wday.weekday);
                } else {
                  bynweekday.push([wday.weekday, wday.n]);
                }
              }
              opts.byweekday = notEmpty(byweekday) ? byweekday : null;
              opts.bynweekday = notEmpty(bynweekday) ? bynweekday : null;
            }
            if (!isPresent(opts.byhour)) {
              opts.byhour = opts.freq < RRule2.HOURLY ? [opts.dtstart.getUTCHours()] : null;
            } else if (isNumber(opts.byhour)) {
              opts.byhour = [opts.byhour];
            }
            if (!isPresent(opts.byminute)) {
              opts.byminute = opts.freq < RRule2.MINUTELY ? [opts.dtstart.getUTCMinutes()] : null;
            } else if (isNumber(opts.byminute)) {
              opts.byminute = [opts.byminute];
            }
            if (!isPresent(opts.bysecond)) {
              opts.bysecond = opts.freq < RRule2.SECONDLY ? [opts.dtstart.getUTCSeconds()] : null;
            } else if (isNumber(opts.bysecond)) {
              opts.bysecond = [opts.bysecond];
            }
            return { parsedOptions: opts };
          }
          function buildTimeset(opts) {
            var millisecondModulo = opts.dtstart.getTime() % 1e3;
            if (!freqIsDailyOrGreater(opts.freq)) {
              return [];
            }
            var timeset = [];
            opts.byhour.forEach(function(hour) {
              opts.byminute.forEach(function(minute) {
                opts.bysecond.forEach(function(second) {
                  timeset.push(new Time(hour, minute, second, millisecondModulo));
                });
              });
            });
            return timeset;
          }
          ;
          function parseString(rfcString) {
            var options = rfcString.split("\n").map(parseLine).filter(function(x2) {
              return x2 !== null;
            });
            return __assign(__assign({}, options[0]), options[1]);
          }
          function parseDtstart(line2) {
            var options = {};
            var dtstartWithZone = /DTSTART(?:;TZID=([^:=]+?))?(?::|=)([^;\s]+)/i.exec(line2);
            if (!dtstartWithZone) {
              return options;
            }
            var tzid = dtstartWithZone[1], dtstart = dtstartWithZone[2];
            if (tzid) {
              options.tzid = tzid;
            }
            options.dtstart = untilStringToDate(dtstart);
            return options;
          }
          function parseLine(rfcString) {
            rfcString = rfcString.replace(/^\s+|\s+$/, "");
            if (!rfcString.length)
              return null;
            var header = /^([A-Z]+?)[:;]/.exec(rfcString.toUpperCase());
            if (!header) {
              return parseRrule(rfcString);
            }
            var key = header[1];
            switch (key.toUpperCase()) {
              case "RRULE":
              case "EXRULE":
                return parseRrule(rfcString);
              case "DTSTART":
                return parseDtstart(rfcString);
              default:
                throw new Error("Unsupported RFC prop ".concat(key, " in ").concat(rfcString));
            }
          }
          function parseRrule(line2) {
            var strippedLine = line2.replace(/^RRULE:/i, "");
            var options = parseDtstart(strippedLine);
            var attrs = line2.replace(/^(?:RRULE|EXRULE):/i, "").split(";");
            attrs.forEach(function(attr) {
              var _a = attr.split("="), key = _a[0], value = _a[1];
              switch (key.toUpperCase()) {
                case "FREQ":
                  options.freq = Frequency[value.toUpperCase()];
                  break;
                case "WKST":
                  options.wkst = Days[value.toUpperCase()];
                  break;
                case "COUNT":
                case "INTERVAL":
                case "BYSETPOS":
                case "BYMONTH":
                case "BYMONTHDAY":
                case "BYYEARDAY":
                case "BYWEEKNO":
                case "BYHOUR":
                case "BYMINUTE":
                case "BYSECOND":
                  var num = parseNumber(value);
                  var optionKey = key.toLowerCase();
                  options[optionKey] = num;
                  break;
                case "BYWEEKDAY":
                case "BYDAY":
                  options.byweekday = parseWeekday(value);
                  break;
                case "DTSTART":
                case "TZID":
                  var dtstart = parseDtstart(line2);
                  options.tzid = dtstart.tzid;
                  options.dtstart = dtstart.dtstart;
                  break;
                case "UNTIL":
                  options.until = untilStringToDate(value);
                  break;
                case "BYEASTER":
                  options.byeaster = Number(value);
                  break;
                default:
                  throw new Error("Unknown RRULE property '" + key + "'");
              }
            });
            return options;
          }
          function parseNumber(value) {
            if (value.indexOf(",") !== -1) {
              var values = value.split(",");
              return values.map(parseIndividualNumber);
            }
            return parseIndividualNumber(value);
          }
          function parseIndividualNumber(value) {
            if (/^[+-]?\d+$/.test(value)) {
              return Number(value);
            }
            return value;
          }
          function parseWeekday(value) {
            var days = value.split(",");
            return days.map(function(day) {
              if (day.length === 2) {
                return Days[day];
              }
              var parts = day.match(/^([+-]?\d{1,2})([A-Z]{2})$/);
              if (!parts || parts.length < 3) {
                throw new SyntaxError("Invalid weekday string: ".concat(day));
              }
              var n2 = Number(parts[1]);
              var wdaypart = parts[2];
              var wday = Days[wdaypart].weekday;
              return new Weekday(wday, n2);
            });
          }
          ;
          var DateWithZone = (
            /** @class */
            (function() {
              function DateWithZone2(date, tzid) {
                if (isNaN(date.getTime())) {
                  throw new RangeError("Invalid date passed to DateWithZone");
                }
                this.date = date;
                this.tzid = tzid;
              }
              Object.defineProperty(DateWithZone2.prototype, "isUTC", {
                get: function() {
                  return !this.tzid || this.tzid.toUpperCase() === "UTC";
                },
                enumerable: false,
                configurable: true
              });
              DateWithZone2.prototype.toString = function() {
                var datestr = timeToUntilString(this.date.getTime(), this.isUTC);
                if (!this.isUTC) {
                  return ";TZID=".concat(this.tzid, ":").concat(datestr);
                }
                return ":".concat(datestr);
              };
              DateWithZone2.prototype.getTime = function() {
                return this.date.getTime();
              };
              DateWithZone2.prototype.rezonedDate = function() {
                if (this.isUTC) {
                  return this.date;
                }
                return dateInTimeZone(this.date, this.tzid);
              };
              return DateWithZone2;
            })()
          );
          ;
          function optionsToString(options) {
            var rrule2 = [];
            var dtstart = "";
            var keys = Object.keys(options);
            var defaultKeys2 = Object.keys(DEFAULT_OPTIONS);
            for (var i2 = 0; i2 < keys.length; i2++) {
              if (keys[i2] === "tzid")
                continue;
              if (!includes(defaultKeys2, keys[i2]))
                continue;
              var key = keys[i2].toUpperCase();
              var value = options[keys[i2]];
              var outValue = "";
              if (!isPresent(value) || isArray(value) && !value.length)
                continue;
              switch (key) {
                case "FREQ":
                  outValue = RRule2.FREQUENCIES[options.freq];
                  break;
                case "WKST":
                  if (isNumber(value)) {
                    outValue = new Weekday(value).toString();
                  } else {
                    outValue = value.toString();
                  }
                  break;
                case "BYWEEKDAY":
                  key = "BYDAY";
                  outValue = toArray(value).map(function(wday) {
                    if (wday instanceof Weekday) {
                      return wday;
                    }
                    if (isArray(wday)) {
                      return new Weekday(wday[0], wday[1]);
                    }
                    return new Weekday(wday);
                  }).toString();
                  break;
                case "DTSTART":
                  dtstart = buildDtstart(value, options.tzid);
                  break;
                case "UNTIL":
                  outValue = timeToUntilString(value, !options.tzid);
                  break;
                default:
                  if (isArray(value)) {
                    var strValues = [];
                    for (var j2 = 0; j2 < value.length; j2++) {
                      strValues[j2] = String(value[j2]);
                    }
                    outValue = strValues.toString();
                  } else {
                    outValue = String(value);
                  }
              }
              if (outValue) {
                rrule2.push([key, outValue]);
              }
            }
            var rules = rrule2.map(function(_a) {
              var key2 = _a[0], value2 = _a[1];
              return "".concat(key2, "=").concat(value2.toString());
            }).join(";");
            var ruleString = "";
            if (rules !== "") {
              ruleString = "RRULE:".concat(rules);
            }
            return [dtstart, ruleString].filter(function(x2) {
              return !!x2;
            }).join("\n");
          }
          function buildDtstart(dtstart, tzid) {
            if (!dtstart) {
              return "";
            }
            return "DTSTART" + new DateWithZone(new Date(dtstart), tzid).toString();
          }
          ;
          function argsMatch(left, right) {
            if (Array.isArray(left)) {
              if (!Array.isArray(right))
                return false;
              if (left.length !== right.length)
                return false;
              return left.every(function(date, i2) {
                return date.getTime() === right[i2].getTime();
              });
            }
            if (left instanceof Date) {
              return right instanceof Date && left.getTime() === right.getTime();
            }
            return left === right;
          }
          var Cache = (
            /** @class */
            (function() {
              function Cache2() {
                this.all = false;
                this.before = [];
                this.after = [];
                this.between = [];
              }
              Cache2.prototype._cacheAdd = function(what, value, args) {
                if (value) {
                  value = value instanceof Date ? dateutil_clone(value) : cloneDates(value);
                }
                if (what === "all") {
                  this.all = value;
                } else {
                  args._value = value;
                  this[what].push(args);
                }
              };
              Cache2.prototype._cacheGet = function(what, args) {
                var cached2 = false;
                var argsKeys = args ? Object.keys(args) : [];
                var findCacheDiff = function(item2) {
                  for (var i3 = 0; i3 < argsKeys.length; i3++) {
                    var key = argsKeys[i3];
                    if (!argsMatch(args[key], item2[key])) {
                      return true;
                    }
                  }
                  return false;
                };
                var cachedObject = this[what];
                if (what === "all") {
                  cached2 = this.all;
                } else if (isArray(cachedObject)) {
                  for (var i2 = 0; i2 < cachedObject.length; i2++) {
                    var item = cachedObject[i2];
                    if (argsKeys.length && findCacheDiff(item))
                      continue;
                    cached2 = item._value;
                    break;
                  }
                }
                if (!cached2 && this.all) {
                  var iterResult = new iterresult(what, args);
                  for (var i2 = 0; i2 < this.all.length; i2++) {
                    if (!iterResult.accept(this.all[i2]))
                      break;
                  }
                  cached2 = iterResult.getValue();
                  this._cacheAdd(what, cached2, args);
                }
                return isArray(cached2) ? cloneDates(cached2) : cached2 instanceof Date ? dateutil_clone(cached2) : cached2;
              };
              return Cache2;
            })()
          );
          ;
          var M365MASK = __spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray([], repeat(1, 31), true), repeat(2, 28), true), repeat(3, 31), true), repeat(4, 30), true), repeat(5, 31), true), repeat(6, 30), true), repeat(7, 31), true), repeat(8, 31), true), repeat(9, 30), true), repeat(10, 31), true), repeat(11, 30), true), repeat(12, 31), true), repeat(1, 7), true);
          var M366MASK = __spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray([], repeat(1, 31), true), repeat(2, 29), true), repeat(3, 31), true), repeat(4, 30), true), repeat(5, 31), true), repeat(6, 30), true), repeat(7, 31), true), repeat(8, 31), true), repeat(9, 30), true), repeat(10, 31), true), repeat(11, 30), true), repeat(12, 31), true), repeat(1, 7), true);
          var M28 = range(1, 29);
          var M29 = range(1, 30);
          var M30 = range(1, 31);
          var M31 = range(1, 32);
          var MDAY366MASK = __spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray([], M31, true), M29, true), M31, true), M30, true), M31, true), M30, true), M31, true), M31, true), M30, true), M31, true), M30, true), M31, true), M31.slice(0, 7), true);
          var MDAY365MASK = __spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray([], M31, true), M28, true), M31, true), M30, true), M31, true), M30, true), M31, true), M31, true), M30, true), M31, true), M30, true), M31, true), M31.slice(0, 7), true);
          var NM28 = range(-28, 0);
          var NM29 = range(-29, 0);
          var NM30 = range(-30, 0);
          var NM31 = range(-31, 0);
          var NMDAY366MASK = __spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray([], NM31, true), NM29, true), NM31, true), NM30, true), NM31, true), NM30, true), NM31, true), NM31, true), NM30, true), NM31, true), NM30, true), NM31, true), NM31.slice(0, 7), true);
          var NMDAY365MASK = __spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray(__spreadArray([], NM31, true), NM28, true), NM31, true), NM30, true), NM31, true), NM30, true), NM31, true), NM31, true), NM30, true), NM31, true), NM30, true), NM31, true), NM31.slice(0, 7), true);
          var M366RANGE = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];
          var M365RANGE = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
          var WDAYMASK = (function() {
            var wdaymask = [];
            for (var i2 = 0; i2 < 55; i2++)
              wdaymask = wdaymask.concat(range(7));
            return wdaymask;
          })();
          ;
          function rebuildYear(year, options) {
            var firstyday = datetime(year, 1, 1);
            var yearlen = isLeapYear(year) ? 366 : 365;
            var nextyearlen = isLeapYear(year + 1) ? 366 : 365;
            var yearordinal = toOrdinal(firstyday);
            var yearweekday = getWeekday(firstyday);
            var result = __assign(__assign({ yearlen, nextyearlen, yearordinal, yearweekday }, baseYearMasks(year)), { wnomask: null });
            if (empty(options.byweekno)) {
              return result;
            }
            result.wnomask = repeat(0, yearlen + 7);
            var firstwkst;
            var wyearlen;
            var no1wkst = firstwkst = pymod(7 - yearweekday + options.wkst, 7);
            if (no1wkst >= 4) {
              no1wkst = 0;
              wyearlen = result.yearlen + pymod(yearweekday - options.wkst, 7);
            } else {
              wyearlen = yearlen - no1wkst;
            }
            var div = Math.floor(wyearlen / 7);
            var mod = pymod(wyearlen, 7);
            var numweeks = Math.floor(div + mod / 4);
            for (var j2 = 0; j2 < options.byweekno.length; j2++) {
              var n2 = options.byweekno[j2];
              if (n2 < 0) {
                n2 += numweeks + 1;
              }
              if (!(n2 > 0 && n2 <= numweeks)) {
                continue;
              }
              var i2 = void 0;
              if (n2 > 1) {
                i2 = no1wkst + (n2 - 1) * 7;
                if (no1wkst !== firstwkst) {
                  i2 -= 7 - firstwkst;
                }
              } else {
                i2 = no1wkst;
              }
              for (var k2 = 0; k2 < 7; k2++) {
                result.wnomask[i2] = 1;
                i2++;
                if (result.wdaymask[i2] === options.wkst)
                  break;
              }
            }
            if (includes(options.byweekno, 1)) {
              var i2 = no1wkst + numweeks * 7;
              if (no1wkst !== firstwkst)
                i2 -= 7 - firstwkst;
              if (i2 < yearlen) {
                for (var j2 = 0; j2 < 7; j2++) {
                  result.wnomask[i2] = 1;
                  i2 += 1;
                  if (result.wdaymask[i2] === options.wkst)
                    break;
                }
              }
            }
            if (no1wkst) {
              var lnumweeks = void 0;
              if (!includes(options.byweekno, -1)) {
                var lyearweekday = getWeekday(datetime(year - 1, 1, 1));
                var lno1wkst = pymod(7 - lyearweekday.valueOf() + options.wkst, 7);
                var lyearlen = isLeapYear(year - 1) ? 366 : 365;
                var weekst = void 0;
                if (lno1wkst >= 4) {
                  lno1wkst = 0;
                  weekst = lyearlen + pymod(lyearweekday - options.wkst, 7);
                } else {
                  weekst = yearlen - no1wkst;
                }
                lnumweeks = Math.floor(52 + pymod(weekst, 7) / 4);
              } else {
                lnumweeks = -1;
              }
              if (includes(options.byweekno, lnumweeks)) {
                for (var i2 = 0; i2 < no1wkst; i2++)
                  result.wnomask[i2] = 1;
              }
            }
            return result;
          }
          function baseYearMasks(year) {
            var yearlen = isLeapYear(year) ? 366 : 365;
            var firstyday = datetime(year, 1, 1);
            var wday = getWeekday(firstyday);
            if (yearlen === 365) {
              return {
                mmask: M365MASK,
                mdaymask: MDAY365MASK,
                nmdaymask: NMDAY365MASK,
                wdaymask: WDAYMASK.slice(wday),
                mrange: M365RANGE
              };
            }
            return {
              mmask: M366MASK,
              mdaymask: MDAY366MASK,
              nmdaymask: NMDAY366MASK,
              wdaymask: WDAYMASK.slice(wday),
              mrange: M366RANGE
            };
          }
          ;
          function rebuildMonth(year, month, yearlen, mrange, wdaymask, options) {
            var result = {
              lastyear: year,
              lastmonth: month,
              nwdaymask: []
            };
            var ranges = [];
            if (options.freq === RRule2.YEARLY) {
              if (empty(options.bymonth)) {
                ranges = [[0, yearlen]];
              } else {
                for (var j2 = 0; j2 < options.bymonth.length; j2++) {
                  month = options.bymonth[j2];
                  ranges.push(mrange.slice(month - 1, month + 1));
                }
              }
            } else if (options.freq === RRule2.MONTHLY) {
              ranges = [mrange.slice(month - 1, month + 1)];
            }
            if (empty(ranges)) {
              return result;
            }
            result.nwdaymask = repeat(0, yearlen);
            for (var j2 = 0; j2 < ranges.length; j2++) {
              var rang = ranges[j2];
              var first = rang[0];
              var last = rang[1] - 1;
              for (var k2 = 0; k2 < options.bynweekday.length; k2++) {
                var i2 = void 0;
                var _a = options.bynweekday[k2], wday = _a[0], n2 = _a[1];
                if (n2 < 0) {
                  i2 = last + (n2 + 1) * 7;
                  i2 -= pymod(wdaymask[i2] - wday, 7);
                } else {
                  i2 = first + (n2 - 1) * 7;
                  i2 += pymod(7 - wdaymask[i2] + wday, 7);
                }
                if (first <= i2 && i2 <= last)
                  result.nwdaymask[i2] = 1;
              }
            }
            return result;
          }
          ;
          function easter(y2, offset) {
            if (offset === void 0) {
              offset = 0;
            }
            var a2 = y2 % 19;
            var b2 = Math.floor(y2 / 100);
            var c2 = y2 % 100;
            var d2 = Math.floor(b2 / 4);
            var e3 = b2 % 4;
            var f2 = Math.floor((b2 + 8) / 25);
            var g2 = Math.floor((b2 - f2 + 1) / 3);
            var h2 = Math.floor(19 * a2 + b2 - d2 - g2 + 15) % 30;
            var i2 = Math.floor(c2 / 4);
            var k2 = c2 % 4;
            var l2 = Math.floor(32 + 2 * e3 + 2 * i2 - h2 - k2) % 7;
            var m2 = Math.floor((a2 + 11 * h2 + 22 * l2) / 451);
            var month = Math.floor((h2 + l2 - 7 * m2 + 114) / 31);
            var day = (h2 + l2 - 7 * m2 + 114) % 31 + 1;
            var date = Date.UTC(y2, month - 1, day + offset);
            var yearStart = Date.UTC(y2, 0, 1);
            return [Math.ceil((date - yearStart) / (1e3 * 60 * 60 * 24))];
          }
          ;
          var Iterinfo = (
            /** @class */
            (function() {
              function Iterinfo2(options) {
                this.options = options;
              }
              Iterinfo2.prototype.rebuild = function(year, month) {
                var options = this.options;
                if (year !== this.lastyear) {
                  this.yearinfo = rebuildYear(year, options);
                }
                if (notEmpty(options.bynweekday) && (month !== this.lastmonth || year !== this.lastyear)) {
                  var _a = this.yearinfo, yearlen = _a.yearlen, mrange = _a.mrange, wdaymask = _a.wdaymask;
                  this.monthinfo = rebuildMonth(year, month, yearlen, mrange, wdaymask, options);
                }
                if (isPresent(options.byeaster)) {
                  this.eastermask = easter(year, options.byeaster);
                }
              };
              Object.defineProperty(Iterinfo2.prototype, "lastyear", {
                get: function() {
                  return this.monthinfo ? this.monthinfo.lastyear : null;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "lastmonth", {
                get: function() {
                  return this.monthinfo ? this.monthinfo.lastmonth : null;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "yearlen", {
                get: function() {
                  return this.yearinfo.yearlen;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "yearordinal", {
                get: function() {
                  return this.yearinfo.yearordinal;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "mrange", {
                get: function() {
                  return this.yearinfo.mrange;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "wdaymask", {
                get: function() {
                  return this.yearinfo.wdaymask;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "mmask", {
                get: function() {
                  return this.yearinfo.mmask;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "wnomask", {
                get: function() {
                  return this.yearinfo.wnomask;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "nwdaymask", {
                get: function() {
                  return this.monthinfo ? this.monthinfo.nwdaymask : [];
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "nextyearlen", {
                get: function() {
                  return this.yearinfo.nextyearlen;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "mdaymask", {
                get: function() {
                  return this.yearinfo.mdaymask;
                },
                enumerable: false,
                configurable: true
              });
              Object.defineProperty(Iterinfo2.prototype, "nmdaymask", {
                get: function() {
                  return this.yearinfo.nmdaymask;
                },
                enumerable: false,
                configurable: true
              });
              Iterinfo2.prototype.ydayset = function() {
                return [range(this.yearlen), 0, this.yearlen];
              };
              Iterinfo2.prototype.mdayset = function(_2, month) {
                var start = this.mrange[month - 1];
                var end = this.mrange[month];
                var set = repeat(null, this.yearlen);
                for (var i2 = start; i2 < end; i2++)
                  set[i2] = i2;
                return [set, start, end];
              };
              Iterinfo2.prototype.wdayset = function(year, month, day) {
                var set = repeat(null, this.yearlen + 7);
                var i2 = toOrdinal(datetime(year, month, day)) - this.yearordinal;
                var start = i2;
                for (var j2 = 0; j2 < 7; j2++) {
                  set[i2] = i2;
                  ++i2;
                  if (this.wdaymask[i2] === this.options.wkst)
                    break;
                }
                return [set, start, i2];
              };
              Iterinfo2.prototype.ddayset = function(year, month, day) {
                var set = repeat(null, this.yearlen);
                var i2 = toOrdinal(datetime(year, month, day)) - this.yearordinal;
                set[i2] = i2;
                return [set, i2, i2 + 1];
              };
              Iterinfo2.prototype.htimeset = function(hour, _2, second, millisecond) {
                var _this = this;
                var set = [];
                this.options.byminute.forEach(function(minute) {
                  set = set.concat(_this.mtimeset(hour, minute, second, millisecond));
                });
                sort(set);
                return set;
              };
              Iterinfo2.prototype.mtimeset = function(hour, minute, _2, millisecond) {
                var set = this.options.bysecond.map(function(second) {
                  return new Time(hour, minute, second, millisecond);
                });
                sort(set);
                return set;
              };
              Iterinfo2.prototype.stimeset = function(hour, minute, second, millisecond) {
                return [new Time(hour, minute, second, millisecond)];
              };
              Iterinfo2.prototype.getdayset = function(freq) {
                switch (freq) {
                  case Frequency.YEARLY:
                    return this.ydayset.bind(this);
                  case Frequency.MONTHLY:
                    return this.mdayset.bind(this);
                  case Frequency.WEEKLY:
                    return this.wdayset.bind(this);
                  case Frequency.DAILY:
                    return this.ddayset.bind(this);
                  default:
                    return this.ddayset.bind(this);
                }
              };
              Iterinfo2.prototype.gettimeset = function(freq) {
                switch (freq) {
                  case Frequency.HOURLY:
                    return this.htimeset.bind(this);
                  case Frequency.MINUTELY:
                    return this.mtimeset.bind(this);
                  case Frequency.SECONDLY:
                    return this.stimeset.bind(this);
                }
              };
              return Iterinfo2;
            })()
          );
          const iterinfo = Iterinfo;
          ;
          function buildPoslist(bysetpos, timeset, start, end, ii, dayset) {
            var poslist = [];
            for (var j2 = 0; j2 < bysetpos.length; j2++) {
              var daypos = void 0;
              var timepos = void 0;
              var pos = bysetpos[j2];
              if (pos < 0) {
                daypos = Math.floor(pos / timeset.length);
                timepos = pymod(pos, timeset.length);
              } else {
                daypos = Math.floor((pos - 1) / timeset.length);
                timepos = pymod(pos - 1, timeset.length);
              }
              var tmp = [];
              for (var k2 = start; k2 < end; k2++) {
                var val = dayset[k2];
                if (!isPresent(val))
                  continue;
                tmp.push(val);
              }
              var i2 = void 0;
              if (daypos < 0) {
                i2 = tmp.slice(daypos)[0];
              } else {
                i2 = tmp[daypos];
              }
              var time = timeset[timepos];
              var date = fromOrdinal(ii.yearordinal + i2);
              var res = combine(date, time);
              if (!includes(poslist, res))
                poslist.push(res);
            }
            sort(poslist);
            return poslist;
          }
          ;
          function iter(iterResult, options) {
            var dtstart = options.dtstart, freq = options.freq, interval = options.interval, until = options.until, bysetpos = options.bysetpos;
            var count = options.count;
            if (count === 0 || interval === 0) {
              return emitResult(iterResult);
            }
            var counterDate = DateTime2.fromDate(dtstart);
            var ii = new iterinfo(options);
            ii.rebuild(counterDate.year, counterDate.month);
            var timeset = makeTimeset(ii, counterDate, options);
            for (; ; ) {
              var _a = ii.getdayset(freq)(counterDate.year, counterDate.month, counterDate.day), dayset = _a[0], start = _a[1], end = _a[2];
              var filtered = removeFilteredDays(dayset, start, end, ii, options);
              if (notEmpty(bysetpos)) {
                var poslist = buildPoslist(bysetpos, timeset, start, end, ii, dayset);
                for (var j2 = 0; j2 < poslist.length; j2++) {
                  var res = poslist[j2];
                  if (until && res > until) {
                    return emitResult(iterResult);
                  }
                  if (res >= dtstart) {
                    var rezonedDate = rezoneIfNeeded(res, options);
                    if (!iterResult.accept(rezonedDate)) {
                      return emitResult(iterResult);
                    }
                    if (count) {
                      --count;
                      if (!count) {
                        return emitResult(iterResult);
                      }
                    }
                  }
                }
              } else {
                for (var j2 = start; j2 < end; j2++) {
                  var currentDay = dayset[j2];
                  if (!isPresent(currentDay)) {
                    continue;
                  }
                  var date = fromOrdinal(ii.yearordinal + currentDay);
                  for (var k2 = 0; k2 < timeset.length; k2++) {
                    var time = timeset[k2];
                    var res = combine(date, time);
                    if (until && res > until) {
                      return emitResult(iterResult);
                    }
                    if (res >= dtstart) {
                      var rezonedDate = rezoneIfNeeded(res, options);
                      if (!iterResult.accept(rezonedDate)) {
                        return emitResult(iterResult);
                      }
                      if (count) {
                        --count;
                        if (!count) {
                          return emitResult(iterResult);
                        }
                      }
                    }
                  }
                }
              }
              if (options.interval === 0) {
                return emitResult(iterResult);
              }
              counterDate.add(options, filtered);
              if (counterDate.year > MAXYEAR) {
                return emitResult(iterResult);
              }
              if (!freqIsDailyOrGreater(freq)) {
                timeset = ii.gettimeset(freq)(counterDate.hour, counterDate.minute, counterDate.second, 0);
              }
              ii.rebuild(counterDate.year, counterDate.month);
            }
          }
          function isFiltered(ii, currentDay, options) {
            var bymonth = options.bymonth, byweekno = options.byweekno, byweekday = options.byweekday, byeaster = options.byeaster, bymonthday = options.bymonthday, bynmonthday = options.bynmonthday, byyearday = options.byyearday;
            return notEmpty(bymonth) && !includes(bymonth, ii.mmask[currentDay]) || notEmpty(byweekno) && !ii.wnomask[currentDay] || notEmpty(byweekday) && !includes(byweekday, ii.wdaymask[currentDay]) || notEmpty(ii.nwdaymask) && !ii.nwdaymask[currentDay] || byeaster !== null && !includes(ii.eastermask, currentDay) || (notEmpty(bymonthday) || notEmpty(bynmonthday)) && !includes(bymonthday, ii.mdaymask[currentDay]) && !includes(bynmonthday, ii.nmdaymask[currentDay]) || notEmpty(byyearday) && (currentDay < ii.yearlen && !includes(byyearday, currentDay + 1) && !includes(byyearday, -ii.yearlen + currentDay) || currentDay >= ii.yearlen && !includes(byyearday, currentDay + 1 - ii.yearlen) && !includes(byyearday, -ii.nextyearlen + currentDay - ii.yearlen));
          }
          function rezoneIfNeeded(date, options) {
            return new DateWithZone(date, options.tzid).rezonedDate();
          }
          function emitResult(iterResult) {
            return iterResult.getValue();
          }
          function removeFilteredDays(dayset, start, end, ii, options) {
            var filtered = false;
            for (var dayCounter = start; dayCounter < end; dayCounter++) {
              var currentDay = dayset[dayCounter];
              filtered = isFiltered(ii, currentDay, options);
              if (filtered)
                dayset[currentDay] = null;
            }
            return filtered;
          }
          function makeTimeset(ii, counterDate, options) {
            var freq = options.freq, byhour = options.byhour, byminute = options.byminute, bysecond = options.bysecond;
            if (freqIsDailyOrGreater(freq)) {
              return buildTimeset(options);
            }
            if (freq >= RRule2.HOURLY && notEmpty(byhour) && !includes(byhour, counterDate.hour) || freq >= RRule2.MINUTELY && notEmpty(byminute) && !includes(byminute, counterDate.minute) || freq >= RRule2.SECONDLY && notEmpty(bysecond) && !includes(bysecond, counterDate.second)) {
              return [];
            }
            return ii.gettimeset(freq)(counterDate.hour, counterDate.minute, counterDate.second, counterDate.millisecond);
          }
          ;
          var Days = {
            MO: new Weekday(0),
            TU: new Weekday(1),
            WE: new Weekday(2),
            TH: new Weekday(3),
            FR: new Weekday(4),
            SA: new Weekday(5),
            SU: new Weekday(6)
          };
          var DEFAULT_OPTIONS = {
            freq: Frequency.YEARLY,
            dtstart: null,
            interval: 1,
            wkst: Days.MO,
            count: null,
            until: null,
            tzid: null,
            bysetpos: null,
            bymonth: null,
            bymonthday: null,
            bynmonthday: null,
            byyearday: null,
            byweekno: null,
            byweekday: null,
            bynweekday: null,
            byhour: null,
            byminute: null,
            bysecond: null,
            byeaster: null
          };
          var defaultKeys = Object.keys(DEFAULT_OPTIONS);
          var RRule2 = (
            /** @class */
            (function() {
              function RRule3(options, noCache) {
                if (options === void 0) {
                  options = {};
                }
                if (noCache === void 0) {
                  noCache = false;
                }
                this._cache = noCache ? null : new Cache();
                this.origOptions = initializeOptions(options);
                var parsedOptions = parseOptions(options).parsedOptions;
                this.options = parsedOptions;
              }
              RRule3.parseText = function(text2, language) {
                return parseText(text2, language);
              };
              RRule3.fromText = function(text2, language) {
                return fromText(text2, language);
              };
              RRule3.fromString = function(str) {
                return new RRule3(RRule3.parseString(str) || void 0);
              };
              RRule3.prototype._iter = function(iterResult) {
                return iter(iterResult, this.options);
              };
              RRule3.prototype._cacheGet = function(what, args) {
                if (!this._cache)
                  return false;
                return this._cache._cacheGet(what, args);
              };
              RRule3.prototype._cacheAdd = function(what, value, args) {
                if (!this._cache)
                  return;
                return this._cache._cacheAdd(what, value, args);
              };
              RRule3.prototype.all = function(iterator) {
                if (iterator) {
                  return this._iter(new callbackiterresult("all", {}, iterator));
                }
                var result = this._cacheGet("all");
                if (result === false) {
                  result = this._iter(new iterresult("all", {}));
                  this._cacheAdd("all", result);
                }
                return result;
              };
              RRule3.prototype.between = function(after, before, inc, iterator) {
                if (inc === void 0) {
                  inc = false;
                }
                if (!isValidDate(after) || !isValidDate(before)) {
                  throw new Error("Invalid date passed in to RRule.between");
                }
                var args = {
                  before,
                  after,
                  inc
                };
                if (iterator) {
                  return this._iter(new callbackiterresult("between", args, iterator));
                }
                var result = this._cacheGet("between", args);
                if (result === false) {
                  result = this._iter(new iterresult("between", args));
                  this._cacheAdd("between", result, args);
                }
                return result;
              };
              RRule3.prototype.before = function(dt, inc) {
                if (inc === void 0) {
                  inc = false;
                }
                if (!isValidDate(dt)) {
                  throw new Error("Invalid date passed in to RRule.before");
                }
                var args = { dt, inc };
                var result = this._cacheGet("before", args);
                if (result === false) {
                  result = this._iter(new iterresult("before", args));
                  this._cacheAdd("before", result, args);
                }
                return result;
              };
              RRule3.prototype.after = function(dt, inc) {
                if (inc === void 0) {
                  inc = false;
                }
                if (!isValidDate(dt)) {
                  throw new Error("Invalid date passed in to RRule.after");
                }
                var args = { dt, inc };
                var result = this._cacheGet("after", args);
                if (result === false) {
                  result = this._iter(new iterresult("after", args));
                  this._cacheAdd("after", result, args);
                }
                return result;
              };
              RRule3.prototype.count = function() {
                return this.all().length;
              };
              RRule3.prototype.toString = function() {
                return optionsToString(this.origOptions);
              };
              RRule3.prototype.toText = function(gettext, language, dateFormatter) {
                return toText(this, gettext, language, dateFormatter);
              };
              RRule3.prototype.isFullyConvertibleToText = function() {
                return isFullyConvertible(this);
              };
              RRule3.prototype.clone = function() {
                return new RRule3(this.origOptions);
              };
              RRule3.FREQUENCIES = [
                "YEARLY",
                "MONTHLY",
                "WEEKLY",
                "DAILY",
                "HOURLY",
                "MINUTELY",
                "SECONDLY"
              ];
              RRule3.YEARLY = Frequency.YEARLY;
              RRule3.MONTHLY = Frequency.MONTHLY;
              RRule3.WEEKLY = Frequency.WEEKLY;
              RRule3.DAILY = Frequency.DAILY;
              RRule3.HOURLY = Frequency.HOURLY;
              RRule3.MINUTELY = Frequency.MINUTELY;
              RRule3.SECONDLY = Frequency.SECONDLY;
              RRule3.MO = Days.MO;
              RRule3.TU = Days.TU;
              RRule3.WE = Days.WE;
              RRule3.TH = Days.TH;
              RRule3.FR = Days.FR;
              RRule3.SA = Days.SA;
              RRule3.SU = Days.SU;
              RRule3.parseString = parseString;
              RRule3.optionsToString = optionsToString;
              return RRule3;
            })()
          );
          ;
          function iterSet(iterResult, _rrule, _exrule, _rdate, _exdate, tzid) {
            var _exdateHash = {};
            var _accept = iterResult.accept;
            function evalExdate(after, before) {
              _exrule.forEach(function(rrule2) {
                rrule2.between(after, before, true).forEach(function(date) {
                  _exdateHash[Number(date)] = true;
                });
              });
            }
            _exdate.forEach(function(date) {
              var zonedDate2 = new DateWithZone(date, tzid).rezonedDate();
              _exdateHash[Number(zonedDate2)] = true;
            });
            iterResult.accept = function(date) {
              var dt = Number(date);
              if (isNaN(dt))
                return _accept.call(this, date);
              if (!_exdateHash[dt]) {
                evalExdate(new Date(dt - 1), new Date(dt + 1));
                if (!_exdateHash[dt]) {
                  _exdateHash[dt] = true;
                  return _accept.call(this, date);
                }
              }
              return true;
            };
            if (iterResult.method === "between") {
              evalExdate(iterResult.args.after, iterResult.args.before);
              iterResult.accept = function(date) {
                var dt = Number(date);
                if (!_exdateHash[dt]) {
                  _exdateHash[dt] = true;
                  return _accept.call(this, date);
                }
                return true;
              };
            }
            for (var i2 = 0; i2 < _rdate.length; i2++) {
              var zonedDate = new DateWithZone(_rdate[i2], tzid).rezonedDate();
              if (!iterResult.accept(new Date(zonedDate.getTime())))
                break;
            }
            _rrule.forEach(function(rrule2) {
              iter(iterResult, rrule2.options);
            });
            var res = iterResult._result;
            sort(res);
            switch (iterResult.method) {
              case "all":
              case "between":
                return res;
              case "before":
                return res.length && res[res.length - 1] || null;
              case "after":
              default:
                return res.length && res[0] || null;
            }
          }
          ;
          var rrulestr_DEFAULT_OPTIONS = {
            dtstart: null,
            cache: false,
            unfold: false,
            forceset: false,
            compatible: false,
            tzid: null
          };
          function parseInput(s2, options) {
            var rrulevals = [];
            var rdatevals = [];
            var exrulevals = [];
            var exdatevals = [];
            var parsedDtstart = parseDtstart(s2);
            var dtstart = parsedDtstart.dtstart;
            var tzid = parsedDtstart.tzid;
            var lines = splitIntoLines(s2, options.unfold);
            lines.forEach(function(line2) {
              var _a;
              if (!line2)
                return;
              var _b = breakDownLine(line2), name = _b.name, parms = _b.parms, value = _b.value;
              switch (name.toUpperCase()) {
                case "RRULE":
                  if (parms.length) {
                    throw new Error("unsupported RRULE parm: ".concat(parms.join(",")));
                  }
                  rrulevals.push(parseString(line2));
                  break;
                case "RDATE":
                  var _c = (_a = /RDATE(?:;TZID=([^:=]+))?/i.exec(line2)) !== null && _a !== void 0 ? _a : [], rdateTzid = _c[1];
                  if (rdateTzid && !tzid) {
                    tzid = rdateTzid;
                  }
                  rdatevals = rdatevals.concat(parseRDate(value, parms));
                  break;
                case "EXRULE":
                  if (parms.length) {
                    throw new Error("unsupported EXRULE parm: ".concat(parms.join(",")));
                  }
                  exrulevals.push(parseString(value));
                  break;
                case "EXDATE":
                  exdatevals = exdatevals.concat(parseRDate(value, parms));
                  break;
                case "DTSTART":
                  break;
                default:
                  throw new Error("unsupported property: " + name);
              }
            });
            return {
              dtstart,
              tzid,
              rrulevals,
              rdatevals,
              exrulevals,
              exdatevals
            };
          }
          function buildRule(s2, options) {
            var _a = parseInput(s2, options), rrulevals = _a.rrulevals, rdatevals = _a.rdatevals, exrulevals = _a.exrulevals, exdatevals = _a.exdatevals, dtstart = _a.dtstart, tzid = _a.tzid;
            var noCache = options.cache === false;
            if (options.compatible) {
              options.forceset = true;
              options.unfold = true;
            }
            if (options.forceset || rrulevals.length > 1 || rdatevals.length || exrulevals.length || exdatevals.length) {
              var rset_1 = new RRuleSet(noCache);
              rset_1.dtstart(dtstart);
              rset_1.tzid(tzid || void 0);
              rrulevals.forEach(function(val2) {
                rset_1.rrule(new RRule2(groomRruleOptions(val2, dtstart, tzid), noCache));
              });
              rdatevals.forEach(function(date) {
                rset_1.rdate(date);
              });
              exrulevals.forEach(function(val2) {
                rset_1.exrule(new RRule2(groomRruleOptions(val2, dtstart, tzid), noCache));
              });
              exdatevals.forEach(function(date) {
                rset_1.exdate(date);
              });
              if (options.compatible && options.dtstart)
                rset_1.rdate(dtstart);
              return rset_1;
            }
            var val = rrulevals[0] || {};
            return new RRule2(groomRruleOptions(val, val.dtstart || options.dtstart || dtstart, val.tzid || options.tzid || tzid), noCache);
          }
          function rrulestr(s2, options) {
            if (options === void 0) {
              options = {};
            }
            return buildRule(s2, rrulestr_initializeOptions(options));
          }
          function groomRruleOptions(val, dtstart, tzid) {
            return __assign(__assign({}, val), { dtstart, tzid });
          }
          function rrulestr_initializeOptions(options) {
            var invalid = [];
            var keys = Object.keys(options);
            var defaultKeys2 = Object.keys(rrulestr_DEFAULT_OPTIONS);
            keys.forEach(function(key) {
              if (!includes(defaultKeys2, key))
                invalid.push(key);
            });
            if (invalid.length) {
              throw new Error("Invalid options: " + invalid.join(", "));
            }
            return __assign(__assign({}, rrulestr_DEFAULT_OPTIONS), options);
          }
          function extractName(line2) {
            if (line2.indexOf(":") === -1) {
              return {
                name: "RRULE",
                value: line2
              };
            }
            var _a = split(line2, ":", 1), name = _a[0], value = _a[1];
            return {
              name,
              value
            };
          }
          function breakDownLine(line2) {
            var _a = extractName(line2), name = _a.name, value = _a.value;
            var parms = name.split(";");
            if (!parms)
              throw new Error("empty property name");
            return {
              name: parms[0].toUpperCase(),
              parms: parms.slice(1),
              value
            };
          }
          function splitIntoLines(s2, unfold) {
            if (unfold === void 0) {
              unfold = false;
            }
            s2 = s2 && s2.trim();
            if (!s2)
              throw new Error("Invalid empty string");
            if (!unfold) {
              return s2.split(/\s/);
            }
            var lines = s2.split("\n");
            var i2 = 0;
            while (i2 < lines.length) {
              var line2 = lines[i2] = lines[i2].replace(/\s+$/g, "");
              if (!line2) {
                lines.splice(i2, 1);
              } else if (i2 > 0 && line2[0] === " ") {
                lines[i2 - 1] += line2.slice(1);
                lines.splice(i2, 1);
              } else {
                i2 += 1;
              }
            }
            return lines;
          }
          function validateDateParm(parms) {
            parms.forEach(function(parm) {
              if (!/(VALUE=DATE(-TIME)?)|(TZID=)/.test(parm)) {
                throw new Error("unsupported RDATE/EXDATE parm: " + parm);
              }
            });
          }
          function parseRDate(rdateval, parms) {
            validateDateParm(parms);
            return rdateval.split(",").map(function(datestr) {
              return untilStringToDate(datestr);
            });
          }
          ;
          function createGetterSetter(fieldName) {
            var _this = this;
            return function(field) {
              if (field !== void 0) {
                _this["_".concat(fieldName)] = field;
              }
              if (_this["_".concat(fieldName)] !== void 0) {
                return _this["_".concat(fieldName)];
              }
              for (var i2 = 0; i2 < _this._rrule.length; i2++) {
                var field_1 = _this._rrule[i2].origOptions[fieldName];
                if (field_1) {
                  return field_1;
                }
              }
            };
          }
          var RRuleSet = (
            /** @class */
            (function(_super) {
              __extends(RRuleSet2, _super);
              function RRuleSet2(noCache) {
                if (noCache === void 0) {
                  noCache = false;
                }
                var _this = _super.call(this, {}, noCache) || this;
                _this.dtstart = createGetterSetter.apply(_this, ["dtstart"]);
                _this.tzid = createGetterSetter.apply(_this, ["tzid"]);
                _this._rrule = [];
                _this._rdate = [];
                _this._exrule = [];
                _this._exdate = [];
                return _this;
              }
              RRuleSet2.prototype._iter = function(iterResult) {
                return iterSet(iterResult, this._rrule, this._exrule, this._rdate, this._exdate, this.tzid());
              };
              RRuleSet2.prototype.rrule = function(rrule2) {
                _addRule(rrule2, this._rrule);
              };
              RRuleSet2.prototype.exrule = function(rrule2) {
                _addRule(rrule2, this._exrule);
              };
              RRuleSet2.prototype.rdate = function(date) {
                _addDate(date, this._rdate);
              };
              RRuleSet2.prototype.exdate = function(date) {
                _addDate(date, this._exdate);
              };
              RRuleSet2.prototype.rrules = function() {
                return this._rrule.map(function(e3) {
                  return rrulestr(e3.toString());
                });
              };
              RRuleSet2.prototype.exrules = function() {
                return this._exrule.map(function(e3) {
                  return rrulestr(e3.toString());
                });
              };
              RRuleSet2.prototype.rdates = function() {
                return this._rdate.map(function(e3) {
                  return new Date(e3.getTime());
                });
              };
              RRuleSet2.prototype.exdates = function() {
                return this._exdate.map(function(e3) {
                  return new Date(e3.getTime());
                });
              };
              RRuleSet2.prototype.valueOf = function() {
                var result = [];
                if (!this._rrule.length && this._dtstart) {
                  result = result.concat(optionsToString({ dtstart: this._dtstart }));
                }
                this._rrule.forEach(function(rrule2) {
                  result = result.concat(rrule2.toString().split("\n"));
                });
                this._exrule.forEach(function(exrule) {
                  result = result.concat(exrule.toString().split("\n").map(function(line2) {
                    return line2.replace(/^RRULE:/, "EXRULE:");
                  }).filter(function(line2) {
                    return !/^DTSTART/.test(line2);
                  }));
                });
                if (this._rdate.length) {
                  result.push(rdatesToString("RDATE", this._rdate, this.tzid()));
                }
                if (this._exdate.length) {
                  result.push(rdatesToString("EXDATE", this._exdate, this.tzid()));
                }
                return result;
              };
              RRuleSet2.prototype.toString = function() {
                return this.valueOf().join("\n");
              };
              RRuleSet2.prototype.clone = function() {
                var rrs = new RRuleSet2(!!this._cache);
                this._rrule.forEach(function(rule) {
                  return rrs.rrule(rule.clone());
                });
                this._exrule.forEach(function(rule) {
                  return rrs.exrule(rule.clone());
                });
                this._rdate.forEach(function(date) {
                  return rrs.rdate(new Date(date.getTime()));
                });
                this._exdate.forEach(function(date) {
                  return rrs.exdate(new Date(date.getTime()));
                });
                return rrs;
              };
              return RRuleSet2;
            })(RRule2)
          );
          function _addRule(rrule2, collection) {
            if (!(rrule2 instanceof RRule2)) {
              throw new TypeError(String(rrule2) + " is not RRule instance");
            }
            if (!includes(collection.map(String), String(rrule2))) {
              collection.push(rrule2);
            }
          }
          function _addDate(date, collection) {
            if (!(date instanceof Date)) {
              throw new TypeError(String(date) + " is not Date instance");
            }
            if (!includes(collection.map(Number), Number(date))) {
              collection.push(date);
              sort(collection);
            }
          }
          function rdatesToString(param, rdates, tzid) {
            var isUTC = !tzid || tzid.toUpperCase() === "UTC";
            var header = isUTC ? "".concat(param, ":") : "".concat(param, ";TZID=").concat(tzid, ":");
            var dateString = rdates.map(function(rdate) {
              return timeToUntilString(rdate.valueOf(), isUTC);
            }).join(",");
            return "".concat(header).concat(dateString);
          }
          ;
          return __webpack_exports__;
        })()
      );
    });
  }
});

// ../../main/node_modules/damerau-levenshtein/index.js
var require_damerau_levenshtein = __commonJS({
  "../../main/node_modules/damerau-levenshtein/index.js"(exports, module) {
    module.exports = function(__this, that, limit) {
      var thisLength = __this.length, thatLength = that.length, matrix = [];
      limit = (limit || (thatLength > thisLength ? thatLength : thisLength)) + 1;
      for (var i2 = 0; i2 < limit; i2++) {
        matrix[i2] = [i2];
        matrix[i2].length = limit;
      }
      for (i2 = 0; i2 < limit; i2++) {
        matrix[0][i2] = i2;
      }
      if (Math.abs(thisLength - thatLength) > (limit || 100)) {
        return prepare(limit || 100);
      }
      if (thisLength === 0) {
        return prepare(thatLength);
      }
      if (thatLength === 0) {
        return prepare(thisLength);
      }
      var j2, this_i, that_j, cost, min, t2;
      for (i2 = 1; i2 <= thisLength; ++i2) {
        this_i = __this[i2 - 1];
        for (j2 = 1; j2 <= thatLength; ++j2) {
          if (i2 === j2 && matrix[i2][j2] > 4) return prepare(thisLength);
          that_j = that[j2 - 1];
          cost = this_i === that_j ? 0 : 1;
          min = matrix[i2 - 1][j2] + 1;
          if ((t2 = matrix[i2][j2 - 1] + 1) < min) min = t2;
          if ((t2 = matrix[i2 - 1][j2 - 1] + cost) < min) min = t2;
          matrix[i2][j2] = i2 > 1 && j2 > 1 && this_i === that[j2 - 2] && __this[i2 - 2] === that_j && (t2 = matrix[i2 - 2][j2 - 2] + cost) < min ? t2 : min;
        }
      }
      return prepare(matrix[thisLength][thatLength]);
      function prepare(steps) {
        var length = Math.max(thisLength, thatLength);
        var relative = length === 0 ? 0 : steps / length;
        var similarity = 1 - relative;
        return {
          steps,
          relative,
          similarity
        };
      }
    };
  }
});

// src/main.ts
import { existsSync as existsSync2 } from "node:fs";

// src/app.ts
import path12 from "node:path";

// src/channels/local/local-channel.ts
import { EventEmitter } from "node:events";
import { readFileSync, rmSync } from "node:fs";
var HISTORY_LIMIT = 500;
var FILES_LIMIT = 100;
var LocalChannel = class {
  constructor(now = Date.now) {
    this.now = now;
    this.events.setMaxListeners(100);
  }
  now;
  name = "local";
  limits = { globalPerSecond: 1e4, perChatPerSecond: 1e4, perChatBurst: 1e4, concurrency: 8 };
  /** Emits `message` with each LocalMessage (in and out). */
  events = new EventEmitter();
  chats = /* @__PURE__ */ new Map();
  styles = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  /** Files people "sent" (playground, tests), by file id, so features can pass them on. */
  inboundFiles = /* @__PURE__ */ new Map();
  inboundFileCounter = 0;
  handler;
  nextId = 1;
  counter = 0;
  /** Connects the channel to the router. */
  attach(handler) {
    this.handler = handler;
  }
  /** A chat imitating WhatsApp uses keywords instead of slash commands. */
  setCommandStyle(chatId, style) {
    this.styles.set(chatId, style);
  }
  commandStyle(address) {
    return this.styles.get(address.chatId) ?? "slash";
  }
  async start() {
  }
  async stop() {
  }
  /** A person types a message (optionally as a reply to an earlier line); resolves when its effects are committed. */
  say(sender, text2, options = {}) {
    const line2 = this.record({ chatId: sender.chatId, direction: "in", userId: sender.userId, text: text2, ...options.replyTo ? { replyTo: options.replyTo } : {} });
    return this.deliver({ ...this.base(sender), text: text2, messageId: `local:${line2.id}`, ...options.replyTo ? { replyTo: `local:${options.replyTo}` } : {} });
  }
  /** A person presses a button of the last question in this chat (or one with the given token). */
  press(sender, choiceId, token) {
    const question = [...this.chats.get(sender.chatId) ?? []].reverse().find((m2) => m2.direction === "out" && m2.choices && (token === void 0 || m2.askToken === token));
    const label = question?.choices?.find((c2) => c2.id === choiceId)?.label ?? choiceId;
    this.record({ chatId: sender.chatId, direction: "in", userId: sender.userId, text: label });
    return this.deliver({ ...this.base(sender), choice: { id: choiceId, token: token ?? question?.askToken } });
  }
  /** Sends something the bot cannot read (voice note, photo); with `file`, it carries those bytes (to be passed on). */
  sendUnsupported(sender, kind, file) {
    const mediaKind = kind === "voice" ? "audio" : kind;
    const relayable = file && (mediaKind === "image" || mediaKind === "audio" || mediaKind === "video" || mediaKind === "document" || mediaKind === "sticker");
    const fileId = relayable ? `local-file-${++this.inboundFileCounter}` : void 0;
    if (fileId && file) this.inboundFiles.set(fileId, { bytes: file.bytes, mimeType: file.mimeType });
    const line2 = this.record({ chatId: sender.chatId, direction: "in", userId: sender.userId, text: file?.caption ?? `[${kind}]`, ...fileId ? { media: { kind, filename: file?.filename } } : {} });
    return this.deliver({
      ...this.base(sender),
      unsupported: kind,
      messageId: `local:${line2.id}`,
      ...fileId && file ? { media: { kind: mediaKind, fileId, mimeType: file.mimeType, size: file.bytes.length, ...file.filename ? { filename: file.filename } : {}, ...file.caption ? { caption: file.caption } : {}, ...kind === "voice" ? { voice: true } : {} } } : {}
    });
  }
  /** A file a person sent here, by its file id (for relaying). */
  async download(fileId) {
    const file = this.inboundFiles.get(fileId);
    if (!file) throw new Error("This file is no longer here.");
    return file;
  }
  async send(to, message, _item, options = {}) {
    if (message.reaction) {
      const line3 = this.chats.get(to.chatId)?.find((m2) => `local:${m2.id}` === message.reaction.messageId);
      if (line3) {
        line3.reaction = message.reaction.emoji;
        line3.edited = true;
        this.events.emit("message", line3);
      }
      return {};
    }
    const edited = options.editPlatformId ? this.edit(to.chatId, options.editPlatformId, message) : void 0;
    if (edited) return { platformId: `local:${edited.id}` };
    const attachment = message.attachment ? this.keepFile(message.attachment) : void 0;
    const replyTo = message.replyTo?.startsWith("local:") ? Number(message.replyTo.slice("local:".length)) : void 0;
    const line2 = this.record({
      chatId: to.chatId,
      direction: "out",
      text: message.text,
      choices: message.choices,
      multiple: message.multiple,
      askToken: message.askToken,
      kind: message.kind,
      ...attachment ? { attachment: attachment.view } : {},
      ...replyTo ? { replyTo } : {}
    });
    if (attachment) {
      this.files.set(line2.id, attachment.file);
      line2.attachment.url = `/playground/api/files/${line2.id}`;
      for (const id3 of this.files.keys()) if (this.files.size > FILES_LIMIT) this.files.delete(id3);
    }
    return { platformId: `local:${line2.id}` };
  }
  /** A file the bot sent, by the id of its line (for the playground's download link and tests). */
  file(lineId) {
    return this.files.get(lineId);
  }
  /** Changes a line in place (same id); emits `message` again with the new content. Undefined when the line is gone. */
  edit(chatId, platformId, message) {
    const id3 = Number(platformId.replace(/^local:/, ""));
    const line2 = this.chats.get(chatId)?.find((m2) => m2.id === id3 && m2.direction === "out");
    if (!line2) return void 0;
    Object.assign(line2, { text: message.text, choices: message.choices, multiple: message.multiple, askToken: message.askToken, edited: true });
    this.events.emit("message", line2);
    return line2;
  }
  /** Reads an attachment's bytes (from base64, or from its file, which is then removed). */
  keepFile(attachment) {
    const bytes = attachment.data !== void 0 ? Buffer.from(attachment.data, "base64") : attachment.file ? readFileSync(attachment.file) : Buffer.alloc(0);
    if (attachment.file) rmSync(attachment.file, { force: true });
    return {
      view: { kind: attachment.kind, filename: attachment.filename, mimeType: attachment.mimeType, size: bytes.length, url: "" },
      file: { bytes, filename: attachment.filename, mimeType: attachment.mimeType }
    };
  }
  /** The lines of a chat, oldest first. */
  transcript(chatId) {
    return [...this.chats.get(chatId) ?? []];
  }
  /** Bot messages of a chat after the given message id. */
  repliesSince(chatId, afterId = 0) {
    return this.transcript(chatId).filter((m2) => m2.direction === "out" && m2.id > afterId);
  }
  lastId() {
    return this.nextId - 1;
  }
  clear(chatId) {
    if (chatId) this.chats.delete(chatId);
    else {
      this.chats.clear();
      this.files.clear();
    }
  }
  base(sender) {
    this.counter += 1;
    return {
      channel: "local",
      chatId: sender.chatId,
      chatType: sender.chatType ?? "private",
      userId: sender.userId,
      displayName: sender.displayName,
      languageCode: sender.languageCode,
      dedupKey: `local:${this.now()}:${this.counter}:${Math.random().toString(36).slice(2, 8)}`
    };
  }
  deliver(inbound) {
    if (!this.handler) return Promise.reject(new Error("The local channel is not attached to a router yet."));
    return this.handler(inbound);
  }
  record(line2) {
    const message = { ...line2, id: this.nextId++, at: this.now() };
    let list = this.chats.get(line2.chatId);
    if (!list) this.chats.set(line2.chatId, list = []);
    list.push(message);
    if (list.length > HISTORY_LIMIT) list.splice(0, list.length - HISTORY_LIMIT);
    this.events.emit("message", message);
    return message;
  }
};

// src/core/clock.ts
var systemClock = { now: () => Date.now() };
var ManualClock = class {
  constructor(base = systemClock, startAt) {
    this.base = base;
    if (startAt !== void 0) this.offsetMs = startAt - base.now();
  }
  base;
  offsetMs = 0;
  listeners = /* @__PURE__ */ new Set();
  now() {
    return this.base.now() + this.offsetMs;
  }
  /** Jump forward; listeners (the scheduler) are told so due jobs run at once. */
  advance(ms) {
    if (!(ms >= 0)) throw new RangeError("A clock only moves forward: advance(ms) needs ms >= 0.");
    this.offsetMs += ms;
    for (const listener of this.listeners) listener();
  }
  onAdvance(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
};

// src/core/logger.ts
var import_pino = __toESM(require_pino(), 1);
var REDACTED_FIELDS = ["text", "body", "phone", "wa_id", "from", "to", "token", "accessToken", "name", "caption", "userId", "chatId"];
function createLogger(level, destination) {
  const options = {
    level,
    base: { app: "welkom" },
    // The update / request being handled (see log-context.ts), on every line written while handling it.
    mixin: () => ({ ...currentLogContext() }),
    redact: { paths: [...REDACTED_FIELDS, ...REDACTED_FIELDS.map((field) => `*.${field}`)], censor: "[redacted]" }
  };
  return destination ? (0, import_pino.pino)(options, destination) : (0, import_pino.pino)(options);
}
function silentLogger() {
  return (0, import_pino.pino)({ level: "silent" });
}

// src/core/audit.ts
import { randomBytes } from "node:crypto";
function audit(services, input) {
  const at = input.at ?? services.clock.now();
  const id3 = `a_${at.toString(36)}_${randomBytes(4).toString("hex")}`;
  const event = { id: id3, at, actor: input.actor, action: input.action };
  if (input.subject !== void 0) event.subject = input.subject;
  if (input.size !== void 0) event.size = input.size;
  if (input.groupIds?.length) event.groupIds = [...input.groupIds];
  if (input.municipalities?.length) event.municipalities = [...input.municipalities];
  if (input.details) event.details = { ...input.details };
  services.store.put("audit", id3, event);
  return event;
}
var ERASED_MEMBER = "erased-member";
function canSeeAuditEvent(services, viewer, event) {
  if (viewer?.role !== "coordinator") return false;
  if (isNationalCoordinator(viewer)) return true;
  if (event.actor === viewer.id) return true;
  const groupIds = event.groupIds ?? (event.subject?.startsWith("g_") ? [event.subject] : []);
  if (groupIds.some((id3) => {
    const group = services.store.get("groups", id3);
    return group !== void 0 && canSeeGroup(viewer, group);
  })) return true;
  return (event.municipalities ?? []).some((m2) => canActInMunicipality(viewer, m2));
}

// src/core/inbound-limit.ts
var DEFAULT_INBOUND_LIMITS = { burst: 20, perMinute: 30 };
var IDLE_FORGET_MS = 10 * 6e4;
var InboundLimiter = class {
  constructor(limits = DEFAULT_INBOUND_LIMITS) {
    this.limits = limits;
  }
  limits;
  buckets = /* @__PURE__ */ new Map();
  lastSweep = 0;
  /** Takes one message from `sender` at `now` (ms). */
  take(sender, now) {
    if (this.limits.perMinute <= 0) return { ok: true };
    this.sweep(now);
    const rate = this.limits.perMinute / 6e4;
    const bucket = this.buckets.get(sender) ?? { tokens: this.limits.burst, at: now, told: false };
    bucket.tokens = Math.min(this.limits.burst, bucket.tokens + Math.max(0, now - bucket.at) * rate);
    bucket.at = now;
    this.buckets.set(sender, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      if (bucket.tokens >= this.limits.burst / 2) bucket.told = false;
      return { ok: true };
    }
    const notify = !bucket.told;
    bucket.told = true;
    return { ok: false, notify };
  }
  sweep(now) {
    if (now - this.lastSweep < IDLE_FORGET_MS) return;
    this.lastSweep = now;
    for (const [sender, bucket] of this.buckets) if (now - bucket.at > IDLE_FORGET_MS && bucket.tokens >= this.limits.burst - 1) this.buckets.delete(sender);
  }
};

// src/core/turn.ts
function createTurn(init) {
  const replies = [];
  const turn = {
    ...init,
    replies,
    reply(key, vars = {}, options = {}) {
      const text2 = init.translator.t(turn.locale, key, { help: turn.command("help"), ...vars });
      replies.push({ text: text2, kind: options.kind ?? "reply", choices: options.choices, multiple: options.multiple, askToken: options.askToken });
    },
    send(message) {
      replies.push(message);
    },
    command(name) {
      if (turn.commandStyle === "slash") return `/${name}`;
      const words = init.translator.t(turn.locale, `commands.${name}.keywords`).split(",");
      return (words[0] ?? name).trim().toUpperCase();
    }
  };
  return turn;
}

// src/core/router.ts
var MAX_INBOUND_CHARS = 4096;
var Router = class {
  constructor(services, engine, commands, options) {
    this.services = services;
    this.engine = engine;
    this.options = options;
    this.limiter = new InboundLimiter(options.inboundLimits);
    for (const command of commands) this.commands.set(command.name, command);
    for (const flow of engine.flows.values()) {
      const name = flow.trigger.command;
      if (!name || this.commands.has(name)) continue;
      this.commands.set(name, {
        name,
        roles: flow.roles,
        chats: flow.trigger.chats,
        national: flow.national,
        acts: flow.acts ?? (flow.trigger.target ? "groups" : void 0),
        takesArgs: flow.trigger.invite || flow.trigger.target,
        groupArg: flow.trigger.target,
        run: (turn, args) => {
          const vars = flow.trigger.invite ? { invite: args } : {};
          if (turn.target?.kind === "group") vars.targetGroupId = turn.target.group.id;
          if (turn.target?.kind === "municipality") vars.targetMunicipality = turn.target.municipality;
          engine.start(turn, flow, vars);
        }
      });
    }
  }
  services;
  engine;
  options;
  commands = /* @__PURE__ */ new Map();
  limiter;
  /** Every command, for /help and for registering menus on platforms. */
  list() {
    return [...this.commands.values()];
  }
  async handle(inbound) {
    const { store, logger: logger2 } = this.services;
    if (inbound.dedupKey && store.get("dedup", inbound.dedupKey)) {
      await store.committed();
      return;
    }
    let turn;
    try {
      turn = this.createTurn(inbound);
    } catch (error) {
      logger2.error({ err: safeError(error), channel: inbound.channel }, "a message could not be read; it is skipped");
      if (inbound.dedupKey) store.put("dedup", inbound.dedupKey, { key: inbound.dedupKey, at: this.services.clock.now() });
      await store.committed();
      return;
    }
    const verdict = this.limiter.take(`${inbound.channel}:${inbound.userId}`, turn.now);
    try {
      if (!verdict.ok) {
        if (verdict.notify) turn.reply("common.slow_down");
      } else {
        this.route(turn);
      }
    } catch (error) {
      logger2.error({ err: safeError(error), channel: inbound.channel }, "handling a message failed");
      turn.replies.length = 0;
      turn.reply("common.error");
    }
    if (inbound.dedupKey) store.put("dedup", inbound.dedupKey, { key: inbound.dedupKey, at: turn.now });
    const base = inbound.dedupKey ?? `${inbound.channel}:${inbound.chatId}:${turn.now}:${Math.random().toString(36).slice(2)}`;
    turn.replies.forEach((message, index) => {
      this.services.outbox.enqueue({ to: turn.address, message, memberId: turn.member?.id, priority: "interactive", urgent: true, key: `${base}:reply:${index}` });
    });
    await store.committed();
  }
  /** Works out who is writing, and in which language to answer. */
  createTurn(inbound) {
    const { translator, clock } = this.services;
    const now = clock.now();
    let member = memberByIdentity(this.services.store, inbound.channel, inbound.userId);
    if (!member) member = this.bootstrapCoordinator(inbound, now);
    const role2 = member?.role ?? "guest";
    const address = { channel: inbound.channel, chatId: inbound.chatId, ...inbound.threadId ? { threadId: inbound.threadId } : {} };
    const locale = member?.locale ?? translator.pick(inbound.languageCode, "nl");
    const { store } = this.services;
    return createTurn({ inbound, address, member, role: role2, standing: standingOf(member), scope: scopeOf(store, member), locale, commandStyle: this.options.commandStyle(address), now, translator });
  }
  /** People named in COORDINATOR_TELEGRAM_IDS become coordinators the first time they write. */
  bootstrapCoordinator(inbound, now) {
    const { config, store, translator } = this.services;
    if (inbound.channel !== "telegram" || !config.coordinatorTelegramIds.includes(inbound.userId)) return void 0;
    const key = identityKey(inbound.channel, inbound.userId);
    const member = {
      id: `m_${inbound.channel}_${inbound.userId}`,
      name: (inbound.displayName ?? "").slice(0, 40) || "Coordinator",
      role: "coordinator",
      locale: translator.pick(inbound.languageCode, "nl"),
      identities: [key],
      groupIds: [],
      profile: {},
      timeZone: config.timeZone,
      createdAt: now
    };
    store.put("members", member.id, member);
    store.put("identities", key, { key, memberId: member.id });
    audit(this.services, { at: now, actor: "config", action: "coordinator.bootstrap", subject: member.id });
    return member;
  }
  /** A button that belongs to a feature (`prefix:payload` with a registered prefix). */
  featureButton(id3) {
    const at = id3.indexOf(":");
    if (at <= 0) return void 0;
    const handler = this.options.buttons?.get(id3.slice(0, at));
    return handler ? { handler, payload: id3.slice(at + 1) } : void 0;
  }
  /** Offers a message no command or flow took to the features, in order; true when one handled it. */
  offerToFeatures(turn) {
    for (const handler of this.options.messageHandlers ?? []) if (handler(turn, this.services)) return true;
    return false;
  }
  /** A feature that holds an exchange with this sender took the message (an answer in a practice round). */
  offerToHolder(turn) {
    for (const feature of this.options.holders ?? []) {
      if (feature.holds?.(turn, this.services) && feature.onMessage?.(turn, this.services)) return true;
    }
    return false;
  }
  /** `/cancel` with no flow running: a feature's own exchange ends instead, if there is one. */
  cancelFeatures(turn) {
    for (const feature of this.options.holders ?? []) if (feature.cancel?.(turn, this.services)) return true;
    return false;
  }
  /** The one place that checks role, scope and chat type before a command runs, and resolves a named group against the scope. */
  runCommand(turn, spec, args) {
    const verdict = allowed(spec, turn.standing, turn.inbound.chatType);
    if (verdict === "role") return turn.reply("common.not_allowed");
    if (verdict === "national") return turn.reply("common.only_national");
    if (verdict === "chat") return turn.reply(turn.inbound.chatType === "group" ? "common.only_private" : "common.only_group");
    if (spec.groupArg && args.trim()) {
      const target = turn.scope.resolve(args);
      if (target.kind === "unknown") return turn.reply("common.scope.unknown", { name: target.name.slice(0, 60) });
      if (target.kind === "out_of_scope") return turn.reply("common.scope.outside", { name: target.name, municipalities: turn.scope.municipalities.join(", ") || "\u2014" });
      turn.target = target;
    }
    spec.run(turn, args);
  }
  route(turn) {
    const { inbound } = turn;
    const isGroup = inbound.chatType === "group";
    const text2 = inbound.text ?? "";
    if ([...text2].length > MAX_INBOUND_CHARS) {
      turn.reply("common.too_long", { max: MAX_INBOUND_CHARS });
      return;
    }
    if (inbound.unsupported) {
      if (this.offerToHolder(turn) || this.offerToFeatures(turn)) return;
      if (isGroup) return;
      turn.reply(inbound.unsupported === "voice" || inbound.unsupported === "audio" ? "common.unsupported.voice" : inbound.unsupported === "other" || inbound.unsupported === "location" || inbound.unsupported === "contacts" ? "common.unsupported.other" : "common.unsupported.media");
      return;
    }
    const button = inbound.choice ? this.featureButton(inbound.choice.id) : void 0;
    if (button) {
      button.handler(turn, button.payload, this.services);
      return;
    }
    const command = inbound.choice ? void 0 : parseCommand(text2, { names: this.commands, translator: this.services.translator, keywords: !isGroup, botUsername: this.options.botUsername?.() });
    const conversation = this.engine.active(turn);
    if (!command?.slash && !inbound.choice && !conversation && this.offerToHolder(turn)) return;
    if (command?.name === "cancel") {
      if (this.engine.cancel(turn)) turn.reply("common.flow.cancelled");
      else if (!this.cancelFeatures(turn)) turn.reply("common.flow.nothing_to_cancel");
      return;
    }
    const anytime = command ? this.commands.get(command.name)?.anytime === true : false;
    if (conversation && !command?.slash && !anytime) {
      this.engine.answer(turn, conversation);
      return;
    }
    if (conversation && anytime) turn.interrupted = this.engine.cancel(turn);
    if (command) {
      const spec = this.commands.get(command.name);
      if (!spec) {
        if (!isGroup) turn.reply(turn.member ? "common.unknown" : "common.unknown_guest", { join: turn.command("start") });
        return;
      }
      this.runCommand(turn, spec, command.args);
      return;
    }
    if (inbound.choice) {
      turn.reply("common.flow.closed_question");
      return;
    }
    if (this.offerToFeatures(turn)) return;
    if (isGroup) return;
    if (text2.trim() === "") {
      turn.reply("common.empty_message");
      return;
    }
    turn.reply(turn.member ? "common.unknown" : "common.unknown_guest", { join: turn.command("start") });
  }
};
function safeError(error) {
  if (!(error instanceof Error)) return { name: typeof error };
  return { name: error.name, stack: error.stack?.split("\n").slice(1, 8).join("\n") };
}

// src/delivery/outbox.ts
import { randomBytes as randomBytes2 } from "node:crypto";

// src/core/opt-out.ts
var OPT_OUTABLE_KINDS = /* @__PURE__ */ new Set(["broadcast", "practice_nudge"]);
function isOptedOut(member) {
  return member?.optOut !== void 0;
}
function blockedByOptOut(store, memberId, kind) {
  if (!memberId || !OPT_OUTABLE_KINDS.has(kind)) return false;
  return isOptedOut(store.get("members", memberId));
}
var OPTED_OUT_REASON = "opted out (STOP)";

// src/delivery/quiet-hours.ts
var DEFAULT_QUIET_HOURS = { from: "22:00", to: "08:00" };
function minutes(hhmm) {
  const [h2 = "0", m2 = "0"] = hhmm.split(":");
  return Number(h2) * 60 + Number(m2);
}
function quietUntil(at, timeZone, quiet = DEFAULT_QUIET_HOURS) {
  const from = minutes(quiet.from);
  const to = minutes(quiet.to);
  if (from === to) return void 0;
  const local = localTime(at, timeZone);
  const now = local.hour * 60 + local.minute;
  const inside = from < to ? now >= from && now < to : now >= from || now < to;
  if (!inside) return void 0;
  const wait = (to - now + 1440) % 1440;
  let end = at - local.second * 1e3 - at % 1e3 + wait * 6e4;
  for (let i2 = 0; i2 < 2; i2 += 1) {
    const check2 = localTime(end, timeZone);
    const diff = to - (check2.hour * 60 + check2.minute);
    if (diff === 0) break;
    end += ((diff + 720 + 1440) % 1440 - 720) * 6e4;
  }
  return end;
}

// src/delivery/rate-limit.ts
var TokenBucket = class {
  constructor(capacity, perSecond, now) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.tokens = capacity;
    this.updatedAt = now;
  }
  capacity;
  perSecond;
  tokens;
  updatedAt;
  refill(now) {
    const elapsed = Math.max(0, now - this.updatedAt) / 1e3;
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.perSecond);
    this.updatedAt = now;
  }
  /** Milliseconds until a token is free (0 when one is free now). */
  waitMs(now) {
    this.refill(now);
    if (this.tokens >= 1) return 0;
    return Math.ceil((1 - this.tokens) / this.perSecond * 1e3);
  }
  take(now) {
    this.refill(now);
    this.tokens -= 1;
  }
  /** After the platform said "slow down": no tokens until `ms` from now. */
  pause(now, ms) {
    this.refill(now);
    this.tokens = Math.min(this.tokens, 0) - ms / 1e3 * this.perSecond;
  }
};

// src/delivery/outbox.ts
var EDIT_SPACING_MS = 1100;
var MAX_ATTEMPTS = 6;
var BASE_BACKOFF_MS = 1e3;
var MAX_BACKOFF_MS = 5 * 6e4;
var Delivery = class {
  constructor(options) {
    this.options = options;
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.random = options.random ?? Math.random;
    for (const item of options.store.values("outbox")) {
      this.byKey.set(item.key, item.id);
      if (item.message.editOf && item.state === "queued") this.noteEdit(item);
    }
  }
  options;
  lanes = /* @__PURE__ */ new Map();
  byKey = /* @__PURE__ */ new Map();
  /** The newest edit per edited message (outbox key): an older edit still queued is skipped, only the latest text matters. */
  latestEdit = /* @__PURE__ */ new Map();
  /** When an edit of each message last went out (monotonic ms): Telegram allows about one edit a second per message. */
  lastEditAt = /* @__PURE__ */ new Map();
  /** Items that wait for a time (backoff, quiet hours, notBefore). */
  waiting = /* @__PURE__ */ new Set();
  /** Held items (WhatsApp window) by chat key. */
  held = /* @__PURE__ */ new Map();
  /** How often each chat was released (the person wrote); a send that fails "window closed" after a release is retried, not held. */
  releases = /* @__PURE__ */ new Map();
  waitTimer;
  running = false;
  idleWaiters = [];
  /** Items waiting for a retry (they go back to the head of their chat's queue). */
  retrying = /* @__PURE__ */ new Set();
  inFlight = /* @__PURE__ */ new Set();
  monotonic;
  random;
  observers = /* @__PURE__ */ new Set();
  noteEdit(item) {
    const target = item.message.editOf;
    const latest = this.latestEdit.get(target);
    const current = latest ? this.options.store.get("outbox", latest) : void 0;
    if (!current || current.createdAt <= item.createdAt) this.latestEdit.set(target, item.id);
  }
  /** Adds a channel's lane. Call before `start`. */
  addChannel(adapter) {
    const now = this.monotonic();
    this.lanes.set(adapter.name, {
      adapter,
      interactive: [],
      bulk: [],
      global: new TokenBucket(Math.max(1, adapter.limits.globalPerSecond), adapter.limits.globalPerSecond, now),
      chats: /* @__PURE__ */ new Map(),
      inFlight: 0
    });
  }
  channels() {
    return [...this.lanes.values()].map((lane) => lane.adapter);
  }
  /** Records an item (committed with the caller's other changes). Same `key` twice ⇒ the first item is kept. */
  enqueue(request) {
    const { store, clock } = this.options;
    const key = request.key ?? `auto:${randomBytes2(8).toString("base64url")}`;
    const existing = this.byKey.get(key);
    if (existing) return store.get("outbox", existing);
    const now = clock.now();
    const item = {
      id: `o_${randomBytes2(8).toString("base64url")}`,
      key,
      to: request.to,
      memberId: request.memberId,
      message: request.message,
      priority: request.priority,
      urgent: request.urgent ?? request.priority === "interactive",
      state: "queued",
      attempts: 0,
      notBefore: request.notBefore ?? now,
      createdAt: now,
      updatedAt: now
    };
    if (blockedByOptOut(store, request.memberId, request.message.kind)) Object.assign(item, { state: "cancelled", reason: OPTED_OUT_REASON });
    store.put("outbox", item.id, item);
    this.byKey.set(key, item.id);
    if (item.message.editOf) this.noteEdit(item);
    this.notify(item, "queued");
    if (this.running && item.state === "queued") this.schedule(item);
    return item;
  }
  observe(listener) {
    this.observers.add(listener);
    return () => this.observers.delete(listener);
  }
  notify(item, previous) {
    this.options.onChange?.(item, previous);
    for (const listener of this.observers) {
      try {
        listener(item, previous);
      } catch (error) {
        this.options.logger.error({ err: error }, "an outbox observer failed");
      }
    }
  }
  find(key) {
    const id3 = this.byKey.get(key);
    return id3 ? this.options.store.get("outbox", id3) : void 0;
  }
  /** Moves items held for a chat (closed WhatsApp window) back to the queue: the user just wrote. */
  release(to) {
    this.releases.set(chatKey(to), (this.releases.get(chatKey(to)) ?? 0) + 1);
    const ids2 = this.held.get(chatKey(to));
    if (!ids2) return;
    this.held.delete(chatKey(to));
    for (const id3 of ids2) {
      const item = this.options.store.get("outbox", id3);
      if (!item || item.state !== "held") continue;
      this.setState(item, "queued", { notBefore: this.options.clock.now() });
      this.schedule(item);
    }
  }
  /** Cancels queued or held items (e.g. a broadcast withdrawn). */
  cancel(id3) {
    const item = this.options.store.get("outbox", id3);
    if (!item || !["queued", "held"].includes(item.state)) return false;
    this.setState(item, "cancelled");
    return true;
  }
  /** Starts sending. Items left `sending` by a crash are retried; `queued` ones are scheduled; `held` ones wait. */
  start() {
    if (this.running) return;
    this.running = true;
    const items = this.options.store.values("outbox").filter((i2) => i2.state === "queued" || i2.state === "sending" || i2.state === "held").sort((a2, b2) => a2.createdAt - b2.createdAt);
    for (const item of items) {
      if (item.state === "sending") this.setState(item, "queued");
      if (item.state === "held") this.hold(item);
      else this.schedule(item);
    }
  }
  /** Stops picking new items and waits (up to `timeoutMs`) for sends in flight, so their outcome is recorded before the store closes. */
  async stop(timeoutMs = 1e4) {
    this.running = false;
    clearTimeout(this.waitTimer);
    for (const lane of this.lanes.values()) clearTimeout(lane.timer);
    if (this.inFlight.size === 0) return;
    let timer;
    await Promise.race([Promise.allSettled([...this.inFlight]), new Promise((resolve2) => timer = setTimeout(resolve2, timeoutMs))]);
    clearTimeout(timer);
  }
  /** Re-checks waiting items now (after the clock jumped, or from the scheduler's tick). */
  tick() {
    if (!this.running) return;
    const now = this.options.clock.now();
    for (const id3 of [...this.waiting]) {
      const item = this.options.store.get("outbox", id3);
      if (!item || item.state !== "queued") {
        this.waiting.delete(id3);
        if (item) this.endRetry(item);
        continue;
      }
      if (item.notBefore <= now) {
        this.waiting.delete(id3);
        const retry = this.endRetry(item);
        this.toLane(item, retry);
      }
    }
    this.armWaitTimer();
    this.checkIdle();
  }
  /** Counts by state and the oldest queued item, for /outbox and metrics. */
  summary() {
    const counts = { queued: 0, sending: 0, sent: 0, failed: 0, held: 0, cancelled: 0 };
    let oldest;
    const failures = [];
    for (const item of this.options.store.values("outbox")) {
      counts[item.state] += 1;
      if (item.state === "queued" && (oldest === void 0 || item.createdAt < oldest)) oldest = item.createdAt;
      if (item.state === "failed") failures.push(item);
    }
    failures.sort((a2, b2) => b2.updatedAt - a2.updatedAt);
    return { counts, oldestQueuedAt: oldest, recentFailures: failures.slice(0, 5) };
  }
  prune(before) {
    const { store } = this.options;
    let removed = 0;
    for (const item of store.values("outbox")) {
      if (!["sent", "failed", "cancelled"].includes(item.state) || item.updatedAt >= before) continue;
      store.delete("outbox", item.id);
      if (this.byKey.get(item.key) === item.id) this.byKey.delete(item.key);
      removed += 1;
    }
    return removed;
  }
  /**
   * Moves sent, failed and cancelled items last changed before `before` to the store's archive (history that start-up
   * does not load) and forgets their idempotency keys. Works in batches so the process keeps answering. Returns how many.
   */
  async archive(before, batchSize = 2e3) {
    const { store } = this.options;
    const finished = (item) => (item.state === "sent" || item.state === "failed" || item.state === "cancelled") && item.updatedAt < before;
    const ids2 = store.values("outbox").filter(finished).map((item) => item.id);
    let moved = 0;
    for (let start = 0; start < ids2.length; start += batchSize) {
      const batch = ids2.slice(start, start + batchSize);
      const keys = new Map(batch.map((id3) => [id3, store.get("outbox", id3)?.key]));
      moved += await store.archive("outbox", batch, finished, (item) => item.updatedAt);
      for (const [id3, key] of keys) if (key !== void 0 && !store.get("outbox", id3) && this.byKey.get(key) === id3) this.byKey.delete(key);
    }
    return moved;
  }
  /** Resolves when nothing is ready to send or in flight (items waiting for a later time, or behind such an item, do not count). */
  idle() {
    return new Promise((resolve2) => {
      this.idleWaiters.push(resolve2);
      this.checkIdle();
    });
  }
  // ---- internals ----
  isIdle() {
    const now = this.options.clock.now();
    for (const lane of this.lanes.values()) {
      if (lane.inFlight > 0) return false;
      for (const id3 of [...lane.interactive, ...lane.bulk]) {
        const item = this.options.store.get("outbox", id3);
        if (item && item.state === "queued" && !(lane.chats.get(chatKey(item.to))?.retrying ?? 0)) return false;
      }
    }
    for (const id3 of this.waiting) {
      const item = this.options.store.get("outbox", id3);
      if (item && item.state === "queued" && item.notBefore <= now) return false;
    }
    return true;
  }
  checkIdle() {
    if (this.idleWaiters.length === 0 || !this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve2 of waiters) resolve2();
  }
  schedule(item) {
    const now = this.options.clock.now();
    const quiet = this.quietEnd(item, now);
    if (quiet !== void 0 && quiet > item.notBefore) this.change(item, { notBefore: quiet });
    if (item.notBefore > now) {
      this.waiting.add(item.id);
      this.armWaitTimer();
      return;
    }
    this.toLane(item);
  }
  quietEnd(item, now) {
    if (item.urgent || !item.memberId) return void 0;
    const member = this.options.store.get("members", item.memberId);
    if (!member) return void 0;
    return quietUntil(Math.max(now, item.notBefore), member.timeZone || this.options.timeZone, member.quietHours ?? DEFAULT_QUIET_HOURS);
  }
  /** Puts an item in its lane; a retried item goes to the head, before later items of its chat. */
  toLane(item, front = false) {
    const lane = this.lanes.get(item.to.channel);
    if (!lane) {
      this.setState(item, "failed", { reason: `no channel "${item.to.channel}" is configured` });
      return;
    }
    const queue = item.priority === "interactive" ? lane.interactive : lane.bulk;
    if (front) queue.unshift(item.id);
    else queue.push(item.id);
    this.pump(lane);
  }
  /** Ends an item's retry wait (if it had one), unblocking its chat. Returns whether it was a retry. */
  endRetry(item) {
    if (!this.retrying.delete(item.id)) return false;
    const lane = this.lanes.get(item.to.channel);
    const chat2 = lane?.chats.get(chatKey(item.to));
    if (chat2) chat2.retrying = Math.max(0, chat2.retrying - 1);
    return true;
  }
  armWaitTimer() {
    clearTimeout(this.waitTimer);
    if (!this.running || this.waiting.size === 0) return;
    let next = Infinity;
    for (const id3 of this.waiting) {
      const item = this.options.store.get("outbox", id3);
      if (item) next = Math.min(next, item.notBefore);
    }
    const delay = Math.min(Math.max(0, next - this.options.clock.now()), 6e4);
    this.waitTimer = setTimeout(() => this.tick(), delay);
    this.waitTimer.unref();
  }
  chatState(lane, to) {
    const key = chatKey(to);
    let state = lane.chats.get(key);
    if (!state) {
      const now = this.monotonic();
      const { limits } = lane.adapter;
      const isGroup = to.chatId.startsWith("-");
      state = {
        bucket: new TokenBucket(limits.perChatBurst, limits.perChatPerSecond, now),
        // A burst of at most 5, refilled so that a burst plus a minute's refill stays within the limit in ANY 60 s.
        group: isGroup && limits.perGroupPerMinute ? groupBucket(limits.perGroupPerMinute, now) : void 0,
        busy: false,
        pausedUntil: 0,
        retrying: 0
      };
      lane.chats.set(key, state);
    }
    return state;
  }
  /** Sends as many items as the limits allow now, interactive first; arms a timer for the rest. */
  pump(lane) {
    if (!this.running || !this.options.store.health().writable) return;
    clearTimeout(lane.timer);
    lane.timer = void 0;
    let soonest = Infinity;
    const blockedChats = /* @__PURE__ */ new Set();
    for (const queue of [lane.interactive, lane.bulk]) {
      for (let index = 0; index < queue.length; ) {
        if (lane.inFlight >= lane.adapter.limits.concurrency) return;
        const now = this.monotonic();
        const globalWait = lane.global.waitMs(now);
        if (globalWait > 0) {
          soonest = Math.min(soonest, globalWait);
          index = queue.length;
          break;
        }
        const id3 = queue[index];
        const item = this.options.store.get("outbox", id3);
        if (!item || item.state !== "queued") {
          queue.splice(index, 1);
          continue;
        }
        const key = chatKey(item.to);
        const chat2 = this.chatState(lane, item.to);
        if (blockedChats.has(key) || chat2.busy || chat2.retrying > 0) {
          blockedChats.add(key);
          index += 1;
          continue;
        }
        const wait = Math.max(chat2.pausedUntil - now, chat2.bucket.waitMs(now), chat2.group?.waitMs(now) ?? 0);
        if (wait > 0) {
          blockedChats.add(key);
          soonest = Math.min(soonest, wait);
          index += 1;
          continue;
        }
        queue.splice(index, 1);
        lane.global.take(now);
        chat2.bucket.take(now);
        chat2.group?.take(now);
        chat2.busy = true;
        lane.inFlight += 1;
        const sending = this.sendOne(lane, item).catch((error) => this.options.logger.error({ error: error instanceof Error ? error.name : "unknown" }, "an outbox item could not be updated; it stays as it is on disk")).finally(() => {
          chat2.busy = false;
          lane.inFlight -= 1;
          this.inFlight.delete(sending);
          this.pump(lane);
          this.checkIdle();
        });
        this.inFlight.add(sending);
      }
    }
    if (soonest !== Infinity) {
      lane.timer = setTimeout(() => this.pump(lane), soonest);
      lane.timer.unref();
    }
    this.checkIdle();
  }
  async sendOne(lane, item) {
    const { store, logger: logger2 } = this.options;
    let releasesBefore = 0;
    try {
      await store.committed();
      if (item.state !== "queued" || !this.running) return;
      if (blockedByOptOut(store, item.memberId, item.message.kind)) {
        this.setState(item, "cancelled", { reason: OPTED_OUT_REASON });
        return;
      }
      if (item.message.editOf) {
        const wait = EDIT_SPACING_MS - (this.monotonic() - (this.lastEditAt.get(item.message.editOf) ?? -Infinity));
        if (wait > 0) await new Promise((resolve2) => setTimeout(resolve2, wait));
        if (item.state !== "queued" || !this.running) return;
      }
      const edit = this.resolveEdit(item);
      if (edit === "superseded") {
        this.setState(item, "cancelled", { reason: "a newer edit of the same message replaced this one" });
        return;
      }
      this.setState(item, "sending", { attempts: item.attempts + 1 });
      releasesBefore = this.releases.get(chatKey(item.to)) ?? 0;
      const message = await this.fetchRemoteFile(lane, item.message);
      const result = await lane.adapter.send(item.to, message, item, edit?.platformId ? { editPlatformId: edit.platformId } : {});
      this.setState(item, "sent", { platformId: result.platformId, reason: void 0, sentAt: this.options.clock.now() });
      if (edit) {
        this.lastEditAt.set(item.message.editOf, this.monotonic());
        this.editSent(item, edit.target, result.platformId);
      }
    } catch (error) {
      const failure = error instanceof DeliveryError ? error : new DeliveryError("transient", error instanceof Error ? error.message : String(error));
      const now = this.options.clock.now();
      if (failure.failure === "rate_limited") {
        const chat2 = this.chatState(lane, item.to);
        const pause = failure.retryAfterMs ?? 1e3;
        chat2.pausedUntil = this.monotonic() + pause;
        this.setState(item, "queued", { attempts: Math.max(0, item.attempts - 1), reason: failure.reason });
        (item.priority === "interactive" ? lane.interactive : lane.bulk).unshift(item.id);
        logger2.warn({ channel: lane.adapter.name, retryAfterMs: pause }, "platform asked to slow down; this chat waits");
      } else if (failure.failure === "window_closed" && (this.releases.get(chatKey(item.to)) ?? 0) !== releasesBefore) {
        this.setState(item, "queued", { notBefore: now, reason: failure.reason });
        this.toLane(item, true);
      } else if (failure.failure === "window_closed") {
        this.setState(item, "held", { reason: failure.reason });
        this.hold(item);
      } else if (failure.failure === "permanent" || item.attempts >= MAX_ATTEMPTS) {
        this.setState(item, "failed", { reason: failure.reason });
        logger2.warn({ channel: lane.adapter.name, item: item.id, reason: failure.reason }, "message failed for good");
      } else {
        const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (item.attempts - 1)) * (0.5 + this.random());
        this.setState(item, "queued", { notBefore: now + backoff, reason: failure.reason });
        this.retrying.add(item.id);
        this.chatState(lane, item.to).retrying += 1;
        this.waiting.add(item.id);
        this.armWaitTimer();
      }
    }
  }
  /**
   * A relayed file is fetched from the platform it came from just before it is sent, and kept only in memory for this
   * send: the store never holds its bytes. Too large for either side ⇒ a permanent failure that names the limit.
   */
  async fetchRemoteFile(lane, message) {
    const remote = message.attachment?.remote;
    if (!message.attachment || !remote) return message;
    const source = this.lanes.get(remote.channel)?.adapter;
    if (!source?.download) throw new DeliveryError("permanent", `files from ${remote.channel} cannot be fetched`);
    const limit = Math.min(lane.adapter.maxUploadBytes?.[message.attachment.kind] ?? Infinity, source.maxDownloadBytes ?? Infinity);
    if (remote.size !== void 0 && remote.size > limit) throw new DeliveryError("permanent", `file too large: ${remote.size} bytes, the limit is ${limit}`);
    let file;
    try {
      file = await source.download(remote.fileId);
    } catch (error) {
      if (error instanceof DeliveryError) throw error;
      throw new DeliveryError("transient", `fetching the file from ${remote.channel} failed: ${error instanceof Error ? error.name : "error"}`);
    }
    if (file.bytes.length > limit) throw new DeliveryError("permanent", `file too large: ${file.bytes.length} bytes, the limit is ${limit}`);
    const { remote: _fetched, ...attachment } = message.attachment;
    return { ...message, attachment: { ...attachment, mimeType: attachment.mimeType || file.mimeType || "application/octet-stream", data: file.bytes.toString("base64") } };
  }
  /**
   * For an item that edits an earlier message: skip it when a newer edit is queued; otherwise the platform id to edit.
   * Without one (the original failed or was never sent) the edit goes out as a new message and becomes the one to edit.
   */
  resolveEdit(item) {
    const key = item.message.editOf;
    if (!key) return void 0;
    if (this.latestEdit.get(key) !== item.id && this.latestEdit.has(key)) return "superseded";
    const targetId = this.byKey.get(key);
    const target = targetId ? this.options.store.get("outbox", targetId) : void 0;
    return { target, platformId: target?.platformId };
  }
  editSent(item, target, platformId) {
    const key = item.message.editOf;
    if (this.latestEdit.get(key) === item.id) this.latestEdit.delete(key);
    if (target && platformId && target.platformId !== platformId) this.change(target, { platformId, updatedAt: this.options.clock.now() });
    else if (target) this.change(target, { updatedAt: this.options.clock.now() });
  }
  hold(item) {
    const key = chatKey(item.to);
    let set = this.held.get(key);
    if (!set) this.held.set(key, set = /* @__PURE__ */ new Set());
    set.add(item.id);
  }
  setState(item, state, changes = {}) {
    const previous = item.state;
    this.change(item, { ...changes, state, updatedAt: this.options.clock.now() });
    this.notify(item, previous);
  }
  /** Journals only the changed fields (an item's text is not written again on every state change). */
  change(item, changes) {
    const { store } = this.options;
    if (store.get("outbox", item.id) === item) {
      store.patch("outbox", item.id, changes);
      return;
    }
    Object.assign(item, changes);
    for (const [field, value] of Object.entries(changes)) if (value === void 0) delete item[field];
    store.put("outbox", item.id, item);
  }
};
function groupBucket(perMinute, now) {
  const burst = Math.max(1, Math.min(5, Math.floor(perMinute / 4)));
  return new TokenBucket(burst, (perMinute - burst) / 60, now);
}

// src/features/bridge/relays.ts
import { randomBytes as randomBytes3 } from "node:crypto";
var PRIORITY = "interactive";
function firstName(member) {
  return member.name.trim().split(/\s+/)[0] || member.name;
}
function bridgedGroupOf(services, member) {
  for (const groupId of member.groupIds) {
    const group = services.store.get("groups", groupId);
    if (!group || group.bridge === false) continue;
    const chat2 = groupChatAddress(services.store, group);
    if (chat2) return { group, chat: chat2 };
  }
  return void 0;
}
function relayAttachment(channel, media) {
  if (!media || media.kind === "sticker") return void 0;
  const extension = media.kind === "image" ? "jpg" : media.kind === "audio" ? media.voice ? "ogg" : "mp3" : media.kind === "video" ? "mp4" : "bin";
  return {
    kind: media.kind,
    filename: media.filename ?? `${media.kind}.${extension}`,
    mimeType: media.mimeType ?? "application/octet-stream",
    remote: { channel, fileId: media.fileId, ...media.size !== void 0 ? { size: media.size } : {} }
  };
}
function queueRelay(services, turn, relay, to, message, memberId) {
  const outboxKey = `bridge:${turn.inbound.dedupKey ?? randomBytes3(6).toString("base64url")}`;
  const record = { ...relay, id: relayId(outboxKey), outboxKey, createdAt: turn.now };
  const id3 = record.id;
  services.store.put("relays", id3, record);
  services.outbox.enqueue({ to, memberId, priority: PRIORITY, urgent: true, key: outboxKey, message: { text: message.text, kind: "relay", ...message.attachment ? { attachment: message.attachment } : {}, ...message.replyTo ? { replyTo: message.replyTo } : {} } });
  return record;
}
function relayId(outboxKey) {
  return `r:${outboxKey}`;
}
function copyIndexKey(chat2, platformMessageId) {
  return `bridge.copy:${chatKey(chat2)}:${platformMessageId}`;
}
function relayByCopy(services, chat2, platformMessageId) {
  const entry = services.store.get("meta", copyIndexKey(chat2, platformMessageId));
  return typeof entry?.value === "string" ? services.store.get("relays", entry.value) : void 0;
}

// src/features/bridge/feature.ts
var RELAY_KEEP_MS = 30 * 864e5;
var WINDOW_MS = 24 * 36e5;
var DELIVERED_REACTION = "\u{1F44C}";
var READ_REACTION = "\u{1F440}";
var PREFIX = "br";
var bridgeFeature = {
  name: "bridge",
  buttons: {
    [PREFIX]: (turn, payload, services) => answerAsk(turn, services, payload === "yes")
  },
  commands(api) {
    const { services } = api;
    return [
      { name: "bridge", roles: ["newcomer", "volunteer", "coordinator"], chats: ["private", "group"], takesArgs: true, run: (turn, args) => bridgeCommand(turn, services, args) },
      { name: "to", roles: ["volunteer", "coordinator"], chats: ["private", "group"], takesArgs: true, run: (turn, args) => toCommand(turn, services, args) }
    ];
  },
  onMessage: (turn, services) => {
    if (turn.inbound.chatType === "private") return fromNewcomer(turn, services);
    return replyInGroup(turn, services);
  },
  onDelivery: (item, services) => deliveryFeedback(item, services),
  jobs: {
    "bridge.prune": (_job, { services, now }) => {
      for (const relay of [...services.store.values("relays")]) if (relay.createdAt < now - RELAY_KEEP_MS) forgetRelay(services, relay);
    }
  },
  setup(api) {
    api.services.jobs.daily("bridge.prune", "bridge.prune", "04:10", api.services.config.timeZone, {}, 24 * 36e5);
  },
  privacy: {
    export: (memberId, services) => {
      const relays = [...services.store.values("relays")].filter((r2) => r2.fromMemberId === memberId || r2.toMemberId === memberId);
      return relays.length > 0 ? { relayedMessages: relays.map((r2) => ({ at: new Date(r2.createdAt).toISOString(), direction: r2.direction })) } : void 0;
    },
    erase: (memberId, services) => {
      for (const relay of [...services.store.values("relays")]) if (relay.fromMemberId === memberId || relay.toMemberId === memberId) forgetRelay(services, relay);
    }
  }
};
function forgetRelay(services, relay) {
  if (relay.copyMessageId) {
    const item = services.outbox.find(relay.outboxKey);
    if (item) services.store.delete("meta", copyIndexKey(item.to, relay.copyMessageId));
  }
  services.store.delete("relays", relay.id);
}
function fromNewcomer(turn, services) {
  const member = turn.member;
  if (!member || member.role !== "newcomer" || member.profile.bridge === "no") return false;
  const target = bridgedGroupOf(services, member);
  if (!target) return false;
  if (member.profile.bridge !== "yes") return askFirst(turn, services, member);
  return relayFromNewcomer(turn, services, member, target);
}
function askFirst(turn, services, member) {
  const { inbound } = turn;
  if (!inbound.text?.trim() && !inbound.media) return false;
  services.store.put("meta", pendingKey(member.id), { key: pendingKey(member.id), value: { text: inbound.text, media: inbound.media, messageId: inbound.messageId, dedupKey: inbound.dedupKey, channel: inbound.channel, unsupported: inbound.unsupported } });
  const t2 = (key) => services.translator.t(turn.locale, key);
  turn.reply("bridge.ask", {}, { choices: [{ id: `${PREFIX}:yes`, label: t2("bridge.yes") }, { id: `${PREFIX}:no`, label: t2("bridge.no") }] });
  return true;
}
function pendingKey(memberId) {
  return `bridge.pending:${memberId}`;
}
function answerAsk(turn, services, yes) {
  const member = turn.member;
  if (!member || member.role !== "newcomer") return turn.reply("common.flow.closed_question");
  const pending = services.store.get("meta", pendingKey(member.id))?.value;
  services.store.delete("meta", pendingKey(member.id));
  const updated = { ...member, profile: { ...member.profile, bridge: yes ? "yes" : "no" } };
  services.store.put("members", member.id, updated);
  turn.member = updated;
  if (!yes) return turn.reply("bridge.declined", { on: `${turn.command("bridge")} on` });
  const target = bridgedGroupOf(services, updated);
  if (!target) return turn.reply("bridge.no_group");
  if (!pending) return turn.reply("bridge.newcomer_on");
  const replay = { ...turn, inbound: { ...turn.inbound, text: pending.text, media: pending.media, messageId: pending.messageId, dedupKey: pending.dedupKey ?? turn.inbound.dedupKey, unsupported: pending.unsupported, choice: void 0 } };
  relayFromNewcomer(replay, services, updated, target);
}
function relayFromNewcomer(turn, services, member, target) {
  const { inbound } = turn;
  const text2 = (inbound.text ?? inbound.media?.caption ?? "").trim();
  const attachment = relayAttachment(inbound.channel, inbound.media);
  const t2 = (key, vars = {}) => services.translator.t(SOURCE_LOCALE, key, vars);
  const platform = t2(`bridge.platform.${inbound.channel}`);
  if (inbound.unsupported && !attachment) {
    queueRelay(services, turn, { groupId: target.group.id, direction: "to_group", fromMemberId: member.id, sourceChat: chatKey(turn.address), sourceMessageId: inbound.messageId }, target.chat, {
      text: t2("bridge.not_relayed_group", { name: firstName(member), platform, what: t2(`bridge.what.${inbound.unsupported}`) })
    });
    turn.reply("bridge.not_relayed", { what: services.translator.t(turn.locale, `bridge.what.${inbound.unsupported}`) });
    return true;
  }
  if (text2 === "" && !attachment) return false;
  queueRelay(services, turn, { groupId: target.group.id, direction: "to_group", fromMemberId: member.id, sourceChat: chatKey(turn.address), sourceMessageId: inbound.messageId }, target.chat, {
    text: t2("bridge.from_newcomer", { name: firstName(member), platform, text: text2 }),
    attachment
  });
  if (!services.store.get("meta", `bridge.told:${member.id}`)) {
    services.store.put("meta", `bridge.told:${member.id}`, { key: `bridge.told:${member.id}`, value: turn.now });
    turn.reply("bridge.first_relay", { group: target.group.name, stop: `${turn.command("bridge")} off` });
  }
  return true;
}
function replyInGroup(turn, services) {
  const { inbound } = turn;
  if (!inbound.replyTo) return false;
  const linked = services.store.get("chats", chatKey(turn.address))?.groupId;
  const group = linked ? services.store.get("groups", linked) : void 0;
  if (!group || group.bridge === false) return false;
  const relay = relayByCopy(services, turn.address, inbound.replyTo);
  if (!relay) return false;
  const newcomer = services.store.get("members", relay.fromMemberId);
  if (!newcomer || !newcomer.groupIds.includes(group.id)) {
    turn.reply("bridge.left_group");
    return true;
  }
  if (!turn.member || !turn.member.groupIds.includes(group.id)) {
    if (turn.member?.role !== "coordinator") return false;
  }
  sendToNewcomer(turn, services, group, newcomer, relay.sourceMessageId);
  return true;
}
function toCommand(turn, services, args) {
  const [name = "", ...rest] = args.trim().split(/\s+/);
  const text2 = rest.join(" ").trim();
  if (!name || !text2 && !turn.inbound.media) return turn.reply("bridge.to_usage", { to: turn.command("to") });
  const groups = candidateGroups(turn, services);
  const matches = groups.flatMap(
    (group2) => group2.memberIds.flatMap((id3) => {
      const member2 = services.store.get("members", id3);
      return member2 && member2.role === "newcomer" && firstName(member2).toLocaleLowerCase() === name.toLocaleLowerCase() ? [{ group: group2, member: member2 }] : [];
    })
  );
  if (matches.length === 0) return turn.reply("bridge.to_unknown", { name });
  if (matches.length > 1) return turn.reply("bridge.to_ambiguous", { name, groups: matches.map((m2) => m2.group.name).join(", ") });
  const { group, member } = matches[0];
  if (group.bridge === false) return turn.reply("bridge.off_here", { bridge: `${turn.command("bridge")} on` });
  sendToNewcomer(turn, services, group, member, void 0, text2);
}
function candidateGroups(turn, services) {
  const linked = services.store.get("chats", chatKey(turn.address))?.groupId;
  if (turn.inbound.chatType === "group") return linked ? [services.store.get("groups", linked)].filter((g2) => g2 !== void 0) : [];
  return (turn.member?.groupIds ?? []).flatMap((id3) => services.store.get("groups", id3) ?? []);
}
function sendToNewcomer(turn, services, group, newcomer, replyToSource, textOverride) {
  const to = memberAddress(newcomer);
  if (!to) return turn.reply("bridge.unreachable", { name: firstName(newcomer) });
  if (newcomer.profile.bridge === "no") return turn.reply("bridge.newcomer_off", { name: firstName(newcomer) });
  const sender = turn.member;
  const senderName = sender ? firstName(sender) : (turn.inbound.displayName ?? "").split(/\s+/)[0] || "?";
  const text2 = (textOverride ?? turn.inbound.text ?? turn.inbound.media?.caption ?? "").trim();
  const attachment = relayAttachment(turn.inbound.channel, turn.inbound.media);
  if (turn.inbound.unsupported && !attachment) return turn.reply("bridge.not_relayed", { what: services.translator.t(turn.locale, `bridge.what.${turn.inbound.unsupported}`) });
  const t2 = (key, vars = {}) => services.translator.t(newcomer.locale, key, vars);
  queueRelay(
    services,
    turn,
    { groupId: group.id, direction: "to_newcomer", fromMemberId: sender?.id ?? "unknown", toMemberId: newcomer.id, sourceChat: chatKey(turn.address), sourceMessageId: turn.inbound.messageId, ...replyToSource ? { replyToSource } : {} },
    to,
    { text: t2("bridge.from_group", { name: senderName, text: text2 }), attachment, ...replyToSource && to.channel === "whatsapp" ? { replyTo: replyToSource } : {} },
    newcomer.id
  );
  if (to.channel === "whatsapp" && !windowOpen2(services, to, turn.now)) turn.reply("bridge.waits_for_window", { name: firstName(newcomer) });
}
function windowOpen2(services, to, now) {
  const last = services.store.get("contacts", `${to.channel}:${to.chatId}`)?.lastInboundAt;
  return last !== void 0 && now - last < WINDOW_MS;
}
function bridgeCommand(turn, services, args) {
  const word = args.trim().toLowerCase();
  const on = ["on", "aan", "start", "yes", "ja"].includes(word) ? true : ["off", "uit", "stop", "no", "nee"].includes(word) ? false : void 0;
  const member = turn.member;
  if (member.role === "newcomer") {
    if (on === void 0) return turn.reply("bridge.newcomer_status", { state: services.translator.t(turn.locale, member.profile.bridge === "no" ? "bridge.state.off" : "bridge.state.on"), on: `${turn.command("bridge")} on`, off: `${turn.command("bridge")} off` });
    services.store.put("members", member.id, { ...member, profile: { ...member.profile, bridge: on ? "yes" : "no" } });
    return turn.reply(on ? "bridge.newcomer_on" : "bridge.newcomer_off_done");
  }
  const groups = candidateGroups(turn, services);
  if (groups.length !== 1) return turn.reply(groups.length === 0 ? "bridge.no_group" : "bridge.which_group");
  const group = groups[0];
  if (on === void 0) return turn.reply("bridge.group_status", { group: group.name, state: services.translator.t(turn.locale, group.bridge === false ? "bridge.state.off" : "bridge.state.on"), on: `${turn.command("bridge")} on`, off: `${turn.command("bridge")} off` });
  services.store.put("groups", group.id, { ...group, bridge: on });
  turn.reply(on ? "bridge.group_on" : "bridge.group_off", { group: group.name });
}
function deliveryFeedback(item, services) {
  if (item.message.kind !== "relay" || !item.key.startsWith("bridge:")) return;
  const relay = services.store.get("relays", relayId(item.key));
  if (!relay) return;
  if (item.state === "sent" && item.platformId && relay.direction === "to_group" && !relay.copyMessageId) {
    services.store.put("relays", relay.id, { ...relay, copyMessageId: item.platformId });
    services.store.put("meta", copyIndexKey(item.to, item.platformId), { key: copyIndexKey(item.to, item.platformId), value: relay.id });
    return;
  }
  const sourceChat = addressOfKey(relay.sourceChat);
  if (!sourceChat) return;
  const shown = relay.shown;
  if (item.state === "failed" && shown !== "failed") {
    services.store.put("relays", relay.id, { ...relay, shown: "failed" });
    const sender = services.store.get("members", relay.fromMemberId);
    const locale = sender?.locale ?? "nl";
    const tooLarge = /too large/i.test(item.reason ?? "");
    services.outbox.enqueue({
      to: sourceChat,
      priority: "interactive",
      urgent: true,
      key: `${item.key}:failed`,
      message: { text: services.translator.t(locale, tooLarge ? "bridge.failed_too_large" : "bridge.failed", { name: recipientName(services, relay) }), kind: "reply", ...relay.sourceMessageId ? { replyTo: relay.sourceMessageId } : {} }
    });
    return;
  }
  if (relay.direction !== "to_newcomer" || !relay.sourceMessageId || sourceChat.channel === "whatsapp") return;
  const next = item.delivery === "read" ? "read" : item.delivery === "delivered" ? "delivered" : void 0;
  if (!next || shown === next || shown === "read" && next === "delivered") return;
  services.store.put("relays", relay.id, { ...relay, shown: next });
  services.outbox.enqueue({
    to: sourceChat,
    priority: "bulk",
    urgent: true,
    key: `${item.key}:${next}`,
    message: { text: "", kind: "notice", reaction: { messageId: relay.sourceMessageId, emoji: next === "read" ? READ_REACTION : DELIVERED_REACTION } }
  });
}
function recipientName(services, relay) {
  const to = relay.toMemberId ? services.store.get("members", relay.toMemberId) : void 0;
  return to ? firstName(to) : "";
}
function addressOfKey(key) {
  const at = key.indexOf(":");
  if (at <= 0) return void 0;
  return { channel: key.slice(0, at), chatId: key.slice(at + 1) };
}

// src/features/broadcast/audience.ts
function audienceGroups(services, sender, spec) {
  return spec.groupIds.flatMap((id3) => services.store.get("groups", id3) ?? []).filter((group) => canSeeGroup(sender, group));
}
function resolveAudience(services, sender, spec) {
  const { store, clock } = services;
  const groups = audienceGroups(services, sender, spec);
  const seen = /* @__PURE__ */ new Set();
  const recipients = [];
  const optedOut = [];
  const now = clock.now();
  for (const group of groups) {
    for (const id3 of group.memberIds) {
      if (seen.has(id3)) continue;
      seen.add(id3);
      const member = store.get("members", id3);
      if (!member || member.id === sender?.id) continue;
      if (member.role !== "newcomer" && member.role !== "volunteer") continue;
      if (!spec.roles.includes(member.role)) continue;
      if (spec.locale && member.locale !== spec.locale) continue;
      const address = memberAddress(member);
      if (!address) continue;
      if (isOptedOut(member)) {
        optedOut.push(member);
        continue;
      }
      const outsideWindow = address.channel === "whatsapp" && !windowOpen(store.get("contacts", contactKey(address.chatId)), now);
      recipients.push({ member, address, outsideWindow });
    }
  }
  return { groups, recipients, optedOut };
}
function specFromAnswers(vars, scopeGroups) {
  let groups;
  if (typeof vars.targetGroupId === "string") groups = scopeGroups.filter((g2) => g2.id === vars.targetGroupId);
  else if (typeof vars.targetMunicipality === "string") groups = scopeGroups.filter((g2) => sameMunicipality(g2.municipality, String(vars.targetMunicipality)));
  else if (vars.audience === "municipality") {
    const pivot = scopeGroups.find((g2) => g2.id === vars.municipality);
    groups = pivot ? scopeGroups.filter((g2) => sameMunicipality(g2.municipality, pivot.municipality)) : [];
  } else if (vars.audience === "groups") {
    const chosen = new Set(Array.isArray(vars.groupIds) ? vars.groupIds : []);
    groups = scopeGroups.filter((g2) => chosen.has(g2.id));
  } else groups = scopeGroups;
  const roles = vars.roles === "newcomers" ? ["newcomer"] : vars.roles === "volunteers" ? ["volunteer"] : ["newcomer", "volunteer"];
  const municipality = typeof vars.targetMunicipality === "string" ? vars.targetMunicipality : vars.audience === "municipality" ? groups[0]?.municipality : void 0;
  const locale = typeof vars.onlyLocale === "string" && vars.onlyLocale !== "all" ? vars.onlyLocale : void 0;
  return { groupIds: groups.map((g2) => g2.id), ...municipality ? { municipality } : {}, roles, ...locale ? { locale } : {} };
}

// src/features/broadcast/messages.ts
var FALLBACK_LOCALES = ["nl", "en"];
function hasVersion(content2, locale) {
  return content2.prepared !== void 0 || typeof content2.texts[locale] === "string";
}
function fallbackTexts(content2) {
  return FALLBACK_LOCALES.flatMap((l2) => content2.texts[l2] ?? []);
}
function messagesFor(services, content2, locale, channel) {
  const { translator } = services;
  const header = translator.t(locale, "broadcast.message.header", { name: content2.from });
  if (content2.prepared) return [`${header}

${translator.t(locale, `broadcast.prepared_texts.${content2.prepared}`)}`];
  const own = content2.texts[locale];
  if (own !== void 0) return [`${header}

${own}`];
  const fallback = fallbackTexts(content2);
  if (fallback.length === 0) return [];
  const together = `${header}

${fallback.join("\n\n\u2014 \u2014 \u2014\n\n")}`;
  if (channel === "whatsapp" && !fitsTemplate(together)) return fallback.map((text2) => `${header}

${text2}`);
  return [together];
}
function templateLength(message) {
  return [...message.replace(/\s*\n+\s*/g, " \xB7 ").replace(/\s+/g, " ").trim()].length;
}
function fitsTemplate(message) {
  return templateLength(message) <= TEMPLATE_PARAM_MAX;
}

// src/features/broadcast/sending.ts
import { randomBytes as randomBytes4 } from "node:crypto";
var PROGRESS_INTERVAL_MS = 3e3;
var progressKey = (id3) => `bc:${id3}:progress`;
var reportKey = (id3) => `bc:${id3}:report`;
function broadcastOfItem(key) {
  const match = /^bc:([^:]+):to:/.exec(key);
  return match?.[1];
}
function newBroadcastId() {
  return `b_${randomBytes4(5).toString("base64url")}`;
}
function contentOf(services, broadcast) {
  return { texts: broadcast.texts, prepared: broadcast.prepared, from: services.store.get("members", broadcast.createdBy)?.name ?? "\u2014" };
}
function reasonCategory(reason) {
  const text2 = reason ?? "";
  if (/131026|undeliverable|unreachable/i.test(text2)) return "unreachable";
  if (/blocked|403|kicked|deactivated|chat not found/i.test(text2)) return "blocked";
  if (/template|132\d{3}/i.test(text2)) return "template";
  if (/no channel/i.test(text2)) return "no_channel";
  if (/131047|window/i.test(text2)) return "window";
  return "other";
}
function countProgress(services, broadcast) {
  const progress2 = { total: 0, sent: 0, delivered: 0, read: 0, failed: 0, held: 0, optedOut: 0, left: 0, reasons: {} };
  for (const id3 of broadcast.itemIds) {
    const item = services.store.get("outbox", id3);
    if (!item) continue;
    progress2.total += 1;
    countItem(progress2, item);
  }
  return progress2;
}
function countItem(progress2, item) {
  if (item.state === "cancelled" && item.reason === OPTED_OUT_REASON) progress2.optedOut += 1;
  else if (item.state === "sent" && item.delivery === "failed") {
    progress2.failed += 1;
    const category = reasonCategory(item.reason);
    progress2.reasons[category] = (progress2.reasons[category] ?? 0) + 1;
  } else if (item.state === "sent") {
    progress2.sent += 1;
    if (item.delivery === "delivered" || item.delivery === "read") progress2.delivered += 1;
    if (item.delivery === "read") progress2.read += 1;
  } else if (item.state === "failed") {
    progress2.failed += 1;
    const category = reasonCategory(item.reason);
    progress2.reasons[category] = (progress2.reasons[category] ?? 0) + 1;
  } else if (item.state === "held") progress2.held += 1;
  else if (item.state !== "cancelled") progress2.left += 1;
}
function bar(done, total, width = 12) {
  const share = total === 0 ? 1 : done / total;
  const full = Math.round(share * width);
  return `[${"\u2588".repeat(full)}${"\u2591".repeat(width - full)}] ${Math.round(share * 100)}%`;
}
function progressText(services, broadcast, progress2) {
  const t2 = (key, vars = {}) => services.translator.t(broadcast.locale, key, vars);
  const done = progress2.total - progress2.left;
  return [
    t2(progress2.left === 0 ? "broadcast.progress.finished" : "broadcast.progress.title", { count: broadcast.recipients }),
    bar(done, progress2.total),
    t2("broadcast.progress.counts", { sent: progress2.sent, delivered: progress2.delivered, failed: progress2.failed, held: progress2.held, left: progress2.left })
  ].join("\n");
}
function reportText(services, broadcast, progress2) {
  const t2 = (key, vars = {}) => services.translator.t(broadcast.locale, key, vars);
  const lines = [
    t2("broadcast.report.title", { count: broadcast.recipients }),
    t2("broadcast.report.sent", { count: progress2.sent }),
    t2("broadcast.report.delivered", { delivered: progress2.delivered, read: progress2.read }),
    t2("broadcast.report.failed", { count: progress2.failed }),
    ...Object.entries(progress2.reasons).map(([category, count]) => `   \u2022 ${t2(`broadcast.reasons.${category}`)}: ${count}`),
    t2("broadcast.report.held", { count: progress2.held }),
    t2("broadcast.report.opted_out", { count: broadcast.optedOut })
  ];
  if (progress2.left > 0) lines.push(t2("broadcast.report.left", { count: progress2.left }));
  lines.push(t2("broadcast.report.note"));
  return lines.join("\n");
}
function startSending(services, broadcast, sender) {
  const { store, outbox, clock } = services;
  const now = clock.now();
  const audience = resolveAudience(services, sender, broadcast.audience);
  const content2 = contentOf(services, broadcast);
  broadcast.itemIds = [];
  broadcast.state = "sending";
  broadcast.startedAt = now;
  broadcast.recipients = audience.recipients.length;
  broadcast.optedOut = audience.optedOut.length;
  broadcast.audience = { ...broadcast.audience, groupIds: audience.groups.map((g2) => g2.id) };
  for (const recipient of audience.recipients) {
    const texts3 = messagesFor(services, content2, recipient.member.locale, recipient.address.channel);
    texts3.forEach((text2, index) => {
      const item = outbox.enqueue({
        to: recipient.address,
        memberId: recipient.member.id,
        message: { text: text2, kind: "broadcast" },
        priority: "bulk",
        key: `bc:${broadcast.id}:to:${recipient.member.id}${index > 0 ? `:${index}` : ""}`
      });
      if (item) broadcast.itemIds.push(item.id);
    });
  }
  store.put("broadcasts", broadcast.id, broadcast);
  const progress2 = countProgress(services, broadcast);
  outbox.enqueue({ to: broadcast.replyTo, memberId: broadcast.createdBy, message: { text: progressText(services, broadcast, progress2), kind: "notice" }, priority: "interactive", urgent: true, key: progressKey(broadcast.id) });
  audit(services, {
    at: now,
    actor: broadcast.createdBy,
    action: "broadcast.send",
    subject: broadcast.id,
    size: audience.recipients.length,
    groupIds: broadcast.audience.groupIds,
    municipalities: broadcast.audience.municipality ? [broadcast.audience.municipality] : void 0,
    details: {
      languages: broadcast.prepared ? `prepared:${broadcast.prepared}` : Object.keys(broadcast.texts).join(","),
      roles: broadcast.audience.roles.join(","),
      optedOut: audience.optedOut.length,
      ...broadcast.audience.locale ? { onlyLanguage: broadcast.audience.locale } : {}
    }
  });
  if (broadcast.itemIds.length === 0) finish(services, broadcast);
  return audience.recipients.length;
}
function finish(services, broadcast) {
  const progress2 = countProgress(services, broadcast);
  broadcast.state = "done";
  broadcast.finishedAt = services.clock.now();
  services.store.put("broadcasts", broadcast.id, broadcast);
  editProgress(services, broadcast, progressText(services, broadcast, progress2));
  services.outbox.enqueue({ to: broadcast.replyTo, memberId: broadcast.createdBy, message: { text: reportText(services, broadcast, progress2), kind: "notice" }, priority: "interactive", urgent: true, key: reportKey(broadcast.id) });
}
function editProgress(services, broadcast, text2) {
  broadcast.edits += 1;
  services.store.put("broadcasts", broadcast.id, broadcast);
  services.outbox.enqueue({
    to: broadcast.replyTo,
    memberId: broadcast.createdBy,
    message: { text: text2, kind: "notice", editOf: progressKey(broadcast.id) },
    priority: "interactive",
    urgent: true,
    key: `${progressKey(broadcast.id)}:${broadcast.edits}`
  });
}

// src/features/broadcast/compose.ts
var texts = (vars) => vars.texts && typeof vars.texts === "object" ? vars.texts : {};
function content(turn, vars) {
  return { texts: vars.source === "prepared" ? {} : texts(vars), prepared: vars.source === "prepared" && typeof vars.prepared === "string" ? vars.prepared : void 0, from: turn.member?.name ?? "\u2014" };
}
function audienceOf(turn, vars, services) {
  return resolveAudience(services, turn.member, specFromAnswers(vars, turn.scope.groups()));
}
function byLocale(audience) {
  const map = /* @__PURE__ */ new Map();
  for (const r2 of audience.recipients) map.set(r2.member.locale, [...map.get(r2.member.locale) ?? [], r2]);
  return [...map.entries()].sort((a2, b2) => b2[1].length - a2[1].length || a2[0].localeCompare(b2[0]));
}
var beginAction = ({ turn, vars }) => {
  if (turn.scope.groups().length === 0) return "none";
  vars.texts = {};
  if (typeof vars.targetGroupId === "string" || typeof vars.targetMunicipality === "string") return "targeted";
  return void 0;
};
var municipalityChoices = (turn) => {
  const seen = /* @__PURE__ */ new Map();
  for (const group of turn.scope.groups()) {
    const key = group.municipality.trim().toLocaleLowerCase("nl");
    if (!seen.has(key)) seen.set(key, group.id);
  }
  return [...seen.values()].map((id3) => ({ id: id3, label: turn.scope.group(id3).municipality })).sort((a2, b2) => a2.label.localeCompare(b2.label, "nl"));
};
var groupChoices = (turn) => turn.scope.groups().map((g2) => ({ id: g2.id, label: `${g2.name} (${g2.municipality})` }));
var languageChoices = (turn, services) => [
  { id: "all", label: services.translator.t(turn.locale, "broadcast.language.all") },
  ...services.translator.locales().map((l2) => ({ id: l2.code, label: l2.name }))
];
var writeLanguageChoices = (turn, services) => {
  const vars = services.store.get("conversations", conversationKey(turn))?.vars ?? {};
  const written = texts(vars);
  const counts = new Map(byLocale(audienceOf(turn, vars, services)).map(([locale, list]) => [locale, list.length]));
  for (const fallback of ["nl", "en"]) if (!counts.has(fallback)) counts.set(fallback, 0);
  const choices = [...counts.entries()].filter(([locale]) => written[locale] === void 0).sort((a2, b2) => b2[1] - a2[1]).map(([locale, count]) => ({ id: locale, label: `${services.translator.t(locale, "common.language.name")} (${count})` }));
  if (Object.keys(written).length > 0) choices.push({ id: "done", label: services.translator.t(turn.locale, "broadcast.write_language.done") });
  return choices;
};
var audienceAction = ({ turn, vars, services }) => {
  const audience = audienceOf(turn, vars, services);
  if (audience.recipients.length === 0) {
    vars.optedOut = audience.optedOut.length;
    return "empty";
  }
  turn.reply("broadcast.audience_size", { count: audience.recipients.length, groups: audience.groups.length, opted_out: audience.optedOut.length });
  return void 0;
};
var saveTextAction = ({ turn, vars, services }) => {
  const locale = String(vars.writing);
  const draft = String(vars.draft ?? "");
  const candidate = { ...content(turn, vars), texts: { ...texts(vars), [locale]: draft } };
  const audience = audienceOf(turn, vars, services);
  const affected = audience.recipients.filter((r2) => r2.address.channel === "whatsapp" && (r2.member.locale === locale || !hasVersion(candidate, r2.member.locale) && (locale === "nl" || locale === "en")));
  const tooLong = affected.filter((r2) => messagesFor(services, candidate, r2.member.locale, "whatsapp").some((m2) => !fitsTemplate(m2)));
  if (tooLong.length > 0) {
    const longest = Math.max(...tooLong.flatMap((r2) => messagesFor(services, candidate, r2.member.locale, "whatsapp").map(templateLength)));
    turn.reply("broadcast.too_long_whatsapp", { max: TEMPLATE_PARAM_MAX, length: longest, count: tooLong.length });
    return "too_long";
  }
  vars.texts = candidate.texts;
  delete vars.draft;
  turn.reply("broadcast.text_saved", { language: services.translator.t(locale, "common.language.name") });
  return void 0;
};
var previewAction = ({ turn, vars, services }) => {
  const { translator } = services;
  const t2 = (key, v2 = {}) => translator.t(turn.locale, key, v2);
  const chosen = content(turn, vars);
  if (!chosen.prepared && Object.keys(chosen.texts).length === 0) {
    turn.reply("broadcast.nothing_written");
    return "nothing";
  }
  const audience = audienceOf(turn, vars, services);
  const groups = byLocale(audience);
  const missing = groups.filter(([locale]) => !hasVersion(chosen, locale)).map(([locale]) => translator.t(locale, "common.language.name"));
  if (missing.length > 0 && fallbackTexts(chosen).length === 0) {
    turn.reply("broadcast.need_fallback", { languages: missing.join(", ") });
    return "nothing";
  }
  turn.reply("broadcast.preview.title", { count: audience.recipients.length, opted_out: audience.optedOut.length });
  for (const [locale, list] of groups) {
    const channels = /* @__PURE__ */ new Map();
    for (const r2 of list) channels.set(r2.address.channel, (channels.get(r2.address.channel) ?? 0) + 1);
    const perChannel = [...channels.entries()].map(([channel, count]) => `${t2(`broadcast.channels.${channel}`)} ${count}`).join(", ");
    const outside = list.filter((r2) => r2.outsideWindow).length;
    const sample = messagesFor(services, chosen, locale, list.some((r2) => r2.address.channel === "whatsapp") ? "whatsapp" : "telegram");
    const lines = [
      t2("broadcast.preview.language", { language: translator.t(locale, "common.language.name"), count: list.length, channels: perChannel }),
      ...outside > 0 ? [t2("broadcast.preview.outside_window", { count: outside })] : [],
      ...hasVersion(chosen, locale) ? [] : [t2("broadcast.preview.fallback")],
      "",
      ...sample.map((text2) => `\u2503 ${text2.replace(/\n/g, "\n\u2503 ")}`)
    ];
    turn.send({ text: lines.join("\n"), kind: "reply" });
  }
  return void 0;
};
function draftBroadcast(turn, vars, services) {
  const chosen = content(turn, vars);
  return {
    id: newBroadcastId(),
    createdBy: turn.member?.id ?? "unknown",
    createdAt: turn.now,
    state: "scheduled",
    audience: specFromAnswers(vars, turn.scope.groups()),
    texts: chosen.texts,
    ...chosen.prepared ? { prepared: chosen.prepared } : {},
    replyTo: turn.address,
    locale: turn.locale,
    itemIds: [],
    recipients: 0,
    optedOut: 0,
    edits: 0,
    ...turn.member?.demo ? { demo: true } : {}
  };
}
var sendAction = ({ turn, vars, services }) => {
  const broadcast = draftBroadcast(turn, vars, services);
  const reached = startSending(services, broadcast, turn.member);
  if (reached === 0) {
    services.store.delete("broadcasts", broadcast.id);
    return "empty";
  }
  turn.reply("broadcast.started", { count: reached, list: turn.command("broadcasts") });
  return void 0;
};
var scheduleAction = ({ turn, vars, services }) => {
  const at = Date.parse(String(vars.at));
  const broadcast = draftBroadcast(turn, vars, services);
  const audience = resolveAudience(services, turn.member, broadcast.audience);
  if (audience.recipients.length === 0) return "empty";
  broadcast.scheduledAt = at;
  broadcast.recipients = audience.recipients.length;
  services.store.put("broadcasts", broadcast.id, broadcast);
  services.jobs.at(`bc:${broadcast.id}`, "broadcast.send", at, { broadcastId: broadcast.id, memberId: broadcast.createdBy }, 24 * 36e5);
  audit(services, { at: turn.now, actor: broadcast.createdBy, action: "broadcast.schedule", subject: broadcast.id, size: audience.recipients.length, groupIds: broadcast.audience.groupIds, details: { at: new Date(at).toISOString() } });
  turn.reply("broadcast.scheduled", { when: formatDateTime(at, turn.member?.timeZone ?? services.config.timeZone, turn.locale), count: audience.recipients.length, list: turn.command("broadcasts") });
  return void 0;
};
function formatDateTime(at, timeZone, locale) {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" }).format(new Date(at));
  } catch {
    return new Date(at).toISOString().slice(0, 16).replace("T", " ");
  }
}

// src/features/broadcast/commands.ts
var LIST_SIZE = 10;
function mayManage(turn, broadcast) {
  return broadcast.createdBy === turn.member?.id || turn.scope.national;
}
function broadcastsCommand(services) {
  return {
    name: "broadcasts",
    roles: ["coordinator"],
    acts: "groups",
    run(turn) {
      const { store, translator } = services;
      const t2 = (key, vars = {}) => translator.t(turn.locale, key, vars);
      const list = store.values("broadcasts").filter((b2) => mayManage(turn, b2)).sort((a2, b2) => b2.createdAt - a2.createdAt).slice(0, LIST_SIZE);
      if (list.length === 0) return turn.reply("broadcast.list.empty", { start: turn.command("broadcast") });
      const zone = turn.member?.timeZone ?? services.config.timeZone;
      const choices = [];
      const lines = [t2("broadcast.list.title")];
      list.forEach((b2, index) => {
        const when2 = formatDateTime(b2.scheduledAt ?? b2.startedAt ?? b2.createdAt, zone, turn.locale);
        const progress2 = countProgress(services, b2);
        lines.push(`${index + 1}. ${t2(`broadcast.list.state.${b2.state}`, { when: when2, count: b2.recipients, sent: progress2.sent, delivered: progress2.delivered, failed: progress2.failed })}`);
        if (b2.state === "scheduled") choices.push({ id: `bc:x:${b2.id}`, label: t2("broadcast.list.cancel", { n: index + 1 }) });
        if (b2.state === "done" || b2.state === "sending") choices.push({ id: `bc:r:${b2.id}`, label: t2("broadcast.list.report", { n: index + 1 }) });
      });
      turn.send({ text: lines.join("\n"), kind: "reply", choices: choices.length > 0 ? choices.slice(0, 10) : void 0 });
    }
  };
}
var broadcastButtons = (turn, payload, services) => {
  const [action, id3 = ""] = payload.split(":");
  const broadcast = services.store.get("broadcasts", id3);
  if (turn.role !== "coordinator") return turn.reply("common.not_allowed");
  if (!broadcast || !mayManage(turn, broadcast)) return turn.reply("broadcast.list.unknown");
  if (action === "r") return turn.send({ text: reportText(services, broadcast, countProgress(services, broadcast)), kind: "reply" });
  if (action !== "x") return turn.reply("broadcast.list.unknown");
  if (broadcast.state === "cancelled") return turn.reply("broadcast.cancel.already");
  if (broadcast.state !== "scheduled") return turn.reply("broadcast.cancel.started", { list: turn.command("broadcasts") });
  services.jobs.cancel(`bc:${broadcast.id}`);
  broadcast.state = "cancelled";
  services.store.put("broadcasts", broadcast.id, broadcast);
  audit(services, { at: turn.now, actor: turn.member?.id ?? "unknown", action: "broadcast.cancel", subject: broadcast.id, size: broadcast.recipients, groupIds: broadcast.audience.groupIds });
  turn.reply("broadcast.cancel.done");
};
var scheduledSendJob = (job, { services }) => {
  const broadcast = services.store.get("broadcasts", String(job.payload.broadcastId));
  if (!broadcast || broadcast.state !== "scheduled") return;
  const sender = services.store.get("members", broadcast.createdBy);
  const reached = startSending(services, broadcast, sender?.role === "coordinator" ? sender : void 0);
  if (reached === 0) services.outbox.enqueue({ to: broadcast.replyTo, message: { text: services.translator.t(broadcast.locale, "broadcast.empty"), kind: "notice" }, priority: "interactive", urgent: true, key: `bc:${broadcast.id}:empty` });
};
function stopCommand(services) {
  return {
    name: "stop",
    roles: ["guest", "newcomer", "volunteer", "coordinator"],
    anytime: true,
    run(turn) {
      const { store } = services;
      if (!turn.member) return turn.reply(turn.interrupted ? "common.flow.cancelled" : "broadcast.optout.guest");
      if (!isOptedOut(turn.member)) {
        turn.member.optOut = { at: turn.now, channel: turn.inbound.channel };
        store.put("members", turn.member.id, turn.member);
      }
      turn.reply("broadcast.optout.stopped", { start: turn.command("start") });
    }
  };
}
var resumeAction = ({ turn, services }) => {
  if (!turn.member || !isOptedOut(turn.member)) return void 0;
  delete turn.member.optOut;
  services.store.put("members", turn.member.id, turn.member);
  turn.reply("broadcast.optout.resumed", { stop: turn.command("stop") });
  return "resumed";
};

// src/features/broadcast/progress.ts
var CHECK_MS = 250;
var ProgressTracker = class {
  constructor(services, intervalMs = PROGRESS_INTERVAL_MS, monotonic = () => performance.now()) {
    this.services = services;
    this.intervalMs = intervalMs;
    this.monotonic = monotonic;
    this.unsubscribe = services.outbox.observe((item) => {
      const id3 = broadcastOfItem(item.key);
      if (id3) this.touch(id3);
    });
    for (const broadcast of services.store.values("broadcasts")) if (broadcast.state === "sending") this.touch(broadcast.id);
  }
  services;
  intervalMs;
  monotonic;
  dirty = /* @__PURE__ */ new Set();
  lastEditAt = /* @__PURE__ */ new Map();
  lastText = /* @__PURE__ */ new Map();
  timer;
  stopped = false;
  unsubscribe;
  /** A message of broadcast `id` changed state: update its progress soon (never inside the outbox's own call). */
  touch(id3) {
    if (this.stopped) return;
    this.dirty.add(id3);
    const now = this.monotonic();
    if (!this.lastEditAt.has(id3)) this.lastEditAt.set(id3, now);
    if (this.timer) return;
    this.timer = setTimeout(() => this.flush(), Math.min(CHECK_MS, this.intervalMs));
    this.timer.unref();
  }
  /** Updates every changed broadcast whose interval has passed; finishes those with nothing left to send. */
  flush() {
    this.timer = void 0;
    if (this.stopped) return;
    const { store } = this.services;
    const now = this.monotonic();
    const later = [];
    for (const id3 of [...this.dirty]) {
      this.dirty.delete(id3);
      const broadcast = store.get("broadcasts", id3);
      if (!broadcast || broadcast.state !== "sending") continue;
      const progress2 = countProgress(this.services, broadcast);
      if (progress2.left === 0) {
        finish(this.services, broadcast);
        this.lastEditAt.delete(id3);
        this.lastText.delete(id3);
        continue;
      }
      if (now - (this.lastEditAt.get(id3) ?? -Infinity) < this.intervalMs) {
        later.push(id3);
        continue;
      }
      const text2 = progressText(this.services, broadcast, progress2);
      if (text2 === this.lastText.get(id3)) continue;
      editProgress(this.services, broadcast, text2);
      this.lastEditAt.set(id3, now);
      this.lastText.set(id3, text2);
    }
    for (const id3 of later) this.touch(id3);
  }
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.unsubscribe();
  }
};

// src/features/broadcast/feature.ts
var broadcastFeature = {
  name: "broadcast",
  commands: ({ services }) => [broadcastsCommand(services), stopCommand(services)],
  actions: {
    "broadcast.begin": beginAction,
    "broadcast.audience": audienceAction,
    "broadcast.save_text": saveTextAction,
    "broadcast.preview": previewAction,
    "broadcast.send": sendAction,
    "broadcast.schedule": scheduleAction,
    "optout.resume": resumeAction
  },
  choiceSources: {
    broadcast_municipalities: municipalityChoices,
    broadcast_groups: groupChoices,
    broadcast_languages: languageChoices,
    broadcast_write_languages: writeLanguageChoices
  },
  jobs: { "broadcast.send": scheduledSendJob },
  privacy: {
    // A member's opt-out lives on the member; a coordinator's broadcasts are theirs (the recipients' copies are outbox items).
    export(memberId, services) {
      const mine = services.store.values("broadcasts").filter((b2) => b2.createdBy === memberId);
      const member = services.store.get("members", memberId);
      if (mine.length === 0 && !member?.optOut) return void 0;
      return {
        optedOutOfBroadcasts: member?.optOut ? new Date(member.optOut.at).toISOString() : null,
        broadcastsSent: mine.map((b2) => ({ id: b2.id, at: new Date(b2.startedAt ?? b2.createdAt).toISOString(), state: b2.state, recipients: b2.recipients, texts: b2.texts, prepared: b2.prepared ?? null }))
      };
    },
    erase(memberId, services) {
      for (const b2 of services.store.values("broadcasts").filter((x2) => x2.createdBy === memberId)) {
        services.jobs.cancel(`bc:${b2.id}`);
        services.store.delete("broadcasts", b2.id);
      }
    }
  },
  buttons: { bc: broadcastButtons },
  setup({ services }) {
    const tracker = new ProgressTracker(services);
    return () => tracker.stop();
  }
};

// src/features/onboarding/invites.ts
import { randomBytes as randomBytes5 } from "node:crypto";
var ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
var MAX_WRONG_CODES = 5;
var THROTTLE_WINDOW_MS = 15 * 6e4;
var USES_PER_ROLE = { volunteer: 10, newcomer: 6, coordinator: 1 };
function newInviteCode() {
  const bytes = randomBytes5(10);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = value << 8 | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[value >>> bits - 5 & 31];
      bits -= 5;
    }
  }
  return out;
}
function normalizeInviteCode(typed) {
  return typed.toUpperCase().replace(/[\s\-_.]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}
function formatInviteCode(code) {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}
function createInvite(services, groupId, role2, createdBy, now) {
  const invite = {
    code: newInviteCode(),
    groupId,
    role: role2,
    createdBy,
    createdAt: now,
    expiresAt: now + services.config.inviteTtlDays * 864e5,
    usesLeft: USES_PER_ROLE[role2]
  };
  services.store.put("invites", invite.code, invite);
  return invite;
}
function checkInvite(services, typed, sender, now) {
  const { store } = services;
  const throttleKey = `invite:${sender}`;
  const throttle = store.get("throttles", throttleKey);
  if (throttle?.blockedUntil && throttle.blockedUntil > now) return { ok: false, reason: "throttled" };
  const invite = store.get("invites", normalizeInviteCode(typed));
  if (!invite) {
    const fresh = !throttle || now - throttle.windowStart > THROTTLE_WINDOW_MS;
    const count = fresh ? 1 : throttle.count + 1;
    store.put("throttles", throttleKey, {
      key: throttleKey,
      count,
      windowStart: fresh ? now : throttle.windowStart,
      blockedUntil: count >= MAX_WRONG_CODES ? now + THROTTLE_WINDOW_MS : void 0
    });
    return { ok: false, reason: count >= MAX_WRONG_CODES ? "throttled" : "invalid" };
  }
  if (invite.expiresAt <= now) return { ok: false, reason: "expired" };
  if (invite.usesLeft <= 0) return { ok: false, reason: "used_up" };
  return { ok: true, invite };
}

// src/features/chats/chats.ts
var GROUP_CHAT_LOCALE = SOURCE_LOCALE;
function isGroupChat(address) {
  return address.chatId.startsWith("-");
}
function chatAddress(address) {
  return { channel: address.channel, chatId: address.chatId };
}
function postToChat(services, address, textKey2, vars, idempotencyKey) {
  services.outbox.enqueue({
    to: chatAddress(address),
    message: { text: services.translator.t(GROUP_CHAT_LOCALE, textKey2, vars), kind: "notice" },
    priority: "interactive",
    urgent: true,
    key: idempotencyKey
  });
}

// src/features/chats/events.ts
var MIN_INVITE_LIFE_MS = 864e5;
var onChatAdded = (event, services) => {
  const { store, clock } = services;
  const key = chatKey(event.address);
  const now = clock.now();
  if (!isGroupChat(event.address)) {
    const contact = store.get("contacts", key);
    if (contact?.unreachable) store.put("contacts", key, { ...contact, unreachable: void 0 });
    const chat3 = store.get("chats", key);
    if (chat3?.status === "unreachable") store.put("chats", key, { ...chat3, status: "active", updatedAt: now });
    return;
  }
  const existing = store.get("chats", key);
  const chat2 = { ...existing, key, address: chatAddress(event.address), kind: "group", title: event.title ?? existing?.title, status: "active", updatedAt: now };
  store.put("chats", key, chat2);
  const group = chat2.groupId ? store.get("groups", chat2.groupId) : void 0;
  if (group) {
    group.chatKeys = [.../* @__PURE__ */ new Set([...group.chatKeys, key])];
    store.put("groups", group.id, group);
    postToChat(services, event.address, "chats.added_back", { group: group.name }, `chats:added:${key}:${now}`);
  } else {
    postToChat(services, event.address, "chats.added", {}, `chats:added:${key}:${now}`);
  }
};
var onChatRemoved = (event, services) => {
  const { store, clock } = services;
  const key = chatKey(event.address);
  const now = clock.now();
  const existing = store.get("chats", key);
  if (!isGroupChat(event.address)) {
    const contact = store.get("contacts", key) ?? { key };
    store.put("contacts", key, { ...contact, unreachable: { at: now, reason: event.reason } });
    if (existing) store.put("chats", key, { ...existing, status: "unreachable", updatedAt: now });
    return;
  }
  if (existing?.status === "removed") return;
  store.put("chats", key, { ...existing, key, address: chatAddress(event.address), kind: "group", status: "removed", updatedAt: now });
  const group = existing?.groupId ? store.get("groups", existing.groupId) : void 0;
  if (!group) return;
  for (const member of store.values("members")) {
    if (member.role !== "coordinator") continue;
    notifyMember(services, member, "chats.removed_notice", { group: group.name }, { dedupKey: `chats:removed:${key}:${now}`, urgent: true });
  }
};
var onChatMigrated = (event, services) => {
  const { store, clock } = services;
  const fromKey = chatKey(event.from);
  const toKey = chatKey(event.to);
  if (fromKey === toKey) return;
  const now = clock.now();
  const old = store.get("chats", fromKey);
  if (old && !old.migratedTo) {
    const target = store.get("chats", toKey);
    store.put("chats", toKey, { ...old, ...target, key: toKey, address: chatAddress(event.to), groupId: target?.groupId ?? old.groupId, migratedTo: void 0, updatedAt: now });
    store.put("chats", fromKey, { ...old, status: "removed", migratedTo: toKey, updatedAt: now });
  }
  for (const group of store.values("groups")) {
    if (!group.chatKeys.includes(fromKey)) continue;
    group.chatKeys = [...new Set(group.chatKeys.map((k2) => k2 === fromKey ? toKey : k2))];
    store.put("groups", group.id, group);
  }
  for (const conversation of store.values("conversations")) {
    if (!sameChat(conversation.address, event.from)) continue;
    const key = `${event.to.channel}:${event.to.chatId}:${conversation.userId}`;
    store.delete("conversations", conversation.key);
    store.put("conversations", key, { ...conversation, key, address: { ...conversation.address, chatId: event.to.chatId } });
  }
  for (const item of store.values("outbox")) {
    if (!["queued", "held", "sending"].includes(item.state) || !sameChat(item.to, event.from)) continue;
    store.put("outbox", item.id, Object.assign(item, { to: { ...item.to, chatId: event.to.chatId }, updatedAt: now }));
  }
};
var onMembersJoined = (event, services) => {
  const { store, clock } = services;
  const key = chatKey(event.address);
  const chat2 = store.get("chats", key);
  if (!chat2 || chat2.status !== "active" || !chat2.groupId) return;
  const group = store.get("groups", chat2.groupId);
  if (!group) return;
  const strangers = event.users.filter((user) => {
    if (user.isBot) return false;
    const member = memberByIdentity(store, event.address.channel, user.userId);
    return !member || member.role !== "coordinator" && !group.memberIds.includes(member.id);
  });
  if (strangers.length === 0) return;
  const now = clock.now();
  const invite = volunteerInvite(services, group.id, now);
  const link2 = services.links.all(invite.code).find((l2) => l2.channel === event.address.channel)?.url;
  const names2 = strangers.map((user) => user.name ?? "").filter(Boolean);
  const vars = { names: names2.length > 0 ? names2 : ["\u2026"], group: group.name, link: link2, code: formatInviteCode(invite.code) };
  postToChat(services, event.address, link2 ? "chats.members_joined" : "chats.members_joined_code", vars, `chats:joined:${key}:${strangers.map((u2) => u2.userId).join(",")}:${now}`);
};
function volunteerInvite(services, groupId, now) {
  const usable = services.store.values("invites").filter((invite) => invite.groupId === groupId && invite.role === "volunteer" && invite.usesLeft > 0 && invite.expiresAt > now + MIN_INVITE_LIFE_MS).sort((a2, b2) => b2.createdAt - a2.createdAt)[0];
  return usable ?? createInvite(services, groupId, "volunteer", "system:chats", now);
}
function sameChat(a2, b2) {
  return a2.channel === b2.channel && a2.chatId === b2.chatId;
}

// src/features/onboarding/actions.ts
import { randomBytes as randomBytes6 } from "node:crypto";

// src/core/privacy.ts
var PRIVACY_VERSION = "2026-11";
function isOlderPrivacyVersion(version2) {
  return /^\d{4}-\d{2}$/.test(version2) && version2 < PRIVACY_VERSION;
}

// src/features/onboarding/actions.ts
var CONSENT_VERSION = PRIVACY_VERSION;
var checkInviteAction = ({ turn, vars, services }) => {
  const typed = typeof vars.invite === "string" ? vars.invite.trim() : "";
  if (!typed) return turn.member ? "known" : "missing";
  const verdict = checkInvite(services, typed, identityKey(turn.inbound.channel, turn.inbound.userId), turn.now);
  if (!verdict.ok) return verdict.reason;
  const group = services.store.get("groups", verdict.invite.groupId);
  if (!group) return "invalid";
  vars.invite = verdict.invite.code;
  vars.groupId = group.id;
  vars.group = group.name;
  vars.role = verdict.invite.role;
  if (turn.member) {
    if (turn.member.groupIds.includes(group.id)) return "already";
    return "member";
  }
  return "ok";
};
var joinGroupAction = ({ turn, vars, services }) => {
  const { store, config } = services;
  const group = store.get("groups", String(vars.groupId));
  const invite = store.get("invites", String(vars.invite));
  if (!group || !invite) throw new Error("group.join needs a checked invite (run invite.check first)");
  if (invite.expiresAt <= turn.now) return "expired";
  if (invite.usesLeft <= 0) return "used_up";
  let member = turn.member;
  if (!member) {
    const key = identityKey(turn.inbound.channel, turn.inbound.userId);
    member = {
      id: `m_${randomBytes6(6).toString("base64url")}`,
      name: String(vars.name ?? turn.inbound.displayName ?? "?"),
      role: invite.role,
      locale: services.translator.isLocale(vars.locale) ? vars.locale : turn.locale,
      identities: [key],
      groupIds: [],
      consent: { at: turn.now, version: CONSENT_VERSION },
      profile: pickProfile(vars),
      timeZone: config.timeZone,
      createdAt: turn.now
    };
    store.put("identities", key, { key, memberId: member.id });
  }
  member.groupIds = [.../* @__PURE__ */ new Set([...member.groupIds, group.id])];
  store.put("members", member.id, member);
  group.memberIds = [.../* @__PURE__ */ new Set([...group.memberIds, member.id])];
  store.put("groups", group.id, group);
  store.update("invites", invite.code, (i2) => i2.usesLeft = Math.max(0, i2.usesLeft - 1));
  audit2(services, turn.now, member.id, "group.join", group.id);
  turn.member = member;
  turn.role = member.role;
  turn.standing = standingOf(member);
  turn.scope = scopeOf(store, member);
  vars.name = member.name;
  vars.group = group.name;
  announceJoin(services, group, member);
};
function pickProfile(vars) {
  const profile = {};
  for (const field of ["skills", "languages", "availability", "interests", "helpFirst", "bridge"]) {
    const value = vars[field];
    if (typeof value === "string" || Array.isArray(value) && value.every((v2) => typeof v2 === "string")) profile[field] = value;
  }
  return profile;
}
function announceJoin(services, group, member) {
  const { store, translator } = services;
  for (const otherId of group.memberIds) {
    if (otherId === member.id) continue;
    const other = store.get("members", otherId);
    if (!other) continue;
    notifyMember(services, other, "onboarding.joined_notice", { name: member.name, group: group.name, role: translator.t(other.locale, `common.role.${member.role}`) }, { dedupKey: `join:${group.id}:${member.id}` });
  }
  for (const key of group.chatKeys) {
    const chat2 = store.get("chats", key);
    if (!chat2 || chat2.status !== "active") continue;
    services.outbox.enqueue({
      to: chat2.address,
      message: { text: translator.t("nl", "onboarding.joined_notice", { name: member.name, group: group.name, role: translator.t("nl", `common.role.${member.role}`) }), kind: "notice" },
      priority: "bulk",
      key: `join:${group.id}:${member.id}:${chatKey(chat2.address)}`
    });
  }
}
var consentRefusedAction = ({ turn, vars, services }) => {
  const id3 = `r_${randomBytes6(6).toString("base64url")}`;
  services.store.put("refusals", id3, { id: id3, at: turn.now, channel: turn.inbound.channel, inviteGroupId: typeof vars.groupId === "string" ? vars.groupId : void 0 });
  for (const key of Object.keys(vars)) if (key !== "locale") delete vars[key];
};
var setLocaleAction = ({ turn, vars, services }) => {
  if (!turn.member || !services.translator.isLocale(vars.locale)) return;
  turn.member.locale = vars.locale;
  services.store.put("members", turn.member.id, turn.member);
};
var localeChoices = (_turn, services) => services.translator.locales().map((l2) => ({ id: l2.code, label: l2.name }));
function audit2(services, at, actor, action, subject) {
  audit(services, { at, actor, action, subject, groupIds: subject?.startsWith("g_") ? [subject] : void 0 });
}

// src/features/chats/link.ts
var CODE_PROBLEMS = {
  invalid: "onboarding.bad_code",
  expired: "onboarding.expired_code",
  used_up: "onboarding.used_code",
  throttled: "onboarding.throttled"
};
function linkCommand(services) {
  return {
    name: "link",
    roles: ["volunteer", "coordinator"],
    chats: ["group"],
    takesArgs: true,
    acts: "groups",
    run(turn, args) {
      const { store } = services;
      if (!args.trim()) return turn.reply("chats.link.usage");
      const verdict = checkInvite(services, args, identityKey(turn.inbound.channel, turn.inbound.userId), turn.now);
      if (!verdict.ok) return turn.reply(CODE_PROBLEMS[verdict.reason]);
      const group = store.get("groups", verdict.invite.groupId);
      if (!group) return turn.reply(CODE_PROBLEMS.invalid);
      if (!turn.scope.group(group.id)) return turn.reply("chats.link.not_member");
      const key = chatKey(turn.address);
      const existing = store.get("chats", key);
      if (existing?.groupId === group.id && existing.status === "active") return turn.reply("chats.link.already", { group: group.name });
      if (existing?.groupId && existing.groupId !== group.id) {
        store.update("groups", existing.groupId, (previous) => previous.chatKeys = previous.chatKeys.filter((k2) => k2 !== key));
      }
      store.put("chats", key, { ...existing, key, address: chatAddress(turn.address), kind: "group", groupId: group.id, status: "active", updatedAt: turn.now });
      group.chatKeys = [.../* @__PURE__ */ new Set([...group.chatKeys, key])];
      store.put("groups", group.id, group);
      audit2(services, turn.now, turn.member?.id ?? "unknown", "chat.link", group.id);
      turn.reply("chats.link.done", { group: group.name });
    }
  };
}

// src/features/chats/feature.ts
var chatsFeature = {
  name: "chats",
  commands: ({ services }) => [linkCommand(services)],
  events: {
    "chat.added": onChatAdded,
    "chat.removed": onChatRemoved,
    "chat.migrated": onChatMigrated,
    "chat.members_joined": onMembersJoined
  }
};

// src/features/coordinators/audit-command.ts
var AUDIT_PAGE = 20;
var MAX = 100;
function formatWhen2(at, timeZone) {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(at));
  return parts.replace(",", "");
}
function auditCommand(services) {
  return {
    name: "audit",
    roles: ["coordinator"],
    acts: "groups",
    takesArgs: true,
    run(turn, args) {
      const { store, translator } = services;
      const t2 = (key, vars = {}) => translator.t(turn.locale, key, vars);
      const wanted = Math.min(MAX, Math.max(1, Number.parseInt(args, 10) || AUDIT_PAGE));
      const events = store.values("audit").filter((event) => canSeeAuditEvent(services, turn.member, event)).sort((a2, b2) => b2.at - a2.at).slice(0, wanted);
      if (events.length === 0) return turn.reply("coordinators.audit.empty");
      const name = (id3) => id3 === "config" || id3 === "system" ? t2(`coordinators.audit.${id3}`) : store.get("members", id3)?.name ?? t2("coordinators.audit.someone");
      const describe = (event) => {
        const label = translator.has(`coordinators.audit.actions.${event.action.replace(".", "_")}`) ? t2(`coordinators.audit.actions.${event.action.replace(".", "_")}`) : event.action;
        const parts = [formatWhen2(event.at, turn.member?.timeZone ?? services.config.timeZone), name(event.actor), label];
        const subject = event.subject ? store.get("groups", event.subject)?.name ?? (event.subject.startsWith("m_") ? store.get("members", event.subject)?.name : void 0) : void 0;
        if (subject) parts.push(subject);
        if (event.size !== void 0) parts.push(t2("coordinators.audit.audience", { count: event.size }));
        if (event.municipalities?.length) parts.push(event.municipalities.join(", "));
        return `\u2022 ${parts.join(" \xB7 ")}`;
      };
      turn.send({ text: [t2("coordinators.audit.header", { count: events.length }), ...events.map(describe)].join("\n"), kind: "reply" });
    }
  };
}

// src/features/coordinators/actions.ts
function coordinators(services) {
  return services.store.values("members").filter((m2) => m2.role === "coordinator").sort((a2, b2) => Number(Boolean(a2.scope)) - Number(Boolean(b2.scope)) || a2.name.localeCompare(b2.name, "nl"));
}
function fromConfig(services, member) {
  return member.identities.some((key) => key.startsWith("telegram:") && services.config.coordinatorTelegramIds.includes(key.slice("telegram:".length)));
}
function scopeLabel(services, locale, member) {
  return member.scope ? member.scope.municipalities.join(", ") : services.translator.t(locale, "coordinators.national");
}
var listAction = ({ turn, services }) => {
  const lines = coordinators(services).map((m2) => `\u2022 ${services.translator.t(turn.locale, "coordinators.line", { name: m2.name, scope: scopeLabel(services, turn.locale, m2) })}`);
  turn.send({ text: [services.translator.t(turn.locale, "coordinators.header"), ...lines].join("\n"), kind: "reply" });
};
var coordinatorChoices = (turn, services) => coordinators(services).map((m2) => ({ id: m2.id, label: `${m2.name} (${scopeLabel(services, turn.locale, m2)})`.slice(0, 60) }));
var findAction = ({ vars, services }) => {
  const typed = String(vars.who ?? "").trim();
  const { store } = services;
  delete vars.isNew;
  delete vars.targetTelegramId;
  if (/^\d{3,15}$/.test(typed)) {
    const identity = store.get("identities", identityKey("telegram", typed));
    const member = identity ? store.get("members", identity.memberId) : void 0;
    if (member?.role === "coordinator") return "already";
    if (member) vars.target = member.id;
    else {
      vars.isNew = true;
      vars.targetTelegramId = typed;
    }
    return void 0;
  }
  const wanted = normalizeWord(typed);
  const matches = store.values("members").filter((m2) => normalizeWord(m2.name) === wanted);
  if (matches.length === 0) return "unknown";
  if (matches.length > 1) return "ambiguous";
  if (matches[0].role === "coordinator") return "already";
  vars.target = matches[0].id;
  return void 0;
};
var pickedAction = ({ turn, vars, services }) => {
  const member = services.store.get("members", String(vars.target));
  if (!member || member.role !== "coordinator") return "self";
  if (member.id === turn.member?.id) return "self";
  if (fromConfig(services, member)) return "config";
  return vars.what === "remove" ? "remove" : void 0;
};
function parseMunicipalities(services, text2) {
  const words = services.translator.wordsInAllLocales("coordinators.national_words");
  if (words.has(normalizeWord(text2))) return void 0;
  const names2 = [...new Set(text2.split(/[,;\n]+/).map((n2) => n2.trim().replace(/\s+/g, " ")).filter((n2) => n2.length > 0 && n2.length <= 60))];
  if (names2.length === 0 || names2.length > 20) return null;
  return { municipalities: names2 };
}
var saveAction = ({ turn, vars, services }) => {
  const { store, config } = services;
  const scope = parseMunicipalities(services, String(vars.municipalities ?? ""));
  if (scope === null) {
    turn.reply("coordinators.municipalities_invalid");
    return "invalid";
  }
  const actor = turn.member?.id ?? "unknown";
  let member;
  if (vars.isNew === true && typeof vars.targetTelegramId === "string") {
    const key = identityKey("telegram", vars.targetTelegramId);
    member = {
      id: `m_telegram_${vars.targetTelegramId}`,
      name: String(vars.name ?? "Coordinator"),
      role: "coordinator",
      locale: "nl",
      identities: [key],
      groupIds: [],
      profile: {},
      timeZone: config.timeZone,
      createdAt: turn.now
    };
    store.put("identities", key, { key, memberId: member.id });
  } else {
    member = store.get("members", String(vars.target));
    if (!member) return "invalid";
  }
  const wasCoordinator = member.role === "coordinator" && vars.isNew !== true;
  const previous = member.scope ? member.scope.municipalities.join(", ") : "national";
  member.role = "coordinator";
  if (scope) member.scope = scope;
  else delete member.scope;
  store.put("members", member.id, member);
  audit(services, {
    at: turn.now,
    actor,
    action: wasCoordinator ? "coordinator.scope" : "coordinator.add",
    subject: member.id,
    municipalities: scope?.municipalities,
    details: { scope: scope ? scope.municipalities.join(", ") : "national", ...wasCoordinator ? { previous } : {} }
  });
  const label = scopeLabel(services, turn.locale, member);
  turn.reply(wasCoordinator ? "coordinators.scoped" : "coordinators.added", { name: member.name, scope: label });
  if (vars.isNew === true) turn.reply("coordinators.added_new", { name: member.name });
  return void 0;
};
var removeAction = ({ turn, vars, services }) => {
  const { store } = services;
  const member = store.get("members", String(vars.target));
  if (!member) return;
  const municipalities = member.scope?.municipalities;
  member.role = "volunteer";
  delete member.scope;
  store.put("members", member.id, member);
  audit(services, { at: turn.now, actor: turn.member?.id ?? "unknown", action: "coordinator.remove", subject: member.id, municipalities });
  turn.reply("coordinators.removed", { name: member.name });
};

// src/features/coordinators/feature.ts
var coordinatorsFeature = {
  name: "coordinators",
  commands: ({ services }) => [auditCommand(services)],
  actions: {
    "coordinators.list": listAction,
    "coordinators.find": findAction,
    "coordinators.picked": pickedAction,
    "coordinators.save": saveAction,
    "coordinators.remove": removeAction
  },
  choiceSources: { coordinators: coordinatorChoices }
};

// src/features/groups/actions.ts
import { randomBytes as randomBytes8 } from "node:crypto";

// src/features/plan/plan.ts
import { randomBytes as randomBytes7 } from "node:crypto";

// src/features/plan/template.ts
import { readFileSync as readFileSync2 } from "node:fs";
var id = external_exports.string().regex(/^[a-z][a-z0-9_]{0,23}$/, "ids use a-z, 0-9 and _, at most 24 characters, starting with a letter");
var templateSchema = external_exports.object({
  version: external_exports.number().int().positive(),
  areas: external_exports.array(
    external_exports.object({
      id,
      items: external_exports.array(external_exports.object({ id, dueMonth: external_exports.number().int().min(1).max(12).optional() }).strict()).min(1)
    }).strict()
  ).min(1)
}).strict();
var TEMPLATE_FILE = projectPath("flows", "plan", "settlement-plan.yaml");
var OWN_AREA = "own";
function parseTemplate(text2, file = "flows/plan/settlement-plan.yaml") {
  let raw;
  try {
    raw = parseYamlStrict(text2);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    throw new Error(`${file}: not valid YAML${error.line ? ` at line ${error.line}` : ""}: ${error.message}`);
  }
  const parsed = templateSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  const seen = /* @__PURE__ */ new Set([OWN_AREA]);
  for (const area of parsed.data.areas) {
    if (seen.has(area.id)) throw new Error(`${file}: area id "${area.id}" is used twice (or is the reserved "${OWN_AREA}")`);
    seen.add(area.id);
  }
  const items = /* @__PURE__ */ new Set();
  for (const item of parsed.data.areas.flatMap((area) => area.items)) {
    if (items.has(item.id)) throw new Error(`${file}: item id "${item.id}" is used twice`);
    items.add(item.id);
  }
  return parsed.data;
}
var cached;
function planTemplate() {
  cached ??= parseTemplate(readFileSync2(TEMPLATE_FILE, "utf8"));
  return cached;
}
function templateItems(template = planTemplate()) {
  return template.areas.flatMap((area) => area.items.map((item) => ({ id: item.id, area: area.id, dueMonth: item.dueMonth })));
}
function areaIds(template = planTemplate()) {
  return [...template.areas.map((area) => area.id), OWN_AREA];
}

// src/features/plan/plan.ts
var DAY = 864e5;
var DEFAULT_REMIND_DAYS = 2;
function newCommitmentId() {
  return `c_${randomBytes7(6).toString("base64url")}`;
}
function ensurePlan(services, group, now, template = planTemplate()) {
  const { store } = services;
  const existing = store.get("plans", group.id);
  if (existing && existing.templateVersion >= template.version) return existing;
  const have = new Set(commitmentsOf(services, group.id).flatMap((c2) => c2.itemId ? [c2.itemId] : []));
  for (const item of templateItems(template)) {
    if (have.has(item.id)) continue;
    const id3 = newCommitmentId();
    store.put("commitments", id3, { id: id3, groupId: group.id, area: item.area, itemId: item.id, ownerIds: [], state: "open", createdBy: "template", createdAt: now, updatedAt: now });
  }
  const record = existing ? { ...existing, templateVersion: template.version } : { id: group.id, groupId: group.id, adoptedAt: now, templateVersion: template.version, remindDaysBefore: DEFAULT_REMIND_DAYS, lastActivityAt: now };
  store.put("plans", group.id, record);
  return record;
}
function commitmentsOf(services, groupId) {
  return services.store.values("commitments").filter((c2) => c2.groupId === groupId);
}
function openCommitments(services, groupId) {
  return commitmentsOf(services, groupId).filter((c2) => c2.state === "open" && c2.ownerIds.length > 0).sort((a2, b2) => (a2.dueDate ?? "9999").localeCompare(b2.dueDate ?? "9999") || a2.createdAt - b2.createdAt);
}
function unassigned(services, groupId) {
  return commitmentsOf(services, groupId).filter((c2) => c2.state === "open" && c2.ownerIds.length === 0);
}
function isoDay(at, timeZone) {
  return isoDate(localDate(at, timeZone));
}
function calendar(date) {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return { year, month, day };
}
function atLocal(date, hhmm, timeZone) {
  return zonedInstant(calendar(date), hhmm, timeZone);
}
function daysBetween(from, to) {
  const utcNoon = (date) => zonedInstant(calendar(date), "12:00", "UTC");
  return Math.round((utcNoon(to) - utcNoon(from)) / DAY);
}
function isOverdue(commitment, now, timeZone) {
  return commitment.state === "open" && commitment.dueDate !== void 0 && commitment.dueDate < isoDay(now, timeZone);
}
function recordActivity(services, groupId, now) {
  const record = services.store.get("plans", groupId);
  if (!record || now - record.lastActivityAt < 36e5) return;
  services.store.put("plans", groupId, { ...record, lastActivityAt: now, quietNudgedAt: void 0, quietEscalatedAt: void 0 });
}
function audit3(services, at, actor, action, subject) {
  const id3 = `a_${at}_${randomBytes7(4).toString("hex")}`;
  services.store.put("audit", id3, { id: id3, at, actor, action, subject });
}

// src/features/groups/actions.ts
var createGroupAction = ({ turn, vars, services }) => {
  const { store } = services;
  const creator = turn.member?.id ?? "unknown";
  if (!canActInMunicipality(turn.member, String(vars.municipality))) {
    vars.municipalities = turn.scope.municipalities.join(", ");
    return "out_of_scope";
  }
  const group = {
    id: `g_${randomBytes8(5).toString("base64url")}`,
    name: String(vars.groupName),
    municipality: String(vars.municipality),
    kind: vars.kind === "sponsorgroep" ? "sponsorgroep" : "welkomgroep",
    memberIds: [],
    chatKeys: [],
    createdBy: creator,
    startsAt: turn.now,
    endsAt: turn.now + 365 * 864e5,
    // The WhatsApp ⇄ Telegram bridge: on unless the coordinator said no (`/bridge on|off` changes it later).
    bridge: vars.bridge !== "no"
  };
  store.put("groups", group.id, group);
  ensurePlan(services, group, turn.now);
  const volunteer = createInvite(services, group.id, "volunteer", creator, turn.now);
  const newcomer = createInvite(services, group.id, "newcomer", creator, turn.now);
  audit(services, { at: turn.now, actor: creator, action: "group.create", subject: group.id, groupIds: [group.id], municipalities: [group.municipality] });
  vars.group = group.name;
  vars.groupId = group.id;
  vars.volunteerCode = formatInviteCode(volunteer.code);
  vars.newcomerCode = formatInviteCode(newcomer.code);
  vars.days = services.config.inviteTtlDays;
  vars._links = [
    { role: "volunteer", code: volunteer.code },
    { role: "newcomer", code: newcomer.code }
  ];
};
var createInviteAction = ({ turn, vars, services }) => {
  const group = turn.scope.group(String(vars.groupId));
  if (!group) return "none";
  const role2 = vars.role === "newcomer" ? "newcomer" : "volunteer";
  const invite = createInvite(services, group.id, role2, turn.member?.id ?? "unknown", turn.now);
  audit(services, { at: turn.now, actor: turn.member?.id ?? "unknown", action: "invite.create", subject: group.id, groupIds: [group.id], details: { role: role2 } });
  vars.group = group.name;
  vars.code = formatInviteCode(invite.code);
  vars.days = services.config.inviteTtlDays;
  vars.role = services.translator.t(turn.locale, `common.role.${role2}`);
  vars._links = [{ role: role2, code: invite.code }];
};
var sendInviteLinksAction = ({ turn, vars, services }) => {
  const made = Array.isArray(vars._links) ? vars._links : [];
  for (const { role: role2, code } of made) {
    for (const link2 of services.links.all(code)) turn.reply("groups.links", { role: services.translator.t(turn.locale, `common.role.${role2}`), link: link2.url });
  }
};
var requireAnyGroupAction = ({ turn }) => turn.scope.groups().length === 0 ? "none" : void 0;
var checkMunicipalityAction = ({ turn, vars }) => {
  if (canActInMunicipality(turn.member, String(vars.municipality))) return void 0;
  vars.municipalities = turn.scope.municipalities.join(", ");
  return "out_of_scope";
};
var groupChoices2 = (turn) => turn.scope.groups().sort((a2, b2) => b2.startsAt - a2.startsAt).map((group) => ({ id: group.id, label: `${group.name} (${group.municipality})` }));

// src/features/groups/commands.ts
function groupCommands(services) {
  const { store, translator } = services;
  const describe = (turn, group) => {
    const t2 = (key, vars = {}) => translator.t(turn.locale, key, vars);
    const members = group.memberIds.map((id3) => store.get("members", id3)).filter((m2) => m2 !== void 0);
    const lines = [
      t2("groups.mygroup.header", { group: group.name, municipality: group.municipality }),
      t2("groups.mygroup.members", { count: members.length }),
      ...members.map((m2) => `\u2022 ${t2("groups.mygroup.member", { name: m2.name, role: t2(`common.role.${m2.role}`) })}`),
      // People who asked to be forgotten: only their number is kept.
      ...group.formerMembers ? [t2("groups.mygroup.former", { count: group.formerMembers })] : []
    ];
    return lines.join("\n");
  };
  const mygroup = {
    name: "mygroup",
    roles: ["newcomer", "volunteer", "coordinator"],
    chats: ["private", "group"],
    acts: "groups",
    takesArgs: true,
    groupArg: true,
    run(turn) {
      const linked = store.get("chats", chatKey(turn.address))?.groupId;
      if (turn.inbound.chatType === "group" && linked) {
        const group = store.get("groups", linked);
        if (group) return turn.send({ text: describe(turn, group), kind: "reply" });
      }
      if (turn.target?.kind === "group") return turn.send({ text: describe(turn, turn.target.group), kind: "reply" });
      if (turn.role === "coordinator") {
        const groups2 = turn.target?.kind === "municipality" ? turn.target.groups : turn.scope.groups();
        if (groups2.length === 0) return turn.reply("groups.no_groups");
        const t2 = (key, vars = {}) => translator.t(turn.locale, key, vars);
        const lines = [
          t2("groups.mygroup.groups", { count: groups2.length }),
          ...groups2.map((g2) => `\u2022 ${t2("groups.mygroup.overview", { group: g2.name, municipality: g2.municipality, members: t2("groups.mygroup.members_count", { count: g2.memberIds.length }) })}`)
        ];
        return turn.send({ text: lines.join("\n"), kind: "reply" });
      }
      const groups = (turn.member?.groupIds ?? []).map((id3) => store.get("groups", id3)).filter((g2) => g2 !== void 0);
      if (groups.length === 0) return turn.reply("groups.mygroup.none");
      turn.send({ text: groups.map((g2) => describe(turn, g2)).join("\n\n"), kind: "reply" });
    }
  };
  return [mygroup];
}

// src/features/groups/feature.ts
var groupsFeature = {
  name: "groups",
  commands: ({ services }) => groupCommands(services),
  actions: {
    "group.create": createGroupAction,
    "group.require_any": requireAnyGroupAction,
    "group.check_municipality": checkMunicipalityAction,
    "invite.create": createInviteAction,
    "invite.links": sendInviteLinksAction
  },
  choiceSources: { groups: groupChoices2 }
};

// src/features/help/commands.ts
var EVERYONE = ["guest", ...MEMBER_ROLES];
function helpCommands(services, list) {
  const help = {
    name: "help",
    roles: EVERYONE,
    chats: ["private", "group"],
    run(turn) {
      const t2 = (key) => services.translator.t(turn.locale, key);
      const lines = list().filter((command) => !command.hidden && allowed(command, turn.standing, turn.inbound.chatType) === "ok").map((command) => `${turn.command(command.name)} \u2014 ${t2(`commands.${command.name}.description`)}`);
      turn.send({ text: [t2("commands.title"), ...lines].join("\n"), kind: "reply" });
    }
  };
  const cancel = { name: "cancel", roles: EVERYONE, chats: ["private", "group"], run: () => void 0 };
  return [help, cancel];
}

// src/features/help/feature.ts
var helpFeature = {
  name: "help",
  commands: ({ services, commands }) => helpCommands(services, commands)
};

// src/features/maintenance/jobs.ts
var DAY2 = 864e5;
var DEDUP_RETENTION_MS = 8 * DAY2;
var HOUR = 36e5;
var OUTBOX_RETENTION_MS = 14 * DAY2;
var OUTBOX_LIVE_MS = DAY2;
var ARCHIVE_EVERY_MS = HOUR;
var ARCHIVE_JOB = "maintenance.archive";
var maintenanceFeature = {
  name: "maintenance",
  jobs: {
    "maintenance.prune": (_job, { services, now }) => {
      const { store } = services;
      for (const entry of store.values("dedup")) if (now - entry.at > DEDUP_RETENTION_MS) store.delete("dedup", entry.key);
      services.outbox.prune(now - OUTBOX_RETENTION_MS);
      void store.pruneArchive(now - OUTBOX_RETENTION_MS).catch((error) => services.logger.error({ err: error }, "pruning the archive of delivered messages failed"));
      for (const conversation of store.values("conversations")) if (conversation.expiresAt <= now) store.delete("conversations", conversation.key);
      for (const throttle of store.values("throttles")) if (now - throttle.windowStart > DAY2) store.delete("throttles", throttle.key);
    },
    [ARCHIVE_JOB]: (_job, { services, now }) => {
      services.jobs.at(ARCHIVE_JOB, ARCHIVE_JOB, now + ARCHIVE_EVERY_MS);
      void services.outbox.archive(now - OUTBOX_LIVE_MS).catch((error) => services.logger.error({ err: error }, "archiving delivered messages failed; they stay in the live store"));
    }
  },
  setup({ scheduleDaily, services }) {
    scheduleDaily("maintenance.prune", "maintenance.prune", "03:30");
    if (!services.store.get("jobs", ARCHIVE_JOB)) services.jobs.at(ARCHIVE_JOB, ARCHIVE_JOB, services.clock.now() + ARCHIVE_EVERY_MS);
  }
};

// ../../main/node_modules/ical-generator/dist/index.mjs
var e = (function(e3) {
  return e3.DAILY = `DAILY`, e3.HOURLY = `HOURLY`, e3.MINUTELY = `MINUTELY`, e3.MONTHLY = `MONTHLY`, e3.SECONDLY = `SECONDLY`, e3.WEEKLY = `WEEKLY`, e3.YEARLY = `YEARLY`, e3;
})({});
var t = (function(e3) {
  return e3.AUTOMATIC = `AUTOMATIC`, e3.DISABLED = `DISABLED`, e3.ENABLED = `ENABLED`, e3;
})({});
var n = (function(e3) {
  return e3.BICYCLE = `BICYCLE`, e3.CAR = `CAR`, e3.TRANSIT = `TRANSIT`, e3.WALKING = `WALKING`, e3;
})({});
var r = (function(e3) {
  return e3.FR = `FR`, e3.MO = `MO`, e3.SA = `SA`, e3.SU = `SU`, e3.TH = `TH`, e3.TU = `TU`, e3.WE = `WE`, e3;
})({});
function i(e3, t2, n2) {
  if (Array.isArray(t2)) e3.x = t2.map((e4) => {
    if (Array.isArray(e4)) return e4;
    if (typeof e4.key != `string` || typeof e4.value != `string`) throw Error(`Either key or value is not a string!`);
    if (e4.key.substr(0, 2) !== `X-`) throw Error("Key has to start with `X-`!");
    return [e4.key, e4.value];
  });
  else if (typeof t2 == `object`) e3.x = Object.entries(t2).map(([e4, t3]) => {
    if (typeof e4 != `string` || typeof t3 != `string`) throw Error(`Either key or value is not a string!`);
    if (e4.substr(0, 2) !== `X-`) throw Error("Key has to start with `X-`!");
    return [e4, t3];
  });
  else if (typeof t2 == `string` && typeof n2 == `string`) {
    if (t2.substr(0, 2) !== `X-`) throw Error("Key has to start with `X-`!");
    e3.x.push([t2, n2]);
  } else return e3.x.map((e4) => ({ key: e4[0], value: e4[1] }));
}
function a(e3, t2) {
  if (e3 instanceof Date && isNaN(e3.getTime()) || typeof e3 == `string` && isNaN(new Date(e3).getTime())) throw Error(`\`${t2}\` has to be a valid date!`);
  if (e3 instanceof Date || typeof e3 == `string` || typeof e3 == `object` && e3 && (C(e3) || S(e3) || x(e3) || b(e3)) || m(e3) && e3.isValid === true || (h(e3) || p(e3)) && e3.isValid()) return e3;
  throw Error(`\`${t2}\` has to be a valid date!`);
}
function o(e3, t2) {
  let n2 = Object.values(e3), r2 = String(t2).toUpperCase();
  if (!r2 || !n2.includes(r2)) throw Error(`Input must be one of the following: ${n2.join(`, `)}`);
  return r2;
}
function s(e3, t2) {
  let n2 = null;
  if (typeof t2 == `string`) {
    let e4 = t2.match(/^(.+) ?<([^>]+)>$/);
    e4 ? n2 = { email: e4[2].trim(), name: e4[1].trim() } : t2.includes(`@`) && (n2 = { email: t2.trim(), name: t2.trim() });
  } else typeof t2 == `object` && (n2 = { email: t2.email, mailto: t2.mailto, name: t2.name, sentBy: t2.sentBy });
  if (!n2 && typeof t2 == `string`) throw Error("`" + e3 + "` isn't formated correctly. See https://sebbo2002.github.io/ical-generator/develop/reference/interfaces/ICalOrganizer.html");
  if (!n2) throw Error("`" + e3 + "` needs to be a valid formed string or an object. See https://sebbo2002.github.io/ical-generator/develop/reference/interfaces/ICalOrganizer.html");
  if (!n2.name) throw Error("`" + e3 + ".name` is empty!");
  if (!n2.email) throw Error("`" + e3 + ".email` is empty!");
  return n2;
}
function c(e3, t2) {
  return String(e3).replace(t2 ? /[\\"]/g : /[\\;,]/g, function(e4) {
    return `\\` + e4;
  }).replace(/(?:\r\n|\r|\n)/g, `\\n`);
}
function l(e3) {
  return e3.split(`\r
`).map(function(e4) {
    let t2 = ``, n2 = 0;
    for (let r2 = 0; r2 < e4.length; r2++) {
      let i2 = e4.charAt(r2);
      i2 >= `\uD800` && i2 <= `\uDBFF` && (i2 += e4.charAt(++r2));
      let a2 = new TextEncoder().encode(i2).length;
      n2 += a2, n2 > 74 && (t2 += `\r
 `, n2 = a2), t2 += i2;
    }
    return t2;
  }).join(`\r
`);
}
function u(e3, t2, n2, r2) {
  if (e3?.startsWith(`/`) && (e3 = e3.substr(1)), typeof t2 == `string` || t2 instanceof Date) {
    let i2 = w(t2) ? t2.withTimeZone(e3) : new Date(t2), a2 = i2.getUTCFullYear().toString().padStart(4, `0`) + String(i2.getUTCMonth() + 1).padStart(2, `0`) + i2.getUTCDate().toString().padStart(2, `0`);
    return e3 && (a2 = i2.getFullYear().toString().padStart(2, `0`) + String(i2.getMonth() + 1).padStart(2, `0`) + i2.getDate().toString().padStart(2, `0`)), n2 ? a2 : e3 ? (a2 += `T` + i2.getHours().toString().padStart(2, `0`) + i2.getMinutes().toString().padStart(2, `0`) + i2.getSeconds().toString().padStart(2, `0`), a2) : (a2 += `T` + i2.getUTCHours().toString().padStart(2, `0`) + i2.getUTCMinutes().toString().padStart(2, `0`) + i2.getUTCSeconds().toString().padStart(2, `0`) + (r2 ? `` : `Z`), a2);
  } else if (h(t2)) {
    let i2 = e3 ? _(t2) && !t2.tz() ? t2.clone().tz(e3) : t2 : r2 || n2 && _(t2) && t2.tz() ? t2 : t2.utc();
    return i2.format(`YYYYMMDD`) + (n2 ? `` : `T` + i2.format(`HHmmss`) + (r2 || e3 ? `` : `Z`));
  } else if (m(t2)) {
    let i2 = e3 ? t2.setZone(e3) : r2 || n2 && t2.zone.type !== `system` ? t2 : t2.setZone(`utc`);
    return i2.toFormat(`yyyyLLdd`) + (n2 ? `` : `T` + i2.toFormat(`HHmmss`) + (r2 || e3 ? `` : `Z`));
  } else if (C(t2)) {
    let i2 = t2;
    return e3 && (i2 = t2.withTimeZone(t2.timeZoneId)), !e3 && t2.timeZoneId !== `UTC` && (i2 = t2.withTimeZone(`UTC`)), u(null, i2.toPlainDateTime(), n2, r2 || !!e3);
  } else if (S(t2)) {
    if (n2) return t2.year.toString().padStart(4, `0`) + t2.month.toString().padStart(2, `0`) + t2.day.toString().padStart(2, `0`);
    if (e3) {
      let i2 = t2.toZonedDateTime(e3);
      return u(e3, i2, n2, r2);
    }
    return t2.year.toString().padStart(4, `0`) + t2.month.toString().padStart(2, `0`) + t2.day.toString().padStart(2, `0`) + `T` + t2.hour.toString().padStart(2, `0`) + t2.minute.toString().padStart(2, `0`) + t2.second.toString().padStart(2, `0`) + (r2 || e3 ? `` : `Z`);
  } else if (x(t2)) return t2.year.toString().padStart(4, `0`) + t2.month.toString().padStart(2, `0`) + t2.day.toString().padStart(2, `0`) + (n2 ? `` : `T000000` + (r2 || e3 ? `` : `Z`));
  else if (b(t2)) {
    let i2 = e3 || `UTC`, a2 = t2.toZonedDateTimeISO(i2);
    return u(e3, a2, n2, r2);
  } else {
    let i2 = t2;
    if (e3) i2 = typeof t2.tz == `function` ? t2.tz(e3) : t2;
    else if (!r2) if (typeof t2.utc == `function`) i2 = t2.utc();
    else throw Error(`Unable to convert dayjs object to UTC value: UTC plugin is not available!`);
    return i2.format(`YYYYMMDD`) + (n2 ? `` : `T` + i2.format(`HHmmss`) + (r2 || e3 ? `` : `Z`));
  }
}
function d(e3, t2, n2, r2) {
  let i2 = ``, a2 = r2?.floating || false;
  return r2?.timezone && (i2 = `;TZID=` + r2.timezone, a2 = true), t2 + i2 + `:` + u(e3, n2, false, a2);
}
function f(e3) {
  let t2 = e3.x.map(([e4, t3]) => e4.toUpperCase() + `:` + c(t3, false)).join(`\r
`);
  return t2.length ? t2 + `\r
` : ``;
}
function p(e3) {
  return typeof e3 == `object` && !!e3 && !(e3 instanceof Date) && !h(e3) && !m(e3) && !y(e3);
}
function m(e3) {
  return typeof e3 == `object` && !!e3 && `toJSDate` in e3 && typeof e3.toJSDate == `function` && !y(e3);
}
function h(e3) {
  return e3 != null && e3._isAMomentObject != null && !y(e3);
}
function g(e3) {
  return typeof e3 == `object` && !!e3 && `asSeconds` in e3 && typeof e3.asSeconds == `function`;
}
function _(e3) {
  return h(e3) && `tz` in e3 && typeof e3.tz == `function`;
}
function v(e3) {
  return typeof e3 == `object` && !!e3 && `between` in e3 && typeof e3.between == `function` && typeof e3.toString == `function`;
}
function y(e3) {
  return C(e3) || S(e3) || x(e3) || b(e3);
}
function b(e3) {
  return typeof e3 == `object` && !!e3 && !C(e3) && !S(e3) && !x(e3) && `toZonedDateTimeISO` in e3 && typeof e3.toZonedDateTimeISO == `function` && !(`year` in e3) && !(`timeZoneId` in e3);
}
function x(e3) {
  return typeof e3 == `object` && !!e3 && !C(e3) && !S(e3) && `toPlainDateTime` in e3 && typeof e3.toPlainDateTime == `function` && `year` in e3 && typeof e3.year == `number` && `month` in e3 && typeof e3.month == `number` && `day` in e3 && typeof e3.day == `number` && !(`hour` in e3) && !(`timeZoneId` in e3) && !(`epochSeconds` in e3);
}
function S(e3) {
  return typeof e3 == `object` && !!e3 && !C(e3) && `toZonedDateTime` in e3 && typeof e3.toZonedDateTime == `function` && `toPlainDate` in e3 && typeof e3.toPlainDate == `function` && `year` in e3 && typeof e3.year == `number` && `month` in e3 && typeof e3.month == `number` && `day` in e3 && typeof e3.day == `number` && `hour` in e3 && typeof e3.hour == `number` && `minute` in e3 && typeof e3.minute == `number` && `second` in e3 && typeof e3.second == `number` && !(`timeZone` in e3);
}
function C(e3) {
  return typeof e3 == `object` && !!e3 && `timeZoneId` in e3 && typeof e3.timeZoneId == `string` && `toPlainDateTime` in e3 && typeof e3.toPlainDateTime == `function` && `year` in e3 && typeof e3.year == `number` && `month` in e3 && typeof e3.month == `number` && `day` in e3 && typeof e3.day == `number` && `hour` in e3 && typeof e3.hour == `number` && `minute` in e3 && typeof e3.minute == `number` && `second` in e3 && typeof e3.second == `number`;
}
function w(e3) {
  return e3 instanceof Date && `internal` in e3 && e3.internal instanceof Date && `withTimeZone` in e3 && typeof e3.withTimeZone == `function` && `tzComponents` in e3 && typeof e3.tzComponents == `function`;
}
function T(e3) {
  if (typeof e3 == `string` || e3 instanceof Date) return new Date(e3);
  if (C(e3)) {
    let t2 = e3.toInstant();
    return new Date(t2.epochMilliseconds);
  }
  return S(e3) ? new Date(Date.UTC(e3.year, e3.month - 1, e3.day, e3.hour, e3.minute, e3.second)) : x(e3) ? new Date(Date.UTC(e3.year, e3.month - 1, e3.day)) : b(e3) ? new Date(e3.epochMilliseconds) : m(e3) ? e3.toJSDate() : e3.toDate();
}
function E(e3) {
  let t2 = ``;
  return e3 < 0 && (t2 = `-`, e3 *= -1), t2 += `P`, e3 >= 86400 && (t2 += Math.floor(e3 / 86400) + `D`, e3 %= 86400), !e3 && t2.length > 1 ? t2 : (t2 += `T`, e3 >= 3600 && (t2 += Math.floor(e3 / 3600) + `H`, e3 %= 3600), e3 >= 60 && (t2 += Math.floor(e3 / 60) + `M`, e3 %= 60), e3 > 0 ? t2 += e3 + `S` : t2.length <= 2 && (t2 += `0S`), t2);
}
function D(e3) {
  return e3 ? typeof e3 == `string` ? e3 : C(e3) ? D(e3.withTimeZone(`UTC`).toPlainDateTime()) : (y(e3), e3.toJSON()) : null;
}
var O = (function(e3) {
  return e3.CHAIR = `CHAIR`, e3.NON = `NON-PARTICIPANT`, e3.OPT = `OPT-PARTICIPANT`, e3.REQ = `REQ-PARTICIPANT`, e3;
})({});
var k = (function(e3) {
  return e3.CLIENT = `CLIENT`, e3.NONE = `NONE`, e3.SERVER = `SERVER`, e3;
})({});
var A = (function(e3) {
  return e3.ACCEPTED = `ACCEPTED`, e3.DECLINED = `DECLINED`, e3.DELEGATED = `DELEGATED`, e3.NEEDSACTION = `NEEDS-ACTION`, e3.TENTATIVE = `TENTATIVE`, e3;
})({});
var j = (function(e3) {
  return e3.GROUP = `GROUP`, e3.INDIVIDUAL = `INDIVIDUAL`, e3.RESOURCE = `RESOURCE`, e3.ROOM = `ROOM`, e3.UNKNOWN = `UNKNOWN`, e3;
})({});
var M = class e2 {
  data;
  parent;
  constructor(e3, t2) {
    if (this.data = { delegatedFrom: null, delegatedTo: null, email: ``, mailto: null, name: null, role: O.REQ, rsvp: null, scheduleAgent: null, sentBy: null, status: null, type: null, x: [] }, this.parent = t2, !this.parent) throw Error("`event` option required!");
    if (!e3.email) throw Error("No value for `email` in ICalAttendee given!");
    e3.name !== void 0 && this.name(e3.name), e3.email !== void 0 && this.email(e3.email), e3.mailto !== void 0 && this.mailto(e3.mailto), e3.sentBy !== void 0 && this.sentBy(e3.sentBy), e3.status !== void 0 && this.status(e3.status), e3.role !== void 0 && this.role(e3.role), e3.rsvp !== void 0 && this.rsvp(e3.rsvp), e3.type !== void 0 && this.type(e3.type), e3.delegatedTo !== void 0 && this.delegatedTo(e3.delegatedTo), e3.delegatedFrom !== void 0 && this.delegatedFrom(e3.delegatedFrom), e3.delegatesTo && this.delegatesTo(e3.delegatesTo), e3.delegatesFrom && this.delegatesFrom(e3.delegatesFrom), e3.scheduleAgent !== void 0 && this.scheduleAgent(e3.scheduleAgent), e3.x !== void 0 && this.x(e3.x);
  }
  delegatedFrom(t2) {
    return t2 === void 0 ? this.data.delegatedFrom : (t2 ? typeof t2 == `string` ? this.data.delegatedFrom = new e2(s(`delegatedFrom`, t2), this.parent) : t2 instanceof e2 ? this.data.delegatedFrom = t2 : this.data.delegatedFrom = new e2(t2, this.parent) : this.data.delegatedFrom = null, this);
  }
  delegatedTo(t2) {
    return t2 === void 0 ? this.data.delegatedTo : t2 ? (typeof t2 == `string` ? this.data.delegatedTo = new e2(s(`delegatedTo`, t2), this.parent) : t2 instanceof e2 ? this.data.delegatedTo = t2 : this.data.delegatedTo = new e2(t2, this.parent), this.data.status = A.DELEGATED, this) : (this.data.delegatedTo = null, this.data.status === A.DELEGATED && (this.data.status = null), this);
  }
  delegatesFrom(t2) {
    let n2 = t2 instanceof e2 ? t2 : this.parent.createAttendee(t2);
    return this.delegatedFrom(n2), n2.delegatedTo(this), n2;
  }
  delegatesTo(t2) {
    let n2 = t2 instanceof e2 ? t2 : this.parent.createAttendee(t2);
    return this.delegatedTo(n2), n2.delegatedFrom(this), n2;
  }
  email(e3) {
    return e3 ? (this.data.email = e3, this) : this.data.email;
  }
  mailto(e3) {
    return e3 === void 0 ? this.data.mailto : (this.data.mailto = e3 || null, this);
  }
  name(e3) {
    return e3 === void 0 ? this.data.name : (this.data.name = e3 || null, this);
  }
  role(e3) {
    return e3 === void 0 ? this.data.role : (this.data.role = o(O, e3), this);
  }
  rsvp(e3) {
    return e3 === void 0 ? this.data.rsvp : e3 === null ? (this.data.rsvp = null, this) : (this.data.rsvp = !!e3, this);
  }
  scheduleAgent(e3) {
    return e3 === void 0 ? this.data.scheduleAgent : e3 ? typeof e3 == `string` && e3.toUpperCase().startsWith(`X-`) ? (this.data.scheduleAgent = e3, this) : (this.data.scheduleAgent = o(k, e3), this) : (this.data.scheduleAgent = null, this);
  }
  sentBy(e3) {
    return e3 ? (this.data.sentBy = e3, this) : this.data.sentBy;
  }
  status(e3) {
    return e3 === void 0 ? this.data.status : e3 ? (this.data.status = o(A, e3), this) : (this.data.status = null, this);
  }
  toJSON() {
    return Object.assign({}, this.data, { delegatedFrom: this.data.delegatedFrom?.email() || null, delegatedTo: this.data.delegatedTo?.email() || null, x: this.x() });
  }
  toString() {
    let e3 = `ATTENDEE`;
    if (!this.data.email) throw Error("No value for `email` in ICalAttendee given!");
    return e3 += `;ROLE=` + this.data.role, this.data.type && (e3 += `;CUTYPE=` + this.data.type), this.data.status && (e3 += `;PARTSTAT=` + this.data.status), this.data.rsvp !== null && (e3 += `;RSVP=` + this.data.rsvp.toString().toUpperCase()), this.data.sentBy !== null && (e3 += `;SENT-BY="mailto:` + this.data.sentBy + `"`), this.data.delegatedTo && (e3 += `;DELEGATED-TO="` + this.data.delegatedTo.email() + `"`), this.data.delegatedFrom && (e3 += `;DELEGATED-FROM="` + this.data.delegatedFrom.email() + `"`), this.data.name && (e3 += `;CN="` + c(this.data.name, true) + `"`), this.data.email && this.data.mailto && (e3 += `;EMAIL=` + c(this.data.email, false)), this.data.scheduleAgent && (e3 += `;SCHEDULE-AGENT=` + this.data.scheduleAgent), this.data.x.length && (e3 += `;` + this.data.x.map(([e4, t2]) => e4.toUpperCase() + `=` + c(t2, false)).join(`;`)), e3 += `:MAILTO:` + c(this.data.mailto || this.data.email, false) + `\r
`, e3;
  }
  type(e3) {
    return e3 === void 0 ? this.data.type : e3 ? (this.data.type = o(j, e3), this) : (this.data.type = null, this);
  }
  x(e3, t2) {
    if (e3 === void 0) return i(this.data);
    if (typeof e3 == `string` && typeof t2 == `string`) i(this.data, e3, t2);
    else if (typeof e3 == `object`) i(this.data, e3);
    else throw Error(`Either key or value is not a string!`);
    return this;
  }
};
var N = (function(e3) {
  return e3.audio = `audio`, e3.display = `display`, e3.email = `email`, e3;
})({});
var P = { end: `END`, start: `START` };
var F = class {
  data;
  event;
  constructor(e3, t2) {
    if (this.data = { attach: null, attendees: [], description: null, interval: null, relatesTo: null, repeat: null, summary: null, trigger: -600, type: N.display, x: [] }, this.event = t2, !t2) throw Error("`event` option required!");
    e3.type !== void 0 && this.type(e3.type), `trigger` in e3 && e3.trigger !== void 0 && this.trigger(e3.trigger), `triggerBefore` in e3 && e3.triggerBefore !== void 0 && this.triggerBefore(e3.triggerBefore), `triggerAfter` in e3 && e3.triggerAfter !== void 0 && this.triggerAfter(e3.triggerAfter), e3.repeat && this.repeat(e3.repeat), e3.attach !== void 0 && this.attach(e3.attach), e3.description !== void 0 && this.description(e3.description), e3.summary !== void 0 && this.summary(e3.summary), e3.attendees !== void 0 && this.attendees(e3.attendees), e3.x !== void 0 && this.x(e3.x);
  }
  attach(e3) {
    if (e3 === void 0) return this.data.attach;
    if (!e3) return this.data.attach = null, this;
    let t2;
    if (typeof e3 == `string`) t2 = { mime: null, uri: e3 };
    else if (typeof e3 == `object`) t2 = { mime: e3.mime || null, uri: e3.uri };
    else throw Error("`attachment` needs to be a valid formed string or an object. See https://sebbo2002.github.io/ical-generator/develop/reference/classes/ICalAlarm.html#attach");
    if (!t2.uri) throw Error("`attach.uri` is empty!");
    return this.data.attach = { mime: t2.mime, uri: t2.uri }, this;
  }
  attendees(e3) {
    return e3 ? (e3.forEach((e4) => this.createAttendee(e4)), this) : this.data.attendees;
  }
  createAttendee(e3) {
    if (e3 instanceof M) return this.data.attendees.push(e3), e3;
    typeof e3 == `string` && (e3 = s(`data`, e3));
    let t2 = new M(e3, this);
    return this.data.attendees.push(t2), t2;
  }
  description(e3) {
    return e3 === void 0 ? this.data.description : e3 ? (this.data.description = e3, this) : (this.data.description = null, this);
  }
  relatesTo(e3) {
    if (e3 === void 0) return this.data.relatesTo;
    if (!e3) return this.data.relatesTo = null, this;
    if (!Object.values(P).includes(e3)) throw Error("`relatesTo` is not correct, must be either `START` or `END`!");
    return this.data.relatesTo = e3, this;
  }
  repeat(e3) {
    if (e3 === void 0) return this.data.repeat;
    if (!e3) return this.data.repeat = null, this;
    if (typeof e3 != `object`) throw Error("`repeat` is not correct, must be an object!");
    if (typeof e3.times != `number` || !isFinite(e3.times)) throw Error("`repeat.times` is not correct, must be numeric!");
    if (typeof e3.interval != `number` || !isFinite(e3.interval)) throw Error("`repeat.interval` is not correct, must be numeric!");
    return this.data.repeat = e3, this;
  }
  summary(e3) {
    return e3 === void 0 ? this.data.summary : e3 ? (this.data.summary = e3, this) : (this.data.summary = null, this);
  }
  toJSON() {
    let e3 = this.trigger();
    return Object.assign({}, this.data, { trigger: typeof e3 == `number` ? e3 : D(e3), x: this.x() });
  }
  toString() {
    let e3 = `BEGIN:VALARM\r
`;
    if (e3 += `ACTION:` + this.data.type.toUpperCase() + `\r
`, typeof this.data.trigger == `number` && this.data.relatesTo === null ? this.data.trigger > 0 ? e3 += `TRIGGER;RELATED=END:` + E(this.data.trigger) + `\r
` : e3 += `TRIGGER:` + E(this.data.trigger) + `\r
` : typeof this.data.trigger == `number` ? e3 += `TRIGGER;RELATED=` + this.data.relatesTo?.toUpperCase() + `:` + E(this.data.trigger) + `\r
` : e3 += `TRIGGER;VALUE=DATE-TIME:` + u(this.event.timezone(), this.data.trigger) + `\r
`, this.data.repeat) {
      if (!this.data.repeat.times) throw Error("No value for `repeat.times` in ICalAlarm given, but required for `interval`!");
      if (!this.data.repeat.interval) throw Error("No value for `repeat.interval` in ICalAlarm given, but required for `repeat`!");
      e3 += `REPEAT:` + this.data.repeat.times + `\r
`, e3 += `DURATION:` + E(this.data.repeat.interval) + `\r
`;
    }
    return this.data.type === `audio` && this.data.attach && this.data.attach.mime ? e3 += `ATTACH;FMTTYPE=` + c(this.data.attach.mime, false) + `:` + c(this.data.attach.uri, false) + `\r
` : this.data.type === `audio` && this.data.attach ? e3 += `ATTACH;VALUE=URI:` + c(this.data.attach.uri, false) + `\r
` : this.data.type === `audio` && (e3 += `ATTACH;VALUE=URI:Basso\r
`), this.data.type !== `audio` && this.data.description ? e3 += `DESCRIPTION:` + c(this.data.description, false) + `\r
` : this.data.type !== `audio` && (e3 += `DESCRIPTION:` + c(this.event.summary(), false) + `\r
`), this.data.type === `email` && this.data.summary ? e3 += `SUMMARY:` + c(this.data.summary, false) + `\r
` : this.data.type === `email` && (e3 += `SUMMARY:` + c(this.event.summary(), false) + `\r
`), this.data.type === `email` && this.data.attendees.forEach((t2) => {
      e3 += t2.toString();
    }), e3 += f(this.data), e3 += `END:VALARM\r
`, e3;
  }
  trigger(e3) {
    if (e3 === void 0 && typeof this.data.trigger == `number`) return -1 * this.data.trigger;
    if (e3 === void 0) return this.data.trigger;
    if (typeof e3 == `number` && isFinite(e3)) this.data.trigger = -1 * e3;
    else if (!e3 || typeof e3 == `number`) throw Error("`trigger` is not correct, must be a finite number or a supported date!");
    else this.data.trigger = a(e3, `trigger`);
    return this;
  }
  triggerAfter(e3) {
    return e3 === void 0 ? this.data.trigger : this.trigger(typeof e3 == `number` ? -1 * e3 : e3);
  }
  triggerBefore(e3) {
    return e3 === void 0 ? this.trigger() : this.trigger(e3);
  }
  type(e3) {
    if (e3 === void 0) return this.data.type;
    if (!e3 || !Object.keys(N).includes(e3)) throw Error("`type` is not correct, must be either `display` or `audio`!");
    return this.data.type = e3, this;
  }
  x(e3, t2) {
    if (e3 === void 0) return i(this.data);
    if (typeof e3 == `string` && typeof t2 == `string`) i(this.data, e3, t2);
    else if (typeof e3 == `object`) i(this.data, e3);
    else throw Error(`Either key or value is not a string!`);
    return this;
  }
};
var I = class {
  data;
  constructor(e3) {
    if (this.data = { name: `` }, !e3.name) throw Error("No value for `name` in ICalCategory given!");
    this.name(e3.name);
  }
  name(e3) {
    return e3 === void 0 ? this.data.name : (this.data.name = e3, this);
  }
  toJSON() {
    return Object.assign({}, this.data);
  }
  toString() {
    return c(this.data.name, false);
  }
};
var L = (function(e3) {
  return e3.BUSY = `BUSY`, e3.FREE = `FREE`, e3.OOF = `OOF`, e3.TENTATIVE = `TENTATIVE`, e3;
})({});
var R = (function(e3) {
  return e3.CONFIDENTIAL = `CONFIDENTIAL`, e3.PRIVATE = `PRIVATE`, e3.PUBLIC = `PUBLIC`, e3;
})({});
var z = (function(e3) {
  return e3.CANCELLED = `CANCELLED`, e3.CONFIRMED = `CONFIRMED`, e3.TENTATIVE = `TENTATIVE`, e3;
})({});
var B = (function(e3) {
  return e3.OPAQUE = `OPAQUE`, e3.TRANSPARENT = `TRANSPARENT`, e3;
})({});
var V = class {
  calendar;
  data;
  constructor(e3, t2) {
    if (this.data = { alarms: [], allDay: false, attachments: [], attendees: [], busystatus: null, categories: [], class: null, created: null, description: null, end: null, floating: false, id: crypto.randomUUID(), lastModified: null, location: null, organizer: null, priority: null, recurrenceId: null, repeating: null, sequence: 0, stamp: /* @__PURE__ */ new Date(), start: /* @__PURE__ */ new Date(), status: null, summary: ``, timezone: null, transparency: null, travelTime: null, url: null, x: [] }, this.calendar = t2, !t2) throw Error("`calendar` option required!");
    e3.id && this.id(e3.id), e3.sequence !== void 0 && this.sequence(e3.sequence), e3.start && this.start(e3.start), e3.end !== void 0 && this.end(e3.end), e3.recurrenceId !== void 0 && this.recurrenceId(e3.recurrenceId), e3.timezone !== void 0 && this.timezone(e3.timezone), e3.stamp !== void 0 && this.stamp(e3.stamp), e3.allDay !== void 0 && this.allDay(e3.allDay), e3.floating !== void 0 && this.floating(e3.floating), e3.repeating !== void 0 && this.repeating(e3.repeating), e3.summary !== void 0 && this.summary(e3.summary), e3.location !== void 0 && this.location(e3.location), e3.description !== void 0 && this.description(e3.description), e3.organizer !== void 0 && this.organizer(e3.organizer), e3.attendees !== void 0 && this.attendees(e3.attendees), e3.alarms !== void 0 && this.alarms(e3.alarms), e3.categories !== void 0 && this.categories(e3.categories), e3.status !== void 0 && this.status(e3.status), e3.busystatus !== void 0 && this.busystatus(e3.busystatus), e3.priority !== void 0 && this.priority(e3.priority), e3.url !== void 0 && this.url(e3.url), e3.attachments !== void 0 && this.attachments(e3.attachments), e3.transparency !== void 0 && this.transparency(e3.transparency), e3.travelTime !== void 0 && this.travelTime(e3.travelTime), e3.created !== void 0 && this.created(e3.created), e3.lastModified !== void 0 && this.lastModified(e3.lastModified), e3.class !== void 0 && this.class(e3.class), e3.x !== void 0 && this.x(e3.x);
  }
  alarms(e3) {
    return e3 ? (e3.forEach((e4) => this.createAlarm(e4)), this) : this.data.alarms;
  }
  allDay(e3) {
    return e3 === void 0 ? this.data.allDay : (this.data.allDay = !!e3, this);
  }
  attachments(e3) {
    return e3 ? (e3.forEach((e4) => this.createAttachment(e4)), this) : this.data.attachments;
  }
  attendees(e3) {
    return e3 ? (e3.forEach((e4) => this.createAttendee(e4)), this) : this.data.attendees;
  }
  busystatus(e3) {
    return e3 === void 0 ? this.data.busystatus : e3 === null ? (this.data.busystatus = null, this) : (this.data.busystatus = o(L, e3), this);
  }
  categories(e3) {
    return e3 ? (e3.forEach((e4) => this.createCategory(e4)), this) : this.data.categories;
  }
  class(e3) {
    return e3 === void 0 ? this.data.class : e3 === null ? (this.data.class = null, this) : (this.data.class = o(R, e3), this);
  }
  createAlarm(e3) {
    let t2 = e3 instanceof F ? e3 : new F(e3, this);
    return this.data.alarms.push(t2), t2;
  }
  createAttachment(e3) {
    return this.data.attachments.push(e3), this;
  }
  createAttendee(e3) {
    if (e3 instanceof M) return this.data.attendees.push(e3), e3;
    typeof e3 == `string` && (e3 = s(`data`, e3));
    let t2 = new M(e3, this);
    return this.data.attendees.push(t2), t2;
  }
  createCategory(e3) {
    let t2 = e3 instanceof I ? e3 : new I(e3);
    return this.data.categories.push(t2), t2;
  }
  created(e3) {
    return e3 === void 0 ? this.data.created : e3 === null ? (this.data.created = null, this) : (this.data.created = a(e3, `created`), this);
  }
  description(e3) {
    return e3 === void 0 ? this.data.description : e3 === null ? (this.data.description = null, this) : (typeof e3 == `string` ? this.data.description = { plain: e3 } : this.data.description = e3, this);
  }
  end(e3) {
    return e3 === void 0 ? (this.swapStartAndEndIfRequired(), this.data.end) : e3 === null ? (this.data.end = null, this) : (this.data.end = a(e3, `end`), this);
  }
  floating(e3) {
    return e3 === void 0 ? this.data.floating : (this.data.floating = !!e3, this.data.floating && (this.data.timezone = null), this);
  }
  id(e3) {
    return e3 === void 0 ? this.data.id : (this.data.id = String(e3), this);
  }
  lastModified(e3) {
    return e3 === void 0 ? this.data.lastModified : e3 === null ? (this.data.lastModified = null, this) : (this.data.lastModified = a(e3, `lastModified`), this);
  }
  location(e3) {
    if (e3 === void 0) return this.data.location;
    if (typeof e3 == `string`) return this.data.location = { title: e3 }, this;
    if (e3 && (`title` in e3 && !e3.title || e3?.geo && (typeof e3.geo.lat != `number` || !isFinite(e3.geo.lat) || typeof e3.geo.lon != `number` || !isFinite(e3.geo.lon)) || !(`title` in e3) && !e3?.geo)) throw Error("`location` isn't formatted correctly. See https://sebbo2002.github.io/ical-generator/develop/reference/classes/ICalEvent.html#location");
    return this.data.location = e3 || null, this;
  }
  organizer(e3) {
    return e3 === void 0 ? this.data.organizer : e3 === null ? (this.data.organizer = null, this) : (this.data.organizer = s(`organizer`, e3), this);
  }
  priority(e3) {
    if (e3 === void 0) return this.data.priority;
    if (e3 === null) return this.data.priority = null, this;
    if (e3 < 0 || e3 > 9) throw Error("`priority` is invalid, musst be 0 \u2264 priority \u2264 9.");
    return this.data.priority = Math.round(e3), this;
  }
  recurrenceId(e3) {
    return e3 === void 0 ? this.data.recurrenceId : e3 === null ? (this.data.recurrenceId = null, this) : (this.data.recurrenceId = a(e3, `recurrenceId`), this);
  }
  repeating(t2) {
    if (t2 === void 0) return this.data.repeating;
    if (!t2) return this.data.repeating = null, this;
    if (v(t2) || typeof t2 == `string`) return this.data.repeating = t2, this;
    if (this.data.repeating = { freq: o(e, t2.freq) }, t2.count) {
      if (!isFinite(t2.count)) throw Error("`repeating.count` must be a finite number!");
      this.data.repeating.count = t2.count;
    }
    if (t2.interval) {
      if (!isFinite(t2.interval)) throw Error("`repeating.interval` must be a finite number!");
      this.data.repeating.interval = t2.interval;
    }
    if (t2.until !== void 0 && (this.data.repeating.until = a(t2.until, `repeating.until`)), t2.byDay) {
      let e3 = Array.isArray(t2.byDay) ? t2.byDay : [t2.byDay];
      this.data.repeating.byDay = e3.map((e4) => o(r, e4));
    }
    if (t2.byMonth) {
      let e3 = Array.isArray(t2.byMonth) ? t2.byMonth : [t2.byMonth];
      this.data.repeating.byMonth = e3.map((e4) => {
        if (typeof e4 != `number` || e4 < 1 || e4 > 12) throw Error("`repeating.byMonth` contains invalid value `" + e4 + "`!");
        return e4;
      });
    }
    if (t2.byMonthDay) {
      let e3 = Array.isArray(t2.byMonthDay) ? t2.byMonthDay : [t2.byMonthDay];
      this.data.repeating.byMonthDay = e3.map((e4) => {
        if (typeof e4 != `number` || e4 < -31 || e4 > 31 || e4 === 0) throw Error("`repeating.byMonthDay` contains invalid value `" + e4 + "`!");
        return e4;
      });
    }
    if (t2.bySetPos) {
      if (!this.data.repeating.byDay) throw "`repeating.bySetPos` must be used along with `repeating.byDay`!";
      let e3 = Array.isArray(t2.bySetPos) ? t2.bySetPos : [t2.bySetPos];
      this.data.repeating.bySetPos = e3.map((e4) => {
        if (typeof e4 != `number` || e4 < -366 || e4 > 366 || e4 === 0) throw "`repeating.bySetPos` contains invalid value `" + e4 + "`!";
        return e4;
      });
    }
    if (t2.exclude) {
      let e3 = Array.isArray(t2.exclude) ? t2.exclude : [t2.exclude];
      this.data.repeating.exclude = e3.map((e4, t3) => a(e4, `repeating.exclude[${t3}]`));
    }
    return t2.startOfWeek && (this.data.repeating.startOfWeek = o(r, t2.startOfWeek)), this;
  }
  sequence(e3) {
    if (e3 === void 0) return this.data.sequence;
    if (isNaN(parseInt(String(e3), 10))) throw Error("`sequence` must be a number!");
    return this.data.sequence = e3, this;
  }
  stamp(e3) {
    return e3 === void 0 ? this.data.stamp : (this.data.stamp = a(e3, `stamp`), this);
  }
  start(e3) {
    return e3 === void 0 ? (this.swapStartAndEndIfRequired(), this.data.start) : (this.data.start = a(e3, `start`), this);
  }
  status(e3) {
    return e3 === void 0 ? this.data.status : e3 === null ? (this.data.status = null, this) : (this.data.status = o(z, e3), this);
  }
  summary(e3) {
    return e3 === void 0 ? this.data.summary : (this.data.summary = e3 ? String(e3) : ``, this);
  }
  timestamp(e3) {
    return e3 === void 0 ? this.stamp() : this.stamp(e3);
  }
  timezone(e3) {
    return e3 === void 0 && this.data.timezone !== null ? this.data.timezone : e3 === void 0 ? this.calendar.timezone() : (this.data.timezone = e3 && e3 !== `UTC` ? e3.toString() : null, this.data.timezone && (this.data.floating = false), this);
  }
  toJSON() {
    let e3 = null;
    return v(this.data.repeating) || typeof this.data.repeating == `string` ? e3 = this.data.repeating.toString() : this.data.repeating && (e3 = Object.assign({}, this.data.repeating, { exclude: this.data.repeating.exclude?.map((e4) => D(e4)), until: D(this.data.repeating.until) || void 0 })), this.swapStartAndEndIfRequired(), Object.assign({}, this.data, { created: D(this.data.created) || null, end: D(this.data.end) || null, lastModified: D(this.data.lastModified) || null, recurrenceId: D(this.data.recurrenceId) || null, repeating: e3, stamp: D(this.data.stamp) || null, start: D(this.data.start) || null, x: this.x() });
  }
  toString() {
    let e3 = ``;
    if (e3 += `BEGIN:VEVENT\r
`, e3 += `UID:` + this.data.id + `\r
`, e3 += `SEQUENCE:` + this.data.sequence + `\r
`, this.swapStartAndEndIfRequired(), e3 += `DTSTAMP:` + u(this.calendar.timezone(), this.data.stamp) + `\r
`, this.data.allDay ? (e3 += `DTSTART;VALUE=DATE:` + u(this.timezone(), this.data.start, true) + `\r
`, this.data.end && (e3 += `DTEND;VALUE=DATE:` + u(this.timezone(), this.data.end, true) + `\r
`), e3 += `X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r
`, e3 += `X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r
`) : (e3 += d(this.timezone(), `DTSTART`, this.data.start, this.data) + `\r
`, this.data.end && (e3 += d(this.timezone(), `DTEND`, this.data.end, this.data) + `\r
`)), v(this.data.repeating) || typeof this.data.repeating == `string`) {
      let t2 = this.data.repeating.toString().replace(/\r\n/g, `
`).split(`
`).filter((e4) => e4 && !e4.startsWith(`DTSTART:`)).join(`\r
`);
      !t2.includes(`\r
`) && !t2.startsWith(`RRULE:`) && (t2 = `RRULE:` + t2), e3 += t2.trim() + `\r
`;
    } else this.data.repeating && (e3 += `RRULE:FREQ=` + this.data.repeating.freq, this.data.repeating.count && (e3 += `;COUNT=` + this.data.repeating.count), this.data.repeating.interval && (e3 += `;INTERVAL=` + this.data.repeating.interval), this.data.repeating.until && (e3 += `;UNTIL=` + u(this.calendar.timezone(), this.data.repeating.until, false, this.floating())), this.data.repeating.byDay && (e3 += `;BYDAY=` + this.data.repeating.byDay.join(`,`)), this.data.repeating.byMonth && (e3 += `;BYMONTH=` + this.data.repeating.byMonth.join(`,`)), this.data.repeating.byMonthDay && (e3 += `;BYMONTHDAY=` + this.data.repeating.byMonthDay.join(`,`)), this.data.repeating.bySetPos && (e3 += `;BYSETPOS=` + this.data.repeating.bySetPos.join(`,`)), this.data.repeating.startOfWeek && (e3 += `;WKST=` + this.data.repeating.startOfWeek), e3 += `\r
`, this.data.repeating.exclude && (this.data.allDay ? e3 += `EXDATE;VALUE=DATE:` + this.data.repeating.exclude.map((e4) => u(this.calendar.timezone(), e4, true)).join(`,`) + `\r
` : (e3 += `EXDATE`, this.timezone() ? e3 += `;TZID=` + this.timezone() + `:` + this.data.repeating.exclude.map((e4) => u(this.timezone(), e4, false, true)).join(`,`) + `\r
` : e3 += `:` + this.data.repeating.exclude.map((e4) => u(this.timezone(), e4, false, this.floating())).join(`,`) + `\r
`)));
    if (this.data.recurrenceId && (e3 += d(this.timezone(), `RECURRENCE-ID`, this.data.recurrenceId, this.data) + `\r
`), e3 += `SUMMARY:` + c(this.data.summary, false) + `\r
`, this.data.transparency && (e3 += `TRANSP:` + c(this.data.transparency, false) + `\r
`), this.data.location && `title` in this.data.location && this.data.location.title && (e3 += `LOCATION:` + c(this.data.location.title + (this.data.location.address ? `
` + this.data.location.address : ``), false) + `\r
`, this.data.location.radius && this.data.location.geo && (e3 += `X-APPLE-STRUCTURED-LOCATION;VALUE=URI;` + (this.data.location.address ? `X-ADDRESS=` + c(this.data.location.address, false) + `;` : ``) + `X-APPLE-RADIUS=` + c(this.data.location.radius, false) + `;X-TITLE=` + c(this.data.location.title, false) + `:geo:` + c(this.data.location.geo?.lat, false) + `,` + c(this.data.location.geo?.lon, false) + `\r
`)), this.data.location?.geo?.lat && this.data.location.geo.lon && (e3 += `GEO:` + c(this.data.location.geo.lat, false) + `;` + c(this.data.location.geo.lon, false) + `\r
`), this.data.travelTime && (e3 += `X-APPLE-TRAVEL-DURATION;VALUE=DURATION:` + E(this.data.travelTime.seconds) + `\r
`, this.data.location && (this.data.travelTime.suggestionBehavior && (e3 += `X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:` + this.data.travelTime.suggestionBehavior + `\r
`), this.data.travelTime.startFrom))) {
      e3 += `X-APPLE-TRAVEL-START;`;
      let t2 = [];
      t2.push(`ROUTING=` + this.data.travelTime.startFrom.transportation), t2.push(`VALUE=URI`), `address` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.address && t2.push(`X-ADDRESS=` + c(this.data.travelTime.startFrom.location.address, false)), `radius` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.radius && t2.push(`X-APPLE-RADIUS=` + c(this.data.travelTime.startFrom.location.radius, false)), `title` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.title && t2.push(`X-TITLE=` + c(this.data.travelTime.startFrom.location.title, false)), e3 += t2.join(`;`), `geo` in this.data.travelTime.startFrom.location && this.data.travelTime.startFrom.location.geo && (e3 += `:geo:` + c(this.data.travelTime.startFrom.location.geo?.lat, false) + `,` + c(this.data.travelTime.startFrom.location.geo?.lon, false)), e3 += `\r
`;
    }
    return this.data.description && (e3 += `DESCRIPTION:` + c(this.data.description.plain, false) + `\r
`, this.data.description.html && (e3 += `X-ALT-DESC;FMTTYPE=text/html:` + c(this.data.description.html, false) + `\r
`)), this.data.organizer && (e3 += `ORGANIZER;CN="` + c(this.data.organizer.name, true) + `"`, this.data.organizer.sentBy && (e3 += `;SENT-BY="mailto:` + c(this.data.organizer.sentBy, true) + `"`), this.data.organizer.email && this.data.organizer.mailto && (e3 += `;EMAIL=` + c(this.data.organizer.email, false)), e3 += `:`, this.data.organizer.email && (e3 += `mailto:` + c(this.data.organizer.mailto || this.data.organizer.email, false)), e3 += `\r
`), this.data.attendees.forEach(function(t2) {
      e3 += t2.toString();
    }), this.data.alarms.forEach(function(t2) {
      e3 += t2.toString();
    }), this.data.categories.length > 0 && (e3 += `CATEGORIES:` + this.data.categories.map((e4) => e4.toString()).join() + `\r
`), this.data.url && (e3 += `URL;VALUE=URI:` + c(this.data.url, false) + `\r
`), this.data.attachments.length > 0 && this.data.attachments.forEach((t2) => {
      e3 += `ATTACH:` + c(t2, false) + `\r
`;
    }), this.data.status && (e3 += `STATUS:` + this.data.status.toUpperCase() + `\r
`), this.data.busystatus && (e3 += `X-MICROSOFT-CDO-BUSYSTATUS:` + this.data.busystatus.toUpperCase() + `\r
`), this.data.priority !== null && (e3 += `PRIORITY:` + this.data.priority + `\r
`), e3 += f(this.data), this.data.created && (e3 += `CREATED:` + u(this.calendar.timezone(), this.data.created) + `\r
`), this.data.lastModified && (e3 += `LAST-MODIFIED:` + u(this.calendar.timezone(), this.data.lastModified) + `\r
`), this.data.class && (e3 += `CLASS:` + this.data.class.toUpperCase() + `\r
`), e3 += `END:VEVENT\r
`, e3;
  }
  transparency(e3) {
    return e3 === void 0 ? this.data.transparency : e3 ? (this.data.transparency = o(B, e3), this) : (this.data.transparency = null, this);
  }
  travelTime(e3) {
    if (e3 === void 0) return this.data.travelTime;
    if (typeof e3 == `number` && e3 <= 0) throw Error("`travelTime` has to be more than 0!");
    if (e3 && typeof e3 == `object` && `seconds` in e3 && e3.seconds <= 0) throw Error("`travelTime.seconds` has to be more than 0!");
    return typeof e3 == `number` ? (this.data.travelTime = { seconds: e3 }, this) : (this.data.travelTime = e3, this);
  }
  uid(e3) {
    return e3 === void 0 ? this.id() : this.id(e3);
  }
  url(e3) {
    return e3 === void 0 ? this.data.url : (this.data.url = e3 ? String(e3) : null, this);
  }
  x(e3, t2) {
    return e3 === void 0 ? i(this.data) : (typeof e3 == `string` && typeof t2 == `string` && i(this.data, e3, t2), typeof e3 == `object` && i(this.data, e3), this);
  }
  swapStartAndEndIfRequired() {
    if (this.data.start && this.data.end && T(this.data.start).getTime() > T(this.data.end).getTime()) {
      let e3 = this.data.start;
      this.data.start = this.data.end, this.data.end = e3;
    }
  }
};
var H = (function(e3) {
  return e3.ADD = `ADD`, e3.CANCEL = `CANCEL`, e3.COUNTER = `COUNTER`, e3.DECLINECOUNTER = `DECLINECOUNTER`, e3.PUBLISH = `PUBLISH`, e3.REFRESH = `REFRESH`, e3.REPLY = `REPLY`, e3.REQUEST = `REQUEST`, e3;
})({});
var U = class {
  data;
  constructor(e3 = {}) {
    this.data = { color: null, description: null, events: [], method: null, name: null, prodId: `//sebbo.net//ical-generator//EN`, scale: null, source: null, timezone: null, ttl: null, url: null, x: [] }, e3.prodId !== void 0 && this.prodId(e3.prodId), e3.method !== void 0 && this.method(e3.method), e3.name !== void 0 && this.name(e3.name), e3.description !== void 0 && this.description(e3.description), e3.timezone !== void 0 && this.timezone(e3.timezone), e3.source !== void 0 && this.source(e3.source), e3.url !== void 0 && this.url(e3.url), e3.scale !== void 0 && this.scale(e3.scale), e3.ttl !== void 0 && this.ttl(e3.ttl), e3.color !== void 0 && this.color(e3.color), e3.events !== void 0 && this.events(e3.events), e3.x !== void 0 && this.x(e3.x);
  }
  clear() {
    return this.data.events = [], this;
  }
  color(e3) {
    if (e3 === void 0) return this.data.color;
    if (typeof e3 == `string` && !/^#[A-F0-9]{6}$/gi.test(e3)) throw Error("`color` is malformed!");
    return this.data.color = e3 ? String(e3).toUpperCase() : null, this;
  }
  createEvent(e3) {
    let t2 = e3 instanceof V ? e3 : new V(e3, this);
    return this.data.events.push(t2), t2;
  }
  description(e3) {
    return e3 === void 0 ? this.data.description : (this.data.description = e3 ? String(e3) : null, this);
  }
  events(e3) {
    return e3 ? (e3.forEach((e4) => this.createEvent(e4)), this) : this.data.events;
  }
  length() {
    return this.data.events.length;
  }
  method(e3) {
    return e3 === void 0 ? this.data.method : e3 ? (this.data.method = o(H, e3), this) : (this.data.method = null, this);
  }
  name(e3) {
    return e3 === void 0 ? this.data.name : (this.data.name = e3 ? String(e3) : null, this);
  }
  prodId(e3) {
    if (!e3) return this.data.prodId;
    if (typeof e3 == `string`) return this.data.prodId = e3, this;
    if (typeof e3 != `object`) throw Error("`prodid` needs to be a string or an object!");
    if (!e3.company) throw Error("`prodid.company` is a mandatory item!");
    if (!e3.product) throw Error("`prodid.product` is a mandatory item!");
    let t2 = (e3.language || `EN`).toUpperCase();
    return this.data.prodId = `//` + e3.company + `//` + e3.product + `//` + t2, this;
  }
  scale(e3) {
    return e3 === void 0 ? this.data.scale : (e3 === null ? this.data.scale = null : this.data.scale = e3.toUpperCase(), this);
  }
  source(e3) {
    return e3 === void 0 ? this.data.source : (this.data.source = e3 || null, this);
  }
  timezone(e3) {
    return e3 === void 0 ? this.data.timezone?.name || null : (e3 === `UTC` ? this.data.timezone = null : typeof e3 == `string` ? this.data.timezone = { name: e3 } : e3 === null ? this.data.timezone = null : this.data.timezone = e3, this);
  }
  toJSON() {
    return Object.assign({}, this.data, { events: this.data.events.map((e3) => e3.toJSON()), timezone: this.timezone(), x: this.x() });
  }
  toString() {
    let e3 = ``;
    return e3 = `BEGIN:VCALENDAR\r
VERSION:2.0\r
`, e3 += `PRODID:-` + this.data.prodId + `\r
`, this.data.url && (e3 += `URL:` + this.data.url + `\r
`), this.data.source && (e3 += `SOURCE;VALUE=URI:` + this.data.source + `\r
`), this.data.scale && (e3 += `CALSCALE:` + this.data.scale + `\r
`), this.data.method && (e3 += `METHOD:` + this.data.method + `\r
`), this.data.name && (e3 += `NAME:` + this.data.name + `\r
`, e3 += `X-WR-CALNAME:` + this.data.name + `\r
`), this.data.description && (e3 += `X-WR-CALDESC:` + this.data.description + `\r
`), this.data.timezone?.generator && [.../* @__PURE__ */ new Set([this.timezone(), ...this.data.events.map((e4) => e4.timezone())])].filter((e4) => e4 !== null && !e4.startsWith(`/`)).forEach((t2) => {
      if (!this.data.timezone?.generator) return;
      let n2 = this.data.timezone.generator(t2);
      n2 && (e3 += n2.replace(/\r\n/g, `
`).replace(/\n/g, `\r
`).trim() + `\r
`);
    }), this.data.timezone?.name && (e3 += `TIMEZONE-ID:` + this.data.timezone.name + `\r
`, e3 += `X-WR-TIMEZONE:` + this.data.timezone.name + `\r
`), this.data.ttl && (e3 += `REFRESH-INTERVAL;VALUE=DURATION:` + E(this.data.ttl) + `\r
`, e3 += `X-PUBLISHED-TTL:` + E(this.data.ttl) + `\r
`), this.data.color && (e3 += `X-APPLE-CALENDAR-COLOR:` + this.data.color + `\r
`), this.data.events.forEach((t2) => e3 += t2.toString()), e3 += f(this.data), e3 += `END:VCALENDAR`, l(e3);
  }
  ttl(e3) {
    return e3 === void 0 ? this.data.ttl : (g(e3) ? this.data.ttl = e3.asSeconds() : e3 && e3 > 0 ? this.data.ttl = e3 : this.data.ttl = null, this);
  }
  url(e3) {
    return e3 === void 0 ? this.data.url : (this.data.url = e3 || null, this);
  }
  x(e3, t2) {
    if (e3 === void 0) return i(this.data);
    if (typeof e3 == `string` && typeof t2 == `string`) i(this.data, e3, t2);
    else if (typeof e3 == `object`) i(this.data, e3);
    else throw Error(`Either key or value is not a string!`);
    return this;
  }
};
function W(e3) {
  return new U(e3);
}

// src/features/meetups/model.ts
import { randomBytes as randomBytes9 } from "node:crypto";
var GROUP_LOCALE = SOURCE_LOCALE;
var MAX_OPTIONS = 4;
var DEFAULT_REMINDER_HOURS = [24, 2];
var REMINDER_PRESETS = { both: [24, 2], h24: [24], h2: [2], off: [] };
var MEETUP_DURATION_MS = 2 * 36e5;
function newMeetupId() {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
  return [...randomBytes9(8)].map((byte) => alphabet[byte % alphabet.length]).join("");
}
function meetupGroup(store, meetup) {
  return store.get("groups", meetup.groupId);
}
function groupMembers(store, group) {
  return group.memberIds.flatMap((id3) => store.get("members", id3) ?? []).filter((member) => member.groupIds.includes(group.id));
}
function groupChat(store, group) {
  const chat2 = groupChatAddress(store, group);
  return chat2 && { channel: chat2.channel, chatId: chat2.chatId };
}
function inGroupChat(member, chat2) {
  if (!chat2 || member.role === "newcomer") return false;
  return member.identities.some((identity) => identity.startsWith(`${chat2.channel}:`));
}
function personalRecipients(store, group, purpose) {
  const chat2 = groupChat(store, group);
  return groupMembers(store, group).flatMap((member) => {
    const covered = inGroupChat(member, chat2) && (purpose === "poll" || member.locale === GROUP_LOCALE);
    const to = memberAddress(member);
    return covered || !to ? [] : [{ member, to }];
  });
}
function reminderHours(store, groupId) {
  return store.get("meetupSettings", groupId)?.reminderHours ?? DEFAULT_REMINDER_HOURS;
}
function publicName(member) {
  return member.role === "newcomer" ? member.name.trim().split(/\s+/)[0] ?? member.name : member.name;
}
function titleOf(services, meetup, locale) {
  return meetup.activity === "other" && meetup.title ? meetup.title : services.translator.t(locale, `meetups.activity.${meetup.activity}`);
}
function placeOf(services, meetup, locale) {
  return meetup.place.kind === "online" ? services.translator.t(locale, "meetups.online_at", { link: meetup.place.link }) : meetup.place.text;
}
function when(meetup, at, locale) {
  return formatWhen(at, { locale, timeZone: meetup.timeZone });
}
function shortWhen(meetup, at, locale) {
  return formatShortWhen(at, { locale, timeZone: meetup.timeZone });
}
function canManage(member, meetup, group) {
  if (!member) return false;
  if (member.id === meetup.proposerId) return true;
  return member.role === "coordinator" && group !== void 0 && canSeeGroup(member, group);
}
function mayTakePart(member, group) {
  return member !== void 0 && group !== void 0 && canSeeGroup(member, group);
}
function upcomingMeetups(store, groupIds, now) {
  const wanted = new Set(groupIds);
  return store.values("meetups").filter((m2) => wanted.has(m2.groupId) && (m2.status === "polling" || m2.status === "confirmed" && (m2.at ?? 0) + MEETUP_DURATION_MS > now)).sort((a2, b2) => (a2.at ?? Math.min(...a2.options)) - (b2.at ?? Math.min(...b2.options)));
}

// src/features/meetups/ics.ts
var ICS_ALARM_MINUTES = 60;
function meetupIcs(meetup, texts3, options) {
  const at = meetup.at ?? meetup.options[0] ?? options.now;
  const calendar2 = W({ prodId: { company: "welkom", product: "meetups", language: "NL" }, method: options.cancelled ? H.CANCEL : H.PUBLISH });
  const event = calendar2.createEvent({
    id: `${meetup.id}@welkom`,
    sequence: meetup.sequence,
    stamp: new Date(options.now),
    start: new Date(at),
    end: new Date(at + MEETUP_DURATION_MS),
    summary: texts3.summary,
    location: texts3.location,
    description: texts3.description,
    status: options.cancelled ? z.CANCELLED : z.CONFIRMED,
    ...meetup.place.kind === "online" ? { url: meetup.place.link } : {}
  });
  if (!options.cancelled) event.createAlarm({ type: N.display, trigger: ICS_ALARM_MINUTES * 60, description: texts3.alarm });
  return calendar2.toString();
}
function icsAttachment(meetup, texts3, options) {
  return {
    kind: "document",
    filename: `welkom-${meetup.id}.ics`,
    mimeType: "text/calendar",
    data: Buffer.from(meetupIcs(meetup, texts3, options), "utf8").toString("base64")
  };
}

// src/features/meetups/messages.ts
var ids = {
  vote: (m2, option) => `mt:v:${m2.id}:${option}`,
  decide: (m2) => `mt:d:${m2.id}`,
  rsvp: (m2, answer2) => `mt:r:${m2.id}:${answer2}`,
  held: (m2, answer2) => `mt:h:${m2.id}:${answer2}`
};
var RSVP_CODES = { y: "yes", m: "maybe", n: "no" };
function nameOf(services, memberId) {
  const member = services.store.get("members", memberId);
  return member ? publicName(member) : "?";
}
function names(services, memberIds, locale) {
  return memberIds.length === 0 ? services.translator.t(locale, "meetups.nobody") : memberIds.map((id3) => nameOf(services, id3)).join(", ");
}
function basics(services, meetup, locale) {
  return { title: titleOf(services, meetup, locale), place: placeOf(services, meetup, locale) };
}
function tally(meetup) {
  const perOption = meetup.options.map(() => []);
  const none = [];
  for (const [memberId, option] of Object.entries(meetup.votes)) {
    if (option === -1) none.push(memberId);
    else perOption[option]?.push(memberId);
  }
  return { perOption, none };
}
function groupPollMessage(services, meetup) {
  const { translator } = services;
  const t2 = (key, vars = {}) => translator.t(GROUP_LOCALE, key, vars);
  const { perOption, none } = tally(meetup);
  const lines = [pollHeader(services, meetup, GROUP_LOCALE), ""];
  meetup.options.forEach((at, index) => {
    const voters = perOption[index] ?? [];
    lines.push(t2("meetups.poll.option_line", { number: index + 1, when: when(meetup, at, GROUP_LOCALE), votes: t2("meetups.poll.votes", { count: voters.length }) }));
    if (voters.length > 0) lines.push(`   ${names(services, voters, GROUP_LOCALE)}`);
  });
  if (none.length > 0) lines.push(t2("meetups.poll.none_line", { names: names(services, none, GROUP_LOCALE) }));
  const footer = pollFooter(services, meetup, GROUP_LOCALE);
  if (footer) lines.push("", footer);
  if (meetup.status !== "polling") return { text: lines.join("\n"), kind: "meetup_poll" };
  const choices = meetup.options.map((at, index) => ({ id: ids.vote(meetup, index), label: `${shortWhen(meetup, at, GROUP_LOCALE)} (${perOption[index]?.length ?? 0})` }));
  choices.push({ id: ids.vote(meetup, "x"), label: `${t2("meetups.poll.choice_none")} (${none.length})` });
  choices.push({ id: ids.decide(meetup), label: t2("meetups.poll.choice_decide") });
  return { text: lines.join("\n"), choices, kind: "meetup_poll" };
}
function personalPollMessage(services, meetup, locale, withDecide) {
  const t2 = (key, vars = {}) => services.translator.t(locale, key, vars);
  const lines = [pollHeader(services, meetup, locale)];
  const footer = pollFooter(services, meetup, locale);
  if (footer) lines.push("", footer);
  const choices = meetup.options.map((at, index) => ({ id: ids.vote(meetup, index), label: shortWhen(meetup, at, locale) }));
  choices.push({ id: ids.vote(meetup, "x"), label: t2("meetups.poll.choice_none") });
  if (withDecide) choices.push({ id: ids.decide(meetup), label: t2("meetups.poll.choice_decide") });
  return { text: lines.join("\n"), choices, kind: "meetup_poll" };
}
function pollHeader(services, meetup, locale) {
  const proposer = services.store.get("members", meetup.proposerId);
  return services.translator.t(locale, "meetups.poll.header", { name: proposer ? publicName(proposer) : "?", ...basics(services, meetup, locale) });
}
function pollFooter(services, meetup, locale) {
  const t2 = (key, vars = {}) => services.translator.t(locale, key, vars);
  if (meetup.status === "cancelled") return t2("meetups.poll.cancelled_note");
  if (meetup.status === "confirmed" && meetup.at !== void 0) return t2("meetups.poll.decided_note", { when: when(meetup, meetup.at, locale) });
  return meetup.deadline ? t2("meetups.poll.deadline", { when: when(meetup, meetup.deadline, locale) }) : void 0;
}
function rsvpSummary(services, meetup, locale) {
  const by = (answer2) => Object.entries(meetup.rsvp).filter(([, value]) => value === answer2).map(([id3]) => id3);
  return services.translator.t(locale, "meetups.rsvp.summary", { yes: names(services, by("yes"), locale), maybe: names(services, by("maybe"), locale), no: names(services, by("no"), locale) });
}
function rsvpChoices(services, meetup, locale) {
  const t2 = (key) => services.translator.t(locale, key);
  return [
    { id: ids.rsvp(meetup, "y"), label: t2("meetups.rsvp.choices.yes") },
    { id: ids.rsvp(meetup, "m"), label: t2("meetups.rsvp.choices.maybe") },
    { id: ids.rsvp(meetup, "n"), label: t2("meetups.rsvp.choices.no") }
  ];
}
function calendarFile(services, meetup, locale, now, cancelled = false) {
  const { title, place } = basics(services, meetup, locale);
  const group = meetupGroup(services.store, meetup);
  return icsAttachment(
    meetup,
    {
      summary: title,
      location: place,
      description: services.translator.t(locale, "meetups.ics.description", { group: group?.name ?? "" }),
      alarm: title
    },
    { now, cancelled }
  );
}
function confirmationMessage(services, meetup, locale, event, options) {
  const t2 = (key, vars = {}) => services.translator.t(locale, key, vars);
  const at = meetup.at;
  const lines = [t2(`meetups.${event}`, { ...basics(services, meetup, locale), when: when(meetup, at, locale) })];
  if (meetup.repeat) lines.push(t2("meetups.repeats", { repeat: t2(`meetups.repeat.choices.${meetup.repeat}`) }));
  if (options.forGroup) lines.push("", rsvpSummary(services, meetup, locale));
  lines.push("", t2("meetups.rsvp.question"));
  return {
    text: lines.join("\n"),
    choices: rsvpChoices(services, meetup, locale),
    kind: "meetup_poll",
    ...options.withFile ? { attachment: calendarFile(services, meetup, locale, options.now) } : {}
  };
}
function notice(text2, kind = "meetup_reminder") {
  return { text: text2, kind };
}

// src/features/meetups/series.ts
var import_rrule = __toESM(require_rrule(), 1);
var { RRule } = import_rrule.default;
var WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
function floating(at, timeZone) {
  const dt = inZone(at, timeZone);
  return new Date(Date.UTC(dt.year, dt.month - 1, dt.day, dt.hour, dt.minute));
}
function seriesRule(repeat, start, timeZone) {
  const dtstart = floating(start, timeZone);
  if (repeat === "monthly") {
    const weekday = WEEKDAYS[(dtstart.getUTCDay() + 6) % 7];
    const nth = Math.ceil(dtstart.getUTCDate() / 7);
    return new RRule({ freq: RRule.MONTHLY, byweekday: [weekday.nth(nth > 4 ? -1 : nth)], dtstart });
  }
  return new RRule({ freq: RRule.WEEKLY, interval: repeat === "biweekly" ? 2 : 1, dtstart });
}
function nextInSeries(meetup) {
  if (!meetup.repeat || meetup.at === void 0) return void 0;
  const rule = seriesRule(meetup.repeat, meetup.seriesStart ?? meetup.at, meetup.timeZone);
  const next = rule.after(floating(meetup.at, meetup.timeZone), false);
  if (!next) return void 0;
  return wallClockInstant({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() }, next.getUTCHours(), next.getUTCMinutes(), meetup.timeZone);
}

// src/features/meetups/send.ts
var EDIT_INTERVAL_MS = 3e3;
function postToGroup(services, meetup, message, key, notBefore) {
  const group = meetupGroup(services.store, meetup);
  const chat2 = group && groupChat(services.store, group);
  if (!chat2) return false;
  services.outbox.enqueue({ to: chat2, message, priority: "bulk", urgent: true, key, ...notBefore !== void 0 ? { notBefore } : {} });
  return true;
}
function sendToMember(services, member, to, message, key, prompt) {
  services.outbox.enqueue({ to, memberId: member.id, message, priority: "bulk", key });
  if (prompt) setPrompt(services, member, prompt.meetup, prompt.kind, to);
}
function setPrompt(services, member, meetup, kind, where) {
  services.store.put("meetupPrompts", member.id, { id: member.id, meetupId: meetup.id, kind, chatKey: chatKey(where), at: services.clock.now() });
}
function clearPrompt(services, memberId, meetupId) {
  if (services.store.get("meetupPrompts", memberId)?.meetupId === meetupId) services.store.delete("meetupPrompts", memberId);
}
function liveMessage(services, meetup, now) {
  const event = meetup.groupKey?.split(":").at(-1);
  if (meetup.status === "confirmed" && (event === "confirmed" || event === "moved" || event === "next")) {
    return confirmationMessage(services, meetup, GROUP_LOCALE, event, { now, forGroup: true, withFile: false });
  }
  return groupPollMessage(services, meetup);
}
function refreshGroupMessage(services, meetup, now, force = false) {
  if (!meetup.groupKey) return;
  const last = meetup.lastEditAt ?? 0;
  const at = force ? now : last > now ? last : Math.max(now, last + EDIT_INTERVAL_MS);
  meetup.edits += 1;
  meetup.lastEditAt = at;
  services.store.put("meetups", meetup.id, meetup);
  postToGroup(services, meetup, { ...liveMessage(services, meetup, now), editOf: meetup.groupKey }, `mt:${meetup.id}:edit:${meetup.edits}`, at);
}

// src/features/meetups/lifecycle.ts
var HOUR2 = 36e5;
var DAY3 = 24 * HOUR2;
var ALL_REMINDER_HOURS = [24, 2];
var FOLLOWUP_TIME = "09:30";
var jobIds = {
  deadline: (m2) => `mt:${m2.id}:deadline`,
  reminder: (m2, hours) => `mt:${m2.id}:r${hours}`,
  followup: (m2) => `mt:${m2.id}:followup`
};
function save(services, meetup, now) {
  meetup.updatedAt = now;
  services.store.put("meetups", meetup.id, meetup);
}
function publishPoll(services, meetup, now) {
  const group = meetupGroup(services.store, meetup);
  const groupKey = `mt:${meetup.id}:poll`;
  if (postToGroup(services, meetup, groupPollMessage(services, meetup), groupKey)) {
    meetup.groupKey = groupKey;
    meetup.lastEditAt = now;
  }
  for (const { member, to } of personalRecipients(services.store, group, "poll")) {
    const withDecide = member.id === meetup.proposerId || member.role === "coordinator";
    sendToMember(services, member, to, personalPollMessage(services, meetup, member.locale, withDecide), `mt:${meetup.id}:poll:${member.id}`, { meetup, kind: "vote" });
  }
  if (meetup.deadline) services.jobs.at(jobIds.deadline(meetup), "meetups.deadline", meetup.deadline, { meetupId: meetup.id, groupId: meetup.groupId }, 7 * DAY3);
  save(services, meetup, now);
}
function recordVote(services, meetup, memberId, option, now) {
  const previous = meetup.votes[memberId];
  clearPrompt(services, memberId, meetup.id);
  if (previous === option) return "same";
  meetup.votes[memberId] = option;
  save(services, meetup, now);
  refreshGroupMessage(services, meetup, now);
  return previous === void 0 ? "new" : "changed";
}
function winner(services, meetup, now) {
  const { perOption } = tally(meetup);
  const isNewcomer = (id3) => services.store.get("members", id3)?.role === "newcomer";
  const ranked = meetup.options.map((at, option) => ({ option, at, votes: perOption[option]?.length ?? 0, newcomers: (perOption[option] ?? []).filter(isNewcomer).length })).filter((candidate) => candidate.at > now).sort((a2, b2) => b2.votes - a2.votes || b2.newcomers - a2.newcomers || a2.at - b2.at);
  return ranked[0] && { option: ranked[0].option, votes: ranked[0].votes };
}
function decide(services, meetup, now, manual) {
  if (meetup.status !== "polling") return false;
  services.jobs.cancel(jobIds.deadline(meetup));
  const best = winner(services, meetup, now);
  if (!best) {
    cancelMeetup(services, meetup, now, "all_past");
    return false;
  }
  if (!manual && best.votes === 0) {
    notifyProposer(services, meetup, "meetups.decide.no_votes", `mt:${meetup.id}:novotes`);
    return false;
  }
  const at = meetup.options[best.option];
  for (const [memberId, option] of Object.entries(meetup.votes)) if (option === best.option) meetup.rsvp[memberId] = "yes";
  meetup.status = "confirmed";
  meetup.at = at;
  save(services, meetup, now);
  refreshGroupMessage(services, meetup, now, true);
  announce(services, meetup, now, "confirmed");
  planReminders(services, meetup, now);
  return true;
}
function announce(services, meetup, now, event) {
  const group = meetupGroup(services.store, meetup);
  const key = `mt:${meetup.id}:s${meetup.sequence}:${event}`;
  if (postToGroup(services, meetup, confirmationMessage(services, meetup, GROUP_LOCALE, event, { now, forGroup: true, withFile: false }), key)) {
    postToGroup(services, meetup, fileMessage(services, meetup, GROUP_LOCALE, now), `${key}:ics`);
    meetup.groupKey = key;
    meetup.lastEditAt = now;
    save(services, meetup, now);
  }
  for (const { member, to } of personalRecipients(services.store, group, "notice")) {
    sendToMember(services, member, to, confirmationMessage(services, meetup, member.locale, event, { now, forGroup: false, withFile: false }), `${key}:${member.id}`, { meetup, kind: "rsvp" });
    sendToMember(services, member, to, fileMessage(services, meetup, member.locale, now), `${key}:ics:${member.id}`);
  }
}
function fileMessage(services, meetup, locale, now, cancelled = false) {
  return { text: services.translator.t(locale, "meetups.ics.caption"), kind: "notice", attachment: calendarFile(services, meetup, locale, now, cancelled) };
}
function recordRsvp(services, meetup, memberId, answer2, now) {
  const previous = meetup.rsvp[memberId];
  clearPrompt(services, memberId, meetup.id);
  if (previous === answer2) return "same";
  meetup.rsvp[memberId] = answer2;
  save(services, meetup, now);
  refreshGroupMessage(services, meetup, now);
  return previous === void 0 ? "new" : "changed";
}
function planReminders(services, meetup, now) {
  for (const hours of ALL_REMINDER_HOURS) services.jobs.cancel(jobIds.reminder(meetup, hours));
  if (meetup.status !== "confirmed" || meetup.at === void 0) return;
  for (const hours of reminderHours(services.store, meetup.groupId)) {
    const due = reminderTime(meetup.at, hours, meetup.timeZone);
    if (due > now) services.jobs.at(jobIds.reminder(meetup, hours), "meetups.reminder", due, { meetupId: meetup.id, groupId: meetup.groupId, hours, at: meetup.at }, Math.min(hours * HOUR2 / 2, 6 * HOUR2));
  }
  const followupAt = zonedInstant(addDays(localDate(meetup.at, meetup.timeZone), 1), FOLLOWUP_TIME, meetup.timeZone);
  services.jobs.at(jobIds.followup(meetup), "meetups.followup", followupAt, { meetupId: meetup.id, groupId: meetup.groupId, at: meetup.at }, 7 * DAY3);
}
function reminderTime(at, hours, timeZone) {
  if (hours % 24 === 0) return inZone(at, timeZone).minus({ days: hours / 24 }).toMillis();
  return at - hours * HOUR2;
}
function cancelJobs(services, meetup) {
  services.jobs.cancel(jobIds.deadline(meetup));
  services.jobs.cancel(jobIds.followup(meetup));
  for (const hours of ALL_REMINDER_HOURS) services.jobs.cancel(jobIds.reminder(meetup, hours));
}
function sendReminders(services, meetup, occurrence) {
  const group = meetupGroup(services.store, meetup);
  if (!group || meetup.status !== "confirmed" || meetup.at === void 0) return 0;
  const people = groupMembers(services.store, group);
  const proposer = services.store.get("members", meetup.proposerId);
  if (proposer && !people.some((m2) => m2.id === proposer.id)) people.push(proposer);
  let sent = 0;
  for (const member of people) {
    if (meetup.rsvp[member.id] === "no") continue;
    const to = memberAddress(member);
    if (!to) continue;
    const text2 = services.translator.t(member.locale, "meetups.reminder", { ...basics(services, meetup, member.locale), when: when(meetup, meetup.at, member.locale) });
    const unanswered = meetup.rsvp[member.id] === void 0;
    const message = unanswered ? { ...notice(`${text2}

${services.translator.t(member.locale, "meetups.rsvp.question")}`), choices: rsvpChoices(services, meetup, member.locale) } : notice(text2);
    sendToMember(services, member, to, message, `${occurrence}:${member.id}`, unanswered ? { meetup, kind: "rsvp" } : void 0);
    sent += 1;
  }
  return sent;
}
function moveMeetup(services, meetup, at, now) {
  meetup.sequence += 1;
  meetup.at = at;
  meetup.rsvp = {};
  save(services, meetup, now);
  announce(services, meetup, now, "moved");
  planReminders(services, meetup, now);
}
function cancelMeetup(services, meetup, now, reason) {
  const wasConfirmed = meetup.status === "confirmed";
  const group = meetupGroup(services.store, meetup);
  meetup.status = "cancelled";
  meetup.sequence += 1;
  const repeat = meetup.repeat;
  if (reason === "stopped") delete meetup.repeat;
  save(services, meetup, now);
  cancelJobs(services, meetup);
  if (meetup.groupKey?.endsWith(":poll")) refreshGroupMessage(services, meetup, now, true);
  const next = reason === "skipped" && repeat ? createNextOccurrence(services, { ...meetup, repeat }, now, false) : void 0;
  if (!group) return next;
  const at = meetup.at ?? Math.min(...meetup.options);
  const textFor = (locale) => services.translator.t(locale, `meetups.${reason}`, { ...basics(services, meetup, locale), when: when(meetup, at, locale), next: next?.at ? when(next, next.at, locale) : "" });
  const key = `mt:${meetup.id}:${reason}`;
  postToGroup(services, meetup, notice(textFor(GROUP_LOCALE)), key);
  if (wasConfirmed) postToGroup(services, meetup, fileMessage(services, meetup, GROUP_LOCALE, now, true), `${key}:ics`);
  for (const { member, to } of personalRecipients(services.store, group, "notice")) {
    clearPrompt(services, member.id, meetup.id);
    sendToMember(services, member, to, notice(textFor(member.locale)), `${key}:${member.id}`);
    if (wasConfirmed) sendToMember(services, member, to, fileMessage(services, meetup, member.locale, now, true), `${key}:ics:${member.id}`);
  }
  if (next) announce(services, next, now, "next");
  return next;
}
function createNextOccurrence(services, previous, now, tell = true) {
  if (!previous.repeat || previous.at === void 0) return void 0;
  let at = nextInSeries(previous);
  while (at !== void 0 && at <= now) at = nextInSeries({ ...previous, at });
  if (at === void 0) return void 0;
  const seriesId = previous.seriesId ?? previous.id;
  const existing = services.store.values("meetups").find((m2) => m2.seriesId === seriesId && m2.at === at);
  if (existing) return existing;
  const next = {
    id: newMeetupId(),
    groupId: previous.groupId,
    proposerId: previous.proposerId,
    activity: previous.activity,
    ...previous.title ? { title: previous.title } : {},
    place: previous.place,
    options: [at],
    votes: {},
    status: "confirmed",
    at,
    rsvp: {},
    repeat: previous.repeat,
    seriesId,
    seriesStart: previous.seriesStart ?? previous.at,
    sequence: 0,
    timeZone: previous.timeZone,
    edits: 0,
    createdAt: now,
    updatedAt: now,
    ...previous.demo ? { demo: true } : {}
  };
  services.store.put("meetups", next.id, next);
  planReminders(services, next, now);
  if (tell) announce(services, next, now, "next");
  return next;
}
function notifyProposer(services, meetup, textKey2, key, extra = {}) {
  const proposer = services.store.get("members", meetup.proposerId);
  const to = proposer && memberAddress(proposer);
  if (!proposer || !to) return;
  const text2 = services.translator.t(proposer.locale, textKey2, { ...basics(services, meetup, proposer.locale), meetups: commandFor(services, proposer, "meetups"), ...extra });
  sendToMember(services, proposer, to, notice(text2, "meetup_reminder"), key);
}
function commandFor(services, member, name) {
  if (!member.identities[0]?.startsWith("whatsapp:")) return `/${name}`;
  return (services.translator.t(member.locale, `commands.${name}.keywords`).split(",")[0] ?? name).trim().toUpperCase();
}
function followUp(services, meetup, now) {
  if (meetup.status !== "confirmed" || meetup.at === void 0) return;
  const proposer = services.store.get("members", meetup.proposerId);
  const to = proposer && memberAddress(proposer);
  if (proposer && to) {
    const t2 = (key, vars = {}) => services.translator.t(proposer.locale, key, vars);
    sendToMember(
      services,
      proposer,
      to,
      {
        text: t2("meetups.held.question", { ...basics(services, meetup, proposer.locale), when: when(meetup, meetup.at, proposer.locale) }),
        choices: [
          { id: ids.held(meetup, "y"), label: t2("meetups.held.choices.yes") },
          { id: ids.held(meetup, "n"), label: t2("meetups.held.choices.no") }
        ],
        kind: "meetup_poll"
      },
      `mt:${meetup.id}:held`,
      { meetup, kind: "held" }
    );
  }
  if (meetup.repeat) createNextOccurrence(services, meetup, now);
}
function recordHeld(services, meetup, held2, by, now) {
  services.store.put("meetupOutcomes", meetup.id, { id: meetup.id, groupId: meetup.groupId, at: meetup.at ?? now, held: held2, answeredBy: by, answeredAt: now });
  clearPrompt(services, by, meetup.id);
}

// src/features/meetups/buttons.ts
function findMeetup(turn, services, id3) {
  const meetup = id3 ? services.store.get("meetups", id3) : void 0;
  const group = meetup && meetupGroup(services.store, meetup);
  if (!meetup || !group) {
    turn.reply("meetups.vote.gone");
    return void 0;
  }
  if (!mayTakePart(turn.member, group)) {
    turn.reply("meetups.vote.not_member");
    return void 0;
  }
  return meetup;
}
function stillOpen(turn, meetup, expected) {
  if (meetup.status === expected) return true;
  if (meetup.status === "cancelled") turn.reply("meetups.vote.cancelled");
  else if (meetup.status === "confirmed" && meetup.at !== void 0) turn.reply("meetups.vote.closed", { when: when(meetup, meetup.at, turn.locale) });
  else turn.reply("meetups.vote.not_yet");
  return false;
}
function mayManage2(turn, services, meetup) {
  if (canManage(turn.member, meetup, meetupGroup(services.store, meetup))) return true;
  const proposer = services.store.get("members", meetup.proposerId);
  turn.reply("meetups.manage.not_allowed", { name: proposer?.name ?? "?" });
  return false;
}
var inGroup = (turn) => turn.inbound.chatType === "group";
var vote = (turn, services, [id3, option]) => {
  const meetup = findMeetup(turn, services, id3);
  if (!meetup || !stillOpen(turn, meetup, "polling")) return;
  const index = option === "x" ? -1 : Number(option);
  if (!(index === -1 || Number.isInteger(index) && index >= 0 && index < meetup.options.length)) return turn.reply("meetups.vote.gone");
  const outcome = recordVote(services, meetup, turn.member.id, index, turn.now);
  if (inGroup(turn)) return;
  const chosen = index === -1 ? void 0 : when(meetup, meetup.options[index], turn.locale);
  if (outcome === "same") turn.reply(chosen ? "meetups.vote.same" : "meetups.vote.same_none", { when: chosen ?? "" });
  else if (!chosen) turn.reply("meetups.vote.thanks_none");
  else turn.reply(outcome === "changed" ? "meetups.vote.changed" : "meetups.vote.thanks", { when: chosen });
};
var decideNow = (turn, services, [id3]) => {
  const meetup = findMeetup(turn, services, id3);
  if (!meetup || !stillOpen(turn, meetup, "polling") || !mayManage2(turn, services, meetup)) return;
  if (!decide(services, meetup, turn.now, true) && meetup.status === "cancelled") turn.reply("meetups.decide.all_past_short");
};
var rsvp = (turn, services, [id3, code]) => {
  const meetup = findMeetup(turn, services, id3);
  const answer2 = RSVP_CODES[code];
  if (!meetup || !stillOpen(turn, meetup, "confirmed")) return;
  if (!answer2) return turn.reply("meetups.vote.gone");
  if ((meetup.at ?? 0) <= turn.now) return turn.reply("meetups.rsvp.past");
  const outcome = recordRsvp(services, meetup, turn.member.id, answer2, turn.now);
  if (inGroup(turn)) return;
  turn.reply(outcome === "same" ? "meetups.rsvp.same" : `meetups.rsvp.thanks_${answer2}`, { when: when(meetup, meetup.at, turn.locale) });
};
var held = (turn, services, [id3, code]) => {
  const meetup = findMeetup(turn, services, id3);
  if (!meetup || !mayManage2(turn, services, meetup)) return;
  if (meetup.status !== "confirmed") return turn.reply("meetups.vote.cancelled");
  recordHeld(services, meetup, code === "y", turn.member.id, turn.now);
  turn.reply(code === "y" ? "meetups.held.thanks_yes" : "meetups.held.thanks_no", { meetup: turn.command("meetup") });
};
var open = (turn, services, [id3]) => {
  const meetup = findMeetup(turn, services, id3);
  if (!meetup || !mayManage2(turn, services, meetup)) return;
  if (meetup.status === "cancelled") return turn.reply("meetups.vote.cancelled");
  const t2 = (key) => services.translator.t(turn.locale, key);
  const choices = meetup.status === "polling" ? [
    { id: `mt:d:${meetup.id}`, label: t2("meetups.manage.choices.decide") },
    { id: `mt:c:${meetup.id}`, label: t2("meetups.manage.choices.cancel") }
  ] : [
    { id: `mt:m:${meetup.id}`, label: t2("meetups.manage.choices.move") },
    { id: `mt:c:${meetup.id}`, label: t2("meetups.manage.choices.cancel") },
    ...meetup.repeat ? [
      { id: `mt:s:${meetup.id}`, label: t2("meetups.manage.choices.skip") },
      { id: `mt:x:${meetup.id}`, label: t2("meetups.manage.choices.stop") }
    ] : []
  ];
  const at = meetup.at ?? Math.min(...meetup.options);
  turn.reply("meetups.manage.question", { ...basics(services, meetup, turn.locale), when: when(meetup, at, turn.locale) }, { choices });
};
var askMove = (turn, services, [id3]) => {
  const meetup = findMeetup(turn, services, id3);
  if (!meetup || !stillOpen(turn, meetup, "confirmed") || !mayManage2(turn, services, meetup)) return;
  setPrompt(services, turn.member, meetup, "move", turn.address);
  turn.reply("meetups.move.ask", { example1: services.translator.t(turn.locale, "meetups.examples.one"), example2: services.translator.t(turn.locale, "meetups.examples.two") });
};
function moveTo(turn, services, meetup, text2) {
  if (!stillOpen(turn, meetup, "confirmed") || !mayManage2(turn, services, meetup)) {
    services.store.delete("meetupPrompts", turn.member.id);
    return;
  }
  const result = parseWhen(text2, { now: turn.now, timeZone: meetup.timeZone, locale: turn.locale });
  const examples2 = { example1: services.translator.t(turn.locale, "meetups.examples.one"), example2: services.translator.t(turn.locale, "meetups.examples.two") };
  if (!result.ok) return turn.reply(`meetups.time.problem.${result.problem}`, examples2);
  if (result.at === meetup.at) return turn.reply("meetups.move.same");
  services.store.delete("meetupPrompts", turn.member.id);
  moveMeetup(services, meetup, result.at, turn.now);
  turn.reply("meetups.move.done", { when: formatWhen(result.at, { locale: turn.locale, timeZone: meetup.timeZone }) });
}
var askCancel = (turn, services, [id3]) => {
  const meetup = findMeetup(turn, services, id3);
  if (!meetup || !mayManage2(turn, services, meetup)) return;
  if (meetup.status === "cancelled") return turn.reply("meetups.vote.cancelled");
  const t2 = (key) => services.translator.t(turn.locale, key);
  turn.reply("meetups.cancel.confirm", basics(services, meetup, turn.locale), {
    choices: [
      { id: `mt:cy:${meetup.id}`, label: t2("meetups.cancel.choices.yes") },
      { id: `mt:cn:${meetup.id}`, label: t2("meetups.cancel.choices.no") }
    ]
  });
};
var cancelYes = (turn, services, [id3]) => {
  const meetup = findMeetup(turn, services, id3);
  if (!meetup || !mayManage2(turn, services, meetup)) return;
  if (meetup.status === "cancelled") return turn.reply("meetups.vote.cancelled");
  cancelMeetup(services, meetup, turn.now, "cancelled");
  turn.reply("meetups.cancel.done");
};
var cancelNo = (turn) => turn.reply("meetups.cancel.kept");
var skip = (turn, services, [id3]) => {
  const meetup = findMeetup(turn, services, id3);
  if (!meetup || !stillOpen(turn, meetup, "confirmed") || !mayManage2(turn, services, meetup)) return;
  if (!meetup.repeat) return turn.reply("meetups.manage.not_series");
  const next = cancelMeetup(services, meetup, turn.now, "skipped");
  turn.reply("meetups.skip.done", { next: next?.at ? when(next, next.at, turn.locale) : "" });
};
var stop = (turn, services, [id3]) => {
  const meetup = findMeetup(turn, services, id3);
  if (!meetup || !stillOpen(turn, meetup, "confirmed") || !mayManage2(turn, services, meetup)) return;
  if (!meetup.repeat) return turn.reply("meetups.manage.not_series");
  cancelMeetup(services, meetup, turn.now, "stopped");
  turn.reply("meetups.stop.done");
};
function settingsGroup(turn, services, groupId) {
  const group = groupId ? services.store.get("groups", groupId) : void 0;
  if (!group || !mayTakePart(turn.member, group) || turn.role === "newcomer") {
    turn.reply("meetups.settings.not_allowed");
    return void 0;
  }
  return group;
}
var askSettings = (turn, services, [groupId]) => {
  const group = settingsGroup(turn, services, groupId);
  if (!group) return;
  const t2 = (key) => services.translator.t(turn.locale, key);
  turn.reply("meetups.settings.question", { group: group.name }, { choices: Object.keys(REMINDER_PRESETS).map((preset) => ({ id: `mt:rs:${group.id}:${preset}`, label: t2(`meetups.settings.choices.${preset}`) })) });
};
var setSettings = (turn, services, [groupId, preset]) => {
  const group = settingsGroup(turn, services, groupId);
  const hours = preset ? REMINDER_PRESETS[preset] : void 0;
  if (!group) return;
  if (!hours) return turn.reply("meetups.vote.gone");
  services.store.put("meetupSettings", group.id, { id: group.id, reminderHours: hours });
  for (const meetup of upcomingMeetups(services.store, [group.id], turn.now)) if (meetup.status === "confirmed") planReminders(services, meetup, turn.now);
  turn.reply("meetups.settings.done", { group: group.name, choice: services.translator.t(turn.locale, `meetups.settings.choices.${preset}`) });
};
var HANDLERS = { v: vote, d: decideNow, r: rsvp, h: held, o: open, m: askMove, c: askCancel, cy: cancelYes, cn: cancelNo, s: skip, x: stop, rq: askSettings, rs: setSettings };
function meetupButton(services) {
  return (turn, payload) => {
    const [action = "", ...args] = payload.split(":");
    const handler = HANDLERS[action];
    if (!handler) return turn.reply("meetups.vote.gone");
    handler(turn, services, args);
  };
}

// src/features/meetups/jobs.ts
function meetupOf(job, context) {
  const id3 = typeof job.payload.meetupId === "string" ? job.payload.meetupId : "";
  return context.services.store.get("meetups", id3);
}
var meetupJobs = {
  "meetups.deadline": (job, context) => {
    const meetup = meetupOf(job, context);
    if (meetup?.status === "polling") decide(context.services, meetup, context.now, false);
  },
  "meetups.reminder": (job, context) => {
    const meetup = meetupOf(job, context);
    if (meetup && meetup.at === job.payload.at) sendReminders(context.services, meetup, context.occurrence);
  },
  "meetups.followup": (job, context) => {
    const meetup = meetupOf(job, context);
    if (meetup && meetup.at === job.payload.at) followUp(context.services, meetup, context.now);
  }
};

// src/features/meetups/manage.ts
var MAX_LISTED = 10;
var MAX_MANAGE_BUTTONS = 4;
var PROMPT_TTL_MS = 7 * 864e5;
var MOVE_PROMPT_TTL_MS = 36e5;
function groupsOf(services, turn) {
  if (turn.inbound.chatType === "group") {
    const groupId = services.store.get("chats", chatKey(turn.address))?.groupId;
    const group = groupId ? services.store.get("groups", groupId) : void 0;
    return group && groupsVisibleTo(services.store, turn.member).some((g2) => g2.id === group.id) ? [group] : [];
  }
  return groupsVisibleTo(services.store, turn.member);
}
function line(services, meetup, locale, number, groupName) {
  const t2 = (key, vars = {}) => services.translator.t(locale, key, vars);
  const base = { number, ...basics(services, meetup, locale), group: groupName ?? "" };
  if (meetup.status === "polling") {
    const { perOption } = tally(meetup);
    const options = meetup.options.map((at, i2) => `${shortWhen(meetup, at, locale)} (${perOption[i2]?.length ?? 0})`).join(" \xB7 ");
    return t2(groupName ? "meetups.list.polling_group" : "meetups.list.polling", { ...base, options });
  }
  const coming = Object.values(meetup.rsvp).filter((answer2) => answer2 === "yes").length;
  return t2(groupName ? "meetups.list.confirmed_group" : "meetups.list.confirmed", { ...base, when: when(meetup, meetup.at, locale), coming: t2("meetups.list.coming", { count: coming }) });
}
function meetupsCommand(services) {
  return {
    name: "meetups",
    roles: ["newcomer", "volunteer", "coordinator"],
    chats: ["private", "group"],
    run(turn) {
      const groups = groupsOf(services, turn);
      if (groups.length === 0) return turn.reply(turn.inbound.chatType === "group" ? "meetups.not_linked" : "meetups.no_group");
      const names2 = new Map(groups.map((g2) => [g2.id, g2.name]));
      const meetups = upcomingMeetups(services.store, groups.map((g2) => g2.id), turn.now).slice(0, MAX_LISTED);
      const t2 = (key, vars = {}) => services.translator.t(turn.locale, key, vars);
      const choices = [];
      const lines = [];
      if (meetups.length === 0) lines.push(t2("meetups.list.none", { meetup: turn.command("meetup") }));
      else {
        lines.push(t2("meetups.list.header"));
        meetups.forEach((meetup, index) => {
          lines.push(line(services, meetup, turn.locale, index + 1, groups.length > 1 ? names2.get(meetup.groupId) : void 0));
          if (choices.length < MAX_MANAGE_BUTTONS && canManage(turn.member, meetup, services.store.get("groups", meetup.groupId))) {
            choices.push({ id: `mt:o:${meetup.id}`, label: t2("meetups.list.manage", { number: index + 1, title: basics(services, meetup, turn.locale).title }) });
          }
        });
      }
      if (turn.role !== "newcomer") {
        for (const group of groups.slice(0, 2)) choices.push({ id: `mt:rq:${group.id}`, label: groups.length > 1 ? `${t2("meetups.list.reminders")}: ${group.name}` : t2("meetups.list.reminders") });
      }
      turn.send({ text: lines.join("\n"), kind: "reply", ...choices.length > 0 ? { choices } : {} });
    }
  };
}
function typedAnswer(services, press) {
  return (turn) => {
    const member = turn.member;
    const text2 = turn.inbound.text?.trim();
    if (!member || !text2) return false;
    const prompt = services.store.get("meetupPrompts", member.id);
    if (!prompt || prompt.chatKey !== chatKey(turn.address)) return false;
    const meetup = services.store.get("meetups", prompt.meetupId);
    const age = turn.now - prompt.at;
    if (!meetup || age > PROMPT_TTL_MS || prompt.kind === "move" && age > MOVE_PROMPT_TTL_MS) {
      services.store.delete("meetupPrompts", member.id);
      return false;
    }
    if (prompt.kind === "move") {
      moveTo(turn, services, meetup, text2);
      return true;
    }
    if (turn.inbound.chatType === "group") return false;
    const choices = promptChoices(services, meetup, prompt.kind, turn.locale);
    const number = /^\d{1,2}$/.test(text2) ? Number(text2) : void 0;
    const picked = number !== void 0 ? choices[number - 1] : choices.find((c2) => c2.label.toLocaleLowerCase() === text2.toLocaleLowerCase());
    if (!picked) return false;
    press(turn, picked.id.slice("mt:".length));
    return true;
  };
}
function promptChoices(services, meetup, kind, locale) {
  const t2 = (key) => services.translator.t(locale, key);
  if (kind === "vote") return [...meetup.options.map((at, i2) => ({ id: ids.vote(meetup, i2), label: shortWhen(meetup, at, locale) })), { id: ids.vote(meetup, "x"), label: t2("meetups.poll.choice_none") }];
  if (kind === "rsvp") return [
    { id: ids.rsvp(meetup, "y"), label: t2("meetups.rsvp.choices.yes") },
    { id: ids.rsvp(meetup, "m"), label: t2("meetups.rsvp.choices.maybe") },
    { id: ids.rsvp(meetup, "n"), label: t2("meetups.rsvp.choices.no") }
  ];
  return [
    { id: ids.held(meetup, "y"), label: t2("meetups.held.choices.yes") },
    { id: ids.held(meetup, "n"), label: t2("meetups.held.choices.no") }
  ];
}

// src/features/meetups/privacy.ts
var ERASED = "erased";
var meetupPrivacy = {
  export(memberId, services) {
    const meetups = services.store.values("meetups");
    const proposed = meetups.filter((m2) => m2.proposerId === memberId).map((m2) => ({ id: m2.id, activity: m2.activity, title: m2.title, place: m2.place, options: m2.options.map((at) => new Date(at).toISOString()), status: m2.status, at: m2.at ? new Date(m2.at).toISOString() : void 0 }));
    const votes = meetups.filter((m2) => memberId in m2.votes).map((m2) => ({ meetup: m2.id, option: m2.votes[memberId] === -1 ? "none" : new Date(m2.options[m2.votes[memberId]]).toISOString() }));
    const rsvps = meetups.filter((m2) => memberId in m2.rsvp).map((m2) => ({ meetup: m2.id, answer: m2.rsvp[memberId] }));
    const outcomes = services.store.values("meetupOutcomes").filter((o2) => o2.answeredBy === memberId).map((o2) => ({ meetup: o2.id, held: o2.held }));
    if (proposed.length + votes.length + rsvps.length + outcomes.length === 0) return void 0;
    return { proposed, votes, rsvps, outcomes };
  },
  erase(memberId, services) {
    const { store } = services;
    for (const meetup of store.values("meetups")) {
      const touched = meetup.proposerId === memberId || memberId in meetup.votes || memberId in meetup.rsvp;
      if (!touched) continue;
      delete meetup.votes[memberId];
      delete meetup.rsvp[memberId];
      if (meetup.proposerId === memberId) meetup.proposerId = ERASED;
      store.put("meetups", meetup.id, meetup);
    }
    for (const outcome of store.values("meetupOutcomes")) if (outcome.answeredBy === memberId) store.put("meetupOutcomes", outcome.id, { ...outcome, answeredBy: ERASED });
    store.delete("meetupPrompts", memberId);
  }
};

// src/features/meetups/propose.ts
var ACTIVITIES = ["coffee", "walk", "letters", "cooking", "outing", "other"];
var REPEATS = ["weekly", "biweekly", "monthly"];
var MAX_TIME_TRIES = 4;
var HOUR3 = 36e5;
var DEADLINE_MARGIN_MS = 2 * HOUR3;
function plannableGroups(services, turn) {
  return groupsVisibleTo(services.store, turn.member);
}
function times(vars) {
  return Array.isArray(vars.times) ? vars.times : [];
}
function examples(services, locale) {
  return { example1: services.translator.t(locale, "meetups.examples.one"), example2: services.translator.t(locale, "meetups.examples.two") };
}
var beginAction2 = ({ turn, vars, services }) => {
  Object.assign(vars, examples(services, turn.locale), { times: [], number: 1 });
  if (turn.inbound.chatType === "group") {
    const groupId = services.store.get("chats", chatKey(turn.address))?.groupId;
    const group = groupId ? services.store.get("groups", groupId) : void 0;
    if (!group) return "not_linked";
    if (!mayTakePart(turn.member, group)) return "not_member";
    vars.groupId = group.id;
    return "ok";
  }
  const groups = plannableGroups(services, turn);
  if (groups.length === 0) return "none";
  if (groups.length > 1) return "pick";
  vars.groupId = groups[0].id;
  return "ok";
};
var groupChoices3 = (turn, services) => plannableGroups(services, turn).map((group) => ({ id: group.id, label: group.name }));
var addTimeAction = ({ turn, vars, services }) => {
  const text2 = typeof vars.timeText === "string" ? vars.timeText : "";
  const result = parseWhen(text2, { now: turn.now, timeZone: services.config.timeZone, locale: turn.locale });
  if (!result.ok) {
    vars.timeTries = Number(vars.timeTries ?? 0) + 1;
    if (Number(vars.timeTries) >= MAX_TIME_TRIES) {
      turn.reply("meetups.time.too_many_tries", { meetup: turn.command("meetup") });
      return "give_up";
    }
    turn.reply(`meetups.time.problem.${result.problem}`, examples(services, turn.locale));
    return "bad";
  }
  const list = times(vars);
  if (list.includes(result.at)) {
    turn.reply("meetups.time.duplicate", { when: formatWhen(result.at, { locale: turn.locale, timeZone: services.config.timeZone }) });
    return "bad";
  }
  list.push(result.at);
  vars.times = list;
  vars.timeTries = 0;
  vars.number = list.length + 1;
  vars.when = formatWhen(result.at, { locale: turn.locale, timeZone: services.config.timeZone });
  turn.reply("meetups.time.understood", { when: String(vars.when) });
  return list.length >= MAX_OPTIONS ? "full" : "ok";
};
var undoTimeAction = ({ vars }) => {
  const list = times(vars);
  list.pop();
  vars.times = list;
  vars.number = list.length + 1;
};
var checkLinkAction = ({ turn, vars }) => {
  const text2 = String(vars.link ?? "").trim();
  let ok = false;
  try {
    const url2 = new URL(text2);
    ok = (url2.protocol === "https:" || url2.protocol === "http:") && url2.hostname.includes(".") && !/\s/.test(text2);
  } catch {
    ok = false;
  }
  if (!ok) {
    turn.reply("meetups.link.invalid");
    return "bad";
  }
  vars.link = text2;
  return "ok";
};
var createAction = ({ turn, vars, services }) => {
  const group = services.store.get("groups", String(vars.groupId ?? ""));
  const list = times(vars).filter((at) => at > turn.now);
  const activity = ACTIVITIES.find((a2) => a2 === vars.what);
  if (!group || !turn.member || !mayTakePart(turn.member, group) || list.length === 0 || !activity) {
    turn.reply("meetups.create_failed", { meetup: turn.command("meetup") });
    return "failed";
  }
  const place = vars.where === "online" && typeof vars.link === "string" ? { kind: "online", link: vars.link } : { kind: "place", text: String(vars.placeText ?? "").trim() };
  const first = Math.min(...list);
  const chosen = vars.deadline === "d1" ? turn.now + 24 * HOUR3 : vars.deadline === "d2" ? turn.now + 48 * HOUR3 : void 0;
  const deadline = chosen === void 0 ? void 0 : Math.min(chosen, first - DEADLINE_MARGIN_MS);
  const repeat = REPEATS.find((r2) => r2 === vars.repeat);
  const id3 = newMeetupId();
  const meetup = {
    id: id3,
    groupId: group.id,
    proposerId: turn.member.id,
    activity,
    ...activity === "other" && typeof vars.title === "string" ? { title: vars.title.trim() } : {},
    place,
    options: [...list].sort((a2, b2) => a2 - b2),
    votes: {},
    status: "polling",
    ...deadline !== void 0 && deadline > turn.now ? { deadline } : {},
    rsvp: {},
    ...repeat ? { repeat, seriesId: id3 } : {},
    sequence: 0,
    timeZone: services.config.timeZone,
    edits: 0,
    createdAt: turn.now,
    updatedAt: turn.now,
    ...group.demo ? { demo: true } : {}
  };
  services.store.put("meetups", id3, meetup);
  publishPoll(services, meetup, turn.now);
  vars.title = titleOf(services, meetup, turn.locale);
  vars.count = meetup.options.length;
  vars.deadlineText = meetup.deadline ? when(meetup, meetup.deadline, turn.locale) : "";
  turn.reply("meetups.created", { title: String(vars.title), count: meetup.options.length, meetups: turn.command("meetups") });
  return meetup.deadline ? "with_deadline" : "ok";
};

// src/features/meetups/feature.ts
var meetupsFeature = {
  name: "meetups",
  commands: ({ services }) => [meetupsCommand(services)],
  actions: {
    "meetup.begin": beginAction2,
    "meetup.add_time": addTimeAction,
    "meetup.undo_time": undoTimeAction,
    "meetup.check_link": checkLinkAction,
    "meetup.create": createAction
  },
  choiceSources: { meetup_groups: groupChoices3 },
  jobs: meetupJobs,
  buttons: { mt: (turn, payload, services) => meetupButton(services)(turn, payload) },
  onMessage: (turn, services) => typedAnswer(services, meetupButton(services))(turn),
  privacy: meetupPrivacy
};

// src/features/onboarding/feature.ts
var onboardingFeature = {
  name: "onboarding",
  actions: {
    "invite.check": checkInviteAction,
    "group.join": joinGroupAction,
    "consent.refused": consentRefusedAction,
    "member.set_locale": setLocaleAction
  },
  choiceSources: { locales: localeChoices }
};

// src/features/outbox/feature.ts
var outboxFeature = {
  name: "outbox",
  commands: ({ services }) => {
    const outbox = {
      name: "outbox",
      roles: ["coordinator"],
      chats: ["private"],
      run(turn) {
        const { translator } = services;
        const t2 = (key, vars = {}) => translator.t(turn.locale, key, vars);
        const { counts, oldestQueuedAt, recentFailures } = services.outbox.summary();
        const lines = [t2("outbox.title"), t2("outbox.counts", counts)];
        if (oldestQueuedAt !== void 0) lines.push(t2("outbox.oldest", { count: Math.max(0, Math.round((turn.now - oldestQueuedAt) / 6e4)) }));
        if (recentFailures.length === 0) lines.push(t2("outbox.no_failures"));
        else {
          lines.push(t2("outbox.failures"));
          for (const item of recentFailures) {
            const when2 = new Date(item.updatedAt).toISOString().slice(0, 16).replace("T", " ");
            lines.push(`\u2022 ${t2("outbox.failure", { channel: item.to.channel, when: when2, reason: item.reason ?? "?" })}`);
          }
        }
        turn.send({ text: lines.join("\n"), kind: "reply" });
      }
    };
    return [outbox];
  }
};

// src/features/plan/dates.ts
function parseDueDate(text2, context) {
  const result = parseDay(text2, context);
  if (result.ok) return { ok: true, date: result.iso };
  return { ok: false, reason: result.problem === "past" ? "past" : "invalid" };
}
function formatDueDate(date, locale, now, timeZone) {
  return formatDay(date, { locale, year: date.slice(0, 4) !== String(localDate(now, timeZone).year) });
}
function addDays2(date, days) {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  return isoDate(addDays({ year, month, day }, days));
}

// src/features/plan/notify.ts
function sendToMember2(services, member, text2, options) {
  const to = memberAddress(member);
  if (!to) return;
  services.outbox.enqueue({ to, memberId: member.id, message: { text: text2, kind: options.kind ?? "notice", choices: options.choices }, priority: "bulk", key: `${options.key}:${member.id}` });
}
function membersOf(services, group) {
  return group.memberIds.flatMap((id3) => services.store.get("members", id3) ?? []);
}
function tellGroup(services, group, key, text2, except, options = {}) {
  const { store } = services;
  const chats = group.chatKeys.flatMap((chatKey2) => {
    const chat2 = store.get("chats", chatKey2);
    return chat2 && chat2.status === "active" ? [chat2] : [];
  });
  for (const chat2 of chats) {
    services.outbox.enqueue({ to: chat2.address, message: { text: text2("nl"), kind: "notice" }, priority: "bulk", key: `${key}:${chat2.key}` });
  }
  for (const member of membersOf(services, group)) {
    if (member.id === except) continue;
    if (member.role === "newcomer" ? options.newcomers === false : chats.length > 0) continue;
    sendToMember2(services, member, text2(member.locale), { key });
  }
}
function coordinatorsOf(services, group) {
  const coordinators2 = services.store.values("members").filter((m2) => m2.role === "coordinator");
  const responsible = coordinators2.filter(
    (m2) => m2.id === group.createdBy && (isNationalCoordinator(m2) || m2.scope?.municipalities.some((x2) => sameMunicipality(x2, group.municipality))) || m2.scope?.municipalities.some((x2) => sameMunicipality(x2, group.municipality))
  );
  return responsible.length > 0 ? responsible : coordinators2.filter(isNationalCoordinator);
}
function tellCoordinators(services, group, key, textKey2, vars) {
  for (const coordinator of coordinatorsOf(services, group)) sendToMember2(services, coordinator, services.translator.t(coordinator.locale, textKey2, vars(coordinator.locale)), { key });
}
function rememberPrompt(services, member, commitmentId, now) {
  const to = memberAddress(member);
  if (!to) return;
  services.store.put("planPrompts", member.id, { id: member.id, commitmentId, chatKey: chatKey(to), at: now });
}

// src/features/plan/render.ts
var BAR_CELLS = 8;
function titleOf2(services, commitment, locale) {
  if (commitment.itemId && services.translator.has(`plan.items.${commitment.itemId}`)) return services.translator.t(locale, `plan.items.${commitment.itemId}`);
  return commitment.title ?? commitment.itemId ?? "?";
}
function ownerNames(services, commitment, locale) {
  const group = services.store.get("groups", commitment.groupId);
  return commitment.ownerIds.map((id3) => {
    const member = services.store.get("members", id3);
    if (!member) return services.translator.t(locale, "plan.someone_left");
    return group?.memberIds.includes(id3) ? member.name : services.translator.t(locale, "plan.left_group", { name: member.name });
  });
}
function itemLine(services, commitment, locale, now) {
  const { translator, config } = services;
  const t2 = (key, vars = {}) => translator.t(locale, key, vars);
  const parts = [titleOf2(services, commitment, locale)];
  const owners = ownerNames(services, commitment, locale);
  if (owners.length > 0) parts.push(owners.join(", "));
  let line2 = commitment.dueDate ? `${formatDueDate(commitment.dueDate, locale, now, config.timeZone)} \xB7 ${parts.join(" \xB7 ")}` : parts.join(" \xB7 ");
  if (isOverdue(commitment, now, config.timeZone)) line2 += ` \xB7 ${t2("plan.mark.overdue")}`;
  if (commitment.helpNeeded) line2 += ` \xB7 ${t2("plan.mark.help")}`;
  if (commitment.note) line2 += `
   ${t2("plan.note_line", { note: commitment.note })}`;
  return `\u2022 ${line2}`;
}
function progress(items) {
  const relevant = items.filter((c2) => c2.state !== "not_needed");
  return { done: relevant.filter((c2) => c2.state === "done").length, total: relevant.length };
}
function bar2(done, total) {
  const filled = total === 0 ? 0 : Math.round(done / total * BAR_CELLS);
  return "\u25B0".repeat(filled) + "\u25B1".repeat(BAR_CELLS - filled);
}
function planChart(services, group, locale) {
  const { translator } = services;
  const items = commitmentsOf(services, group.id);
  const all = progress(items);
  const percent = all.total === 0 ? 0 : Math.round(all.done / all.total * 100);
  const lines = [translator.t(locale, "plan.chart.header", { group: group.name, done: all.done, total: all.total, percent })];
  for (const area of areaIds()) {
    const inArea = items.filter((c2) => c2.area === area);
    if (inArea.length === 0) continue;
    const { done, total } = progress(inArea);
    const name = translator.t(locale, `plan.areas.${area}`);
    lines.push(total === 0 ? `${"\xB7".repeat(BAR_CELLS)} \u2014 ${name}` : `${bar2(done, total)} ${done}/${total} ${name}`);
  }
  return lines.join("\n");
}

// src/features/plan/reminders.ts
var REMINDER_JOB = "plan.remind";
var REMINDER_TIME = "09:00";
var ESCALATE_AFTER_DAYS = 14;
var GRACE_MS = 12 * 36e5;
function nextReminder(dueDate, remindDaysBefore, now, timeZone) {
  const candidates = [];
  if (remindDaysBefore > 0) candidates.push({ stage: "before", at: atLocal(addDays2(dueDate, -remindDaysBefore), REMINDER_TIME, timeZone) });
  candidates.push({ stage: "due", at: atLocal(dueDate, REMINDER_TIME, timeZone) });
  const next = candidates.find((c2) => c2.at > now);
  if (next) return next;
  const today = isoDay(now, timeZone);
  let weeks = Math.max(1, Math.ceil(daysBetween(dueDate, today) / 7));
  let at = atLocal(addDays2(dueDate, weeks * 7), REMINDER_TIME, timeZone);
  if (at <= now) at = atLocal(addDays2(dueDate, ++weeks * 7), REMINDER_TIME, timeZone);
  return { stage: "overdue", at };
}
function planReminder(services, commitment, now) {
  if (commitment.reminderJob) services.jobs.cancel(commitment.reminderJob);
  commitment.reminderJob = void 0;
  if (commitment.state !== "open" || !commitment.dueDate || commitment.ownerIds.length === 0) return;
  const days = services.store.get("plans", commitment.groupId)?.remindDaysBefore ?? DEFAULT_REMIND_DAYS;
  const next = nextReminder(commitment.dueDate, days, now, services.config.timeZone);
  const id3 = `plan:r:${commitment.id}:${next.at}`;
  services.jobs.at(id3, REMINDER_JOB, next.at, { commitmentId: commitment.id, groupId: commitment.groupId, stage: next.stage, dueDate: commitment.dueDate }, GRACE_MS);
  commitment.reminderJob = id3;
}
var remindJob = (job, { services, occurrence, now }) => {
  const { store, translator, config } = services;
  const commitment = store.get("commitments", String(job.payload.commitmentId));
  if (!commitment || commitment.state !== "open" || commitment.reminderJob !== job.id || !commitment.dueDate || commitment.dueDate !== job.payload.dueDate) return;
  const group = store.get("groups", commitment.groupId);
  if (!group) return;
  const stage = job.payload.stage;
  const dueDate = commitment.dueDate;
  const overdueDays = Math.max(0, daysBetween(dueDate, isoDay(now, config.timeZone)));
  const owners = membersOf(services, group).filter((m2) => commitment.ownerIds.includes(m2.id));
  for (const owner of owners) {
    const vars = { item: titleOf2(services, commitment, owner.locale), date: formatDueDate(dueDate, owner.locale, now, config.timeZone), days: stage === "before" ? daysBetween(isoDay(now, config.timeZone), dueDate) : overdueDays, group: group.name };
    const text2 = translator.t(owner.locale, `plan.remind.${stage}`, { ...vars, count: vars.days });
    sendToMember2(services, owner, text2, { key: occurrence, kind: "reminder", choices: itemButtons(services, commitment, owner.locale, "reminder") });
    rememberPrompt(services, owner, commitment.id, now);
  }
  if (owners.length === 0) {
    tellGroup(services, group, occurrence, (locale) => translator.t(locale, "plan.remind.orphaned", { item: titleOf2(services, commitment, locale), date: formatDueDate(dueDate, locale, now, config.timeZone) }));
  }
  if (stage === "overdue" && overdueDays >= ESCALATE_AFTER_DAYS && !commitment.escalatedAt && coordinatorsOf(services, group).length > 0) {
    tellCoordinators(services, group, `${occurrence}:escalate`, "plan.escalate.overdue", (locale) => ({
      item: titleOf2(services, commitment, locale),
      group: group.name,
      days: overdueDays,
      count: overdueDays,
      owners: owners.map((o2) => o2.name).join(", ") || translator.t(locale, "plan.nobody")
    }));
    commitment.escalatedAt = now;
  }
  planReminder(services, commitment, now);
  store.put("commitments", commitment.id, commitment);
};
function repairReminders(services, now) {
  for (const commitment of services.store.values("commitments")) {
    if (commitment.state !== "open" || !commitment.dueDate || commitment.ownerIds.length === 0) continue;
    if (commitment.reminderJob && services.store.get("jobs", commitment.reminderJob)) continue;
    planReminder(services, commitment, now);
    services.store.put("commitments", commitment.id, commitment);
  }
}

// src/features/plan/items.ts
function commit(services, input, now) {
  const { store } = services;
  const owners = input.ownerIds.filter((id3) => input.group.memberIds.includes(id3) && store.get("members", id3));
  if (owners.length === 0 || owners.length !== new Set(input.ownerIds).size) return { ok: false, reason: "owner_left" };
  let commitment;
  if (input.commitmentId) {
    const existing = store.get("commitments", input.commitmentId);
    if (!existing || existing.groupId !== input.group.id) return { ok: false, reason: "missing" };
    if (existing.state !== "open") return { ok: false, reason: "closed" };
    commitment = { ...existing };
  } else {
    commitment = { id: newCommitmentId(), groupId: input.group.id, area: input.area ?? OWN_AREA, title: input.title, ownerIds: [], state: "open", createdBy: input.actor.id, createdAt: now, updatedAt: now };
  }
  const before = new Set(commitment.ownerIds);
  commitment.ownerIds = [...new Set(owners)];
  commitment.dueDate = input.dueDate;
  commitment.note = input.note || commitment.note;
  commitment.escalatedAt = void 0;
  commitment.updatedAt = now;
  planReminder(services, commitment, now);
  store.put("commitments", commitment.id, commitment);
  audit3(services, now, input.actor.id, "plan.commit", commitment.id);
  for (const member of membersOf(services, input.group)) {
    if (!commitment.ownerIds.includes(member.id) || member.id === input.actor.id || before.has(member.id)) continue;
    sendToMember2(services, member, services.translator.t(member.locale, "plan.assigned", { name: input.actor.name, item: titleOf2(services, commitment, member.locale), date: formatDueDate(input.dueDate, member.locale, now, services.config.timeZone) }), {
      key: `plan:assigned:${commitment.id}:${now}`
    });
  }
  return { ok: true, commitment };
}
function complete(services, commitment, actor, now) {
  if (commitment.state === "done") return "already_done";
  if (commitment.state === "not_needed") return "not_needed";
  const group = services.store.get("groups", commitment.groupId);
  commitment.state = "done";
  commitment.doneAt = now;
  commitment.doneBy = actor.id;
  commitment.helpNeeded = void 0;
  commitment.updatedAt = now;
  planReminder(services, commitment, now);
  services.store.put("commitments", commitment.id, commitment);
  audit3(services, now, actor.id, "plan.done", commitment.id);
  if (group) tellGroup(services, group, `plan:done:${commitment.id}:${now}`, (locale) => services.translator.t(locale, "plan.done_notice", { name: actor.name, item: titleOf2(services, commitment, locale) }), actor.id);
  return "ok";
}
function askHelp(services, commitment, actor, now) {
  if (commitment.state !== "open") return "closed";
  if (commitment.helpNeeded) return "already";
  const group = services.store.get("groups", commitment.groupId);
  commitment.helpNeeded = { at: now, by: actor.id };
  commitment.updatedAt = now;
  services.store.put("commitments", commitment.id, commitment);
  audit3(services, now, actor.id, "plan.help", commitment.id);
  if (group) tellGroup(services, group, `plan:help:${commitment.id}:${now}`, (locale) => services.translator.t(locale, "plan.help_notice", { name: actor.name, item: titleOf2(services, commitment, locale) }), actor.id);
  return "ok";
}
function markNotNeeded(services, commitment, actor, now) {
  if (commitment.state !== "open") return "closed";
  commitment.state = "not_needed";
  commitment.helpNeeded = void 0;
  commitment.updatedAt = now;
  planReminder(services, commitment, now);
  services.store.put("commitments", commitment.id, commitment);
  audit3(services, now, actor.id, "plan.not_needed", commitment.id);
  return "ok";
}
function reopen(services, commitment, actor, now) {
  if (commitment.state === "open") return "open";
  commitment.state = "open";
  commitment.doneAt = void 0;
  commitment.doneBy = void 0;
  commitment.updatedAt = now;
  planReminder(services, commitment, now);
  services.store.put("commitments", commitment.id, commitment);
  audit3(services, now, actor.id, "plan.reopen", commitment.id);
  return "ok";
}
function toggleOwner(services, commitment, memberId, actor, now) {
  if (commitment.state !== "open") return "closed";
  const group = services.store.get("groups", commitment.groupId);
  const member = services.store.get("members", memberId);
  const has = commitment.ownerIds.includes(memberId);
  if (!has && (!group || !member || !group.memberIds.includes(memberId))) return "not_member";
  if (has && commitment.ownerIds.length === 1) return "last";
  commitment.ownerIds = has ? commitment.ownerIds.filter((id3) => id3 !== memberId) : [...commitment.ownerIds, memberId];
  commitment.helpNeeded = has ? commitment.helpNeeded : void 0;
  commitment.updatedAt = now;
  planReminder(services, commitment, now);
  services.store.put("commitments", commitment.id, commitment);
  audit3(services, now, actor.id, "plan.reassign", commitment.id);
  if (!has && member && member.id !== actor.id && commitment.dueDate) {
    sendToMember2(services, member, services.translator.t(member.locale, "plan.assigned", { name: actor.name, item: titleOf2(services, commitment, member.locale), date: formatDueDate(commitment.dueDate, member.locale, now, services.config.timeZone) }), {
      key: `plan:assigned:${commitment.id}:${now}`
    });
  }
  return has ? "removed" : "added";
}
function moveDue(services, commitment, dueDate, actor, now) {
  if (commitment.state !== "open") return "closed";
  commitment.dueDate = dueDate;
  commitment.escalatedAt = void 0;
  commitment.updatedAt = now;
  planReminder(services, commitment, now);
  services.store.put("commitments", commitment.id, commitment);
  audit3(services, now, actor.id, "plan.move", commitment.id);
  const group = services.store.get("groups", commitment.groupId);
  for (const owner of group ? membersOf(services, group) : []) {
    if (!commitment.ownerIds.includes(owner.id) || owner.id === actor.id) continue;
    sendToMember2(services, owner, services.translator.t(owner.locale, "plan.moved_notice", { name: actor.name, item: titleOf2(services, commitment, owner.locale), date: formatDueDate(dueDate, owner.locale, now, services.config.timeZone) }), {
      key: `plan:moved:${commitment.id}:${now}`
    });
  }
  return "ok";
}

// src/features/plan/permissions.ts
function canView(member, group) {
  return canSeeGroup(member, group);
}
function canManage2(member, group) {
  if (!member || !canSeeGroup(member, group)) return false;
  return member.role === "coordinator" || member.role === "volunteer" && member.groupIds.includes(group.id);
}
function canAct(member, group, commitment) {
  if (canManage2(member, group)) return true;
  return member?.role === "newcomer" && member.groupIds.includes(group.id) && commitment.ownerIds.includes(member.id);
}

// src/features/plan/buttons.ts
var PREFIX2 = "cm";
var MOVES = [7, 14, 30];
var REMIND_DAY_CHOICES = [0, 1, 2, 3, 7];
function itemButtons(services, commitment, locale, context) {
  const t2 = (key, vars = {}) => services.translator.t(locale, key, vars);
  const id3 = commitment.id;
  if (commitment.state !== "open") return context === "manager" ? [{ id: `${PREFIX2}:u:${id3}`, label: t2("plan.buttons.reopen") }] : [];
  const choices = [
    { id: `${PREFIX2}:d:${id3}`, label: t2("plan.buttons.done") },
    { id: `${PREFIX2}:h:${id3}`, label: t2("plan.buttons.help") }
  ];
  if (context !== "manager") return choices;
  if (commitment.dueDate) for (const days of MOVES) choices.push({ id: `${PREFIX2}:w:${id3}:${days}`, label: t2("plan.buttons.later", { count: days }) });
  choices.push({ id: `${PREFIX2}:r:${id3}`, label: t2("plan.buttons.owners") }, { id: `${PREFIX2}:n:${id3}`, label: t2("plan.buttons.not_needed") });
  return choices;
}
function showItem(turn, services, commitment, group) {
  const state = commitment.state === "open" ? itemLine(services, commitment, turn.locale, turn.now) : `\u2022 ${titleOf2(services, commitment, turn.locale)} \xB7 ${services.translator.t(turn.locale, `plan.state.${commitment.state}`)}`;
  const context = canManage2(turn.member, group) ? "manager" : "owner";
  const choices = itemButtons(services, commitment, turn.locale, context);
  turn.send({ text: `${group.name}
${state}`, kind: "reply", choices: choices.length > 0 ? choices : void 0 });
}
var planButton = (turn, payload, services) => {
  const [action = "", target = "", extra = ""] = payload.split(":");
  const member = turn.member;
  if (!member) return turn.reply("common.not_allowed");
  if (action === "a" || action === "s" || action === "S") return groupButton(turn, services, action, target, extra);
  const commitment = services.store.get("commitments", target);
  const group = commitment ? services.store.get("groups", commitment.groupId) : void 0;
  if (!commitment || !group) return turn.reply("plan.gone");
  if (!canView(member, group)) return turn.reply("common.not_allowed");
  ensurePlan(services, group, turn.now);
  const item = titleOf2(services, commitment, turn.locale);
  const manager = canManage2(member, group);
  if (action === "m") return showItem(turn, services, commitment, group);
  if (action === "d" || action === "h") {
    if (!canAct(member, group, commitment)) return turn.reply("plan.not_yours", { item });
    if (action === "d") {
      const result2 = complete(services, commitment, member, turn.now);
      if (result2 === "already_done") return turn.reply("plan.already_done", { item, name: services.store.get("members", commitment.doneBy ?? "")?.name ?? "?" });
      if (result2 === "not_needed") return turn.reply("plan.is_not_needed", { item });
      return turn.reply("plan.done_ok", { item });
    }
    const result = askHelp(services, commitment, member, turn.now);
    if (result === "closed") return turn.reply("plan.closed", { item });
    return turn.reply(result === "already" ? "plan.help_already" : "plan.help_ok", { item });
  }
  if (!manager) return turn.reply("plan.not_yours", { item });
  if (action === "n") return turn.reply(markNotNeeded(services, commitment, member, turn.now) === "ok" ? "plan.not_needed_ok" : "plan.closed", { item });
  if (action === "u") return turn.reply(reopen(services, commitment, member, turn.now) === "ok" ? "plan.reopened" : "plan.still_open", { item });
  if (action === "w") {
    const days = Number(extra);
    if (!MOVES.includes(days) || !commitment.dueDate) return turn.reply("plan.gone");
    const today = isoDay(turn.now, services.config.timeZone);
    const date = addDays2(commitment.dueDate < today ? today : commitment.dueDate, days);
    if (moveDue(services, commitment, date, member, turn.now) === "closed") return turn.reply("plan.closed", { item });
    return turn.reply("plan.moved", { item, date: formatDueDate(date, turn.locale, turn.now, services.config.timeZone) });
  }
  if (action === "r" || action === "o") {
    if (action === "o") {
      const result = toggleOwner(services, commitment, extra, member, turn.now);
      if (result === "closed") return turn.reply("plan.closed", { item });
      if (result === "last") turn.reply("plan.owners_last");
      if (result === "not_member") turn.reply("plan.owner_left");
    }
    return ownersMenu(turn, services, commitment, group);
  }
  turn.reply("plan.gone");
};
function ownersMenu(turn, services, commitment, group) {
  const owners = ownerNames(services, commitment, turn.locale);
  const choices = membersOf(services, group).filter((m2) => m2.role !== "coordinator").map((m2) => ({ id: `${PREFIX2}:o:${commitment.id}:${m2.id}`, label: `${commitment.ownerIds.includes(m2.id) ? "\u2713 " : ""}${m2.name}` })).filter((choice) => Buffer.byteLength(choice.id) <= 64);
  turn.reply("plan.owners_menu", { item: titleOf2(services, commitment, turn.locale), owners: owners.join(", ") || services.translator.t(turn.locale, "plan.nobody") }, { choices });
}
function groupButton(turn, services, action, groupId, extra) {
  const group = services.store.get("groups", groupId);
  if (!group || !canView(turn.member, group)) return turn.reply(group ? "common.not_allowed" : "plan.gone");
  ensurePlan(services, group, turn.now);
  const t2 = (key, vars = {}) => services.translator.t(turn.locale, key, vars);
  if (action === "a") {
    const items = commitmentsOf(services, group.id).filter((c2) => c2.area === extra);
    if (items.length === 0) return turn.reply("plan.gone");
    const lines = items.map((c2) => c2.state === "open" ? itemLine(services, c2, turn.locale, turn.now) : `\u2022 ${titleOf2(services, c2, turn.locale)} \xB7 ${t2(`plan.state.${c2.state}`)}`);
    const choices = canManage2(turn.member, group) ? items.map((c2) => ({ id: `${PREFIX2}:m:${c2.id}`, label: titleOf2(services, c2, turn.locale) })) : void 0;
    return turn.send({ text: [`${group.name} \xB7 ${t2(`plan.areas.${extra}`)}`, ...lines].join("\n"), kind: "reply", choices });
  }
  if (!canManage2(turn.member, group)) return turn.reply("common.not_allowed");
  const record = services.store.get("plans", group.id);
  if (!record) return turn.reply("plan.gone");
  if (action === "s") {
    const choices = REMIND_DAY_CHOICES.map((days2) => ({ id: `${PREFIX2}:S:${group.id}:${days2}`, label: `${days2 === record.remindDaysBefore ? "\u2713 " : ""}${t2("plan.remind_days.choice", { count: days2 })}` }));
    return turn.reply("plan.remind_days.question", { group: group.name }, { choices });
  }
  const days = Number(extra);
  if (!REMIND_DAY_CHOICES.includes(days)) return turn.reply("plan.gone");
  services.store.put("plans", group.id, { ...record, remindDaysBefore: days });
  for (const commitment of commitmentsOf(services, group.id)) {
    if (commitment.state !== "open" || !commitment.reminderJob) continue;
    planReminder(services, commitment, turn.now);
    services.store.put("commitments", commitment.id, commitment);
  }
  turn.reply("plan.remind_days.saved", { group: group.name, count: days });
}

// src/features/plan/context.ts
function groupsOfTurn(turn, services) {
  const { store } = services;
  let groups;
  if (turn.inbound.chatType === "group") {
    const linked = store.get("chats", chatKey(turn.address))?.groupId;
    const group = linked ? store.get("groups", linked) : void 0;
    groups = group && turn.member && groupsVisibleTo(store, turn.member).some((g2) => g2.id === group.id) ? [group] : [];
  } else {
    groups = groupsVisibleTo(store, turn.member);
  }
  for (const group of groups) ensurePlan(services, group, turn.now);
  return groups;
}
function noteActivity(turn, services) {
  const ids2 = new Set(turn.member?.groupIds ?? []);
  if (turn.inbound.chatType === "group") {
    const linked = services.store.get("chats", chatKey(turn.address))?.groupId;
    if (linked) ids2.add(linked);
  }
  for (const id3 of ids2) recordActivity(services, id3, turn.now);
}

// src/features/plan/commands.ts
var MAX_BUTTONS = 10;
function withGroups(turn, services, run) {
  noteActivity(turn, services);
  const groups = groupsOfTurn(turn, services);
  if (groups.length === 0) return turn.reply(turn.inbound.chatType === "group" ? "plan.no_linked_group" : "plan.no_group");
  run(groups);
}
function actionable(turn, services, groups) {
  const me = turn.member?.id ?? "";
  const items = groups.flatMap((group) => openCommitments(services, group.id).filter((c2) => canAct(turn.member, group, c2)));
  return [...items.filter((c2) => c2.ownerIds.includes(me)), ...items.filter((c2) => !c2.ownerIds.includes(me))];
}
function itemChoices(services, items, locale, action, many) {
  return items.slice(0, MAX_BUTTONS).map((c2) => {
    const group = many ? ` (${services.store.get("groups", c2.groupId)?.name ?? ""})` : "";
    return { id: `${PREFIX2}:${action}:${c2.id}`, label: `${titleOf2(services, c2, locale)}${group}` };
  });
}
function planCommands(services) {
  const { translator } = services;
  const everyone = ["newcomer", "volunteer", "coordinator"];
  const commitments = {
    name: "commitments",
    roles: everyone,
    chats: ["private", "group"],
    acts: "groups",
    run(turn) {
      withGroups(turn, services, (groups) => {
        const t2 = (key, vars = {}) => translator.t(turn.locale, key, vars);
        const blocks = groups.map((group) => {
          const open5 = openCommitments(services, group.id);
          const lines = [t2("plan.list.header", { group: group.name, count: open5.length })];
          if (open5.length === 0) lines.push(t2("plan.list.empty"));
          lines.push(...open5.map((c2) => itemLine(services, c2, turn.locale, turn.now)));
          const free = unassigned(services, group.id).length;
          if (free > 0 && canManage2(turn.member, group)) lines.push(t2("plan.list.unassigned", { count: free, commit: turn.command("commit") }));
          return lines.join("\n");
        });
        const mine = groups.flatMap((group) => openCommitments(services, group.id).filter((c2) => canAct(turn.member, group, c2)));
        const choices = turn.inbound.chatType === "private" && mine.length > 0 ? itemChoices(services, mine, turn.locale, "m", groups.length > 1) : void 0;
        turn.send({ text: blocks.join("\n\n"), kind: "reply", choices });
      });
    }
  };
  const pick = (name, action, key) => ({
    name,
    roles: everyone,
    chats: ["private", "group"],
    acts: "groups",
    run(turn) {
      withGroups(turn, services, (groups) => {
        const items = actionable(turn, services, groups);
        if (items.length === 0) return turn.reply(turn.role === "newcomer" ? "plan.pick.none_own" : "plan.pick.none", { commit: turn.command("commit") });
        turn.reply(key, {}, { choices: itemChoices(services, items, turn.locale, action, groups.length > 1) });
      });
    }
  });
  const plan = {
    name: "plan",
    roles: everyone,
    chats: ["private", "group"],
    acts: "groups",
    run(turn) {
      withGroups(turn, services, (groups) => {
        const t2 = (key, vars = {}) => translator.t(turn.locale, key, vars);
        const charts = groups.map((group) => planChart(services, group, turn.locale));
        const single = groups.length === 1 ? groups[0] : void 0;
        if (single && turn.inbound.chatType === "private") {
          const me = turn.member?.id ?? "";
          const own = openCommitments(services, single.id).filter((c2) => c2.ownerIds.includes(me));
          if (turn.role === "newcomer" && own.length > 0) charts.push([t2("plan.yours"), ...own.map((c2) => itemLine(services, c2, turn.locale, turn.now))].join("\n"));
          const areas = areaIds().filter((area) => services.store.values("commitments").some((c2) => c2.groupId === single.id && c2.area === area));
          const choices = areas.map((area) => ({ id: `${PREFIX2}:a:${single.id}:${area}`, label: t2(`plan.areas.${area}`) }));
          if (canManage2(turn.member, single)) {
            const days = services.store.get("plans", single.id)?.remindDaysBefore ?? 2;
            choices.push({ id: `${PREFIX2}:s:${single.id}`, label: t2("plan.buttons.reminders", { count: days }) });
          }
          const ownChoices = turn.role === "newcomer" ? own.slice(0, 3).map((c2) => ({ id: `${PREFIX2}:m:${c2.id}`, label: titleOf2(services, c2, turn.locale) })) : [];
          return turn.send({ text: charts.join("\n\n"), kind: "reply", choices: [...ownChoices, ...choices].slice(0, turn.role === "newcomer" ? MAX_BUTTONS : 20) });
        }
        turn.send({ text: charts.join("\n\n"), kind: "reply" });
      });
    }
  };
  return [commitments, pick("done", "d", "plan.pick.done"), pick("helpneeded", "h", "plan.pick.help"), plan];
}

// src/features/plan/health.ts
var MIN_VOLUNTEERS = 5;
var MEETUP_WITHIN_DAYS = 14;
var QUIET_DAYS = 14;
var QUIET_ESCALATE_DAYS = 28;
function meetupInfo(services, groupId, now) {
  const { store } = services;
  const outcomes = store.values("meetupOutcomes").filter((o2) => o2.groupId === groupId);
  const notHeld = new Set(outcomes.filter((o2) => !o2.held).map((o2) => o2.id));
  const held2 = outcomes.filter((o2) => o2.held && o2.at <= now).map((o2) => o2.at);
  let nextAt2;
  for (const meetup of store.values("meetups")) {
    if (meetup.groupId !== groupId || meetup.status !== "confirmed" || meetup.at === void 0) continue;
    if (meetup.at <= now) {
      if (!notHeld.has(meetup.id)) held2.push(meetup.at);
    } else if (nextAt2 === void 0 || meetup.at < nextAt2) nextAt2 = meetup.at;
  }
  return { lastHeldAt: held2.length > 0 ? Math.max(...held2) : void 0, nextAt: nextAt2 };
}
function groupHealth(services, group, now, since = now - 7 * DAY) {
  const { store, config } = services;
  const record = ensurePlan(services, group, now);
  const items = commitmentsOf(services, group.id);
  const volunteers = group.memberIds.filter((id3) => store.get("members", id3)?.role === "volunteer").length;
  const meetups = meetupInfo(services, group.id, now);
  const overdue = items.filter((c2) => isOverdue(c2, now, config.timeZone)).sort((a2, b2) => (a2.dueDate ?? "").localeCompare(b2.dueDate ?? ""));
  const help = items.filter((c2) => c2.state === "open" && c2.helpNeeded);
  const doneSince = items.filter((c2) => c2.state === "done" && (c2.doneAt ?? 0) >= since);
  const quietDays = Math.floor((now - record.lastActivityAt) / DAY);
  const concerns = [];
  if (volunteers < MIN_VOLUNTEERS) concerns.push("few_volunteers");
  const metOrStarted = Math.max(meetups.lastHeldAt ?? 0, group.startsAt);
  if (now - metOrStarted > MEETUP_WITHIN_DAYS * DAY) concerns.push("no_meetup");
  if (overdue.length > 0) concerns.push("overdue");
  if (help.length > 0) concerns.push("help");
  if (quietDays >= QUIET_DAYS) concerns.push("quiet");
  return { group, volunteers, meetups, ...progress(items), overdue, help, doneSince, quietDays, concerns };
}

// src/features/plan/digest.ts
var DIGEST_JOB = "plan.digest";
var DIGEST_WEEKDAY = 1;
var DIGEST_TIME = "09:00";
var LIST_MAX = 5;
function digestJobId(memberId) {
  return `plan:digest:${memberId}`;
}
function ensureDigestJobs(services) {
  const { store, jobs } = services;
  const coordinators2 = /* @__PURE__ */ new Set();
  for (const member of store.values("members")) {
    if (member.role !== "coordinator") continue;
    coordinators2.add(member.id);
    jobs.weekly(digestJobId(member.id), DIGEST_JOB, DIGEST_WEEKDAY, DIGEST_TIME, member.timeZone || services.config.timeZone, { memberId: member.id });
  }
  for (const job of store.values("jobs")) if (job.type === DIGEST_JOB && !coordinators2.has(String(job.payload.memberId))) jobs.cancel(job.id);
}
function digestText(services, coordinator, now) {
  const { store, translator, config } = services;
  const locale = coordinator.locale;
  const t2 = (key, vars = {}) => translator.t(locale, key, vars);
  const groups = groupsVisibleTo(store, coordinator);
  if (groups.length === 0) return void 0;
  const healths = groups.map((group) => groupHealth(services, group, now));
  const attention = healths.filter((h2) => h2.concerns.length > 0);
  const zone = coordinator.timeZone || config.timeZone;
  const weekStart = formatDueDate(isoDay(now, zone), locale, now, zone);
  const lines = [t2("plan.digest.header", { date: weekStart }), t2("plan.digest.summary", { count: groups.length, on_track: healths.length - attention.length, attention: attention.length })];
  const quiet = healths.filter((h2) => h2.concerns.includes("quiet"));
  const few = healths.filter((h2) => h2.volunteers < MIN_VOLUNTEERS);
  if (quiet.length > 0) lines.push(t2("plan.digest.quiet_groups", { groups: quiet.map((h2) => `${h2.group.name} (${t2("plan.digest.days", { count: h2.quietDays })})`) }));
  if (few.length > 0) lines.push(t2("plan.digest.few_volunteers", { groups: few.map((h2) => `${h2.group.name} (${h2.volunteers})`), min: MIN_VOLUNTEERS }));
  for (const health of [...attention, ...healths.filter((h2) => h2.concerns.length === 0)]) lines.push("", ...groupSection(services, health, locale, now));
  return lines.join("\n");
}
function groupSection(services, health, locale, now) {
  const { translator, config } = services;
  const t2 = (key, vars = {}) => translator.t(locale, key, vars);
  const percent = health.total === 0 ? 0 : Math.round(health.done / health.total * 100);
  const head = health.concerns.length === 0 ? "plan.digest.on_track" : "plan.digest.attention";
  const lines = [t2(head, { group: health.group.name, municipality: health.group.municipality, done: health.done, total: health.total, percent })];
  if (health.concerns.length > 0) {
    lines.push(
      `   ${health.concerns.map((concern) => t2(`plan.concern.${concern}`, { count: concern === "few_volunteers" ? health.volunteers : concern === "overdue" ? health.overdue.length : concern === "help" ? health.help.length : concern === "quiet" ? health.quietDays : 0, min: MIN_VOLUNTEERS })).join(" \xB7 ")}`
    );
  }
  const list = (items, line2) => {
    const shown = items.slice(0, LIST_MAX).map(line2);
    return items.length > LIST_MAX ? [...shown, t2("plan.digest.more", { count: items.length - LIST_MAX })] : shown;
  };
  if (health.doneSince.length > 0) lines.push(`   ${t2("plan.digest.done_week", { count: health.doneSince.length })}`, ...list(health.doneSince, (c2) => `   \u2713 ${titleOf2(services, c2, locale)}`));
  if (health.overdue.length > 0) {
    lines.push(
      `   ${t2("plan.digest.overdue", { count: health.overdue.length })}`,
      ...list(health.overdue, (c2) => `   ! ${titleOf2(services, c2, locale)} \xB7 ${ownerNames(services, c2, locale).join(", ") || t2("plan.nobody")} \xB7 ${formatDueDate(c2.dueDate ?? isoDay(now, config.timeZone), locale, now, config.timeZone)}`)
    );
  }
  if (health.meetups.nextAt !== void 0) lines.push(`   ${t2("plan.digest.next_meetup", { date: formatWhen(health.meetups.nextAt, { locale, timeZone: config.timeZone }) })}`);
  else lines.push(`   ${t2("plan.digest.no_next_meetup")}`);
  return lines;
}
var digestJob = (job, { services, occurrence, now }) => {
  const member = services.store.get("members", String(job.payload.memberId));
  if (!member || member.role !== "coordinator") {
    services.jobs.cancel(job.id);
    return;
  }
  const text2 = digestText(services, member, now);
  if (text2) sendToMember2(services, member, text2, { key: occurrence, kind: "notice" });
};

// src/features/plan/daily.ts
var DAILY_JOB = "plan.daily";
var DAILY_TIME = "10:00";
function checkQuietGroups(services, now) {
  const { store, translator } = services;
  for (const group of store.values("groups")) {
    if (group.endsAt <= now) continue;
    const record = ensurePlan(services, group, now);
    const days = Math.floor((now - record.lastActivityAt) / DAY);
    const silence = `plan:quiet:${group.id}:${record.lastActivityAt}`;
    if (days >= QUIET_DAYS && !record.quietNudgedAt) {
      tellGroup(services, group, `${silence}:nudge`, (locale) => translator.t(locale, "plan.quiet.nudge", { group: group.name, count: days }), void 0, { newcomers: false });
      record.quietNudgedAt = now;
      store.put("plans", group.id, record);
    }
    if (days >= QUIET_ESCALATE_DAYS && !record.quietEscalatedAt) {
      tellCoordinators(services, group, `${silence}:coordinator`, "plan.quiet.coordinator", () => ({ group: group.name, count: days }));
      record.quietEscalatedAt = now;
      store.put("plans", group.id, record);
    }
  }
}
var dailyJob = (_job, { services, now }) => {
  checkQuietGroups(services, now);
  repairReminders(services, now);
  ensureDigestJobs(services);
};

// src/features/plan/flow-actions.ts
function answers(turn, services) {
  return services.store.get("conversations", conversationKey(turn))?.vars ?? {};
}
function chosenGroup(services, vars, turn) {
  const group = typeof vars.groupId === "string" ? services.store.get("groups", vars.groupId) : void 0;
  return group && canManage2(turn.member, group) ? group : void 0;
}
var pickGroupAction = ({ turn, vars, services }) => {
  const groups = groupsOfTurn(turn, services).filter((group) => canManage2(turn.member, group));
  if (groups.length === 0) return "none";
  if (groups.length > 1) return "many";
  vars.groupId = groups[0].id;
  vars.group = groups[0].name;
  return "one";
};
var groupChosenAction = ({ turn, vars, services }) => {
  const group = chosenGroup(services, vars, turn);
  if (!group) return "none";
  ensurePlan(services, group, turn.now);
  vars.group = group.name;
};
var areaItemsAction = ({ turn, vars, services }) => itemChoices2(turn, services, vars).length === 0 ? "empty" : void 0;
var checkDueAction = ({ turn, vars, services }) => {
  const parsed = parseDueDate(String(vars.dueText ?? ""), { now: turn.now, timeZone: services.config.timeZone, locale: turn.locale });
  if (!parsed.ok) return parsed.reason;
  vars.dueDate = parsed.date;
  vars.date = formatDueDate(parsed.date, turn.locale, turn.now, services.config.timeZone);
};
var commitAction = ({ turn, vars, services }) => {
  const group = chosenGroup(services, vars, turn);
  if (!group || !turn.member) return "closed";
  const note = typeof vars.note === "string" ? vars.note : void 0;
  const own = vars.area === OWN_AREA;
  const result = commit(
    services,
    {
      group,
      actor: turn.member,
      commitmentId: own ? void 0 : String(vars.itemId),
      title: own ? String(vars.title) : void 0,
      area: OWN_AREA,
      ownerIds: Array.isArray(vars.owners) ? vars.owners.map(String) : [],
      dueDate: String(vars.dueDate),
      note
    },
    turn.now
  );
  if (!result.ok) return result.reason === "owner_left" ? "owner_left" : "closed";
  vars.item = titleOf2(services, result.commitment, turn.locale);
  vars.owners_text = ownerNames(services, result.commitment, turn.locale).join(", ");
};
var groupChoices4 = (turn, services) => groupsOfTurn(turn, services).filter((group) => canManage2(turn.member, group)).map((group) => ({ id: group.id, label: group.name }));
var areaChoices = (turn, services) => areaIds().map((area) => ({ id: area, label: services.translator.t(turn.locale, area === OWN_AREA ? "plan.area.own_new" : `plan.areas.${area}`) }));
function itemChoices2(turn, services, vars) {
  const group = chosenGroup(services, vars, turn);
  if (!group) return [];
  return commitmentsOf(services, group.id).filter((c2) => c2.state === "open" && c2.area === vars.area).map((c2) => {
    const owners = ownerNames(services, c2, turn.locale);
    return { id: c2.id, label: owners.length > 0 ? `${titleOf2(services, c2, turn.locale)} (${owners.join(", ")})` : titleOf2(services, c2, turn.locale) };
  });
}
var itemChoiceSource = (turn, services) => itemChoices2(turn, services, answers(turn, services));
var memberChoices = (turn, services) => {
  const group = chosenGroup(services, answers(turn, services), turn);
  if (!group) return [];
  return group.memberIds.flatMap((id3) => services.store.get("members", id3) ?? []).filter((m2) => m2.role !== "coordinator").map((m2) => ({ id: m2.id, label: m2.role === "newcomer" ? `${m2.name} (${services.translator.t(turn.locale, "common.role.newcomer")})` : m2.name }));
};

// src/features/plan/privacy.ts
var ERASED2 = "erased";
var planPrivacy = {
  export(memberId, services) {
    const items = services.store.values("commitments").filter((c2) => c2.ownerIds.includes(memberId) || c2.createdBy === memberId || c2.doneBy === memberId || c2.helpNeeded?.by === memberId).map((c2) => ({ groupId: c2.groupId, item: c2.itemId ?? c2.title, dueDate: c2.dueDate, state: c2.state, owner: c2.ownerIds.includes(memberId), note: c2.note, doneByYou: c2.doneBy === memberId }));
    return items.length > 0 ? { commitments: items } : void 0;
  },
  erase(memberId, services) {
    const { store, clock } = services;
    if (store.get("planPrompts", memberId)) store.delete("planPrompts", memberId);
    for (const commitment of store.values("commitments")) {
      const touched = commitment.ownerIds.includes(memberId) || commitment.createdBy === memberId || commitment.doneBy === memberId || commitment.helpNeeded?.by === memberId;
      if (!touched) continue;
      const next = { ...commitment, ownerIds: commitment.ownerIds.filter((id3) => id3 !== memberId) };
      if (next.createdBy === memberId) next.createdBy = ERASED2;
      if (next.doneBy === memberId) next.doneBy = ERASED2;
      if (next.helpNeeded?.by === memberId) next.helpNeeded = { ...next.helpNeeded, by: ERASED2 };
      planReminder(services, next, clock.now());
      store.put("commitments", next.id, next);
    }
  }
};

// src/features/plan/typed.ts
var PROMPT_DAYS = 7;
var typedAnswer2 = (turn, services) => {
  const member = turn.member;
  if (!member || turn.inbound.chatType !== "private") return false;
  const typed = asciiDigits(turn.inbound.text ?? "").trim().replace(/[.)]$/, "");
  if (typed !== "1" && typed !== "2") return false;
  const prompt = services.store.get("planPrompts", member.id);
  if (!prompt || prompt.chatKey !== chatKey(turn.address) || turn.now - prompt.at > PROMPT_DAYS * DAY) return false;
  const meetup = services.store.get("meetupPrompts", member.id);
  if (meetup && meetup.at > prompt.at) return false;
  services.store.delete("planPrompts", member.id);
  planButton(turn, `${typed === "1" ? "d" : "h"}:${prompt.commitmentId}`, services);
  return true;
};

// src/features/plan/feature.ts
var planFeature = {
  name: "plan",
  commands: ({ services }) => {
    planTemplate();
    return planCommands(services);
  },
  actions: {
    "plan.pick_group": pickGroupAction,
    "plan.group_chosen": groupChosenAction,
    "plan.area_items": areaItemsAction,
    "plan.check_due": checkDueAction,
    "plan.commit": commitAction
  },
  choiceSources: { plan_groups: groupChoices4, plan_areas: areaChoices, plan_items: itemChoiceSource, plan_members: memberChoices },
  jobs: { [REMINDER_JOB]: remindJob, [DIGEST_JOB]: digestJob, [DAILY_JOB]: dailyJob },
  buttons: { [PREFIX2]: planButton },
  privacy: planPrivacy,
  // Watches: a member's message keeps their group from counting as quiet (the message goes on to other features) —
  // and a typed "1"/"2" answers the last reminder (WhatsApp templates show buttons as numbers).
  onMessage: (turn, services) => {
    noteActivity(turn, services);
    return typedAnswer2(turn, services);
  },
  setup({ services, scheduleDaily }) {
    scheduleDaily(DAILY_JOB, DAILY_JOB, DAILY_TIME);
    ensureDigestJobs(services);
  }
};

// ../../main/node_modules/ts-fsrs/dist/index.mjs
var State = /* @__PURE__ */ ((State2) => {
  State2[State2["New"] = 0] = "New";
  State2[State2["Learning"] = 1] = "Learning";
  State2[State2["Review"] = 2] = "Review";
  State2[State2["Relearning"] = 3] = "Relearning";
  return State2;
})(State || {});
var Rating = /* @__PURE__ */ ((Rating2) => {
  Rating2[Rating2["Manual"] = 0] = "Manual";
  Rating2[Rating2["Again"] = 1] = "Again";
  Rating2[Rating2["Hard"] = 2] = "Hard";
  Rating2[Rating2["Good"] = 3] = "Good";
  Rating2[Rating2["Easy"] = 4] = "Easy";
  return Rating2;
})(Rating || {});
var TypeConvert = class _TypeConvert {
  static card(card) {
    return {
      ...card,
      state: _TypeConvert.state(card.state),
      due: _TypeConvert.time(card.due),
      last_review: card.last_review ? _TypeConvert.time(card.last_review) : void 0
    };
  }
  static rating(value) {
    if (typeof value === "string") {
      const firstLetter = value.charAt(0).toUpperCase();
      const restOfString = value.slice(1).toLowerCase();
      const ret = Rating[`${firstLetter}${restOfString}`];
      if (ret === void 0) {
        throw new Error(`Invalid rating:[${value}]`);
      }
      return ret;
    } else if (typeof value === "number") {
      return value;
    }
    throw new Error(`Invalid rating:[${value}]`);
  }
  static state(value) {
    if (typeof value === "string") {
      const firstLetter = value.charAt(0).toUpperCase();
      const restOfString = value.slice(1).toLowerCase();
      const ret = State[`${firstLetter}${restOfString}`];
      if (ret === void 0) {
        throw new Error(`Invalid state:[${value}]`);
      }
      return ret;
    } else if (typeof value === "number") {
      return value;
    }
    throw new Error(`Invalid state:[${value}]`);
  }
  static time(value) {
    const date = new Date(value);
    if (typeof value === "object" && value !== null && !Number.isNaN(Date.parse(value) || +date)) {
      return date;
    } else if (typeof value === "string") {
      const timestamp = Date.parse(value);
      if (!Number.isNaN(timestamp)) {
        return new Date(timestamp);
      } else {
        throw new Error(`Invalid date:[${value}]`);
      }
    } else if (typeof value === "number") {
      return new Date(value);
    }
    throw new Error(`Invalid date:[${value}]`);
  }
  static review_log(log2) {
    return {
      ...log2,
      due: _TypeConvert.time(log2.due),
      rating: _TypeConvert.rating(log2.rating),
      state: _TypeConvert.state(log2.state),
      review: _TypeConvert.time(log2.review)
    };
  }
};
Date.prototype.scheduler = function(t2, isDay) {
  return date_scheduler(this, t2, isDay);
};
Date.prototype.diff = function(pre, unit) {
  return date_diff(this, pre, unit);
};
Date.prototype.format = function() {
  return formatDate(this);
};
Date.prototype.dueFormat = function(last_review, unit, timeUnit) {
  return show_diff_message(this, last_review, unit, timeUnit);
};
function date_scheduler(now, t2, isDay) {
  return new Date(
    isDay ? TypeConvert.time(now).getTime() + t2 * 24 * 60 * 60 * 1e3 : TypeConvert.time(now).getTime() + t2 * 60 * 1e3
  );
}
function date_diff(now, pre, unit) {
  if (!now || !pre) {
    throw new Error("Invalid date");
  }
  const diff = TypeConvert.time(now).getTime() - TypeConvert.time(pre).getTime();
  let r2 = 0;
  switch (unit) {
    case "days":
      r2 = Math.floor(diff / (24 * 60 * 60 * 1e3));
      break;
    case "minutes":
      r2 = Math.floor(diff / (60 * 1e3));
      break;
  }
  return r2;
}
function formatDate(dateInput) {
  const date = TypeConvert.time(dateInput);
  const year = date.getFullYear();
  const month = date.getMonth() + 1;
  const day = date.getDate();
  const hours = date.getHours();
  const minutes2 = date.getMinutes();
  const seconds = date.getSeconds();
  return `${year}-${padZero(month)}-${padZero(day)} ${padZero(hours)}:${padZero(
    minutes2
  )}:${padZero(seconds)}`;
}
function padZero(num) {
  return num < 10 ? `0${num}` : `${num}`;
}
var TIMEUNIT = [60, 60, 24, 31, 12];
var TIMEUNITFORMAT = ["second", "min", "hour", "day", "month", "year"];
function show_diff_message(due, last_review, unit, timeUnit = TIMEUNITFORMAT) {
  due = TypeConvert.time(due);
  last_review = TypeConvert.time(last_review);
  if (timeUnit.length !== TIMEUNITFORMAT.length) {
    timeUnit = TIMEUNITFORMAT;
  }
  let diff = due.getTime() - last_review.getTime();
  let i2 = 0;
  diff /= 1e3;
  for (i2 = 0; i2 < TIMEUNIT.length; i2++) {
    if (diff < TIMEUNIT[i2]) {
      break;
    } else {
      diff /= TIMEUNIT[i2];
    }
  }
  return `${Math.floor(diff)}${unit ? timeUnit[i2] : ""}`;
}
var Grades = Object.freeze([
  Rating.Again,
  Rating.Hard,
  Rating.Good,
  Rating.Easy
]);
var FUZZ_RANGES = [
  {
    start: 2.5,
    end: 7,
    factor: 0.15
  },
  {
    start: 7,
    end: 20,
    factor: 0.1
  },
  {
    start: 20,
    end: Infinity,
    factor: 0.05
  }
];
function get_fuzz_range(interval, elapsed_days, maximum_interval) {
  let delta = 1;
  for (const range of FUZZ_RANGES) {
    delta += range.factor * Math.max(Math.min(interval, range.end) - range.start, 0);
  }
  interval = Math.min(interval, maximum_interval);
  let min_ivl = Math.max(2, Math.round(interval - delta));
  const max_ivl = Math.min(Math.round(interval + delta), maximum_interval);
  if (interval > elapsed_days) {
    min_ivl = Math.max(min_ivl, elapsed_days + 1);
  }
  min_ivl = Math.min(min_ivl, max_ivl);
  return { min_ivl, max_ivl };
}
function clamp(value, min, max) {
  return Math.min(Math.max(value, min), max);
}
function dateDiffInDays(last, cur) {
  const utc1 = Date.UTC(
    last.getUTCFullYear(),
    last.getUTCMonth(),
    last.getUTCDate()
  );
  const utc2 = Date.UTC(
    cur.getUTCFullYear(),
    cur.getUTCMonth(),
    cur.getUTCDate()
  );
  return Math.floor(
    (utc2 - utc1) / 864e5
    /** 1000 * 60 * 60 * 24*/
  );
}
var ConvertStepUnitToMinutes = (step) => {
  const unit = step.slice(-1);
  const value = parseInt(step.slice(0, -1), 10);
  if (Number.isNaN(value) || !Number.isFinite(value) || value < 0) {
    throw new Error(`Invalid step value: ${step}`);
  }
  switch (unit) {
    case "m":
      return value;
    case "h":
      return value * 60;
    case "d":
      return value * 1440;
    default:
      throw new Error(`Invalid step unit: ${step}, expected m/h/d`);
  }
};
var BasicLearningStepsStrategy = (params, state, cur_step) => {
  const learning_steps = state === State.Relearning || state === State.Review ? params.relearning_steps : params.learning_steps;
  const steps_length = learning_steps.length;
  if (steps_length === 0 || cur_step >= steps_length) return {};
  const firstStep = learning_steps[0];
  const toMinutes = ConvertStepUnitToMinutes;
  const getAgainInterval = () => {
    return toMinutes(firstStep);
  };
  const getHardInterval = () => {
    if (steps_length === 1) return Math.round(toMinutes(firstStep) * 1.5);
    const nextStep = learning_steps[1];
    return Math.round((toMinutes(firstStep) + toMinutes(nextStep)) / 2);
  };
  const getStepInfo = (index) => {
    if (index < 0 || index >= steps_length) {
      return null;
    } else {
      return learning_steps[index];
    }
  };
  const getGoodMinutes = (step) => {
    return toMinutes(step);
  };
  const result = {};
  const step_info = getStepInfo(Math.max(0, cur_step));
  if (state === State.Review) {
    result[Rating.Again] = {
      scheduled_minutes: toMinutes(step_info),
      next_step: 0
    };
    return result;
  } else {
    result[Rating.Again] = {
      scheduled_minutes: getAgainInterval(),
      next_step: 0
    };
    result[Rating.Hard] = {
      scheduled_minutes: getHardInterval(),
      next_step: cur_step
    };
    const next_info = getStepInfo(cur_step + 1);
    if (next_info) {
      const nextMin = getGoodMinutes(next_info);
      if (nextMin) {
        result[Rating.Good] = {
          scheduled_minutes: Math.round(nextMin),
          next_step: cur_step + 1
        };
      }
    }
  }
  return result;
};
function DefaultInitSeedStrategy() {
  const time = this.review_time.getTime();
  const reps = this.current.reps;
  const mul = this.current.difficulty * this.current.stability;
  return `${time}_${reps}_${mul}`;
}
var StrategyMode = /* @__PURE__ */ ((StrategyMode2) => {
  StrategyMode2["SCHEDULER"] = "Scheduler";
  StrategyMode2["LEARNING_STEPS"] = "LearningSteps";
  StrategyMode2["SEED"] = "Seed";
  return StrategyMode2;
})(StrategyMode || {});
var AbstractScheduler = class {
  last;
  current;
  review_time;
  next = /* @__PURE__ */ new Map();
  algorithm;
  strategies;
  elapsed_days = 0;
  // init
  constructor(card, now, algorithm, strategies) {
    this.algorithm = algorithm;
    this.last = TypeConvert.card(card);
    this.current = TypeConvert.card(card);
    this.review_time = TypeConvert.time(now);
    this.strategies = strategies;
    this.init();
  }
  checkGrade(grade) {
    if (!Number.isFinite(grade) || grade < 0 || grade > 4) {
      throw new Error(`Invalid grade "${grade}",expected 1-4`);
    }
  }
  init() {
    const { state, last_review } = this.current;
    let interval = 0;
    if (state !== State.New && last_review) {
      interval = dateDiffInDays(last_review, this.review_time);
    }
    this.current.last_review = this.review_time;
    this.elapsed_days = interval;
    this.current.elapsed_days = interval;
    this.current.reps += 1;
    let seed_strategy = DefaultInitSeedStrategy;
    if (this.strategies) {
      const custom_strategy = this.strategies.get(StrategyMode.SEED);
      if (custom_strategy) {
        seed_strategy = custom_strategy;
      }
    }
    this.algorithm.seed = seed_strategy.call(this);
  }
  preview() {
    return {
      [Rating.Again]: this.review(Rating.Again),
      [Rating.Hard]: this.review(Rating.Hard),
      [Rating.Good]: this.review(Rating.Good),
      [Rating.Easy]: this.review(Rating.Easy),
      [Symbol.iterator]: this.previewIterator.bind(this)
    };
  }
  *previewIterator() {
    for (const grade of Grades) {
      yield this.review(grade);
    }
  }
  review(grade) {
    const { state } = this.last;
    let item;
    this.checkGrade(grade);
    switch (state) {
      case State.New:
        item = this.newState(grade);
        break;
      case State.Learning:
      case State.Relearning:
        item = this.learningState(grade);
        break;
      case State.Review:
        item = this.reviewState(grade);
        break;
    }
    return item;
  }
  buildLog(rating) {
    const { last_review, due, elapsed_days } = this.last;
    return {
      rating,
      state: this.current.state,
      due: last_review || due,
      stability: this.current.stability,
      difficulty: this.current.difficulty,
      elapsed_days: this.elapsed_days,
      last_elapsed_days: elapsed_days,
      scheduled_days: this.current.scheduled_days,
      learning_steps: this.current.learning_steps,
      review: this.review_time
    };
  }
};
var Alea = class {
  c;
  s0;
  s1;
  s2;
  constructor(seed) {
    const mash = Mash();
    this.c = 1;
    this.s0 = mash(" ");
    this.s1 = mash(" ");
    this.s2 = mash(" ");
    if (seed == null) seed = Date.now();
    this.s0 -= mash(seed);
    if (this.s0 < 0) this.s0 += 1;
    this.s1 -= mash(seed);
    if (this.s1 < 0) this.s1 += 1;
    this.s2 -= mash(seed);
    if (this.s2 < 0) this.s2 += 1;
  }
  next() {
    const t2 = 2091639 * this.s0 + this.c * 23283064365386963e-26;
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t2 | 0;
    this.s2 = t2 - this.c;
    return this.s2;
  }
  set state(state) {
    this.c = state.c;
    this.s0 = state.s0;
    this.s1 = state.s1;
    this.s2 = state.s2;
  }
  get state() {
    return {
      c: this.c,
      s0: this.s0,
      s1: this.s1,
      s2: this.s2
    };
  }
};
function Mash() {
  let n2 = 4022871197;
  return function mash(data) {
    data = String(data);
    for (let i2 = 0; i2 < data.length; i2++) {
      n2 += data.charCodeAt(i2);
      let h2 = 0.02519603282416938 * n2;
      n2 = h2 >>> 0;
      h2 -= n2;
      h2 *= n2;
      n2 = h2 >>> 0;
      h2 -= n2;
      n2 += h2 * 4294967296;
    }
    return (n2 >>> 0) * 23283064365386963e-26;
  };
}
function alea(seed) {
  const xg = new Alea(seed);
  const prng = () => xg.next();
  prng.int32 = () => xg.next() * 4294967296 | 0;
  prng.double = () => prng() + (prng() * 2097152 | 0) * 11102230246251565e-32;
  prng.state = () => xg.state;
  prng.importState = (state) => {
    xg.state = state;
    return prng;
  };
  return prng;
}
var version = "5.2.3";
var default_request_retention = 0.9;
var default_maximum_interval = 36500;
var default_enable_fuzz = false;
var default_enable_short_term = true;
var default_learning_steps = Object.freeze([
  "1m",
  "10m"
]);
var default_relearning_steps = Object.freeze([
  "10m"
]);
var FSRSVersion = `v${version} using FSRS-6.0`;
var S_MIN = 1e-3;
var INIT_S_MAX = 100;
var FSRS5_DEFAULT_DECAY = 0.5;
var FSRS6_DEFAULT_DECAY = 0.1542;
var default_w = Object.freeze([
  0.212,
  1.2931,
  2.3065,
  8.2956,
  6.4133,
  0.8334,
  3.0194,
  1e-3,
  1.8722,
  0.1666,
  0.796,
  1.4835,
  0.0614,
  0.2629,
  1.6483,
  0.6014,
  1.8729,
  0.5425,
  0.0912,
  0.0658,
  FSRS6_DEFAULT_DECAY
]);
var W17_W18_Ceiling = 2;
var CLAMP_PARAMETERS = (w17_w18_ceiling, enable_short_term = default_enable_short_term) => [
  [S_MIN, INIT_S_MAX],
  [S_MIN, INIT_S_MAX],
  [S_MIN, INIT_S_MAX],
  [S_MIN, INIT_S_MAX],
  [1, 10],
  [1e-3, 4],
  [1e-3, 4],
  [1e-3, 0.75],
  [0, 4.5],
  [0, 0.8],
  [1e-3, 3.5],
  [1e-3, 5],
  [1e-3, 0.25],
  [1e-3, 0.9],
  [0, 4],
  [0, 1],
  [1, 6],
  [0, w17_w18_ceiling],
  [0, w17_w18_ceiling],
  [
    enable_short_term ? 0.01 : 0,
    0.8
  ],
  [0.1, 0.8]
];
var clipParameters = (parameters, numRelearningSteps, enableShortTerm = default_enable_short_term) => {
  let w17_w18_ceiling = W17_W18_Ceiling;
  if (Math.max(0, numRelearningSteps) > 1) {
    const value = -(Math.log(parameters[11]) + Math.log(Math.pow(2, parameters[13]) - 1) + parameters[14] * 0.3) / numRelearningSteps;
    w17_w18_ceiling = clamp(+value.toFixed(8), 0.01, 2);
  }
  const clip = CLAMP_PARAMETERS(w17_w18_ceiling, enableShortTerm).slice(
    0,
    parameters.length
  );
  return clip.map(
    ([min, max], index) => clamp(parameters[index] || 0, min, max)
  );
};
var migrateParameters = (parameters, numRelearningSteps = 0, enableShortTerm = default_enable_short_term) => {
  if (parameters === void 0) {
    return [...default_w];
  }
  switch (parameters.length) {
    case 21:
      return clipParameters(
        Array.from(parameters),
        numRelearningSteps,
        enableShortTerm
      );
    case 19:
      console.debug("[FSRS-6]auto fill w from 19 to 21 length");
      return clipParameters(
        Array.from(parameters),
        numRelearningSteps,
        enableShortTerm
      ).concat([0, FSRS5_DEFAULT_DECAY]);
    case 17: {
      const w2 = clipParameters(
        Array.from(parameters),
        numRelearningSteps,
        enableShortTerm
      );
      w2[4] = +(w2[5] * 2 + w2[4]).toFixed(8);
      w2[5] = +(Math.log(w2[5] * 3 + 1) / 3).toFixed(8);
      w2[6] = +(w2[6] + 0.5).toFixed(8);
      console.debug("[FSRS-6]auto fill w from 17 to 21 length");
      return w2.concat([0, 0, 0, FSRS5_DEFAULT_DECAY]);
    }
    default:
      console.warn("[FSRS]Invalid parameters length, using default parameters");
      return [...default_w];
  }
};
var generatorParameters = (props) => {
  const learning_steps = Array.isArray(props?.learning_steps) ? props.learning_steps : default_learning_steps;
  const relearning_steps = Array.isArray(props?.relearning_steps) ? props.relearning_steps : default_relearning_steps;
  const enable_short_term = props?.enable_short_term ?? default_enable_short_term;
  const w2 = migrateParameters(
    props?.w,
    relearning_steps.length,
    enable_short_term
  );
  return {
    request_retention: props?.request_retention || default_request_retention,
    maximum_interval: props?.maximum_interval || default_maximum_interval,
    w: w2,
    enable_fuzz: props?.enable_fuzz ?? default_enable_fuzz,
    enable_short_term,
    learning_steps,
    relearning_steps
  };
};
function createEmptyCard(now, afterHandler) {
  const emptyCard = {
    due: now ? TypeConvert.time(now) : /* @__PURE__ */ new Date(),
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    reps: 0,
    lapses: 0,
    learning_steps: 0,
    state: State.New,
    last_review: void 0
  };
  if (afterHandler && typeof afterHandler === "function") {
    return afterHandler(emptyCard);
  } else {
    return emptyCard;
  }
}
var computeDecayFactor = (decayOrParams) => {
  const decay = typeof decayOrParams === "number" ? -decayOrParams : -decayOrParams[20];
  const factor = Math.exp(Math.pow(decay, -1) * Math.log(0.9)) - 1;
  return { decay, factor: +factor.toFixed(8) };
};
function forgetting_curve(decayOrParams, elapsed_days, stability) {
  const { decay, factor } = computeDecayFactor(decayOrParams);
  return +Math.pow(1 + factor * elapsed_days / stability, decay).toFixed(8);
}
var FSRSAlgorithm = class {
  param;
  intervalModifier;
  _seed;
  constructor(params) {
    this.param = new Proxy(
      generatorParameters(params),
      this.params_handler_proxy()
    );
    this.intervalModifier = this.calculate_interval_modifier(
      this.param.request_retention
    );
    this.forgetting_curve = forgetting_curve.bind(this, this.param.w);
  }
  get interval_modifier() {
    return this.intervalModifier;
  }
  set seed(seed) {
    this._seed = seed;
  }
  /**
   * @see https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm#fsrs-5
   *
   * The formula used is: $$I(r,s) = (r^{\frac{1}{DECAY}} - 1) / FACTOR \times s$$
   * @param request_retention 0<request_retention<=1,Requested retention rate
   * @throws {Error} Requested retention rate should be in the range (0,1]
   */
  calculate_interval_modifier(request_retention) {
    if (request_retention <= 0 || request_retention > 1) {
      throw new Error("Requested retention rate should be in the range (0,1]");
    }
    const { decay, factor } = computeDecayFactor(this.param.w);
    return +((Math.pow(request_retention, 1 / decay) - 1) / factor).toFixed(8);
  }
  /**
   * Get the parameters of the algorithm.
   */
  get parameters() {
    return this.param;
  }
  /**
   * Set the parameters of the algorithm.
   * @param params Partial<FSRSParameters>
   */
  set parameters(params) {
    this.update_parameters(params);
  }
  params_handler_proxy() {
    const _this = this;
    return {
      set: function(target, prop, value) {
        if (prop === "request_retention" && Number.isFinite(value)) {
          _this.intervalModifier = _this.calculate_interval_modifier(
            Number(value)
          );
        } else if (prop === "w") {
          value = migrateParameters(
            value,
            target.relearning_steps.length,
            target.enable_short_term
          );
          _this.forgetting_curve = forgetting_curve.bind(this, value);
          _this.intervalModifier = _this.calculate_interval_modifier(
            Number(target.request_retention)
          );
        }
        Reflect.set(target, prop, value);
        return true;
      }
    };
  }
  update_parameters(params) {
    const _params = generatorParameters(params);
    for (const key in _params) {
      const paramKey = key;
      this.param[paramKey] = _params[paramKey];
    }
  }
  /**
     * The formula used is :
     * $$ S_0(G) = w_{G-1}$$
     * $$S_0 = \max \lbrace S_0,0.1\rbrace $$
  
     * @param g Grade (rating at Anki) [1.again,2.hard,3.good,4.easy]
     * @return Stability (interval when R=90%)
     */
  init_stability(g2) {
    return Math.max(this.param.w[g2 - 1], 0.1);
  }
  /**
   * The formula used is :
   * $$D_0(G) = w_4 - e^{(G-1) \cdot w_5} + 1 $$
   * $$D_0 = \min \lbrace \max \lbrace D_0(G),1 \rbrace,10 \rbrace$$
   * where the $$D_0(1)=w_4$$ when the first rating is good.
   *
   * @param {Grade} g Grade (rating at Anki) [1.again,2.hard,3.good,4.easy]
   * @return {number} Difficulty $$D \in [1,10]$$
   */
  init_difficulty(g2) {
    const d2 = this.param.w[4] - Math.exp((g2 - 1) * this.param.w[5]) + 1;
    return +d2.toFixed(8);
  }
  /**
   * If fuzzing is disabled or ivl is less than 2.5, it returns the original interval.
   * @param {number} ivl - The interval to be fuzzed.
   * @param {number} elapsed_days t days since the last review
   * @return {number} - The fuzzed interval.
   **/
  apply_fuzz(ivl, elapsed_days) {
    if (!this.param.enable_fuzz || ivl < 2.5) return Math.round(ivl);
    const generator = alea(this._seed);
    const fuzz_factor = generator();
    const { min_ivl, max_ivl } = get_fuzz_range(
      ivl,
      elapsed_days,
      this.param.maximum_interval
    );
    return Math.floor(fuzz_factor * (max_ivl - min_ivl + 1) + min_ivl);
  }
  /**
   *   @see The formula used is : {@link FSRSAlgorithm.calculate_interval_modifier}
   *   @param {number} s - Stability (interval when R=90%)
   *   @param {number} elapsed_days t days since the last review
   */
  next_interval(s2, elapsed_days) {
    const newInterval = Math.min(
      Math.max(1, Math.round(s2 * this.intervalModifier)),
      this.param.maximum_interval
    );
    return this.apply_fuzz(newInterval, elapsed_days);
  }
  /**
   * @see https://github.com/open-spaced-repetition/fsrs4anki/issues/697
   */
  linear_damping(delta_d, old_d) {
    return +(delta_d * (10 - old_d) / 9).toFixed(8);
  }
  /**
   * The formula used is :
   * $$\text{delta}_d = -w_6 \cdot (g - 3)$$
   * $$\text{next}_d = D + \text{linear damping}(\text{delta}_d , D)$$
   * $$D^\prime(D,R) = w_7 \cdot D_0(4) +(1 - w_7) \cdot \text{next}_d$$
   * @param {number} d Difficulty $$D \in [1,10]$$
   * @param {Grade} g Grade (rating at Anki) [1.again,2.hard,3.good,4.easy]
   * @return {number} $$\text{next}_D$$
   */
  next_difficulty(d2, g2) {
    const delta_d = -this.param.w[6] * (g2 - 3);
    const next_d = d2 + this.linear_damping(delta_d, d2);
    return clamp(
      this.mean_reversion(this.init_difficulty(Rating.Easy), next_d),
      1,
      10
    );
  }
  /**
   * The formula used is :
   * $$w_7 \cdot \text{init} +(1 - w_7) \cdot \text{current}$$
   * @param {number} init $$w_2 : D_0(3) = w_2 + (R-2) \cdot w_3= w_2$$
   * @param {number} current $$D - w_6 \cdot (R - 2)$$
   * @return {number} difficulty
   */
  mean_reversion(init, current) {
    return +(this.param.w[7] * init + (1 - this.param.w[7]) * current).toFixed(
      8
    );
  }
  /**
   * The formula used is :
   * $$S^\prime_r(D,S,R,G) = S\cdot(e^{w_8}\cdot (11-D)\cdot S^{-w_9}\cdot(e^{w_{10}\cdot(1-R)}-1)\cdot w_{15}(\text{if} G=2) \cdot w_{16}(\text{if} G=4)+1)$$
   * @param {number} d Difficulty D \in [1,10]
   * @param {number} s Stability (interval when R=90%)
   * @param {number} r Retrievability (probability of recall)
   * @param {Grade} g Grade (Rating[0.again,1.hard,2.good,3.easy])
   * @return {number} S^\prime_r new stability after recall
   */
  next_recall_stability(d2, s2, r2, g2) {
    const hard_penalty = Rating.Hard === g2 ? this.param.w[15] : 1;
    const easy_bound = Rating.Easy === g2 ? this.param.w[16] : 1;
    return +clamp(
      s2 * (1 + Math.exp(this.param.w[8]) * (11 - d2) * Math.pow(s2, -this.param.w[9]) * (Math.exp((1 - r2) * this.param.w[10]) - 1) * hard_penalty * easy_bound),
      S_MIN,
      36500
    ).toFixed(8);
  }
  /**
   * The formula used is :
   * $$S^\prime_f(D,S,R) = w_{11}\cdot D^{-w_{12}}\cdot ((S+1)^{w_{13}}-1) \cdot e^{w_{14}\cdot(1-R)}$$
   * enable_short_term = true : $$S^\prime_f \in \min \lbrace \max \lbrace S^\prime_f,0.01\rbrace, \frac{S}{e^{w_{17} \cdot w_{18}}} \rbrace$$
   * enable_short_term = false : $$S^\prime_f \in \min \lbrace \max \lbrace S^\prime_f,0.01\rbrace, S \rbrace$$
   * @param {number} d Difficulty D \in [1,10]
   * @param {number} s Stability (interval when R=90%)
   * @param {number} r Retrievability (probability of recall)
   * @return {number} S^\prime_f new stability after forgetting
   */
  next_forget_stability(d2, s2, r2) {
    return +clamp(
      this.param.w[11] * Math.pow(d2, -this.param.w[12]) * (Math.pow(s2 + 1, this.param.w[13]) - 1) * Math.exp((1 - r2) * this.param.w[14]),
      S_MIN,
      36500
    ).toFixed(8);
  }
  /**
   * The formula used is :
   * $$S^\prime_s(S,G) = S \cdot e^{w_{17} \cdot (G-3+w_{18})}$$
   * @param {number} s Stability (interval when R=90%)
   * @param {Grade} g Grade (Rating[0.again,1.hard,2.good,3.easy])
   */
  next_short_term_stability(s2, g2) {
    const sinc = Math.pow(s2, -this.param.w[19]) * Math.exp(this.param.w[17] * (g2 - 3 + this.param.w[18]));
    const maskedSinc = g2 >= 3 ? Math.max(sinc, 1) : sinc;
    return +clamp(s2 * maskedSinc, S_MIN, 36500).toFixed(8);
  }
  /**
   * The formula used is :
   * $$R(t,S) = (1 + \text{FACTOR} \times \frac{t}{9 \cdot S})^{\text{DECAY}}$$
   * @param {number} elapsed_days t days since the last review
   * @param {number} stability Stability (interval when R=90%)
   * @return {number} r Retrievability (probability of recall)
   */
  forgetting_curve;
  /**
   * Calculates the next state of memory based on the current state, time elapsed, and grade.
   *
   * @param memory_state - The current state of memory, which can be null.
   * @param t - The time elapsed since the last review.
   * @param {Rating} g Grade (Rating[0.Manual,1.Again,2.Hard,3.Good,4.Easy])
   * @returns The next state of memory with updated difficulty and stability.
   */
  next_state(memory_state, t2, g2) {
    const { difficulty: d2, stability: s2 } = memory_state ?? {
      difficulty: 0,
      stability: 0
    };
    if (t2 < 0) {
      throw new Error(`Invalid delta_t "${t2}"`);
    }
    if (g2 < 0 || g2 > 4) {
      throw new Error(`Invalid grade "${g2}"`);
    }
    if (d2 === 0 && s2 === 0) {
      return {
        difficulty: clamp(this.init_difficulty(g2), 1, 10),
        stability: this.init_stability(g2)
      };
    }
    if (g2 === 0) {
      return {
        difficulty: d2,
        stability: s2
      };
    }
    if (d2 < 1 || s2 < S_MIN) {
      throw new Error(
        `Invalid memory state { difficulty: ${d2}, stability: ${s2} }`
      );
    }
    const r2 = this.forgetting_curve(t2, s2);
    const s_after_success = this.next_recall_stability(d2, s2, r2, g2);
    const s_after_fail = this.next_forget_stability(d2, s2, r2);
    const s_after_short_term = this.next_short_term_stability(s2, g2);
    let new_s = s_after_success;
    if (g2 === 1) {
      let [w_17, w_18] = [0, 0];
      if (this.param.enable_short_term) {
        w_17 = this.param.w[17];
        w_18 = this.param.w[18];
      }
      const next_s_min = s2 / Math.exp(w_17 * w_18);
      new_s = clamp(+next_s_min.toFixed(8), S_MIN, s_after_fail);
    }
    if (t2 === 0 && this.param.enable_short_term) {
      new_s = s_after_short_term;
    }
    const new_d = this.next_difficulty(d2, g2);
    return { difficulty: new_d, stability: new_s };
  }
};
var BasicScheduler = class extends AbstractScheduler {
  learningStepsStrategy;
  constructor(card, now, algorithm, strategies) {
    super(card, now, algorithm, strategies);
    let learningStepStrategy = BasicLearningStepsStrategy;
    if (this.strategies) {
      const custom_strategy = this.strategies.get(StrategyMode.LEARNING_STEPS);
      if (custom_strategy) {
        learningStepStrategy = custom_strategy;
      }
    }
    this.learningStepsStrategy = learningStepStrategy;
  }
  getLearningInfo(card, grade) {
    const parameters = this.algorithm.parameters;
    card.learning_steps = card.learning_steps || 0;
    const steps_strategy = this.learningStepsStrategy(
      parameters,
      card.state,
      // In the original learning steps setup (Again = 5m, Hard = 10m, Good = FSRS),
      // not adding 1 can cause slight variations in the memory state’s ds.
      this.current.state === State.Learning && grade !== Rating.Again && grade !== Rating.Hard ? card.learning_steps + 1 : card.learning_steps
    );
    const scheduled_minutes = Math.max(
      0,
      steps_strategy[grade]?.scheduled_minutes ?? 0
    );
    const next_steps = Math.max(0, steps_strategy[grade]?.next_step ?? 0);
    return {
      scheduled_minutes,
      next_steps
    };
  }
  /**
   * @description This function applies the learning steps based on the current card's state and grade.
   */
  applyLearningSteps(nextCard, grade, to_state) {
    const { scheduled_minutes, next_steps } = this.getLearningInfo(
      this.current,
      grade
    );
    if (scheduled_minutes > 0 && scheduled_minutes < 1440) {
      nextCard.learning_steps = next_steps;
      nextCard.scheduled_days = 0;
      nextCard.state = to_state;
      nextCard.due = date_scheduler(
        this.review_time,
        Math.round(scheduled_minutes),
        false
        /** true:days false: minute */
      );
    } else {
      nextCard.state = State.Review;
      if (scheduled_minutes >= 1440) {
        nextCard.learning_steps = next_steps;
        nextCard.due = date_scheduler(
          this.review_time,
          Math.round(scheduled_minutes),
          false
          /** true:days false: minute */
        );
        nextCard.scheduled_days = Math.floor(scheduled_minutes / 1440);
      } else {
        nextCard.learning_steps = 0;
        const interval = this.algorithm.next_interval(
          nextCard.stability,
          this.elapsed_days
        );
        nextCard.scheduled_days = interval;
        nextCard.due = date_scheduler(this.review_time, interval, true);
      }
    }
  }
  newState(grade) {
    const exist = this.next.get(grade);
    if (exist) {
      return exist;
    }
    const next = TypeConvert.card(this.current);
    next.difficulty = clamp(this.algorithm.init_difficulty(grade), 1, 10);
    next.stability = this.algorithm.init_stability(grade);
    this.applyLearningSteps(next, grade, State.Learning);
    const item = {
      card: next,
      log: this.buildLog(grade)
    };
    this.next.set(grade, item);
    return item;
  }
  learningState(grade) {
    const exist = this.next.get(grade);
    if (exist) {
      return exist;
    }
    const { state, difficulty, stability } = this.last;
    const next = TypeConvert.card(this.current);
    next.difficulty = this.algorithm.next_difficulty(difficulty, grade);
    next.stability = this.algorithm.next_short_term_stability(stability, grade);
    this.applyLearningSteps(
      next,
      grade,
      state
      /** Learning or Relearning */
    );
    const item = {
      card: next,
      log: this.buildLog(grade)
    };
    this.next.set(grade, item);
    return item;
  }
  reviewState(grade) {
    const exist = this.next.get(grade);
    if (exist) {
      return exist;
    }
    const interval = this.elapsed_days;
    const { difficulty, stability } = this.last;
    const retrievability = this.algorithm.forgetting_curve(interval, stability);
    const next_again = TypeConvert.card(this.current);
    const next_hard = TypeConvert.card(this.current);
    const next_good = TypeConvert.card(this.current);
    const next_easy = TypeConvert.card(this.current);
    this.next_ds(
      next_again,
      next_hard,
      next_good,
      next_easy,
      difficulty,
      stability,
      retrievability
    );
    this.next_interval(next_hard, next_good, next_easy, interval);
    this.next_state(next_hard, next_good, next_easy);
    this.applyLearningSteps(next_again, Rating.Again, State.Relearning);
    next_again.lapses += 1;
    const item_again = {
      card: next_again,
      log: this.buildLog(Rating.Again)
    };
    const item_hard = {
      card: next_hard,
      log: super.buildLog(Rating.Hard)
    };
    const item_good = {
      card: next_good,
      log: super.buildLog(Rating.Good)
    };
    const item_easy = {
      card: next_easy,
      log: super.buildLog(Rating.Easy)
    };
    this.next.set(Rating.Again, item_again);
    this.next.set(Rating.Hard, item_hard);
    this.next.set(Rating.Good, item_good);
    this.next.set(Rating.Easy, item_easy);
    return this.next.get(grade);
  }
  /**
   * Review next_ds
   */
  next_ds(next_again, next_hard, next_good, next_easy, difficulty, stability, retrievability) {
    next_again.difficulty = this.algorithm.next_difficulty(
      difficulty,
      Rating.Again
    );
    const nextSMin = stability / Math.exp(
      this.algorithm.parameters.w[17] * this.algorithm.parameters.w[18]
    );
    const s_after_fail = this.algorithm.next_forget_stability(
      difficulty,
      stability,
      retrievability
    );
    next_again.stability = clamp(+nextSMin.toFixed(8), S_MIN, s_after_fail);
    next_hard.difficulty = this.algorithm.next_difficulty(
      difficulty,
      Rating.Hard
    );
    next_hard.stability = this.algorithm.next_recall_stability(
      difficulty,
      stability,
      retrievability,
      Rating.Hard
    );
    next_good.difficulty = this.algorithm.next_difficulty(
      difficulty,
      Rating.Good
    );
    next_good.stability = this.algorithm.next_recall_stability(
      difficulty,
      stability,
      retrievability,
      Rating.Good
    );
    next_easy.difficulty = this.algorithm.next_difficulty(
      difficulty,
      Rating.Easy
    );
    next_easy.stability = this.algorithm.next_recall_stability(
      difficulty,
      stability,
      retrievability,
      Rating.Easy
    );
  }
  /**
   * Review next_interval
   */
  next_interval(next_hard, next_good, next_easy, interval) {
    let hard_interval, good_interval;
    hard_interval = this.algorithm.next_interval(next_hard.stability, interval);
    good_interval = this.algorithm.next_interval(next_good.stability, interval);
    hard_interval = Math.min(hard_interval, good_interval);
    good_interval = Math.max(good_interval, hard_interval + 1);
    const easy_interval = Math.max(
      this.algorithm.next_interval(next_easy.stability, interval),
      good_interval + 1
    );
    next_hard.scheduled_days = hard_interval;
    next_hard.due = date_scheduler(this.review_time, hard_interval, true);
    next_good.scheduled_days = good_interval;
    next_good.due = date_scheduler(this.review_time, good_interval, true);
    next_easy.scheduled_days = easy_interval;
    next_easy.due = date_scheduler(this.review_time, easy_interval, true);
  }
  /**
   * Review next_state
   */
  next_state(next_hard, next_good, next_easy) {
    next_hard.state = State.Review;
    next_hard.learning_steps = 0;
    next_good.state = State.Review;
    next_good.learning_steps = 0;
    next_easy.state = State.Review;
    next_easy.learning_steps = 0;
  }
};
var LongTermScheduler = class extends AbstractScheduler {
  newState(grade) {
    const exist = this.next.get(grade);
    if (exist) {
      return exist;
    }
    this.current.scheduled_days = 0;
    this.current.elapsed_days = 0;
    const next_again = TypeConvert.card(this.current);
    const next_hard = TypeConvert.card(this.current);
    const next_good = TypeConvert.card(this.current);
    const next_easy = TypeConvert.card(this.current);
    this.init_ds(next_again, next_hard, next_good, next_easy);
    const first_interval = 0;
    this.next_interval(
      next_again,
      next_hard,
      next_good,
      next_easy,
      first_interval
    );
    this.next_state(next_again, next_hard, next_good, next_easy);
    this.update_next(next_again, next_hard, next_good, next_easy);
    return this.next.get(grade);
  }
  init_ds(next_again, next_hard, next_good, next_easy) {
    next_again.difficulty = clamp(
      this.algorithm.init_difficulty(Rating.Again),
      1,
      10
    );
    next_again.stability = this.algorithm.init_stability(Rating.Again);
    next_hard.difficulty = clamp(
      this.algorithm.init_difficulty(Rating.Hard),
      1,
      10
    );
    next_hard.stability = this.algorithm.init_stability(Rating.Hard);
    next_good.difficulty = clamp(
      this.algorithm.init_difficulty(Rating.Good),
      1,
      10
    );
    next_good.stability = this.algorithm.init_stability(Rating.Good);
    next_easy.difficulty = clamp(
      this.algorithm.init_difficulty(Rating.Easy),
      1,
      10
    );
    next_easy.stability = this.algorithm.init_stability(Rating.Easy);
  }
  /**
   * @see https://github.com/open-spaced-repetition/ts-fsrs/issues/98#issuecomment-2241923194
   */
  learningState(grade) {
    return this.reviewState(grade);
  }
  reviewState(grade) {
    const exist = this.next.get(grade);
    if (exist) {
      return exist;
    }
    const interval = this.elapsed_days;
    const { difficulty, stability } = this.last;
    const retrievability = this.algorithm.forgetting_curve(interval, stability);
    const next_again = TypeConvert.card(this.current);
    const next_hard = TypeConvert.card(this.current);
    const next_good = TypeConvert.card(this.current);
    const next_easy = TypeConvert.card(this.current);
    this.next_ds(
      next_again,
      next_hard,
      next_good,
      next_easy,
      difficulty,
      stability,
      retrievability
    );
    this.next_interval(next_again, next_hard, next_good, next_easy, interval);
    this.next_state(next_again, next_hard, next_good, next_easy);
    next_again.lapses += 1;
    this.update_next(next_again, next_hard, next_good, next_easy);
    return this.next.get(grade);
  }
  /**
   * Review next_ds
   */
  next_ds(next_again, next_hard, next_good, next_easy, difficulty, stability, retrievability) {
    next_again.difficulty = this.algorithm.next_difficulty(
      difficulty,
      Rating.Again
    );
    const s_after_fail = this.algorithm.next_forget_stability(
      difficulty,
      stability,
      retrievability
    );
    next_again.stability = clamp(stability, S_MIN, s_after_fail);
    next_hard.difficulty = this.algorithm.next_difficulty(
      difficulty,
      Rating.Hard
    );
    next_hard.stability = this.algorithm.next_recall_stability(
      difficulty,
      stability,
      retrievability,
      Rating.Hard
    );
    next_good.difficulty = this.algorithm.next_difficulty(
      difficulty,
      Rating.Good
    );
    next_good.stability = this.algorithm.next_recall_stability(
      difficulty,
      stability,
      retrievability,
      Rating.Good
    );
    next_easy.difficulty = this.algorithm.next_difficulty(
      difficulty,
      Rating.Easy
    );
    next_easy.stability = this.algorithm.next_recall_stability(
      difficulty,
      stability,
      retrievability,
      Rating.Easy
    );
  }
  /**
   * Review/New next_interval
   */
  next_interval(next_again, next_hard, next_good, next_easy, interval) {
    let again_interval, hard_interval, good_interval, easy_interval;
    again_interval = this.algorithm.next_interval(
      next_again.stability,
      interval
    );
    hard_interval = this.algorithm.next_interval(next_hard.stability, interval);
    good_interval = this.algorithm.next_interval(next_good.stability, interval);
    easy_interval = this.algorithm.next_interval(next_easy.stability, interval);
    again_interval = Math.min(again_interval, hard_interval);
    hard_interval = Math.max(hard_interval, again_interval + 1);
    good_interval = Math.max(good_interval, hard_interval + 1);
    easy_interval = Math.max(easy_interval, good_interval + 1);
    next_again.scheduled_days = again_interval;
    next_again.due = date_scheduler(this.review_time, again_interval, true);
    next_hard.scheduled_days = hard_interval;
    next_hard.due = date_scheduler(this.review_time, hard_interval, true);
    next_good.scheduled_days = good_interval;
    next_good.due = date_scheduler(this.review_time, good_interval, true);
    next_easy.scheduled_days = easy_interval;
    next_easy.due = date_scheduler(this.review_time, easy_interval, true);
  }
  /**
   * Review/New next_state
   */
  next_state(next_again, next_hard, next_good, next_easy) {
    next_again.state = State.Review;
    next_again.learning_steps = 0;
    next_hard.state = State.Review;
    next_hard.learning_steps = 0;
    next_good.state = State.Review;
    next_good.learning_steps = 0;
    next_easy.state = State.Review;
    next_easy.learning_steps = 0;
  }
  update_next(next_again, next_hard, next_good, next_easy) {
    const item_again = {
      card: next_again,
      log: this.buildLog(Rating.Again)
    };
    const item_hard = {
      card: next_hard,
      log: super.buildLog(Rating.Hard)
    };
    const item_good = {
      card: next_good,
      log: super.buildLog(Rating.Good)
    };
    const item_easy = {
      card: next_easy,
      log: super.buildLog(Rating.Easy)
    };
    this.next.set(Rating.Again, item_again);
    this.next.set(Rating.Hard, item_hard);
    this.next.set(Rating.Good, item_good);
    this.next.set(Rating.Easy, item_easy);
  }
};
var Reschedule = class {
  fsrs;
  /**
   * Creates an instance of the `Reschedule` class.
   * @param fsrs - An instance of the FSRS class used for scheduling.
   */
  constructor(fsrs2) {
    this.fsrs = fsrs2;
  }
  /**
   * Replays a review for a card and determines the next review date based on the given rating.
   * @param card - The card being reviewed.
   * @param reviewed - The date the card was reviewed.
   * @param rating - The grade given to the card during the review.
   * @returns A `RecordLogItem` containing the updated card and review log.
   */
  replay(card, reviewed, rating) {
    return this.fsrs.next(card, reviewed, rating);
  }
  /**
   * Processes a manual review for a card, allowing for custom state, stability, difficulty, and due date.
   * @param card - The card being reviewed.
   * @param state - The state of the card after the review.
   * @param reviewed - The date the card was reviewed.
   * @param elapsed_days - The number of days since the last review.
   * @param stability - (Optional) The stability of the card.
   * @param difficulty - (Optional) The difficulty of the card.
   * @param due - (Optional) The due date for the next review.
   * @returns A `RecordLogItem` containing the updated card and review log.
   * @throws Will throw an error if the state or due date is not provided when required.
   */
  handleManualRating(card, state, reviewed, elapsed_days, stability, difficulty, due) {
    if (typeof state === "undefined") {
      throw new Error("reschedule: state is required for manual rating");
    }
    let log2;
    let next_card;
    if (state === State.New) {
      log2 = {
        rating: Rating.Manual,
        state,
        due: due ?? reviewed,
        stability: card.stability,
        difficulty: card.difficulty,
        elapsed_days,
        last_elapsed_days: card.elapsed_days,
        scheduled_days: card.scheduled_days,
        learning_steps: card.learning_steps,
        review: reviewed
      };
      next_card = createEmptyCard(reviewed);
      next_card.last_review = reviewed;
    } else {
      if (typeof due === "undefined") {
        throw new Error("reschedule: due is required for manual rating");
      }
      const scheduled_days = date_diff(due, reviewed, "days");
      log2 = {
        rating: Rating.Manual,
        state: card.state,
        due: card.last_review || card.due,
        stability: card.stability,
        difficulty: card.difficulty,
        elapsed_days,
        last_elapsed_days: card.elapsed_days,
        scheduled_days: card.scheduled_days,
        learning_steps: card.learning_steps,
        review: reviewed
      };
      next_card = {
        ...card,
        state,
        due,
        last_review: reviewed,
        stability: stability || card.stability,
        difficulty: difficulty || card.difficulty,
        elapsed_days,
        scheduled_days,
        reps: card.reps + 1
      };
    }
    return { card: next_card, log: log2 };
  }
  /**
   * Reschedules a card based on its review history.
   *
   * @param current_card - The card to be rescheduled.
   * @param reviews - An array of review history objects.
   * @returns An array of record log items representing the rescheduling process.
   */
  reschedule(current_card, reviews) {
    const collections = [];
    let cur_card = createEmptyCard(current_card.due);
    for (const review2 of reviews) {
      let item;
      review2.review = TypeConvert.time(review2.review);
      if (review2.rating === Rating.Manual) {
        let interval = 0;
        if (cur_card.state !== State.New && cur_card.last_review) {
          interval = date_diff(review2.review, cur_card.last_review, "days");
        }
        item = this.handleManualRating(
          cur_card,
          review2.state,
          review2.review,
          interval,
          review2.stability,
          review2.difficulty,
          review2.due ? TypeConvert.time(review2.due) : void 0
        );
      } else {
        item = this.replay(cur_card, review2.review, review2.rating);
      }
      collections.push(item);
      cur_card = item.card;
    }
    return collections;
  }
  calculateManualRecord(current_card, now, record_log_item, update_memory) {
    if (!record_log_item) {
      return null;
    }
    const { card: reschedule_card, log: log2 } = record_log_item;
    const cur_card = TypeConvert.card(current_card);
    if (cur_card.due.getTime() === reschedule_card.due.getTime()) {
      return null;
    }
    cur_card.scheduled_days = date_diff(
      reschedule_card.due,
      cur_card.due,
      "days"
    );
    return this.handleManualRating(
      cur_card,
      reschedule_card.state,
      TypeConvert.time(now),
      log2.elapsed_days,
      update_memory ? reschedule_card.stability : void 0,
      update_memory ? reschedule_card.difficulty : void 0,
      reschedule_card.due
    );
  }
};
var FSRS = class extends FSRSAlgorithm {
  strategyHandler = /* @__PURE__ */ new Map();
  Scheduler;
  constructor(param) {
    super(param);
    const { enable_short_term } = this.parameters;
    this.Scheduler = enable_short_term ? BasicScheduler : LongTermScheduler;
  }
  params_handler_proxy() {
    const _this = this;
    return {
      set: function(target, prop, value) {
        if (prop === "request_retention" && Number.isFinite(value)) {
          _this.intervalModifier = _this.calculate_interval_modifier(
            Number(value)
          );
        } else if (prop === "enable_short_term") {
          _this.Scheduler = value === true ? BasicScheduler : LongTermScheduler;
        } else if (prop === "w") {
          value = migrateParameters(
            value,
            target.relearning_steps.length,
            target.enable_short_term
          );
          _this.forgetting_curve = forgetting_curve.bind(this, value);
          _this.intervalModifier = _this.calculate_interval_modifier(
            Number(target.request_retention)
          );
        }
        Reflect.set(target, prop, value);
        return true;
      }
    };
  }
  useStrategy(mode, handler) {
    this.strategyHandler.set(mode, handler);
    return this;
  }
  clearStrategy(mode) {
    if (mode) {
      this.strategyHandler.delete(mode);
    } else {
      this.strategyHandler.clear();
    }
    return this;
  }
  getScheduler(card, now) {
    const schedulerStrategy = this.strategyHandler.get(
      StrategyMode.SCHEDULER
    );
    const Scheduler2 = schedulerStrategy || this.Scheduler;
    const instance = new Scheduler2(card, now, this, this.strategyHandler);
    return instance;
  }
  /**
   * Display the collection of cards and logs for the four scenarios after scheduling the card at the current time.
   * @param card Card to be processed
   * @param now Current time or scheduled time
   * @param afterHandler Convert the result to another type. (Optional)
   * @example
   * ```typescript
   * const card: Card = createEmptyCard(new Date());
   * const f = fsrs();
   * const recordLog = f.repeat(card, new Date());
   * ```
   * @example
   * ```typescript
   * interface RevLogUnchecked
   *   extends Omit<ReviewLog, "due" | "review" | "state" | "rating"> {
   *   cid: string;
   *   due: Date | number;
   *   state: StateType;
   *   review: Date | number;
   *   rating: RatingType;
   * }
   *
   * interface RepeatRecordLog {
   *   card: CardUnChecked; //see method: createEmptyCard
   *   log: RevLogUnchecked;
   * }
   *
   * function repeatAfterHandler(recordLog: RecordLog) {
   *     const record: { [key in Grade]: RepeatRecordLog } = {} as {
   *       [key in Grade]: RepeatRecordLog;
   *     };
   *     for (const grade of Grades) {
   *       record[grade] = {
   *         card: {
   *           ...(recordLog[grade].card as Card & { cid: string }),
   *           due: recordLog[grade].card.due.getTime(),
   *           state: State[recordLog[grade].card.state] as StateType,
   *           last_review: recordLog[grade].card.last_review
   *             ? recordLog[grade].card.last_review!.getTime()
   *             : null,
   *         },
   *         log: {
   *           ...recordLog[grade].log,
   *           cid: (recordLog[grade].card as Card & { cid: string }).cid,
   *           due: recordLog[grade].log.due.getTime(),
   *           review: recordLog[grade].log.review.getTime(),
   *           state: State[recordLog[grade].log.state] as StateType,
   *           rating: Rating[recordLog[grade].log.rating] as RatingType,
   *         },
   *       };
   *     }
   *     return record;
   * }
   * const card: Card = createEmptyCard(new Date(), cardAfterHandler); //see method:  createEmptyCard
   * const f = fsrs();
   * const recordLog = f.repeat(card, new Date(), repeatAfterHandler);
   * ```
   */
  repeat(card, now, afterHandler) {
    const instance = this.getScheduler(card, now);
    const recordLog = instance.preview();
    if (afterHandler && typeof afterHandler === "function") {
      return afterHandler(recordLog);
    } else {
      return recordLog;
    }
  }
  /**
   * Display the collection of cards and logs for the card scheduled at the current time, after applying a specific grade rating.
   * @param card Card to be processed
   * @param now Current time or scheduled time
   * @param grade Rating of the review (Again, Hard, Good, Easy)
   * @param afterHandler Convert the result to another type. (Optional)
   * @example
   * ```typescript
   * const card: Card = createEmptyCard(new Date());
   * const f = fsrs();
   * const recordLogItem = f.next(card, new Date(), Rating.Again);
   * ```
   * @example
   * ```typescript
   * interface RevLogUnchecked
   *   extends Omit<ReviewLog, "due" | "review" | "state" | "rating"> {
   *   cid: string;
   *   due: Date | number;
   *   state: StateType;
   *   review: Date | number;
   *   rating: RatingType;
   * }
   *
   * interface NextRecordLog {
   *   card: CardUnChecked; //see method: createEmptyCard
   *   log: RevLogUnchecked;
   * }
   *
  function nextAfterHandler(recordLogItem: RecordLogItem) {
    const recordItem = {
      card: {
        ...(recordLogItem.card as Card & { cid: string }),
        due: recordLogItem.card.due.getTime(),
        state: State[recordLogItem.card.state] as StateType,
        last_review: recordLogItem.card.last_review
          ? recordLogItem.card.last_review!.getTime()
          : null,
      },
      log: {
        ...recordLogItem.log,
        cid: (recordLogItem.card as Card & { cid: string }).cid,
        due: recordLogItem.log.due.getTime(),
        review: recordLogItem.log.review.getTime(),
        state: State[recordLogItem.log.state] as StateType,
        rating: Rating[recordLogItem.log.rating] as RatingType,
      },
    };
    return recordItem
  }
   * const card: Card = createEmptyCard(new Date(), cardAfterHandler); //see method:  createEmptyCard
   * const f = fsrs();
   * const recordLogItem = f.repeat(card, new Date(), Rating.Again, nextAfterHandler);
   * ```
   */
  next(card, now, grade, afterHandler) {
    const instance = this.getScheduler(card, now);
    const g2 = TypeConvert.rating(grade);
    if (g2 === Rating.Manual) {
      throw new Error("Cannot review a manual rating");
    }
    const recordLogItem = instance.review(g2);
    if (afterHandler && typeof afterHandler === "function") {
      return afterHandler(recordLogItem);
    } else {
      return recordLogItem;
    }
  }
  /**
   * Get the retrievability of the card
   * @param card  Card to be processed
   * @param now  Current time or scheduled time
   * @param format  default:true , Convert the result to another type. (Optional)
   * @returns  The retrievability of the card,if format is true, the result is a string, otherwise it is a number
   */
  get_retrievability(card, now, format = true) {
    const processedCard = TypeConvert.card(card);
    now = now ? TypeConvert.time(now) : /* @__PURE__ */ new Date();
    const t2 = processedCard.state !== State.New ? Math.max(date_diff(now, processedCard.last_review, "days"), 0) : 0;
    const r2 = processedCard.state !== State.New ? this.forgetting_curve(t2, +processedCard.stability.toFixed(8)) : 0;
    return format ? `${(r2 * 100).toFixed(2)}%` : r2;
  }
  /**
   *
   * @param card Card to be processed
   * @param log last review log
   * @param afterHandler Convert the result to another type. (Optional)
   * @example
   * ```typescript
   * const now = new Date();
   * const f = fsrs();
   * const emptyCardFormAfterHandler = createEmptyCard(now);
   * const repeatFormAfterHandler = f.repeat(emptyCardFormAfterHandler, now);
   * const { card, log } = repeatFormAfterHandler[Rating.Hard];
   * const rollbackFromAfterHandler = f.rollback(card, log);
   * ```
   *
   * @example
   * ```typescript
   * const now = new Date();
   * const f = fsrs();
   * const emptyCardFormAfterHandler = createEmptyCard(now, cardAfterHandler);  //see method: createEmptyCard
   * const repeatFormAfterHandler = f.repeat(emptyCardFormAfterHandler, now, repeatAfterHandler); //see method: fsrs.repeat()
   * const { card, log } = repeatFormAfterHandler[Rating.Hard];
   * const rollbackFromAfterHandler = f.rollback(card, log, cardAfterHandler);
   * ```
   */
  rollback(card, log2, afterHandler) {
    const processedCard = TypeConvert.card(card);
    const processedLog = TypeConvert.review_log(log2);
    if (processedLog.rating === Rating.Manual) {
      throw new Error("Cannot rollback a manual rating");
    }
    let last_due;
    let last_review;
    let last_lapses;
    switch (processedLog.state) {
      case State.New:
        last_due = processedLog.due;
        last_review = void 0;
        last_lapses = 0;
        break;
      case State.Learning:
      case State.Relearning:
      case State.Review:
        last_due = processedLog.review;
        last_review = processedLog.due;
        last_lapses = processedCard.lapses - (processedLog.rating === Rating.Again && processedLog.state === State.Review ? 1 : 0);
        break;
    }
    const prevCard = {
      ...processedCard,
      due: last_due,
      stability: processedLog.stability,
      difficulty: processedLog.difficulty,
      elapsed_days: processedLog.last_elapsed_days,
      scheduled_days: processedLog.scheduled_days,
      reps: Math.max(0, processedCard.reps - 1),
      lapses: Math.max(0, last_lapses),
      learning_steps: processedLog.learning_steps,
      state: processedLog.state,
      last_review
    };
    if (afterHandler && typeof afterHandler === "function") {
      return afterHandler(prevCard);
    } else {
      return prevCard;
    }
  }
  /**
   *
   * @param card Card to be processed
   * @param now Current time or scheduled time
   * @param reset_count Should the review count information(reps,lapses) be reset. (Optional)
   * @param afterHandler Convert the result to another type. (Optional)
   * @example
   * ```typescript
   * const now = new Date();
   * const f = fsrs();
   * const emptyCard = createEmptyCard(now);
   * const scheduling_cards = f.repeat(emptyCard, now);
   * const { card, log } = scheduling_cards[Rating.Hard];
   * const forgetCard = f.forget(card, new Date(), true);
   * ```
   *
   * @example
   * ```typescript
   * interface RepeatRecordLog {
   *   card: CardUnChecked; //see method: createEmptyCard
   *   log: RevLogUnchecked; //see method: fsrs.repeat()
   * }
   *
   * function forgetAfterHandler(recordLogItem: RecordLogItem): RepeatRecordLog {
   *     return {
   *       card: {
   *         ...(recordLogItem.card as Card & { cid: string }),
   *         due: recordLogItem.card.due.getTime(),
   *         state: State[recordLogItem.card.state] as StateType,
   *         last_review: recordLogItem.card.last_review
   *           ? recordLogItem.card.last_review!.getTime()
   *           : null,
   *       },
   *       log: {
   *         ...recordLogItem.log,
   *         cid: (recordLogItem.card as Card & { cid: string }).cid,
   *         due: recordLogItem.log.due.getTime(),
   *         review: recordLogItem.log.review.getTime(),
   *         state: State[recordLogItem.log.state] as StateType,
   *         rating: Rating[recordLogItem.log.rating] as RatingType,
   *       },
   *     };
   * }
   * const now = new Date();
   * const f = fsrs();
   * const emptyCardFormAfterHandler = createEmptyCard(now, cardAfterHandler); //see method:  createEmptyCard
   * const repeatFormAfterHandler = f.repeat(emptyCardFormAfterHandler, now, repeatAfterHandler); //see method: fsrs.repeat()
   * const { card } = repeatFormAfterHandler[Rating.Hard];
   * const forgetFromAfterHandler = f.forget(card, date_scheduler(now, 1, true), false, forgetAfterHandler);
   * ```
   */
  forget(card, now, reset_count = false, afterHandler) {
    const processedCard = TypeConvert.card(card);
    now = TypeConvert.time(now);
    const scheduled_days = processedCard.state === State.New ? 0 : date_diff(now, processedCard.due, "days");
    const forget_log = {
      rating: Rating.Manual,
      state: processedCard.state,
      due: processedCard.due,
      stability: processedCard.stability,
      difficulty: processedCard.difficulty,
      elapsed_days: 0,
      last_elapsed_days: processedCard.elapsed_days,
      scheduled_days,
      learning_steps: processedCard.learning_steps,
      review: now
    };
    const forget_card = {
      ...processedCard,
      due: now,
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      reps: reset_count ? 0 : processedCard.reps,
      lapses: reset_count ? 0 : processedCard.lapses,
      learning_steps: 0,
      state: State.New,
      last_review: processedCard.last_review
    };
    const recordLogItem = { card: forget_card, log: forget_log };
    if (afterHandler && typeof afterHandler === "function") {
      return afterHandler(recordLogItem);
    } else {
      return recordLogItem;
    }
  }
  /**
   * Reschedules the current card and returns the rescheduled collections and reschedule item.
   *
   * @template T - The type of the record log item.
   * @param {CardInput | Card} current_card - The current card to be rescheduled.
   * @param {Array<FSRSHistory>} reviews - The array of FSRSHistory objects representing the reviews.
   * @param {Partial<RescheduleOptions<T>>} options - The optional reschedule options.
   * @returns {IReschedule<T>} - The rescheduled collections and reschedule item.
   *
   * @example
   * ```typescript
   * const f = fsrs()
   * const grades: Grade[] = [Rating.Good, Rating.Good, Rating.Good, Rating.Good]
   * const reviews_at = [
   *   new Date(2024, 8, 13),
   *   new Date(2024, 8, 13),
   *   new Date(2024, 8, 17),
   *   new Date(2024, 8, 28),
   * ]
   *
   * const reviews: FSRSHistory[] = []
   * for (let i = 0; i < grades.length; i++) {
   *   reviews.push({
   *     rating: grades[i],
   *     review: reviews_at[i],
   *   })
   * }
   *
   * const results_short = scheduler.reschedule(
   *   createEmptyCard(),
   *   reviews,
   *   {
   *     skipManual: false,
   *   }
   * )
   * console.log(results_short)
   * ```
   */
  reschedule(current_card, reviews = [], options = {}) {
    const {
      recordLogHandler,
      reviewsOrderBy,
      skipManual = true,
      now = /* @__PURE__ */ new Date(),
      update_memory_state: updateMemoryState = false
    } = options;
    if (reviewsOrderBy && typeof reviewsOrderBy === "function") {
      reviews.sort(reviewsOrderBy);
    }
    if (skipManual) {
      reviews = reviews.filter((review2) => review2.rating !== Rating.Manual);
    }
    const rescheduleSvc = new Reschedule(this);
    const collections = rescheduleSvc.reschedule(
      options.first_card || createEmptyCard(),
      reviews
    );
    const len = collections.length;
    const cur_card = TypeConvert.card(current_card);
    const manual_item = rescheduleSvc.calculateManualRecord(
      cur_card,
      now,
      len ? collections[len - 1] : void 0,
      updateMemoryState
    );
    if (recordLogHandler && typeof recordLogHandler === "function") {
      return {
        collections: collections.map(recordLogHandler),
        reschedule_item: manual_item ? recordLogHandler(manual_item) : null
      };
    }
    return {
      collections,
      reschedule_item: manual_item
    };
  }
};
var fsrs = (params) => {
  return new FSRS(params || {});
};

// src/features/practice/fsrs.ts
var scheduler = fsrs(generatorParameters({ learning_steps: ["1m"], relearning_steps: ["1m"], request_retention: 0.9, maximum_interval: 365, enable_fuzz: true }));
var STATE_NEW = 0;
var STATE_REVIEW = 2;
var MINUTE = 6e4;
function unpack(stored) {
  const [due, stability, difficulty, scheduledDays, learningStep, reps, lapses, state, lastReview] = stored.v;
  return { memberId: stored.memberId, entryId: stored.e, due: due * MINUTE, stability, difficulty, scheduledDays, learningStep, reps, lapses, state, ...lastReview ? { lastReview: lastReview * MINUTE } : {} };
}
function pack(card) {
  const round = (value) => Math.round(value * 100) / 100;
  return {
    memberId: card.memberId,
    e: card.entryId,
    v: [Math.ceil(card.due / MINUTE), round(card.stability), round(card.difficulty), card.scheduledDays, card.learningStep, card.reps, card.lapses, card.state, card.lastReview ? Math.floor(card.lastReview / MINUTE) : 0]
  };
}
function storedDue(stored) {
  return stored.v[0] * MINUTE;
}
function toCard(card, now) {
  if (!card) return createEmptyCard(new Date(now));
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningStep,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview === void 0 ? void 0 : new Date(card.lastReview)
  };
}
function fromCard(memberId, entryId, card) {
  const ms = (value) => value === void 0 ? void 0 : new Date(value).getTime();
  const last = ms(card.last_review);
  return {
    memberId,
    entryId,
    due: ms(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningStep: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...last === void 0 ? {} : { lastReview: last }
  };
}
function review(memberId, entryId, card, grade, now) {
  const next = scheduler.next(toCard(card, now), new Date(now), grade);
  return fromCard(memberId, entryId, next.card);
}
function isLearned(card) {
  return card.state === STATE_REVIEW && card.scheduledDays >= 7;
}

// src/features/practice/cards.ts
function cardId(memberId, entryId) {
  return `${memberId}/${entryId}`;
}
var LearnerIndex = class {
  dueOf = /* @__PURE__ */ new Map();
  dues = [];
  ids = [];
  /** Fills an empty index from unsorted (entry, due) pairs at once: one sort instead of one insertion each. */
  load(pairs) {
    pairs.sort((a2, b2) => a2[1] - b2[1] || (a2[0] < b2[0] ? -1 : a2[0] > b2[0] ? 1 : 0));
    this.ids = pairs.map((pair) => pair[0]);
    this.dues = pairs.map((pair) => pair[1]);
    for (const [id3, due] of pairs) this.dueOf.set(id3, due);
  }
  set(entryId, due) {
    this.remove(entryId);
    const at = this.position(due, entryId);
    this.dues.splice(at, 0, due);
    this.ids.splice(at, 0, entryId);
    this.dueOf.set(entryId, due);
  }
  remove(entryId) {
    const due = this.dueOf.get(entryId);
    if (due === void 0) return;
    const at = this.position(due, entryId);
    if (this.ids[at] === entryId) {
      this.dues.splice(at, 1);
      this.ids.splice(at, 1);
    }
    this.dueOf.delete(entryId);
  }
  /** Entry ids due at `now`, earliest first: walks only the due prefix. */
  due(now, limit = Infinity) {
    const out = [];
    for (let i2 = 0; i2 < this.ids.length && this.dues[i2] <= now && out.length < limit; i2 += 1) out.push(this.ids[i2]);
    return out;
  }
  countDue(now) {
    let low = 0;
    let high = this.dues.length;
    while (low < high) {
      const mid = low + high >> 1;
      if (this.dues[mid] <= now) low = mid + 1;
      else high = mid;
    }
    return low;
  }
  first() {
    return this.dues[0];
  }
  get size() {
    return this.ids.length;
  }
  /** Binary search by (due, id). */
  position(due, entryId) {
    let low = 0;
    let high = this.dues.length;
    while (low < high) {
      const mid = low + high >> 1;
      const d2 = this.dues[mid];
      if (d2 < due || d2 === due && this.ids[mid] < entryId) low = mid + 1;
      else high = mid;
    }
    return low;
  }
};
var CardIndex = class _CardIndex {
  learners = /* @__PURE__ */ new Map();
  /** One pass over the stored cards (start-up only). */
  static build(store) {
    const index = new _CardIndex();
    const pairs = /* @__PURE__ */ new Map();
    for (const card of store.values("practiceCards")) {
      let list = pairs.get(card.memberId);
      if (!list) pairs.set(card.memberId, list = []);
      list.push([card.e, storedDue(card)]);
    }
    for (const [memberId, list] of pairs) index.learner(memberId).load(list);
    return index;
  }
  learner(memberId) {
    let learner = this.learners.get(memberId);
    if (!learner) {
      learner = new LearnerIndex();
      this.learners.set(memberId, learner);
    }
    return learner;
  }
  has(memberId, entryId) {
    return this.learners.get(memberId)?.dueOf.has(entryId) ?? false;
  }
  /** Entry ids of every card the learner has (seen at least once). */
  entries(memberId) {
    return this.learners.get(memberId)?.dueOf.keys() ?? [];
  }
  forget(memberId) {
    this.learners.delete(memberId);
  }
};
function saveCard(store, index, card, learner) {
  const stored = pack(card);
  store.put("practiceCards", cardId(card.memberId, card.entryId), stored);
  const cards = index.learner(card.memberId);
  cards.set(card.entryId, storedDue(stored));
  learner.nextDueAt = cards.first();
}
function getCard(store, memberId, entryId) {
  const stored = store.get("practiceCards", cardId(memberId, entryId));
  return stored ? unpack(stored) : void 0;
}

// src/features/practice/matching.ts
var import_damerau_levenshtein = __toESM(require_damerau_levenshtein(), 1);
function normalize(text2) {
  return text2.normalize("NFC").toLocaleLowerCase("nl").replace(/[\u2018\u2019\u02BC`´]/g, "'").replace(/[\s\u00A0]+/g, " ").replace(/^[\s\p{P}\p{S}]+|[\s.,!?;:"()\p{S}]+$/gu, "").trim();
}
function fold(text2) {
  return text2.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").normalize("NFC");
}
function tolerance(length) {
  if (length <= 3) return 0;
  if (length <= 7) return 1;
  return 2;
}
function splitArticle(text2) {
  const match = /^(de|het|'t)\s+(.+)$/.exec(text2);
  if (!match) return { word: text2 };
  return { article: match[1] === "de" ? "de" : "het", word: match[2] };
}
function judge(answer2, expected, otherWords) {
  const typed = normalize(answer2);
  if (!typed) return { verdict: "wrong", reason: "empty" };
  const target = normalize(expected.nl);
  const { article, word } = expected.article ? splitArticle(typed) : { article: void 0, word: typed };
  const articleWrong = article !== void 0 && article !== expected.article;
  if (word === target) return articleWrong ? { verdict: "almost", reason: "article" } : { verdict: "correct" };
  if (otherWords.has(word) || otherWords.has(typed)) return { verdict: "wrong", reason: "other_word" };
  if (fold(word) === fold(target)) return { verdict: "almost", reason: "accent" };
  const allowed2 = tolerance([...fold(target)].length);
  if (allowed2 > 0 && (0, import_damerau_levenshtein.default)(fold(word), fold(target)).steps <= allowed2) return { verdict: "almost", reason: "typo" };
  return { verdict: "wrong", reason: "wrong" };
}

// src/features/practice/times.ts
var formatters = /* @__PURE__ */ new Map();
var instants = /* @__PURE__ */ new Map();
var DAY4 = 864e5;
function formatter(timeZone) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", weekday: "short" });
    formatters.set(timeZone, format);
  }
  return format;
}
function localDayOf(at, timeZone) {
  let year = "";
  let month = "";
  let day = "";
  let weekday = 0;
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
    else if (part.type === "weekday") weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(part.value);
  }
  return { day: `${year}-${month}-${day}`, weekday };
}
function plusDays(day, days) {
  return new Date(Date.parse(`${day}T12:00:00Z`) + days * DAY4).toISOString().slice(0, 10);
}
function instantOf(day, hhmm, timeZone) {
  const key = `${day}|${hhmm}|${timeZone}`;
  let at = instants.get(key);
  if (at === void 0) {
    const [year, month, date] = day.split("-").map(Number);
    at = zonedInstant({ year, month, day: date }, hhmm, timeZone);
    if (instants.size > 5e4) instants.clear();
    instants.set(key, at);
  }
  return at;
}
function nextAt(after, hhmm, timeZone, weekday) {
  const today = localDayOf(after, timeZone);
  for (let i2 = 0; i2 < 8; i2 += 1) {
    const day = plusDays(today.day, i2);
    if (weekday !== void 0 && (today.weekday + i2) % 7 !== weekday) continue;
    const at = instantOf(day, hhmm, timeZone);
    if (at > after) return at;
  }
  return instantOf(plusDays(today.day, 8), hhmm, timeZone);
}

// src/features/practice/learners.ts
var DEFAULT_SETTINGS = { newPerDay: 5, sessionLength: 10, time: "18:00", paused: false };
var NEW_PER_DAY_CHOICES = [3, 5, 8, 12];
var SESSION_LENGTH_CHOICES = [5, 10, 15, 20];
var TIME_CHOICES = ["08:30", "10:00", "12:30", "15:00", "17:00", "18:00", "19:00", "20:00", "21:00"];
var WEEK = 7 * 864e5;
function learnerOf(store, member, now) {
  return store.get("practiceLearners", member.id) ?? {
    id: member.id,
    settings: { ...DEFAULT_SETTINGS },
    newToday: { day: localDay(now, member.timeZone), count: 0 },
    streak: { days: 0 },
    week: { since: now, answers: 0, learned: 0 },
    createdAt: now
  };
}
function localDay(at, timeZone) {
  return localDayOf(at, timeZone).day;
}
function newLeftToday(learner, now, timeZone) {
  const today = localDay(now, timeZone);
  const used = learner.newToday.day === today ? learner.newToday.count : 0;
  return Math.max(0, learner.settings.newPerDay - used);
}
function countNewWord(learner, now, timeZone) {
  const today = localDay(now, timeZone);
  learner.newToday = { day: today, count: (learner.newToday.day === today ? learner.newToday.count : 0) + 1 };
}
function markPractised(learner, now, timeZone) {
  const today = localDay(now, timeZone);
  const last = learner.streak.lastDay;
  if (last === today) return;
  const yesterday = plusDays(today, -1);
  learner.streak = { days: last === yesterday ? learner.streak.days + 1 : 1, lastDay: today };
}
function currentStreak(learner, now, timeZone) {
  const today = localDay(now, timeZone);
  const yesterday = plusDays(today, -1);
  return learner.streak.lastDay === today || learner.streak.lastDay === yesterday ? learner.streak.days : 0;
}
function rollWeek(learner, now) {
  if (now - learner.week.since >= WEEK) learner.week = { since: now, answers: 0, learned: 0 };
}
function practisedToday(learner, now, timeZone) {
  return learner.streak.lastDay === localDay(now, timeZone);
}

// src/features/practice/nudge.ts
var WEEKLY = { weekday: 0, time: "11:00" };
var GRACE_MS2 = 3 * 36e5;
var RUN_JOB = "practice.nudges";
var Agenda = class _Agenda {
  heap = [];
  current = /* @__PURE__ */ new Map();
  /** Time of the run job last planned (in this process). */
  plannedAt;
  /** When each learner was last nudged (in this process): any reply soon after starts a round. */
  nudged = /* @__PURE__ */ new Map();
  static build(services, now) {
    const agenda = new _Agenda();
    for (const learner of services.store.values("practiceLearners")) {
      const member = services.store.get("members", learner.id);
      if (member) agenda.plan(member, learner, now - GRACE_MS2);
    }
    return agenda;
  }
  /** Plans a learner's next nudge and weekly note after `after` (settings changed, first round, start-up). */
  plan(member, learner, after) {
    this.set({ kind: "nudge", memberId: member.id, at: nextAt(after, learner.settings.time, member.timeZone) });
    this.set({ kind: "weekly", memberId: member.id, at: nextAt(after, WEEKLY.time, member.timeZone, WEEKLY.weekday) });
  }
  /** The next planned time of a learner's nudge or weekly note. */
  at(memberId, kind = "nudge") {
    return this.current.get(`${kind}:${memberId}`);
  }
  first() {
    this.dropStale();
    return this.heap[0]?.at;
  }
  /** Removes and returns the entries due at `now`, earliest first. */
  takeDue(now) {
    const due = [];
    for (; ; ) {
      this.dropStale();
      const top = this.heap[0];
      if (!top || top.at > now) return due;
      this.pop();
      this.current.delete(`${top.kind}:${top.memberId}`);
      due.push(top);
    }
  }
  set(entry) {
    this.current.set(`${entry.kind}:${entry.memberId}`, entry.at);
    this.heap.push(entry);
    let i2 = this.heap.length - 1;
    while (i2 > 0) {
      const parent = i2 - 1 >> 1;
      if (this.heap[parent].at <= this.heap[i2].at) break;
      [this.heap[parent], this.heap[i2]] = [this.heap[i2], this.heap[parent]];
      i2 = parent;
    }
  }
  dropStale() {
    while (this.heap.length > 0) {
      const top = this.heap[0];
      if (this.current.get(`${top.kind}:${top.memberId}`) === top.at) return;
      this.pop();
    }
  }
  pop() {
    const last = this.heap.pop();
    if (this.heap.length === 0) return;
    this.heap[0] = last;
    let i2 = 0;
    for (; ; ) {
      const left = 2 * i2 + 1;
      const right = left + 1;
      let smallest = i2;
      if (left < this.heap.length && this.heap[left].at < this.heap[smallest].at) smallest = left;
      if (right < this.heap.length && this.heap[right].at < this.heap[smallest].at) smallest = right;
      if (smallest === i2) return;
      [this.heap[smallest], this.heap[i2]] = [this.heap[i2], this.heap[smallest]];
      i2 = smallest;
    }
  }
};
function planRun(context) {
  const { agenda } = context;
  const first = agenda.first();
  if (first === void 0 || first === agenda.plannedAt) return;
  if (agenda.plannedAt !== void 0 && agenda.plannedAt < first && agenda.plannedAt > context.services.clock.now()) return;
  context.services.jobs.at(`${RUN_JOB}@${first}`, RUN_JOB, first);
  agenda.plannedAt = first;
}
function planLearner(context, member, learner) {
  context.agenda.plan(member, learner, context.services.clock.now());
  planRun(context);
}
function textCache(services) {
  const cache = /* @__PURE__ */ new Map();
  return (locale, key, vars = {}) => {
    const id3 = `${locale}|${key}|${vars.count ?? ""}`;
    let text2 = cache.get(id3);
    if (text2 === void 0) cache.set(id3, text2 = services.translator.t(locale, `practice.${key}`, vars));
    return text2;
  };
}
var runJob = (_job, { services, now }) => {
  const context = contextOf(services);
  const t2 = textCache(services);
  const nextTimes = /* @__PURE__ */ new Map();
  const next = (after, hhmm, timeZone, weekday) => {
    const key = `${after}|${hhmm}|${timeZone}|${weekday ?? ""}`;
    let at = nextTimes.get(key);
    if (at === void 0) nextTimes.set(key, at = nextAt(after, hhmm, timeZone, weekday));
    return at;
  };
  for (const entry of context.agenda.takeDue(now)) {
    const member = services.store.get("members", entry.memberId);
    const learner = services.store.get("practiceLearners", entry.memberId);
    if (!member || !learner) continue;
    if (now - entry.at <= GRACE_MS2 && !learner.settings.paused && !isOptedOut(member)) {
      if (entry.kind === "nudge") nudge(context, t2, member, learner, entry.at, now);
      else weekly(context, t2, member, learner, entry.at, now);
    }
    const after = Math.max(now, entry.at);
    context.agenda.set({ kind: entry.kind, memberId: member.id, at: entry.kind === "nudge" ? next(after, learner.settings.time, member.timeZone) : next(after, WEEKLY.time, member.timeZone, WEEKLY.weekday) });
  }
  context.agenda.plannedAt = void 0;
  planRun(context);
};
function nudge(context, texts3, member, learner, at, now) {
  const { services } = context;
  if (practisedToday(learner, now, member.timeZone)) return;
  const cards = context.index.learner(member.id);
  const due = learner.nextDueAt !== void 0 && learner.nextDueAt <= now ? cards.countDue(now) : 0;
  const fresh = cards.size < context.list.words.size ? newLeftToday(learner, now, member.timeZone) : 0;
  if (due === 0 && fresh === 0) return;
  const to = memberAddress(member);
  if (!to) return;
  const t2 = (key, vars = {}) => texts3(member.locale, key, vars);
  services.outbox.enqueue({
    to,
    memberId: member.id,
    message: { text: due > 0 ? t2("nudge.due", { count: due }) : t2("nudge.new", { count: fresh }), kind: "practice_nudge", choices: [{ id: "pr:start", label: t2("buttons.start") }] },
    priority: "bulk",
    key: `practice.nudge:${member.id}@${at}`
  });
  context.agenda.nudged.set(member.id, now);
}
var NUDGE_REPLY_MS = 12 * 36e5;
function weekly(context, texts3, member, learner, at, now) {
  const { services } = context;
  const to = memberAddress(member);
  if (!to) return;
  const t2 = (key, vars = {}) => texts3(member.locale, key, vars);
  const { answers: answers2, learned } = learner.week;
  const streak = currentStreak(learner, now, member.timeZone);
  const lines = answers2 > 0 ? [t2("weekly.title"), t2("weekly.learned", { count: learned }), t2("weekly.answers", { count: answers2 })] : [t2("weekly.quiet")];
  if (answers2 > 0 && streak >= 2) lines.push(t2("streak", { count: streak }));
  if (answers2 > 0) lines.push(t2("weekly.thanks"));
  services.outbox.enqueue({
    to,
    memberId: member.id,
    message: { text: lines.join("\n"), kind: "practice_nudge", choices: [{ id: "pr:start", label: t2("buttons.start") }] },
    priority: "bulk",
    key: `practice.weekly:${member.id}@${at}`
  });
  services.store.put("practiceLearners", learner.id, { ...learner, week: { since: now, answers: 0, learned: 0 } });
}

// src/features/practice/context.ts
var contexts = /* @__PURE__ */ new WeakMap();
function createContext(services, list) {
  let index;
  let agenda;
  const context = {
    services,
    list,
    get index() {
      index ??= CardIndex.build(services.store);
      return index;
    },
    get agenda() {
      agenda ??= Agenda.build(services, services.clock.now());
      return agenda;
    },
    deckWords: new Set([...list.words.values()].map((word) => normalize(word.nl)))
  };
  contexts.set(services, context);
  return context;
}
function contextOf(services) {
  const context = contexts.get(services);
  if (!context) throw new Error("The practice feature was not set up for this app (its setup() did not run).");
  return context;
}

// src/features/practice/group.ts
import { randomBytes as randomBytes11 } from "node:crypto";

// src/features/practice/questions.ts
import { randomBytes as randomBytes10 } from "node:crypto";

// src/features/practice/words.ts
var MEANING_LOCALES = ["en", "ar", "ti", "tr", "fa", "so", "uk"];
var GROUP_THEME = "group";
var GROUP_PREFIX = "g.";
function dutch(word) {
  return word.article ? `${word.article} ${word.nl}` : word.nl;
}
function meaning(word, locale) {
  return word.meanings[locale] ?? word.meanings[meaningLocale(locale)] ?? word.meanings.en ?? Object.values(word.meanings)[0] ?? word.nl;
}
function meaningLocale(locale) {
  return locale === "nl" ? "en" : locale;
}
function groupWord(word) {
  return { id: `${GROUP_PREFIX}${word.id}`, theme: GROUP_THEME, nl: word.nl, article: word.article, meanings: Object.fromEntries(MEANING_LOCALES.map((l2) => [l2, word.meaning])), groupMade: true };
}
function groupWords(store, groupIds) {
  if (groupIds.length === 0) return [];
  const wanted = new Set(groupIds);
  return store.values("practiceWords").filter((w2) => wanted.has(w2.groupId)).sort((a2, b2) => a2.createdAt - b2.createdAt).map(groupWord);
}
function findWord(list, store, id3) {
  if (id3.startsWith(GROUP_PREFIX)) {
    const word = store.get("practiceWords", id3.slice(GROUP_PREFIX.length));
    return word ? groupWord(word) : void 0;
  }
  return list.words.get(id3);
}

// src/features/practice/questions.ts
function hash(text2) {
  let h2 = 2166136261;
  for (let i2 = 0; i2 < text2.length; i2 += 1) {
    h2 ^= text2.charCodeAt(i2);
    h2 = Math.imul(h2, 16777619) >>> 0;
  }
  return h2;
}
function questionType(word, card) {
  if (!card || card.state === STATE_NEW || card.reps < 1) return "recognise";
  const kinds = word.article ? ["recall", "type", "article", "recognise"] : ["recall", "type", "recognise"];
  return kinds[(card.reps + hash(word.id)) % kinds.length];
}
function distractors(word, pool, all, count, key) {
  const seen = /* @__PURE__ */ new Set([key(word)]);
  const picked = [];
  const take = (candidates) => {
    if (candidates.length === 0) return;
    const start = hash(`${word.id}:${candidates.length}`) % candidates.length;
    for (let i2 = 0; i2 < candidates.length && picked.length < count; i2 += 1) {
      const candidate = candidates[(start + i2 * 7) % candidates.length];
      const k2 = key(candidate);
      if (candidate.id === word.id || seen.has(k2)) continue;
      seen.add(k2);
      picked.push(candidate);
    }
  };
  take(pool);
  if (picked.length < count) take([...all.words.values()]);
  return picked;
}
function buildQuestion(type, word, all, groupPool, locale, isNew) {
  const token = randomBytes10(3).toString("base64url");
  if (type === "type") return { question: { entryId: word.id, type, token, isNew }, labels: [] };
  if (type === "article") {
    return { question: { entryId: word.id, type, token, options: ["de", "het"], correct: word.article === "het" ? 1 : 0, isNew }, labels: ["de", "het"] };
  }
  const pool = word.theme === GROUP_THEME ? groupPool : all.byTheme.get(word.theme) ?? [];
  const key = type === "recognise" ? (w2) => meaning(w2, locale) : (w2) => dutch(w2);
  const others = distractors(word, pool, all, 2, key);
  const options = [word, ...others];
  const shift = hash(`${word.id}:${token}`) % options.length;
  const ordered = options.map((_2, i2) => options[(i2 + shift) % options.length]);
  return {
    question: { entryId: word.id, type, token, options: ordered.map((w2) => w2.id), correct: ordered.indexOf(word), isNew },
    labels: ordered.map(key)
  };
}

// src/features/practice/group.ts
var MAX_GROUP_WORDS = 200;
var WOTD_TIME = "10:00";
function newcomersOf(services, group) {
  return group.memberIds.map((id3) => services.store.get("members", id3)).filter((m2) => m2?.role === "newcomer");
}
function wordOfTheDay(context, group, day) {
  const { store } = context.services;
  let best;
  for (const member of newcomersOf(context.services, group)) {
    for (const entryId of context.index.entries(member.id)) {
      const card = getCard(store, member.id, entryId);
      if (!card || card.reps > 3) continue;
      const word = findWord(context.list, store, entryId);
      const at = card.lastReview ?? 0;
      if (word && (!best || at > best.at || at === best.at && word.id < best.word.id)) best = { word, at };
    }
  }
  if (best) return best.word;
  const all = context.list.themes.flatMap((theme) => context.list.byTheme.get(theme.id) ?? []);
  return all.length > 0 ? all[hash(`${group.id}:${day}`) % all.length] : void 0;
}
var wordOfTheDayJob = (_job, { services, occurrence, now }) => {
  const context = contextOf(services);
  const { store, translator } = services;
  for (const group of store.values("groups")) {
    if (group.endsAt < now || group.startsAt > now) continue;
    const newcomers = newcomersOf(services, group);
    if (newcomers.length === 0) continue;
    const day = localDay(now, services.config.timeZone);
    const word = wordOfTheDay(context, group, day);
    if (!word) continue;
    const t2 = (key, vars = {}) => translator.t(SOURCE_LOCALE, `practice.${key}`, vars);
    const lines = [t2("wotd.title", { word: dutch(word) })];
    if (word.example) lines.push(t2("example", { example: word.example }));
    const locales = [...new Set(newcomers.map((m2) => meaningLocale(m2.locale)))];
    for (const locale of locales) lines.push(`${translator.t(locale, "common.language.name")}: ${meaning(word, locale)}`);
    lines.push(t2("wotd.tip"));
    for (const key of group.chatKeys) {
      const chat2 = store.get("chats", key);
      if (!chat2 || chat2.status !== "active" || chat2.kind !== "group") continue;
      services.outbox.enqueue({ to: chat2.address, message: { text: lines.join("\n"), kind: "notice" }, priority: "bulk", urgent: true, key: `${occurrence}:${group.id}:${key}` });
    }
  }
};
function parseAddWord(args) {
  const at = args.indexOf("=");
  if (at < 0) return void 0;
  const left = normalize(args.slice(0, at));
  const right = args.slice(at + 1).replace(/\s+/g, " ").trim();
  if (!left || !right) return void 0;
  const { article, word } = splitArticle(left);
  if (!/^[\p{L}][\p{L}' -]*$/u.test(word) || [...word].length > 40 || [...right].length > 80) return void 0;
  return { nl: word, article, meaning: right };
}
function addWordCommand(services) {
  return {
    name: "addword",
    roles: ["volunteer", "coordinator"],
    chats: ["private", "group"],
    takesArgs: true,
    run(turn, args) {
      const { store } = services;
      const parsed = parseAddWord(args);
      if (!parsed) return turn.reply("practice.addword.usage", { command: turn.command("addword") });
      const linked = turn.inbound.chatType === "group" ? store.get("chats", chatKey(turn.address))?.groupId : void 0;
      const groupIds = linked ? [linked] : turn.member?.groupIds ?? [];
      if (groupIds.length !== 1) return turn.reply(groupIds.length === 0 ? "practice.addword.no_group" : "practice.addword.which_group");
      const groupId = groupIds[0];
      const existing = store.values("practiceWords").filter((w2) => w2.groupId === groupId);
      const same = existing.find((w2) => w2.nl === parsed.nl);
      if (!same && existing.length >= MAX_GROUP_WORDS) return turn.reply("practice.addword.full", { n: MAX_GROUP_WORDS });
      const id3 = same?.id ?? randomBytes11(5).toString("base64url");
      store.put("practiceWords", id3, { id: id3, groupId, nl: parsed.nl, article: parsed.article, meaning: parsed.meaning, addedBy: turn.member?.id ?? "unknown", createdAt: same?.createdAt ?? turn.now });
      turn.reply(same ? "practice.addword.updated" : "practice.addword.added", { word: dutch(parsed), meaning: parsed.meaning });
    }
  };
}

// src/features/practice/privacy.ts
var practicePrivacy = {
  export(memberId, services) {
    const { store } = services;
    const learner = store.get("practiceLearners", memberId);
    const words = store.values("practiceWords").filter((w2) => w2.addedBy === memberId);
    if (!learner && words.length === 0) return void 0;
    const context = contextOf(services);
    const cards = [...context.index.entries(memberId)].flatMap((entryId) => {
      const stored = store.get("practiceCards", cardId(memberId, entryId));
      if (!stored) return [];
      const card = unpack(stored);
      return [{ word: entryId, due: new Date(card.due).toISOString(), reviews: card.reps, lapses: card.lapses, learned: isLearned(card) }];
    });
    return {
      settings: learner?.settings,
      streak: learner?.streak,
      thisWeek: learner?.week,
      cards,
      wordsAddedForGroup: words.map((w2) => ({ word: w2.nl, article: w2.article, meaning: w2.meaning, at: new Date(w2.createdAt).toISOString() }))
    };
  },
  erase(memberId, services) {
    const { store } = services;
    const context = contextOf(services);
    for (const entryId of [...context.index.entries(memberId)]) store.delete("practiceCards", cardId(memberId, entryId));
    context.index.forget(memberId);
    context.agenda.nudged.delete(memberId);
    store.delete("practiceLearners", memberId);
    for (const word of store.values("practiceWords")) if (word.addedBy === memberId) store.put("practiceWords", word.id, { ...word, addedBy: ERASED_MEMBER });
  }
};

// src/features/practice/progress.ts
var WIDTH = 10;
function bar3(learned, learning, total) {
  if (total <= 0) return "\u2591".repeat(WIDTH);
  const full = Math.round(learned / total * WIDTH);
  const half = Math.min(WIDTH - full, Math.round((learned + learning) / total * WIDTH) - full);
  return "\u2588".repeat(full) + "\u2592".repeat(Math.max(0, half)) + "\u2591".repeat(Math.max(0, WIDTH - full - Math.max(0, half)));
}
function progressOf(context, member, locale, now) {
  const { store } = context.services;
  const rows = [];
  const count = (theme, title, words) => {
    const row = { theme, title, total: words.length, learned: 0, learning: 0, due: 0 };
    for (const word of words) {
      const card = context.index.has(member.id, word.id) ? getCard(store, member.id, word.id) : void 0;
      if (!card) continue;
      if (isLearned(card)) row.learned += 1;
      else row.learning += 1;
      if (card.due <= now) row.due += 1;
    }
    rows.push(row);
  };
  const own = groupWords(store, member.groupIds);
  if (own.length > 0) count(GROUP_THEME, "", own);
  for (const theme of context.list.themes) {
    count(theme.id, theme.title[locale] ?? theme.title[meaningLocale(locale)] ?? theme.title.nl ?? theme.id, context.list.byTheme.get(theme.id) ?? []);
  }
  return rows;
}
function showProgress(context, turn, member) {
  const t2 = (key, vars = {}) => context.services.translator.t(turn.locale, `practice.${key}`, vars);
  const rows = progressOf(context, member, turn.locale, turn.now);
  const lines = [t2("progress.title"), t2("progress.legend")];
  for (const row of rows) {
    const title = row.theme === GROUP_THEME ? t2("progress.group_theme") : row.title;
    lines.push(`${bar3(row.learned, row.learning, row.total)} ${title}: ${t2("progress.row", { learned: row.learned, total: row.total, learning: row.learning, due: row.due })}`);
  }
  const learner = context.services.store.get("practiceLearners", member.id);
  const streak = learner ? currentStreak(learner, turn.now, member.timeZone) : 0;
  if (streak >= 2) lines.push(t2("streak", { count: streak }));
  const due = context.index.learner(member.id).countDue(turn.now);
  turn.send({ text: lines.join("\n"), kind: "reply", choices: [{ id: "pr:start", label: due > 0 ? t2("buttons.review", { n: due }) : t2("buttons.start") }] });
}

// src/features/practice/session.ts
var SESSION_IDLE_MS = 60 * 6e4;
var ANSWER = "a";
function texts2(context, turn) {
  return (key, vars = {}) => context.services.translator.t(turn.locale, `practice.${key}`, vars);
}
function newWords(context, member, limit) {
  const out = [];
  if (limit <= 0) return out;
  const has = (id3) => context.index.has(member.id, id3);
  for (const word of groupWords(context.services.store, member.groupIds)) {
    if (out.length >= limit) return out;
    if (!has(word.id)) out.push(word.id);
  }
  for (const theme of context.list.themes) {
    for (const word of context.list.byTheme.get(theme.id) ?? []) {
      if (out.length >= limit) return out;
      if (!has(word.id)) out.push(word.id);
    }
  }
  return out;
}
function hasWork(context, member, learner, now) {
  if (context.index.learner(member.id).countDue(now) > 0) return true;
  return newLeftToday(learner, now, member.timeZone) > 0 && newWords(context, member, 1).length > 0;
}
function startRound(context, turn, member) {
  const { store } = context.services;
  const t2 = texts2(context, turn);
  const now = turn.now;
  const learner = learnerOf(store, member, now);
  const isFirst = !store.get("practiceLearners", member.id);
  if (learner.session && learner.session.expiresAt > now && learner.session.question) {
    const word = findWord(context.list, store, learner.session.question.entryId);
    if (word) {
      turn.send(questionMessage(context, turn, learner.session, learner.session.question, word, t2("continue")));
      return;
    }
  }
  rollWeek(learner, now);
  const length = learner.settings.sessionLength;
  const due = context.index.learner(member.id).due(now, length);
  const fresh = newWords(context, member, Math.min(length - due.length, newLeftToday(learner, now, member.timeZone)));
  const queue = [...due, ...fresh];
  if (isFirst) planLearner(context, member, learner);
  if (queue.length === 0) {
    learner.session = void 0;
    store.put("practiceLearners", learner.id, learner);
    turn.send({ text: t2("nothing_due"), kind: "reply", choices: [{ id: "pr:s", label: t2("buttons.settings") }] });
    return;
  }
  learner.session = { queue, again: [], fresh: [], asked: 0, correct: 0, startedAt: now, expiresAt: now + SESSION_IDLE_MS };
  const intro = isFirst ? t2("intro", { n: learner.settings.newPerDay, stop: stopWord(turn, context) }) : t2("start", { count: queue.length });
  askNext(context, turn, member, learner, intro);
}
function askNext(context, turn, member, learner, lead) {
  const { store } = context.services;
  const session = learner.session;
  const parts = lead ? [lead] : [];
  for (; ; ) {
    const entryId = session.queue.shift();
    if (entryId === void 0) return finishRound(context, turn, member, learner, parts.join("\n\n"));
    const word = findWord(context.list, store, entryId);
    if (!word) continue;
    const card = getCard(store, member.id, entryId);
    const fresh = session.fresh ?? (session.fresh = []);
    if (!card && !fresh.includes(entryId)) {
      fresh.push(entryId);
      session.queue.splice(Math.min(2, session.queue.length), 0, entryId);
      countNewWord(learner, turn.now, member.timeZone);
      parts.push(introText(context, turn, word));
      continue;
    }
    const type = questionType(word, card);
    const { question } = buildQuestion(type, word, context.list, groupWords(store, member.groupIds), meaningLocale(turn.locale), !card);
    session.question = question;
    session.expiresAt = turn.now + SESSION_IDLE_MS;
    store.put("practiceLearners", learner.id, learner);
    turn.send(questionMessage(context, turn, session, question, word, parts.join("\n\n")));
    return;
  }
}
function introText(context, turn, word) {
  const t2 = texts2(context, turn);
  const lines = [t2(word.groupMade ? "new_group_word" : "new_word", { word: dutch(word), meaning: meaning(word, meaningLocale(turn.locale)) })];
  if (word.example) lines.push(t2("example", { example: word.example }));
  return lines.join("\n");
}
function questionMessage(context, turn, session, question, word, lead = "") {
  const t2 = texts2(context, turn);
  const locale = meaningLocale(turn.locale);
  const number = session.asked + 1;
  const total = session.asked + session.queue.length + 1;
  let body;
  let labels = [];
  if (question.type === "recognise") {
    body = t2("ask.recognise", { word: dutch(word) });
    if (word.example) body += `
${t2("example", { example: word.example })}`;
    labels = (question.options ?? []).map((id3) => optionWord(context, turn, id3, (w2) => meaning(w2, locale)));
  } else if (question.type === "recall") {
    body = t2("ask.recall", { meaning: meaning(word, locale) });
    labels = (question.options ?? []).map((id3) => optionWord(context, turn, id3, dutch));
  } else if (question.type === "article") {
    body = t2("ask.article", { word: word.nl });
    labels = ["de", "het"];
  } else {
    body = t2("ask.type", { meaning: meaning(word, locale) });
  }
  const choices = labels.map((label, index) => ({ id: `pr:${ANSWER}:${question.token}:${index}`, label }));
  if (question.type === "type") choices.push({ id: `pr:${ANSWER}:${question.token}:x`, label: t2("buttons.dont_know") });
  const head = t2("counter", { number, total });
  const text2 = [lead, `${head}
${body}`].filter(Boolean).join("\n\n");
  return { text: text2, kind: "reply", choices };
}
function optionWord(context, turn, id3, show) {
  const word = findWord(context.list, context.services.store, id3);
  return word ? show(word) : "?";
}
function activeSession(context, memberId, now) {
  const session = context.services.store.get("practiceLearners", memberId)?.session;
  return session && session.expiresAt > now && session.question ? session : void 0;
}
function answer(context, turn, member, given) {
  const { store } = context.services;
  const t2 = texts2(context, turn);
  const learner = learnerOf(store, member, turn.now);
  const session = learner.session;
  const question = session.question;
  const word = findWord(context.list, store, question.entryId);
  if (!word) {
    session.question = void 0;
    return askNext(context, turn, member, learner, "");
  }
  let verdict;
  if ("option" in given) {
    verdict = given.option !== "x" && given.option === question.correct ? { verdict: "correct" } : { verdict: "wrong", reason: given.option === "x" ? "empty" : "wrong" };
  } else if (question.type === "type") {
    const others = new Set(context.deckWords);
    for (const w2 of groupWords(store, member.groupIds)) others.add(normalize(w2.nl));
    others.delete(normalize(word.nl));
    verdict = judge(given.text, word, others);
  } else {
    const option = typedOption(context, turn, question, given.text);
    if (option === void 0) {
      turn.send(questionMessage(context, turn, session, question, word, t2("press_a_button")));
      return;
    }
    verdict = option === question.correct ? { verdict: "correct" } : { verdict: "wrong", reason: "wrong" };
  }
  const grade = verdict.verdict === "correct" ? Rating.Good : verdict.verdict === "almost" ? Rating.Hard : Rating.Again;
  const before = getCard(store, member.id, word.id);
  const after = review(member.id, word.id, before, grade, turn.now);
  saveCard(store, context.index, after, learner);
  rollWeek(learner, turn.now);
  session.asked += 1;
  learner.week.answers += 1;
  if (verdict.verdict !== "wrong") session.correct += 1;
  if (isLearned(after) && !(before && isLearned(before))) learner.week.learned += 1;
  markPractised(learner, turn.now, member.timeZone);
  session.fresh = (session.fresh ?? []).filter((id3) => id3 !== word.id);
  if (verdict.verdict === "wrong" && !session.again.includes(word.id)) {
    session.again.push(word.id);
    session.queue.push(word.id);
  }
  session.question = void 0;
  askNext(context, turn, member, learner, feedback(t2, verdict, word, question, meaningLocale(turn.locale)));
}
function feedback(t2, verdict, word, question, locale) {
  const full = dutch(word);
  if (verdict.verdict === "correct") return question.type === "article" ? t2("feedback.correct_article", { word: full }) : t2("feedback.correct", { word: full });
  if (verdict.verdict === "almost") return t2(`feedback.almost_${verdict.reason}`, { word: full });
  if (verdict.reason === "other_word") return t2("feedback.other_word", { word: full, meaning: meaning(word, locale) });
  return t2("feedback.wrong", { word: full, meaning: meaning(word, locale) });
}
function typedOption(context, turn, question, text2) {
  const typed = normalize(text2);
  const count = question.type === "article" ? 2 : question.options?.length ?? 0;
  if (/^\d+$/.test(typed) && Number(typed) >= 1 && Number(typed) <= count) return Number(typed) - 1;
  const message = questionMessage(context, turn, { queue: [], again: [], asked: 0, correct: 0, startedAt: 0, expiresAt: 0 }, question, findWord(context.list, context.services.store, question.entryId));
  const index = (message.choices ?? []).findIndex((choice) => !choice.id.endsWith(":x") && normalize(choice.label) === typed);
  return index >= 0 ? index : void 0;
}
function finishRound(context, turn, member, learner, lead) {
  const { store } = context.services;
  const t2 = texts2(context, turn);
  const session = learner.session;
  learner.session = void 0;
  store.put("practiceLearners", learner.id, learner);
  const lines = lead ? [lead] : [];
  if (session && session.asked > 0) {
    lines.push(t2("done", { count: session.asked, correct: session.correct }));
    const streak = currentStreak(learner, turn.now, member.timeZone);
    if (streak >= 2) lines.push(t2("streak", { count: streak }));
  }
  const more = hasWork(context, member, learner, turn.now);
  lines.push(more ? t2("more_available") : t2("see_you", { time: learner.settings.time }));
  const choices = [];
  if (more) choices.push({ id: "pr:start", label: t2("buttons.again") });
  choices.push({ id: "pr:s", label: t2("buttons.settings") });
  turn.send({ text: lines.join("\n\n"), kind: "reply", choices });
}
function stopRound(context, turn, member) {
  const learner = context.services.store.get("practiceLearners", member.id);
  if (!learner?.session) return false;
  learner.session.queue = [];
  finishRound(context, turn, member, learner, texts2(context, turn)("stopped"));
  return true;
}
function stopWord(turn, context) {
  return (context.services.translator.t(turn.locale, "commands.cancel.keywords").split(",")[0] ?? "stop").trim();
}

// src/features/practice/settings.ts
function settingsButton(context, turn, member, payload) {
  const { store } = context.services;
  const t2 = (key, vars = {}) => context.services.translator.t(turn.locale, `practice.${key}`, vars);
  const learner = learnerOf(store, member, turn.now);
  const save2 = (confirm, vars = {}) => {
    store.put("practiceLearners", learner.id, learner);
    planLearner(context, member, learner);
    turn.send({ text: t2(confirm, vars), kind: "reply", choices: [{ id: "pr:start", label: t2("buttons.start") }, { id: "pr:s", label: t2("buttons.settings") }] });
  };
  const [what, value = ""] = payload.split(":");
  switch (what) {
    case "s": {
      if (value === "time") return menu(turn, t2("settings.ask_time"), TIME_CHOICES.filter((time) => !inQuietHours(member, time)).map((time) => ({ id: `pr:t:${time.replace(":", "")}`, label: time })));
      if (value === "new") return menu(turn, t2("settings.ask_new"), NEW_PER_DAY_CHOICES.map((n2) => ({ id: `pr:n:${n2}`, label: String(n2) })));
      if (value === "len") return menu(turn, t2("settings.ask_length"), SESSION_LENGTH_CHOICES.map((n2) => ({ id: `pr:l:${n2}`, label: String(n2) })));
      const { settings } = learner;
      const text2 = [t2("settings.title"), t2("settings.summary", { time: settings.time, n: settings.newPerDay, length: settings.sessionLength }), settings.paused ? t2("settings.paused") : ""].filter(Boolean).join("\n");
      return menu(turn, text2, [
        { id: "pr:s:time", label: t2("buttons.time") },
        { id: "pr:s:new", label: t2("buttons.new_words") },
        { id: "pr:s:len", label: t2("buttons.length") },
        settings.paused ? { id: "pr:resume", label: t2("buttons.resume") } : { id: "pr:pause", label: t2("buttons.pause") }
      ]);
    }
    case "t": {
      const time = `${value.slice(0, 2)}:${value.slice(2, 4)}`;
      if (!TIME_CHOICES.includes(time)) return false;
      learner.settings.time = time;
      learner.settings.paused = false;
      save2("settings.time_set", { time });
      return true;
    }
    case "n": {
      const n2 = Number(value);
      if (!NEW_PER_DAY_CHOICES.includes(n2)) return false;
      learner.settings.newPerDay = n2;
      save2("settings.new_set", { n: n2 });
      return true;
    }
    case "l": {
      const n2 = Number(value);
      if (!SESSION_LENGTH_CHOICES.includes(n2)) return false;
      learner.settings.sessionLength = n2;
      save2("settings.length_set", { n: n2 });
      return true;
    }
    case "pause":
      learner.settings.paused = true;
      save2("settings.paused_now");
      return true;
    case "resume":
      learner.settings.paused = false;
      save2("settings.resumed", { time: learner.settings.time });
      return true;
    default:
      return false;
  }
}
function menu(turn, text2, choices) {
  turn.send({ text: text2, kind: "reply", choices });
  return true;
}
function inQuietHours(member, hhmm) {
  const [hour = 0, minute = 0] = hhmm.split(":").map(Number);
  const probe = DateTime.fromObject({ year: 2026, month: 1, day: 15, hour, minute }, { zone: member.timeZone }).toMillis();
  return quietUntil(probe, member.timeZone, member.quietHours ?? DEFAULT_QUIET_HOURS) !== void 0;
}

// src/features/practice/source.ts
import { readFileSync as readFileSync5 } from "node:fs";
import path3 from "node:path";

// src/core/data-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync as readFileSync3, renameSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
var DATA_CACHE_DIR = path.join(PROJECT_ROOT, "node_modules", ".cache", "welkom");
function cachedFromFiles(options, compute, encode, decode) {
  const dir = options.dir ?? DATA_CACHE_DIR;
  if (dir === false) return compute();
  const hash2 = createHash("sha256").update(`${options.name}\0${options.rulesVersion}\0`);
  for (const file2 of options.files) hash2.update(`${file2.name}\0${file2.text}\0`);
  const file = path.join(dir, `${options.name}-${hash2.digest("hex").slice(0, 32)}.json`);
  try {
    return decode(JSON.parse(readFileSync3(file, "utf8")));
  } catch {
  }
  const value = compute();
  try {
    mkdirSync(dir, { recursive: true });
    for (const old of readdirSync(dir)) if (old.startsWith(`${options.name}-`) && path.join(dir, old) !== file) unlinkSync(path.join(dir, old));
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(encode(value)));
    renameSync(temp, file);
  } catch {
  }
  return value;
}

// src/features/practice/deck.ts
import { readdirSync as readdirSync2, readFileSync as readFileSync4 } from "node:fs";
import path2 from "node:path";
var MEANING_LOCALES2 = LOCALES.filter((locale) => locale !== "nl");
var THEME_ORDER = [
  "greetings",
  "numbers-time",
  "municipality",
  "housing",
  "health",
  "money-letters",
  "shopping-food",
  "transport",
  "school-children",
  "work",
  "family-feelings"
];
var LEVELS = ["A0", "A1", "A2"];
var ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var text = external_exports.string().trim().min(1, "is empty");
var titleSchema = external_exports.object(Object.fromEntries(LOCALES.map((locale) => [locale, text]))).strict();
var entrySchema = external_exports.object({
  id: external_exports.string().regex(ID, "must be lowercase a-z, 0-9 and single hyphens"),
  nl: text,
  article: external_exports.enum(["de", "het"], { error: 'must be "de" or "het" (leave it out for verbs, adjectives and phrases)' }).optional(),
  example: text,
  level: external_exports.enum(LEVELS, { error: `must be one of ${LEVELS.join(", ")}` }),
  ...Object.fromEntries(MEANING_LOCALES2.map((locale) => [locale, text]))
}).strict();
var themeFileSchema = external_exports.object({
  theme: external_exports.string().regex(ID, "must be lowercase a-z, 0-9 and single hyphens"),
  title: titleSchema,
  entries: external_exports.array(entrySchema).min(1, "a theme needs at least one entry")
}).strict();
var DeckError = class extends Error {
  constructor(problems) {
    super(`The practice deck is invalid:
${problems.map((problem) => `  ${problem}`).join("\n")}`);
    this.problems = problems;
  }
  problems;
  name = "DeckError";
};
var DECK_RULES_VERSION = 1;
function deckFiles(dir) {
  return readdirSync2(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
}
function loadDeck(dir, texts3) {
  const files = texts3?.map((file) => file.name) ?? deckFiles(dir);
  const problems = [];
  const themes = [];
  const entries = /* @__PURE__ */ new Map();
  const idFile = /* @__PURE__ */ new Map();
  for (const name of files) {
    const file = `deck/${name}`;
    const theme = parseTheme(file, texts3?.find((text2) => text2.name === name)?.text ?? readFileSync4(path2.join(dir, name), "utf8"), problems);
    if (!theme) continue;
    const expected = name.replace(/\.ya?ml$/, "");
    if (theme.id !== expected) problems.push(`${file}: theme "${theme.id}" must have the same name as its file ("${expected}")`);
    if (themes.some((other) => other.id === theme.id)) problems.push(`${file}: theme "${theme.id}" is also defined in another file`);
    for (const entry of theme.entries) {
      const other = idFile.get(entry.id);
      if (other) problems.push(`${file}:${entry.id}: id is already used in ${other}`);
      else {
        idFile.set(entry.id, file);
        entries.set(entry.id, entry);
      }
    }
    themes.push(theme);
  }
  if (problems.length > 0) throw new DeckError(problems);
  const rank = (id3) => {
    const index = THEME_ORDER.indexOf(id3);
    return index === -1 ? THEME_ORDER.length : index;
  };
  themes.sort((a2, b2) => rank(a2.id) - rank(b2.id) || a2.id.localeCompare(b2.id));
  return { themes, entries, byTheme: new Map(themes.map((theme) => [theme.id, theme.entries])) };
}
function parseTheme(file, source, problems) {
  let raw;
  try {
    raw = parseYamlStrict(source);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const where = error.line ? ` at line ${error.line}` : "";
    problems.push(`${file}: not valid YAML${where}: ${error.message.split("\n")[0]}`);
    return void 0;
  }
  const parsed = themeFileSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(describeIssue(file, raw, issue));
    return void 0;
  }
  const before = problems.length;
  const seen = /* @__PURE__ */ new Map();
  const entries = parsed.data.entries.map((rawEntry) => {
    const where = `${file}:${rawEntry.id}`;
    const key = normalizeDutch(rawEntry.nl);
    const twin = seen.get(key);
    if (twin) problems.push(`${where}: the Dutch "${rawEntry.nl}" is already entry "${twin}" in this theme`);
    else seen.set(key, rawEntry.id);
    if (/^(de|het|een)\s/i.test(rawEntry.nl)) problems.push(`${where}: write the Dutch without its article ("${rawEntry.nl}"); put the article in "article"`);
    const missing = missingFromExample(rawEntry.nl, rawEntry.example);
    if (missing) problems.push(`${where}: the example does not contain "${missing}" (or a form of it): "${rawEntry.example}"`);
    return { ...rawEntry, theme: parsed.data.theme };
  });
  if (problems.length > before) return void 0;
  return { id: parsed.data.theme, title: parsed.data.title, file, entries };
}
function normalizeDutch(value) {
  return value.normalize("NFKD").replace(new RegExp("\\p{M}", "gu"), "").replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, " ").trim();
}
function dutchWords(value) {
  return value.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
function missingFromExample(nl, example) {
  const tokens = dutchWords(normalizeDutch(example));
  for (const word of dutchWords(normalizeDutch(nl))) {
    if (!usesWord(tokens, word)) {
      const particle = PARTICLES.find((p2) => word.startsWith(p2) && word.length - p2.length >= 4);
      if (!particle || !tokens.includes(particle) || !usesWord(tokens, word.slice(particle.length))) return word;
    }
  }
  return void 0;
}
var PARTICLES = ["aan", "af", "bij", "door", "in", "langs", "mee", "na", "om", "onder", "op", "over", "terug", "toe", "uit", "voor", "weg", "samen"];
function usesWord(tokens, word) {
  if (word.length <= 2) return tokens.includes(word);
  const forms = wordForms(word);
  return tokens.some((token) => forms.some((form) => form.length <= 3 ? token.startsWith(form) : token.includes(form)));
}
var VOWELS = "aeiou";
function wordForms(word) {
  const forms = /* @__PURE__ */ new Set([word]);
  const stems = /* @__PURE__ */ new Set();
  let stem = word;
  if (word.endsWith("en") && word.length > 4) stem = word.slice(0, -2);
  else if (word.endsWith("e") && word.length > 3) stem = word.slice(0, -1);
  else if (word.endsWith("n") && word.length > 3) stem = word.slice(0, -1);
  stems.add(stem);
  if (stem.length > 2 && stem.at(-1) === stem.at(-2) && !VOWELS.includes(stem.at(-1))) stems.add(stem.slice(0, -1));
  const [c1, v2, c2] = [stem.at(-3), stem.at(-2), stem.at(-1)];
  if (c1 && v2 && c2 && !VOWELS.includes(c1) && "aeou".includes(v2) && !VOWELS.includes(c2) && word !== stem) stems.add(stem.slice(0, -1) + v2 + c2);
  for (const s2 of [...stems]) {
    if (s2.endsWith("v")) stems.add(s2.slice(0, -1) + "f");
    if (s2.endsWith("z")) stems.add(s2.slice(0, -1) + "s");
    if ((s2.endsWith("f") || s2.endsWith("s")) && s2 === word) stems.add(s2.slice(0, -1));
  }
  for (const s2 of stems) if (s2.length >= 3) forms.add(s2);
  return [...forms];
}
function describeIssue(file, raw, issue) {
  const [first, index, ...rest] = issue.path;
  let where = file;
  let field = issue.path.join(".");
  if (first === "entries" && typeof index === "number") {
    const rawEntry = raw.entries?.[index];
    where = `${file}:${typeof rawEntry?.id === "string" && rawEntry.id ? rawEntry.id : `entry ${index + 1}`}`;
    field = rest.join(".");
  }
  if (issue.code === "unrecognized_keys") return `${where}: unknown field ${issue.keys.map((key) => `"${key}"`).join(", ")}`;
  if (issue.code === "invalid_type" && issue.input === void 0) return `${where}: ${field} is missing`;
  return field ? `${where}: ${field} ${issue.message}` : `${where}: ${issue.message}`;
}

// src/features/practice/source.ts
function wordsOfDeck(deck) {
  const words = /* @__PURE__ */ new Map();
  const byTheme = /* @__PURE__ */ new Map();
  const level = (entry) => LEVELS.indexOf(entry.level);
  for (const theme of deck.themes) {
    const ordered = [...theme.entries].sort((a2, b2) => level(a2) - level(b2));
    const list = ordered.map((entry) => ({
      id: entry.id,
      theme: theme.id,
      nl: entry.nl,
      article: entry.article,
      example: entry.example,
      level: entry.level,
      meanings: Object.fromEntries(MEANING_LOCALES2.map((locale) => [locale, entry[locale]]))
    }));
    for (const word of list) words.set(word.id, word);
    byTheme.set(theme.id, list);
  }
  return { themes: deck.themes.map((theme) => ({ id: theme.id, title: theme.title })), words, byTheme };
}
var loaded = /* @__PURE__ */ new Map();
function loadWords(rootDir) {
  const dir = path3.join(rootDir, "deck");
  let list = loaded.get(dir);
  if (!list) {
    list = wordsOfDeck(loadDeckCached(dir));
    loaded.set(dir, list);
  }
  return list;
}
function loadDeckCached(dir) {
  const files = deckFiles(dir).map((name) => ({ name, text: readFileSync5(path3.join(dir, name), "utf8") }));
  return cachedFromFiles(
    { name: "deck", rulesVersion: DECK_RULES_VERSION, files },
    () => loadDeck(dir, files),
    (deck) => deck.themes,
    (themes) => ({ themes, entries: new Map(themes.flatMap((theme) => theme.entries.map((entry) => [entry.id, entry]))), byTheme: new Map(themes.map((theme) => [theme.id, theme.entries])) })
  );
}

// src/features/practice/feature.ts
var MEMBERS = ["newcomer", "volunteer", "coordinator"];
function say(services, turn, key, vars = {}) {
  return services.translator.t(turn.locale, `practice.${key}`, vars);
}
function restartOffer(services, turn) {
  turn.send({ text: say(services, turn, "expired"), kind: "reply", choices: [{ id: "pr:start", label: say(services, turn, "buttons.start") }] });
}
function isStopWord(services, text2) {
  const word = normalizeWord(text2);
  const { translator } = services;
  return word === "stop" || translator.wordsInAllLocales("commands.cancel.keywords").has(word) || translator.has("commands.stop.keywords") && translator.wordsInAllLocales("commands.stop.keywords").has(word);
}
function noLetters(text2) {
  return !/[\p{L}\p{N}]/u.test(text2);
}
function duringRound(context, turn) {
  const { services } = context;
  const member = turn.member;
  if (!member) return false;
  const session = activeSession(context, member.id, turn.now);
  const question = session?.question;
  if (!session || !question) return false;
  const word = findWord(context.list, services.store, question.entryId);
  const again = (key) => {
    if (word) turn.send(questionMessage(context, turn, session, question, word, say(services, turn, key)));
    else turn.reply(`practice.${key}`);
    return true;
  };
  if (turn.inbound.unsupported) return again(turn.inbound.unsupported === "voice" || turn.inbound.unsupported === "audio" ? "bad.voice" : "bad.media");
  const text2 = turn.inbound.text ?? "";
  if (text2.trim() === "") return again("bad.empty");
  if (isStopWord(services, text2) && !(word && question.type === "type" && normalizeWord(word.nl) === normalizeWord(text2))) return stopRound(context, turn, member);
  if (noLetters(text2)) return again("bad.emoji");
  if ([...text2].length > 200) return again("bad.long");
  answer(context, turn, member, { text: text2 });
  return true;
}
function createPracticeFeature(options = { load: loadWords }) {
  return {
    name: "practice",
    commands: ({ services }) => {
      const practice = {
        name: "practice",
        roles: MEMBERS,
        takesArgs: true,
        run(turn, args) {
          const member = turn.member;
          const context = contextOf(services);
          const word = normalizeWord(args);
          if (word === "settings" || word === "instellingen") return void settingsButton(context, turn, member, "s");
          if (word === "pause" || word === "pauze") return void settingsButton(context, turn, member, "pause");
          if (word === "resume" || word === "hervat") return void settingsButton(context, turn, member, "resume");
          startRound(context, turn, member);
        }
      };
      const progress2 = {
        name: "progress",
        roles: MEMBERS,
        run: (turn) => showProgress(contextOf(services), turn, turn.member)
      };
      return [practice, progress2, addWordCommand(services)];
    },
    buttons: {
      pr: (turn, payload, services) => {
        const member = turn.member;
        if (!member) return turn.reply("common.not_allowed");
        const context = contextOf(services);
        if (payload === "start") return startRound(context, turn, member);
        if (payload.startsWith(`${ANSWER}:`)) {
          const [, token, option] = payload.split(":");
          const session = activeSession(context, member.id, turn.now);
          if (!session?.question) return restartOffer(services, turn);
          const question = session.question;
          if (question.token !== token) {
            const word = findWord(context.list, services.store, question.entryId);
            if (word) turn.send(questionMessage(context, turn, session, question, word, say(services, turn, "old_question")));
            return;
          }
          return answer(context, turn, member, { option: option === "x" ? "x" : Number(option) });
        }
        if (!settingsButton(context, turn, member, payload)) turn.reply("common.flow.closed_question");
      }
    },
    holds: (turn, services) => turn.inbound.chatType === "private" && !!turn.member && !!activeSession(contextOf(services), turn.member.id, turn.now),
    onMessage: (turn, services) => {
      if (turn.inbound.chatType !== "private" || !turn.member) return false;
      const context = contextOf(services);
      if (duringRound(context, turn)) return true;
      const learner = services.store.get("practiceLearners", turn.member.id);
      const nudgedAt = context.agenda.nudged.get(turn.member.id);
      if (nudgedAt !== void 0 && turn.now - nudgedAt < NUDGE_REPLY_MS && !turn.inbound.unsupported && !learner?.session) {
        context.agenda.nudged.delete(turn.member.id);
        startRound(context, turn, turn.member);
        return true;
      }
      if (learner?.session?.question && learner.session.expiresAt <= turn.now && !turn.inbound.unsupported) {
        services.store.put("practiceLearners", learner.id, { ...learner, session: void 0 });
        restartOffer(services, turn);
        return true;
      }
      return false;
    },
    cancel: (turn, services) => !!turn.member && !!activeSession(contextOf(services), turn.member.id, turn.now) && stopRound(contextOf(services), turn, turn.member),
    privacy: practicePrivacy,
    jobs: {
      [RUN_JOB]: runJob,
      // Once a day, and right after start-up: make sure the next nudge run is planned (e.g. after a long downtime).
      "practice.plan": (_job, { services }) => planRun(contextOf(services)),
      "practice.wotd": wordOfTheDayJob
    },
    setup: (api) => {
      createContext(api.services, options.load(api.rootDir));
      api.scheduleDaily("practice.wotd", "practice.wotd", WOTD_TIME);
      api.scheduleDaily("practice.plan", "practice.plan", "00:05");
      api.services.jobs.at("practice.plan@start", "practice.plan", api.services.clock.now());
    }
  };
}
var practiceFeature = createPracticeFeature();

// src/features/privacy/erase.ts
function eraseMember(services, member, features, actor) {
  const { store } = services;
  for (const feature of features) feature.privacy?.erase?.(member.id, services);
  const identities = new Set(member.identities);
  const report = { groups: [...member.groupIds], outboxItems: 0, conversations: 0 };
  for (const groupId of member.groupIds) {
    const group = store.get("groups", groupId);
    if (!group) continue;
    group.memberIds = group.memberIds.filter((id3) => id3 !== member.id);
    group.formerMembers = (group.formerMembers ?? 0) + 1;
    store.put("groups", group.id, group);
  }
  for (const group of store.values("groups")) {
    if (group.createdBy !== member.id) continue;
    store.put("groups", group.id, { ...group, createdBy: ERASED_MEMBER });
  }
  for (const invite of store.values("invites")) if (invite.createdBy === member.id) store.put("invites", invite.code, { ...invite, createdBy: ERASED_MEMBER });
  for (const conversation of [...store.values("conversations")]) {
    if (!identities.has(`${conversation.channel}:${conversation.userId}`)) continue;
    store.delete("conversations", conversation.key);
    report.conversations += 1;
  }
  for (const item of [...store.values("outbox")]) {
    if (item.memberId !== member.id && !identities.has(`${item.to.channel}:${item.to.chatId}`)) continue;
    store.put("outbox", item.id, {
      ...item,
      memberId: void 0,
      to: { channel: item.to.channel, chatId: ERASED_MEMBER },
      message: { text: "", kind: item.message.kind },
      state: item.state === "queued" || item.state === "held" || item.state === "sending" ? "cancelled" : item.state,
      reason: "member erased",
      platformId: void 0
    });
    report.outboxItems += 1;
  }
  for (const key of identities) {
    store.delete("identities", key);
    if (store.get("contacts", key)) store.delete("contacts", key);
    if (store.get("throttles", key)) store.delete("throttles", key);
    const chat2 = store.get("chats", key);
    if (chat2?.kind === "private") store.delete("chats", key);
  }
  for (const job of [...store.values("jobs")]) if (job.payload.memberId === member.id) store.delete("jobs", job.id);
  for (const line2 of [...store.values("audit")]) {
    if (line2.actor !== member.id && line2.subject !== member.id) continue;
    store.put("audit", line2.id, { ...line2, actor: line2.actor === member.id ? ERASED_MEMBER : line2.actor, subject: line2.subject === member.id ? ERASED_MEMBER : line2.subject });
  }
  store.delete("members", member.id);
  audit(services, { actor: actor === member.id ? ERASED_MEMBER : actor, action: "member.erased", size: 1 });
  return report;
}

// src/features/privacy/export.ts
function collectMemberData(services, member, features) {
  const { store } = services;
  const identities = new Set(member.identities);
  const userIds = new Set(member.identities.map((key) => key.slice(key.indexOf(":") + 1)));
  const groups = member.groupIds.flatMap((id3) => store.get("groups", id3) ?? []).map((g2) => ({ id: g2.id, name: g2.name, municipality: g2.municipality, startsAt: iso(g2.startsAt), endsAt: iso(g2.endsAt) }));
  const conversations = [...store.values("conversations")].filter((c2) => identities.has(`${c2.channel}:${c2.userId}`)).map((c2) => ({ flow: c2.flowId, startedAt: iso(c2.startedAt), answers: c2.vars }));
  const messages = [...store.values("outbox")].filter((item) => item.memberId === member.id || identities.has(`${item.to.channel}:${item.to.chatId}`)).sort((a2, b2) => a2.createdAt - b2.createdAt).map((item) => ({ at: iso(item.createdAt), state: item.state, kind: item.message.kind, text: item.message.text, ...item.delivery ? { delivery: item.delivery } : {} }));
  const contacts = [...store.values("contacts")].filter((c2) => identities.has(c2.key)).map((c2) => ({ ...c2, lastInboundAt: c2.lastInboundAt ? iso(c2.lastInboundAt) : void 0 }));
  const chats = [...store.values("chats")].filter((c2) => c2.kind === "private" && userIds.has(c2.address.chatId) && identities.has(`${c2.address.channel}:${c2.address.chatId}`)).map((c2) => ({ key: c2.key, status: c2.status }));
  const auditLines = [...store.values("audit")].filter((a2) => a2.actor === member.id || a2.subject === member.id).map((a2) => ({ at: iso(a2.at), action: a2.action, ...a2.size !== void 0 ? { size: a2.size } : {} }));
  const invites = [...store.values("invites")].filter((i2) => i2.createdBy === member.id).map((i2) => ({ group: i2.groupId, role: i2.role, createdAt: iso(i2.createdAt), expiresAt: iso(i2.expiresAt) }));
  const sections = {};
  for (const feature of features) {
    const data = feature.privacy?.export?.(member.id, services);
    if (data && Object.keys(data).length > 0) sections[feature.name] = data;
  }
  return {
    exportedAt: iso(services.clock.now()),
    member: {
      id: member.id,
      name: member.name,
      role: member.role,
      language: member.locale,
      accounts: member.identities,
      timeZone: member.timeZone,
      createdAt: iso(member.createdAt),
      consent: member.consent ? { at: iso(member.consent.at), version: member.consent.version } : void 0,
      profile: member.profile,
      ...member.quietHours ? { quietHours: member.quietHours } : {},
      ...member.scope ? { scope: member.scope } : {}
    },
    groups,
    conversations,
    messagesToYou: messages,
    reachability: contacts,
    chats,
    invitesYouMade: invites,
    auditLinesAboutYou: auditLines,
    ...sections
  };
}
function iso(ms) {
  return new Date(ms).toISOString();
}

// src/features/privacy/retention.ts
import { readdirSync as readdirSync3, rmSync as rmSync2, statSync } from "node:fs";
import path4 from "node:path";
function retentionCutoff(now, months, timeZone) {
  return DateTime.fromMillis(now, { zone: timeZone }).minus({ months }).toMillis();
}
function eraseExpiredMembers(services, features, now) {
  const { store, config } = services;
  const cutoff = retentionCutoff(now, config.retentionMonths, config.timeZone);
  let erased = 0;
  for (const member of [...store.values("members")]) {
    if (member.role === "coordinator" || member.groupIds.length === 0) continue;
    const groups = member.groupIds.map((id3) => store.get("groups", id3));
    if (groups.some((g2) => !g2 || g2.endsAt >= cutoff)) continue;
    eraseMember(services, member, features, "retention");
    erased += 1;
  }
  return erased;
}
function deleteOldBackups(services, now) {
  const dir = path4.join(services.config.dataDir, "backups");
  const cutoff = retentionCutoff(now, services.config.retentionMonths, services.config.timeZone);
  let names2;
  try {
    names2 = readdirSync3(dir);
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const name of names2) {
    const file = path4.join(dir, name);
    try {
      if (statSync(file).mtimeMs >= cutoff) continue;
      rmSync2(file, { recursive: true, force: true });
      deleted += 1;
    } catch (error) {
      services.logger.warn({ err: error instanceof Error ? error.name : "error" }, "an old backup could not be deleted; retention tries again tomorrow");
    }
  }
  return deleted;
}
function retentionJob(features) {
  return (_job, { services, now }) => {
    const erased = eraseExpiredMembers(services, features(), now);
    const backups = deleteOldBackups(services, now);
    if (erased > 0 || backups > 0) services.logger.info({ erased, backups }, "retention: erased members of long-ended groups and old backups");
  };
}

// src/features/privacy/feature.ts
var FORGET_CONFIRM_MS = 15 * 6e4;
var PREFIX3 = "pv";
var featuresOf = () => [];
var privacyFeature = {
  name: "privacy",
  commands(api) {
    featuresOf = api.features;
    return [
      { name: "mydata", roles: ["newcomer", "volunteer", "coordinator"], run: (turn) => sendMyData(turn, api.services) },
      { name: "forget", roles: ["newcomer", "volunteer", "coordinator"], run: (turn) => askForget(turn, api.services) }
    ];
  },
  buttons: {
    [PREFIX3]: (turn, payload, services) => {
      if (!turn.member) return turn.reply("common.flow.closed_question");
      if (payload === "forget:yes") return confirmForget(turn, services, turn.member);
      if (payload === "forget:no") {
        services.store.delete("meta", forgetKey(turn.member.id));
        return turn.reply("privacy.forget.kept");
      }
      if (payload === "consent:yes" || payload === "consent:no") return answerConsent(turn, services, turn.member, payload === "consent:yes");
      turn.reply("common.flow.closed_question");
    }
  },
  // The privacy text changed since this member agreed: ask again before anything else (commands still work).
  // (Only members who agreed to an older version: coordinators named in the configuration never went through onboarding.)
  holds: (turn) => turn.inbound.chatType === "private" && outdatedConsent(turn.member),
  onMessage: (turn, services) => {
    if (turn.inbound.chatType !== "private" || !outdatedConsent(turn.member)) return false;
    const word = (turn.inbound.text ?? "").trim().toLowerCase();
    const privacyWords = ["mydata", "forget"].flatMap((name) => [...services.translator.wordsInAllLocales(`commands.${name}.keywords`)]);
    if (privacyWords.includes(word)) return false;
    askConsent(turn, services);
    return true;
  },
  jobs: { "privacy.retention": retentionJob(() => featuresOf()) },
  setup(api) {
    featuresOf = api.features;
    api.services.jobs.daily("privacy.retention", "privacy.retention", "03:30", api.services.config.timeZone, {}, 24 * 36e5);
  }
};
function outdatedConsent(member) {
  return member?.consent !== void 0 && isOlderPrivacyVersion(member.consent.version);
}
function forgetKey(memberId) {
  return `privacy.forget:${memberId}`;
}
function sendMyData(turn, services) {
  const member = turn.member;
  const data = collectMemberData(services, member, featuresOf());
  const { translator, store } = services;
  const t2 = (key, vars = {}) => translator.t(turn.locale, key, vars);
  const groups = member.groupIds.flatMap((id3) => store.get("groups", id3)?.name ?? []);
  const messages = data.messagesToYou.length;
  const sections = Object.keys(data).filter((k2) => !["exportedAt", "member", "groups", "conversations", "messagesToYou", "reachability", "chats", "invitesYouMade", "auditLinesAboutYou"].includes(k2));
  const lines = [
    t2("privacy.mydata.header"),
    `\u2022 ${t2("privacy.mydata.name", { name: member.name })}`,
    `\u2022 ${t2("privacy.mydata.role", { role: t2(`common.role.${member.role}`) })}`,
    `\u2022 ${t2("privacy.mydata.language", { language: translator.t(member.locale, "common.language.name") })}`,
    `\u2022 ${t2("privacy.mydata.groups", { groups: groups.length > 0 ? groups.join(", ") : "\u2013" })}`,
    `\u2022 ${member.consent ? t2("privacy.mydata.consent", { date: new Date(member.consent.at).toISOString().slice(0, 10), version: member.consent.version }) : t2("privacy.mydata.no_consent")}`,
    `\u2022 ${t2("privacy.mydata.messages", { count: messages })}`,
    ...sections.length > 0 ? [`\u2022 ${t2("privacy.mydata.features", { features: sections.join(", ") })}`] : [],
    "",
    t2("privacy.mydata.file", { forget: turn.command("forget") })
  ];
  const json2 = Buffer.from(`${JSON.stringify(data, null, 2)}
`, "utf8").toString("base64");
  turn.send({ text: lines.join("\n"), kind: "reply", attachment: { kind: "document", filename: "welkom-my-data.json", mimeType: "application/json", data: json2 } });
  audit(services, { actor: member.id, action: "data.export", subject: member.id });
}
function askForget(turn, services) {
  const member = turn.member;
  services.store.put("meta", forgetKey(member.id), { key: forgetKey(member.id), value: { askedAt: turn.now } });
  turn.reply("privacy.forget.confirm", {}, {
    choices: [
      { id: `${PREFIX3}:forget:yes`, label: services.translator.t(turn.locale, "privacy.forget.yes") },
      { id: `${PREFIX3}:forget:no`, label: services.translator.t(turn.locale, "privacy.forget.no") }
    ]
  });
}
function confirmForget(turn, services, member) {
  const asked = services.store.get("meta", forgetKey(member.id))?.value;
  if (!asked?.askedAt || turn.now - asked.askedAt > FORGET_CONFIRM_MS) return turn.reply("privacy.forget.expired", { forget: turn.command("forget") });
  services.store.delete("meta", forgetKey(member.id));
  for (const coordinator of coordinatorsOf2(services, member)) {
    for (const groupId of member.groupIds) {
      const group = services.store.get("groups", groupId);
      if (group && canSeeGroup(coordinator, group)) notifyMember(services, coordinator, "privacy.forget.coordinator_notice", { group: group.name }, { dedupKey: `privacy.forgotten:${member.id}:${groupId}` });
    }
  }
  const locale = turn.locale;
  eraseMember(services, member, featuresOf(), member.id);
  turn.member = void 0;
  turn.locale = locale;
  turn.reply("privacy.forget.done");
}
function coordinatorsOf2(services, member) {
  const groups = member.groupIds.flatMap((id3) => services.store.get("groups", id3) ?? []);
  return [...services.store.values("members")].filter((m2) => m2.role === "coordinator" && m2.id !== member.id && groups.some((g2) => g2.createdBy === m2.id || m2.scope !== void 0 && canSeeGroup(m2, g2)));
}
function askConsent(turn, services) {
  const t2 = (key) => services.translator.t(turn.locale, key);
  turn.reply("privacy.consent.changed", { text: t2("onboarding.consent.question") }, {
    choices: [
      { id: `${PREFIX3}:consent:yes`, label: t2("privacy.consent.yes") },
      { id: `${PREFIX3}:consent:no`, label: t2("privacy.consent.no") }
    ]
  });
}
function answerConsent(turn, services, member, yes) {
  if (!yes) return turn.reply("privacy.consent.declined", { forget: turn.command("forget"), mydata: turn.command("mydata") });
  services.store.put("members", member.id, { ...member, consent: { at: turn.now, version: PRIVACY_VERSION } });
  audit(services, { actor: member.id, action: "privacy.consent", subject: member.id });
  turn.reply("privacy.consent.thanks");
}

// src/features/index.ts
var FEATURES = [helpFeature, onboardingFeature, groupsFeature, planFeature, meetupsFeature, chatsFeature, practiceFeature, outboxFeature, coordinatorsFeature, broadcastFeature, privacyFeature, bridgeFeature, maintenanceFeature];

// src/flows/loader.ts
import { readdirSync as readdirSync4, readFileSync as readFileSync6 } from "node:fs";
import path5 from "node:path";

// src/flows/errors.ts
var FlowError = class extends Error {
  constructor(file, step, problem) {
    super(step ? `${file}: ${step}: ${problem}` : `${file}: ${problem}`);
    this.file = file;
    this.step = step;
    this.problem = problem;
  }
  file;
  step;
  problem;
  name = "FlowError";
};
var FlowErrors = class extends Error {
  constructor(errors) {
    super(`Some flows are invalid and welkom did not start:
${errors.map((e3) => `  ${e3.message}`).join("\n")}`);
    this.errors = errors;
  }
  errors;
  name = "FlowErrors";
};

// src/flows/schema.ts
var stepId = external_exports.string().regex(/^[a-z][a-z0-9_]*$/, "step ids use lower-case letters, digits and _");
var textKey = external_exports.string().regex(/^[a-z][a-z0-9_.]*$/, "text keys use lower-case letters, digits, _ and .");
var role = external_exports.enum(["guest", "newcomer", "volunteer", "coordinator"]);
var whenSchema = external_exports.object({
  role: external_exports.union([role, external_exports.array(role).min(1)]).optional(),
  var: external_exports.string().optional(),
  equals: external_exports.union([external_exports.string(), external_exports.number(), external_exports.boolean()]).optional(),
  in: external_exports.array(external_exports.string()).optional()
}).strict();
var expectSchema = external_exports.union([
  external_exports.enum(["text", "number", "date", "yesno", "choice"]),
  external_exports.object({ text: external_exports.object({ min: external_exports.number().int().min(0).default(1), max: external_exports.number().int().min(1).max(4e3).default(500), name: external_exports.boolean().default(false) }).strict() }).strict(),
  external_exports.object({ number: external_exports.object({ min: external_exports.number().optional(), max: external_exports.number().optional(), integer: external_exports.boolean().default(true) }).strict() }).strict(),
  external_exports.object({ date: external_exports.object({ future: external_exports.boolean().default(false) }).strict() }).strict()
]);
var common = { id: stepId.optional(), when: whenSchema.optional() };
var sayStep = external_exports.object({ ...common, say: textKey, end: external_exports.boolean().optional(), goto: stepId.optional() }).strict();
var askStep = external_exports.object({
  ...common,
  ask: textKey,
  expect: expectSchema.optional(),
  /** Choice ids (labels are `<texts>.<ask>.choices.<id>`) or a named source such as `$locales`. */
  choices: external_exports.union([external_exports.array(external_exports.string().regex(/^[a-z0-9_]{1,24}$/, "choice ids use a-z, 0-9 and _, at most 24 characters")).min(1), external_exports.string().regex(/^\$[a-z_]+$/)]).optional(),
  multiple: external_exports.boolean().optional(),
  save: external_exports.string().regex(/^[a-z][a-zA-Z0-9_]*$/, "save names a variable such as name or locale").optional(),
  branch: external_exports.record(external_exports.string(), stepId).optional()
}).strict();
var actionStep = external_exports.object({ ...common, action: external_exports.string().regex(/^[a-z]+(\.[a-z_]+)+$/, "actions are named like group.join"), branch: external_exports.record(external_exports.string(), stepId).optional() }).strict();
var gotoStep = external_exports.object({ ...common, goto: stepId }).strict();
var endStep = external_exports.object({ ...common, end: external_exports.literal(true) }).strict();
var stepSchema = external_exports.union([sayStep, askStep, actionStep, gotoStep, endStep]);
var flowSchema = external_exports.object({
  id: external_exports.string().regex(/^[a-z][a-z0-9_]*$/),
  /** i18n namespace of this flow's step keys (default: the flow id). */
  texts: external_exports.string().regex(/^[a-z][a-z0-9_]*$/).optional(),
  roles: external_exports.array(role).min(1),
  /** Only national coordinators (no municipality scope) may start it. */
  national: external_exports.boolean().optional(),
  /** What the flow acts on, for the permission table (see Command.acts). */
  acts: external_exports.enum(["self", "groups"]).optional(),
  trigger: external_exports.object({
    /** Telegram `/command`; also typed as a keyword from `commands.<command>.keywords`. */
    command: external_exports.string().regex(/^[a-z][a-z0-9_]{0,31}$/).optional(),
    /** Needs an invite code as argument (`/start CODE`, `JOIN CODE`). */
    invite: external_exports.boolean().optional(),
    /** Where the command may be used. */
    chats: external_exports.array(external_exports.enum(["private", "group"])).default(["private"]),
    /**
     * The words after the command may name a group or municipality (`/broadcast Utrecht`): the router checks the
     * name against the sender's scope and the flow starts with `targetGroupId` or `targetMunicipality` set.
     */
    target: external_exports.boolean().optional()
  }).strict(),
  /** Hours of inactivity after which the conversation is dropped (default from FLOW_TIMEOUT_HOURS). */
  timeoutHours: external_exports.number().positive().optional(),
  steps: external_exports.array(stepSchema).min(1)
}).strict();

// src/flows/loader.ts
function stepLabel(step, index) {
  return step.id ?? `step ${index + 1}`;
}
function loadFlows(dir, context) {
  const files = readdirSync4(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  const flows = /* @__PURE__ */ new Map();
  const errors = [];
  for (const name of files) {
    const display = `flows/${name}`;
    try {
      const flow = parseFlow(display, readFileSync6(path5.join(dir, name), "utf8"), context);
      if (flows.has(flow.id)) throw new FlowError(display, void 0, `flow id "${flow.id}" is already used by ${flows.get(flow.id).file}`);
      flows.set(flow.id, flow);
    } catch (error) {
      if (error instanceof FlowErrors) errors.push(...error.errors);
      else if (error instanceof FlowError) errors.push(error);
      else throw error;
    }
  }
  const commands = /* @__PURE__ */ new Map();
  for (const flow of flows.values()) {
    const command = flow.trigger.command;
    if (!command) continue;
    if (commands.has(command)) errors.push(new FlowError(flow.file, void 0, `trigger command "${command}" is also used by ${commands.get(command)}`));
    commands.set(command, flow.file);
  }
  if (errors.length > 0) throw new FlowErrors(errors);
  return flows;
}
function parseFlow(file, text2, context) {
  let raw;
  try {
    raw = parseYamlStrict(text2);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const where = error.line ? ` at line ${error.line}` : "";
    throw new FlowError(file, void 0, `not valid YAML${where}: ${error.message.split("\n")[0]}`);
  }
  const parsed = flowSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const [first, index] = issue.path;
      let step;
      if (first === "steps" && typeof index === "number") {
        const rawStep = raw.steps?.[index];
        step = typeof rawStep?.id === "string" ? rawStep.id : `step ${index + 1}`;
      }
      return new FlowError(file, step, describeIssue2(issue));
    });
    throw new FlowErrors(problems);
  }
  const flow = parsed.data;
  const namespace = flow.texts ?? flow.id;
  const stepIds = flow.steps.map(stepLabel);
  const errors = [];
  const seen = /* @__PURE__ */ new Set();
  const { translator } = context;
  const needKey = (step, key) => {
    if (!translator.has(key)) errors.push(new FlowError(file, step, `text "${key}" is missing in locales/nl`));
  };
  flow.steps.forEach((step, index) => {
    const label = stepIds[index];
    if (step.id) {
      if (seen.has(step.id)) errors.push(new FlowError(file, label, "this step id is used twice"));
      seen.add(step.id);
    }
    const targets = [];
    if ("goto" in step && step.goto) targets.push(step.goto);
    if ("branch" in step && step.branch) targets.push(...Object.values(step.branch));
    for (const target of targets) if (!flow.steps.some((s2) => s2.id === target)) errors.push(new FlowError(file, label, `branch target "${target}" does not exist`));
    if ("say" in step) needKey(label, `${namespace}.${step.say}`);
    if ("action" in step && !context.actions.has(step.action)) errors.push(new FlowError(file, label, `unknown action "${step.action}" (known: ${[...context.actions].sort().join(", ")})`));
    if ("ask" in step) {
      needKey(label, `${namespace}.${step.ask}.question`);
      const kind = typeof step.expect === "string" ? step.expect : step.expect ? Object.keys(step.expect)[0] : step.choices ? "choice" : "text";
      if (kind === "choice" && !step.choices) errors.push(new FlowError(file, label, 'a choice question needs "choices"'));
      if (step.choices && kind !== "choice" && kind !== "yesno") errors.push(new FlowError(file, label, `"choices" cannot be used with expect ${kind}`));
      if (step.multiple && kind !== "choice") errors.push(new FlowError(file, label, '"multiple" only works with choices'));
      if (typeof step.choices === "string" && !context.choiceSources.has(step.choices.slice(1)))
        errors.push(new FlowError(file, label, `unknown choice source "${step.choices}" (known: ${[...context.choiceSources].map((s2) => `$${s2}`).join(", ")})`));
      if (Array.isArray(step.choices)) for (const choice of step.choices) needKey(label, `${namespace}.${step.ask}.choices.${choice}`);
      if (step.branch) {
        const allowed2 = kind === "yesno" ? ["yes", "no"] : Array.isArray(step.choices) ? step.choices : void 0;
        if (step.multiple) errors.push(new FlowError(file, label, 'a question with "multiple" answers cannot branch'));
        else if (allowed2) {
          for (const answer2 of Object.keys(step.branch)) if (!allowed2.includes(answer2)) errors.push(new FlowError(file, label, `branch on "${answer2}", which is not one of the answers (${allowed2.join(", ")})`));
        }
      }
    }
  });
  if (errors.length > 0) throw new FlowErrors(errors);
  return { ...flow, file, namespace, stepIds };
}
function describeIssue2(issue) {
  const field = issue.path.slice(issue.path[0] === "steps" && typeof issue.path[1] === "number" ? 2 : 0).join(".");
  if (issue.code === "unrecognized_keys") return `unknown field ${issue.keys?.map((k2) => `"${k2}"`).join(", ")}`;
  if (issue.code === "invalid_union" && issue.path[0] === "steps" && issue.path.length === 2)
    return "unknown step type: a step needs exactly one of say, ask, action, goto or end (with only the fields that type allows)";
  return field ? `${field}: ${issue.message}` : issue.message;
}

// src/http/metrics.ts
var import_prom_client = __toESM(require_prom_client(), 1);
function createMetrics(options = {}) {
  const registry2 = new import_prom_client.Registry();
  if (options.defaults) (0, import_prom_client.collectDefaultMetrics)({ register: registry2, prefix: "welkom_" });
  const registers = [registry2];
  return {
    registry: registry2,
    inbound: new import_prom_client.Counter({ name: "welkom_inbound_total", help: "Updates in: messages and button presses received, per channel", labelNames: ["channel"], registers }),
    outbox: new import_prom_client.Counter({ name: "welkom_outbox_total", help: 'Outbox items reaching a state (queued, sent, failed, held, cancelled); state="sent" are the updates out', labelNames: ["channel", "state"], registers }),
    outboxQueued: new import_prom_client.Gauge({ name: "welkom_outbox_queued", help: "Outbox items waiting to be sent", labelNames: ["channel"], registers }),
    outboxOldest: new import_prom_client.Gauge({ name: "welkom_outbox_oldest_queued_seconds", help: "Age of the oldest outbox item waiting to be sent (0 when none)", labelNames: ["channel"], registers }),
    handleSeconds: new import_prom_client.Histogram({ name: "welkom_handle_seconds", help: "Time from receiving a message to its commit", labelNames: ["channel"], buckets: [1e-3, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5], registers }),
    schedulerLag: new import_prom_client.Gauge({ name: "welkom_scheduler_lag_seconds", help: "How late the latest scheduler tick ran its most overdue job (0 when none was due)", registers }),
    schedulerLastTick: new import_prom_client.Gauge({ name: "welkom_scheduler_last_tick_seconds", help: "Unix time of the latest scheduler tick (ticks every 15 s)", registers }),
    schedulerRuns: new import_prom_client.Counter({ name: "welkom_scheduler_runs_total", help: "Job runs by outcome (ran, skipped: too late, failed)", labelNames: ["outcome"], registers }),
    storeCommitSeconds: new import_prom_client.Histogram({ name: "welkom_store_commit_seconds", help: "Time to make one group commit durable (append + fsync)", buckets: [5e-4, 1e-3, 25e-4, 5e-3, 0.01, 0.025, 0.05, 0.1, 0.5], registers }),
    storeCommitBytes: new import_prom_client.Counter({ name: "welkom_store_commit_bytes_total", help: "Bytes written by commits", registers }),
    storeBytes: new import_prom_client.Gauge({ name: "welkom_store_bytes", help: "Size of the store on disk (snapshot and journal; not backups)", registers }),
    storeEntities: new import_prom_client.Gauge({ name: "welkom_store_entities", help: "Entities in the live store per collection", labelNames: ["collection"], registers }),
    httpRequests: new import_prom_client.Counter({ name: "welkom_http_requests_total", help: "HTTP requests answered, by route and status", labelNames: ["method", "route", "status"], registers })
  };
}

// src/playground/routes.ts
import { readFile } from "node:fs/promises";
import { isIP } from "node:net";
import path6 from "node:path";

// src/playground/playground.ts
import { EventEmitter as EventEmitter2 } from "node:events";

// src/playground/demo.ts
import { randomBytes as randomBytes12 } from "node:crypto";

// src/playground/personas.ts
var DEMO_GROUP_NAME = "Welkomgroep Demo";
var DEMO_MUNICIPALITY = "Utrecht";
var DEMO_GROUP_CHAT = "demo-group";
var DEMO_PREFIX = "demo-";
var PERSONAS = [
  { id: "demo-newcomer", name: "Samira", role: "newcomer", platform: "whatsapp", locale: "ar", seeded: false },
  { id: "demo-anna", name: "Anna", role: "volunteer", platform: "telegram", locale: "nl", seeded: true },
  { id: "demo-ben", name: "Ben", role: "volunteer", platform: "telegram", locale: "uk", seeded: true },
  { id: "demo-coordinator", name: "Carla", role: "coordinator", platform: "telegram", locale: "nl", seeded: true }
];
var CHATS = [
  { id: "demo-newcomer", type: "private", platform: "whatsapp", writers: ["demo-newcomer"] },
  { id: DEMO_GROUP_CHAT, type: "group", platform: "telegram", writers: ["demo-anna", "demo-ben"] },
  { id: "demo-anna", type: "private", platform: "telegram", writers: ["demo-anna"] },
  { id: "demo-ben", type: "private", platform: "telegram", writers: ["demo-ben"] },
  { id: "demo-coordinator", type: "private", platform: "telegram", writers: ["demo-coordinator"] }
];
function persona(id3) {
  return PERSONAS.find((p2) => p2.id === id3);
}
function chat(id3) {
  return CHATS.find((c2) => c2.id === id3);
}

// src/playground/demo.ts
var DEMO_META_KEY = "playground.demo";
var DAY5 = 864e5;
var DEMO_INVITE_DAYS = 365;
function findDemo(services) {
  const { store, clock } = services;
  const group = store.values("groups").find((g2) => g2.demo === true);
  if (!group) return void 0;
  const now = clock.now();
  const invite = store.values("invites").filter((i2) => i2.groupId === group.id && i2.role === "newcomer" && i2.usesLeft > 0 && i2.expiresAt > now).sort((a2, b2) => b2.createdAt - a2.createdAt)[0];
  return { group, invite };
}
function ensureDemo(services) {
  if (services.store.get("meta", DEMO_META_KEY)) return;
  seedDemo(services);
  ensureDigestJobs(services);
}
function seedDemo(services) {
  const { store, clock, config } = services;
  const now = clock.now();
  const suffix = randomBytes12(3).toString("hex");
  const memberId = (personaId) => `m_${personaId.replace(DEMO_PREFIX, "demo_")}_${suffix}`;
  const coordinator = PERSONAS.find((p2) => p2.role === "coordinator");
  const group = {
    id: `g_demo_${suffix}`,
    name: DEMO_GROUP_NAME,
    municipality: DEMO_MUNICIPALITY,
    kind: "welkomgroep",
    memberIds: [],
    chatKeys: [`local:${DEMO_GROUP_CHAT}`],
    createdBy: coordinator ? memberId(coordinator.id) : "playground",
    startsAt: now,
    endsAt: now + 365 * DAY5,
    demo: true
  };
  for (const persona2 of PERSONAS) {
    if (!persona2.seeded) continue;
    const key = identityKey("local", persona2.id);
    const inGroup2 = persona2.role !== "coordinator";
    const member = {
      id: memberId(persona2.id),
      name: persona2.name,
      role: persona2.role,
      locale: persona2.locale,
      identities: [key],
      groupIds: inGroup2 ? [group.id] : [],
      consent: { at: now, version: PRIVACY_VERSION },
      profile: {},
      timeZone: config.timeZone,
      createdAt: now,
      demo: true
    };
    store.put("members", member.id, member);
    store.put("identities", key, { key, memberId: member.id });
    if (inGroup2) group.memberIds.push(member.id);
  }
  store.put("groups", group.id, group);
  ensurePlan(services, group, now);
  store.put("chats", `local:${DEMO_GROUP_CHAT}`, {
    key: `local:${DEMO_GROUP_CHAT}`,
    address: { channel: "local", chatId: DEMO_GROUP_CHAT },
    kind: "group",
    title: DEMO_GROUP_NAME,
    groupId: group.id,
    status: "active",
    updatedAt: now
  });
  const invite = createInvite(services, group.id, "newcomer", group.createdBy, now);
  invite.expiresAt = now + DEMO_INVITE_DAYS * DAY5;
  store.put("invites", invite.code, invite);
  store.put("meta", DEMO_META_KEY, { key: DEMO_META_KEY, value: { state: "seeded", at: now } });
  return { group, invite };
}
function removeDemo(services, local) {
  const { store, clock } = services;
  const groupIds = new Set(store.values("groups").filter((g2) => g2.demo === true).map((g2) => g2.id));
  const isDemoIdentity = (key) => key.startsWith(`local:${DEMO_PREFIX}`);
  const memberIds = new Set(store.values("members").filter((m2) => m2.demo === true || m2.identities.some(isDemoIdentity)).map((m2) => m2.id));
  const demoIds = /* @__PURE__ */ new Set([...groupIds, ...memberIds]);
  for (const member of store.values("members")) {
    if (memberIds.has(member.id) || !member.groupIds.some((id3) => groupIds.has(id3))) continue;
    store.put("members", member.id, { ...member, groupIds: member.groupIds.filter((id3) => !groupIds.has(id3)) });
  }
  for (const collection of COLLECTIONS) {
    if (collection === "meta" || collection === "dedup") continue;
    for (const entity of store.values(collection)) {
      const id3 = [entity.id, entity.key, entity.code].find((value) => typeof value === "string");
      if (!id3 || store.get(collection, id3) !== entity) continue;
      if (isDemoEntity(entity, { groupIds, memberIds, demoIds })) store.delete(collection, id3);
    }
  }
  store.put("meta", DEMO_META_KEY, { key: DEMO_META_KEY, value: { state: "removed", at: clock.now() } });
  for (const chat2 of CHATS) local.clear(chat2.id);
}
function isDemoEntity(entity, ids2) {
  const text2 = (value) => typeof value === "string" ? value : "";
  if (entity.demo === true) return true;
  if (ids2.groupIds.has(text2(entity.groupId)) || ids2.groupIds.has(text2(entity.inviteGroupId))) return true;
  if (ids2.memberIds.has(text2(entity.memberId)) || ids2.memberIds.has(text2(entity.id))) return true;
  if (ids2.demoIds.has(text2(entity.actor)) || ids2.demoIds.has(text2(entity.subject))) return true;
  const key = text2(entity.key);
  if (key.startsWith(`local:${DEMO_PREFIX}`) || key.startsWith(`invite:local:${DEMO_PREFIX}`)) return true;
  const to = entity.to;
  if (to && to.channel === "local" && text2(to.chatId).startsWith(DEMO_PREFIX)) return true;
  const payload = entity.payload;
  if (payload && (ids2.groupIds.has(text2(payload.groupId)) || ids2.memberIds.has(text2(payload.memberId)))) return true;
  return false;
}
function resetDemo(services, local) {
  removeDemo(services, local);
  return seedDemo(services);
}

// src/playground/time.ts
var HOUR4 = 36e5;
var MAX_ADVANCE_MS = 366 * 24 * HOUR4;
var MAX_STOPS = 2e3;
function parseDuration(text2) {
  const match = /^P(?:(\d{1,3})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,5})M)?(?:(\d{1,6})S)?)?$/.exec(text2.trim().toUpperCase());
  if (!match || text2.trim().length <= 1 || /T$/.test(text2.trim())) return void 0;
  const [, days = "0", hours = "0", minutes2 = "0", seconds = "0"] = match;
  return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes2)) * 6e4 + Number(seconds) * 1e3;
}
async function advanceTime(parts, ms) {
  const { clock, services, scheduler: scheduler2, delivery, settle } = parts;
  const target = clock.now() + ms;
  let jobsRun = 0;
  for (let stop2 = 0; stop2 <= MAX_STOPS; stop2 += 1) {
    const now = clock.now();
    let next = target;
    for (const job of services.store.values("jobs")) if (job.dueAt > now && job.dueAt < next) next = job.dueAt;
    clock.advance(next - now);
    jobsRun += scheduler2.tick();
    delivery.tick();
    await settle();
    if (next >= target) break;
  }
  return { now: clock.now(), jobsRun };
}

// src/playground/playground.ts
var DEMO_FILES = {
  // A 1×1 PNG.
  image: { bytes: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"), mimeType: "image/png", filename: "photo.png" },
  voice: { bytes: Buffer.from("OggS-demo-voice-note"), mimeType: "audio/ogg", filename: "voice.ogg" }
};
var PlaygroundError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
  name = "PlaygroundError";
};
var SETTLE_TIMEOUT_MS = 5e3;
var Playground = class {
  constructor(host) {
    this.host = host;
    this.events.setMaxListeners(0);
    for (const spec of CHATS) host.local.setCommandStyle(spec.id, spec.platform === "whatsapp" ? "keyword" : "slash");
    host.local.events.on("message", (message) => {
      if (chat(message.chatId)) this.events.emit("message", message);
    });
  }
  host;
  /** `message` (LocalMessage of a playground chat), `clock` ({ now }), `state` (something else changed). */
  events = new EventEmitter2();
  /** Languages of personas who are not members (yet): their platform's language hint. */
  hints = /* @__PURE__ */ new Map();
  /**
   * The steerable clock: only in local mode, and only when the app runs on a ManualClock (main.ts makes one whenever
   * the playground is on). With real channels, moving time would send real people reminders at the wrong time.
   */
  get clock() {
    const { clock, config } = this.host.services;
    return config.mode === "local" && clock instanceof ManualClock ? clock : void 0;
  }
  /** Seeds the demo on first use. */
  ensureDemo() {
    ensureDemo(this.host.services);
  }
  state() {
    const { services } = this.host;
    const { store, translator, clock, config } = services;
    const now = clock.now();
    const demo = findDemo(services);
    const personas = PERSONAS.map((spec) => this.personaView(spec));
    const chats = demo ? CHATS.map((spec) => this.chatView(spec, demo, personas, now)) : [];
    return {
      now,
      timeZone: config.timeZone,
      clockSteerable: this.clock !== void 0,
      demo: demo ? { present: true, group: demo.group.name, municipality: demo.group.municipality, inviteCode: demo.invite ? formatInviteCode(demo.invite.code) : void 0 } : { present: false, group: DEMO_GROUP_NAME },
      locales: translator.locales(),
      personas,
      chats,
      jobs: store.values("jobs").filter((job) => job.dueAt > now).sort((a2, b2) => a2.dueAt - b2.dueAt).slice(0, 5).map((job) => ({ type: job.type, dueAt: job.dueAt }))
    };
  }
  /** A persona types a message (or sends something the bot cannot read); returns the new lines of that chat. */
  async say(personaId, chatId, input) {
    const sender = this.sender(personaId, chatId);
    const before = this.host.local.lastId();
    if ("text" in input) {
      if (input.replyTo !== void 0 && !this.host.local.transcript(chatId).some((m2) => m2.id === input.replyTo)) throw new PlaygroundError(400, "replyTo must be the id of a message in this chat.");
      await this.host.local.say(sender, input.text, { replyTo: input.replyTo });
    } else await this.host.local.sendUnsupported(sender, input.media, DEMO_FILES[input.media]);
    return this.after(chatId, before);
  }
  /** A persona presses a button of a question in a chat. */
  async press(personaId, chatId, choiceId, token) {
    const sender = this.sender(personaId, chatId);
    const before = this.host.local.lastId();
    await this.host.local.press(sender, choiceId, token);
    return this.after(chatId, before);
  }
  /** Switches a persona's language: a member's own setting, otherwise the language their platform reports. */
  async setLocale(personaId, locale) {
    const spec = this.persona(personaId);
    const member = this.member(spec);
    if (member) {
      this.host.services.store.put("members", member.id, { ...member, locale });
      await this.host.services.store.committed();
    } else {
      this.hints.set(spec.id, locale);
    }
    this.changed();
    return this.personaView(spec);
  }
  /** Moves the clock forward, running due jobs and sending due messages on the way. */
  async advance(ms) {
    const clock = this.clock;
    if (!clock) throw new PlaygroundError(409, "The clock can only be moved in local mode (no Telegram or WhatsApp configured): real people would get messages at the wrong time.");
    const result = await advanceTime({ clock, services: this.host.services, scheduler: this.host.scheduler, delivery: this.host.delivery, settle: () => this.settle() }, ms);
    this.events.emit("clock", { now: result.now });
    this.changed();
    return result;
  }
  /** "Reset demo" restores the demo as at first start; "Remove demo data" deletes every trace of it. */
  async demo(action) {
    await this.settle();
    if (action === "reset") {
      resetDemo(this.host.services, this.host.local);
      ensureDigestJobs(this.host.services);
    } else removeDemo(this.host.services, this.host.local);
    this.hints.clear();
    await this.settle();
    this.changed();
  }
  /** Tells open pages to fetch the state again. */
  changed() {
    this.events.emit("state");
  }
  // ---- internals ----
  chatView(spec, demo, personas, now) {
    const { store, translator } = this.host.services;
    const { local } = this.host;
    const owner = spec.type === "private" ? personas.find((p2) => p2.id === spec.id) : void 0;
    const locale = owner?.locale ?? SOURCE_LOCALE;
    const waiting = store.values("outbox").filter((item) => item.to.channel === "local" && item.to.chatId === spec.id && (item.state === "held" || item.state === "queued" && item.notBefore > now));
    const joinable = owner?.role === "newcomer" && !owner.member && demo.invite !== void 0 && !this.inConversation(owner.id);
    return {
      id: spec.id,
      type: spec.type,
      platform: spec.platform,
      title: owner?.name ?? store.get("chats", `local:${spec.id}`)?.title ?? demo.group.name,
      writers: spec.writers,
      commandStyle: local.commandStyle({ channel: "local", chatId: spec.id }),
      locale,
      dir: translator.dir(locale),
      messages: local.transcript(spec.id),
      waiting: { count: waiting.length, until: waiting.filter((i2) => i2.state === "queued").map((i2) => i2.notBefore).sort((a2, b2) => a2 - b2)[0] },
      listButton: translator.t(locale, "playground.whatsapp.list_button"),
      numbersHint: translator.t(locale, "playground.whatsapp.type_numbers"),
      suggestion: joinable && demo.invite ? `JOIN ${formatInviteCode(demo.invite.code)}` : void 0
    };
  }
  persona(id3) {
    const spec = persona(id3);
    if (!spec) throw new PlaygroundError(404, `There is no persona "${id3.slice(0, 40)}".`);
    return spec;
  }
  member(spec) {
    const { store } = this.host.services;
    return memberByIdentity(store, "local", spec.id);
  }
  /** True while the persona is in a flow in their own chat (e.g. joining), when suggestions would only distract. */
  inConversation(personaId) {
    const conversation = this.host.services.store.get("conversations", `local:${personaId}:${personaId}`);
    return conversation !== void 0 && conversation.expiresAt > this.host.services.clock.now();
  }
  personaView(spec) {
    const { translator } = this.host.services;
    const member = this.member(spec);
    const locale = member?.locale ?? this.hints.get(spec.id) ?? spec.locale;
    return {
      id: spec.id,
      name: member?.name ?? spec.name,
      role: spec.role,
      platform: spec.platform,
      locale,
      dir: translator.dir(locale),
      member: member !== void 0,
      chats: CHATS.filter((c2) => c2.writers.includes(spec.id)).map((c2) => c2.id)
    };
  }
  sender(personaId, chatId) {
    const spec = this.persona(personaId);
    const target = chat(chatId);
    if (!target) throw new PlaygroundError(404, `There is no chat "${chatId.slice(0, 40)}".`);
    if (!target.writers.includes(spec.id)) throw new PlaygroundError(403, `${spec.name} cannot write in this chat.`);
    if (!findDemo(this.host.services)) throw new PlaygroundError(409, "There is no demo data. Reset the demo first.");
    const view = this.personaView(spec);
    return { chatId: target.id, userId: spec.id, chatType: target.type, displayName: spec.name, languageCode: view.locale };
  }
  async after(chatId, before) {
    await this.settle();
    this.changed();
    return this.host.local.transcript(chatId).filter((m2) => m2.id > before);
  }
  /** Waits until the store has committed and delivery has sent what is due (bounded, so a stuck platform cannot hang a request). */
  async settle() {
    await this.host.services.store.committed();
    let timer;
    await Promise.race([this.host.delivery.idle(), new Promise((resolve2) => timer = setTimeout(resolve2, SETTLE_TIMEOUT_MS))]);
    clearTimeout(timer);
  }
};

// src/playground/api.ts
var MAX_BODY_BYTES = 64 * 1024;
var id2 = external_exports.string().min(1).max(64);
var sayBody = external_exports.object({ persona: id2, chat: id2, text: external_exports.string().optional(), media: external_exports.enum(["voice", "image", "location"]).optional(), replyTo: external_exports.number().int().positive().optional() }).strict().refine((body) => body.text === void 0 !== (body.media === void 0), { message: 'send either "text" or "media"' });
var pressBody = external_exports.object({ persona: id2, chat: id2, choiceId: id2, token: external_exports.string().max(64).optional() }).strict();
var localeBody = external_exports.object({ persona: id2, locale: external_exports.enum(LOCALES) }).strict();
var clockBody = external_exports.object({ advance: external_exports.union([external_exports.string().max(32), external_exports.number().int().positive().max(MAX_ADVANCE_MS)]) }).strict();
var demoBody = external_exports.object({ action: external_exports.enum(["reset", "remove"]) }).strict();
function apiRoutes(playground, texts3) {
  return [
    { method: "GET", path: "/playground/api/state", handler: (_request, response) => sendJson(response, 200, playground.state()) },
    { method: "GET", path: "/playground/api/texts", handler: (_request, response, url2) => sendJson(response, 200, texts3(url2.searchParams.get("lang") ?? "en")) },
    {
      method: "POST",
      path: "/playground/api/say",
      handler: json(sayBody, async (body, response) => {
        if (body.text !== void 0 && [...body.text].length > MAX_INBOUND_CHARS) throw new PlaygroundError(413, `A message may have at most ${MAX_INBOUND_CHARS} characters.`);
        const messages = await playground.say(body.persona, body.chat, body.text !== void 0 ? { text: body.text, replyTo: body.replyTo } : { media: body.media });
        sendJson(response, 200, { ok: true, messages });
      })
    },
    {
      method: "POST",
      path: "/playground/api/press",
      handler: json(pressBody, async (body, response) => {
        const messages = await playground.press(body.persona, body.chat, body.choiceId, body.token);
        sendJson(response, 200, { ok: true, messages });
      })
    },
    {
      method: "POST",
      path: "/playground/api/locale",
      handler: json(localeBody, async (body, response) => sendJson(response, 200, { ok: true, persona: await playground.setLocale(body.persona, body.locale) }))
    },
    {
      method: "POST",
      path: "/playground/api/clock",
      handler: json(clockBody, async (body, response) => {
        const ms = typeof body.advance === "number" ? body.advance : parseDuration(body.advance);
        if (ms === void 0 || ms <= 0 || ms > MAX_ADVANCE_MS) throw new PlaygroundError(400, 'advance must be a duration such as "PT1H" or "P1D", or milliseconds, up to a year.');
        sendJson(response, 200, { ok: true, ...await playground.advance(ms) });
      })
    },
    {
      method: "POST",
      path: "/playground/api/demo",
      handler: json(demoBody, async (body, response) => {
        await playground.demo(body.action);
        sendJson(response, 200, { ok: true, demo: playground.state().demo });
      })
    }
  ];
}
function json(schema, run) {
  return async (request, response) => {
    try {
      const type = (request.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
      if (type !== "application/json") throw new PlaygroundError(415, "Send JSON with Content-Type: application/json.");
      const raw = await readBody(request, MAX_BODY_BYTES);
      let data;
      try {
        data = JSON.parse(raw.toString("utf8"));
      } catch {
        throw new PlaygroundError(400, "The body is not valid JSON.");
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw new PlaygroundError(400, parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; "));
      await run(parsed.data, response);
    } catch (error) {
      if (!(error instanceof PlaygroundError)) throw error;
      sendJson(response, error.status, { error: error.message });
    }
  };
}

// src/playground/routes.ts
var PUBLIC_DIR = projectPath("src", "playground", "public");
var COOKIE = "welkom_playground";
var MAX_EVENT_STREAMS = 50;
var CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml"
};
var SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin"
};
function registerPlayground(host, options = {}) {
  const playground = new Playground(host);
  const publicDir = options.publicDir ?? PUBLIC_DIR;
  const { translator } = host.services;
  const expected = options.token;
  let streams = 0;
  const guarded = (kind, handler) => async (request, response, url2) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
    const refusal = check(request, url2, expected);
    if (refusal) {
      if (refusal.status === 401 && kind === "page") return sendText(response, 401, TOKEN_PAGE, CONTENT_TYPES[".html"]);
      return sendJson(response, refusal.status, { error: refusal.error });
    }
    if (expected && kind === "page" && url2.searchParams.has("token")) {
      response.setHeader("set-cookie", `${COOKIE}=${encodeURIComponent(url2.searchParams.get("token") ?? "")}; Path=/; HttpOnly; SameSite=Strict`);
    }
    if (kind !== "asset") playground.ensureDemo();
    await handler(request, response, url2);
  };
  const serveFile = async (name, response) => {
    const type = CONTENT_TYPES[path6.extname(name)];
    if (!type || !/^[a-z0-9-]+\.[a-z]+$/.test(name)) return sendJson(response, 404, { error: "not found" });
    let body;
    try {
      body = await readFile(path6.join(publicDir, name));
    } catch {
      return sendJson(response, 404, { error: "not found" });
    }
    response.writeHead(200, { "content-type": type, "content-length": body.length, "cache-control": "no-cache" });
    response.end(body);
  };
  const { http } = host;
  http.route("GET", "/", guarded("page", (_request, response) => serveFile("index.html", response)));
  for (const alias of ["/playground", "/playground/"]) {
    http.route("GET", alias, guarded("asset", (_request, response, url2) => {
      response.writeHead(302, { location: `/${url2.search}` });
      response.end();
    }));
  }
  http.routePrefix("GET", "/playground/static/", guarded("asset", (_request, response, url2) => serveFile(url2.pathname.slice("/playground/static/".length), response)));
  const texts3 = (lang) => {
    const code = translator.isLocale(lang) ? lang : "en";
    return { lang: code, dir: translator.dir(code), texts: translator.resources()[code]?.playground ?? {}, languages: translator.locales() };
  };
  for (const route of apiRoutes(playground, texts3)) http.route(route.method, route.path, guarded("api", route.handler));
  http.routePrefix("GET", "/playground/api/files/", guarded("api", (_request, response, url2) => {
    const id3 = Number(url2.pathname.slice("/playground/api/files/".length));
    const file = Number.isInteger(id3) && id3 > 0 ? host.local.file(id3) : void 0;
    if (!file) return sendJson(response, 404, { error: "not found" });
    const safeName = file.filename.replace(/[^A-Za-z0-9._-]/g, "_");
    response.writeHead(200, { "content-type": file.mimeType, "content-length": file.bytes.length, "content-disposition": `attachment; filename="${safeName}"`, "cache-control": "no-store", "x-content-type-options": "nosniff" });
    response.end(file.bytes);
  }));
  http.route(
    "GET",
    "/playground/api/events",
    guarded("api", (request, response) => {
      if (streams >= MAX_EVENT_STREAMS) return sendJson(response, 503, { error: "too many open pages" });
      streams += 1;
      response.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store", "x-accel-buffering": "no" });
      const send = (event, data) => response.write(`event: ${event}
data: ${JSON.stringify(data)}

`);
      response.write("retry: 2000\n\n");
      send("hello", { now: host.services.clock.now() });
      const onMessage = (message) => send("message", message);
      const onClock = (data) => send("clock", data);
      const onState = () => send("state", {});
      playground.events.on("message", onMessage);
      playground.events.on("clock", onClock);
      playground.events.on("state", onState);
      const ping = setInterval(() => response.write(": ping\n\n"), 15e3);
      ping.unref();
      request.once("close", () => {
        streams -= 1;
        clearInterval(ping);
        playground.events.off("message", onMessage);
        playground.events.off("clock", onClock);
        playground.events.off("state", onState);
      });
    })
  );
  return playground;
}
function check(request, url2, expected) {
  const host = request.headers.host ?? "";
  const hostname2 = hostName(host);
  if (!expected && !(hostname2 === "localhost" || isIP(hostname2) !== 0)) return { status: 403, error: "the playground answers only on localhost or an IP address" };
  const origin = request.headers.origin;
  if (origin !== void 0 && request.method !== "GET" && request.method !== "HEAD") {
    let sameOrigin = false;
    try {
      sameOrigin = new URL(origin).host === host;
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) return { status: 403, error: "cross-site requests are not allowed" };
  }
  if (!expected) return void 0;
  const header = request.headers["x-playground-token"];
  const given = (typeof header === "string" ? header : void 0) ?? url2.searchParams.get("token") ?? cookie(request, COOKIE);
  if (given === void 0 || !secretMatches(given, expected)) return { status: 401, error: "a valid playground token is required (X-Playground-Token header or ?token=)" };
  return void 0;
}
function hostName(host) {
  if (host.startsWith("[")) return host.slice(1, host.indexOf("]"));
  return host.replace(/:\d+$/, "").toLowerCase();
}
function cookie(request, name) {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return void 0;
      }
    }
  }
  return void 0;
}
var TOKEN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Welkom playground: token needed</title></head>
<body><main><h1>Welkom playground</h1>
<p>This playground can act as any user, so it needs its token (PLAYGROUND_TOKEN).</p>
<form method="get" action="/"><label for="token">Token</label> <input id="token" name="token" type="password" autocomplete="off" required> <button type="submit">Open</button></form>
</main></body></html>
`;

// ../../main/node_modules/node-cron/dist/_shared.js
import { EventEmitter as EventEmitter3 } from "events";
import { randomUUID } from "node:crypto";
function createID() {
  return randomUUID();
}
var levelColors = {
  INFO: "\x1B[36m",
  WARN: "\x1B[33m",
  ERROR: "\x1B[31m",
  DEBUG: "\x1B[35m"
};
var GREEN = "\x1B[32m";
var RESET = "\x1B[0m";
function log(level, message, extra) {
  const timestamp = (/* @__PURE__ */ new Date()).toISOString();
  const color = levelColors[level];
  const prefix = `[${timestamp}] [PID: ${process.pid}] ${GREEN}[NODE-CRON]${GREEN} ${color}[${level}]${RESET}`;
  const output = `${prefix} ${message}`;
  switch (level) {
    case "ERROR":
      console.error(output, extra ?? "");
      break;
    case "DEBUG":
      console.debug(output, extra ?? "");
      break;
    case "WARN":
      console.warn(output);
      break;
    case "INFO":
    default:
      console.info(output);
      break;
  }
}
var defaultLogger = {
  info(message) {
    log("INFO", message);
  },
  warn(message) {
    log("WARN", message);
  },
  error(message, err) {
    if (message instanceof Error) {
      log("ERROR", message.message, message);
    } else {
      log("ERROR", message, err);
    }
  },
  debug(message, err) {
    if (message instanceof Error) {
      log("DEBUG", message.message, message);
    } else {
      log("DEBUG", message, err);
    }
  }
};
var activeLogger = defaultLogger;
function setLogger(logger2) {
  activeLogger = logger2 ?? defaultLogger;
}
var logger = {
  info: (message) => activeLogger.info(message),
  warn: (message) => activeLogger.warn(message),
  error: (message, err) => activeLogger.error(message, err),
  debug: (message, err) => activeLogger.debug(message, err)
};
var TrackedPromise = class {
  promise;
  error;
  state;
  value;
  constructor(executor) {
    this.state = "pending";
    this.promise = new Promise((resolve2, reject) => {
      executor((value) => {
        this.state = "fulfilled";
        this.value = value;
        resolve2(value);
      }, (error) => {
        this.state = "rejected";
        this.error = error;
        reject(error);
      });
    });
  }
  getPromise() {
    return this.promise;
  }
  getState() {
    return this.state;
  }
  isPending() {
    return this.state === "pending";
  }
  isFulfilled() {
    return this.state === "fulfilled";
  }
  isRejected() {
    return this.state === "rejected";
  }
  getValue() {
    return this.value;
  }
  getError() {
    return this.error;
  }
  then(onfulfilled, onrejected) {
    return this.promise.then(onfulfilled, onrejected);
  }
  catch(onrejected) {
    return this.promise.catch(onrejected);
  }
  finally(onfinally) {
    return this.promise.finally(onfinally);
  }
};
function planBeat(expected, now, toleranceMs, getNextMatch) {
  const missed = [];
  let slot = expected;
  while (true) {
    const nowMs = now.getTime();
    const slotMs = slot.getTime();
    if (nowMs < slotMs) {
      return { missed, next: slot };
    }
    const next = getNextMatch(slot);
    if (next.getTime() <= slotMs) {
      return { missed, next: getNextMatch(now) };
    }
    const gap = next.getTime() - slotMs;
    const lateBy = nowMs - slotMs;
    if (lateBy <= toleranceMs && lateBy < gap) {
      return { missed, run: slot, next };
    }
    missed.push(slot);
    slot = next;
  }
}
var DEFAULT_MISSED_EXECUTION_TOLERANCE = 1e3;
function emptyOnFn() {
}
function emptySkipFn() {
}
function emptyHookFn() {
  return true;
}
var DEFAULT_COORDINATOR_TTL = 3e4;
var Runner = class {
  timeMatcher;
  onMatch;
  noOverlap;
  maxExecutions;
  maxRandomDelay;
  missedExecutionTolerance;
  runCount;
  running;
  heartBeatTimeout;
  jitterTimeout;
  logger;
  onMissedExecution;
  onOverlap;
  onError;
  beforeRun;
  onFinished;
  onMaxExecutions;
  runCoordinator;
  coordinatorKeyPrefix;
  coordinatorTtl;
  onSkipped;
  unref;
  constructor(timeMatcher, onMatch, options) {
    this.timeMatcher = timeMatcher;
    this.onMatch = onMatch;
    this.noOverlap = options == void 0 || options.noOverlap === void 0 ? false : options.noOverlap;
    this.maxExecutions = options?.maxExecutions;
    this.maxRandomDelay = options?.maxRandomDelay || 0;
    this.missedExecutionTolerance = options?.missedExecutionTolerance ?? DEFAULT_MISSED_EXECUTION_TOLERANCE;
    this.logger = options?.logger || logger;
    this.onMissedExecution = options?.onMissedExecution || emptyOnFn;
    this.onOverlap = options?.onOverlap || emptyOnFn;
    this.onError = options?.onError || ((date, error) => this.logger.error("Task failed with error!", error));
    this.onFinished = options?.onFinished || emptyHookFn;
    this.beforeRun = options?.beforeRun || emptyHookFn;
    this.onMaxExecutions = options?.onMaxExecutions || emptyOnFn;
    this.runCoordinator = options?.runCoordinator;
    this.coordinatorKeyPrefix = options?.coordinatorKeyPrefix || "";
    this.coordinatorTtl = options?.coordinatorTtl ?? DEFAULT_COORDINATOR_TTL;
    this.onSkipped = options?.onSkipped || emptySkipFn;
    this.unref = options?.unref ?? false;
    this.runCount = 0;
    this.running = false;
  }
  onErrorFallback = (date, error) => {
    this.logger.error("Task failed with error!", error);
  };
  async runCoordinated(slot, run) {
    if (!this.runCoordinator) {
      await run();
      return;
    }
    const key = `${this.coordinatorKeyPrefix}:${slot.toISOString()}`;
    let allowed2;
    try {
      allowed2 = await this.runCoordinator.shouldRun(key, this.coordinatorTtl);
    } catch (err) {
      this.logger.error("Run coordinator failed; skipping execution (fail-closed)", err);
      this.emitSkipped(slot, "coordinator-error");
      return;
    }
    if (!allowed2) {
      this.emitSkipped(slot, "not-elected");
      return;
    }
    try {
      await run();
    } finally {
      try {
        await this.runCoordinator.onComplete?.(key);
      } catch (err) {
        this.logger.error("Run coordinator onComplete failed", err);
      }
    }
  }
  emitSkipped(slot, reason) {
    Promise.resolve(this.onSkipped(slot, reason)).catch((err) => this.onErrorFallback(slot, err));
  }
  start() {
    this.running = true;
    let lastExecution;
    let expectedNextExecution = this.timeMatcher.getNextMatch(nowWithoutMs());
    const armHeartBeat = () => {
      if (this.running) {
        clearTimeout(this.heartBeatTimeout);
        this.heartBeatTimeout = setTimeout(heartBeat, getDelay(expectedNextExecution));
        if (this.unref)
          this.heartBeatTimeout.unref();
      }
    };
    const runTask = async (date) => {
      const execution = {
        id: createID(),
        reason: "scheduled"
      };
      let shouldExecute;
      try {
        shouldExecute = await this.beforeRun(date, execution);
      } catch (error) {
        this.onError(date, error, execution);
        return;
      }
      if (!shouldExecute)
        return;
      const execute = async () => {
        try {
          this.runCount++;
          execution.startedAt = /* @__PURE__ */ new Date();
          const result = await this.onMatch(date, execution);
          execution.finishedAt = /* @__PURE__ */ new Date();
          execution.result = result;
        } catch (error) {
          execution.finishedAt = /* @__PURE__ */ new Date();
          execution.error = error;
          try {
            this.onError(date, error, execution);
          } catch (hookError) {
            this.onErrorFallback(date, hookError);
          }
          return;
        }
        try {
          await this.onFinished(date, execution);
        } catch (hookError) {
          this.onErrorFallback(date, hookError);
        }
        if (this.maxExecutions && this.runCount >= this.maxExecutions) {
          this.onMaxExecutions(date);
          this.stop();
        }
      };
      const randomDelay = Math.floor(Math.random() * this.maxRandomDelay);
      if (randomDelay > 0) {
        await new Promise((resolve2) => {
          this.jitterTimeout = setTimeout(() => {
            execute().then(() => resolve2(), () => resolve2());
          }, randomDelay);
          if (this.unref)
            this.jitterTimeout.unref();
        });
      } else {
        await execute();
      }
    };
    const heartBeat = async () => {
      const currentDate = nowWithoutMs();
      const plan = planBeat(expectedNextExecution, currentDate, this.missedExecutionTolerance, (date) => this.timeMatcher.getNextMatch(date));
      expectedNextExecution = plan.next;
      for (const missedSlot of plan.missed) {
        runAsync(this.onMissedExecution, missedSlot, this.onErrorFallback);
      }
      if (plan.run) {
        if (lastExecution && lastExecution.getState() === "pending") {
          runAsync(this.onOverlap, plan.run, this.onErrorFallback);
          if (this.noOverlap) {
            this.logger.warn("task still running, new execution blocked by overlap prevention!");
            armHeartBeat();
            return;
          }
        }
        const slot = plan.run;
        lastExecution = new TrackedPromise(async (resolve2, reject) => {
          try {
            await this.runCoordinated(slot, () => runTask(slot));
            resolve2(true);
          } catch (err) {
            reject(err);
          }
        });
        lastExecution.catch(() => {
        });
      }
      armHeartBeat();
    };
    armHeartBeat();
  }
  nextRun() {
    return this.timeMatcher.getNextMatch(/* @__PURE__ */ new Date());
  }
  stop() {
    this.running = false;
    if (this.heartBeatTimeout) {
      clearTimeout(this.heartBeatTimeout);
      this.heartBeatTimeout = void 0;
    }
    if (this.jitterTimeout) {
      clearTimeout(this.jitterTimeout);
      this.jitterTimeout = void 0;
    }
  }
  isStarted() {
    return !!this.heartBeatTimeout && this.running;
  }
  isStopped() {
    return !this.isStarted();
  }
  setUnref(value) {
    this.unref = value;
    if (this.heartBeatTimeout) {
      if (value)
        this.heartBeatTimeout.unref();
      else
        this.heartBeatTimeout.ref();
    }
    if (this.jitterTimeout) {
      if (value)
        this.jitterTimeout.unref();
      else
        this.jitterTimeout.ref();
    }
  }
  async execute(executionId) {
    const date = /* @__PURE__ */ new Date();
    const execution = {
      id: executionId ?? createID(),
      reason: "invoked"
    };
    try {
      const shouldExecute = await this.beforeRun(date, execution);
      if (!shouldExecute)
        return;
      execution.startedAt = /* @__PURE__ */ new Date();
      const result = await this.onMatch(date, execution);
      execution.finishedAt = /* @__PURE__ */ new Date();
      execution.result = result;
    } catch (error) {
      execution.finishedAt = /* @__PURE__ */ new Date();
      execution.error = error;
      this.onError(date, error, execution);
      return;
    }
    try {
      await this.onFinished(date, execution);
    } catch (hookError) {
      this.onErrorFallback(date, hookError);
    }
  }
};
async function runAsync(fn, date, onError) {
  try {
    await fn(date);
  } catch (error) {
    onError(date, error);
  }
}
function getDelay(nextRun) {
  const maxDelay = 864e5;
  const now = /* @__PURE__ */ new Date();
  const delay = nextRun.getTime() - now.getTime();
  if (delay > maxDelay) {
    return maxDelay;
  }
  return Math.max(0, delay);
}
function nowWithoutMs() {
  const date = /* @__PURE__ */ new Date();
  date.setMilliseconds(0);
  return date;
}
var monthNamesConversion = /* @__PURE__ */ (() => {
  const months = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december"
  ];
  const shortMonths = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec"
  ];
  function convertMonthName(expression, items) {
    for (let i2 = 0; i2 < items.length; i2++) {
      expression = expression.replace(new RegExp(items[i2], "gi"), i2 + 1);
    }
    return expression;
  }
  function interpret(monthExpression) {
    monthExpression = convertMonthName(monthExpression, months);
    monthExpression = convertMonthName(monthExpression, shortMonths);
    return monthExpression;
  }
  return interpret;
})();
var weekDayNamesConversion = /* @__PURE__ */ (() => {
  const weekDays = [
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday"
  ];
  const shortWeekDays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
  function convertWeekDayName(expression, items) {
    for (let i2 = 0; i2 < items.length; i2++) {
      expression = expression.replace(new RegExp(items[i2], "gi"), i2);
    }
    return expression;
  }
  function convertWeekDays(expression) {
    expression = convertWeekDayName(expression, weekDays);
    return convertWeekDayName(expression, shortWeekDays);
  }
  return convertWeekDays;
})();
var convertAsterisksToRanges = /* @__PURE__ */ (() => {
  function convertAsterisk(expression, replecement) {
    return expression.split(",").map((token) => token.indexOf("*") !== -1 ? token.replace("*", replecement) : token).join(",");
  }
  function convertAsterisksToRanges2(expressions) {
    expressions[0] = convertAsterisk(expressions[0], "0-59");
    expressions[1] = convertAsterisk(expressions[1], "0-59");
    expressions[2] = convertAsterisk(expressions[2], "0-23");
    expressions[3] = convertAsterisk(expressions[3], "1-31");
    expressions[4] = convertAsterisk(expressions[4], "1-12");
    expressions[5] = convertAsterisk(expressions[5], "0-6");
    return expressions;
  }
  return convertAsterisksToRanges2;
})();
var convertRanges = /* @__PURE__ */ (() => {
  const rangeRegEx = /^(\d+)-(\d+)(?:\/(\d+))?$/;
  const FIELD_BOUNDS = [
    { min: 0, max: 59 },
    { min: 0, max: 59 },
    { min: 0, max: 23 },
    { min: 1, max: 31 },
    { min: 1, max: 12 },
    { min: 0, max: 6 }
  ];
  function expandRange(initTxt, endTxt, stepTxt, bounds) {
    const step = parseInt(stepTxt, 10);
    if (!(step >= 1))
      return `${initTxt}-${endTxt}/${stepTxt}`;
    const first = parseInt(initTxt, 10);
    const last = parseInt(endTxt, 10);
    const numbers = [];
    if (first <= last) {
      for (let i2 = first; i2 <= last; i2 += step) {
        numbers.push(i2);
      }
      return numbers.join();
    }
    const { min, max } = bounds;
    const size = max - min + 1;
    const span = ((last - first) % size + size) % size;
    for (let offset = 0; offset <= span; offset += step) {
      let value = first + offset;
      if (value > max)
        value -= size;
      numbers.push(value);
    }
    return numbers.join();
  }
  function convertRange(expression, bounds) {
    return expression.split(",").map((token) => {
      const match = rangeRegEx.exec(token.trim());
      return match ? expandRange(match[1], match[2], match[3] || "1", bounds) : token;
    }).join();
  }
  function convertAllRanges(expressions) {
    for (let i2 = 0; i2 < expressions.length; i2++) {
      expressions[i2] = convertRange(expressions[i2], FIELD_BOUNDS[i2]);
    }
    return expressions;
  }
  return convertAllRanges;
})();
var NICKNAMES = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *"
};
function resolveNickname(expression) {
  const key = expression.trim().toLowerCase();
  return NICKNAMES[key] ?? expression;
}
var convertExpression = /* @__PURE__ */ (() => {
  function appendSecondExpression(expressions) {
    if (expressions.length === 5) {
      return ["0"].concat(expressions);
    }
    return expressions;
  }
  function removeSpaces(str) {
    return str.replace(/\s{2,}/g, " ").trim();
  }
  function normalizeIntegers(expressions) {
    for (let i2 = 0; i2 < expressions.length; i2++) {
      const numbers = expressions[i2].split(",");
      for (let j2 = 0; j2 < numbers.length; j2++) {
        const token = String(numbers[j2]).trim();
        if (/^l$/i.test(token)) {
          numbers[j2] = "L";
        } else if (/^l-\d{1,2}$/i.test(token)) {
          numbers[j2] = token.toUpperCase();
        } else if (/^[0-7]l$/i.test(token)) {
          numbers[j2] = token.toUpperCase();
        } else if (/w/i.test(token)) {
          numbers[j2] = token.toUpperCase();
        } else if (token.indexOf("#") !== -1) {
          numbers[j2] = token;
        } else if (/^\d+$/.test(token)) {
          numbers[j2] = parseInt(token, 10);
        } else {
          numbers[j2] = token;
        }
      }
      expressions[i2] = numbers;
    }
    return expressions;
  }
  function convertQuestionMarks(expressions) {
    if (expressions[3] === "?")
      expressions[3] = "*";
    if (expressions[5] === "?")
      expressions[5] = "*";
    return expressions;
  }
  function interpret(expression) {
    let expressions = removeSpaces(resolveNickname(`${expression}`)).split(" ");
    expressions = appendSecondExpression(expressions);
    expressions = convertQuestionMarks(expressions);
    expressions[4] = monthNamesConversion(expressions[4]);
    expressions[5] = weekDayNamesConversion(expressions[5]);
    expressions = convertAsterisksToRanges(expressions);
    expressions = convertRanges(expressions);
    expressions = normalizeIntegers(expressions);
    const weekdays = expressions[5];
    for (let i2 = 0; i2 < weekdays.length; i2++) {
      if (weekdays[i2] === 7)
        weekdays[i2] = 0;
      else if (typeof weekdays[i2] === "string" && weekdays[i2].startsWith("7")) {
        weekdays[i2] = "0" + weekdays[i2].slice(1);
      }
    }
    expressions[5] = [...new Set(weekdays)];
    return expressions;
  }
  return interpret;
})();
var LocalizedTime = class {
  timestamp;
  parts;
  timezone;
  constructor(date, timezone) {
    this.timestamp = date.getTime();
    this.timezone = timezone;
    this.parts = buildDateParts(date, timezone);
  }
  toDate() {
    return new Date(this.timestamp);
  }
  toISO() {
    const gmt = this.parts.gmt.replace(/^GMT/, "");
    const offset = gmt ? gmt : "Z";
    const pad = (n2) => String(n2).padStart(2, "0");
    return `${this.parts.year}-${pad(this.parts.month)}-${pad(this.parts.day)}T${pad(this.parts.hour)}:${pad(this.parts.minute)}:${pad(this.parts.second)}.${String(this.parts.millisecond).padStart(3, "0")}` + offset;
  }
  getParts() {
    return this.parts;
  }
};
function getOffsetMinutes(date, timezone) {
  const offset = parseOffsetMinutes(getTimezoneGMT(date, timezone).replace(/^GMT/, "") || "Z");
  return offset ?? 0;
}
function readsBackTo(timestamp, parts, timezone) {
  const p2 = buildDateParts(new Date(timestamp), timezone);
  return p2.year === parts.year && p2.month === parts.month && p2.day === parts.day && p2.hour === parts.hour && p2.minute === parts.minute && p2.second === parts.second;
}
function localTimeToTimestamp(parts, timezone) {
  const guess = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.millisecond);
  const firstOffset = getOffsetMinutes(new Date(guess), timezone);
  const candidate1 = guess - firstOffset * 6e4;
  const secondOffset = getOffsetMinutes(new Date(candidate1), timezone);
  if (secondOffset === firstOffset) {
    return candidate1;
  }
  const candidate2 = guess - secondOffset * 6e4;
  if (readsBackTo(candidate1, parts, timezone))
    return candidate1;
  if (readsBackTo(candidate2, parts, timezone))
    return candidate2;
  return Math.max(candidate1, candidate2);
}
var partsFormatterCache = /* @__PURE__ */ new Map();
var offsetFormatterCache = /* @__PURE__ */ new Map();
function getPartsFormatter(timezone) {
  const key = timezone ?? "";
  let formatter2 = partsFormatterCache.get(key);
  if (!formatter2) {
    const dftOptions = {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      weekday: "short",
      hour12: false
    };
    if (timezone) {
      dftOptions.timeZone = timezone;
    }
    formatter2 = new Intl.DateTimeFormat("en-US", dftOptions);
    partsFormatterCache.set(key, formatter2);
  }
  return formatter2;
}
function getOffsetFormatter(timezone) {
  const key = timezone ?? "";
  let formatter2 = offsetFormatterCache.get(key);
  if (!formatter2) {
    formatter2 = new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      timeZoneName: "shortOffset"
    });
    offsetFormatterCache.set(key, formatter2);
  }
  return formatter2;
}
function buildDateParts(date, timezone) {
  const dateFormat = getPartsFormatter(timezone);
  const parts = dateFormat.formatToParts(date).filter((part) => {
    return part.type !== "literal";
  }).reduce((acc, part) => {
    acc[part.type] = part.value;
    return acc;
  }, {});
  const result = {
    day: parseInt(parts.day),
    month: parseInt(parts.month),
    year: parseInt(parts.year),
    hour: parts.hour === "24" ? 0 : parseInt(parts.hour),
    minute: parseInt(parts.minute),
    second: parseInt(parts.second),
    millisecond: date.getMilliseconds(),
    weekday: parts.weekday
  };
  let gmt;
  Object.defineProperty(result, "gmt", {
    enumerable: true,
    configurable: true,
    get() {
      return gmt ??= getTimezoneGMT(date, timezone);
    }
  });
  return result;
}
function parseOffsetMinutes(isoString) {
  if (isoString.endsWith("Z"))
    return 0;
  const match = isoString.match(/([+-])(\d{2}):(\d{2})$/);
  if (!match)
    return null;
  const sign = match[1] === "+" ? 1 : -1;
  return sign * (parseInt(match[2]) * 60 + parseInt(match[3]));
}
function getTimezoneGMT(date, timezone) {
  const fmt = getOffsetFormatter(timezone);
  const parts = fmt.formatToParts(date);
  const tzPart = parts.find((p2) => p2.type === "timeZoneName");
  if (!tzPart)
    return "Z";
  const tzValue = tzPart.value;
  if (tzValue === "GMT")
    return "Z";
  const match = tzValue.match(/^GMT([+-])(\d{1,2})(?::(\d{2}))?$/);
  if (!match)
    return "Z";
  const sign = match[1];
  const hoursNum = parseInt(match[2]);
  const minutesNum = parseInt(match[3] || "0");
  if (hoursNum === 0 && minutesNum === 0)
    return "Z";
  const hours = match[2].padStart(2, "0");
  const minutes2 = (match[3] || "00").padStart(2, "0");
  return `GMT${sign}${hours}:${minutes2}`;
}
var LAST_DAY_TOKEN = "L";
var WEEKDAY_TOKEN = /^(\d{1,2}|L)W$/;
var LAST_DAY_OFFSET_TOKEN = /^L-(\d{1,2})$/;
function lastDayOfMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function nearestWeekday(year, month, target) {
  const last = lastDayOfMonth(year, month);
  if (target < 1 || target > last)
    return -1;
  const weekday = new Date(Date.UTC(year, month - 1, target)).getUTCDay();
  if (weekday === 6)
    return target === 1 ? target + 2 : target - 1;
  if (weekday === 0)
    return target === last ? target - 2 : target + 1;
  return target;
}
function matchesDayOfMonth(field, year, month, day) {
  for (const value of field) {
    if (value === day)
      return true;
    if (value === LAST_DAY_TOKEN && day === lastDayOfMonth(year, month))
      return true;
    if (typeof value === "string") {
      const weekdayMatch = WEEKDAY_TOKEN.exec(value);
      if (weekdayMatch) {
        const target = weekdayMatch[1] === LAST_DAY_TOKEN ? lastDayOfMonth(year, month) : parseInt(weekdayMatch[1], 10);
        if (nearestWeekday(year, month, target) === day)
          return true;
      }
      const offsetMatch = LAST_DAY_OFFSET_TOKEN.exec(value);
      if (offsetMatch) {
        const target = lastDayOfMonth(year, month) - parseInt(offsetMatch[1], 10);
        if (target >= 1 && target === day)
          return true;
      }
    }
  }
  return false;
}
var LAST_WEEKDAY_REGEX = /^([0-7])L$/i;
var NTH_WEEKDAY_REGEX = /^([0-7])#([1-5])$/;
function parseLastWeekdayToken(value) {
  if (typeof value !== "string")
    return null;
  const match = LAST_WEEKDAY_REGEX.exec(value);
  if (!match)
    return null;
  const weekday = parseInt(match[1], 10);
  return weekday === 7 ? 0 : weekday;
}
function isLastWeekdayOfMonth(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  const inSevenDays = new Date(date.getTime());
  inSevenDays.setUTCDate(inSevenDays.getUTCDate() + 7);
  return inSevenDays.getUTCMonth() + 1 !== month;
}
function isNthWeekdayToken(value) {
  return typeof value === "string" && NTH_WEEKDAY_REGEX.test(value);
}
function parseNthWeekday(value) {
  if (typeof value !== "string")
    return null;
  const match = NTH_WEEKDAY_REGEX.exec(value);
  if (!match)
    return null;
  const weekday = parseInt(match[1], 10) % 7;
  const nth = parseInt(match[2], 10);
  return { weekday, nth };
}
function occurrenceInMonth(day) {
  return Math.floor((day - 1) / 7) + 1;
}
function matchesNthWeekday(token, year, month, day) {
  const parsed = parseNthWeekday(token);
  if (!parsed)
    return false;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (weekday !== parsed.weekday)
    return false;
  return occurrenceInMonth(day) === parsed.nth;
}
function matchesDayOfWeek(field, year, month, day, weekday) {
  for (const value of field) {
    if (value === weekday)
      return true;
    if (isNthWeekdayToken(value)) {
      if (matchesNthWeekday(value, year, month, day))
        return true;
      continue;
    }
    const lastWeekday = parseLastWeekdayToken(value);
    if (lastWeekday !== null && lastWeekday === weekday && isLastWeekdayOfMonth(year, month, day)) {
      return true;
    }
  }
  return false;
}
var MAX_DAYS = 366 * 100;
var MatcherWalker = class {
  baseDate;
  timeMatcher;
  timezone;
  seconds;
  minutes;
  hours;
  days;
  months;
  weekdays;
  constructor(timeMatcher, baseDate, timezone) {
    this.baseDate = baseDate;
    this.timeMatcher = timeMatcher;
    this.timezone = timezone;
    const expressions = timeMatcher.expressions;
    this.seconds = sortedAsc(expressions[0]);
    this.minutes = sortedAsc(expressions[1]);
    this.hours = sortedAsc(expressions[2]);
    this.days = expressions[3];
    this.months = expressions[4];
    this.weekdays = expressions[5];
  }
  isMatching() {
    return this.timeMatcher.match(this.baseDate);
  }
  matchNext() {
    const months = this.months;
    const days = this.days;
    const baseMs = Math.floor(this.baseDate.getTime() / 1e3) * 1e3;
    const baseParts = new LocalizedTime(new Date(baseMs), this.timezone).getParts();
    let { year, month, day } = baseParts;
    for (let i2 = 0; i2 < MAX_DAYS; i2++) {
      if (months.includes(month) && matchesDayOfMonth(days, year, month, day) && this.matchesWeekday(year, month, day)) {
        const lowerBound = i2 === 0 ? baseParts : null;
        const found = this.firstTimeOnDay(year, month, day, lowerBound, baseMs);
        if (found !== null) {
          return new LocalizedTime(new Date(found), this.timezone);
        }
      }
      ({ year, month, day } = nextDay(year, month, day));
    }
    throw new Error("Could not find next matching date within reasonable time range");
  }
  firstTimeOnDay(year, month, day, lowerBound, baseMs) {
    const { seconds, minutes: minutes2, hours } = this;
    for (const hour of hours) {
      if (lowerBound && hour < lowerBound.hour)
        continue;
      for (const minute of minutes2) {
        for (const second of seconds) {
          if (lowerBound && !isLaterInDay(hour, minute, second, lowerBound))
            continue;
          const ts = localTimeToTimestamp({ year, month, day, hour, minute, second, millisecond: 0 }, this.timezone);
          if (ts > baseMs && this.timeMatcher.match(new Date(ts))) {
            return ts;
          }
        }
      }
    }
    return null;
  }
  matchesWeekday(year, month, day) {
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    return matchesDayOfWeek(this.weekdays, year, month, day, weekday);
  }
};
function nextDay(year, month, day) {
  const d2 = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: d2.getUTCFullYear(), month: d2.getUTCMonth() + 1, day: d2.getUTCDate() };
}
function sortedAsc(values) {
  return [...values].sort((a2, b2) => a2 - b2);
}
function isLaterInDay(hour, minute, second, bound) {
  return hour * 3600 + minute * 60 + second > bound.hour * 3600 + bound.minute * 60 + bound.second;
}
function matchValue(allowedValues, value) {
  return allowedValues.indexOf(value) !== -1;
}
var TimeMatcher = class {
  timezone;
  pattern;
  expressions;
  constructor(pattern, timezone) {
    this.timezone = timezone;
    this.pattern = pattern;
    this.expressions = convertExpression(pattern);
  }
  match(date) {
    const localizedTime = new LocalizedTime(date, this.timezone);
    const parts = localizedTime.getParts();
    const runOnSecond = matchValue(this.expressions[0], parts.second);
    const runOnMinute = matchValue(this.expressions[1], parts.minute);
    const runOnHour = matchValue(this.expressions[2], parts.hour);
    const runOnDay = matchesDayOfMonth(this.expressions[3], parts.year, parts.month, parts.day);
    const runOnMonth = matchValue(this.expressions[4], parts.month);
    const weekday = parseInt(weekDayNamesConversion(parts.weekday));
    const runOnWeekDay = matchesDayOfWeek(this.expressions[5], parts.year, parts.month, parts.day, weekday);
    return runOnSecond && runOnMinute && runOnHour && runOnDay && runOnMonth && runOnWeekDay;
  }
  getNextMatch(date) {
    const walker = new MatcherWalker(this, date, this.timezone);
    const next = walker.matchNext();
    return next.toDate();
  }
};
var allowedTransitions = {
  "stopped": ["stopped", "idle", "destroyed"],
  "idle": ["idle", "running", "stopped", "destroyed"],
  "running": ["running", "idle", "stopped", "destroyed"],
  "destroyed": ["destroyed"]
};
var StateMachine = class {
  state;
  constructor(initial = "stopped") {
    this.state = initial;
  }
  changeState(state) {
    if (allowedTransitions[this.state].includes(state)) {
      this.state = state;
    } else {
      throw new Error(`invalid transition from ${this.state} to ${state}`);
    }
  }
};
var EnvVarRunCoordinator = class {
  envName;
  constructor(envName = "NODE_CRON_RUN") {
    this.envName = envName;
    this.read();
  }
  shouldRun() {
    return this.read();
  }
  read() {
    const value = process.env[this.envName];
    if (value !== "true" && value !== "false") {
      throw new Error(`node-cron: a \`distributed\` task needs ${this.envName} set to 'true' or 'false'. Set it to 'true' on exactly one instance and 'false' on the others, or provide a coordinator via cron.setRunCoordinator(...).`);
    }
    return value === "true";
  }
};
var globalRunCoordinator;
function setRunCoordinator(coordinator) {
  globalRunCoordinator = coordinator;
}
function resolveRunCoordinator(perTask) {
  return perTask ?? globalRunCoordinator ?? new EnvVarRunCoordinator();
}
var TaskEmitter = class extends EventEmitter3 {
};
function safeEmit(emitter, event, context, onError) {
  for (const listener of emitter.listeners(event)) {
    try {
      Promise.resolve(listener(context)).catch(onError);
    } catch (error) {
      onError(error);
    }
  }
}
var InlineScheduledTask = class {
  emitter;
  cronExpression;
  timeMatcher;
  runner;
  id;
  name;
  stateMachine;
  timezone;
  logger;
  suppressMissedWarning;
  _lastRun = null;
  constructor(cronExpression, taskFn, options) {
    this.emitter = new TaskEmitter();
    this.cronExpression = cronExpression;
    this.id = createID();
    this.name = options?.name || this.id;
    this.timezone = options?.timezone;
    this.logger = options?.logger || logger;
    this.suppressMissedWarning = options?.suppressMissedWarning || false;
    this.timeMatcher = new TimeMatcher(cronExpression, options?.timezone);
    this.stateMachine = new StateMachine();
    const runnerOptions = {
      timezone: options?.timezone,
      noOverlap: options?.noOverlap,
      maxExecutions: options?.maxExecutions,
      maxRandomDelay: options?.maxRandomDelay,
      missedExecutionTolerance: options?.missedExecutionTolerance,
      logger: this.logger,
      beforeRun: (date, execution) => {
        if (execution.reason === "scheduled") {
          this.changeState("running");
        }
        this.emit("execution:started", this.createContext(date, execution));
        return true;
      },
      onFinished: (date, execution) => {
        if (execution.reason === "scheduled") {
          this.changeState("idle");
        }
        this.recordLastRun(execution);
        this.emit("execution:finished", this.createContext(date, execution));
        return true;
      },
      onError: (date, error, execution) => {
        this.logger.error(error);
        this.recordLastRun(execution);
        this.emit("execution:failed", this.createContext(date, execution));
        this.changeState("idle");
      },
      onOverlap: (date) => {
        this.emit("execution:overlap", this.createContext(date));
      },
      onMissedExecution: (date) => {
        const handled = this.emitter.listenerCount("execution:missed") > 0;
        if (!this.suppressMissedWarning && !handled) {
          this.logger.warn(`missed execution at ${date}! Possible blocking IO or high CPU user at the same process used by node-cron.`);
        }
        this.emit("execution:missed", this.createContext(date));
      },
      onMaxExecutions: (date) => {
        this.emit("execution:maxReached", this.createContext(date));
        this.destroy();
      },
      runCoordinator: options?.distributed ? resolveRunCoordinator(options?.runCoordinator) : void 0,
      coordinatorKeyPrefix: this.name,
      coordinatorTtl: options?.distributedLease,
      onSkipped: (date, reason) => {
        this.emit("execution:skipped", this.createContext(date, void 0, reason));
      },
      unref: options?.unref
    };
    this.runner = new Runner(this.timeMatcher, (date, execution) => {
      return taskFn(this.createContext(date, execution));
    }, runnerOptions);
  }
  getNextRun() {
    if (this.stateMachine.state !== "stopped") {
      return this.runner.nextRun();
    }
    return null;
  }
  getNextRuns(count) {
    const runs = [];
    let from = /* @__PURE__ */ new Date();
    for (let i2 = 0; i2 < count; i2++) {
      from = this.timeMatcher.getNextMatch(from);
      runs.push(from);
    }
    return runs;
  }
  match(date) {
    return this.timeMatcher.match(date);
  }
  msToNext() {
    const next = this.getNextRun();
    return next ? next.getTime() - Date.now() : null;
  }
  isBusy() {
    return this.getStatus() === "running";
  }
  runsLeft() {
    if (this.runner.maxExecutions == null)
      return void 0;
    return Math.max(0, this.runner.maxExecutions - this.runner.runCount);
  }
  getPattern() {
    return this.cronExpression;
  }
  lastRun() {
    return this._lastRun;
  }
  recordLastRun(execution) {
    const date = execution.finishedAt;
    const lastRun = { date };
    if (execution.error) {
      lastRun.error = execution.error;
    } else {
      lastRun.result = execution.result;
    }
    this._lastRun = lastRun;
  }
  emit(event, context) {
    safeEmit(this.emitter, event, context, (error) => this.logger.error(error));
  }
  changeState(state) {
    if (this.runner.isStarted()) {
      this.stateMachine.changeState(state);
    }
  }
  start() {
    if (this.stateMachine.state === "destroyed")
      return;
    if (this.runner.isStopped()) {
      this.runner.start();
      this.stateMachine.changeState("idle");
      this.emit("task:started", this.createContext(/* @__PURE__ */ new Date()));
    }
  }
  stop() {
    if (this.runner.isStarted()) {
      this.runner.stop();
      this.stateMachine.changeState("stopped");
      this.emit("task:stopped", this.createContext(/* @__PURE__ */ new Date()));
    }
  }
  getStatus() {
    return this.stateMachine.state;
  }
  unref() {
    this.runner.setUnref(true);
  }
  ref() {
    this.runner.setUnref(false);
  }
  destroy() {
    if (this.stateMachine.state === "destroyed")
      return;
    this.stop();
    this.stateMachine.changeState("destroyed");
    this.emit("task:destroyed", this.createContext(/* @__PURE__ */ new Date()));
  }
  execute(executionId) {
    const id3 = executionId ?? createID();
    return new Promise((resolve2, reject) => {
      const onFail = (context) => {
        if (context.execution?.id !== id3)
          return;
        this.off("execution:finished", onFinished);
        this.off("execution:failed", onFail);
        reject(context.execution?.error);
      };
      const onFinished = (context) => {
        if (context.execution?.id !== id3)
          return;
        this.off("execution:finished", onFinished);
        this.off("execution:failed", onFail);
        resolve2(context.execution?.result);
      };
      this.on("execution:finished", onFinished);
      this.on("execution:failed", onFail);
      this.runner.execute(id3);
    });
  }
  on(event, fun) {
    this.emitter.on(event, fun);
  }
  off(event, fun) {
    this.emitter.off(event, fun);
  }
  once(event, fun) {
    this.emitter.once(event, fun);
  }
  createContext(executionDate, execution, reason) {
    const localTime2 = new LocalizedTime(executionDate, this.timezone);
    const ctx = {
      date: localTime2.toDate(),
      dateLocalIso: localTime2.toISO(),
      triggeredAt: /* @__PURE__ */ new Date(),
      task: this,
      execution
    };
    if (reason)
      ctx.reason = reason;
    return ctx;
  }
};

// ../../main/node_modules/node-cron/dist/node-cron.js
import path7, { resolve, dirname } from "path";
import { fileURLToPath, pathToFileURL } from "url";
import { fork } from "child_process";
import { EventEmitter as EventEmitter4 } from "events";
var tasks = /* @__PURE__ */ new Map();
var TaskRegistry = class {
  add(task) {
    if (this.has(task.id)) {
      throw Error(`task ${task.id} already registered!`);
    }
    tasks.set(task.id, task);
    task.on("task:destroyed", () => {
      this.remove(task);
    });
  }
  get(taskId) {
    return tasks.get(taskId);
  }
  remove(task) {
    if (this.has(task.id)) {
      tasks.delete(task.id);
      task.destroy();
    }
  }
  all() {
    return tasks;
  }
  has(taskId) {
    return tasks.has(taskId);
  }
  killAll() {
    tasks.forEach((id3) => this.remove(id3));
  }
};
var validationRegex = /^(?:\d+|\*|\*\/\d+)$/;
var ALLOWED_CHARS_REGEX = /^[a-zA-Z0-9-*/,#? ]+$/;
function splitFields(resolved) {
  return resolved.replace(/\s{2,}/g, " ").trim().split(" ");
}
function isValidExpression(expression, min, max) {
  const options = expression;
  for (const option of options) {
    const optionAsInt = parseInt(option, 10);
    if (!Number.isNaN(optionAsInt) && (optionAsInt < min || optionAsInt > max) || !validationRegex.test(option))
      return false;
  }
  return true;
}
function isInvalidSecond(expression) {
  return !isValidExpression(expression, 0, 59);
}
function isInvalidMinute(expression) {
  return !isValidExpression(expression, 0, 59);
}
function isInvalidHour(expression) {
  return !isValidExpression(expression, 0, 23);
}
var DAY_OF_MONTH_W_TOKEN = /^(\d{1,2}|L)W$/i;
var DAY_OF_MONTH_OFFSET_TOKEN = /^L-(\d{1,2})$/i;
function isInvalidDayOfMonth(expression) {
  const days = expression.filter((value) => {
    if (value === "L")
      return false;
    const weekday = DAY_OF_MONTH_W_TOKEN.exec(String(value));
    if (weekday) {
      if (weekday[1] === "L")
        return false;
      const target = parseInt(weekday[1], 10);
      return target < 1 || target > 31;
    }
    const offset = DAY_OF_MONTH_OFFSET_TOKEN.exec(String(value));
    if (offset) {
      const n2 = parseInt(offset[1], 10);
      return n2 < 1 || n2 > 30;
    }
    return true;
  });
  return !isValidExpression(days, 1, 31);
}
function hasInvalidWModifier(rawDayOfMonth) {
  if (!/w/i.test(rawDayOfMonth))
    return false;
  return rawDayOfMonth.split(",").some((token) => {
    const value = token.trim();
    if (!/w/i.test(value))
      return false;
    return !DAY_OF_MONTH_W_TOKEN.test(value);
  });
}
function isInvalidMonth(expression) {
  return !isValidExpression(expression, 1, 12);
}
function isInvalidWeekDay(expression) {
  const days = expression.filter((value) => !isNthWeekdayToken(value) && !/^[0-7]L$/.test(value));
  return !isValidExpression(days, 0, 7);
}
var MAX_DAYS_IN_MONTH = {
  1: 31,
  2: 29,
  3: 31,
  4: 30,
  5: 31,
  6: 30,
  7: 31,
  8: 31,
  9: 30,
  10: 31,
  11: 30,
  12: 31
};
function isImpossibleDayOfMonth(days, months) {
  if (days.some((day) => typeof day !== "number"))
    return false;
  return !months.some((month) => days.some((day) => day <= MAX_DAYS_IN_MONTH[month]));
}
function validateFields(patterns, executablePatterns) {
  if (isInvalidSecond(executablePatterns[0]))
    throw new Error(`${patterns[0]} is a invalid expression for second`);
  if (isInvalidMinute(executablePatterns[1]))
    throw new Error(`${patterns[1]} is a invalid expression for minute`);
  if (isInvalidHour(executablePatterns[2]))
    throw new Error(`${patterns[2]} is a invalid expression for hour`);
  if (isInvalidDayOfMonth(executablePatterns[3]) || hasInvalidWModifier(patterns[3]))
    throw new Error(`${patterns[3]} is a invalid expression for day of month`);
  if (isInvalidMonth(executablePatterns[4]))
    throw new Error(`${patterns[4]} is a invalid expression for month`);
  if (isInvalidWeekDay(executablePatterns[5]))
    throw new Error(`${patterns[5]} is a invalid expression for week day`);
  if (isImpossibleDayOfMonth(executablePatterns[3], executablePatterns[4]))
    throw new Error(`${patterns[3]} ${patterns[4]} is an impossible day of month for the given month`);
}
var FIELDS = [
  { key: "second", label: "second", invalid: isInvalidSecond },
  { key: "minute", label: "minute", invalid: isInvalidMinute },
  { key: "hour", label: "hour", invalid: isInvalidHour },
  { key: "dayOfMonth", label: "day of month", invalid: isInvalidDayOfMonth },
  { key: "month", label: "month", invalid: isInvalidMonth },
  { key: "dayOfWeek", label: "week day", invalid: isInvalidWeekDay }
];
function validateDetailed$1(pattern) {
  if (typeof pattern !== "string")
    return { valid: false, errors: [{ field: "expression", message: "pattern must be a string" }] };
  const resolved = resolveNickname(pattern);
  if (!ALLOWED_CHARS_REGEX.test(resolved))
    return { valid: false, errors: [{ field: "expression", value: pattern, message: "pattern includes illegal characters" }] };
  const raw = splitFields(resolved);
  if (raw.length !== 5 && raw.length !== 6)
    return { valid: false, errors: [{ field: "expression", value: pattern, message: `expected 5 or 6 fields but got ${raw.length}` }] };
  const patterns = raw.length === 5 ? ["0", ...raw] : raw;
  const executable = convertExpression(pattern);
  const errors = [];
  FIELDS.forEach((f2, i2) => {
    const rawWMisuse = f2.key === "dayOfMonth" && hasInvalidWModifier(patterns[i2]);
    if (f2.invalid(executable[i2]) || rawWMisuse)
      errors.push({ field: f2.key, value: patterns[i2], message: `${patterns[i2]} is a invalid expression for ${f2.label}` });
  });
  if (!errors.length && isImpossibleDayOfMonth(executable[3], executable[4])) {
    errors.push({
      field: "dayOfMonth",
      value: patterns[3],
      message: `${patterns[3]} ${patterns[4]} is an impossible day of month for the given month`
    });
  }
  if (errors.length)
    return { valid: false, errors };
  return {
    valid: true,
    errors: [],
    fields: {
      second: executable[0],
      minute: executable[1],
      hour: executable[2],
      dayOfMonth: executable[3],
      month: executable[4],
      dayOfWeek: executable[5]
    }
  };
}
function parse$1(pattern) {
  const result = validateDetailed$1(pattern);
  if (!result.valid)
    throw new Error(result.errors[0].message);
  return result.fields;
}
function validate$1(pattern) {
  if (typeof pattern !== "string")
    throw new TypeError("pattern must be a string!");
  const resolved = resolveNickname(pattern);
  if (!ALLOWED_CHARS_REGEX.test(resolved))
    throw new TypeError("pattern includes illegal characters!");
  const raw = splitFields(resolved);
  if (raw.length !== 5 && raw.length !== 6)
    throw new Error(`expected 5 or 6 fields but got ${raw.length}`);
  const patterns = raw.length === 5 ? ["0", ...raw] : raw;
  const executablePatterns = convertExpression(resolved);
  validateFields(patterns, executablePatterns);
}
var daemonPath = resolve(dirname(fileURLToPath(import.meta.url)), "daemon.js");
var TaskEmitter2 = class extends EventEmitter4 {
};
var BackgroundScheduledTask = class {
  emitter;
  id;
  name;
  cronExpression;
  taskPath;
  options;
  forkProcess;
  stateMachine;
  logger;
  suppressMissedWarning;
  timeMatcher;
  runCount;
  runCoordinator;
  _lastRun = null;
  executing = false;
  killPending = false;
  pendingKillCleanup;
  currentExecution;
  killRequested = false;
  startPromise;
  constructor(cronExpression, taskPath, options) {
    this.cronExpression = cronExpression;
    this.taskPath = taskPath;
    this.options = options;
    this.id = createID();
    this.name = options?.name || this.id;
    this.emitter = new TaskEmitter2();
    this.stateMachine = new StateMachine("stopped");
    this.timeMatcher = new TimeMatcher(cronExpression, options?.timezone);
    this.runCount = 0;
    this.on("execution:started", (context) => {
      if (context?.execution?.reason === "scheduled")
        this.runCount++;
      this.executing = true;
      this.currentExecution = context?.execution;
    });
    this.on("execution:finished", (context) => {
      this.executing = false;
      this.currentExecution = void 0;
      this.recordLastRun(context.execution);
    });
    this.on("execution:failed", (context) => {
      this.executing = false;
      this.currentExecution = void 0;
      this.recordLastRun(context.execution);
    });
    this.logger = options?.logger || logger;
    this.suppressMissedWarning = options?.suppressMissedWarning || false;
    this.runCoordinator = options?.distributed ? resolveRunCoordinator(options?.runCoordinator) : void 0;
    this.on("task:stopped", () => {
      this.killForkWhenSettled();
      if (this.stateMachine.state !== "destroyed") {
        this.stateMachine.changeState("stopped");
      }
    });
    this.on("task:destroyed", () => {
      this.killForkWhenSettled();
      this.stateMachine.changeState("destroyed");
    });
  }
  getNextRun() {
    if (this.stateMachine.state !== "stopped") {
      return this.timeMatcher.getNextMatch(/* @__PURE__ */ new Date());
    }
    return null;
  }
  getNextRuns(count) {
    const runs = [];
    let from = /* @__PURE__ */ new Date();
    for (let i2 = 0; i2 < count; i2++) {
      from = this.timeMatcher.getNextMatch(from);
      runs.push(from);
    }
    return runs;
  }
  match(date) {
    return this.timeMatcher.match(date);
  }
  msToNext() {
    const next = this.getNextRun();
    return next ? next.getTime() - Date.now() : null;
  }
  isBusy() {
    return this.getStatus() === "running";
  }
  runsLeft() {
    if (this.options?.maxExecutions == null)
      return void 0;
    return Math.max(0, this.options.maxExecutions - this.runCount);
  }
  getPattern() {
    return this.cronExpression;
  }
  lastRun() {
    return this._lastRun;
  }
  recordLastRun(execution) {
    if (!execution)
      return;
    const raw = execution.finishedAt ?? execution.startedAt;
    const date = raw ? new Date(raw) : /* @__PURE__ */ new Date();
    const lastRun = { date };
    if (execution.error) {
      lastRun.error = execution.error;
    } else {
      lastRun.result = execution.result;
    }
    this._lastRun = lastRun;
  }
  killForkWhenSettled() {
    if (!this.forkProcess)
      return;
    if (!this.executing) {
      this.killFork();
      return;
    }
    if (this.killPending)
      return;
    this.killPending = true;
    const onSettled = () => this.killFork();
    this.once("execution:finished", onSettled);
    this.once("execution:failed", onSettled);
    this.pendingKillCleanup = () => {
      this.off("execution:finished", onSettled);
      this.off("execution:failed", onSettled);
    };
  }
  clearPendingKillWait() {
    this.pendingKillCleanup?.();
    this.pendingKillCleanup = void 0;
    this.killPending = false;
  }
  killFork() {
    this.clearPendingKillWait();
    this.killRequested = true;
    this.forkProcess?.kill();
    this.forkProcess = void 0;
  }
  handleUnexpectedExit(code, signal) {
    this.clearPendingKillWait();
    const erro = new Error(`daemon exited unexpectedly (code ${code}, signal ${signal})`);
    this.logger.error(erro);
    if (this.executing) {
      const execution = { id: createID(), reason: "scheduled", ...this.currentExecution, error: erro, finishedAt: /* @__PURE__ */ new Date() };
      this.emitter.emit("execution:failed", this.createContext(/* @__PURE__ */ new Date(), execution));
    }
    try {
      this.stateMachine.changeState("stopped");
    } catch (err) {
      this.logger.error(err);
    }
    const context = this.createContext(/* @__PURE__ */ new Date());
    context.error = erro;
    this.emitter.emit("task:failed", context);
    this.forkProcess = void 0;
  }
  start() {
    if (this.stateMachine.state === "destroyed") {
      return Promise.resolve();
    }
    if (this.startPromise) {
      return this.startPromise;
    }
    if (this.forkProcess) {
      return Promise.resolve();
    }
    this.startPromise = this.forkAndStart().finally(() => {
      this.startPromise = void 0;
    });
    return this.startPromise;
  }
  forkAndStart() {
    return new Promise((resolve2, reject) => {
      const startTimeout = this.options?.startTimeout ?? 5e3;
      const failStart = (error) => {
        clearTimeout(timeout);
        this.killFork();
        reject(error);
      };
      const timeout = setTimeout(() => {
        failStart(new Error(`Start operation timed out after ${startTimeout}ms. The background task file may have failed to load or taken too long to import; verify it runs on its own and consider increasing the \`startTimeout\` option.`));
      }, startTimeout);
      this.killRequested = false;
      let startSucceeded = false;
      try {
        this.forkProcess = fork(daemonPath);
        this.forkProcess.on("error", (err) => {
          failStart(new Error(`Error on daemon: ${err.message}`));
        });
        this.forkProcess.on("exit", (code, signal) => {
          if (this.killRequested) {
            this.killRequested = false;
            return;
          }
          if (code !== 0 && signal !== "SIGTERM") {
            if (startSucceeded) {
              this.handleUnexpectedExit(code, signal);
              return;
            }
            const erro = new Error(`node-cron daemon exited with code ${code || signal}`);
            this.logger.error(erro);
            failStart(erro);
          }
        });
        this.forkProcess.on("message", (message) => {
          if (message.type === "coordinator:shouldRun") {
            void this.handleShouldRun(message);
            return;
          }
          if (message.type === "coordinator:complete") {
            this.runCoordinator?.onComplete?.(message.key)?.catch?.((err) => this.logger.error("Run coordinator onComplete failed", err));
            return;
          }
          if (message.event === "daemon:error") {
            failStart(message.jsonError ? deserializeError(message.jsonError) : new Error("Background task failed to start"));
            return;
          }
          if (message.jsonError) {
            if (message.context?.execution) {
              message.context.execution.error = deserializeError(message.jsonError);
              delete message.jsonError;
            }
          }
          if (message.context?.task?.state) {
            this.stateMachine.changeState(message.context?.task?.state);
          }
          if (message.context) {
            const execution = message.context?.execution;
            delete execution?.hasError;
            const context = this.createContext(new Date(message.context.date), execution, message.context.reason);
            this.logEvent(message.event, context);
            this.emitter.emit(message.event, context);
          }
        });
        this.once("task:started", () => {
          startSucceeded = true;
          this.stateMachine.changeState("idle");
          clearTimeout(timeout);
          resolve2(void 0);
        });
        this.forkProcess.send({
          command: "task:start",
          path: this.taskPath,
          cron: this.cronExpression,
          options: serializableOptions(this.options)
        });
      } catch (error) {
        failStart(error);
      }
    });
  }
  stop() {
    return new Promise((resolve2, reject) => {
      if (this.stateMachine.state === "destroyed") {
        return resolve2(void 0);
      }
      if (!this.forkProcess) {
        this.emitter.emit("task:stopped");
        return resolve2(void 0);
      }
      const timeoutId = setTimeout(() => {
        clearTimeout(timeoutId);
        this.killFork();
        reject(new Error("Stop operation timed out"));
      }, 5e3);
      const cleanupAndResolve = () => {
        clearTimeout(timeoutId);
        this.off("task:stopped", onStopped);
        resolve2(void 0);
      };
      const onStopped = () => {
        cleanupAndResolve();
      };
      this.once("task:stopped", onStopped);
      this.forkProcess.send({
        command: "task:stop"
      });
    });
  }
  getStatus() {
    return this.stateMachine.state;
  }
  unref() {
    if (!this.forkProcess)
      return;
    this.forkProcess.unref();
    this.forkProcess.channel?.unref();
  }
  ref() {
    if (!this.forkProcess)
      return;
    this.forkProcess.ref();
    this.forkProcess.channel?.ref();
  }
  destroy() {
    return new Promise((resolve2, reject) => {
      if (this.stateMachine.state === "destroyed") {
        return resolve2(void 0);
      }
      if (!this.forkProcess) {
        this.emitter.emit("task:destroyed");
        return resolve2(void 0);
      }
      const timeoutId = setTimeout(() => {
        clearTimeout(timeoutId);
        this.killFork();
        reject(new Error("Destroy operation timed out"));
      }, 5e3);
      const onDestroy = () => {
        clearTimeout(timeoutId);
        this.off("task:destroyed", onDestroy);
        resolve2(void 0);
      };
      this.once("task:destroyed", onDestroy);
      this.forkProcess.send({
        command: "task:destroy"
      });
    });
  }
  execute() {
    return new Promise((resolve2, reject) => {
      if (!this.forkProcess) {
        return reject(new Error("Cannot execute background task because it hasn't been started yet. Please initialize the task using the start() method before attempting to execute it."));
      }
      const executionId = createID();
      let timeoutId;
      if (typeof this.options?.executeTimeout === "number") {
        timeoutId = setTimeout(() => {
          cleanupListeners();
          reject(new Error("Execution timeout exceeded"));
        }, this.options.executeTimeout);
      }
      const cleanupListeners = () => {
        if (timeoutId)
          clearTimeout(timeoutId);
        this.off("execution:finished", onFinished);
        this.off("execution:failed", onFail);
      };
      const onFinished = (context) => {
        if (context.execution?.id !== executionId)
          return;
        cleanupListeners();
        resolve2(context.execution?.result);
      };
      const onFail = (context) => {
        if (context.execution?.id !== executionId)
          return;
        cleanupListeners();
        reject(context.execution?.error || new Error("Execution failed without specific error"));
      };
      this.on("execution:finished", onFinished);
      this.on("execution:failed", onFail);
      this.forkProcess.send({
        command: "task:execute",
        executionId
      });
    });
  }
  async handleShouldRun(message) {
    let allowed2 = false;
    let error;
    try {
      allowed2 = this.runCoordinator ? await this.runCoordinator.shouldRun(message.key, message.ttlMs) : false;
    } catch (err) {
      error = err?.message ?? String(err);
    }
    this.forkProcess?.send({ type: "coordinator:result", reqId: message.reqId, allowed: allowed2, error });
  }
  on(event, fun) {
    this.emitter.on(event, fun);
  }
  off(event, fun) {
    this.emitter.off(event, fun);
  }
  once(event, fun) {
    this.emitter.once(event, fun);
  }
  logEvent(event, context) {
    switch (event) {
      case "execution:missed": {
        const handled = this.emitter.listenerCount("execution:missed") > 0;
        if (!this.suppressMissedWarning && !handled) {
          this.logger.warn(`missed execution at ${context.date}! Possible blocking IO or high CPU user at the same process used by node-cron.`);
        }
        break;
      }
      case "execution:overlap":
        if (this.options?.noOverlap) {
          this.logger.warn("task still running, new execution blocked by overlap prevention!");
        }
        break;
      case "execution:failed":
        if (context.execution?.error) {
          this.logger.error(context.execution.error);
        }
        break;
    }
  }
  createContext(executionDate, execution, reason) {
    const localTime2 = new LocalizedTime(executionDate, this.options?.timezone);
    const ctx = {
      date: localTime2.toDate(),
      dateLocalIso: localTime2.toISO(),
      triggeredAt: /* @__PURE__ */ new Date(),
      task: this,
      execution
    };
    if (reason)
      ctx.reason = reason;
    return ctx;
  }
};
function serializableOptions(options) {
  if (!options)
    return options;
  const { logger: _logger, runCoordinator: _runCoordinator, ...rest } = options;
  return rest;
}
function deserializeError(str) {
  const data = JSON.parse(str);
  const Err = globalThis[data.name] || Error;
  const err = new Err(data.message);
  if (data.stack) {
    err.stack = data.stack;
  }
  Object.keys(data).forEach((key) => {
    if (!["name", "message", "stack"].includes(key)) {
      err[key] = data[key];
    }
  });
  return err;
}
var moduleFilename = fileURLToPath(import.meta.url);
var registry = new TaskRegistry();
function schedule(expression, func, options) {
  const task = createTask(expression, func, options);
  let started;
  try {
    started = task.start();
  } catch (error) {
    registry.remove(task);
    throw error;
  }
  if (started && typeof started.catch === "function") {
    started.catch((error) => {
      (options?.logger || logger).error(`Failed to start scheduled task: ${error?.message ?? error}`);
    });
  }
  return task;
}
function createTask(expression, func, options) {
  parse$1(expression);
  if (options?.distributed && !options.name) {
    throw new Error("`distributed` requires a `name` (it forms the coordination key shared across instances).");
  }
  let task;
  if (func instanceof Function) {
    task = new InlineScheduledTask(expression, func, options);
  } else {
    const taskPath = solvePath(func);
    task = new BackgroundScheduledTask(expression, taskPath, options);
  }
  registry.add(task);
  return task;
}
function solvePath(filePath) {
  if (path7.isAbsolute(filePath))
    return pathToFileURL(filePath).href;
  if (filePath.startsWith("file://"))
    return filePath;
  const stackLines = new Error().stack?.split("\n");
  if (stackLines) {
    stackLines?.shift();
    const callerLine = stackLines?.find((line2) => {
      return line2.indexOf(moduleFilename) === -1;
    });
    const match = callerLine?.match(/(file:\/\/)?(((\/?)(\w:))?([/\\].+)):\d+:\d+/);
    if (match) {
      const dir = `${match[5] ?? ""}${path7.dirname(match[6])}`;
      return pathToFileURL(path7.resolve(dir, filePath)).href;
    }
  }
  throw new Error(`Could not locate task file ${filePath}`);
}
function validate(expression) {
  try {
    validate$1(expression);
    return true;
  } catch (e3) {
    return false;
  }
}
var validateDetailed = validateDetailed$1;
var parse = parse$1;
async function shutdown(timeout = 5e3) {
  const tasks2 = registry.all();
  const pending = [];
  for (const task of tasks2.values()) {
    const wait = new Promise((resolve2) => {
      const onSettled = () => {
        task.off("execution:finished", onSettled);
        task.off("execution:failed", onSettled);
        resolve2();
      };
      task.once("execution:finished", onSettled);
      task.once("execution:failed", onSettled);
    });
    const busy = task.isBusy();
    Promise.resolve(task.stop()).catch((error) => {
      logger.error(`Error stopping task "${task.name}" during shutdown: ${error?.message ?? error}`);
    });
    if (busy) {
      pending.push(wait);
    }
  }
  if (pending.length) {
    await Promise.race([
      Promise.allSettled(pending),
      new Promise((r2) => setTimeout(r2, timeout))
    ]);
  }
  for (const task of tasks2.values()) {
    Promise.resolve(task.destroy()).catch((error) => {
      logger.error(`Error destroying task "${task.name}" during shutdown: ${error?.message ?? error}`);
    });
  }
}
var getTasks = registry.all;
var getTask = registry.get;
var nodeCron = {
  schedule,
  createTask,
  validate,
  validateDetailed,
  parse,
  getTasks,
  getTask,
  setLogger,
  setRunCoordinator,
  shutdown
};

// src/scheduler/daily.ts
function nextDaily(after, hhmm, timeZone) {
  const today = localDate(after, timeZone);
  const candidate = zonedInstant(today, hhmm, timeZone);
  if (candidate > after) return candidate;
  return zonedInstant(addDays(today, 1), hhmm, timeZone);
}
function nextOccurrence(after, schedule2) {
  let next = nextDaily(after, schedule2.time, schedule2.timeZone);
  if (schedule2.weekday === void 0) return next;
  for (let i2 = 0; i2 < 7 && localWeekday(next, schedule2.timeZone) !== schedule2.weekday; i2 += 1) next = nextDaily(next, schedule2.time, schedule2.timeZone);
  return next;
}

// src/scheduler/scheduler.ts
var Scheduler = class {
  constructor(services, options = {}) {
    this.services = services;
    this.options = options;
  }
  services;
  options;
  task;
  handlers = /* @__PURE__ */ new Map();
  /** Job ids already reported as having no handler (said once, not every tick). */
  reportedUnknown = /* @__PURE__ */ new Set();
  register(type, handler) {
    this.handlers.set(type, handler);
  }
  /** Creates or replaces a job (call inside a turn or a handler; the store commit makes it durable). */
  upsert(job) {
    this.services.store.put("jobs", job.id, job);
  }
  /** A one-off job at `dueAt`; the same id again replaces it. */
  at(id3, type, dueAt, payload = {}, graceMs = 6 * 36e5) {
    this.upsert({ id: id3, type, dueAt, graceMs, payload });
  }
  cancel(id3) {
    if (!this.services.store.get("jobs", id3)) return false;
    this.services.store.delete("jobs", id3);
    return true;
  }
  /** A daily job at `hh:mm` in a time zone (e.g. a learner's practice time), first run at the next such time. */
  daily(id3, type, hhmm, timeZone, payload = {}, graceMs = 6 * 36e5) {
    return this.recurring(id3, type, { time: hhmm, timeZone }, payload, graceMs);
  }
  /** A weekly job on `weekday` (0 = Sunday) at `hh:mm` in a time zone (e.g. a weekly digest). */
  weekly(id3, type, weekday, hhmm, timeZone, payload = {}, graceMs = 24 * 36e5) {
    return this.recurring(id3, type, { time: hhmm, weekday, timeZone }, payload, graceMs);
  }
  recurring(id3, type, schedule2, payload, graceMs) {
    const existing = this.services.store.get("jobs", id3);
    const unchanged = existing?.schedule && JSON.stringify(existing.schedule) === JSON.stringify(schedule2);
    const job = {
      id: id3,
      type,
      dueAt: unchanged ? existing.dueAt : nextOccurrence(this.services.clock.now(), schedule2),
      schedule: schedule2,
      graceMs,
      payload,
      lastRunAt: existing?.lastRunAt
    };
    this.upsert(job);
    return job;
  }
  /** Ticks every 15 seconds (node-cron), and whenever `tick()` is called (e.g. after the playground clock jumps). */
  start() {
    if (this.task) return;
    this.task = nodeCron.schedule("*/15 * * * * *", () => this.tick(), { name: "welkom-scheduler" });
    this.tick();
  }
  stop() {
    void this.task?.stop();
    void this.task?.destroy();
    this.task = void 0;
  }
  /** Runs every due job once. Missed runs older than their grace are skipped (and logged); recurring jobs move to their next time. */
  tick() {
    const { store, clock, logger: logger2 } = this.services;
    const now = clock.now();
    let ran = 0;
    let lagMs = 0;
    let skipped = 0;
    let failed = 0;
    for (const job of store.values("jobs")) {
      if (job.dueAt > now) continue;
      const handler = this.handlers.get(job.type);
      const late = now - job.dueAt;
      if (!handler) {
        if (!this.reportedUnknown.has(job.id)) logger2.warn({ job: job.id, type: job.type }, "no handler for this job type; it is kept for a later version");
        this.reportedUnknown.add(job.id);
        continue;
      }
      if (late > job.graceMs) {
        logger2.info({ job: job.id, lateMs: late }, "skipped a missed job run: too late to be useful");
        skipped += 1;
      } else {
        lagMs = Math.max(lagMs, late);
        try {
          handler(job, { services: this.services, occurrence: `${job.id}@${job.dueAt}`, now });
          ran += 1;
        } catch (error) {
          logger2.error({ err: error, job: job.id }, "job failed");
          failed += 1;
        }
      }
      const current = store.get("jobs", job.id);
      if (!current) continue;
      if (current.schedule) {
        store.put("jobs", job.id, { ...current, lastRunAt: now, dueAt: nextOccurrence(Math.max(now, job.dueAt), current.schedule) });
      } else {
        store.delete("jobs", job.id);
      }
    }
    this.options.onTick?.({ at: now, lagMs, ran, skipped, failed });
    return ran;
  }
};

// src/store/store.ts
import { performance as performance2 } from "node:perf_hooks";

// src/store/json-file-backend.ts
import { randomBytes as randomBytes14 } from "node:crypto";
import { mkdir, open as open4, readdir, readFile as readFile4, unlink as unlink3, copyFile, chmod, link, rm } from "node:fs/promises";
import { createReadStream, existsSync } from "node:fs";
import { createInterface } from "node:readline";
import path10 from "node:path";

// ../../main/node_modules/lowdb/lib/core/Low.js
function checkArgs(adapter, defaultData) {
  if (adapter === void 0)
    throw new Error("lowdb: missing adapter");
  if (defaultData === void 0)
    throw new Error("lowdb: missing default data");
}
var Low = class {
  adapter;
  data;
  constructor(adapter, defaultData) {
    checkArgs(adapter, defaultData);
    this.adapter = adapter;
    this.data = defaultData;
  }
  async read() {
    const data = await this.adapter.read();
    if (data)
      this.data = data;
  }
  async write() {
    if (this.data)
      await this.adapter.write(this.data);
  }
  async update(fn) {
    fn(this.data);
    await this.write();
  }
};

// src/store/secure-json-file.ts
import { open as open2, readFile as readFile2, rename, unlink } from "node:fs/promises";
import path8 from "node:path";
async function writeFileAtomic(file, text2) {
  const temp = path8.join(path8.dirname(file), `.${path8.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await open2(temp, "w", 384);
    try {
      await handle.writeFile(text2);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    await syncDirectory(path8.dirname(file));
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    throw new StoreWriteError(file, error);
  }
}
async function writeFileAtomicChunks(file, chunks, options = {}) {
  const temp = path8.join(path8.dirname(file), `.${path8.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let bytes = 0;
  try {
    const handle = await open2(temp, "w", 384);
    try {
      for await (const chunk of chunks) {
        const buffer = Buffer.from(chunk);
        for (let offset = 0; offset < buffer.length; ) {
          const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
          if (bytesWritten <= 0) throw new Error("the disk accepted no more bytes");
          offset += bytesWritten;
        }
        bytes += buffer.length;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
    if (options.syncDir !== false) await syncDirectory(path8.dirname(file));
    return bytes;
  } catch (error) {
    await unlink(temp).catch(() => void 0);
    throw new StoreWriteError(file, error);
  }
}
async function syncDirectory(dir) {
  try {
    const handle = await open2(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}
var SecureJsonFile = class {
  constructor(file) {
    this.file = file;
  }
  file;
  async read() {
    let text2;
    try {
      text2 = await readFile2(this.file, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return null;
      throw new StoreCorruptError(this.file, error.message);
    }
    try {
      const data = JSON.parse(text2);
      if (data === null || typeof data !== "object" || Array.isArray(data)) throw new Error("the top level is not a JSON object");
      return data;
    } catch (error) {
      throw new StoreCorruptError(this.file, `invalid JSON: ${error.message}`);
    }
  }
  /** Serialises synchronously (so the snapshot is of this instant), then writes in the background of the caller. */
  write(data) {
    const text2 = JSON.stringify(data);
    return writeFileAtomic(this.file, text2);
  }
};
var SLICE_MS = 8;
var SLICE_CHARS = 1 << 20;
var SlicedJsonFile = class {
  constructor(file, clock = () => performance.now()) {
    this.file = file;
    this.clock = clock;
  }
  file;
  clock;
  read() {
    return new SecureJsonFile(this.file).read();
  }
  /** Writes atomically; the caller syncs the folder once after several files (see JsonFileBackend.snapshot). */
  async write(data) {
    await writeFileAtomicChunks(this.file, this.slices(data), { syncDir: false });
  }
  async *slices(data) {
    const ids2 = Object.keys(data);
    let chunk = "{";
    let first = true;
    let sliceStart = this.clock();
    for (let index = 0; index < ids2.length; index += 1) {
      const id3 = ids2[index];
      const entity = data[id3];
      if (entity !== void 0) {
        chunk += `${first ? "" : ","}${JSON.stringify(id3)}:${JSON.stringify(entity)}`;
        first = false;
      }
      if ((index & 63) === 63 && (chunk.length >= SLICE_CHARS || this.clock() - sliceStart >= SLICE_MS)) {
        yield chunk;
        chunk = "";
        await new Promise((resolve2) => setImmediate(resolve2));
        sliceStart = this.clock();
      }
    }
    yield chunk + "}";
  }
};

// src/store/lock.ts
import { randomBytes as randomBytes13 } from "node:crypto";
import { hostname } from "node:os";
import path9 from "node:path";
import { open as open3, readFile as readFile3, rename as rename2, stat, unlink as unlink2, utimes } from "node:fs/promises";
var LOCK_FILE = "welkom.lock";
var HEARTBEAT_MS = 1e4;
var STALE_MS = 6e4;
var StoreLockedError = class extends Error {
  constructor(dataDir, holder) {
    super(
      `The data folder ${dataDir} is in use by another welkom process (${holder.purpose}, process ${holder.pid} on ${holder.host}, since ${new Date(holder.since).toISOString()}). Stop that process first. If it is really gone, wait a minute or delete ${path9.join(dataDir, LOCK_FILE)}.`
    );
    this.dataDir = dataDir;
    this.holder = holder;
  }
  dataDir;
  holder;
  name = "StoreLockedError";
};
async function inspectLock(dataDir) {
  const file = path9.join(dataDir, LOCK_FILE);
  let text2;
  let modified;
  try {
    text2 = await readFile3(file, "utf8");
    modified = (await stat(file)).mtimeMs;
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
  let info;
  try {
    info = JSON.parse(text2);
    if (typeof info.pid !== "number" || typeof info.host !== "string") throw new Error("bad lock");
  } catch {
    return { info: { pid: 0, host: "?", purpose: "unknown", since: modified, token: "" }, live: Date.now() - modified < STALE_MS };
  }
  return { info, live: isLive(info, modified) };
}
function isLive(info, modified) {
  if (info.host === hostname()) {
    if (info.pid === process.pid) return false;
    try {
      process.kill(info.pid, 0);
      return true;
    } catch (error) {
      return error.code === "EPERM";
    }
  }
  return Date.now() - modified < STALE_MS;
}
async function acquireLock(dataDir, purpose) {
  const file = path9.join(dataDir, LOCK_FILE);
  const info = { pid: process.pid, host: hostname(), purpose, since: Date.now(), token: randomBytes13(8).toString("hex") };
  for (let attempt = 0; ; attempt += 1) {
    try {
      const handle = await open3(file, "wx", 384);
      try {
        await handle.writeFile(JSON.stringify(info));
        await handle.sync();
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if (error.code !== "EEXIST" || attempt >= 3) throw error;
      const current = await inspectLock(dataDir);
      if (current?.live) throw new StoreLockedError(dataDir, current.info);
      await rename2(file, `${file}.stale-${info.token}`).then(
        () => unlink2(`${file}.stale-${info.token}`),
        () => void 0
      );
    }
  }
  const heartbeat = setInterval(() => {
    const now = /* @__PURE__ */ new Date();
    void utimes(file, now, now).catch(() => void 0);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  let released = false;
  return {
    info,
    async release() {
      if (released) return;
      released = true;
      clearInterval(heartbeat);
      const current = await readFile3(file, "utf8").catch(() => "");
      if (current.includes(info.token)) await unlink2(file).catch(() => void 0);
    }
  };
}

// src/store/json-file-backend.ts
var JsonFileBackend = class {
  constructor(options) {
    this.options = options;
    this.location = options.dataDir;
    this.file = path10.join(options.dataDir, "welkom.json");
    this.journalDir = path10.join(options.dataDir, "journal");
    this.backupDir = path10.join(options.dataDir, "backups");
    this.archiveDir = path10.join(options.dataDir, "archive");
    this.manifest = new Low(new SecureJsonFile(this.file), { version: SCHEMA_VERSION, seq: 0, dir: "", files: [] });
  }
  options;
  location;
  file;
  /** The current snapshot's folder (absolute), once there is one. */
  snapshotDir;
  journalDir;
  backupDir;
  archiveDir;
  manifest;
  /** Collections that have a file in the current manifest. */
  written = /* @__PURE__ */ new Set();
  segment;
  /** Closed segments still on disk, with the highest seq each holds. */
  closedSegments = [];
  generation = 0;
  /** Journal writes and segment rotation, one at a time. */
  chain = Promise.resolve();
  /** Highest seq handed to `append` so far. */
  appendedSeq = 0;
  /** One process at a time owns DATA_DIR (a second bot, or a restore under a running bot, is refused). */
  lock;
  async load() {
    const { dataDir, logger: logger2 } = this.options;
    await mkdir(dataDir, { recursive: true, mode: 448 });
    await chmod(dataDir, 448).catch(() => logger2.warn("DATA_DIR belongs to another user, so welkom cannot make it private (0700); please do so"));
    this.lock = await acquireLock(dataDir, this.options.purpose ?? "bot");
    try {
      return await this.loadLocked();
    } catch (error) {
      await this.lock.release();
      throw error;
    }
  }
  async loadLocked() {
    const { dataDir, logger: logger2 } = this.options;
    const raw = await new SecureJsonFile(this.file).read();
    if (raw && typeof raw.version === "number" && raw.version > SCHEMA_VERSION) throw new StoreVersionError(this.file, raw.version, SCHEMA_VERSION);
    const layout = raw && Array.isArray(raw.files) ? "collections" : raw ? "inline" : "none";
    if (raw && layout === "collections") {
      if (typeof raw.dir !== "string" || !/^snapshots\/[A-Za-z0-9-]+$/.test(raw.dir)) throw new StoreCorruptError(this.file, `bad snapshot folder ${JSON.stringify(raw.dir)}`);
      this.snapshotDir = path10.join(dataDir, raw.dir);
      for (const name of raw.files) {
        if (typeof name !== "string" || !/^[A-Za-z0-9_-]+$/.test(name)) throw new StoreCorruptError(this.file, `bad collection name ${JSON.stringify(name)}`);
        const low = collectionFile(this.snapshotDir, name);
        await low.read();
        if (low.data === null) throw new StoreCorruptError(path10.join(this.snapshotDir, `${name}.json`), "the file is missing");
        raw[name] = low.data;
        this.written.add(name);
      }
      delete raw.files;
      delete raw.dir;
    }
    const { data, migrated } = raw ? migrate(raw) : { data: emptyData(), migrated: false };
    for (const name of COLLECTIONS) if (!data[name] || typeof data[name] !== "object") data[name] = {};
    const { applied, segments, touched } = await replayJournal(this.journalDir, data);
    this.closedSegments = segments;
    this.generation = segments.reduce((max, segment) => Math.max(max, generationOf(segment.name)), 0);
    await mkdir(this.journalDir, { recursive: true, mode: 448 });
    await mkdir(this.backupDir, { recursive: true, mode: 448 });
    await chmod(this.journalDir, 448);
    await chmod(this.backupDir, 448);
    await this.removeOldSnapshotFolders();
    if (migrated || layout === "inline") {
      const reason = migrated ? `v${SCHEMA_VERSION}` : "per-collection-files";
      await copyFile(this.file, path10.join(this.backupDir, `welkom-before-${reason}-${Date.now()}.json`));
      logger2.info({ to: SCHEMA_VERSION, reason }, "store converted to a new schema version or layout; the old file was kept in backups/");
    }
    this.appendedSeq = data.seq;
    await this.openSegment(data.seq + 1);
    const needsSnapshot = migrated || layout !== "collections";
    if (!needsSnapshot) await this.backupDaily(data.seq);
    return { data, needsSnapshot, replayed: applied, replayedInto: touched };
  }
  append(entries) {
    if (entries.length === 0) return Promise.resolve(0);
    const upTo = entries[entries.length - 1].seq;
    this.appendedSeq = Math.max(this.appendedSeq, upTo);
    const buffer = Buffer.from(entries.map(journalLine).join("\n") + "\n");
    return this.enqueue(async () => {
      try {
        if (!this.segment) throw new Error("no open journal segment");
        for (let offset = 0; offset < buffer.length; ) {
          const { bytesWritten } = await this.segment.handle.write(buffer, offset, buffer.length - offset);
          if (bytesWritten <= 0) throw new Error("the disk accepted no more bytes");
          offset += bytesWritten;
        }
        await this.segment.handle.datasync();
        this.segment.maxSeq = Math.max(this.segment.maxSeq, upTo);
      } catch (error) {
        throw new StoreWriteError(this.journalDir, error);
      }
    }).then(() => buffer.length);
  }
  async snapshot(source) {
    const { seq } = source;
    const rotated = this.enqueue(() => this.openSegment(this.appendedSeq + 1));
    const all = source.collections;
    const names2 = Object.keys(all).filter((name) => name !== "version" && name !== "seq" && (source.changed.has(name) ? hasAny(all[name]) : this.written.has(name)));
    const dirName = `snapshots/${String(seq).padStart(12, "0")}-${randomBytes14(4).toString("hex")}`;
    const dir = path10.join(this.options.dataDir, dirName);
    await mkdir(dir, { recursive: true, mode: 448 });
    try {
      for (const name of names2) {
        const file = path10.join(dir, `${name}.json`);
        if (this.snapshotDir && this.written.has(name) && !source.changed.has(name)) {
          await link(path10.join(this.snapshotDir, `${name}.json`), file).catch(() => copyFile(path10.join(this.snapshotDir, `${name}.json`), file));
          continue;
        }
        const low = collectionFile(dir, name);
        low.data = all[name];
        await low.write();
      }
      await syncDirectory(dir);
      await syncDirectory(path10.dirname(dir));
      await rotated;
      await source.durable?.();
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
    this.manifest.data = { version: source.version, seq, dir: dirName, files: names2 };
    await this.manifest.write();
    const previous = this.snapshotDir;
    this.snapshotDir = dir;
    this.written = new Set(names2);
    if (previous) await rm(previous, { recursive: true, force: true });
    await this.removeSegmentsCoveredBy(seq);
    await this.backupDaily(seq);
  }
  async archive(entries) {
    if (entries.length === 0) return;
    await mkdir(this.archiveDir, { recursive: true, mode: 448 });
    const byFile = /* @__PURE__ */ new Map();
    for (const entry of entries) {
      const name = `${entry.collection}-${new Date(entry.at).toISOString().slice(0, 10)}.jsonl`;
      const lines = byFile.get(name) ?? [];
      lines.push(`{"i":${JSON.stringify(entry.id)},"a":${entry.at},"v":${entry.json}}`);
      byFile.set(name, lines);
    }
    for (const [name, lines] of byFile) {
      const file = path10.join(this.archiveDir, name);
      const handle = await open4(file, "a", 384);
      try {
        await handle.writeFile(lines.join("\n") + "\n");
        await handle.datasync();
      } catch (error) {
        throw new StoreWriteError(file, error);
      } finally {
        await handle.close();
      }
    }
    await syncDirectory(this.archiveDir);
  }
  async pruneArchive(before) {
    const day = new Date(before).toISOString().slice(0, 10);
    let removed = 0;
    for (const name of await readdir(this.archiveDir).catch(() => [])) {
      const match = /^[a-z]+-(\d{4}-\d{2}-\d{2})\.jsonl$/.exec(name);
      if (!match || match[1] >= day) continue;
      const file = path10.join(this.archiveDir, name);
      removed += (await readFile4(file, "utf8")).split("\n").filter((line2) => line2 !== "").length;
      await unlink3(file);
    }
    return removed;
  }
  async *readArchive(collection, since) {
    const day = new Date(since).toISOString().slice(0, 10);
    const names2 = (await readdir(this.archiveDir).catch(() => [])).filter((name) => name.startsWith(`${collection}-`) && name.endsWith(".jsonl") && name.slice(collection.length + 1, -6) >= day).sort();
    for (const name of names2) {
      const lines = createInterface({ input: createReadStream(path10.join(this.archiveDir, name), "utf8"), crlfDelay: Infinity });
      for await (const line2 of lines) {
        if (line2 === "") continue;
        let entry;
        try {
          entry = JSON.parse(line2);
        } catch {
          continue;
        }
        if (entry.a >= since) yield { id: entry.i, at: entry.a, value: entry.v };
      }
    }
  }
  async close() {
    await this.chain.catch(() => void 0);
    await this.segment?.handle.close().catch(() => void 0);
    this.segment = void 0;
    await this.lock?.release();
  }
  // ---- internals ----
  enqueue(task) {
    const next = this.chain.then(task);
    this.chain = next.catch(() => void 0);
    return next;
  }
  /** Closes the current segment (if any) and starts a new file; an existing file is never appended to (it may end torn). */
  async openSegment(firstSeq) {
    if (this.segment) {
      await this.segment.handle.close();
      this.closedSegments.push({ name: this.segment.name, maxSeq: this.segment.maxSeq });
      this.segment = void 0;
    }
    this.generation += 1;
    const name = `${String(firstSeq).padStart(12, "0")}-${String(this.generation).padStart(6, "0")}.jsonl`;
    const file = path10.join(this.journalDir, name);
    const handle = await open4(file, "wx", 384);
    await chmod(file, 384);
    await syncDirectory(this.journalDir);
    this.segment = { handle, name, maxSeq: 0 };
  }
  /** Removes closed segments whose every record is in the snapshot at `seq`. */
  async removeSegmentsCoveredBy(seq) {
    const keep = [];
    for (const segment of this.closedSegments) {
      if (segment.maxSeq <= seq) await unlink3(path10.join(this.journalDir, segment.name)).catch(() => void 0);
      else keep.push(segment);
    }
    this.closedSegments = keep;
  }
  /** Snapshot folders other than the current one: left by a crash mid-snapshot. */
  async removeOldSnapshotFolders() {
    const parent = path10.join(this.options.dataDir, "snapshots");
    for (const name of await readdir(parent).catch(() => [])) {
      const dir = path10.join(parent, name);
      if (dir !== this.snapshotDir) await rm(dir, { recursive: true, force: true });
    }
  }
  /** Once a day, one file with every collection inline (the layout older welkom wrote), copied from the snapshot files without parsing them. */
  async backupDaily(seq) {
    if (!existsSync(this.file) || !this.snapshotDir) return;
    const day = new Date((this.options.now ?? Date.now)()).toISOString().slice(0, 10);
    const target = path10.join(this.backupDir, `welkom-${day}.json`);
    if (!existsSync(target)) {
      const snapshotDir = this.snapshotDir;
      const names2 = [...this.written];
      await writeFileAtomicChunks(
        target,
        (async function* () {
          yield `{"version":${SCHEMA_VERSION},"seq":${seq}`;
          for (const name of names2) {
            yield `,${JSON.stringify(name)}:`;
            for await (const chunk of createReadStream(path10.join(snapshotDir, `${name}.json`), { encoding: "utf8" })) yield chunk;
          }
          yield "}";
        })()
      );
      await chmod(target, 384);
    }
    const keep = this.options.keepBackups ?? 7;
    const daily = (await readdir(this.backupDir)).filter((name) => /^welkom-\d{4}-\d{2}-\d{2}\.json$/.test(name)).sort();
    for (const old of daily.slice(0, Math.max(0, daily.length - keep))) await unlink3(path10.join(this.backupDir, old)).catch(() => void 0);
  }
};
function collectionFile(dir, name) {
  return new Low(new SlicedJsonFile(path10.join(dir, `${name}.json`)), {});
}
function hasAny(collection) {
  for (const _2 in collection) return true;
  return false;
}
function journalLine(entry) {
  const head = `{"s":${entry.seq},"c":"${entry.collection}","i":${JSON.stringify(entry.id)}`;
  if (entry.deleted) return `${head},"d":1}`;
  if (entry.patch) return `${head},"v":${entry.json},"p":1${entry.unset?.length ? `,"u":${JSON.stringify(entry.unset)}` : ""}}`;
  return `${head},"v":${entry.json}}`;
}
function generationOf(name) {
  return Number(/^\d+-(\d+)\.jsonl$/.exec(name)?.[1] ?? 0);
}
function applyRecord(collection, record) {
  if (record.d) delete collection[record.i];
  else if (record.p) {
    const entity = collection[record.i];
    if (!entity) return;
    Object.assign(entity, record.v);
    for (const field of record.u ?? []) delete entity[field];
  } else collection[record.i] = record.v;
}
async function replayJournal(dir, data) {
  const touched = /* @__PURE__ */ new Set();
  let names2;
  try {
    names2 = (await readdir(dir)).filter((name) => name.endsWith(".jsonl")).sort();
  } catch (error) {
    if (error.code === "ENOENT") return { applied: 0, segments: [], touched };
    throw error;
  }
  let applied = 0;
  const segments = [];
  for (const name of names2) {
    const file = path10.join(dir, name);
    let maxSeq = 0;
    const lines = (await readFile4(file, "utf8")).split("\n");
    for (let index = 0; index < lines.length; index += 1) {
      const line2 = lines[index];
      if (line2 === "") continue;
      let record;
      try {
        record = JSON.parse(line2);
        if (typeof record.s !== "number" || typeof record.c !== "string" || typeof record.i !== "string") throw new Error("missing s, c or i");
      } catch (error) {
        if (index === lines.length - 1) break;
        throw new StoreCorruptError(file, `line ${index + 1}: ${error.message}`);
      }
      maxSeq = Math.max(maxSeq, record.s);
      if (record.s <= data.seq) continue;
      if (record.s !== data.seq + 1) throw new StoreCorruptError(file, `line ${index + 1}: changes ${data.seq + 1} to ${record.s - 1} are missing from the journal`);
      const collection = data[record.c];
      if (!collection) throw new StoreCorruptError(file, `line ${index + 1}: unknown collection "${record.c}"`);
      applyRecord(collection, record);
      touched.add(record.c);
      data.seq = record.s;
      applied += 1;
    }
    segments.push({ name, maxSeq });
  }
  return { applied, segments, touched };
}

// src/store/store.ts
var Store = class _Store {
  constructor(options, backend, data) {
    this.options = options;
    this.backend = backend;
    this.data = data;
    this.durableSeq = data.seq;
    this.stats = { seq: data.seq, durableSeq: data.seq, commits: 0, journalBytes: 0, snapshots: 0 };
  }
  options;
  backend;
  data;
  pending = [];
  durableSeq;
  waiters = [];
  /** The batch being made durable, if any (the backend gets one batch at a time). */
  flushing;
  flushScheduled = false;
  recordsSinceSnapshot = 0;
  /** Collections changed since the last snapshot began. */
  changed = /* @__PURE__ */ new Set();
  snapshotRunning;
  failure;
  closed = false;
  /** Open `holdCommits()` gates: while any is open, changes stay pending (tests prove "acknowledged only after commit"). */
  holds = 0;
  stats;
  /**
   * Loads snapshot + journal (migrating old data), or starts empty. Throws StoreCorruptError and touches nothing when it cannot read,
   * and StoreLockedError when another live process (a running bot, a restore) has the data folder.
   */
  static async open(options) {
    const backend = options.backend ?? (options.databaseUrl ? (
      // Loaded only when used: the PostgreSQL driver costs start-up time that a JSON-file store does not need to pay.
      new (await import("./pg-backend-5PYK7BZD.js")).PgBackend({ url: options.databaseUrl, logger: options.logger })
    ) : new JsonFileBackend({ dataDir: options.dataDir, logger: options.logger, keepBackups: options.keepBackups, now: options.now, purpose: options.purpose }));
    const { data, needsSnapshot, replayed, replayedInto } = await backend.load();
    const store = new _Store(options, backend, data);
    for (const name of replayedInto ?? []) store.changed.add(name);
    if (needsSnapshot) {
      for (const name of COLLECTIONS) store.changed.add(name);
      await store.snapshot();
    }
    options.logger.debug({ seq: data.seq, replayed }, "store opened");
    return store;
  }
  // ---- reading ----
  /** One entity by id, or undefined. Treat it as read-only: change it through `put`, `update` or `patch`. */
  get(collection, id3) {
    return this.table(collection)[id3];
  }
  table(collection) {
    return this.data[collection];
  }
  /** All entities of a collection (a copy of the list; the entities themselves are live). */
  values(collection) {
    return Object.values(this.table(collection));
  }
  /** All `[id, entity]` pairs of a collection (for backups, which must not guess ids). */
  entries(collection) {
    return Object.entries(this.table(collection));
  }
  count(collection) {
    return Object.keys(this.data[collection]).length;
  }
  // ---- writing ----
  /** Stores an entity (replacing any with the same id) and queues it for the next commit. */
  put(collection, id3, value) {
    this.assertWritable();
    this.table(collection)[id3] = value;
    this.record({ seq: ++this.data.seq, collection, id: id3, json: JSON.stringify(value) });
  }
  /** Changes an entity in place and queues it; returns undefined when the id does not exist. */
  update(collection, id3, change) {
    const entity = this.table(collection)[id3];
    if (!entity) return void 0;
    change(entity);
    this.put(collection, id3, entity);
    return entity;
  }
  /**
   * Sets some fields of an existing entity (a field set to `undefined` is removed) and journals only those fields,
   * so a small change of a large entity (an outbox item's state) writes a small record. Returns the entity, or
   * undefined when the id does not exist.
   */
  patch(collection, id3, changes) {
    this.assertWritable();
    const entity = this.table(collection)[id3];
    if (!entity) return void 0;
    const set = {};
    const unset = [];
    for (const [field, value] of Object.entries(changes)) {
      if (value === void 0) {
        if (field in entity) unset.push(field);
        delete entity[field];
      } else {
        entity[field] = value;
        set[field] = value;
      }
    }
    this.record({ seq: ++this.data.seq, collection, id: id3, json: JSON.stringify(set), patch: true, unset: unset.length > 0 ? unset : void 0 });
    return entity;
  }
  /** Removes an entity (no-op when absent) and queues the removal. */
  delete(collection, id3) {
    this.assertWritable();
    if (!(id3 in this.data[collection])) return;
    delete this.data[collection][id3];
    this.record({ seq: ++this.data.seq, collection, id: id3, deleted: true });
  }
  /**
   * Moves entities to the backend's archive (history that start-up does not load) and removes them from the live
   * store. The archive is written durably first, so a crash in between keeps them live (and archives them again
   * later). `stillArchivable` is checked again after the archive write: an entity changed meanwhile stays.
   */
  async archive(collection, ids2, stillArchivable = () => true, timeOf) {
    this.assertWritable();
    const now = (this.options.now ?? Date.now)();
    const entries = [];
    const snapshot = /* @__PURE__ */ new Map();
    for (const id3 of ids2) {
      const entity = this.get(collection, id3);
      if (!entity) continue;
      const json2 = JSON.stringify(entity);
      snapshot.set(id3, json2);
      entries.push({ collection, id: id3, at: timeOf?.(entity) ?? now, json: json2 });
    }
    await this.backend.archive(entries);
    let moved = 0;
    for (const [id3, json2] of snapshot) {
      const entity = this.get(collection, id3);
      if (!entity || !stillArchivable(entity) || JSON.stringify(entity) !== json2) continue;
      this.delete(collection, id3);
      moved += 1;
    }
    await this.committed();
    return moved;
  }
  /** Removes archived entities archived before `before` (ms). */
  pruneArchive(before) {
    return this.backend.pruneArchive(before);
  }
  /** Reads archived entities of a collection archived at or after `since`. */
  readArchive(collection, since = 0) {
    return this.backend.readArchive(collection, since);
  }
  /** Resolves once every change made so far is on disk (fsynced). Many callers share one write. */
  committed() {
    if (this.failure) return Promise.reject(this.failure);
    const seq = this.data.seq;
    if (seq <= this.durableSeq) return Promise.resolve();
    return new Promise((resolve2, reject) => this.waiters.push({ seq, resolve: resolve2, reject }));
  }
  /** Resolves when no write or snapshot is running (tests use it to "crash" at a quiet moment). */
  async idle() {
    while (this.snapshotRunning || this.pending.length > 0 || this.flushScheduled || this.flushing) {
      await this.snapshotRunning?.catch(() => void 0);
      await this.committed().catch(() => void 0);
      await this.flushing;
      await new Promise((resolve2) => setImmediate(resolve2));
    }
  }
  /**
   * Whether the store can still write. After a failed write (disk full, read-only, I/O error) it refuses every change
   * and every `committed()` for good, so nothing is acknowledged that is not on disk; `/healthz` shows `reason`.
   */
  health() {
    return this.failure ? { writable: false, reason: this.failure.message } : { writable: true };
  }
  /**
   * For tests only: holds every commit until the returned function is called. Changes stay in memory, nothing reaches the
   * backend and every `committed()` waits, exactly like a slow disk; tests use it to prove that no platform sees an
   * acknowledgement before the commit. Calling the release function twice is harmless.
   */
  holdCommits() {
    this.holds += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      if (this.holds === 0) this.flushNow();
    };
  }
  getStats() {
    return { ...this.stats, seq: this.data.seq, durableSeq: this.durableSeq };
  }
  /**
   * Writes a snapshot now (in the background of the caller); journal records it covers are removed afterwards.
   * Only collections changed since the last snapshot are rewritten, unless `full` (benchmarks, repairs).
   */
  snapshot(options = {}) {
    if (this.snapshotRunning) return this.snapshotRunning.then(() => this.snapshot(options));
    if (options.full) for (const name of COLLECTIONS) this.changed.add(name);
    const seq = this.data.seq;
    this.recordsSinceSnapshot = 0;
    const changed = this.changed;
    this.changed = /* @__PURE__ */ new Set();
    this.flushNow();
    this.snapshotRunning = this.backend.snapshot({ seq, version: SCHEMA_VERSION, collections: this.data, changed, durable: () => this.committed() }).then(
      () => {
        this.stats.snapshots += 1;
      },
      (error) => {
        for (const name of changed) this.changed.add(name);
        throw error;
      }
    ).finally(() => {
      this.snapshotRunning = void 0;
    });
    return this.snapshotRunning;
  }
  /** Commits what is pending, writes a final snapshot and closes files. Idempotent. */
  async close() {
    if (this.closed) return;
    if (!this.failure) {
      await this.committed().catch(() => void 0);
      await this.snapshot().catch((error) => this.options.logger.error({ err: error }, "final snapshot failed; the journal still holds every change"));
    }
    this.closed = true;
    await this.flushing?.catch(() => void 0);
    await this.backend.close();
  }
  // ---- internals ----
  assertWritable() {
    if (this.closed) throw new Error("The store is closed; no more changes can be made.");
    if (this.failure) throw this.failure;
  }
  record(entry) {
    this.pending.push(entry);
    this.changed.add(entry.collection);
    this.recordsSinceSnapshot += 1;
    this.scheduleFlush();
  }
  scheduleFlush() {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flushNow();
      const every = this.options.snapshotEvery ?? 2e4;
      if (this.recordsSinceSnapshot >= every && !this.snapshotRunning && !this.closed) {
        void this.snapshot().catch((error) => this.options.logger.error({ err: error }, "background snapshot failed; the journal still holds every change"));
      }
    });
  }
  /** Starts writing what is pending unless a batch is in flight (then it follows as soon as that one is durable). */
  flushNow() {
    if (this.flushing || this.pending.length === 0 || this.failure || this.holds > 0) return;
    const batch = this.pending;
    this.pending = [];
    const upTo = batch[batch.length - 1].seq;
    const started = performance2.now();
    this.flushing = this.backend.append(batch).then(
      (bytes) => {
        this.flushing = void 0;
        this.options.onCommit?.({ seconds: (performance2.now() - started) / 1e3, bytes, records: batch.length });
        this.stats.commits += 1;
        this.stats.journalBytes += bytes;
        this.durableSeq = Math.max(this.durableSeq, upTo);
        const still = [];
        for (const waiter of this.waiters) waiter.seq <= this.durableSeq ? waiter.resolve() : still.push(waiter);
        this.waiters = still;
        this.flushNow();
      },
      (error) => {
        this.flushing = void 0;
        this.fail(error instanceof Error ? error : new Error(String(error)));
      }
    );
  }
  fail(error) {
    this.failure = error;
    this.options.logger.fatal({ err: error }, "the store can no longer write; stopping acknowledgements");
    for (const waiter of this.waiters) waiter.reject(error);
    this.waiters = [];
  }
};

// src/store/backup.ts
import { cp, mkdir as mkdir2, mkdtemp, readdir as readdir2, readFile as readFile5, rename as rename3, rm as rm2, stat as stat2 } from "node:fs/promises";
import path11 from "node:path";
var NOT_DATA = /* @__PURE__ */ new Set(["backups", LOCK_FILE]);
async function storeSize(dataDir) {
  let total = 0;
  const walk = async (dir, top) => {
    for (const entry of await readdir2(dir, { withFileTypes: true }).catch(() => [])) {
      if (top && NOT_DATA.has(entry.name)) continue;
      const full = path11.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full, false);
      else total += (await stat2(full).catch(() => ({ size: 0 }))).size;
    }
  };
  await walk(dataDir, true);
  return total;
}

// src/app.ts
async function createApp(options) {
  const { config } = options;
  const logger2 = options.logger ?? silentLogger();
  const clock = options.clock ?? systemClock;
  const root = options.rootDir ?? PROJECT_ROOT;
  const translator = createTranslator(path12.join(root, "locales"));
  const metrics = createMetrics({ defaults: options.processMetrics });
  const backend = options.lease ? new (await import("./pg-backend-5PYK7BZD.js")).PgBackend({ lease: options.lease, logger: logger2 }) : void 0;
  const store = await Store.open({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    backend,
    logger: logger2,
    snapshotEvery: config.snapshotEvery,
    now: () => clock.now(),
    onCommit: ({ seconds, bytes }) => {
      metrics.storeCommitSeconds.observe(seconds);
      metrics.storeCommitBytes.inc(bytes);
    }
  });
  const delivery = new Delivery({
    store,
    clock,
    logger: logger2,
    timeZone: config.timeZone,
    onChange: (item) => {
      metrics.outbox.inc({ channel: item.to.channel, state: item.state });
      services.deliveryChanged?.(item);
    }
  });
  const services = { config, store, translator, clock, logger: logger2, outbox: delivery, links: createInviteLinks() };
  const scheduler2 = new Scheduler(services, {
    onTick: (tick) => {
      metrics.schedulerLag.set(tick.lagMs / 1e3);
      metrics.schedulerLastTick.set(Math.floor(tick.at / 1e3));
      if (tick.ran) metrics.schedulerRuns.inc({ outcome: "ran" }, tick.ran);
      if (tick.skipped) metrics.schedulerRuns.inc({ outcome: "skipped" }, tick.skipped);
      if (tick.failed) metrics.schedulerRuns.inc({ outcome: "failed" }, tick.failed);
    }
  });
  services.jobs = scheduler2;
  const features = options.features ?? FEATURES;
  const actions = /* @__PURE__ */ new Map();
  const choiceSources = /* @__PURE__ */ new Map();
  for (const feature of features) {
    for (const [name, action] of Object.entries(feature.actions ?? {})) actions.set(name, action);
    for (const [name, source] of Object.entries(feature.choiceSources ?? {})) choiceSources.set(name, source);
  }
  const flows = loadFlows(options.flowsDir ?? path12.join(root, "flows"), { translator, actions: new Set(actions.keys()), choiceSources: new Set(choiceSources.keys()) });
  const engine = new FlowEngine(flows, actions, choiceSources, services);
  let router;
  const api = { services, rootDir: root, features: () => features, commands: () => router?.list() ?? [] };
  const commands = features.flatMap((feature) => feature.commands?.(api) ?? []);
  const local = new LocalChannel(() => clock.now());
  const adapters = /* @__PURE__ */ new Map([["local", local]]);
  const deliveryFeatures = features.filter((feature) => feature.onDelivery);
  services.deliveryChanged = (item) => {
    for (const feature of deliveryFeatures) {
      try {
        feature.onDelivery(item, services);
      } catch (error) {
        logger2.error({ err: error instanceof Error ? error.name : "error", feature: feature.name }, "a delivery handler failed");
      }
    }
  };
  const buttons = /* @__PURE__ */ new Map();
  for (const feature of features) {
    for (const [prefix, handler] of Object.entries(feature.buttons ?? {})) {
      if (buttons.has(prefix)) throw new Error(`Two features register buttons with the prefix "${prefix}"; each prefix must be unique.`);
      buttons.set(prefix, handler);
    }
  }
  router = new Router(services, engine, commands, {
    commandStyle: (address) => adapters.get(address.channel)?.commandStyle(address) ?? "slash",
    buttons,
    messageHandlers: features.flatMap((feature) => feature.onMessage ? [feature.onMessage] : []),
    inboundLimits: options.inboundLimits ?? config.flood,
    holders: features.filter((feature) => feature.holds || feature.cancel)
  });
  const activeRouter = router;
  const http = new HttpServer(logger2);
  http.onResponse = ({ method, route, status }) => metrics.httpRequests.inc({ method, route, status: String(status) });
  const handle = (inbound) => withLogContext({ update: updateId(inbound.dedupKey) }, async () => {
    const stopTimer = metrics.handleSeconds.startTimer({ channel: inbound.channel });
    metrics.inbound.inc({ channel: inbound.channel });
    await activeRouter.handle(inbound);
    if (inbound.chatType === "private") delivery.release({ channel: inbound.channel, chatId: inbound.chatId });
    const seconds = stopTimer();
    logger2.debug({ channel: inbound.channel, chat: inbound.chatType, input: inbound.choice ? "button" : "text", ms: Math.round(seconds * 1e4) / 10 }, "update handled");
  });
  const handleEvent = async (event) => {
    for (const feature of features) {
      const handler = feature.events?.[event.type];
      if (!handler) continue;
      try {
        handler(event, services);
      } catch (error) {
        logger2.error({ err: error, event: event.type, feature: feature.name }, "a chat event handler failed");
      }
    }
    await store.committed();
  };
  local.attach(handle);
  delivery.addChannel(local);
  const context = { services, http, delivery, metrics, handle, handleEvent, commands: () => activeRouter.list() };
  for (const factory of options.channels ?? []) {
    const adapter = factory(context);
    adapters.set(adapter.name, adapter);
    delivery.addChannel(adapter);
  }
  for (const feature of features) for (const [type, handler] of Object.entries(feature.jobs ?? {})) scheduler2.register(type, handler);
  const teardowns = [];
  for (const feature of features) {
    const teardown = feature.setup?.({ ...api, scheduleDaily: (id3, type, hhmm) => void scheduler2.daily(id3, type, hhmm, config.timeZone) });
    if (typeof teardown === "function") teardowns.push(teardown);
  }
  let ready = false;
  let stopped = false;
  http.route("GET", "/healthz", (_request, response) => {
    if (!ready) return sendJson(response, 503, { status: "starting" });
    const health = store.health();
    if (!health.writable) return sendJson(response, 503, { status: "store_failed", reason: health.reason, mode: config.mode });
    sendJson(response, 200, { status: "ok", mode: config.mode, channels: [...adapters.keys()], store: { seq: store.getStats().seq }, ...config.databaseUrl ? { role: "active" } : {} });
  });
  http.route("GET", "/metrics", async (_request, response) => {
    metrics.outboxQueued.reset();
    metrics.outboxOldest.reset();
    const now = clock.now();
    const oldest = /* @__PURE__ */ new Map();
    for (const item of store.values("outbox")) {
      if (item.state !== "queued") continue;
      const channel = item.to.channel;
      metrics.outboxQueued.inc({ channel });
      oldest.set(channel, Math.min(oldest.get(channel) ?? Infinity, item.createdAt));
    }
    for (const adapter of adapters.keys()) metrics.outboxOldest.set({ channel: adapter }, oldest.has(adapter) ? Math.max(0, (now - oldest.get(adapter)) / 1e3) : 0);
    for (const name of COLLECTIONS) metrics.storeEntities.set({ collection: name }, store.count(name));
    if (!config.databaseUrl) metrics.storeBytes.set(await storeSize(config.dataDir));
    sendText(response, 200, await metrics.registry.metrics(), metrics.registry.contentType);
  });
  if (config.playground.enabled) registerPlayground({ services, http, local, scheduler: scheduler2, delivery }, { token: config.playground.token });
  const app = {
    services,
    router: activeRouter,
    engine,
    delivery,
    scheduler: scheduler2,
    local,
    http,
    metrics,
    handle,
    handleEvent,
    async start() {
      delivery.start();
      for (const adapter of adapters.values()) await adapter.start();
      scheduler2.start();
      const port = await http.listen(config.port, config.host);
      ready = true;
      return port;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      ready = false;
      scheduler2.stop();
      for (const teardown of teardowns) teardown();
      http.drain((method, path13) => path13.startsWith("/webhooks/") || method === "POST" && path13.startsWith("/playground/api/"));
      await Promise.all([...adapters.values()].map((adapter) => adapter.stop().catch((error) => logger2.error({ err: error, channel: adapter.name }, "stopping a channel failed"))));
      await delivery.stop(options.stopSendsWithinMs ?? 5e3);
      await http.close();
      await store.close();
    }
  };
  return app;
}

// src/channels/load.ts
async function platformChannels(config) {
  const factories = [];
  if (config.telegram) factories.push((await import("./telegram-3LLHFF2D.js")).createTelegramChannel(config.telegram));
  if (config.whatsapp) factories.push((await import("./whatsapp-2PRK3NQ7.js")).createWhatsAppChannel(config.whatsapp));
  return factories;
}

// src/config.ts
var LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];
var optionalText = external_exports.string().trim().min(1).optional();
var url = (name) => external_exports.string().trim().url({ message: `${name} must be a URL such as https://example.org` }).refine((value) => !value.endsWith("/"), { message: `${name} must not end with a slash` });
var envSchema = external_exports.object({
  PORT: external_exports.coerce.number({ message: "PORT must be a whole number from 0 to 65535" }).int("PORT must be a whole number from 0 to 65535").min(0, "PORT must be a whole number from 0 to 65535").max(65535, "PORT must be a whole number from 0 to 65535").default(3e3),
  HOST: optionalText,
  DATA_DIR: external_exports.string().trim().min(1).default("./data"),
  DATABASE_URL: external_exports.string().trim().regex(/^postgres(ql)?:\/\/\S+$/, "DATABASE_URL must be a PostgreSQL address such as postgres://welkom@db.example.org:5432/welkom").optional(),
  TZ_DEFAULT: external_exports.string().trim().default("Europe/Amsterdam").refine(isTimeZone, { message: "TZ_DEFAULT must be an IANA time zone such as Europe/Amsterdam" }),
  TELEGRAM_BOT_TOKEN: external_exports.string().trim().regex(/^\d+:[A-Za-z0-9_-]+$/, "TELEGRAM_BOT_TOKEN must look like 123456:ABC-DEF (from BotFather)").optional(),
  TELEGRAM_API_ROOT: url("TELEGRAM_API_ROOT").default("https://api.telegram.org"),
  TELEGRAM_MODE: external_exports.enum(["polling", "webhook"], { message: 'TELEGRAM_MODE must be "polling" or "webhook"' }).default("polling"),
  TELEGRAM_WEBHOOK_SECRET: external_exports.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "TELEGRAM_WEBHOOK_SECRET must be 1-256 characters A-Z, a-z, 0-9, _ or -").optional(),
  TELEGRAM_WEBHOOK_URL: url("TELEGRAM_WEBHOOK_URL").refine((value) => value.startsWith("https://"), { message: "TELEGRAM_WEBHOOK_URL must start with https:// (Telegram only calls HTTPS webhooks)" }).optional(),
  WHATSAPP_ACCESS_TOKEN: optionalText,
  WHATSAPP_PHONE_NUMBER_ID: external_exports.string().trim().regex(/^\d+$/, "WHATSAPP_PHONE_NUMBER_ID must be digits only").optional(),
  WHATSAPP_APP_SECRET: optionalText,
  WHATSAPP_VERIFY_TOKEN: optionalText,
  WHATSAPP_API_BASE_URL: url("WHATSAPP_API_BASE_URL").default("https://graph.facebook.com"),
  PUBLIC_URL: url("PUBLIC_URL").optional(),
  WHATSAPP_PHONE_NUMBER: external_exports.string().trim().regex(/^\d{6,15}$/, "WHATSAPP_PHONE_NUMBER must be the number in international format, digits only (e.g. 31612345678)").optional(),
  COORDINATOR_TELEGRAM_IDS: external_exports.string().trim().regex(/^(\d+)(\s*,\s*\d+)*$|^$/, "COORDINATOR_TELEGRAM_IDS must be comma-separated Telegram user ids, e.g. 12345,67890").optional(),
  LOG_LEVEL: external_exports.enum(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  PLAYGROUND: external_exports.enum(["0", "1"], { message: "PLAYGROUND must be 0 or 1" }).optional(),
  PLAYGROUND_TOKEN: optionalText,
  INVITE_TTL_DAYS: external_exports.coerce.number().int().min(1).max(365).default(14),
  FLOW_TIMEOUT_HOURS: external_exports.coerce.number().min(0.01).max(24 * 30).default(24),
  SNAPSHOT_EVERY: external_exports.coerce.number().int().min(1).default(2e4),
  FLOOD_LIMIT_PER_MINUTE: external_exports.coerce.number({ message: "FLOOD_LIMIT_PER_MINUTE must be a number (0 turns the flood guard off)" }).int().min(0).max(1e5).default(30),
  FLOOD_BURST: external_exports.coerce.number({ message: "FLOOD_BURST must be a whole number" }).int().min(1).max(1e5).default(20),
  RETENTION_MONTHS: external_exports.coerce.number({ message: "RETENTION_MONTHS must be a number of months, e.g. 6" }).int("RETENTION_MONTHS must be a whole number of months").min(1, "RETENTION_MONTHS must be at least 1").max(120, "RETENTION_MONTHS must be at most 120").default(6)
});
var ENV_VARIABLES = Object.keys(envSchema.shape);
function isTimeZone(value) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
var ConfigError = class extends Error {
  constructor(problems) {
    super(`Welkom cannot start because of its configuration:
${problems.map((p2) => `  - ${p2}`).join("\n")}
See .env.example for every variable.`);
    this.problems = problems;
  }
  problems;
  name = "ConfigError";
};
var WHATSAPP_VARIABLES = ["WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN"];
function createConfig(env) {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== void 0 && value !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0] ?? "environment");
        return issue.message.startsWith(variable) ? issue.message : `${variable}: ${issue.message}`;
      })
    );
  }
  const e3 = parsed.data;
  const problems = [];
  let telegram;
  if (e3.TELEGRAM_BOT_TOKEN) {
    if (e3.TELEGRAM_MODE === "webhook") {
      if (!e3.TELEGRAM_WEBHOOK_SECRET) problems.push("TELEGRAM_WEBHOOK_SECRET is required when TELEGRAM_MODE=webhook");
      else telegram = { token: e3.TELEGRAM_BOT_TOKEN, apiRoot: e3.TELEGRAM_API_ROOT, mode: "webhook", webhookSecret: e3.TELEGRAM_WEBHOOK_SECRET, webhookUrl: e3.TELEGRAM_WEBHOOK_URL };
    } else {
      telegram = { token: e3.TELEGRAM_BOT_TOKEN, apiRoot: e3.TELEGRAM_API_ROOT, mode: "polling", webhookSecret: e3.TELEGRAM_WEBHOOK_SECRET };
    }
  }
  let whatsapp;
  const givenWhatsApp = WHATSAPP_VARIABLES.filter((name) => e3[name] !== void 0);
  if (givenWhatsApp.length > 0 && givenWhatsApp.length < WHATSAPP_VARIABLES.length) {
    const missing = WHATSAPP_VARIABLES.filter((name) => e3[name] === void 0);
    problems.push(`${missing.join(", ")} must be set too: WhatsApp needs all of ${WHATSAPP_VARIABLES.join(", ")}`);
  } else if (givenWhatsApp.length === WHATSAPP_VARIABLES.length) {
    whatsapp = {
      accessToken: e3.WHATSAPP_ACCESS_TOKEN,
      phoneNumberId: e3.WHATSAPP_PHONE_NUMBER_ID,
      appSecret: e3.WHATSAPP_APP_SECRET,
      verifyToken: e3.WHATSAPP_VERIFY_TOKEN,
      apiBaseUrl: e3.WHATSAPP_API_BASE_URL,
      phoneNumber: e3.WHATSAPP_PHONE_NUMBER
    };
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const mode = telegram || whatsapp ? "live" : "local";
  const playgroundEnabled = mode === "local" || e3.PLAYGROUND === "1";
  const host = e3.HOST ?? (mode === "local" ? "127.0.0.1" : "0.0.0.0");
  if (mode === "live" && playgroundEnabled && !e3.PLAYGROUND_TOKEN) {
    throw new ConfigError(["PLAYGROUND_TOKEN is required when PLAYGROUND=1 with real channels: the playground can act as any user. Set a long random token."]);
  }
  return {
    mode,
    port: e3.PORT,
    host,
    dataDir: e3.DATA_DIR,
    databaseUrl: e3.DATABASE_URL,
    timeZone: e3.TZ_DEFAULT,
    publicUrl: e3.PUBLIC_URL,
    telegram,
    whatsapp,
    coordinatorTelegramIds: (e3.COORDINATOR_TELEGRAM_IDS ?? "").split(",").map((id3) => id3.trim()).filter(Boolean),
    logLevel: e3.LOG_LEVEL,
    playground: { enabled: e3.PLAYGROUND === "0" ? false : playgroundEnabled, token: e3.PLAYGROUND_TOKEN },
    inviteTtlDays: e3.INVITE_TTL_DAYS,
    flowTimeoutHours: e3.FLOW_TIMEOUT_HOURS,
    snapshotEvery: e3.SNAPSHOT_EVERY,
    retentionMonths: e3.RETENTION_MONTHS,
    flood: { burst: e3.FLOOD_BURST, perMinute: e3.FLOOD_LIMIT_PER_MINUTE }
  };
}

// src/main.ts
async function main() {
  if (existsSync2(".env")) process.loadEnvFile(".env");
  let config;
  try {
    config = createConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  process.umask(63);
  const logger2 = createLogger(config.logLevel);
  const whileStandby = () => process.exit(0);
  process.once("SIGINT", whileStandby);
  process.once("SIGTERM", whileStandby);
  let lease;
  if (config.databaseUrl) {
    const { waitAsStandby } = await import("./standby-BDW2WXQV.js");
    lease = await waitAsStandby({ ...config, databaseUrl: config.databaseUrl }, logger2);
    lease.onLost((error) => {
      logger2.fatal({ err: error }, "lost the database lease (connection gone); exiting so that a standby takes over");
      process.exit(1);
    });
  }
  process.off("SIGINT", whileStandby);
  process.off("SIGTERM", whileStandby);
  let app;
  try {
    const clock = config.playground.enabled ? new ManualClock() : void 0;
    app = await createApp({ config, logger: logger2, clock, channels: await platformChannels(config), processMetrics: true, lease });
  } catch (error) {
    if (error instanceof StoreCorruptError || error instanceof StoreVersionError || error instanceof FlowErrors || error instanceof DeckError || error instanceof StoreLockedError) {
      console.error(error.message);
      process.exit(3);
    }
    throw error;
  }
  const port = await app.start();
  const url2 = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}/`;
  if (config.mode === "local") logger2.info(`Welkom runs in local mode (no Telegram or WhatsApp credentials). Open ${url2} to try it in your browser.`);
  else logger2.info({ port, channels: app.delivery.channels().map((c2) => c2.name) }, "Welkom is running");
  let stopping = false;
  const shutdown2 = (signal) => {
    if (stopping) {
      logger2.warn({ signal }, "second signal: exiting now; sends in flight are retried at the next start");
      process.exit(130);
    }
    stopping = true;
    logger2.info({ signal }, "stopping: no new updates (webhooks answer 503), finishing work in hand, saving a snapshot");
    const force = setTimeout(() => {
      logger2.error("stopping took longer than 9 s; exiting now (everything acknowledged is on disk)");
      process.exit(1);
    }, 9e3);
    force.unref();
    const started = Date.now();
    void app.stop().then(
      () => {
        logger2.info({ ms: Date.now() - started }, "stopped");
        process.exit(0);
      },
      (error) => {
        logger2.error({ err: error }, "stopping failed");
        process.exit(1);
      }
    );
  };
  process.on("SIGINT", () => shutdown2("SIGINT"));
  process.on("SIGTERM", () => shutdown2("SIGTERM"));
}
main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
