import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  STICKY_MARKER,
  codeSpan,
  escapeCodeBlock,
  escapeHtml,
  escapeInline,
  escapeMarkdown,
  escapeTerminal,
  fenceFor,
  safeUrl
} from "./chunk-PRGGACZ2.js";
import {
  LABELS,
  MARKS,
  VERDICT_WORDS,
  code,
  combineOutcomes,
  critical,
  depthModelNames,
  depthPointId,
  depthPointModels,
  firstLine,
  flagsOf,
  fmtLevel,
  gateOf,
  incompleteText,
  joinPhrases,
  levelNote,
  minimumN,
  peakRssRatio,
  plain,
  reasonOf,
  runOutcome,
  sameModel,
  tQuantile,
  verdictPhrase,
  warningsOf,
  workloadInputsFromResults
} from "./chunk-NDNGWDMH.js";
import {
  mean,
  median,
  sampleStandardDeviation
} from "./chunk-GDMBPVIE.js";
import {
  DASH,
  blocksNeededPhrase,
  fmtChange,
  fmtCount,
  fmtInterval,
  fmtMargin,
  fmtMiB,
  fmtPercent,
  fmtRatio,
  fmtSeconds,
  fmtShare,
  fmtShareInterval,
  fmtTs
} from "./chunk-WXFT555Z.js";
import {
  describeReclaim
} from "./chunk-ANVRTINO.js";
import {
  UserError
} from "./chunk-LCLRZKD3.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-IMDJUDY4.js";

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array, value) {
      for (var i = 0, len = array.length; i < len; i++) {
        if (array[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string) {
      if (typeof string !== "string") {
        if (string && typeof string.toHTML === "function") {
          return string.toHTML();
        } else if (string == null) {
          return "";
        } else if (!string) {
          return string + "";
        }
        string = "" + string;
      }
      if (!possible.test(string)) {
        return string;
      }
      return string.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object) {
      var frame2 = extend({}, object);
      frame2._parent = object;
      return frame2;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node) {
      var loc = node && node.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string) {
      this.string = string;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env2) {
      if (!env2) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env2.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial = env2.VM.resolvePartial.call(this, partial, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env2.VM.invokePartial.call(this, partial, context, options);
        if (result == null && Utils.isFunction(partial)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env2.compile) {
          if (typeof partial !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env2.compile(partial, templateSpec.compilerOptions, env2);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env2.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env2.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env2.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env2.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial, context, options) {
      if (!partial) {
        if (options.name === "@partial-block") {
          partial = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial !== "function" && !options.name) {
        options.name = partial;
        partial = lookupOwnProperty(options.partials, partial);
      }
      return partial;
    }
    function invokePartial(partial, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial === void 0 && partialBlock) {
        partial = partialBlock;
      }
      if (partial === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial instanceof Function) {
        return partial(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars2) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars2.noConflict = function() {
        if (globalThis.Handlebars === Handlebars2) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars2;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node) {
          return node.type === "SubExpression" || (node.type === "MustacheStatement" || node.type === "BlockStatement") && !!(node.params && node.params.length || node.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str2, hash) {
          throw new Error(str2);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n) {
            stack.length = stack.length - 2 * n;
            vstack.length = vstack.length - n;
            lstack.length = lstack.length - n;
          }
          function lex() {
            var token;
            token = self.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str2, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str2, hash);
            } else {
              throw new Error(str2);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n) {
            this.unput(this.match.slice(n));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node, name) {
        var value = this.accept(node[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node.type);
          }
          node[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node, name) {
        this.acceptKey(node, name);
        if (!node[name]) {
          throw new _exception2["default"](node.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array) {
        for (var i = 0, l = array.length; i < l; i++) {
          this.acceptKey(array, i);
          if (!array[i]) {
            array.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object) {
        if (!object) {
          return;
        }
        if (!isDispatchable(this, object.type) || !this[object.type]) {
          throw new _exception2["default"]("Unknown type: " + object.type, object);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object;
        var ret = this[object.type](object);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial) {
        visitPartial.call(this, partial);
        this.acceptKey(partial, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial) {
      this.acceptRequired(partial, "name");
      this.acceptArray(partial.params);
      this.acceptKey(partial, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node) {
      var strip = node.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open2, close) {
      close = close.path ? close.path.original : close;
      if (open2.path.original !== close) {
        var errorNode = { loc: open2.path.loc };
        throw new _exception2["default"](open2.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open2, close) {
      return {
        open: open2.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open2, strip, locInfo) {
      var escapeFlag = open2.charAt(3) || open2.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open2);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open2, program, close, locInfo) {
      validateClose(open2, close);
      return {
        type: "PartialBlockStatement",
        name: open2.path,
        params: open2.params,
        hash: open2.hash,
        program,
        openStrip: open2.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile2;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile3(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid;
      },
      accept: function accept(node) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node.type) === -1 || !this[node.type]) {
          throw new _exception2["default"]("Unknown type: " + node.type, node);
        }
        this.sourceNode.unshift(node);
        var ret = this[node.type](node);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial) {
        this.usePartial = true;
        var program = partial.program;
        if (program) {
          program = this.compileProgram(partial.program);
        }
        var params = partial.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName = partial.name.original, isDynamic = partial.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial.name);
        }
        this.setupFullMustacheParams(partial, program, void 0, true);
        var indent = partial.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string) {
        validateLiteral(string);
        this.opcode("pushString", string.value);
      },
      NumberLiteral: function NumberLiteral(number) {
        validateLiteral(number);
        this.opcode("pushLiteral", number.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l = pairs.length;
        for (var j = 0; j < l; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env2) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env2.parse(input, options), environment2 = new env2.Compiler().compile(ast, options);
      return new env2.JavaScriptCompiler().compile(environment2, options);
    }
    function compile2(input, options, env2) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled = void 0;
      function compileInput() {
        var ast = env2.parse(input, options), environment2 = new env2.Compiler().compile(ast, options), templateSpec = new env2.JavaScriptCompiler().compile(environment2, options, void 0, true);
        return env2.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node, message) {
      return new _exception2["default"]("Invalid AST: " + node.type + " " + message, node);
    }
    function validateDepth(node) {
      var depth = node.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node) {
      var value = node.value;
      if (node.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node, "value must be a string");
      } else if (node.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node, "value must be a number");
      } else if (node.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node, "value must be a boolean");
      }
    }
    function validateStringArray(node, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// node_modules/source-map/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number) {
      if (0 <= number && number < intToCharMap.length) {
        return intToCharMap[number];
      }
      throw new TypeError("Must be between 0 and 63: " + number);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// node_modules/source-map/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "node_modules/source-map/lib/base64-vlq.js"(exports) {
    var base64 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base64.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base64.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// node_modules/source-map/lib/util.js
var require_util = __commonJS({
  "node_modules/source-map/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize;
    function join2(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join2;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length = s.length;
      if (length < 9) {
        return false;
      }
      if (s.charCodeAt(length - 1) !== 95 || s.charCodeAt(length - 2) !== 95 || s.charCodeAt(length - 3) !== 111 || s.charCodeAt(length - 4) !== 116 || s.charCodeAt(length - 5) !== 111 || s.charCodeAt(length - 6) !== 114 || s.charCodeAt(length - 7) !== 112 || s.charCodeAt(length - 8) !== 95 || s.charCodeAt(length - 9) !== 95) {
        return false;
      }
      for (var i = length - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str2) {
      return JSON.parse(str2.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed = urlParse(sourceMapURL);
        if (!parsed) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed.path) {
          var index = parsed.path.lastIndexOf("/");
          if (index >= 0) {
            parsed.path = parsed.path.substring(0, index + 1);
          }
        }
        sourceURL = join2(urlGenerate(parsed), sourceURL);
      }
      return normalize(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// node_modules/source-map/lib/array-set.js
var require_array_set = __commonJS({
  "node_modules/source-map/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set.add(aArray[i], aAllowDuplicates);
      }
      return set;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// node_modules/source-map/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "node_modules/source-map/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// node_modules/source-map/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "node_modules/source-map/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator({
        file: aSourceMapConsumer.file,
        sourceRoot
      });
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        this._validateMapping(generated, original, source, name);
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        throw new Error(
          "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
        );
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        throw new Error("Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        }));
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          while (mapping.generatedLine !== previousGeneratedLine) {
            next += ";";
            previousGeneratedLine++;
          }
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// node_modules/source-map/lib/binary-search.js
var require_binary_search = __commonJS({
  "node_modules/source-map/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// node_modules/source-map/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "node_modules/source-map/lib/quick-sort.js"(exports) {
    function swap(ary, x, y) {
      var temp = ary[x];
      ary[x] = ary[y];
      ary[y] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort(ary, comparator, p, q - 1);
        doQuickSort(ary, comparator, q + 1, r);
      }
    }
    exports.quickSort = function(ary, comparator) {
      doQuickSort(ary, comparator, 0, ary.length - 1);
    };
  }
});

// node_modules/source-map/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "node_modules/source-map/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    function SourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer.prototype._version = 3;
    SourceMapConsumer.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer.GENERATED_ORDER = 1;
    SourceMapConsumer.ORIGINAL_ORDER = 2;
    SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context = aContext || null;
      var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      mappings.map(function(mapping) {
        var source = mapping.source === null ? null : this._sources.at(mapping.source);
        source = util.computeSourceURL(sourceRoot, source, this._sourceMapURL);
        return {
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : this._names.at(mapping.name)
        };
      }, this).forEach(aCallback, context);
    };
    SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
      var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length = generatedMappings.length; i < length; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str2, segment, end, value;
      while (index < length) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str2 = aStr.slice(index, end);
          segment = cachedSegments[str2];
          if (segment) {
            index += str2.length;
          } else {
            segment = [];
            while (index < end) {
              base64VLQ.decode(aStr, index, temp);
              value = temp.value;
              index = temp.rest;
              segment.push(value);
            }
            if (segment.length === 2) {
              throw new Error("Found a source, but no line and column");
            }
            if (segment.length === 3) {
              throw new Error("Found a source and line, but no column");
            }
            cachedSegments[str2] = segment;
          }
          mapping.generatedColumn = previousGeneratedColumn + segment[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment.length > 1) {
            mapping.source = previousSource + segment[1];
            previousSource += segment[1];
            mapping.originalLine = previousOriginalLine + segment[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment.length > 4) {
              mapping.name = previousName + segment[4];
              previousName += segment[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            originalMappings.push(mapping);
          }
        }
      }
      quickSort(generatedMappings, util.compareByGeneratedPositionsDeflated);
      this.__generatedMappings = generatedMappings;
      quickSort(originalMappings, util.compareByOriginalPositions);
      this.__originalMappings = originalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version != this._version) {
        throw new Error("Unsupported version: " + version);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer: new SourceMapConsumer(util.getArg(s, "map"), aSourceMapURL)
        };
      });
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
            sources.push(this._sections[i].consumer.sources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp) {
            return cmp;
          }
          return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content) {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        if (section.consumer._findSourceIndex(util.getArg(aArgs, "source")) === -1) {
          continue;
        }
        var generatedPosition = section.consumer.generatedPositionFor(aArgs);
        if (generatedPosition) {
          var ret = {
            line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
            column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
          };
          return ret;
        }
      }
      return {
        line: null,
        column: null
      };
    };
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          source = util.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(this.__generatedMappings, util.compareByGeneratedPositionsDeflated);
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// node_modules/source-map/lib/source-node.js
var require_source_node = __commonJS({
  "node_modules/source-map/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code2 = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
            remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code2);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          node.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node.setSourceContent(sourceFile, content);
        }
      });
      return node;
      function addMappingWithCode(mapping, code2) {
        if (mapping === null || mapping.source === void 0) {
          node.add(code2);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node.add(new SourceNode(
            mapping.originalLine,
            mapping.originalColumn,
            source,
            code2,
            mapping.name
          ));
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str2 = "";
      this.walk(function(chunk) {
        str2 += chunk;
      });
      return str2;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length = chunk.length; idx < length; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// node_modules/source-map/source-map.js
var require_source_map = __commonJS({
  "node_modules/source-map/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code2) {
      return code2.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap2(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str2) {
        str2 = str2 + "";
        if (!NEEDS_ESCAPING.test(str2)) {
          return '"' + str2 + '"';
        }
        return safeJsonLiteral(str2);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile2(environment2, options, context, asObject) {
        this.environment = environment2;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment2, options);
        this.useDepths = this.useDepths || environment2.useDepths || environment2.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment2.useBlockParams;
        var opcodes = environment2.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node = _this.aliases[alias];
          if (node.children && node.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string === "string") {
            this.pushString(string);
          } else {
            this.pushStackLiteral(string);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string) {
        this.pushStackLiteral(this.quotedString(string));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid) {
        if (guid != null) {
          this.pushStackLiteral(this.programExpression(guid));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment2, options) {
        var children = environment2.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment2 = this.context.environments[i];
          if (environment2 && environment2.equals(child)) {
            return environment2;
          }
        }
      },
      programExpression: function programExpression(guid) {
        var child = this.environment.children[guid], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str2) {
        return this.source.quotedString(str2);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js
var require_printer = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.print = print;
    exports.PrintVisitor = PrintVisitor;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function print(ast) {
      return new PrintVisitor().accept(ast);
    }
    function PrintVisitor() {
      this.padding = 0;
    }
    PrintVisitor.prototype = new _visitor2["default"]();
    PrintVisitor.prototype.pad = function(string) {
      var out = "";
      for (var i = 0, l = this.padding; i < l; i++) {
        out += "  ";
      }
      out += string + "\n";
      return out;
    };
    PrintVisitor.prototype.Program = function(program) {
      var out = "", body = program.body, i = void 0, l = void 0;
      if (program.blockParams) {
        var blockParams = "BLOCK PARAMS: [";
        for (i = 0, l = program.blockParams.length; i < l; i++) {
          blockParams += " " + program.blockParams[i];
        }
        blockParams += " ]";
        out += this.pad(blockParams);
      }
      for (i = 0, l = body.length; i < l; i++) {
        out += this.accept(body[i]);
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.MustacheStatement = function(mustache) {
      return this.pad("{{ " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.Decorator = function(mustache) {
      return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
      var out = "";
      out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
      this.padding++;
      out += this.pad(this.SubExpression(block));
      if (block.program) {
        out += this.pad("PROGRAM:");
        this.padding++;
        out += this.accept(block.program);
        this.padding--;
      }
      if (block.inverse) {
        if (block.program) {
          this.padding++;
        }
        out += this.pad("{{^}}");
        this.padding++;
        out += this.accept(block.inverse);
        this.padding--;
        if (block.program) {
          this.padding--;
        }
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.PartialStatement = function(partial) {
      var content = "PARTIAL:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.PartialBlockStatement = function(partial) {
      var content = "PARTIAL BLOCK:" + partial.name.original;
      if (partial.params[0]) {
        content += " " + this.accept(partial.params[0]);
      }
      if (partial.hash) {
        content += " " + this.accept(partial.hash);
      }
      content += " " + this.pad("PROGRAM:");
      this.padding++;
      content += this.accept(partial.program);
      this.padding--;
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.ContentStatement = function(content) {
      return this.pad("CONTENT[ '" + content.value + "' ]");
    };
    PrintVisitor.prototype.CommentStatement = function(comment) {
      return this.pad("{{! '" + comment.value + "' }}");
    };
    PrintVisitor.prototype.SubExpression = function(sexpr) {
      var params = sexpr.params, paramStrings = [], hash = void 0;
      for (var i = 0, l = params.length; i < l; i++) {
        paramStrings.push(this.accept(params[i]));
      }
      params = "[" + paramStrings.join(", ") + "]";
      hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
      return this.accept(sexpr.path) + " " + params + hash;
    };
    PrintVisitor.prototype.PathExpression = function(id) {
      var path = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path;
    };
    PrintVisitor.prototype.StringLiteral = function(string) {
      return '"' + string.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number) {
      return "NUMBER{" + number.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool) {
      return "BOOLEAN{" + bool.value + "}";
    };
    PrintVisitor.prototype.UndefinedLiteral = function() {
      return "UNDEFINED";
    };
    PrintVisitor.prototype.NullLiteral = function() {
      return "NULL";
    };
    PrintVisitor.prototype.Hash = function(hash) {
      var pairs = hash.pairs, joinedPairs = [];
      for (var i = 0, l = pairs.length; i < l; i++) {
        joinedPairs.push(this.accept(pairs[i]));
      }
      return "HASH{" + joinedPairs.join(", ") + "}";
    };
    PrintVisitor.prototype.HashPair = function(pair) {
      return pair.key + "=" + this.accept(pair.value);
    };
  }
});

// node_modules/handlebars/lib/index.js
var require_lib = __commonJS({
  "node_modules/handlebars/lib/index.js"(exports, module) {
    var handlebars = require_handlebars()["default"];
    var printer = require_printer();
    handlebars.PrintVisitor = printer.PrintVisitor;
    handlebars.print = printer.print;
    module.exports = handlebars;
    function extension(module2, filename) {
      var fs = __require("fs");
      var templateString = fs.readFileSync(filename, "utf8");
      module2.exports = handlebars.compile(templateString);
    }
    if (typeof __require !== "undefined" && __require.extensions) {
      __require.extensions[".handlebars"] = extension;
      __require.extensions[".hbs"] = extension;
    }
  }
});

// src/report/summary.ts
var FAILED_STATUSES = /* @__PURE__ */ new Set(["crashed", "timeout", "parse-error"]);
function figures(values, launches) {
  return {
    median: values.length > 0 ? median(values) : null,
    cv: values.length >= 2 && mean(values) > 0 ? sampleStandardDeviation(values) / mean(values) : null,
    ok: values.length,
    failed: launches.filter((l) => FAILED_STATUSES.has(l.status)).length
  };
}
function variantName(results, v) {
  return results.plan.variants.find((x) => x.id === v)?.name ?? v;
}
function buildFailure(results, b) {
  const what = `build of ${b.variant} (${variantName(results, b.variant)}, ref ${b.ref}) failed`;
  return b.error ? `${what}: ${b.error}` : what;
}
function failureOf(results) {
  const broken = results.builds.filter((b) => !b.ok);
  if (broken.length > 0) return broken.map((b) => buildFailure(results, b)).join("; ");
  const counted = results.launches.filter((l) => !l.warmup && l.status !== "skipped");
  if (counted.length === 0) {
    return `no benchmark launch ran past the warm-up (stop reason: ${results.stopReason || "none recorded"})`;
  }
  if (counted.every((l) => l.status !== "ok")) {
    return `every launch failed (${counted.length} of ${counted.length}: ${statusCounts(counted)})`;
  }
  const failed = results.analysis?.workloads.filter((w) => w.verdict === "failed") ?? [];
  const reasons = [...new Set(failed.map((w) => reasonOf(w)))];
  if (failed.length > 0) return reasons.map((why) => `${failed.filter((w) => reasonOf(w) === why).map((w) => w.name).join(", ")}: ${why}`).join("; ");
  return null;
}
function statusCounts(launches) {
  const counts = /* @__PURE__ */ new Map();
  for (const l of launches) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n} ${s}`).join(", ");
}
function byBlock(a, b) {
  const ids = [...new Set([...a, ...b].map((o) => o.block))].sort((x, y) => x - y);
  return ids.map((block) => ({ block, a: a.find((o) => o.block === block)?.value ?? null, b: b.find((o) => o.block === block)?.value ?? null }));
}
function summarizeWorkloads(results) {
  const inputs = workloadInputsFromResults(results);
  return inputs.map((input) => {
    const launches = results.launches.filter((l) => l.workload === input.name);
    const a = figures(input.a.map((o) => o.value), launches.filter((l) => l.variant === "A"));
    const b = figures(input.b.map((o) => o.value), launches.filter((l) => l.variant === "B"));
    const ratioOfMedians = a.median !== null && b.median !== null && a.median > 0 ? b.median / a.median : null;
    const analysis = results.analysis?.workloads.find((w) => w.name === input.name) ?? null;
    return {
      id: input.name,
      a,
      b,
      ratioOfMedians,
      analysis,
      ratio: analysis ? analysis.ratio : ratioOfMedians,
      ci: analysis?.ci ?? null,
      verdict: analysis ? analysis.verdict : "no-verdict",
      blocks: byBlock(input.a, input.b)
    };
  });
}
function summarizeMachine(results, label) {
  const failure = failureOf(results);
  const outcome = failure ? "failed" : results.analysis ? runOutcome(results.analysis) : "no-verdict";
  const margin = results.analysis?.margin ?? results.plan.margin;
  const blocks = new Set(results.launches.filter((l) => !l.warmup && l.status !== "skipped").map((l) => l.block));
  return {
    label,
    results,
    outcome,
    failure: failure ?? (results.analysis?.incomplete && outcome === "incomplete" ? incompleteText(results.analysis.incomplete) : null),
    workloads: summarizeWorkloads(results),
    blocksRun: blocks.size,
    bounds: [1 / (1 + margin), 1 + margin],
    margin
  };
}

// src/report/fleet.ts
var OVERALL_RULE = "Overall = the most serious machine verdict: regression anywhere \u2192 regression; else a failed run \u2192 failed; else a machine missing \u2192 incomplete; else a machine without analysis \u2192 no verdict; else inconclusive anywhere \u2192 inconclusive; else improvement if any machine improved and the rest are neutral; else neutral.";
function labelsFor(results, labels) {
  const seen = /* @__PURE__ */ new Map();
  return results.map((r, i) => {
    const base = labels?.[i]?.trim() || r.host?.hostname?.trim() || `machine ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
function mergeFleet(results, labels, problems = []) {
  const names = labelsFor(results, labels);
  const machines = results.map((r, i) => summarizeMachine(r, names[i]));
  const extra = problems.map((p) => p.outcome).filter((o) => o !== null);
  return { machines, problems, overall: combineOutcomes([...machines.map((m) => m.outcome), ...extra]) };
}

// src/stats/mde.ts
var MDE_POWER = 0.8;
function mdeLog(spread, n, alpha, power = MDE_POWER, method = "t") {
  if (!(n >= 2) || !(spread >= 0) || !Number.isFinite(spread)) return Infinity;
  if (method === "hl" && 0.5 ** n > alpha) return Infinity;
  const df = n - 1;
  return spread * (tQuantile(1 - alpha, df) + tQuantile(power, df)) / Math.sqrt(n);
}
function minimumDetectableEffect(spread, n, alpha, method = "t") {
  if (spread === null) return null;
  const d = mdeLog(spread, n, alpha, MDE_POWER, method);
  return Number.isFinite(d) ? Math.expm1(d) : null;
}
function holmM(a, w, sequential) {
  const why = w.why;
  if (why && "m" in why) return Math.max(1, why.m);
  const family = a.workloads.filter((x) => sequential ? x.verdict !== "failed" : x.p_regression !== null);
  return Math.max(1, family.length);
}
function detectable(a, w, design) {
  const looks = design?.looks.map((l) => l.blocks) ?? [];
  const m = holmM(a, w, looks.length > 0);
  let level = a.alpha / m;
  let look = null;
  if (design && looks.length > 0) {
    const stop = w.look ?? looks[looks.length - 1];
    const seq = looks.filter((b) => b < stop).concat(stop);
    level = critical({ ...design, looks: seq }, w.n, w.paired, a.alpha / m, "change").nominal;
    look = { blocks: stop, horizon: design.horizon };
  }
  const mde = level > 0 ? minimumDetectableEffect(w.spread, w.n, level, w.method) : null;
  return { mde, atAlpha: minimumDetectableEffect(w.spread, w.n, a.alpha, w.method), level, m, look };
}

// src/plan/slowdown.ts
function describeSlowdown(k) {
  return `injected ${(100 * k).toFixed(1)}% slowdown (LD_PRELOAD shim)`;
}
function slowdownOfVariant(v, commit, other) {
  if (v.slowdown === void 0) return null;
  const same = other !== null && commit !== null && commit === other.commit && JSON.stringify(v.cmakeArgs) === JSON.stringify(other.cmakeArgs);
  return `${same ? "same build + " : ""}${describeSlowdown(v.slowdown)}`;
}

// src/report/model-sections.ts
var SHA = /^[0-9a-f]{7,40}$/i;
function refBesideCommit(ref, commit) {
  return commit && SHA.test(ref) && commit.toLowerCase().startsWith(ref.toLowerCase()) ? null : ref;
}
function shortSha(commit) {
  return commit ? commit.slice(0, 12) : null;
}
function describePolicy(p) {
  switch (p.kind) {
    case "none":
      return "none";
    case "interleave":
      return "numactl --interleave=all";
    case "bind":
      return `numactl -N ${p.node} -m ${p.node}`;
    case "llama":
      return `llama-bench --numa ${p.mode}`;
    case "cpus":
      return `numactl --physcpubind=${p.cpus}`;
  }
}
function leversOf(results) {
  const plan = results.plan;
  const l = plan.levers;
  const unset = "not set";
  const rows = [
    ["Threads (-t)", String(plan.threads)],
    ["Repetitions per launch (-r)", String(l.repetitions)],
    ["Priority (--prio)", l.prio !== void 0 ? String(l.prio) : unset],
    ["Delay (--delay)", l.delay !== void 0 ? `${l.delay} s` : unset],
    ["CPU mask (-C)", l.cpuMask !== void 0 ? `${l.cpuMask}${l.cpuStrict ? " (strict)" : ""}` : unset],
    ["Polling (--poll)", l.poll !== void 0 ? String(l.poll) : unset],
    ["Model loading (--no-mmap)", l.noMmap ? "read into memory (llama-bench -mmp 0 / --load-mode none, depth tools --no-mmap)" : "memory-mapped (the tools' default)"]
  ];
  if (l.numaGuest) rows.push(["Emulated guest (--numa-guest)", `${l.numaGuest} NUMA nodes (qemu TCG, one boot per launch, builds with -DGGML_NATIVE=OFF): every throughput is emulated, never gated`]);
  const numa = plan.workloads.map((w) => ({ key: "NUMA policy of", keyCode: w.id, value: describePolicy(w.numa) }));
  rows.push(
    ["Blocks", `${plan.maxBlocks} at most, ${plan.warmupBlocks} warm-up (discarded)`],
    ["Sequential looks", plan.looks.length ? plan.looks.join(", ") : unset],
    ["Seed", String(results.schedule.seed)],
    ["Timeout per launch", `${plan.timeoutSec} s`],
    ["Decision", `margin \xB1${fmtMargin(plan.margin)}, \u03B1 ${plan.alpha} (${fmtLevel(1 - 2 * plan.alpha)} intervals), method ${plan.method}`],
    ["llama-bench flavour", results.flavour ?? "unknown"],
    ["Stop reason", results.stopReason || unset]
  );
  for (const v of plan.variants) {
    const env2 = Object.entries(v.env).map(([k, val]) => `${k}=${val}`).join(" ");
    const parts = [
      `${v.name}, ref ${shortRef(v.ref)}`,
      v.cmakeArgs.length ? `CMake ${v.cmakeArgs.join(" ")}` : null,
      v.runArgs.length ? `run args ${v.runArgs.join(" ")}` : null,
      env2 ? `env ${env2}` : null,
      v.slowdown !== void 0 ? describeSlowdown(v.slowdown) : null
    ].filter(Boolean);
    rows.push([`Variant ${v.id}`, parts.join("; ")]);
  }
  const kv = rows.map(([key, value]) => ({ key, value }));
  return [...kv.slice(0, 7), ...numa, ...kv.slice(7)];
}
var shortRef = (ref) => /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 12) : ref;
function hostOf(h) {
  if (!h) return null;
  const load = (x) => x ? x.map((v) => v.toFixed(2)).join(" / ") : "not recorded";
  const rows = [
    ["Host", h.hostname ?? "unknown"],
    ["CPU", h.cpuModel ?? "unknown"],
    ["Topology", `${h.sockets ?? "?"} socket(s) \xD7 ${h.coresPerSocket ?? "?"} cores \xD7 ${h.threadsPerCore ?? "?"} threads = ${h.logicalCpus} logical CPUs (SMT ${h.smt === null ? "unknown" : h.smt ? "on" : "off"})`],
    ["NUMA nodes", String(h.numaNodes.length)],
    ["numa_balancing", h.numaBalancing === null ? "unknown" : String(h.numaBalancing)],
    ["Transparent hugepages", h.thpMode ?? "unknown"],
    ["Proactive reclaim", describeReclaim(h.proactiveReclaim)],
    ["CPU governor", h.governor ?? "unknown"],
    ["Turbo/boost", h.boost === null ? "unknown" : h.boost ? "on" : "off"],
    ["Kernel", h.kernel ?? "unknown"],
    ["Load average at start (1/5/15 min)", load(h.loadAvgStart)],
    ["Load average at end (1/5/15 min)", load(h.loadAvgEnd)]
  ];
  const nodes = h.numaNodes.map((n) => ({ key: `node ${n.id}`, value: `CPUs ${cpuRanges(n.cpus)}; memory ${fmtMiB(n.memTotalKiB)} (free ${fmtMiB(n.memFreeKiB)})` }));
  return { rows: rows.map(([key, value]) => ({ key, value })), nodes, warnings: [...h.warnings] };
}
function cpuRanges(cpus) {
  const s = [...cpus].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    out.push(i === j ? String(s[i]) : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return out.join(",") || "none";
}
function buildsOf(results) {
  return results.builds.map((b) => ({
    variant: b.variant,
    name: results.plan.variants.find((v) => v.id === b.variant)?.name ?? b.variant,
    ref: b.ref,
    refShown: refBesideCommit(b.ref, b.commit),
    commit: b.commit ?? null,
    shortCommit: shortSha(b.commit),
    reused: b.reused,
    seconds: b.seconds,
    ok: b.ok,
    error: b.error ?? null,
    logPath: b.logPath ?? null,
    logTail: b.logTail ?? null
  }));
}
var FAILED = /* @__PURE__ */ new Set(["crashed", "timeout", "parse-error"]);
function launchFailures(results) {
  return results.launches.filter((l) => FAILED.has(l.status)).map((l) => {
    const parts = [
      l.status === "timeout" ? `timed out after ${fmtSeconds(l.wallMs / 1e3)}` : `${l.status} after ${fmtSeconds(l.wallMs / 1e3)}`,
      l.exitCode !== null ? `exit code ${l.exitCode}` : null,
      l.signal ? `signal ${l.signal}` : null,
      l.error
    ].filter(Boolean);
    return { workload: l.workload, block: l.block, variant: l.variant, status: l.status, warmup: l.warmup, detail: parts.join(", "), stderr: l.stderrTail ?? null };
  });
}
function rawSamplesOf(results, workloads) {
  return workloads.map((w) => {
    const ls = results.launches.filter((l) => l.workload === w).sort((a, b) => a.seq - b.seq);
    const lines = ["block  variant  status       samples_ts (t/s)"];
    for (const l of ls) {
      const samples = l.records.map((r) => (r.samplesTs.length ? r.samplesTs : [r.avgTs]).map(fmtTs).join(" ")).join(" / ");
      const block = `${l.block}${l.warmup ? " (w)" : ""}`;
      lines.push(`${block.padEnd(7)}${l.variant.padEnd(9)}${l.status.padEnd(13)}${samples || "\u2013"}`);
    }
    lines.push("(w) = warm-up block, not counted");
    return { workload: w, text: lines.join("\n") };
  });
}

// src/report/runner.ts
var NEVER = "This runner has never been qualified: run `llama-perf-gate qualify` (A/A\u2032 of two builds and an injected 3% slowdown) to learn how often it cries wolf and how small a slowdown it catches.";
var ago = (days) => days === 0 ? "today" : days === 1 ? "1 day ago" : `${days} days ago`;
function verdictWords(v) {
  return v === "regression" ? "a regression" : v === "improvement" ? "an improvement" : v;
}
function workloadClause(w, k, many) {
  const size = fmtPercent(1 - 1 / (1 + k));
  const aa = `A/A\u2032 ${w.aaPrime.verdict} ${fmtRatio(w.aaPrime.ratio)} ${fmtInterval(w.aaPrime.ci)}${w.aaPrime.verdict === "regression" || w.aaPrime.verdict === "improvement" ? " (a false alarm)" : ""}`;
  const i = w.injected;
  const inj = i.called ? `an injected ${size} slowdown was called a regression at ${i.look ?? i.n} blocks (measured ${fmtRatio(i.ratio)} ${fmtInterval(i.ci)}${i.covers ? "" : `, not covering the true ${fmtRatio(i.expected)}`})` : `an injected ${size} slowdown was not called: ${verdictWords(i.verdict)} at ${i.n} blocks (measured ${fmtRatio(i.ratio)} ${fmtInterval(i.ci)}, truth ${fmtRatio(i.expected)})`;
  return `${many ? `${w.workload}: ` : ""}${aa}; ${inj}`;
}
function runnerPhrase(r) {
  if (r === void 0) return null;
  if (r === null) return NEVER;
  const head2 = r.status === "qualified" ? `Runner qualified ${ago(r.ageDays)}` : `Runner qualification ${ago(r.ageDays)} fell short`;
  const many = r.workloads.length > 1;
  const body = r.workloads.map((w) => workloadClause(w, r.k, many)).join("; ");
  const later = r.laterFailure ? ` The newest attempt (${r.laterFailure.at.slice(0, 10)}) failed: ${r.laterFailure.reason}.` : "";
  return `${head2}: ${body}.${later}`;
}
function fmtLevel2(x) {
  return x >= 1e-3 ? String(Number(x.toPrecision(2))) : x.toExponential(1);
}
function levelClause(can, alpha) {
  const levels = can.map((w) => w.level);
  const lo = Math.min(...levels), hi = Math.max(...levels);
  if (lo === alpha && hi === alpha) return null;
  const ms = [...new Set(can.map((w) => w.m))];
  const looks = [...new Set(can.map((w) => w.look ? `${w.look.blocks} of ${w.look.horizon}` : null).filter((x) => x !== null))];
  const holm = ms.length === 1 && ms[0] === 1 ? null : `Holm over ${ms.join(" or ")} workloads`;
  const at = looks.length === 0 ? null : `the look${looks.length > 1 ? "s" : ""} at ${looks.join(", ")} blocks`;
  const level = lo === hi ? fmtLevel2(lo) : `${fmtLevel2(lo)} to ${fmtLevel2(hi)}`;
  return `${[holm, at].filter((x) => x !== null).join(", ")}: one-sided ${level}`;
}
function detectablePhrase(ws, alpha, power) {
  const known = ws.filter((w) => w.spread !== null);
  if (known.length === 0) return null;
  const can = known.filter((w) => w.mde !== null);
  const cannot = known.filter((w) => w.mde === null);
  const parts = can.map((w) => `${fmtPercent(w.mde)}${known.length > 1 ? ` (${w.id})` : ""}`);
  const level = levelClause(can, alpha);
  const alone = level === null ? "" : `; one test at \u03B1 alone: ${can.map((w) => w.atAlpha === null ? "\u2013" : fmtPercent(w.atAlpha)).join(", ")}`;
  const how = `${fmtPercent(power, 0)} power at ${level === null ? `\u03B1 = ${alpha}` : `the level its test had, \u03B1 = ${alpha} with ${level}`}, at the blocks measured and the spread observed${alone}`;
  const noHow = `${fmtPercent(power, 0)} power at the level its test had, at the blocks measured and the spread observed`;
  const yes = can.length > 0 ? `This run could detect changes of ${parts.join(", ")} or more (${how}; smaller changes it could not tell from noise).` : "";
  const no = cannot.length > 0 ? `${yes ? " " : ""}At the blocks measured this run could not detect any change of ${cannot.map((w) => `${w.id} (${w.n} blocks)`).join(", ")}${can.length ? "" : ` (${noHow})`}.` : "";
  return yes + no;
}
function undecidedAgainstMde(mde, n) {
  return mde === null ? `at ${n} blocks this run could not detect any change` : `this run could detect changes of ${fmtPercent(mde)} or more (80% power)`;
}

// src/report/model-workload.ts
function onlyLookAllAlpha(a) {
  const look = a.why && "look" in a.why ? a.why.look : void 0;
  const history = a.why?.history;
  if (!look || !history || look.spent < look.alpha - 1e-12) return false;
  return "decidedAt" in history ? history.decidedAt === 1 : history.openAt.length <= 1;
}
function workloadModel(w, m, runLevel, minBlocks) {
  const a = w.analysis;
  const flagged = a ? flagsOf(a) : [];
  const flags = flagged.length > 0 ? ` Flags: ${flagged.join(", ")}.` : "";
  const reason = a ? reasonOf(a).replace(/\s+$/, "") : "";
  const why = !a ? w.a.ok === 0 || w.b.ok === 0 ? `no counted launch for ${w.a.ok === 0 ? "A" : "B"}` : "descriptive only: ratio of medians, no verdict computed" : (/[.!?]$/.test(reason) ? reason : `${reason}.`) + flags;
  const n = a?.n ?? Math.min(w.a.ok, w.b.ok);
  const det = a ? detectable(m.results.analysis ?? { alpha: m.results.plan.alpha, workloads: [a] }, a, m.results.design) : null;
  return {
    id: w.id,
    outcome: w.verdict,
    aTs: w.a.median,
    bTs: w.b.median,
    ratio: w.ratio,
    ci: w.ci,
    ciLevel: a && w.ci ? a.ci_level : null,
    levelNote: a && w.ci ? levelNote(a.ci_level, runLevel, n, minBlocks, onlyLookAllAlpha(a)) : null,
    cvA: w.a.cv,
    cvB: w.b.cv,
    okA: w.a.ok,
    okB: w.b.ok,
    failedA: w.a.failed,
    failedB: w.b.failed,
    n,
    spread: a?.spread ?? null,
    blocksNeeded: a?.blocks_needed ?? null,
    needs: w.verdict !== "inconclusive" ? null : a?.blocks_needed != null && a.blocks_needed <= n ? `${n} blocks per variant were counted and more are needed` : `${blocksNeededPhrase(a?.ratio, m.margin, a?.blocks_needed)} per variant, ${n} were counted`,
    why,
    blocks: w.blocks,
    analysis: a,
    detectable: det,
    againstMde: w.verdict === "inconclusive" && a ? undecidedAgainstMde(det?.mde ?? null, n) : null
  };
}
function sidesOf(r) {
  return ["A", "B"].map((id) => {
    const v = r.plan.variants.find((x) => x.id === id);
    const commit = r.builds.find((b) => b.variant === id)?.commit ?? null;
    const ref = v?.ref ?? "";
    const other = r.plan.variants.find((x) => x.id !== id);
    const slowdown = v ? slowdownOfVariant(v, commit, other ? { cmakeArgs: other.cmakeArgs, commit: r.builds.find((b) => b.variant === other.id)?.commit ?? null } : null) : null;
    return { id, name: v?.name ?? id, ref, refShown: refBesideCommit(ref, commit), commit, shortCommit: shortSha(commit), slowdown };
  });
}

// src/report/model-memory.ts
var med = (xs) => xs.length ? median(xs) : null;
function memoryOf(results, workloads) {
  const measured = results.launches.filter((l) => l.memory && l.status === "ok" && !l.warmup);
  if (measured.length === 0) return null;
  const nodeIds = [...new Set(measured.flatMap((l) => Object.keys(l.memory.nodeKiB ?? {})))].sort((a, b) => Number(a) - Number(b));
  const rowFor = (variant, ls) => {
    const mems = ls.map((l) => l.memory);
    const withNodes = mems.filter((mm) => mm.nodeKiB && Object.keys(mm.nodeKiB).length > 0);
    const evenness = withNodes.map((mm) => {
      const v = nodeIds.map((id) => mm.nodeKiB[id] ?? 0);
      const lo = Math.min(...v);
      return lo > 0 ? Math.max(...v) / lo : Infinity;
    });
    return {
      variant,
      launches: ls.length,
      peakRssKiB: med(mems.map((mm) => mm.peakRssKiB)),
      minorFaults: med(mems.map((mm) => mm.minorFaults)),
      majorFaults: med(mems.map((mm) => mm.majorFaults)),
      nodeKiB: nodeIds.map((id) => med(withNodes.map((mm) => mm.nodeKiB[id] ?? 0))),
      evenness: nodeIds.length < 2 ? null : med(evenness)
    };
  };
  const out = [];
  for (const w of workloads) {
    const mine = measured.filter((l) => l.workload === w);
    if (mine.length === 0) continue;
    const a = rowFor("A", mine.filter((l) => l.variant === "A"));
    const b = rowFor("B", mine.filter((l) => l.variant === "B"));
    const peak = peakRssRatio(results.plan, w, mine) ?? (a.peakRssKiB && b.peakRssKiB ? { ratio: b.peakRssKiB / a.peakRssKiB, ci: null, level: null } : null);
    out.push({ name: w, rows: [a, b].filter((r) => r.launches > 0), peak });
  }
  return { nodeIds, workloads: out };
}

// src/report/model-depth.ts
var range = (xs) => xs.length > 1 ? [Math.min(...xs), Math.max(...xs)] : null;
var med2 = (xs) => xs.length ? median(xs) : null;
function failuresOf(launches) {
  return ["A", "B"].flatMap((v) => {
    const mine = launches.filter((l) => l.variant === v);
    const failed = mine.filter((l) => l.status !== "ok");
    if (failed.length === 0) return [];
    const last = failed[failed.length - 1];
    const parts = [last.status, last.exitCode !== null && last.exitCode !== 0 ? `exit code ${last.exitCode}` : null, last.signal ? `signal ${last.signal}` : null, last.error].filter(Boolean);
    const counts = [...new Set(failed.map((l) => l.status))].map((st) => `${failed.filter((l) => l.status === st).length} ${st}`).join(", ");
    return [{ detail: `depth sweep, variant ${v} (${last.tool}): ${failed.length} of ${mine.length} launches failed (${counts}); last, block ${last.block}: ${[...new Set(parts)].join(", ")}`, stderr: last.stderrTail }];
  });
}
function sweepModel(launches, analysis, askedGen, model) {
  const counted = launches.filter((l) => l.status === "ok" && !l.warmup);
  const depths = [...new Set(counted.flatMap((l) => l.points.map((p) => p.depth)))].sort((x, y) => x - y);
  const values = (v, d, pick) => counted.filter((l) => l.variant === v).map((l) => pick(l.points.find((p) => p.depth === d) ?? {})).filter((x) => typeof x === "number" && Number.isFinite(x));
  const engine = new Map((analysis?.workloads ?? []).map((w) => [w.name, w]));
  const memStats = new Map((analysis?.depth_memory ?? []).filter((m) => sameModel(m, { model })).map((m) => [m.depth, m]));
  const series2 = (pick, id, fromMem = false) => depths.map((d) => {
    const a = values("A", d, pick);
    const b = values("B", d, pick);
    const ma = med2(a);
    const mb = med2(b);
    const w = id ? engine.get(id(d)) : void 0;
    const m = fromMem ? memStats.get(d) : void 0;
    return {
      depth: d,
      a: ma,
      b: mb,
      aBand: range(a),
      bBand: range(b),
      ratio: w?.ratio ?? m?.ratio ?? (ma !== null && mb !== null && ma > 0 ? mb / ma : null),
      ci: w?.ci ?? m?.ci ?? null,
      verdict: w?.verdict ?? null
    };
  });
  const nodeIds = [...new Set(counted.flatMap((l) => l.points.flatMap((p) => Object.keys(p.memory?.nodeKiB ?? {}))))].sort((x, y) => Number(x) - Number(y));
  const speed = (metric) => series2((p) => metric === "tg" ? p.speedTg : p.speedPp, (d) => depthPointId(metric, d, model)).filter((p) => p.a !== null || p.b !== null);
  const levels = depths.flatMap((d) => ["tg", "pp"].map((m) => engine.get(depthPointId(m, d, model)))).filter((w) => w?.ci).map((w) => w.ci_level);
  const logged = [...new Set([...launches].sort((x, y) => x.variant.localeCompare(y.variant)).map((l) => `${l.variant} ${l.kvBufferName ?? l.kvBuffer ?? "not found in its log"}`))];
  const first = counted[0] ?? launches[0];
  return {
    model: model ?? null,
    tool: first.tool,
    ctx: first.ctx,
    launchesPerVariant: Math.max(counted.filter((l) => l.variant === "A").length, counted.filter((l) => l.variant === "B").length),
    ciLevel: levels.length ? Math.min(...levels) : null,
    tg: speed("tg"),
    pp: speed("pp"),
    rss: series2((p) => p.memory?.rssKiB, null, true),
    anon: series2((p) => p.memory?.anonKiB, null),
    shmem: series2((p) => p.memory?.shmemKiB, null),
    nodes: nodeIds.length > 1 ? nodeIds.map((id) => ({ id, points: series2((p) => p.memory ? p.memory.nodeKiB[id] ?? 0 : null, null) })) : [],
    kvBuffers: logged.length ? `KV buffer type logged by the processes: ${logged.join(", ")}` : null,
    genNote: genNote(counted, askedGen),
    failures: failuresOf(launches)
  };
}
function genNote(counted, asked) {
  const tg = [...new Set(counted.flatMap((l) => (l.rows ?? []).map((r) => r.tg)))].filter((t) => Number.isInteger(t) && t > 0).sort((x, y) => x - y);
  if (tg.length === 0) return null;
  const said = `S_TG at each depth is timed over ${tg.join(" / ")} generated tokens (the tool's own count)`;
  return asked !== null && (tg.length > 1 || tg[0] !== asked) ? `${said}; --depth-gen ${asked} was asked, and this ${counted[0].tool} chose its own` : said;
}
function depthOf(results) {
  const sweep = results.depthLaunches;
  return sweep && sweep.length > 0 ? sweepModel(sweep, results.analysis, results.plan.depthSweep?.gen ?? null) : null;
}
function depthOfModel(results, model) {
  const sweep = (results.depthLaunches ?? []).filter((l) => l.model === model);
  return sweep.length > 0 ? sweepModel(sweep, results.analysis, results.plan.depthSweep?.gen ?? null, model) : null;
}

// src/report/model-placement.ts
function placementOf(r) {
  const p = r.analysis?.placement;
  if (!p || !r.plan.levers.numaGuest) return null;
  const nodes = p.nodes.map(String);
  const cellsOf = (by) => nodes.map((k) => by[k] ?? { anonKiB: 0, shmemKiB: 0, fileKiB: 0, threads: 0 });
  const even = (depth, v) => p.rows.find((x) => x.depth === depth && x.variant === v)?.evenness ?? null;
  return {
    guestNodes: r.plan.levers.numaGuest,
    nodes,
    rows: p.rows.map((x) => ({ depth: x.depth, variant: x.variant, n: x.n, cells: cellsOf(x.nodes), evenness: x.evenness })),
    blocks: p.blocks?.map((x) => ({ block: x.block, depth: x.depth, variant: x.variant, cells: cellsOf(x.nodes), evenness: x.evenness })) ?? null,
    diffs: p.evenness.map((d) => ({ depth: d.depth, a: even(d.depth, "A"), b: even(d.depth, "B"), n: d.n, diff: d.diff, ci: d.ci, level: d.ci_level, identical: d.identical === true }))
  };
}

// src/report/compared.ts
var short = (sha) => sha.slice(0, 7);
var SHA2 = /^[0-9a-f]{7,64}$/i;
function named(ref, commit) {
  return SHA2.test(ref) && commit.startsWith(ref.toLowerCase()) ? [code(short(commit))] : [code(short(commit)), " (", code(ref), ")"];
}
function moved(c) {
  if (c.baseMoved === null) return ["; how far the base had moved is unknown (no branch point in the checkout)"];
  const base = SHA2.test(c.baseRef) ? ["the base"] : [code(c.baseRef)];
  if (c.baseMoved === 0) return ["; ", ...base, " had not moved past the branch point"];
  return ["; ", ...base, ` had moved ${c.baseMoved} commit${c.baseMoved === 1 ? "" : "s"} past the branch point`];
}
function comparedPhrase(c) {
  if (!c) return null;
  const head2 = named(c.headRef, c.head);
  const mode = [`Compared: ${c.mode}`, ...c.fallback ? [` (${c.requested} fell back: ${c.fallback})`] : [], " \u2014 "];
  if (c.mode === "merge") {
    const a = ["A = base tip ", ...named(c.baseRef, c.base)];
    const b = c.merge ? ["B = ", code(short(c.base)), " + PR head ", ...head2, ` merged (${c.merge.by === "github" ? "GitHub's test merge" : "merge made here"} `, code(short(c.merge.commit)), ")"] : ["B = PR head ", ...head2, ", which contains the base (the merge is a fast-forward)"];
    return [...mode, ...a, ", ", ...b, ...moved(c)];
  }
  if (c.mode === "branch-point") {
    return [...mode, "A = branch point ", code(short(c.a)), " (merge-base with the base ", ...named(c.baseRef, c.base), "), B = PR head ", ...head2, ...moved(c)];
  }
  const tail = c.baseMoved ? [" (B/A includes every base change since; --compare merge measures what merging does)"] : [];
  return [...mode, "A = ", ...named(c.baseRef, c.base), ", B = ", ...head2, ...moved(c), ...tail];
}

// src/report/model-groups.ts
function modelGroups(r, workloads, points, modelOf, head2, depthOf2) {
  if (r.plan.models.length < 2) return null;
  return r.plan.models.map((m) => {
    const mine = workloads.filter((w) => modelOf(w.id) === m.name);
    const minePoints = points.filter((w) => modelOf(w.id) === m.name);
    const all = [...mine, ...minePoints];
    const outcome = all.length ? combineOutcomes(all.map((w) => w.outcome)) : "no-verdict";
    const failure = all.find((w) => w.outcome === "failed")?.why ?? null;
    const verdict = outcome === "failed" && failure ? [failure] : verdictPhrase({ ...head2, outcome, failure, workloads: all });
    return { name: m.name, path: m.path, outcome, verdict, workloads: mine, points: minePoints, depth: depthOf2(m.name) };
  });
}
function modelContrast(groups, margin) {
  if (!groups) return [];
  const items = groups.flatMap((g) => [...g.workloads, ...g.points].map((w) => ({ g, w, label: w.id.slice(g.name.length + 1) })));
  const labels = [...new Set(items.map((x) => x.label))];
  const parts = [];
  for (const label of labels) {
    const on = items.filter((x) => x.label === label);
    if (on.length < 2 || new Set(on.map((x) => x.w.outcome)).size < 2) continue;
    const say = (w) => w.outcome === "regression" || w.outcome === "improvement" ? fmtChange(w.ratio) : w.outcome === "neutral" ? `neutral within \xB1${fmtMargin(margin)}` : w.outcome === "inconclusive" ? "undecided" : w.outcome;
    parts.push([code(label), `: ${on.map(({ g, w }) => `${say(w)} on ${g.name}`).join(", ")}`]);
  }
  return joinPhrases(parts, "; ");
}

// src/report/model.ts
function machineModel(m, onInconclusive, onIncomplete, runner) {
  const r = m.results;
  const runLevel = 1 - 2 * r.plan.alpha;
  const minBlocks = minimumN(r.plan.method, true, runLevel);
  const all = m.workloads.map((w) => workloadModel(w, m, runLevel, minBlocks));
  const points = depthPointModels([...r.plan.depthSweep?.depths ?? [], ...(r.depthLaunches ?? []).flatMap((l) => l.points.map((p) => p.depth))], depthModelNames(r.plan));
  const workloads = all.filter((w) => !points.has(w.id));
  const decidedPoints = (r.analysis?.workloads ?? []).filter((a) => points.has(a.name) && !all.some((w) => w.id === a.name)).map((a) => ({ id: a.name, outcome: a.verdict, ratio: a.ratio, ci: a.ci, n: a.n, spread: a.spread, blocksNeeded: a.blocks_needed, why: a.reason }));
  const head2 = {
    outcome: m.outcome,
    margin: m.margin,
    failure: m.failure,
    minBlocks,
    maxBlocks: r.plan.maxBlocks,
    blocksRun: m.blocksRun,
    horizon: r.plan.horizon ?? r.plan.maxBlocks,
    ...r.analysis?.emulated && r.plan.levers.numaGuest ? { emulatedNodes: r.plan.levers.numaGuest } : {},
    workloads: [
      ...all.map((w) => ({ id: w.id, outcome: w.outcome, ratio: w.ratio, ci: w.ci, n: w.n, spread: w.spread, blocksNeeded: w.blocksNeeded })),
      ...decidedPoints.map(({ why: _, ...w }) => w)
    ]
  };
  const workloadModels = new Map(r.plan.workloads.map((w) => [w.id, w.model]));
  const modelOf = (id) => workloadModels.has(id) ? workloadModels.get(id) : points.get(id);
  const models = modelGroups(r, workloads, [...all.filter((w) => points.has(w.id)), ...decidedPoints], modelOf, head2, (name) => depthOfModel(r, name));
  const contrast = modelContrast(models, m.margin);
  const verdict = contrast.length ? [...verdictPhrase(head2), ". By model: ", ...contrast] : verdictPhrase(head2);
  return {
    label: m.label,
    outcome: m.outcome,
    failure: m.failure,
    verdict,
    firstLine: firstLine(m.outcome, verdict, gateOf(m.outcome, onInconclusive, onIncomplete)),
    descriptiveOnly: r.analysis === null,
    runLevel,
    margin: m.margin,
    bounds: m.bounds,
    geomean: r.analysis?.geomean_ratio ?? null,
    blocksRun: m.blocksRun,
    maxBlocks: r.plan.maxBlocks,
    minBlocks,
    workloads,
    models,
    warnings: [...r.analysis ? warningsOf(r.analysis) : [], ...r.notes],
    sides: sidesOf(r),
    compared: comparedPhrase(r.plan.comparison),
    flavour: r.flavour,
    host: hostOf(r.host),
    builds: buildsOf(r),
    levers: leversOf(r),
    failedLaunches: launchFailures(r),
    memory: memoryOf(r, workloads.map((w) => w.id)),
    // With several models each group has its own (models[].depth).
    depth: models ? null : depthOf(r),
    placement: placementOf(r),
    rawSamples: rawSamplesOf(r, workloads.map((w) => w.id)),
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    runner: runnerPhrase(runner),
    detectable: r.analysis ? detectablePhrase(all.flatMap((w) => w.analysis && w.detectable ? [{ ...w.detectable, id: w.id, spread: w.spread, n: w.n }] : []), r.plan.alpha, MDE_POWER) : null
  };
}
function fleetFirstLine(machines, problems, overall, gate) {
  const hit = machines.filter((m) => m.outcome === overall);
  const problem = problems.find((p) => p.outcome === overall);
  if (problem && hit.length === 0) return firstLine(overall, [`${overall === "incomplete" ? "Incomplete" : "Failed"}: ${problem.text}`], gate);
  if (overall === "neutral") return firstLine(overall, [`Neutral on all ${machines.length} machines`], gate);
  const [lead] = hit;
  if (!lead) return firstLine(overall, [`${overall} on the fleet`], gate);
  const more = hit.length > 1 ? [` (and ${hit.length - 1} more machine${hit.length > 2 ? "s" : ""})`] : [];
  return firstLine(overall, [...lead.verdict, ...more], gate, machines.length > 1 ? lead.label : null);
}
function conclude(machines, problems, onInconclusive, onIncomplete) {
  const extra = problems.map((p) => p.outcome).filter((o) => o !== null);
  const overall = combineOutcomes([...machines.map((m) => m.outcome), ...extra]);
  const gate = gateOf(overall, onInconclusive, onIncomplete);
  const line = machines.length === 1 && problems.length === 0 ? machines[0].firstLine : fleetFirstLine(machines, problems, overall, gate);
  return { fleet: machines.length > 1 || problems.length > 0, overall, gate: { ...gate, onInconclusive, onIncomplete }, problems, firstLine: line };
}
function buildReportModel(results, opts = {}) {
  const onInconclusive = opts.onInconclusive ?? "pass";
  const onIncomplete = opts.onIncomplete ?? "fail";
  const fleet = mergeFleet(results, opts.labels);
  const machines = fleet.machines.map((m) => machineModel(m, onInconclusive, onIncomplete, fleet.machines.length === 1 ? opts.runner : void 0));
  const first = results[0];
  return {
    ...conclude(machines, opts.problems ?? [], onInconclusive, onIncomplete),
    overallRule: OVERALL_RULE,
    machines,
    tool: first ? `${first.tool.name} ${first.tool.version}` : "llama-perf-gate"
  };
}
function withProblems(model, problems) {
  return { ...model, ...conclude(model.machines, problems, model.gate.onInconclusive, model.gate.onIncomplete) };
}

// src/report/md-context.ts
var SHOW_ALL = { table: true, chart: true, details: true, tails: true, rawSamples: true };
function fullReportPointer(url) {
  const safe = safeUrl(url);
  return safe ? `[full report and results.json](${safe})` : "`results.json` and `report.html` in the run's artifacts";
}
function templateContext(model, opts = {}) {
  const html = safeUrl(opts.htmlReportUrl);
  return {
    ...model,
    marker: opts.marker === false ? "" : STICKY_MARKER,
    heading: opts.title ? `llama-perf-gate: ${escapeMarkdown(opts.title)}` : "llama-perf-gate: A/B performance",
    show: { ...SHOW_ALL },
    truncation: null,
    fullReport: fullReportPointer(opts.fullReportUrl),
    htmlReport: html ? `[report.html in the run's artifacts](${html})` : null
  };
}

// src/report/templates.ts
var import_handlebars = __toESM(require_lib(), 1);
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { fileURLToPath } from "node:url";

// src/report/chart.ts
var DOMAIN_LIMIT = [0.5, 2];
function ok(x) {
  return typeof x === "number" && Number.isFinite(x) && x > 0;
}
function domainOf(rows, bounds) {
  const xs = [1, bounds[0], bounds[1]];
  for (const r of rows) {
    if (ok(r.ratio)) xs.push(r.ratio);
    if (r.ci && ok(r.ci[0]) && ok(r.ci[1])) xs.push(r.ci[0], r.ci[1]);
  }
  return [Math.max(DOMAIN_LIMIT[0], Math.min(...xs)), Math.min(DOMAIN_LIMIT[1], Math.max(...xs))];
}
function clip(name, width) {
  const chars = [...name];
  return chars.length <= width ? name : chars.slice(0, width - 1).join("") + "~";
}
function forestPlot(rows, opts) {
  const width = opts.width ?? 49;
  const [lo, hi] = domainOf(rows, opts.bounds);
  const pos = (x) => Math.round((Math.log(x) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) * (width - 1));
  const inRange = (x) => x >= lo && x <= hi;
  const nameWidth = Math.min(opts.maxNameWidth ?? 24, Math.max(8, ...rows.map((r) => [...r.name].length)));
  const indent = " ".repeat(nameWidth + 1);
  const reference = () => {
    const cells = Array(width).fill(" ");
    for (const b of opts.bounds) if (inRange(b)) cells[pos(b)] = ":";
    cells[pos(1)] = "|";
    return cells;
  };
  const lines = [];
  lines.push(`${indent}B/A throughput ratio, log scale (left of | = B slower)`);
  for (const r of rows) {
    const cells = reference();
    if (r.ci && ok(r.ci[0]) && ok(r.ci[1])) {
      const l = Math.max(0, Math.min(width - 1, pos(r.ci[0])));
      const h = Math.max(0, Math.min(width - 1, pos(r.ci[1])));
      for (let i = l; i <= h; i++) cells[i] = "-";
      cells[l] = r.ci[0] < lo ? "<" : "[";
      cells[h] = r.ci[1] > hi ? ">" : "]";
    }
    if (ok(r.ratio)) {
      const p = Math.max(0, Math.min(width - 1, pos(r.ratio)));
      cells[p] = r.ratio < lo ? "<" : r.ratio > hi ? ">" : "o";
    }
    const figures2 = ok(r.ratio) ? `${fmtRatio(r.ratio)}${r.ci ? " " + fmtInterval(r.ci) : ""}` : "no data";
    lines.push(`${clip(r.name, nameWidth).padEnd(nameWidth)} ${cells.join("")}  ${figures2}`);
  }
  const axis = Array(width).fill("-");
  for (const b of opts.bounds) if (inRange(b)) axis[pos(b)] = "+";
  axis[pos(1)] = "+";
  lines.push(`${indent}${axis.join("")}`);
  lines.push(`${indent}${axisLabels(width, pos, lo, hi, opts.bounds).trimEnd()}`);
  const what = opts.ciLevel !== null ? `o = B/A estimate, [---] = ${fmtLevel(opts.ciLevel)} interval` : "o = ratio of medians B/A (no interval: no verdict computed)";
  lines.push(`${what}, | = 1.000, : = \xB1${fmtMargin(opts.margin)} margin`);
  return lines.join("\n");
}
function axisLabels(width, pos, lo, hi, bounds) {
  const row2 = Array(width + 6).fill(" ");
  const taken = [];
  const place = (x, align) => {
    const text = fmtRatio(x);
    const at = pos(x);
    const start = align === "left" ? at : align === "right" ? at - text.length + 1 : at - Math.floor(text.length / 2);
    const end = start + text.length;
    if (start < 0 || end > row2.length) return;
    if (taken.some(([s, e]) => start < e + 1 && end + 1 > s)) return;
    taken.push([start, end]);
    for (let i = 0; i < text.length; i++) row2[start + i] = text[i];
  };
  place(1, "center");
  for (const b of bounds) if (b >= lo && b <= hi) place(b, b === lo ? "left" : b === hi ? "right" : "center");
  if (lo < bounds[0]) place(lo, "left");
  if (hi > bounds[1]) place(hi, "right");
  return row2.join("");
}

// src/report/depth.ts
function mibCell(kib) {
  return typeof kib === "number" && Number.isFinite(kib) ? (kib / 1024).toFixed(1) : "\u2013";
}
var BAR_WIDTH = 40;
function depthChart(d, names, width = BAR_WIDTH) {
  const max = Math.max(1, ...d.rss.flatMap((p) => [p.a ?? 0, p.b ?? 0]));
  const depthW = Math.max(5, ...d.rss.map((p) => String(p.depth).length));
  const bar = (kib) => {
    if (kib === null) return `${" ".repeat(width)}  (no sample)`;
    const n = Math.round(kib / max * width);
    return `${"#".repeat(n)}${" ".repeat(width - n)}  ${mibCell(kib)}`;
  };
  const lines = [
    `Resident MiB (all the process holds) against KV depth (${d.tool} -c ${d.ctx}); # = ${(max / 1024 / width).toFixed(2)} MiB`,
    `A = ${names.A}, B = ${names.B}`,
    ""
  ];
  for (const p of d.rss) {
    lines.push(`${String(p.depth).padStart(depthW)} A |${bar(p.a)}`);
    lines.push(`${" ".repeat(depthW)} B |${bar(p.b)}`);
  }
  return lines.join("\n");
}
function depthSummaryLine(d) {
  const at = (p) => `depth ${p.depth}: A ${mibCell(p.a)} MiB, B ${mibCell(p.b)} MiB`;
  const ends = d.rss.length > 1 ? [d.rss[0], d.rss[d.rss.length - 1]] : d.rss;
  return `Memory at KV depth (${d.tool} -c ${d.ctx}, resident, medians over ${d.launchesPerVariant} launches per variant): ${ends.map(at).join("; ")}`;
}

// src/report/mermaid.ts
var PALETTE = "#1f77b4, #ff7f0e";
var INIT = `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${PALETTE}"}}}}%%`;
function niceMax(x) {
  if (!(x > 0)) return 1;
  const target = x * 1.05;
  const p = 10 ** Math.floor(Math.log10(target));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= target) return m * p;
  return 10 * p;
}
var num = (x) => String(Number(x.toPrecision(6)));
function xyChart(title, unit, points, scale = 1) {
  const both = points.filter((p) => p.a !== null && p.b !== null);
  if (both.length < 2) return null;
  const a = both.map((p) => p.a / scale);
  const b = both.map((p) => p.b / scale);
  const top = niceMax(Math.max(...a, ...b));
  return [
    INIT,
    "xychart-beta",
    `    title "${title} (A blue, B orange)"`,
    `    x-axis "KV depth (tokens)" [${both.map((p) => p.depth).join(", ")}]`,
    `    y-axis "${unit}" 0 --> ${num(top)}`,
    `    line [${a.map(num).join(", ")}]`,
    `    line [${b.map(num).join(", ")}]`
  ].join("\n");
}
function depthMermaid(d) {
  return [
    xyChart("Generation speed S_TG against KV depth", "t/s", d.tg),
    xyChart("Resident memory against KV depth", "MiB", d.rss, 1024)
  ].filter((c) => c !== null);
}

// src/report/md-helpers.ts
var TAIL_LINES = 12;
function phraseMd(p) {
  return p.map((s, i) => typeof s !== "string" ? codeSpan(s.code) : i === 0 ? escapeMarkdown(s) : escapeInline(s)).join("");
}
function fenced(text, lang = "text") {
  const t = escapeCodeBlock(text).replace(/\n+$/, "");
  const fence = fenceFor(t);
  return `${fence}${lang}
${t}
${fence}`;
}
function tailBlock(text, lines = TAIL_LINES) {
  const all = text.replace(/\n+$/, "").split("\n");
  if (all.length <= lines) return fenced(text);
  return fenced([`\u2026 ${all.length - lines} earlier lines in report.html and results.json`, ...all.slice(-lines)].join("\n"));
}
var EMPTY = { depth: 0, a: null, b: null, aBand: null, bBand: null, ratio: null, ci: null, verdict: null };
function depthSpeed(d) {
  return d.tg.map((tg) => ({ depth: tg.depth, tg, pp: d.pp.find((q) => q.depth === tg.depth) ?? EMPTY }));
}
function depthMemory(d) {
  const perNode = d.nodes.length > 0;
  return d.rss.map((rss, i) => ({
    depth: rss.depth,
    rss,
    anon: d.anon[i] ?? EMPTY,
    shmem: d.shmem[i] ?? EMPTY,
    aNodes: perNode ? d.nodes.map((n) => n.points[i]?.a ?? null) : [],
    bNodes: perNode ? d.nodes.map((n) => n.points[i]?.b ?? null) : []
  }));
}
var nameOf = (m, id) => m.sides.find((s) => s.id === id)?.name ?? id;
function comparison(model) {
  const m = model.machines[0];
  if (!m) return "";
  const side = (id) => {
    const s = m.sides.find((x) => x.id === id);
    const where = [s.refShown !== null ? escapeMarkdown(s.refShown) : null, s.shortCommit ? codeSpan(s.shortCommit) : null].filter(Boolean).join(" @ ");
    return `**${id}** = ${escapeMarkdown(s.name)}${where ? ` (${where})` : ""}${s.slowdown ? ` \u2014 ${escapeMarkdown(s.slowdown)}` : ""}`;
  };
  return `${side("B")} vs ${side("A")}; throughput in tokens/s, ratio B/A (below 1 = B slower).`;
}
function overallHeadline(model) {
  const where = (o) => model.machines.filter((m) => m.outcome === o).map((m) => escapeMarkdown(m.label)).join(", ");
  switch (model.overall) {
    case "regression":
      return `regression on ${where("regression")}.`;
    // No machine failed: a problem did (machines that measured other commits, a file decided with another rule).
    case "failed":
      return model.machines.some((m) => m.outcome === "failed") ? `the run failed on ${where("failed")}.` : "the gate fails on the problem below.";
    case "no-verdict":
      return `no verdict was computed on ${where("no-verdict")}.`;
    case "incomplete":
      return "not every machine sent valid results (below).";
    case "inconclusive":
      return `inconclusive on ${where("inconclusive")}.`;
    case "placed":
      return `placement measured in the emulated guest on ${where("placed")} (throughput not gated)${model.machines.some((m) => m.outcome === "improvement") ? "; improvement elsewhere" : ""}.`;
    case "improvement":
      return `improvement on ${where("improvement")}, neutral elsewhere.`;
    case "neutral":
      return "neutral on every machine.";
  }
}
function forest(m) {
  const rows = m.workloads.map((w) => ({ name: w.id, ratio: w.ratio, ci: w.ci }));
  if (!rows.some((c) => c.ratio !== null)) return null;
  return fenced(forestPlot(rows, { bounds: m.bounds, margin: m.margin, ciLevel: m.descriptiveOnly ? null : m.runLevel }));
}
var num2 = (x) => typeof x === "number" ? x : null;
var str = (x) => typeof x === "string" ? x : "";
var HELPERS = {
  // Escaping, by where the string goes.
  md: (x) => escapeMarkdown(x),
  code: (x) => codeSpan(str(x)),
  phrase: (p) => phraseMd(p),
  fence: (text) => fenced(str(text)),
  tail: (text) => tailBlock(str(text)),
  // Keeps a code block inside a list item: every line indented like the fence.
  indent: (text, width) => {
    const pad = " ".repeat(typeof width === "number" ? width : 2);
    return String(text ?? "").split("\n").map((l) => pad + l).join("\n");
  },
  // Numbers.
  ratio: (x) => fmtRatio(num2(x)),
  interval: (ci) => fmtInterval(Array.isArray(ci) ? ci : null),
  percent: (x, digits) => fmtPercent(num2(x), typeof digits === "number" ? digits : 1),
  change: (x) => fmtChange(num2(x)),
  ts: (x) => fmtTs(num2(x)),
  mib: (x) => fmtMiB(num2(x)),
  mibCell: (x) => mibCell(num2(x)),
  // Evenness (a share of 0..1) and its B − A difference, to three decimals.
  share: (x) => fmtShare(num2(x)),
  shareInterval: (ci, identical) => fmtShareInterval(Array.isArray(ci) ? ci : null, identical === true),
  evenIdeal: (p) => `1/${p.nodes.length}`,
  count: (x) => fmtCount(num2(x)),
  seconds: (x) => fmtSeconds(num2(x)),
  level: (x) => fmtLevel(num2(x)),
  evenness: (x) => x === null ? "\u2013" : typeof x === "number" && Number.isFinite(x) ? `${x.toFixed(2)}\xD7` : "one node empty",
  // Words.
  verdictMark: (o) => MARKS[o],
  verdictLabel: (o) => LABELS[o],
  depthVerdict: (v) => typeof v === "string" && v ? `${MARKS[v] ?? ""} ${escapeMarkdown(v)}`.trim() : "\u2013",
  kvKey: (x) => escapeMarkdown(x.key) + (x.keyCode ? ` ${codeSpan(x.keyCode)}` : ""),
  comparison: (model) => comparison(model),
  // The "Compared:" line of the first machine; '' for a fleet without a valid machine.
  compared: (model) => model.machines[0]?.compared ? phraseMd(model.machines[0].compared) : "",
  overallHeadline: (model) => overallHeadline(model),
  // Sections.
  forest: (m) => forest(m),
  // `depthBars machine` (its one sweep) or `depthBars machine depth` (a model's, with several).
  depthBars: (m, d) => {
    const depth = d && typeof d === "object" && "rss" in d ? d : m.depth;
    return depth && depth.rss.length ? fenced(depthChart(depth, { A: nameOf(m, "A"), B: nameOf(m, "B") })) : null;
  },
  // Our own text (numbers and fixed words): no escaping, which would break Mermaid's `-->`.
  mermaid: (d) => depthMermaid(d).map((text) => "```mermaid\n" + text + "\n```"),
  depthSpeed: (d) => depthSpeed(d),
  depthMemory: (d) => depthMemory(d),
  // Lists and tests.
  where: (list, field, value) => Array.isArray(list) ? list.filter((x) => x?.[field] === value) : [],
  any: (list, field) => Array.isArray(list) && list.some((x) => Boolean(x?.[field])),
  eq: (a, b) => a === b
};

// src/report/templates.ts
function templatesDir() {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, "templates");
    if (existsSync(join(candidate, "report.md.hbs"))) return candidate;
    dir = dirname(dir);
  }
  throw new Error("templates/report.md.hbs not found above " + dirname(fileURLToPath(import.meta.url)));
}
function registerHelpers(hbs) {
  for (const [name, fn] of Object.entries(HELPERS)) hbs.registerHelper(name, fn);
}
var env = null;
function compile(hbs, source) {
  return hbs.compile(source, { strict: true, preventIndent: true });
}
function environment() {
  if (env) return env;
  const dir = templatesDir();
  const hbs = import_handlebars.default.create();
  registerHelpers(hbs);
  const partials = join(dir, "partials");
  for (const f2 of readdirSync(partials)) {
    if (f2.endsWith(".hbs")) hbs.registerPartial(basename(f2, ".hbs"), readFileSync(join(partials, f2), "utf8"));
  }
  env = {
    hbs,
    main: compile(hbs, readFileSync(join(dir, "report.md.hbs"), "utf8")),
    checkSummary: compile(hbs, readFileSync(join(dir, "check-summary.md.hbs"), "utf8")),
    checkText: compile(hbs, readFileSync(join(dir, "check-text.md.hbs"), "utf8"))
  };
  return env;
}
function templateFor(name, userPath) {
  const e = environment();
  if (!userPath) return e[name];
  let source;
  try {
    source = readFileSync(userPath, "utf8");
  } catch (err) {
    throw new UserError(
      `report template ${userPath} cannot be read (${err.code ?? String(err)})`,
      "point the template option at a Handlebars file, e.g. templates/report.md.hbs copied and edited"
    );
  }
  try {
    e.hbs.parse(source);
  } catch (err) {
    throw new UserError(
      `report template ${userPath} is not valid Handlebars: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
      "fix the template, or drop the option to use the built-in templates/report.md.hbs"
    );
  }
  return wrap(userPath, e.hbs.compile(source, { preventIndent: true }));
}
function wrap(path, tpl) {
  return (context) => {
    try {
      return tpl(context);
    } catch (err) {
      throw new UserError(`report template ${path} failed to render: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`, "check the field names against templates/report.md.hbs");
    }
  };
}

// src/report/limits.ts
var COMMENT_MAX_CHARS = 65536;
var CHECK_MAX_CHARS = 65535;
var JOB_SUMMARY_MAX_CHARS = 1e6;
var CHECK_TITLE_MAX_CHARS = 1e3;
var ANNOTATIONS_PER_REQUEST = 50;
var FENCE = /^\s*(`{3,}|~{3,})(.*)$/;
function closers(text) {
  let fence = null;
  let details = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trimStart();
    const m = FENCE.exec(raw);
    if (fence) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && m[2].trim() === "") fence = null;
      continue;
    }
    if (m) {
      fence = m[1];
      continue;
    }
    details += (line.match(/<details\b/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
  }
  const out = [];
  if (fence) out.push(fence);
  for (let i = 0; i < details; i++) out.push("</details>");
  return out;
}
function hardCut(body, limit, note, keepPrefix = "") {
  if (body.length <= limit) return body;
  const tail = `

---

${note}
`;
  let budget = limit - tail.length;
  while (budget > keepPrefix.length) {
    let cut = body.slice(0, budget);
    const nl = cut.lastIndexOf("\n");
    cut = nl > keepPrefix.length ? cut.slice(0, nl) : keepPrefix;
    const close = closers(cut);
    const out = cut + (close.length ? "\n" + close.join("\n") : "") + tail;
    if (out.length <= limit) return out;
    budget -= out.length - limit;
  }
  return (keepPrefix + "\n" + note).slice(0, limit);
}
function fitToLimit(text, limit, fullReport, keepPrefix = "") {
  if (text.length <= limit) return text;
  const note = `**Truncated**: this text exceeded GitHub's ${limit.toLocaleString("en-US")}-character limit.` + (fullReport ? ` The full report: ${fullReport}` : " The full report is in results.json and the job summary.");
  return hardCut(text, limit, note, keepPrefix);
}
var LADDER = [
  { show: SHOW_ALL, dropped: [] },
  { show: { ...SHOW_ALL, rawSamples: false }, dropped: ["raw samples"] },
  { show: { ...SHOW_ALL, rawSamples: false, tails: false }, dropped: ["raw samples", "build log and stderr tails"] },
  { show: { ...SHOW_ALL, details: false, rawSamples: false, tails: false }, dropped: ["raw samples", "the collapsible details (host, builds, levers, failed launches, memory)"] },
  { show: { table: true, chart: false, details: false, rawSamples: false, tails: false }, dropped: ["raw samples", "the collapsible details", "the chart"] },
  { show: { table: false, chart: false, details: false, rawSamples: false, tails: false }, dropped: ["raw samples", "the collapsible details", "the chart", "the workload tables"] }
];
function truncationNote(limit, dropped, pointer) {
  const what = dropped.length ? `left out ${dropped.join(", ")}` : "cut at the end";
  return `\u2702\uFE0F Shortened to fit the ${limit.toLocaleString("en-US")}-character limit: ${what}. Everything is in ${pointer}.`;
}
function renderFitted(render, context, limit, keepPrefix = "") {
  let out = "";
  let note = "";
  const base = context.show;
  for (const step of LADDER) {
    note = truncationNote(limit, step.dropped, context.fullReport);
    context.show = {
      table: base.table && step.show.table,
      chart: base.chart && step.show.chart,
      details: base.details && step.show.details,
      tails: base.tails && step.show.tails,
      rawSamples: base.rawSamples && step.show.rawSamples
    };
    context.truncation = step.dropped.length ? note : null;
    out = render(context);
    if (out.length <= limit) return out;
  }
  return hardCut(out, limit, note, keepPrefix);
}

// src/report/markdown.ts
function renderMarkdown(model, opts = {}) {
  const context = templateContext(model, { title: opts.title, fullReportUrl: opts.fullReportUrl, htmlReportUrl: opts.htmlReportUrl, marker: true });
  const tpl = templateFor("main", opts.templatePath);
  const render = (c) => {
    const body = tpl(c).trimStart();
    return body.startsWith(STICKY_MARKER) ? body : `${STICKY_MARKER}
${body}`;
  };
  return renderFitted(render, context, opts.maxChars ?? COMMENT_MAX_CHARS, STICKY_MARKER);
}
function renderProjectTemplate(name, context, limit) {
  const tpl = templateFor(name);
  return renderFitted((c) => tpl(c).trim() + "\n", context, limit);
}

// src/report/terminal.ts
function alignTable(header, rows, align) {
  const width = header.map((h, i) => Math.max([...h].length, ...rows.map((r) => [...r[i]].length)));
  const pad = (s, i) => {
    const gap = " ".repeat(width[i] - [...s].length);
    return align[i] === "right" ? gap + s : s + gap;
  };
  const line = (cells) => cells.map(pad).join("  ").trimEnd();
  return [line(header), width.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
function spreadCell(a, b) {
  return a === null && b === null ? DASH : `${fmtPercent(a)} / ${fmtPercent(b)}`;
}
function machineTable(m) {
  const header = ["Workload", "A t/s", "B t/s", "B/A", m.descriptiveOnly ? "Interval" : `${fmtLevel(m.runLevel)} interval`, "CV A / B", "Verdict"];
  const rows = m.workloads.map((w) => [
    escapeTerminal(w.id),
    fmtTs(w.aTs),
    fmtTs(w.bTs),
    fmtRatio(w.ratio),
    fmtInterval(w.ci) + (w.levelNote ? ` (${fmtLevel(w.ciLevel)})` : ""),
    spreadCell(w.cvA, w.cvB),
    VERDICT_WORDS[w.outcome]
  ]);
  return alignTable(header, rows, ["left", "right", "right", "right", "left", "right", "left"]);
}
function machineFooter(m, firstLine2) {
  const lines = [firstLine2 ? escapeTerminal(plain(m.firstLine)) : `${LABELS[m.outcome]}: ${escapeTerminal(plain(m.verdict))}`];
  for (const g of m.models ?? []) lines.push(`  model ${escapeTerminal(g.name)}: ${LABELS[g.outcome]} \u2014 ${escapeTerminal(plain(g.verdict))}`);
  for (const w of m.workloads.filter((x) => x.levelNote)) lines.push(`  ${escapeTerminal(w.id)}: ${escapeTerminal(w.levelNote)}`);
  for (const w of m.workloads.filter((x) => x.outcome === "inconclusive")) {
    lines.push(`  ${escapeTerminal(w.id)}: spread ${fmtPercent(w.spread)} between paired launches; ${w.needs}${w.againstMde ? `; ${w.againstMde}` : ""}.`);
  }
  if (m.detectable) lines.push(`  ${escapeTerminal(m.detectable)}`);
  if (m.runner) lines.push(`  ${escapeTerminal(m.runner)}`);
  for (const b of m.builds.filter((x) => !x.ok)) {
    if (b.logPath) lines.push(`  build log of ${b.variant}: ${escapeTerminal(b.logPath)}`);
    for (const l of (b.logTail ?? "").split("\n").filter(Boolean).slice(-10)) lines.push(`    ${escapeTerminal(l)}`);
  }
  const failed = m.failedLaunches;
  if (failed.length) {
    const kinds = [...new Set(failed.map((l) => l.status))].map((s) => `${failed.filter((l) => l.status === s).length} ${s}`).join(", ");
    lines.push(`  ${failed.length} launch(es) failed (${kinds}); details in report.md.`);
  }
  for (const d of m.models ? m.models.map((g) => g.depth) : [m.depth]) {
    if (!d) continue;
    const on = d.model !== null ? `model ${d.model}: ` : "";
    if (d.rss.length) lines.push(`  ${escapeTerminal(on + depthSummaryLine(d))}`);
    for (const f2 of d.failures) lines.push(`  ${escapeTerminal(on + f2.detail)}`);
  }
  for (const w of m.host?.warnings ?? []) lines.push(`  host warning: ${escapeTerminal(w)}`);
  return lines;
}
function renderTerminal(model) {
  const parts = [];
  const single = model.machines.length === 1;
  for (const m of model.machines) {
    if (!single) parts.push(`== ${escapeTerminal(m.label)} ==`);
    if (m.outcome === "failed" && m.builds.some((b) => !b.ok)) parts.push(...machineFooter(m, single), "");
    else parts.push(machineTable(m), "", ...machineFooter(m, single), "");
  }
  if (!single) parts.push(escapeTerminal(plain(model.firstLine)));
  return parts.join("\n").trimEnd() + "\n";
}

// src/report/html/svg.ts
var COLORS = { A: "#1f77b4", B: "#ff7f0e", ratio: "#444", margin: "#2ca02c" };
var f = (x) => (Math.round(x * 10) / 10).toString();
function niceTicks(lo, hi, count = 5) {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw);
  const out = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}
function linear(domain, range2, ticks) {
  const [d0, d1] = domain[0] === domain[1] ? [domain[0] - 1, domain[1] + 1] : domain;
  const s = ((x) => range2[0] + (x - d0) / (d1 - d0) * (range2[1] - range2[0]));
  s.domain = [d0, d1];
  s.ticks = ticks ?? niceTicks(d0, d1);
  return s;
}
function logScale(domain, range2, ticks) {
  const [l0, l1] = [Math.log(domain[0]), Math.log(domain[1])];
  const s = ((x) => range2[0] + (Math.log(x) - l0) / (l1 - l0 || 1) * (range2[1] - range2[0]));
  s.domain = domain;
  s.ticks = ticks;
  return s;
}
var frame = (width = 640, height = 240) => ({ width, height, left: 64, right: 16, top: 40, bottom: 40 });
function open(kind, fr, title, series2, points) {
  return `<svg class="chart" data-chart="${escapeHtml(kind)}" data-series="${series2}" data-points="${points}" viewBox="0 0 ${fr.width} ${fr.height}" width="${fr.width}" height="${fr.height}" role="img" aria-label="${escapeHtml(title)}"><title>${escapeHtml(title)}</title><text class="ttl" x="${fr.left}" y="16">${escapeHtml(title)}</text>`;
}
function xAxis(fr, x, label, fmt = String) {
  const y = fr.height - fr.bottom;
  const ticks = x.ticks.filter((t) => t >= x.domain[0] - 1e-9 && t <= x.domain[1] + 1e-9);
  return `<g class="axis x"><line x1="${fr.left}" x2="${fr.width - fr.right}" y1="${y}" y2="${y}"/>` + ticks.map((t) => `<line x1="${f(x(t))}" x2="${f(x(t))}" y1="${y}" y2="${y + 4}"/><text x="${f(x(t))}" y="${y + 16}" text-anchor="middle">${escapeHtml(fmt(t))}</text>`).join("") + `<text class="lbl" x="${(fr.left + fr.width - fr.right) / 2}" y="${fr.height - 6}" text-anchor="middle">${escapeHtml(label)}</text></g>`;
}
function yAxis(fr, y, label, fmt = String) {
  const ticks = y.ticks.filter((t) => t >= y.domain[0] - 1e-9 && t <= y.domain[1] + 1e-9);
  return `<g class="axis y"><line x1="${fr.left}" x2="${fr.left}" y1="${fr.top}" y2="${fr.height - fr.bottom}"/>` + ticks.map((t) => `<line class="grid" x1="${fr.left}" x2="${fr.width - fr.right}" y1="${f(y(t))}" y2="${f(y(t))}"/><text x="${fr.left - 6}" y="${f(y(t))}" dy="0.32em" text-anchor="end">${escapeHtml(fmt(t))}</text>`).join("") + `<text class="lbl" transform="translate(14 ${(fr.top + fr.height - fr.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeHtml(label)}</text></g>`;
}
function series(name, color, pts, opts = {}) {
  const path = opts.line !== false && pts.length > 1 ? `<polyline fill="none" stroke="${color}" stroke-width="1.8"${opts.dash ? ' stroke-dasharray="5 3"' : ""} points="${pts.map((p) => `${f(p.x)},${f(p.y)}`).join(" ")}"/>` : "";
  const dots = pts.map((p) => `<circle class="pt" cx="${f(p.x)}" cy="${f(p.y)}" r="${opts.r ?? 3}" fill="${color}"><title>${escapeHtml(p.tip)}</title></circle>`).join("");
  return `<g class="series" data-series="${escapeHtml(name)}" data-points="${pts.length}">${path}${dots}</g>`;
}
function band(color, lo, hi) {
  if (lo.length < 2) return "";
  const poly = [...lo, ...[...hi].reverse()].map((p) => `${f(p.x)},${f(p.y)}`).join(" ");
  return `<polygon class="band" fill="${color}" fill-opacity="0.15" stroke="none" points="${poly}"/>`;
}
function legend(fr, items) {
  let x = fr.width - fr.right;
  const parts = [];
  for (const it of [...items].reverse()) {
    const w = 26 + it.name.length * 6.2;
    x -= w;
    parts.push(`<g class="key"><line x1="${f(x)}" x2="${f(x + 16)}" y1="27" y2="27" stroke="${it.color}" stroke-width="2"${it.dash ? ' stroke-dasharray="5 3"' : ""}/><text x="${f(x + 20)}" y="31">${escapeHtml(it.name)}</text></g>`);
  }
  return `<g class="legend">${parts.join("")}</g>`;
}

// src/report/html/charts.ts
var finite = (x) => typeof x === "number" && Number.isFinite(x) && x > 0;
function forestChart(m, rows) {
  const rowH = 24;
  const fr = { ...frame(720, 0), left: 150, right: 190 };
  fr.height = fr.top + rows.length * rowH + fr.bottom;
  const xs = [1, m.bounds[0], m.bounds[1], ...rows.flatMap((r) => [r.ratio, ...r.ci ?? []]).filter(finite)];
  const lo = Math.max(0.5, Math.min(...xs));
  const hi = Math.min(2, Math.max(...xs));
  const ticks = [.../* @__PURE__ */ new Set([m.bounds[0], 1, m.bounds[1], ...niceTicks(lo, hi, 4).filter((t) => t > 0)])].filter((t) => t >= lo && t <= hi).sort((a, b) => a - b);
  const x = logScale([lo, hi], [fr.left, fr.width - fr.right], ticks);
  const clampX = (v) => x(Math.min(hi, Math.max(lo, v)));
  const y = (i) => fr.top + i * rowH + rowH / 2;
  const bottom = fr.height - fr.bottom;
  const shown = rows.filter((r) => finite(r.ratio));
  const title = `B/A per workload with its ${m.descriptiveOnly ? "ratio of medians (no interval: no verdict computed)" : `${fmtLevel(m.runLevel)} interval`}; shaded: \xB1${fmtMargin(m.margin)} margin`;
  const parts = [
    open("forest", fr, title, 1, shown.length),
    `<rect class="margin" x="${f(x(m.bounds[0]))}" y="${fr.top}" width="${f(x(m.bounds[1]) - x(m.bounds[0]))}" height="${bottom - fr.top}" fill="${COLORS.margin}" fill-opacity="0.12"/>`,
    `<line class="one" x1="${f(x(1))}" x2="${f(x(1))}" y1="${fr.top}" y2="${bottom}" stroke="#000" stroke-dasharray="3 3"/>`,
    xAxis(fr, x, "B/A (log scale; left of 1 = B slower)", (v) => fmtRatio(v))
  ];
  const pts = [];
  rows.forEach((r, i) => {
    parts.push(`<text class="name" x="${fr.left - 8}" y="${f(y(i))}" dy="0.32em" text-anchor="end">${escapeHtml(`${MARKS[r.outcome]} ${r.id}`)}</text>`);
    parts.push(`<text class="fig" x="${fr.width - fr.right + 8}" y="${f(y(i))}" dy="0.32em">${escapeHtml(finite(r.ratio) ? `${fmtRatio(r.ratio)} ${r.ci ? fmtInterval(r.ci) : ""}` : "no data")}</text>`);
    if (!finite(r.ratio)) return;
    const err = r.ci && finite(r.ci[0]) && finite(r.ci[1]) ? `<line class="ci" x1="${f(clampX(r.ci[0]))}" x2="${f(clampX(r.ci[1]))}" y1="${f(y(i))}" y2="${f(y(i))}" stroke="${COLORS.ratio}" stroke-width="2"/>` : "";
    pts.push(`${err}<circle class="pt" cx="${f(clampX(r.ratio))}" cy="${f(y(i))}" r="4.5" fill="${r.outcome === "regression" ? "#d62728" : r.outcome === "improvement" ? "#2ca02c" : COLORS.ratio}"><title>${escapeHtml(`${r.id}: B/A ${fmtRatio(r.ratio)} ${fmtInterval(r.ci)}`)}</title></circle>`);
  });
  parts.push(`<g class="series" data-series="B/A" data-points="${shown.length}">${pts.join("")}</g>`);
  return parts.join("") + "</svg>";
}
function blockChart(w) {
  const fr = frame(640, 200);
  const blocks = w.blocks;
  const vals = blocks.flatMap((b2) => [b2.a, b2.b]).filter(finite);
  const xs = blocks.map((b2) => b2.block);
  const x = linear([Math.min(...xs, 1), Math.max(...xs, 1)], [fr.left + 8, fr.width - fr.right - 8], niceTicks(Math.min(...xs, 1), Math.max(...xs, 1), Math.min(8, blocks.length)).filter(Number.isInteger));
  const pad = vals.length ? (Math.max(...vals) - Math.min(...vals)) * 0.1 || Math.max(...vals) * 0.02 : 1;
  const y = linear(vals.length ? [Math.min(...vals) - pad, Math.max(...vals) + pad] : [0, 1], [fr.height - fr.bottom, fr.top]);
  const side = (v) => blocks.filter((b2) => finite(b2[v])).map((b2) => ({ x: x(b2.block), y: y(b2[v]), tip: `block ${b2.block}, ${v.toUpperCase()}: ${fmtTs(b2[v])} t/s` }));
  const pairs = blocks.filter((b2) => finite(b2.a) && finite(b2.b)).map((b2) => `<line x1="${f(x(b2.block))}" x2="${f(x(b2.block))}" y1="${f(y(b2.a))}" y2="${f(y(b2.b))}" stroke="#999" stroke-width="1"/>`).join("");
  const a = side("a");
  const b = side("b");
  return [
    open(`blocks-${w.id}`, fr, `${w.id}: t/s by block, A and B (paired launches joined)`, 2, a.length + b.length),
    legend(fr, [{ name: "A", color: COLORS.A }, { name: "B", color: COLORS.B }]),
    yAxis(fr, y, "t/s", (v) => fmtTs(v)),
    xAxis(fr, x, "block (counted)"),
    `<g class="pairs">${pairs}</g>`,
    series("A", COLORS.A, a, { line: false }),
    series("B", COLORS.B, b, { line: false }),
    "</svg>"
  ].join("");
}
var fmtDepth = (d) => d >= 1024 && d % 1024 === 0 ? `${d / 1024}k` : String(d);
function depthChart2(kind, title, unit, points, scale = 1, extra = []) {
  const fr = frame(640, 240);
  const depths = points.map((p) => p.depth);
  const vals = [...points.flatMap((p) => [p.a, p.b, ...p.aBand ?? [], ...p.bBand ?? []]), ...extra.flatMap((e) => e.points.map((p) => p[e.side]))].filter((v) => typeof v === "number" && Number.isFinite(v)).map((v) => v / scale);
  const x = linear([Math.min(...depths), Math.max(...depths)], [fr.left + 8, fr.width - fr.right - 8]);
  const top = vals.length ? Math.max(...vals) * 1.08 : 1;
  const y = linear([0, top], [fr.height - fr.bottom, fr.top]);
  const num3 = (v) => Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
  const pts = (side, ps) => ps.filter((p) => typeof p[side] === "number").map((p) => ({ x: x(p.depth), y: y(p[side] / scale), tip: `depth ${p.depth}, ${side.toUpperCase()}: ${num3(p[side] / scale)} ${unit}` }));
  const bandOf = (which, color) => {
    const ps = points.filter((p) => p[which]);
    return band(color, ps.map((p) => ({ x: x(p.depth), y: y(p[which][0] / scale) })), ps.map((p) => ({ x: x(p.depth), y: y(p[which][1] / scale) })));
  };
  const main = [series("A", COLORS.A, pts("a", points)), series("B", COLORS.B, pts("b", points))];
  const more = extra.map((e) => series(e.name, e.color, pts(e.side, e.points), { dash: e.dash, r: 2 }));
  const count = [...main, ...more].length;
  const n = pts("a", points).length + pts("b", points).length + extra.reduce((s, e) => s + pts(e.side, e.points).length, 0);
  return [
    open(kind, fr, title, count, n),
    legend(fr, [{ name: "A", color: COLORS.A }, { name: "B", color: COLORS.B }, ...extra.map((e) => ({ name: e.name, color: e.color, dash: e.dash }))]),
    yAxis(fr, y, unit, num3),
    xAxis(fr, x, "KV depth (tokens)", fmtDepth),
    bandOf("aBand", COLORS.A),
    bandOf("bBand", COLORS.B),
    ...main,
    ...more,
    "</svg>"
  ].join("");
}
function depthRatioChart(kind, title, points, margin) {
  const fr = frame(640, 180);
  const shown = points.filter((p) => finite(p.ratio));
  const depths = points.map((p) => p.depth);
  const x = linear([Math.min(...depths), Math.max(...depths)], [fr.left + 8, fr.width - fr.right - 8]);
  const vals = [1 / (1 + margin), 1 + margin, ...shown.flatMap((p) => [p.ratio, ...p.ci ?? []])].filter(finite);
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  const padY = (hi - lo) * 0.08;
  const y = linear([lo - padY, hi + padY], [fr.height - fr.bottom, fr.top]);
  const bars = shown.filter((p) => p.ci).map((p) => `<line class="ci" x1="${f(x(p.depth))}" x2="${f(x(p.depth))}" y1="${f(y(p.ci[0]))}" y2="${f(y(p.ci[1]))}" stroke="${COLORS.ratio}" stroke-width="2"/>`).join("");
  return [
    open(kind, fr, title, 1, shown.length),
    `<rect class="margin" x="${fr.left}" y="${f(y(1 + margin))}" width="${fr.width - fr.left - fr.right}" height="${f(y(1 / (1 + margin)) - y(1 + margin))}" fill="${COLORS.margin}" fill-opacity="0.12"/>`,
    yAxis(fr, y, "B/A", (v) => v.toFixed(3)),
    xAxis(fr, x, "KV depth (tokens)", fmtDepth),
    `<line class="one" x1="${fr.left}" x2="${fr.width - fr.right}" y1="${f(y(1))}" y2="${f(y(1))}" stroke="#000" stroke-dasharray="3 3"/>`,
    bars,
    series("B/A", COLORS.ratio, shown.map((p) => ({ x: x(p.depth), y: y(p.ratio), tip: `depth ${p.depth}: B/A ${fmtRatio(p.ratio)} ${fmtInterval(p.ci)}${p.verdict ? ` (${p.verdict})` : ""}` }))),
    "</svg>"
  ].join("");
}
function depthCharts(d, margin) {
  const level = d.ciLevel ? `${fmtLevel(d.ciLevel)} interval` : "no interval";
  const bandNote = d.launchesPerVariant > 1 ? `; bands: range over ${d.launchesPerVariant} launches` : "";
  const out = [];
  for (const [metric, points, name] of [["tg", d.tg, "S_TG (generation)"], ["pp", d.pp, "S_PP (prompt processing)"]]) {
    if (points.length === 0) continue;
    out.push(depthChart2(`depth-${metric}`, `${name} t/s against KV depth${bandNote ? ", medians" : ""}${bandNote}`, "t/s", points));
    if (points.some((p) => finite(p.ratio))) out.push(depthRatioChart(`depth-${metric}-ratio`, `${name}: B/A per depth with its ${level}; shaded: \xB1${fmtMargin(margin)}`, points, margin));
  }
  if (d.rss.length) {
    const shared = d.shmem.some((p) => (p.a ?? 0) > 0 || (p.b ?? 0) > 0);
    out.push(depthChart2("depth-memory", `Resident MiB against KV depth: total (solid), private anonymous (dashed)${shared ? ", shmem (dotted)" : ""}`, "MiB", d.rss, 1024, [
      { name: "A anon", color: COLORS.A, points: d.anon, dash: true, side: "a" },
      { name: "B anon", color: COLORS.B, points: d.anon, dash: true, side: "b" },
      ...shared ? [
        { name: "A shmem", color: COLORS.A, points: d.shmem, dash: true, side: "a" },
        { name: "B shmem", color: COLORS.B, points: d.shmem, dash: true, side: "b" }
      ] : []
    ]));
  }
  if (d.nodes.length > 1) {
    const palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"];
    const extra = d.nodes.flatMap((n, i) => [
      { name: `A node ${n.id}`, color: palette[2 * i % palette.length], points: n.points, side: "a" },
      { name: `B node ${n.id}`, color: palette[(2 * i + 1) % palette.length], points: n.points, side: "b", dash: true }
    ]);
    out.push(nodeChart(extra));
  }
  return out;
}
function nodeChart(lines) {
  const fr = frame(640, 240);
  const depths = lines[0].points.map((p) => p.depth);
  const vals = lines.flatMap((l) => l.points.map((p) => p[l.side])).filter((v) => typeof v === "number").map((v) => v / 1024);
  const x = linear([Math.min(...depths), Math.max(...depths)], [fr.left + 8, fr.width - fr.right - 8]);
  const y = linear([0, (vals.length ? Math.max(...vals) : 1) * 1.08], [fr.height - fr.bottom, fr.top]);
  const drawn = lines.map((l) => {
    const pts = l.points.filter((p) => typeof p[l.side] === "number").map((p) => ({ x: x(p.depth), y: y(p[l.side] / 1024), tip: `depth ${p.depth}, ${l.name}: ${(p[l.side] / 1024).toFixed(1)} MiB` }));
    return { svg: series(l.name, l.color, pts, { dash: l.dash }), n: pts.length };
  });
  return [
    open("depth-memory-nodes", fr, "Resident MiB per NUMA node against KV depth (all mapping kinds)", lines.length, drawn.reduce((s, d) => s + d.n, 0)),
    legend(fr, lines.map((l) => ({ name: l.name, color: l.color, dash: l.dash }))),
    yAxis(fr, y, "MiB", (v) => v.toFixed(0)),
    xAxis(fr, x, "KV depth (tokens)", fmtDepth),
    ...drawn.map((d) => d.svg),
    "</svg>"
  ].join("");
}

// src/report/html/page.ts
var CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#222}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #ddd}h3{font-size:15px;margin:18px 0 6px}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#f3f3f3;padding:1px 3px;border-radius:3px}
table{border-collapse:collapse;margin:6px 0 12px}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}pre{background:#f6f6f6;padding:8px;overflow:auto;max-height:360px;font-size:12px}
.sub{color:#555}.warn{color:#8a5a00}.note{color:#555;font-size:12px}
svg.chart{display:block;margin:8px 0;width:100%;max-width:720px;height:auto;font-size:11px;font-family:system-ui,sans-serif}svg .ttl{font-weight:600;font-size:12px}
svg .axis line{stroke:#888}svg .axis .grid{stroke:#eee}svg .lbl{fill:#555}
.grid2{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:4px 16px}
`;
function phraseHtml(p) {
  return p.map((s) => typeof s === "string" ? escapeHtml(s) : `<code>${escapeHtml(s.code)}</code>`).join("");
}
var row = (cells, numeric = []) => `<tr>${cells.map((c, i) => `<td${numeric[i] ? ' class="n"' : ""}>${c}</td>`).join("")}</tr>`;
var head = (cells, numeric = []) => `<tr>${cells.map((c, i) => `<th${numeric[i] ? ' class="n"' : ""}>${escapeHtml(c)}</th>`).join("")}</tr>`;
var kvTable = (rows) => `<table>${rows.map((r) => `<tr><th>${escapeHtml(r.key)}${r.keyCode ? ` <code>${escapeHtml(r.keyCode)}</code>` : ""}</th><td>${escapeHtml(r.value)}</td></tr>`).join("")}</table>`;
function workloadTable(m) {
  const num3 = [false, true, true, true, false, true, false, true, true, false];
  const rowOf = (w) => row([
    `<code>${escapeHtml(w.id)}</code>`,
    fmtTs(w.aTs),
    fmtTs(w.bTs),
    `<b>${fmtRatio(w.ratio)}</b>`,
    escapeHtml(fmtInterval(w.ci)) + (w.levelNote ? ` (${escapeHtml(fmtLevel(w.ciLevel))})` : ""),
    fmtChange(w.ratio),
    `${MARKS[w.outcome]} ${escapeHtml(LABELS[w.outcome])}`,
    `${fmtPercent(w.cvA)} / ${fmtPercent(w.cvB)}`,
    `${w.okA}${w.failedA ? ` (+${w.failedA} failed)` : ""} / ${w.okB}${w.failedB ? ` (+${w.failedB} failed)` : ""}`,
    escapeHtml(w.why) + (w.needs ? ` ${escapeHtml(w.needs)}.` : "")
  ], num3);
  const rows = m.models ? m.models.flatMap((g) => [`<tr class="model"><th colspan="10">${MARKS[g.outcome]} ${escapeHtml(g.name)}</th></tr>`, ...g.workloads.map(rowOf)]) : m.workloads.map(rowOf);
  const notes = m.workloads.filter((w) => w.levelNote).map((w) => `<p class="note"><code>${escapeHtml(w.id)}</code>: ${escapeHtml(w.levelNote)}</p>`).join("");
  const interval = m.descriptiveOnly ? "Interval" : `${fmtLevel(m.runLevel)} interval`;
  return `<table class="workloads">${head(["Workload", "A t/s", "B t/s", "B/A", interval, "Change", "Verdict", "CV A / B", "Launches A / B", "Why"], num3)}${rows.join("")}</table>${notes}`;
}
function depthSection(d, m, h = "h3") {
  const charts2 = depthCharts(d, m.margin);
  const speedRows = d.tg.map((p) => {
    const pp = d.pp.find((q) => q.depth === p.depth);
    const total = d.rss.find((q) => q.depth === p.depth);
    return row([
      String(p.depth),
      fmtTs(p.a),
      fmtTs(p.b),
      fmtRatio(p.ratio),
      escapeHtml(fmtInterval(p.ci)),
      escapeHtml(p.verdict ?? "\u2013"),
      fmtTs(pp?.a),
      fmtTs(pp?.b),
      fmtRatio(pp?.ratio),
      escapeHtml(fmtInterval(pp?.ci)),
      escapeHtml(pp?.verdict ?? "\u2013"),
      fmtMiB(total?.a),
      fmtMiB(total?.b)
    ], [true, true, true, true, false, false, true, true, true, false, false, true, true]);
  });
  const memRows = d.tg.length ? "" : d.rss.map((p, i) => row([String(p.depth), fmtMiB(p.a), fmtMiB(p.b), fmtRatio(p.ratio), escapeHtml(fmtInterval(p.ci)), fmtMiB(d.anon[i]?.a), fmtMiB(d.anon[i]?.b), fmtMiB(d.shmem[i]?.a), fmtMiB(d.shmem[i]?.b)], [true, true, true, true, false, true, true, true, true])).join("");
  const table = d.tg.length ? `<table class="depth">${head(["KV depth", "S_TG A", "S_TG B", "B/A", "interval", "verdict", "S_PP A", "S_PP B", "B/A", "interval", "verdict", "resident A", "resident B"])}${speedRows.join("")}</table>` : `<table class="depth">${head(["KV depth", "resident A", "resident B", "B/A", "interval", "anon A", "anon B", "shmem A", "shmem B"])}${memRows}</table>`;
  const launches = d.launchesPerVariant === 1 ? `one ${d.tool} launch per variant` : `${d.launchesPerVariant} ${d.tool} launches per variant (medians; intervals paired by block)`;
  const fails = d.failures.map((x) => `<li class="warn">${escapeHtml(x.detail)}${x.stderr ? `<pre>${escapeHtml(x.stderr)}</pre>` : ""}</li>`).join("");
  return `<${h}>Speed and memory against KV depth${d.model !== null ? `: ${escapeHtml(d.model)}` : ""}</${h}><p class="sub">${escapeHtml(launches)}, context ${d.ctx} tokens. A KV cache committed up front is resident at every depth; a lazily committed one grows with depth.${d.kvBuffers ? ` ${escapeHtml(d.kvBuffers)}.` : ""}${d.genNote ? ` ${escapeHtml(d.genNote)}.` : ""}</p><div class="grid2">${charts2.join("")}</div>${table}${fails ? `<ul>${fails}</ul>` : ""}`;
}
function placementSection(p) {
  const kinds = ["anon", "shmem", "file", "threads"];
  const perNode = p.nodes.flatMap((n) => kinds.map((k) => `node ${n} ${k}`));
  const rows = p.rows.map((r) => row([
    String(r.depth),
    r.variant,
    ...r.cells.flatMap((c) => [mibCell(c.anonKiB), mibCell(c.shmemKiB), mibCell(c.fileKiB), String(c.threads)]),
    fmtShare(r.evenness)
  ], [true, false, ...perNode.map(() => true), true])).join("");
  const blocks = (p.blocks ?? []).map((r) => row([
    String(r.block),
    String(r.depth),
    r.variant,
    ...r.cells.flatMap((c) => [mibCell(c.anonKiB), mibCell(c.shmemKiB), mibCell(c.fileKiB), String(c.threads)]),
    fmtShare(r.evenness)
  ], [true, true, false, ...perNode.map(() => true), true])).join("");
  const perBlock = p.blocks && p.blocks.length > 0 ? `<p class="sub">Per counted block (one depth launch per variant and block): a median per node mixes blocks whose memory sat on different nodes, so each launch is shown as it was.</p><table class="placement-blocks">${head(["block", "KV depth", "variant", ...perNode, "evenness"], [true, true, false, ...perNode.map(() => true), true])}${blocks}</table>` : "";
  const diffs = p.diffs.map((d) => row([String(d.depth), fmtShare(d.a), fmtShare(d.b), fmtShare(d.diff), escapeHtml(fmtShareInterval(d.ci, d.identical)), String(d.n)], [true, true, true, true, false, true])).join("");
  return `<h3 id="placement">Placement in the emulated ${p.guestNodes}-node guest</h3><p class="sub">Where each variant's memory and threads were at each KV depth (medians over the counted depth launches, sampled inside the guest as each depth was reported): resident MiB per node by mapping kind (private anonymous, shmem, file) and the threads whose last CPU was on that node. Evenness: the smallest node's share of the anonymous (private + shmem) memory, 1/${p.nodes.length} when spread evenly, 0 when on one node. Throughput in this guest is emulated and not gated.</p><table class="placement">${head(["KV depth", "variant", ...perNode, "evenness"], [true, false, ...perNode.map(() => true), true])}${rows}</table>${perBlock}<table class="evenness">${head(["KV depth", "evenness A", "evenness B", "B \u2212 A", "interval", "blocks"], [true, true, true, true, false, true])}${diffs}</table>`;
}
function memorySection(m) {
  if (!m.memory) return "";
  const nodes = m.memory.nodeIds;
  const rows = m.memory.workloads.flatMap((w) => w.rows.map((r) => row([
    `<code>${escapeHtml(w.name)}</code>`,
    r.variant,
    String(r.launches),
    fmtMiB(r.peakRssKiB),
    fmtCount(r.minorFaults),
    fmtCount(r.majorFaults),
    ...r.nodeKiB.map((k) => fmtMiB(k)),
    r.evenness === null ? "\u2013" : Number.isFinite(r.evenness) ? `${r.evenness.toFixed(2)}\xD7` : "one node empty"
  ])));
  const peaks = m.memory.workloads.filter((w) => w.peak).map((w) => `<li><code>${escapeHtml(w.name)}</code>: peak RSS B/A ${fmtRatio(w.peak.ratio)}${w.peak.ci ? ` (${fmtLevel(w.peak.level)} interval ${fmtInterval(w.peak.ci)})` : ""}</li>`).join("");
  return `<h3>Memory of the llama-bench launches</h3><p class="sub">Peak memory per launch, medians over counted launches. llama-bench sizes its context to each test, so a KV cache committed only as it fills cannot differ much here: this is not the memory effect of a KV change${m.depth || m.models?.some((g) => g.depth) ? " (see the depth charts above)" : ""}.</p><table>${head(["Workload", "Variant", "Launches", "Peak RSS", "Minor faults", "Major faults", ...nodes.map((n) => `Node ${n}`), "Evenness"])}${rows.join("")}</table><ul>${peaks}</ul>`;
}
function detailsSection(m) {
  const host = m.host ? `<h3>Host</h3>${m.host.warnings.map((w) => `<p class="warn">\u26A0\uFE0F ${escapeHtml(w)}</p>`).join("")}${kvTable([...m.host.rows, ...m.host.nodes])}` : "";
  const builds = `<h3>Builds</h3><table>${head(["Variant", "Name", "Ref", "Commit", "Build", "Time"])}${m.builds.map((b) => row([
    b.variant,
    escapeHtml(b.name),
    b.refShown === null ? "(the commit)" : escapeHtml(b.refShown),
    b.commit ? `<code title="${escapeHtml(b.commit)}">${escapeHtml(b.shortCommit)}</code>` : "\u2013",
    b.ok ? b.reused ? "reused" : "built" : `\u274C failed${b.error ? `: ${escapeHtml(b.error)}` : ""}`,
    fmtSeconds(b.seconds)
  ])).join("")}</table>${m.builds.filter((b) => !b.ok && b.logTail).map((b) => `<p>Build log of ${escapeHtml(b.variant)}${b.logPath ? ` (${escapeHtml(b.logPath)})` : ""}:</p><pre>${escapeHtml(b.logTail)}</pre>`).join("")}`;
  const levers = `<h3>Levers and settings</h3>${kvTable(m.levers)}`;
  const failed = m.failedLaunches.length ? `<h3>Failed or timed-out launches (${m.failedLaunches.length})</h3><ul>${m.failedLaunches.map((l) => `<li><code>${escapeHtml(l.workload)}</code>, block ${l.block}${l.warmup ? " (warm-up)" : ""}, variant ${escapeHtml(l.variant)}: ${escapeHtml(l.detail)}${l.stderr ? `<pre>${escapeHtml(l.stderr)}</pre>` : ""}</li>`).join("")}</ul>` : "<h3>Failed launches</h3><p>None.</p>";
  return host + builds + levers + failed;
}
function charts(m, ws, h) {
  const rows = ws.map((w) => ({ id: w.id, ratio: w.ratio, ci: w.ci, outcome: w.outcome }));
  const blocks = ws.filter((w) => w.blocks.length > 0).map(blockChart);
  return [
    rows.some((r) => r.ratio !== null) ? forestChart(m, rows) : "",
    blocks.length ? `<${h}>Launches by block</${h}><div class="grid2">${blocks.join("")}</div>` : ""
  ].join("\n");
}
function chartSections(m) {
  if (!m.models) return charts(m, m.workloads, "h3");
  return m.models.map((g) => `<section class="model-charts" id="charts-${escapeHtml(g.name)}"><h3>${MARKS[g.outcome]} ${escapeHtml(g.name)}</h3>
${charts(m, g.workloads, "h4")}${g.depth ? `
${depthSection(g.depth, m, "h4")}` : ""}</section>`).join("\n");
}
function machineSection(m, fleet) {
  return [
    fleet ? `<h2 id="machine-${escapeHtml(m.label)}">${MARKS[m.outcome]} ${escapeHtml(m.label)}: ${phraseHtml(m.verdict)}</h2>` : "",
    m.warnings.map((w) => `<p class="warn">\u26A0\uFE0F ${escapeHtml(w)}</p>`).join(""),
    m.models ? `<h3>By model</h3><ul class="models">${m.models.map((g) => `<li id="model-${escapeHtml(g.name)}">${MARKS[g.outcome]} <b>${escapeHtml(g.name)}</b>: ${phraseHtml(g.verdict)}</li>`).join("")}</ul>` : "",
    m.workloads.length ? workloadTable(m) : "",
    [m.detectable, m.runner].filter((x) => x !== null).map((x) => `<p>${escapeHtml(x)}</p>`).join(""),
    chartSections(m),
    m.depth ? depthSection(m.depth, m) : "",
    m.placement ? placementSection(m.placement) : "",
    memorySection(m),
    detailsSection(m)
  ].join("\n");
}
function renderHtml(model, opts = {}) {
  const first = model.machines[0];
  const side = (id) => {
    const s = first?.sides.find((x) => x.id === id);
    if (!s) return id;
    const where = [s.refShown, s.shortCommit ? `<code title="${escapeHtml(s.commit)}">${escapeHtml(s.shortCommit)}</code>` : null].filter(Boolean);
    return `<b>${id}</b> = ${escapeHtml(s.name)}${where.length ? ` (${where.map((w) => w.startsWith("<code") ? w : escapeHtml(w)).join(" @ ")})` : ""}${s.slowdown ? ` \u2014 ${escapeHtml(s.slowdown)}` : ""}`;
  };
  const title = `llama-perf-gate${opts.title ? `: ${opts.title}` : ""}`;
  const when = first ? `${first.startedAt}${first.finishedAt ? ` \u2013 ${first.finishedAt}` : ""}` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title><style>${CSS}</style></head><body>
<h1 id="verdict">${phraseHtml(model.firstLine)}</h1>
<p class="sub">${escapeHtml(title)} \xB7 ${side("B")} vs ${side("A")}; throughput in tokens/s, B/A below 1 = B slower. ${escapeHtml(VERDICT_WORDS[model.overall])}; gate: ${escapeHtml(model.gate.words)}.</p>
${first?.compared ? `<p class="sub">${phraseHtml(first.compared)}</p>` : ""}
${model.problems.map((p) => `<p class="warn">\u26A0\uFE0F ${escapeHtml(p.text)}</p>`).join("")}
${model.fleet ? `<p class="note">${escapeHtml(model.overallRule)}</p>` : ""}
${model.machines.map((m) => machineSection(m, model.fleet)).join("\n")}
<p class="note">${escapeHtml(model.tool)} \xB7 ${escapeHtml(when)} \xB7 every raw sample is in results.json</p>
</body></html>
`;
}

// src/report/check.ts
var TITLE_MAX = 120;
function titleFor(model) {
  const ms = model.machines;
  const fleetWide = ms.length > 1;
  const where = (o) => ms.filter((m) => m.outcome === o).map((m) => m.label).join(", ");
  const ws = (o) => ms.flatMap((m) => m.workloads.filter((w) => w.outcome === o));
  let t;
  switch (model.overall) {
    case "regression": {
      const hit = ws("regression").map((w) => `${w.id} ${fmtRatio(w.ratio)}`).join(", ");
      t = `Regression: B/A ${hit}${fleetWide ? ` on ${where("regression")}` : ""}`;
      break;
    }
    case "failed": {
      const m = ms.find((x) => x.outcome === "failed");
      const p = model.problems.find((x) => x.outcome === "failed");
      t = m ? `Run failed${fleetWide ? ` on ${m.label}` : ""}: ${m.failure ?? "unknown reason"}` : `Failed: ${p?.text ?? "unknown reason"}`;
      break;
    }
    case "incomplete": {
      const m = ms.find((x) => x.outcome === "incomplete");
      t = m ? `Incomplete${fleetWide ? ` on ${m.label}` : ""}: ${m.failure ?? "stopped early"}` : `Incomplete: ${model.problems.find((p) => p.outcome === "incomplete")?.text ?? "a machine sent no results"}`;
      break;
    }
    case "no-verdict":
      t = `No verdict computed${fleetWide ? ` on ${where("no-verdict")}` : ""}: descriptive figures only`;
      break;
    case "placed":
    case "inconclusive": {
      const o = model.overall;
      const m = ms.find((x) => x.outcome === o);
      t = m ? plain(m.verdict) : `Inconclusive: ${ws("inconclusive").map((w) => w.id).join(", ")}`;
      break;
    }
    case "improvement":
      t = `Improvement: B/A ${ws("improvement").map((w) => `${w.id} ${fmtRatio(w.ratio)}`).join(", ")}`;
      break;
    case "neutral": {
      const margin = ms[0]?.margin;
      t = `Neutral: every workload within \xB1${fmtMargin(margin)}${fleetWide ? ` on ${ms.length} machines` : ""}`;
      break;
    }
  }
  const text = escapeTerminal(t);
  return [...text].length <= TITLE_MAX ? text : [...text].slice(0, TITLE_MAX - 1).join("") + "\u2026";
}
function renderCheckOutput(model, opts = {}) {
  const context = templateContext(model, { title: opts.title, fullReportUrl: opts.fullReportUrl, htmlReportUrl: opts.htmlReportUrl, marker: false });
  return {
    conclusion: model.gate.conclusion,
    title: titleFor(model),
    // Shallow copies: fitting a body under the limit switches sections off on its own copy.
    summary: renderProjectTemplate("checkSummary", { ...context, show: { table: true, chart: true, details: false, tails: false, rawSamples: false } }, CHECK_MAX_CHARS),
    text: renderProjectTemplate("checkText", { ...context }, CHECK_MAX_CHARS)
  };
}

export {
  detectable,
  describeSlowdown,
  buildReportModel,
  withProblems,
  COMMENT_MAX_CHARS,
  CHECK_MAX_CHARS,
  JOB_SUMMARY_MAX_CHARS,
  CHECK_TITLE_MAX_CHARS,
  ANNOTATIONS_PER_REQUEST,
  fitToLimit,
  renderMarkdown,
  renderTerminal,
  renderHtml,
  renderCheckOutput
};
