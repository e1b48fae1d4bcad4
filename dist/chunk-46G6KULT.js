import { createRequire as __lpgCreateRequire } from 'node:module';
const require = __lpgCreateRequire(import.meta.url);
import {
  EnvironmentError,
  UserError,
  interruptedBy,
  track
} from "./chunk-APCGAE3R.js";
import {
  STICKY_MARKER,
  blocksNeededPhrase,
  codeSpan,
  escapeCodeBlock,
  escapeHtml,
  escapeInline,
  escapeMarkdown,
  escapeTerminal,
  fenceFor,
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
  fmtTs,
  safeUrl
} from "./chunk-3ST53JNR.js";
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
    function extend(obj2) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj2[key] = arguments[i][key];
          }
        }
      }
      return obj2;
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
      instance.registerHelper("lookup", function(obj2, field, options) {
        if (!obj2) {
          return obj2;
        }
        return options.lookupProperty(obj2, field);
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
    }
    function _interopRequireWildcard(obj2) {
      if (obj2 && obj2.__esModule) {
        return obj2;
      } else {
        var newObj = {};
        if (obj2 != null) {
          for (var key in obj2) {
            if (Object.prototype.hasOwnProperty.call(obj2, key)) newObj[key] = obj2[key];
          }
        }
        newObj["default"] = obj2;
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
        strict: function strict(obj2, name, loc) {
          if (!obj2 || !(name in obj2)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj2, {
              loc
            });
          }
          return container.lookupProperty(obj2, name);
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
          var obj2 = param || common;
          if (param && common && param !== common) {
            obj2 = Utils.extend({}, common, param);
          }
          return obj2;
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
    function lookupOwnProperty(obj2, name) {
      if (obj2 && Object.prototype.hasOwnProperty.call(obj2, name)) {
        return obj2[name];
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
    }
    function _interopRequireWildcard(obj2) {
      if (obj2 && obj2.__esModule) {
        return obj2;
      } else {
        var newObj = {};
        if (obj2 != null) {
          for (var key in obj2) {
            if (Object.prototype.hasOwnProperty.call(obj2, key)) newObj[key] = obj2[key];
          }
        }
        newObj["default"] = obj2;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base2 = _interopRequireWildcard(_handlebarsBase);
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
      var hb = new base2.HandlebarsEnvironment();
      Utils.extend(hb, base2);
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
        scopedId: function scopedId(path3) {
          return /^\.|this\b/.test(path3.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path3) {
          return path3.parts.length === 1 && !AST.helpers.scopedId(path3) && !path3.depth;
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
        parseError: function parseError(str4, hash) {
          throw new Error(str4);
        },
        parse: function parse(input) {
          var self = this, stack = [0], vstack = [null], lstack = [], table2 = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
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
              action = table2[state] && table2[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table2[state]) if (this.terminals_[p] && p > 2) {
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
                newState = table2[stack[stack.length - 2]][stack[stack.length - 1]];
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
          parseError: function parseError(str4, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str4, hash);
            } else {
              throw new Error(str4);
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
            var pre3 = this.pastInput();
            var c = new Array(pre3.length + 1).join("-");
            return pre3 + this.upcomingInput() + "\n" + c + "^";
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
      HashPair: function HashPair(pair2) {
        this.acceptRequired(pair2, "value");
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function prepareMustache(path3, params, hash, open2, strip, locInfo) {
      var escapeFlag = open2.charAt(3) || open2.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open2);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path: path3,
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
    function _interopRequireWildcard(obj2) {
      if (obj2 && obj2.__esModule) {
        return obj2;
      } else {
        var newObj = {};
        if (obj2 != null) {
          for (var key in obj2) {
            if (Object.prototype.hasOwnProperty.call(obj2, key)) newObj[key] = obj2[key];
          }
        }
        newObj["default"] = obj2;
        return newObj;
      }
    }
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
        var params = this.setupFullMustacheParams(decorator, program, void 0), path3 = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path3.original);
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
        var path3 = sexpr.path, name = path3.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path3));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path3.strict = true;
        this.accept(path3);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path3 = sexpr.path;
        path3.strict = true;
        this.accept(path3);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path3 = sexpr.path, name = path3.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path3.strict = true;
          path3.falsy = true;
          this.accept(path3);
          this.opcode("invokeHelper", params.length, path3.original, _ast2["default"].helpers.simpleId(path3));
        }
      },
      PathExpression: function PathExpression(path3) {
        var depth = validateDepth(path3);
        var parts = validateParts(path3);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path3), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path3.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path3.strict);
        } else {
          this.opcode("lookupOnContext", parts, path3.falsy, path3.strict, scoped);
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
      BooleanLiteral: function BooleanLiteral(bool2) {
        validateLiteral(bool2);
        this.opcode("pushLiteral", bool2.value);
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
    function validateParts(path3) {
      return validateStringArray(path3, path3.parts, "parts");
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
      var shift2 = 0;
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
        result = result + (digit << shift2);
        shift2 += VLQ_BASE_SHIFT;
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
      var path3 = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path3 = url.path;
      }
      var isAbsolute = exports.isAbsolute(path3);
      var parts = path3.split(/\/+/);
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
      path3 = parts.join("/");
      if (path3 === "") {
        path3 = isAbsolute ? "/" : ".";
      }
      if (url) {
        url.path = path3;
        return urlGenerate(url);
      }
      return path3;
    }
    exports.normalize = normalize;
    function join13(aRoot, aPath) {
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
    exports.join = join13;
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
      var obj2 = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj2);
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
    function parseSourceMapInput(str4) {
      return JSON.parse(str4.replace(/^\)]}'[^\n]*\n/, ""));
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
        sourceURL = join13(urlGenerate(parsed), sourceURL);
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
    function swap2(ary, x, y) {
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
        swap2(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap2(ary, i, j);
          }
        }
        swap2(ary, i + 1, j);
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
      var mapping, str4, segment, end, value;
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
          str4 = aStr.slice(index, end);
          segment = cachedSegments[str4];
          if (segment) {
            index += str4.length;
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
            cachedSegments[str4] = segment;
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
      var str4 = "";
      this.walk(function(chunk) {
        str4 += chunk;
      });
      return str4;
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
        add: function add2(chunks) {
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
      quotedString: function quotedString(str4) {
        str4 = str4 + "";
        if (!NEEDS_ESCAPING.test(str4)) {
          return '"' + str4 + '"';
        }
        return safeJsonLiteral(str4);
      },
      objectLiteral: function objectLiteral(obj2) {
        var _this = this;
        var pairs = [];
        Object.keys(obj2).forEach(function(key) {
          var value = castChunk(obj2[key], _this);
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
      quotedString: function quotedString(str4) {
        return this.source.quotedString(str4);
      },
      objectLiteral: function objectLiteral(obj2) {
        return this.source.objectLiteral(obj2);
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
    function _interopRequireDefault(obj2) {
      return obj2 && obj2.__esModule ? obj2 : { "default": obj2 };
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
      var path3 = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path3;
    };
    PrintVisitor.prototype.StringLiteral = function(string) {
      return '"' + string.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number) {
      return "NUMBER{" + number.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool2) {
      return "BOOLEAN{" + bool2.value + "}";
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
    PrintVisitor.prototype.HashPair = function(pair2) {
      return pair2.key + "=" + this.accept(pair2.value);
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

// src/sys/atomic-file.ts
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function replaceAtomically(path3, write) {
  mkdirSync(dirname(path3), { recursive: true });
  const tmp = join(dirname(path3), `.${basename(path3)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const r = write(tmp);
    renameSync(tmp, path3);
    return r;
  } catch (e) {
    rmSync(tmp, { force: true });
    if (e && typeof e === "object" && e.code) Object.assign(e, { path: path3 });
    throw e;
  }
}
function writeFileAtomic(path3, data) {
  replaceAtomically(path3, (tmp) => writeFileSync(tmp, data));
}

// src/model/presets.ts
var PRESETS = {
  // https://huggingface.co/HuggingFaceTB/SmolLM2-135M/blob/main/config.json
  "smollm2-135m": { embd: 576, layers: 30, ff: 1536, heads: 9, kvHeads: 3, vocab: 49152, ctx: 8192, ropeTheta: 1e5, tied: true },
  // https://huggingface.co/HuggingFaceTB/SmolLM2-360M/blob/main/config.json
  "smollm2-360m": { embd: 960, layers: 32, ff: 2560, heads: 15, kvHeads: 5, vocab: 49152, ctx: 8192, ropeTheta: 1e5, tied: true },
  // https://huggingface.co/meta-llama/Llama-3.2-1B/blob/main/config.json
  "llama-1b": { embd: 2048, layers: 16, ff: 8192, heads: 32, kvHeads: 8, vocab: 128256, ctx: 131072, ropeTheta: 5e5, tied: true },
  // https://huggingface.co/meta-llama/Llama-3.2-3B/blob/main/config.json
  "llama-3b": { embd: 3072, layers: 28, ff: 8192, heads: 24, kvHeads: 8, vocab: 128256, ctx: 131072, ropeTheta: 5e5, tied: true },
  // https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/config.json
  "llama-8b": { embd: 4096, layers: 32, ff: 14336, heads: 32, kvHeads: 8, vocab: 128256, ctx: 131072, ropeTheta: 5e5, tied: false }
};
var PRESET_NAMES = Object.keys(PRESETS);

// src/plan/options.ts
var RUN = ["run", "demo"];
var RUN_BISECT = [...RUN, "bisect"];
var TIMEOUT_MAX_SEC = 24 * 3600;
var MAX_HORIZON = 300;
var OPTIONS = [
  // ── run / demo: the plan (flag names = plan-file keys = Action input names) ──
  { name: "plan", kind: "string", commands: RUN, example: "plan.yml", help: "a plan file (YAML or JSON) with the run flags as keys; flags win", input: { path: true, help: "A plan file (YAML or JSON) with the run flags as keys; other inputs override it." } },
  { name: "repo", kind: "string", commands: RUN_BISECT, example: "../llama.cpp", help: "the llama.cpp or ik_llama.cpp checkout to build", input: { path: true, default: ".", help: "The llama.cpp or ik_llama.cpp checkout to build (relative to the workspace)." } },
  { name: "model", kind: "string", commands: RUN_BISECT, example: "model.gguf", help: "GGUF model file(s) to benchmark, comma-separated: several models are one experiment, each test decided per model; an entry may be a synthetic preset, NAME[:TYPE] (llama-1b:q8_0), written into the cache once", input: { path: true, help: "GGUF model file(s) to benchmark, comma-separated (several: each workload decided per model, one verdict per model); an entry may be a synthetic preset such as `llama-1b:q8_0` (required in mode run)." } },
  { name: "out", kind: "string", commands: RUN_BISECT, example: "perf-out", default: "perf-out", help: "output directory for results.json, report.md and logs", input: { path: true, help: "Output directory for results.json and report.md. Default $RUNNER_TEMP/llama-perf-gate." } },
  { name: "base", kind: "string", commands: RUN, example: "main", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', help: "git ref of variant A", input: { help: "Git ref of variant A. Default the PR's base commit (or the dispatch input `base`)." } },
  { name: "head", kind: "string", commands: RUN, example: "pr-290", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', defaultText: "the base ref", help: "git ref of variant B", input: { help: "Git ref of variant B. Default the PR's head commit (or the dispatch input `head`)." } },
  { name: "compare", kind: "choice", commands: RUN, example: "merge", choices: ["merge", "branch-point", "refs"], default: "refs", help: "which commits the refs stand for: merge (A = the base tip, B = the head merged into it: what merging does), branch-point (A = merge-base of base and head, B = head: the head's own change) or refs (exactly the two refs)", input: { default: "merge", help: "Which commits to compare: merge (A = the base tip, B = the PR merged into it: GitHub's test merge on pull_request events, else a merge made without touching the checkout; a PR that does not merge cleanly falls back to branch-point, and the report says so), branch-point (A = the merge-base, B = the PR head: the PR's own change) or refs (exactly base and head). Needs the history: actions/checkout with fetch-depth: 0." } },
  { name: "base-name", kind: "string", commands: RUN, example: "heap", default: "base", help: "display name of variant A", input: {} },
  { name: "head-name", kind: "string", commands: RUN, example: "mmap", default: "head", help: "display name of variant B (an A/A noise check: --head-name same)", input: {} },
  { name: "base-cmake", kind: "list", commands: RUN, example: "-DGGML_NATIVE=OFF", help: "extra CMake argument for A (values starting with - need the = form)", input: { split: "words", help: "Extra CMake arguments for A (shell-like words or one per line; quotes group, nothing is expanded)." } },
  { name: "head-cmake", kind: "list", commands: RUN, example: "-DGGML_NATIVE=OFF", help: "extra CMake argument for B", input: { split: "words" } },
  { name: "base-arg", kind: "list", commands: RUN, example: "-fa", help: "extra llama-bench argument for A", input: { split: "words" } },
  { name: "head-arg", kind: "list", commands: RUN, example: "-fa", help: "extra llama-bench argument for B", input: { split: "words" } },
  { name: "base-env", kind: "list", commands: RUN, example: "LLAMA_KV_MMAP=1", pattern: /^[A-Za-z_][A-Za-z0-9_]*=/, patternText: "NAME=VALUE", help: "environment of A's benchmark processes, NAME=VALUE", input: { split: "lines", help: "Environment for A's benchmark processes, NAME=value per line." } },
  { name: "head-env", kind: "list", commands: RUN, example: "LLAMA_KV_MMAP=1", pattern: /^[A-Za-z_][A-Za-z0-9_]*=/, patternText: "NAME=VALUE", help: "environment of B's benchmark processes, NAME=VALUE", input: { split: "lines", help: "Environment for B's benchmark processes, NAME=value per line (e.g. LLAMA_KV_MMAP=1)." } },
  { name: "base-slowdown", kind: "number", commands: RUN, example: "0.03", min: 0, max: 1, help: "injected slowdown k of A: an LD_PRELOAD shim makes each llama_decode of A's processes take 1+k times as long (throughput \xD7 1/(1+k); needs a shared libllama)", input: {} },
  { name: "head-slowdown", kind: "number", commands: RUN, example: "0.03", min: 0, max: 1, help: "injected slowdown k of B (e.g. 0.03: 1/1.03 of A's decode throughput on the same build): the known effect a qualification must find", input: {} },
  { name: "workloads", kind: "string", commands: RUN_BISECT, example: "pp512,tg128", default: "pp512,tg128,tg128@d4096", help: "llama-bench tests, comma-separated (pp512, tg128, pp512+tg128, tg128@d4096)", input: {} },
  { name: "threads", kind: "int", commands: RUN_BISECT, example: "4", min: 1, max: 4096, defaultText: "all CPUs", help: "threads (-t), the same for both variants", input: {} },
  { name: "repetitions", kind: "int", commands: RUN_BISECT, example: "3", min: 1, max: 1e3, default: 3, help: "llama-bench -r inside one launch", input: {} },
  { name: "max-blocks", kind: "int", commands: RUN_BISECT, example: "30", min: 2, max: MAX_HORIZON, default: 30, help: "counted blocks at most (warm-up on top)", input: {} },
  { name: "horizon", kind: "int", commands: RUN_BISECT, example: "60", min: 2, max: MAX_HORIZON, defaultText: "twice --max-blocks (at most 300)", help: "declared maximum counted blocks of the experiment (sequential design: `more` extends up to it and keeps \u03B1)", input: {} },
  { name: "spending", kind: "choice", commands: RUN_BISECT, example: "obf", choices: ["obf", "pocock", "reserve", "split"], default: "split", help: "\u03B1-spending function over the horizon: split (default: as reserve for neutral; a change spends less early and more at --max-blocks, Hwang\u2013Shih\u2013DeCani \u03B3 = \u22121), reserve (Pocock-type early decisions over the first half, 5% of \u03B1 kept for `more` over the second), pocock (Pocock-type over the whole horizon) or obf (O'Brien\u2013Fleming-type: most power at the last look)", input: {} },
  { name: "warmup-blocks", kind: "int", commands: RUN_BISECT, example: "1", min: 0, max: 100, default: 1, help: "leading blocks run but not analysed", input: {} },
  { name: "looks", kind: "string", commands: RUN_BISECT, example: "7,15,30", pattern: /^\s*\d+(\s*,\s*\d+)*\s*$/, patternText: "comma-separated block counts", defaultText: "a third, two fifths, half and two thirds of --max-blocks (none before 7, 8 above 30, 9 above 76), then --max-blocks: 10,12,15,20,30", help: "sequential looks, in counted blocks", input: {} },
  { name: "seed", kind: "int", commands: RUN_BISECT, example: "7", min: 0, max: 2 ** 31 - 1, defaultText: "from the clock", help: "seed of the block order", input: {} },
  { name: "timeout", kind: "int", commands: RUN_BISECT, example: "600", min: 1, max: TIMEOUT_MAX_SEC, default: 600, help: "seconds per benchmark process (at most 24 h)", input: {} },
  { name: "margin", kind: "number", commands: [...RUN_BISECT, "analyze"], example: "0.02", min: 1e-3, max: 0.5, default: 0.02, help: "equivalence margin on B/A: within [1/(1+m), 1+m] is neutral", input: { help: "Equivalence margin on the B/A ratio (0.02 = \xB12%)." } },
  { name: "alpha", kind: "number", commands: [...RUN_BISECT, "analyze"], example: "0.05", min: 1e-3, max: 0.25, default: 0.05, help: "one-sided error rate; intervals are (1 \u2212 2\u03B1)", input: { help: "Error rate of the decision (0.05 \u2192 90% intervals)." } },
  { name: "method", kind: "choice", commands: [...RUN_BISECT, "analyze"], example: "hl", choices: ["hl", "t"], default: "hl", help: "hl: Hodges\u2013Lehmann with the exact signed-rank interval; t: t on logs", input: { help: "hl (Hodges\u2013Lehmann, default) or t." } },
  { name: "numa", kind: "string", commands: RUN_BISECT, example: "interleave", default: "none", help: "NUMA placement: none, interleave, node:N, cpus:LIST, distribute, isolate, numactl", input: {} },
  { name: "numa-guest", kind: "int", commands: RUN_BISECT, example: "2", min: 2, max: 16, help: "run every launch inside an emulated guest of N NUMA nodes (qemu TCG; needs qemu-system-x86, linux-image-amd64, busybox-static): both variants built portably (-DGGML_NATIVE=OFF); placement is reported, throughput is emulated and never gated", input: {} },
  { name: "prio", kind: "int", commands: RUN_BISECT, example: "1", min: -1, max: 3, help: "llama-bench --prio (mainline)", input: {} },
  { name: "delay", kind: "int", commands: RUN_BISECT, example: "0", min: 0, max: 3600, help: "llama-bench --delay seconds (mainline)", input: {} },
  { name: "cpu-mask", kind: "string", commands: RUN_BISECT, example: "0x3", pattern: /^(0x)?[0-9a-fA-F]+$/, patternText: "a hex mask", help: "llama-bench -C hex mask (mainline)", input: {} },
  { name: "cpu-strict", kind: "boolean", commands: RUN_BISECT, example: "", default: false, help: "llama-bench --cpu-strict 1 (mainline)", input: { default: "false" } },
  { name: "poll", kind: "number", commands: RUN_BISECT, example: "50", min: 0, max: 100, help: "llama-bench --poll 0..100 (mainline)", input: {} },
  { name: "no-mmap", kind: "boolean", commands: RUN_BISECT, example: "", default: false, help: "read the model into memory instead of mapping it, both variants (llama-bench -mmp 0 or --load-mode none, the depth tools --no-mmap): proactive reclaim cannot evict it between launches", input: { default: "false" } },
  { name: "depth-sweep", kind: "string", commands: RUN, example: "0,1024,2048,4096", pattern: /^\s*(none|\d+(\s*,\s*\d+)*)\s*$/, patternText: "comma-separated KV depths, or none", help: "the depth-sweep family: per block and variant one launch of llama-sweep-bench (ik) / llama-batched-bench (mainline) giving S_PP, S_TG and resident memory at each KV depth (none: off)", input: { help: "KV depths of the depth sweep, e.g. 0,1024,2048,4096: per block and variant one launch of llama-sweep-bench (ik) / llama-batched-bench (mainline) giving S_PP, S_TG and resident memory at each depth; the speed at each depth joins the gate. Empty = off." } },
  { name: "depth-gen", kind: "int", commands: RUN, example: "32", min: 1, max: 4096, defaultText: "32", help: "tokens generated at each depth of the depth sweep (S_TG is timed over them)", input: {} },
  { name: "force", kind: "boolean", commands: RUN, example: "", default: false, help: "write into an --out that holds another experiment's results (they are overwritten)" },
  { name: "store-from-results", kind: "boolean", commands: RUN, example: "", default: false, help: "rebuild the experiment of --out's results.json in a store that lost it (deleted, empty, or damaged and moved away), then resume it" },
  // ── bisect: the range, what every commit is built and run with, the budget ──
  { name: "good", kind: "string", commands: ["bisect"], example: "v1.0", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', help: "the last commit known fast (the range starts after it)" },
  { name: "bad", kind: "string", commands: ["bisect"], example: "main", pattern: /^[^-]/, patternText: 'a git ref (not starting with "-")', help: "a later commit that is slower (good must be one of its first-parent ancestors)" },
  { name: "cmake", kind: "list", commands: ["bisect"], example: "-DGGML_NATIVE=OFF", help: "extra CMake argument for every commit (values starting with - need the = form)" },
  { name: "arg", kind: "list", commands: ["bisect"], example: "-fa", help: "extra llama-bench argument for every commit" },
  { name: "env", kind: "list", commands: ["bisect"], example: "LLAMA_KV_MMAP=1", pattern: /^[A-Za-z_][A-Za-z0-9_]*=/, patternText: "NAME=VALUE", help: "environment of every benchmark process, NAME=VALUE" },
  { name: "max-builds", kind: "int", commands: ["bisect"], example: "8", min: 2, max: 1e5, defaultText: "no bound", help: "distinct commits built at most (good and bad included); when reached, the narrowest ranges vouched for are reported" },
  { name: "minutes", kind: "number", commands: ["bisect"], example: "120", min: 0.1, max: 1e5, defaultText: "no bound", help: "no block starts after this many minutes (the step then running stops, its blocks kept for a rerun to resume); the narrowest ranges vouched for are reported" },
  // ── the experiment store: run / demo, experiments, more, history ──
  { name: "store", kind: "string", commands: [...RUN_BISECT, "experiments", "more", "history"], example: "perf.sqlite", defaultText: "<cache>/experiments.sqlite", help: "experiment store (SQLite): every launch as it completes; a rerun of the same plan resumes", input: { path: true, help: "The experiment store (SQLite), default <cache-dir>/experiments.sqlite. Keep it between runs (self-hosted runners keep the cache dir; on ephemeral runners restore it with actions/cache) so `/perf more` and more-blocks can extend." } },
  { name: "out", kind: "string", commands: ["more"], example: "perf-out", default: "perf-out", help: "the --out of the run whose experiment gets more blocks (results.json and report.md are rewritten there)" },
  { name: "experiment", kind: "string", commands: ["more"], example: "3f2a", pattern: /^[0-9a-f]{1,12}$/, patternText: "an experiment id (or its first characters)", help: "the experiment to extend (see llama-perf-gate experiments), instead of --out" },
  { name: "blocks", kind: "int", commands: ["more"], example: "20", min: 1, max: 1e4, default: 20, help: "counted blocks to add (up to the experiment's horizon)" },
  { name: "minutes", kind: "number", commands: ["more"], example: "30", min: 0.1, max: 1e5, help: "a time budget instead of --blocks: as many blocks as the stored launch times say fit" },
  { name: "workload", kind: "string", commands: ["history"], example: "tg128", help: "only this workload (default: every stored one)" },
  { name: "all-hosts", kind: "boolean", commands: ["history"], example: "", default: false, help: "every host in the store, not only this one" },
  // ── qualify (takes the run flags too) ──
  { name: "slowdown", kind: "number", commands: ["qualify"], example: "0.03", min: 1e-3, max: 1, default: 0.03, help: "k of the injected slowdown of A/A+k (B throughput 1/(1+k) of A on the same build)", input: { name: "qualify-slowdown", default: "0.03", help: "mode qualify: k of the injected slowdown of the A/A+k run (0.03: B is 1/1.03 of A on the same build)." } },
  // ── analyze ──
  { name: "base", kind: "files", commands: ["analyze"], example: "a1.json a2.json", help: "raw llama-bench outputs of A (any format); file i is paired with file i of --head" },
  { name: "head", kind: "files", commands: ["analyze"], example: "b1.json b2.json", help: "raw llama-bench outputs of B, as many as --base" },
  { name: "format", kind: "choice", commands: ["analyze"], example: "json", choices: ["json", "md"], default: "md", help: "output on stdout" },
  // ── probe ──
  { name: "kv-mib", kind: "int", commands: ["probe"], example: "512", min: 1, max: 1 << 20, default: 512, help: "size of the KV buffer in MiB" },
  { name: "fill", kind: "number", commands: ["probe"], example: "0.25", min: 1e-3, max: 1, default: 0.25, help: "fraction of the buffer filled, as prompt processing does" },
  { name: "threads", kind: "int", commands: ["probe"], example: "2", min: 1, max: 4096, defaultText: "all CPUs", help: "scan threads, spread across NUMA nodes" },
  { name: "kinds", kind: "string", commands: ["probe"], example: "heap,mmap", default: "heap,mmap", help: "buffer types compared" },
  { name: "time-ms", kind: "int", commands: ["probe"], example: "1000", min: 0, max: 36e5, default: 1e3, help: "scan time per buffer type" },
  { name: "iterations", kind: "int", commands: ["probe"], example: "10", min: 2, max: 1e6, default: 10, help: "scans at least" },
  { name: "json", kind: "boolean", commands: ["probe"], example: "", default: false, help: "print the raw result as JSON" },
  // ── model ──
  { name: "out", kind: "string", commands: ["model"], example: "model.gguf", help: "the GGUF file to write (required)" },
  { name: "embd", kind: "int", commands: ["model"], example: "384", min: 1, max: 65536, default: 384, help: "embedding size" },
  { name: "layers", kind: "int", commands: ["model"], example: "6", min: 1, max: 1024, default: 6, help: "transformer blocks" },
  { name: "ff", kind: "int", commands: ["model"], example: "1024", min: 1, max: 1 << 20, default: 1024, help: "feed-forward size" },
  { name: "vocab", kind: "int", commands: ["model"], example: "32000", min: 1, max: 1 << 22, default: 32e3, help: "vocabulary size" },
  { name: "heads", kind: "int", commands: ["model"], example: "6", min: 1, max: 4096, default: 6, help: "attention heads" },
  { name: "kv-heads", kind: "int", commands: ["model"], example: "6", min: 1, max: 4096, default: 6, help: "KV heads" },
  { name: "ctx", kind: "int", commands: ["model"], example: "8192", min: 1, max: 1 << 24, default: 8192, help: "training context recorded in the file" },
  { name: "preset", kind: "choice", commands: ["model"], example: "llama-1b", choices: PRESET_NAMES, help: "the shape of a public model (README: Synthetic model); the shape flags above override its values" },
  { name: "type", kind: "choice", commands: ["model"], example: "q8_0", choices: ["f16", "f32", "q8_0", "q4_0"], default: "f16", help: "weight type of the matrices (norms f32; with q4_0 the output projection is q8_0)" },
  { name: "seed", kind: "int", commands: ["model"], example: "1", min: 0, max: 2 ** 31 - 1, default: 1, help: "seed of the random weights" },
  // ── aggregate ──
  { name: "out", kind: "string", commands: ["aggregate"], example: "perf-fleet", default: "perf-fleet", help: "output directory for aggregate.json and report.md" },
  { name: "template", kind: "string", commands: ["aggregate"], example: "my-report.md.hbs", help: "your own Handlebars template for report.md" },
  { name: "expected-machines", kind: "string", commands: ["aggregate", "action"], example: "perf-epyc,perf-xeon", help: "the machines that must report, as the names of the directories their files are in (the artifacts; comma-separated): a missing or invalid one is its own row and makes the outcome incomplete", input: { help: "mode aggregate: the machines that must report, as artifact names (the directory download-artifact puts each in), separated by commas or newlines. A file stands for the artifact it came in, never for the host it names. A missing or invalid one is its own row and makes the outcome incomplete." } },
  // ── Action-only inputs ──
  { name: "mode", kind: "choice", commands: ["action"], example: "run", choices: ["run", "aggregate", "qualify"], default: "run", help: "run: benchmark this job's PR / refs (or post an existing results.json given by results-path). aggregate: merge the results.json files listed in `results` (a fleet) into one comment and one check. qualify: qualify this runner (A/A\u2032 of two builds of `base`, A/A+k with an injected slowdown), store the record in the cache dir for later PR runs on it, and write it to the job summary (no comment, no check).", input: {} },
  { name: "github-token", kind: "string", commands: ["action"], example: "${{ github.token }}", help: "Token for the comment and the check run (needs pull-requests write and checks write).", input: { default: "${{ github.token }}" } },
  { name: "post", kind: "boolean", commands: ["action"], example: "true", default: true, help: "false: write results.json and the job summary only (untrusted benchmark jobs).", input: { default: "true" } },
  { name: "comment", kind: "boolean", commands: ["action"], example: "true", default: true, help: "Create or update the sticky PR comment.", input: { default: "true" } },
  { name: "check", kind: "boolean", commands: ["action"], example: "true", default: true, help: "Create a check run on the PR head commit.", input: { default: "true" } },
  { name: "check-name", kind: "string", commands: ["action"], example: "llama-perf-gate", default: "llama-perf-gate", help: "Name of the check run (the name a branch protection rule requires).", input: {} },
  { name: "on-inconclusive", kind: "choice", commands: ["action"], example: "pass", choices: ["pass", "fail"], default: "pass", help: "What an inconclusive (or not computed) verdict does to the check. pass \u2192 conclusion neutral (passes a required check); fail \u2192 conclusion failure.", input: {} },
  { name: "on-incomplete", kind: "choice", commands: ["action"], example: "fail", choices: ["pass", "fail"], default: "fail", help: "what an incomplete outcome does to the check: an experiment that stopped before its planned blocks with workloads undecided, or (mode aggregate) a machine of expected-machines missing or sending an invalid results.json. fail \u2192 conclusion failure; pass \u2192 neutral.", input: {} },
  { name: "template", kind: "string", commands: ["action"], example: ".github/perf-comment.md.hbs", help: "Path of your own Handlebars template for the comment and job summary (same view model as templates/report.md.hbs).", input: {} },
  { name: "allow-fork-label", kind: "string", commands: ["action"], example: "perf-ok", help: "A label that lets a maintainer run a fork PR's code on this runner: the run happens at the `labeled` event that adds it, and (with post: true) the label is removed on every new push. Empty: fork PRs run only through workflow_dispatch.", input: {} },
  { name: "pr-number", kind: "int", commands: ["action"], example: "290", min: 1, max: Number.MAX_SAFE_INTEGER, help: "PR to benchmark or post on (workflow_dispatch; workflow_run jobs that read it from the artifact \u2014 then it is trusted only if that PR's head is the run's head commit).", input: {} },
  { name: "results-path", kind: "string", commands: ["action"], example: "perf-out/results.json", help: "Post this existing results.json instead of benchmarking (validated strictly as untrusted data).", input: {} },
  { name: "results", kind: "string", commands: ["action"], example: "artifacts/*/results.json", help: "mode aggregate: results.json files, directories holding them, or globs (one per line), e.g. artifacts/*/results.json.", input: {} },
  { name: "lock-dir", kind: "string", commands: ["action"], example: "/tmp", help: "Directory shared by every runner on the host, holding the lock that serializes benchmarks (llama-perf-gate.lock). Default: the system temp directory (/tmp).", input: {} },
  { name: "lock-timeout", kind: "int", commands: ["action"], example: "21600", min: 0, max: 7 * 24 * 3600, default: 21600, help: "Seconds to wait for another benchmark on this host to finish.", input: { default: "21600" } },
  { name: "cache-dir", kind: "string", commands: ["action"], example: "/var/cache/llama-perf-gate", help: "Build cache (git worktrees and builds, reused when commit, CMake args and compiler are unchanged). Default $LLAMA_PERF_GATE_CACHE or ~/.cache/llama-perf-gate \u2014 persistent on a self-hosted runner.", input: {} },
  { name: "report-url", kind: "string", commands: ["action"], example: "https://example.com/perf/290", help: "Where the full report can be read (linked from truncated comments). Default the workflow run page.", input: {} },
  { name: "more-blocks", kind: "int", commands: ["action"], example: "20", min: 1, max: 1e4, help: "Add this many blocks to the PR's stored experiment instead of starting a new one (a workflow_dispatch input; a `/perf more N` comment sets it).", input: {} },
  { name: "comment-author", kind: "string", commands: ["action"], example: "github-actions[bot]", help: "Login whose comment is the sticky one. Default the token's identity (github-actions[bot] for GITHUB_TOKEN).", input: {} }
];
function optionsOf(command) {
  return OPTIONS.filter((o) => o.commands.includes(command));
}
function optionSpec(command, name) {
  const s = OPTIONS.find((o) => o.name === name && o.commands.includes(command));
  if (!s) throw new Error(`no option --${name} for ${command} in src/plan/options.ts`);
  return s;
}
function flagExample(s) {
  if (s.kind === "boolean") return `--${s.name}`;
  if (s.kind === "files") return `--${s.name} ${s.example}`;
  return s.example.startsWith("-") ? `--${s.name}=${s.example}` : `--${s.name} ${s.example}`;
}
function rangeText(s) {
  const lo = s.min ?? -Infinity;
  const hi = s.max ?? Infinity;
  if (hi === Infinity || hi >= Number.MAX_SAFE_INTEGER) return `\u2265 ${lo}`;
  return `in [${lo}, ${hi}]`;
}
function inRange(s, v) {
  return v >= (s.min ?? -Infinity) && v <= (s.max ?? Infinity);
}

// src/stats/policy.ts
function stopsAt(pending, look) {
  if (pending.length === 0) return "decided";
  return look?.decided.some((d) => d.verdict === "regression") ? "regression" : null;
}
var OUTCOME_ORDER = ["regression", "failed", "incomplete", "no-verdict", "inconclusive", "improvement", "neutral"];
function gate(ws) {
  if (ws.length === 0) return "inconclusive";
  if (ws.some((w) => w.verdict === "regression")) return "regression";
  if (ws.some((w) => w.verdict === "failed")) return "failed";
  if (ws.every((w) => w.verdict === "neutral")) return "neutral";
  if (ws.every((w) => w.verdict === "neutral" || w.verdict === "improvement")) return "improvement";
  return "inconclusive";
}
function runOutcome(a) {
  return a.verdict === "inconclusive" && a.incomplete ? "incomplete" : a.verdict;
}
function combineOutcomes(outcomes) {
  for (const o of OUTCOME_ORDER) if (outcomes.includes(o)) return o;
  return "no-verdict";
}
var DEFAULT_POLICY = { onInconclusive: "pass", onIncomplete: "fail" };
function asGateOutcome(o) {
  return o === "no-verdict" ? "failed" : o;
}
function passes(outcome, policy = DEFAULT_POLICY) {
  switch (outcome) {
    case "neutral":
    case "improvement":
      return true;
    case "inconclusive":
      return policy.onInconclusive === "pass";
    case "incomplete":
      return policy.onIncomplete === "pass";
    case "regression":
    case "failed":
      return false;
  }
}
function checkConclusion(outcome, policy = DEFAULT_POLICY) {
  if (!passes(outcome, policy)) return "failure";
  return outcome === "neutral" || outcome === "improvement" ? "success" : "neutral";
}

// src/report/reason-words.ts
var r3 = (v) => v.toFixed(3);
var pc = (v, digits = 1) => `${(100 * v).toFixed(digits)}%`;
var pval = (v) => v < 1e-3 ? v.toExponential(1) : v.toPrecision(2);
var num = (v) => Number(v.toPrecision(2)).toString();
var alpha3 = (a) => Number(a.toPrecision(3)).toString();
var percent3 = (v) => `${Number((100 * v).toPrecision(3))}%`;
var ciText = (c) => `${percent3(c.level)} ${c.repeated ? "repeated " : ""}CI [${r3(c.lo)}, ${r3(c.hi)}]`;
var marginText = (m) => `\xB1${percent3(m)}`;
var lookText = (l) => `look at ${l.n} of ${l.horizon} blocks, \u03B1 spent ${num(l.spent)} of ${num(l.alpha)}`;
var unitOf = (paired) => paired ? "blocks" : "launches per side";
function neededText(n, paired) {
  if ("skipped" in n) return "blocks needed not computed";
  const needed = `~${n.blocks} ${unitOf(paired)} would be needed`;
  if (n.horizon === null) return needed;
  return n.blocks > n.horizon ? `${needed}, beyond the declared horizon of ${n.horizon}` : `${needed} (v2 boundaries)`;
}
function holmAtLook(adj, m, alpha) {
  const v = adj >= 1 ? `> ${num(alpha)}` : `\u2264 ${num(adj)}`;
  return m > 1 ? `Holm-adjusted repeated p ${v} across ${m} workloads` : `repeated p ${v}`;
}
var onModel = (r) => r.model ? `model ${r.model.name} (${r.model.path}): ` : "";
function base(r) {
  const withLook = (text, l) => l ? `${text}; ${lookText(l)}` : text;
  switch (r.kind) {
    case "one-side":
      return `variant ${r.missing} has no successful launch, nothing to compare`;
    case "no-counted-launch":
      return onModel(r) + `variant ${r.variant} (${r.name}) has no counted launch (stop reason: ${r.stop || "none recorded"})`;
    case "could-not-run":
      return onModel(r) + `variant ${r.variant} (${r.name}) could not run: ${r.counts.map(([s, n]) => `${n} ${s}`).join(", ")} of ${r.of} launches (last: ${r.last})` + (r.stderr ? `; stderr: ${r.stderr}` : "");
    case "identical":
      return withLook(`all ${r.n} blocks gave identical A and B throughput (ratio exactly 1)`, r.look);
    case "too-few-t":
      return `n = ${r.n} is below the minimum of 2 per side for a t interval`;
    case "too-few":
      return `n = ${r.n} ${unitOf(r.paired)} is below the minimum of ${r.minN} for a ${percent3(r.level)} ${r.test} interval (best reachable: ${pc(r.reachable)}); ~${r.needed} ${unitOf(r.paired)} would be needed`;
    case "too-early":
      return `n = ${r.n} ${unitOf(r.paired)}: the design has spent \u03B1 = ${num(r.look.spent)} by this look, too little for a ${r.test} test at n = ${r.n} to decide; ${neededText(r.needed, r.paired)}`;
    case "neutral": {
      const sig = r.change ? ` (B is ${pc(r.change.by)} ${r.change.slower ? "slower" : "faster"}, detectably but by less than the margin)` : "";
      return withLook(`${ciText(r.ci)} lies within the ${marginText(r.margin)} margin${sig}`, r.look);
    }
    case "changed": {
      const head2 = `B is ${pc(r.by)} ${r.slower ? "slower" : "faster"}: ${ciText(r.ci)} ${r.slower ? "is below" : "is above"} 1`;
      if (r.look) return `${head2}, p = ${pval(r.p)} at this look, ${holmAtLook(r.adj, r.m, r.alpha)} \u2264 \u03B1 = ${num(r.alpha)}; ${lookText(r.look)}`;
      const p = r.m > 1 ? `p = ${pval(r.p)} (Holm-adjusted ${pval(r.adj)} across ${r.m} workloads)` : `p = ${pval(r.p)}`;
      return `${head2} and ${p} \u2264 \u03B1 = ${alpha3(r.alpha)}`;
    }
    case "not-significant": {
      const more = `spread ${pc(r.spread)} ${r.paired ? "per block" : "per launch"}; ${neededText(r.needed, r.paired)}`;
      if (r.look) return `${ciText(r.ci)} excludes 1 but the ${holmAtLook(r.adj, r.m, r.alpha)} is above \u03B1 = ${num(r.alpha)}; ${lookText(r.look)}; ${more}`;
      return `${ciText(r.ci)} excludes 1 but the Holm-adjusted p = ${pval(r.adj)} is above \u03B1 = ${alpha3(r.alpha)} across ${r.m} workloads; ${more}`;
    }
    case "wide": {
      const more = `spread ${pc(r.spread)} ${r.paired ? "per block" : "per launch"}; ${neededText(r.needed, r.paired)}`;
      return r.look ? `${ciText(r.ci)} is wider than the ${marginText(r.margin)} margin; ${lookText(r.look)}; ${more}` : `${ciText(r.ci)} is wider than the ${marginText(r.margin)} margin: ${more}`;
    }
  }
}
function reasonText(r) {
  let text = base(r);
  if (r.between) text += " (between looks: nothing is decided until the next look)";
  const h = r.history;
  if (h && "decidedAt" in h) {
    text += `; decided at look ${h.decidedAt} (${h.blocks} of ${h.horizon} blocks)${h.openAt.length > 0 ? `, still open at ${h.openAt.join(", ")} blocks` : ""}`;
  } else if (h) {
    text += `; still open at every look (${h.openAt.join(", ")} of ${h.horizon} blocks)`;
  }
  return text;
}
function reasonOf(w) {
  return w.why ? reasonText(w.why) : w.reason;
}
function wordAnalysis(a) {
  if (!a) return a;
  return { ...a, workloads: a.workloads.map((w) => w.why ? { ...w, reason: reasonText(w.why) } : w) };
}

// src/stats/dist/special.ts
var LANCZOS_G = 7;
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z2 = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < LANCZOS_G + 2; i++) s += LANCZOS[i] / (z2 + i);
  const t = z2 + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z2 + 0.5) * Math.log(t) - t + Math.log(s);
}
function logBeta(a, b) {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}
var EPS = 1e-16;
var TINY = 1e-300;
function betaContinuedFraction(x, a, b) {
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1e4; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return h;
}
function incompleteBeta(x, a, b, y = 1 - x) {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log(y) - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) return front * betaContinuedFraction(x, a, b) / a;
  return 1 - front * betaContinuedFraction(y, b, a) / b;
}
function upperIncompleteGamma(a, x) {
  if (x <= 0) return 1;
  const lfront = a * Math.log(x) - x - logGamma(a);
  if (x < a + 1) {
    let sum2 = 1 / a;
    let term = sum2;
    for (let n = 1; n < 1e4; n++) {
      term *= x / (a + n);
      sum2 += term;
      if (Math.abs(term) < Math.abs(sum2) * EPS) break;
    }
    return 1 - sum2 * Math.exp(lfront);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1e4; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(lfront) * h;
}

// src/stats/dist/normal.ts
function normCdf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 1;
  if (x === -Infinity) return 0;
  const tail2 = 0.5 * upperIncompleteGamma(0.5, x * x / 2);
  return x < 0 ? tail2 : 1 - tail2;
}
function normPdf(x) {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
var A = [
  2509.0809287301227,
  33430.57558358813,
  67265.7709270087,
  45921.95393154987,
  13731.69376550946,
  1971.5909503065513,
  133.14166789178438,
  3.3871328727963665
];
var B = [
  5226.495278852854,
  28729.085735721943,
  39307.89580009271,
  21213.794301586597,
  5394.196021424751,
  687.1870074920579,
  42.31333070160091,
  1
];
var C = [
  7745450142783414e-19,
  0.022723844989269184,
  0.2417807251774506,
  1.2704582524523684,
  3.6478483247632045,
  5.769497221460691,
  4.630337846156546,
  1.4234371107496835
];
var D = [
  10507500716444169e-25,
  5475938084995345e-19,
  0.015198666563616457,
  0.14810397642748008,
  0.6897673349851,
  1.6763848301838038,
  2.053191626637759,
  1
];
var E = [
  20103343992922881e-23,
  27115555687434876e-21,
  0.0012426609473880784,
  0.026532189526576124,
  0.29656057182850487,
  1.7848265399172913,
  5.463784911164114,
  6.657904643501103
];
var F = [
  20442631033899397e-31,
  1421511758316446e-22,
  18463183175100548e-21,
  7868691311456133e-19,
  0.014875361290850615,
  0.1369298809227358,
  0.599832206555888,
  1
];
function horner(c, x) {
  let s = c[0];
  for (let i = 1; i < c.length; i++) s = s * x + c[i];
  return s;
}
function normQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * horner(A, r2) / horner(B, r2);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  const x = r <= 5 ? horner(C, r -= 1.6) / horner(D, r) : horner(E, r -= 5) / horner(F, r);
  return q < 0 ? -x : x;
}

// src/stats/dist/student-t.ts
function tCdf(t, df) {
  if (Number.isNaN(t) || !(df > 0)) return NaN;
  if (t === Infinity) return 1;
  if (t === -Infinity) return 0;
  if (df === Infinity) return normCdf(t);
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  const tail2 = 0.5 * incompleteBeta(x, df / 2, 0.5, y);
  return t < 0 ? tail2 : 1 - tail2;
}
function tPdf(t, df) {
  return Math.exp(-((df + 1) / 2) * Math.log1p(t * t / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5));
}
var quantiles = /* @__PURE__ */ new Map();
function tQuantile(p, df) {
  const key = `${p}|${df}`;
  let q = quantiles.get(key);
  if (q === void 0) {
    if (quantiles.size >= 1e5) quantiles.clear();
    quantiles.set(key, q = solveTQuantile(p, df));
  }
  return q;
}
function solveTQuantile(p, df) {
  if (Number.isNaN(p) || p < 0 || p > 1 || !(df > 0)) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df === Infinity) return normQuantile(p);
  const lower = p < 0.5;
  const target = lower ? p : 1 - p;
  if (df === 1) {
    const v = -1 / Math.tan(Math.PI * target);
    return lower ? v : -v;
  }
  if (df === 2) {
    const exact = (2 * target - 1) / Math.sqrt(2 * target * (1 - target));
    return lower ? exact : -exact;
  }
  let lo = Math.min(-1, normQuantile(target) * 2);
  while (tCdf(lo, df) > target) lo *= 2;
  let hi = 0;
  const z2 = normQuantile(target);
  let t = z2 + (z2 * z2 * z2 + z2) / (4 * df);
  if (!(t > lo && t < hi)) t = (lo + hi) / 2;
  const logTarget = Math.log(target);
  for (let i = 0; i < 200; i++) {
    const f2 = tCdf(t, df);
    if (f2 > target) hi = t;
    else lo = t;
    const step = (Math.log(f2) - logTarget) * f2 / tPdf(t, df);
    let next = t - step;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * Math.abs(t)) {
      t = next;
      break;
    }
    t = next;
  }
  return lower ? t : -t;
}
function welchDf(var1, n1, var2, n2) {
  const a = var1 / n1;
  const b = var2 / n2;
  if (a + b === 0) return n1 + n2 - 2;
  return (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
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

// src/host/damon.ts
import { readFileSync, readdirSync } from "node:fs";
import { join as join2 } from "node:path";
var ADMIN = "sys/kernel/mm/damon/admin/kdamonds";
var RECLAIM_ENABLED = "sys/module/damon_reclaim/parameters/enabled";
var RECLAIM_MMAP_WARNING = "proactive reclaim (DAMON pageout) is active: the model's clean file pages can be evicted between launches; use --no-mmap";
function read(root, rel2) {
  try {
    return readFileSync(join2(root, rel2), "utf8").trim();
  } catch {
    return null;
  }
}
function numbered(root, rel2) {
  try {
    return readdirSync(join2(root, rel2)).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(a) - Number(b));
  } catch {
    return [];
  }
}
function readProactiveReclaim(root = "/") {
  const kdamonds = numbered(root, ADMIN).map((id) => {
    const base2 = `${ADMIN}/${id}`;
    const actions = numbered(root, `${base2}/contexts`).flatMap(
      (c) => numbered(root, `${base2}/contexts/${c}/schemes`).map((s) => read(root, `${base2}/contexts/${c}/schemes/${s}/action`))
    );
    return { id, state: read(root, `${base2}/state`), actions };
  });
  const enabled = read(root, RECLAIM_ENABLED);
  const damonReclaim = enabled === null ? null : /^(Y|1)$/i.test(enabled);
  const reclaiming = (k) => k.state === "on" && k.actions.includes("pageout");
  const unknown = (k) => k.state === null || k.state === "on" && k.actions.includes(null);
  const active = damonReclaim === true || kdamonds.some(reclaiming) ? true : kdamonds.some(unknown) ? null : false;
  return { active, kdamonds, damonReclaim };
}
function reclaimWarning(r, modelMapped) {
  return r?.active === true && modelMapped ? RECLAIM_MMAP_WARNING : null;
}
function describeReclaim(r) {
  if (!r) return "not recorded";
  const on = r.kdamonds.filter((k) => k.state === "on" && k.actions.includes("pageout")).map((k) => `kdamond ${k.id}`);
  if (r.damonReclaim) on.push("damon_reclaim");
  if (r.active === true) return `DAMON pageout active (${on.join(", ")})`;
  if (r.active === null) return "unknown (DAMON state not readable; run as root to read it)";
  return r.kdamonds.length || r.damonReclaim !== null ? "none (DAMON present, no pageout scheme running)" : "none";
}

// src/stats/ranks.ts
function averageRanks(values) {
  const { sorted, ranks: r } = sortedWithRanks(Float64Array.from(values));
  const n = sorted.length;
  const ranks = Array.from(r);
  const tieSizes = [];
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && sorted[j + 1] === sorted[i]) j++;
    tieSizes.push(j - i + 1);
    i = j + 1;
  }
  return { ranks, tieSizes };
}
function tieCorrection(tieSizes) {
  return tieSizes.reduce((s, t) => s + t * t * t - t, 0);
}
function medianOfSorted(sorted) {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = n >> 1;
  return n % 2 === 1 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
}
function middleDeviations(s, m) {
  const n = s.length;
  let hi = 0;
  while (hi < n && s[hi] < m) hi++;
  let lo = hi - 1;
  const want1 = n - 1 >> 1;
  const want2 = n >> 1;
  let a = NaN;
  let b = NaN;
  for (let k = 0; k <= want2; k++) {
    let v;
    if (lo >= 0 && (hi >= n || Math.abs(s[lo] - m) <= Math.abs(s[hi] - m))) v = Math.abs(s[lo--] - m);
    else v = Math.abs(s[hi++] - m);
    if (k === want1) a = v;
    if (k === want2) b = v;
  }
  return [a, b];
}
function medianType7(s) {
  const idx = (s.length - 1) * 0.5;
  if (idx % 1 === 0) return s[idx];
  const l = Math.floor(idx);
  return s[l] + 0.5 * (s[l + 1] - s[l]);
}
function spearmanOfRanks(rx, ry) {
  const n = rx.length;
  let sx = 0, sy = 0;
  for (let i = 0; i < n; i++) {
    sx += rx[i];
    sy += ry[i];
  }
  const mx = sx / n;
  const my = sy / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (rx[i] - mx) * (ry[i] - my);
    sxx += (rx[i] - mx) ** 2;
    syy += (ry[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}
function sortedWithRanks(x) {
  const n = x.length;
  const sorted = x.slice();
  const idx = new Int32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  sortInPlace(sorted, 0, n - 1, idx);
  const ranks = new Float64Array(n);
  for (let lo = 0; lo < n; ) {
    let hi = lo;
    while (hi + 1 < n && sorted[hi + 1] === sorted[lo]) hi++;
    for (let k = lo; k <= hi; k++) ranks[idx[k]] = (lo + hi + 2) / 2;
    lo = hi + 1;
  }
  return { sorted, ranks };
}
function sortInPlace(a, lo = 0, hi = a.length - 1, carry) {
  while (hi - lo > 16) {
    const x = a[lo], y = a[lo + hi >> 1], z2 = a[hi];
    const p = x < y ? y < z2 ? y : x < z2 ? z2 : x : x < z2 ? x : y < z2 ? z2 : y;
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < p) i++;
      while (a[j] > p) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        if (carry) {
          const c = carry[i];
          carry[i] = carry[j];
          carry[j] = c;
        }
        i++;
        j--;
      }
    }
    if (j - lo < hi - i) {
      sortInPlace(a, lo, j, carry);
      lo = i;
    } else {
      sortInPlace(a, i, hi, carry);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i];
    const c = carry ? carry[i] : 0;
    let j = i - 1;
    while (j >= lo && a[j] > v) {
      a[j + 1] = a[j];
      if (carry) carry[j + 1] = carry[j];
      j--;
    }
    a[j + 1] = v;
    if (carry) carry[j + 1] = c;
  }
  return a;
}

// src/stats/spending.ts
var DEFAULT_SPENDING = "pocock";
var RESERVE = 0.05;
var SPLIT_GAMMA = -1;
function curveOf(spending, purpose) {
  if (spending !== "split") return spending;
  return purpose === "equivalence" ? "reserve" : "reserve-hsd";
}
function alphaSpent(spending, alpha, t) {
  if (!(t > 0)) return 0;
  const u = Math.min(1, t);
  if (spending === "pocock") return alpha * Math.log(1 + (Math.E - 1) * u);
  if (spending === "reserve" || spending === "reserve-hsd" || spending === "split") {
    if (u > 0.5) return alpha * (1 - RESERVE * (2 - 2 * u));
    const g2 = SPLIT_GAMMA;
    const shape = spending === "reserve" ? Math.log(1 + (Math.E - 1) * 2 * u) : (1 - Math.exp(-g2 * 2 * u)) / (1 - Math.exp(-g2));
    return (1 - RESERVE) * alpha * shape;
  }
  return Math.min(alpha, 2 * (1 - normCdf(normQuantile(1 - alpha / 2) / Math.sqrt(u))));
}

// src/stats/dist/signed-rank.ts
var kept = /* @__PURE__ */ new Map();
var MAX_KEPT = 16;
var POOL_N = MAX_HORIZON;
var CAPACITY = POOL_N * (POOL_N + 1) / 2 + 1;
var pool = [];
var scratch = null;
function take(size) {
  if (size > CAPACITY) return new Float64Array(size);
  return new Float64Array(pool.pop() ?? new ArrayBuffer(CAPACITY * 8), 0, size);
}
function give(a) {
  if (a && a.buffer.byteLength === CAPACITY * 8) pool.push(a.buffer);
}
function keptFor(n) {
  const hit = kept.get(n);
  if (hit) {
    kept.delete(n);
    kept.set(n, hit);
    return hit;
  }
  let from = 0;
  for (const m of kept.keys()) if (m < n && m > from) from = m;
  const size = n * (n + 1) / 2 + 1;
  if (!scratch || scratch[0].length < size) {
    const room = Math.max(size, Math.min(CAPACITY, 4 * size));
    scratch = [new Float64Array(room), new Float64Array(room)];
  }
  let p = from > 0 ? kept.get(from).pmf : new Float64Array([1]);
  let len = p.length;
  for (let m = from + 1; m <= n; m++) {
    const next = len + m;
    const q = m === n ? take(next) : scratch[p === scratch[0] ? 1 : 0];
    for (let k = 0; k < m && k < len; k++) q[k] = 0.5 * p[k];
    for (let k = len; k < m; k++) q[k] = 0;
    for (let k = m; k < len; k++) q[k] = 0.5 * p[k] + 0.5 * p[k - m];
    for (let k = Math.max(m, len); k < next; k++) q[k] = 0.5 * p[k - m];
    p = q;
    len = next;
  }
  const out = { pmf: p, lower: null };
  kept.set(n, out);
  if (kept.size > MAX_KEPT) {
    const [oldest, old] = kept.entries().next().value;
    kept.delete(oldest);
    give(old.pmf);
    give(old.lower);
  }
  return out;
}
function signedRankCdf(q, n) {
  const e = keptFor(n);
  const pmf = e.pmf;
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  if (k <= (pmf.length - 1) / 2) return lowerSums(e)[k];
  return sumTail(pmf, k, true);
}
function lowerSums(e) {
  if (e.lower) return e.lower;
  const c = take(Math.floor((e.pmf.length - 1) / 2) + 1);
  let s = 0;
  for (let i = 0; i < c.length; i++) c[i] = s += e.pmf[i];
  e.lower = c;
  return c;
}
function signedRankSf(q, n) {
  return upper(keptFor(n).pmf, Math.ceil(q - 1e-7));
}
function upper(pmf, from) {
  if (from <= 0) return 1;
  if (from >= pmf.length) return 0;
  return sumTail(pmf, from - 1, false);
}
function sumTail(pmf, k, lower) {
  let s = 0;
  const mid = (pmf.length - 1) / 2;
  if (k <= mid) {
    for (let i = 0; i <= k; i++) s += pmf[i];
    return lower ? s : 1 - s;
  }
  for (let i = k + 1; i < pmf.length; i++) s += pmf[i];
  return lower ? 1 - s : s;
}
function signedRankQuantile(p, n) {
  return discreteQuantile(keptFor(n).pmf, p);
}
function discreteQuantile(pmf, p) {
  const top = pmf.length - 1;
  let s = 0;
  if (p <= 0.5) {
    const x2 = p - 10 * Number.EPSILON;
    for (let q = 0; q <= top; q++) {
      s += pmf[q];
      if (s >= x2) return q;
    }
    return top;
  }
  const x = 1 - p + 10 * Number.EPSILON;
  for (let q = 0; q <= top; q++) {
    s += pmf[q];
    if (s > x) return top - q;
  }
  return 0;
}

// src/stats/dist/mann-whitney.ts
var cache = /* @__PURE__ */ new Map();
function mannWhitneyPmf(m, n) {
  const key = `${m},${n}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let prev = [];
  for (let j = 0; j <= n; j++) prev.push(new Float64Array([1]));
  for (let i = 1; i <= m; i++) {
    const cur = [new Float64Array([1])];
    for (let j = 1; j <= n; j++) {
      const out = new Float64Array(i * j + 1);
      const px = i / (i + j);
      const fromX = prev[j];
      const fromY = cur[j - 1];
      for (let k = 0; k < fromX.length; k++) out[k + j] += px * fromX[k];
      for (let k = 0; k < fromY.length; k++) out[k] += (1 - px) * fromY[k];
      cur.push(out);
    }
    prev = cur;
  }
  const pmf = prev[n];
  if (m * n <= 4e4) cache.set(key, pmf);
  return pmf;
}
function mannWhitneyCdf(q, m, n) {
  const pmf = mannWhitneyPmf(m, n);
  const k = Math.floor(q + 1e-7);
  if (k < 0) return 0;
  if (k >= pmf.length - 1) return 1;
  let s = 0;
  if (k <= (pmf.length - 1) / 2) {
    for (let i = 0; i <= k; i++) s += pmf[i];
    return s;
  }
  for (let i = k + 1; i < pmf.length; i++) s += pmf[i];
  return 1 - s;
}
function mannWhitneySf(q, m, n) {
  const pmf = mannWhitneyPmf(m, n);
  const k = Math.ceil(q - 1e-7);
  if (k <= 0) return 1;
  if (k > pmf.length - 1) return 0;
  let s = 0;
  if (k > (pmf.length - 1) / 2) {
    for (let i = k; i < pmf.length; i++) s += pmf[i];
    return s;
  }
  for (let i = 0; i < k; i++) s += pmf[i];
  return 1 - s;
}
function mannWhitneyQuantile(p, m, n) {
  return discreteQuantile(mannWhitneyPmf(m, n), p);
}

// src/stats/hodges-lehmann.ts
function walshAverages(x) {
  const n = x.length;
  const out = new Float64Array(n * (n + 1) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) out[k++] = (x[i] + x[j]) / 2;
  return out.sort();
}
function pairwiseDifferences(x, y) {
  const out = new Float64Array(x.length * y.length);
  let k = 0;
  for (const a of x) for (const b of y) out[k++] = a - b;
  return out.sort();
}
function stepRoot(f2, lo, hi) {
  let a = lo, b = hi;
  for (let i = 0; i < 200 && b - a > 0; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) break;
    if (f2(mid) > 0) a = mid;
    else b = mid;
  }
  return a + (b - a) / 2;
}
function signedRankShift(d, level) {
  const alphaReq = 1 - level;
  const walsh = walshAverages(d);
  const estimate = medianOfSorted(walsh);
  const x = d.filter((v) => v !== 0);
  const zeroes = x.length < d.length;
  const n = x.length;
  if (n === 0) return { estimate: 0, lo: 0, hi: 0, level, pLess: 1, pGreater: 1, exact: false, statistic: 0 };
  const { ranks, tieSizes } = averageRanks(x.map(Math.abs));
  const ties = tieSizes.some((t) => t > 1);
  const V = x.reduce((s, v, i) => v > 0 ? s + ranks[i] : s, 0);
  if (n < 50 && !ties && !zeroes) {
    const N = n * (n + 1) / 2;
    let qu = signedRankQuantile(alphaReq / 2, n);
    if (qu === 0) qu = 1;
    const ql = N - qu;
    const achieved = 2 * signedRankCdf(qu - 1, n);
    return {
      estimate,
      lo: walsh[qu - 1],
      hi: walsh[ql],
      level: 1 - achieved,
      pLess: signedRankCdf(V, n),
      pGreater: signedRankSf(V, n),
      exact: true,
      statistic: V
    };
  }
  const mean2 = n * (n + 1) / 4;
  const sigma = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24 - tieCorrection(tieSizes) / 48);
  const pLess = normCdf((V - mean2 + 0.5) / sigma);
  const pGreater = 1 - normCdf((V - mean2 - 0.5) / sigma);
  const W = (dd) => {
    const xd = x.map((v) => v - dd).filter((v) => v !== 0);
    const nx = xd.length;
    if (nx === 0) return 0;
    const r = averageRanks(xd.map(Math.abs));
    const zd = xd.reduce((s, v, i) => v > 0 ? s + r.ranks[i] : s, 0) - nx * (nx + 1) / 4;
    const sd2 = Math.sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - tieCorrection(r.tieSizes) / 48);
    if (sd2 === 0) return 0;
    return (zd - Math.sign(zd) * 0.5) / sd2;
  };
  const mumin = Math.min(...x);
  const mumax = Math.max(...x);
  if (mumin === mumax) {
    return { estimate, lo: mumin, hi: mumax, level, pLess, pGreater, exact: false, statistic: V };
  }
  const wmin = W(mumin);
  const wmax = W(mumax);
  let alpha = alphaReq;
  while (alpha < 1 && (wmin - normQuantile(1 - alpha / 2) < 0 || wmax - normQuantile(alpha / 2) > 0)) alpha *= 2;
  if (alpha >= 1) {
    const m = medianOfSorted([...x].sort((a, b) => a - b));
    return { estimate, lo: m, hi: m, level: 0, pLess, pGreater, exact: false, statistic: V };
  }
  const zl = normQuantile(1 - alpha / 2);
  const zu = normQuantile(alpha / 2);
  const lo = stepRoot((dd) => W(dd) - zl, mumin, mumax);
  const hi = stepRoot((dd) => W(dd) - zu, mumin, mumax);
  return { estimate, lo, hi, level: 1 - alpha, pLess, pGreater, exact: false, statistic: V };
}
function mannWhitneyShift(x, y, level) {
  const alpha = 1 - level;
  const nx = x.length;
  const ny = y.length;
  const diffs = pairwiseDifferences(x, y);
  const estimate = medianOfSorted(diffs);
  const { ranks, tieSizes } = averageRanks([...x, ...y]);
  const ties = tieSizes.some((t) => t > 1);
  let rx = 0;
  for (let i = 0; i < nx; i++) rx += ranks[i];
  const W = rx - nx * (nx + 1) / 2;
  if (nx < 50 && ny < 50 && !ties) {
    let qu = mannWhitneyQuantile(alpha / 2, nx, ny);
    if (qu === 0) qu = 1;
    const ql = nx * ny - qu;
    const achieved = 2 * mannWhitneyCdf(qu - 1, nx, ny);
    return {
      estimate,
      lo: diffs[qu - 1],
      hi: diffs[ql],
      level: 1 - achieved,
      pLess: mannWhitneyCdf(W, nx, ny),
      pGreater: mannWhitneySf(W, nx, ny),
      exact: true,
      statistic: W
    };
  }
  const N = nx + ny;
  const sigmaOf = (tc) => Math.sqrt(nx * ny / 12 * (N + 1 - tc / (N * (N - 1))));
  const sigma = sigmaOf(tieCorrection(tieSizes));
  const z2 = W - nx * ny / 2;
  const pLess = sigma === 0 ? 1 : normCdf((z2 + 0.5) / sigma);
  const pGreater = sigma === 0 ? 1 : 1 - normCdf((z2 - 0.5) / sigma);
  const Wd = (d) => {
    const r = averageRanks([...x.map((v) => v - d), ...y]);
    let s = 0;
    for (let i = 0; i < nx; i++) s += r.ranks[i];
    const dz = s - nx * (nx + 1) / 2 - nx * ny / 2;
    const sd2 = sigmaOf(tieCorrection(r.tieSizes));
    if (sd2 === 0) return 0;
    return (dz - Math.sign(dz) * 0.5) / sd2;
  };
  const mumin = Math.min(...x) - Math.max(...y);
  const mumax = Math.max(...x) - Math.min(...y);
  const wmin = Wd(mumin);
  const wmax = Wd(mumax);
  const root = (zq) => {
    if (wmin - zq <= 0) return mumin;
    if (wmax - zq >= 0) return mumax;
    return stepRoot((d) => Wd(d) - zq, mumin, mumax);
  };
  return {
    estimate,
    lo: root(normQuantile(1 - alpha / 2)),
    hi: root(normQuantile(alpha / 2)),
    level,
    pLess,
    pGreater,
    exact: false,
    statistic: W
  };
}

// src/stats/t-interval.ts
function meanVar(x) {
  const n = x.length;
  const m = x.reduce((a, b) => a + b, 0) / n;
  const v = n > 1 ? x.reduce((s, v2) => s + (v2 - m) ** 2, 0) / (n - 1) : 0;
  return [m, v];
}
function fromStatistic(est, se, df, level) {
  if (se === 0) {
    const pLess = est < 0 ? 0 : 1;
    const pGreater = est > 0 ? 0 : 1;
    return { estimate: est, lo: est, hi: est, level, pLess, pGreater, exact: false, statistic: est === 0 ? 0 : Math.sign(est) * Infinity };
  }
  const t = est / se;
  const q = tQuantile(1 - (1 - level) / 2, df);
  return {
    estimate: est,
    lo: est - q * se,
    hi: est + q * se,
    level,
    pLess: tCdf(t, df),
    pGreater: tCdf(-t, df),
    exact: false,
    statistic: t
  };
}
function pairedT(d, level) {
  const [m, v] = meanVar(d);
  return fromStatistic(m, Math.sqrt(v / d.length), d.length - 1, level);
}
function welchT(x, y, level) {
  const [mx, vx] = meanVar(x);
  const [my, vy] = meanVar(y);
  const se = Math.sqrt(vx / x.length + vy / y.length);
  return fromStatistic(mx - my, se, welchDf(vx, x.length, vy, y.length), level);
}

// src/stats/holm.ts
function holmAdjust(p) {
  const idx = p.map((v, i) => [v, i]).filter((e) => e[0] !== null);
  idx.sort((x, y) => x[0] - y[0]);
  const m = idx.length;
  const out = p.map(() => null);
  let running = 0;
  idx.forEach(([v, i], rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * v));
    out[i] = running;
  });
  return out;
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function sum(x) {
  if (x.length === 0) {
    return 0;
  }
  var sum2 = x[0];
  var correction = 0;
  var transition;
  if (typeof sum2 !== "number") {
    return Number.NaN;
  }
  for (var i = 1; i < x.length; i++) {
    if (typeof x[i] !== "number") {
      return Number.NaN;
    }
    transition = sum2 + x[i];
    if (Math.abs(sum2) >= Math.abs(x[i])) {
      correction += sum2 - transition + x[i];
    } else {
      correction += x[i] - transition + sum2;
    }
    sum2 = transition;
  }
  return sum2 + correction;
}
function mean(x) {
  if (x.length === 0) {
    throw new Error("mean requires at least one data point");
  }
  return sum(x) / x.length;
}
function sumNthPowerDeviations(x, n) {
  var meanValue = mean(x);
  var sum2 = 0;
  var tempValue;
  var i;
  if (n === 2) {
    for (i = 0; i < x.length; i++) {
      tempValue = x[i] - meanValue;
      sum2 += tempValue * tempValue;
    }
  } else {
    for (i = 0; i < x.length; i++) {
      sum2 += Math.pow(x[i] - meanValue, n);
    }
  }
  return sum2;
}
function sampleVariance(x) {
  if (x.length < 2) {
    throw new Error("sampleVariance requires at least two data points");
  }
  var sumSquaredDeviationsValue = sumNthPowerDeviations(x, 2);
  var besselsCorrection = x.length - 1;
  return sumSquaredDeviationsValue / besselsCorrection;
}
function sampleStandardDeviation(x) {
  var sampleVarianceX = sampleVariance(x);
  return Math.sqrt(sampleVarianceX);
}
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper2 = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper2] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr2, k, left, right) {
  left = left || 0;
  right = right || arr2.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd2 = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd2 *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd2));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd2)
      );
      quickselect(arr2, k, newLeft, newRight);
    }
    var t = arr2[k];
    var i = left;
    var j = right;
    swap(arr2, left, k);
    if (arr2[right] > t) {
      swap(arr2, left, right);
    }
    while (i < j) {
      swap(arr2, i, j);
      i++;
      j--;
      while (arr2[i] < t) {
        i++;
      }
      while (arr2[j] > t) {
        j--;
      }
    }
    if (arr2[left] === t) {
      swap(arr2, left, j);
    } else {
      j++;
      swap(arr2, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr2, i, j) {
  var tmp = arr2[i];
  arr2[i] = arr2[j];
  arr2[j] = tmp;
}
function quantile(x, p) {
  var copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    var results3 = [];
    for (var i = 0; i < p.length; i++) {
      results3[i] = quantileSorted(copy, p[i]);
    }
    return results3;
  } else {
    var idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p);
  }
}
function quantileSelect(arr2, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr2, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr2, k, left, right);
    quickselect(arr2, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr2, p) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p.length; i++) {
    var idx = quantileIndex(arr2.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr2, indices, 0, indices.length - 1, 0, arr2.length - 1);
}
function multiselect(arr2, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr2, indices[mid], left, right);
  multiselect(arr2, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr2, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  var idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function median(x) {
  return +quantile(x, 0.5);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/stats/flags.ts
var MOD_Z_LIMIT = 3.5;
var sortedCopy = (x) => sortInPlace(new Float64Array(x));
function madOfSorted(s, m) {
  const [a, b] = middleDeviations(s, m);
  return s.length % 2 === 1 ? b : (a + b) / 2;
}
function blocksOf(obs, idx) {
  return idx.map((i) => obs[i].block).join(", ");
}
function modifiedZOutliers(x, sorted) {
  if (x.length < 8) return [];
  const s = sorted ?? sortedCopy(x);
  const m = medianOfSorted(s);
  const mad = madOfSorted(s, m);
  if (mad === 0) return [];
  const out = [];
  for (let i = 0; i < x.length; i++) if (Math.abs(0.6745 * (x[i] - m) / mad) > MOD_Z_LIMIT) out.push(i);
  return out;
}
function tukeyOutliers(x, sorted) {
  if (x.length < 8) return [];
  const s = sorted ?? sortedCopy(x);
  const q1 = quantileSorted(s, 0.25);
  const q3 = quantileSorted(s, 0.75);
  const iqr = q3 - q1;
  if (iqr === 0) return [];
  const out = [];
  for (let i = 0; i < x.length; i++) if (x[i] < q1 - 1.5 * iqr || x[i] > q3 + 1.5 * iqr) out.push(i);
  return out;
}
function driftRho(values, order, valueRanks = sortedWithRanks(Float64Array.from(values)).ranks) {
  const n = values.length;
  let increasing = true;
  for (let i = 1; i < n && increasing; i++) increasing = order[i] > order[i - 1];
  let ro;
  if (increasing) {
    const r = new Float64Array(n);
    for (let i = 0; i < n; i++) r[i] = i + 1;
    ro = r;
  } else ro = averageRanks(order).ranks;
  return spearmanOfRanks(ro, valueRanks);
}
var tOfRho = (rho, n) => rho * Math.sqrt((n - 2) / (1 - rho * rho));
function driftP(rho, n) {
  return Math.abs(rho) >= 1 ? 0 : 2 * tCdf(-Math.abs(tOfRho(rho, n)), n - 2);
}
var DRIFT_T_FLOOR = 2.5;
var pre = new Float64Array(0);
var pre2 = new Float64Array(0);
function twoMeansCut(s) {
  const n = s.length;
  if (pre.length < n + 1) {
    pre = new Float64Array(2 * n + 1);
    pre2 = new Float64Array(2 * n + 1);
  }
  for (let i = 0; i < n; i++) {
    pre[i + 1] = pre[i] + s[i];
    pre2[i + 1] = pre2[i] + s[i] * s[i];
  }
  const sse = (a, b) => pre2[b] - pre2[a] - (pre[b] - pre[a]) ** 2 / (b - a);
  let best = Infinity;
  let cut = n;
  for (let k = 1; k < n; k++) {
    if (s[k] === s[k - 1]) continue;
    const v = sse(0, k) + sse(k, n);
    if (v < best) {
      best = v;
      cut = k;
    }
  }
  return cut;
}
function bimodality(x, sorted) {
  const n = x.length;
  if (n < 8) return null;
  const s = sorted ?? sortedCopy(x);
  const cut = twoMeansCut(s);
  if (cut === n || cut < 0.2 * n || n - cut < 0.2 * n) return null;
  const gap = s[cut] - s[cut - 1];
  const m1 = medianOfSorted(s.subarray(0, cut));
  const m2 = medianOfSorted(s.subarray(cut));
  const dev = new Float64Array(n);
  let below = 0;
  for (let i = 0; i < n; i++) {
    dev[i] = Math.abs(s[i] - (i < cut ? m1 : m2));
    if (dev[i] < gap / 4) below++;
  }
  if (below <= n - 1 >> 1) return null;
  const within = medianOfSorted(sortInPlace(dev));
  if (gap > 4 * within && gap > 0) return { low: cut, high: n - cut, gap };
  return null;
}
var pct = (v) => `${(100 * v).toFixed(1)}%`;
function qualityFlags(sides) {
  const flags = [];
  for (const { label, obs } of sides) {
    const n = obs.length;
    const x = new Float64Array(n);
    for (let i = 0; i < n; i++) x[i] = Math.log(obs[i].value);
    const { sorted, ranks } = sortedWithRanks(x);
    const z2 = modifiedZOutliers(x, sorted);
    if (z2.length) flags.push(`outlier: ${label} block ${blocksOf(obs, z2)} (modified z > ${MOD_Z_LIMIT})`);
    const t = tukeyOutliers(x, sorted);
    if (t.length) flags.push(`outlier: ${label} block ${blocksOf(obs, t)} outside Tukey fences (1.5\xB7IQR)`);
    if (n >= 6) {
      const rho = driftRho(x, obs.map((o, i) => o.seq ?? o.block ?? i), ranks);
      const p = Math.abs(rho) < 1 && Math.abs(tOfRho(rho, n)) < DRIFT_T_FLOOR ? 1 : driftP(rho, n);
      if (p < 0.01) {
        flags.push(`drift: ${label} ${rho < 0 ? "slows down" : "speeds up"} over the run (Spearman \u03C1 = ${rho.toFixed(2)}, p = ${p.toPrecision(2)})`);
      }
    }
    const bi = bimodality(x, sorted);
    if (bi) flags.push(`bimodal: ${label} splits ${bi.low}/${bi.high} launches with a gap of ${pct(Math.expm1(bi.gap))}`);
  }
  return flags;
}

// src/stats/power.ts
var POWER = 0.8;
var CAP = 1e5;
function blocksNeeded(sigma, margin, alpha, estimate, paired) {
  const bound = Math.log1p(margin);
  const k = paired ? 1 : 2;
  const inside = Math.abs(estimate) < bound;
  const beta = inside ? (1 - POWER) / 2 : 1 - POWER;
  const delta = inside ? bound : Math.abs(estimate);
  if (!(sigma > 0)) return 2;
  let n = 2;
  for (let i = 0; i < 30; i++) {
    const df = Math.max(1, paired ? n - 1 : 2 * n - 2);
    const q = tQuantile(1 - alpha, df) + tQuantile(1 - beta, df);
    const next = Math.min(CAP, Math.max(2, Math.ceil(k * sigma * sigma * q * q / (delta * delta))));
    if (next === n) break;
    n = next;
  }
  return n;
}

// src/stats/workload-input.ts
function checkInputs(inputs) {
  const seen = /* @__PURE__ */ new Set();
  for (const w of inputs) {
    validateValues(w);
    if (seen.has(w.name)) throw new UserError(`workload ${w.name} appears twice in the input`, "merge its observations into one entry");
    seen.add(w.name);
  }
}
function failedSide(w, warnings) {
  if (w.a.length > 0 && w.b.length > 0) return null;
  const missing = w.a.length === 0 ? "A" : "B";
  warnings.push(`workload ${w.name} has no ${missing} observations: it ran on one side only`);
  return { kind: "one-side", missing };
}
function pairingFlags(prep) {
  const flags = [];
  if (prep.unmatched.length) flags.push(`unmatched: ${prep.unmatched.join(", ")} left out of the paired analysis (no partner in the same block)`);
  if (!prep.paired) flags.push("unpaired: blocks did not match, compared as two independent samples");
  return flags;
}
function validateValues(w) {
  for (const [label, obs] of [["A", w.a], ["B", w.b]]) {
    for (const o of obs) {
      if (!(Number.isFinite(o.value) && o.value > 0)) {
        throw new UserError(
          `workload ${w.name}: variant ${label} block ${o.block} has throughput ${o.value} t/s`,
          "throughput must be a positive number of tokens per second; check that the launch really ran (a crashed or empty launch must be left out, not recorded as 0)"
        );
      }
    }
  }
}
function prepare(w) {
  const la = w.a.map((o) => Math.log(o.value));
  const lb = w.b.map((o) => Math.log(o.value));
  if (w.a.length >= 2 && w.a.length === w.b.length) {
    let same = true;
    for (let i = 0; i < w.a.length && same; i++) same = w.a[i].block === w.b[i].block && (i === 0 || w.a[i].block > w.a[i - 1].block);
    if (same) return { paired: true, n: la.length, d: lb.map((v, i) => v - la[i]), la, lb, unmatched: [] };
  }
  const byBlock2 = (obs) => {
    const m = /* @__PURE__ */ new Map();
    for (const o of obs) {
      if (m.has(o.block)) return null;
      m.set(o.block, o.value);
    }
    return m;
  };
  const ma = byBlock2(w.a);
  const mb = byBlock2(w.b);
  if (ma && mb) {
    const common = [...ma.keys()].filter((k) => mb.has(k)).sort((x, y) => x - y);
    if (common.length >= 2 && common.length * 2 >= Math.max(ma.size, mb.size)) {
      const d = common.map((k) => Math.log(mb.get(k)) - Math.log(ma.get(k)));
      const unmatched = [
        ...[...ma.keys()].filter((k) => !mb.has(k)).map((k) => `A block ${k}`),
        ...[...mb.keys()].filter((k) => !ma.has(k)).map((k) => `B block ${k}`)
      ];
      return { paired: true, n: common.length, d, la, lb, unmatched };
    }
  }
  return { paired: false, n: Math.min(la.length, lb.length), d: [], la, lb, unmatched: [] };
}
function sd(x) {
  if (x.length < 2) return 0;
  const m = x.reduce((a, b) => a + b, 0) / x.length;
  return Math.sqrt(x.reduce((s, v) => s + (v - m) ** 2, 0) / (x.length - 1));
}
function spreadOf(p, method) {
  const one = (x) => {
    if (x.length < 2) return 0;
    if (method === "t") return sd(x);
    const s = sortInPlace(Float64Array.from(x));
    const m = medianType7(s);
    const [lo, hi] = middleDeviations(s, m);
    const r = 1.4826 * (x.length % 2 === 1 ? hi : lo + 0.5 * (hi - lo));
    return r > 0 ? r : sd(x);
  };
  if (p.paired) return one(p.d);
  const a = one(p.la);
  const b = one(p.lb);
  return Math.sqrt((a * a + b * b) / 2);
}

// src/stats/analyze.ts
var MARGIN = optionSpec("analyze", "margin");
function validateOptions(opts) {
  if (!inRange(MARGIN, opts.margin)) {
    throw new UserError(`margin ${opts.margin} is out of range`, `give a relative margin ${rangeText(MARGIN)}, e.g. --margin ${MARGIN.example}`);
  }
  if (!(opts.alpha > 0 && opts.alpha < 0.5)) {
    throw new UserError(`alpha ${opts.alpha} is out of range`, "give a one-sided error rate between 0 and 0.5, e.g. --alpha 0.05");
  }
  if (opts.method !== "hl" && opts.method !== "t") {
    throw new UserError(`method ${String(opts.method)} is unknown`, "use --method hl (Hodges\u2013Lehmann, default) or --method t");
  }
  const k = opts.plannedLooks ?? 1;
  if (!(Number.isInteger(k) && k >= 1)) throw new UserError(`plannedLooks ${k} must be a positive integer`);
}
function minimumN(method, paired, level) {
  if (method === "t") return 2;
  for (let n = 1; n < 60; n++) {
    const achieved = paired ? 1 - 2 * signedRankCdf(0, n) : 1 - 2 * mannWhitneyCdf(0, n, n);
    if (achieved >= level - 1e-12) return n;
  }
  return 60;
}
function shift(p, method, level) {
  if (method === "t") return p.paired ? pairedT(p.d, level) : welchT(p.lb, p.la, level);
  return p.paired ? signedRankShift(p.d, level) : mannWhitneyShift(p.lb, p.la, level);
}
function emptyAnalysis(name, method, level, why, n = 0, paired = false) {
  return {
    name,
    n,
    paired,
    method,
    ratio: null,
    ci: null,
    ci_level: level,
    p_regression: null,
    p_regression_adj: null,
    p_improvement: null,
    p_improvement_adj: null,
    verdict: "inconclusive",
    blocks_needed: null,
    spread: null,
    flags: [],
    reason: "",
    why
  };
}
function analyze(inputs, opts) {
  validateOptions(opts);
  const looks = opts.plannedLooks ?? 1;
  const alpha = opts.alpha / looks;
  const level = 1 - 2 * alpha;
  const bound = Math.log1p(opts.margin);
  const warnings = [];
  checkInputs(inputs);
  if (inputs.length === 0) warnings.push("no workloads to analyze");
  const drafts = inputs.map((w) => {
    const failed = failedSide(w, warnings);
    if (failed) {
      const wa2 = emptyAnalysis(w.name, opts.method, level, failed);
      wa2.verdict = "failed";
      return {
        wa: wa2,
        res: null,
        prep: null,
        insufficient: null,
        identical: false
      };
    }
    const prep = prepare(w);
    const flags = [...qualityFlags([{ label: "A", obs: w.a }, { label: "B", obs: w.b }]), ...pairingFlags(prep)];
    const minN = minimumN(opts.method, prep.paired, level);
    const tooFewForT = opts.method === "t" && (prep.paired ? prep.n < 2 : prep.la.length < 2 || prep.lb.length < 2);
    if (tooFewForT) {
      const wa2 = emptyAnalysis(w.name, opts.method, level, { kind: "too-few-t", n: prep.n }, prep.n, prep.paired);
      wa2.flags = flags;
      wa2.blocks_needed = 2;
      return { wa: wa2, res: null, prep, insufficient: null, identical: false };
    }
    let res = shift(prep, opts.method, level);
    const identical = prep.paired && prep.n >= minN && prep.d.every((v) => v === 0);
    if (res.level < level - 1e-9 && !res.exact && opts.method === "hl" && prep.n >= minN) {
      res = prep.paired ? { ...res, lo: Math.min(...prep.d), hi: Math.max(...prep.d), level } : { ...res, lo: Math.min(...prep.lb) - Math.max(...prep.la), hi: Math.max(...prep.lb) - Math.min(...prep.la), level };
    }
    let insufficient = null;
    if ((res.level < level - 1e-9 || prep.n < minN) && !identical) {
      const test2 = opts.method === "t" ? "t" : prep.paired ? "signed-rank" : "Mann\u2013Whitney";
      insufficient = { kind: "too-few", n: prep.n, paired: prep.paired, minN, level, test: test2, reachable: res.level, needed: 0 };
    }
    const wa = {
      name: w.name,
      n: prep.n,
      paired: prep.paired,
      method: opts.method,
      ratio: Math.exp(res.estimate),
      ci: [Math.exp(res.lo), Math.exp(res.hi)],
      ci_level: res.level < level - 1e-9 ? res.level : level,
      p_regression: res.pLess,
      p_regression_adj: null,
      p_improvement: res.pGreater,
      p_improvement_adj: null,
      verdict: "inconclusive",
      blocks_needed: null,
      spread: spreadOf(prep, opts.method),
      flags,
      reason: ""
    };
    return { wa, res, prep, insufficient, identical };
  });
  const regAdj = holmAdjust(drafts.map((d) => d.wa.p_regression));
  const impAdj = holmAdjust(drafts.map((d) => d.wa.p_improvement));
  const nTested = drafts.filter((d) => d.wa.p_regression !== null).length;
  drafts.forEach((d, i) => {
    d.wa.p_regression_adj = regAdj[i];
    d.wa.p_improvement_adj = impAdj[i];
    if (d.res && d.prep) classify(d, { alpha, bound, margin: opts.margin, nTested, method: opts.method, level });
  });
  const workloads = drafts.map((d) => d.wa);
  return {
    verdict: gate(workloads),
    margin: opts.margin,
    alpha: opts.alpha,
    geomean_ratio: geomean(workloads),
    workloads,
    warnings
  };
}
function classify(d, c) {
  const wa = d.wa;
  const res = d.res;
  const prep = d.prep;
  const ci = { level: c.level, lo: wa.ci[0], hi: wa.ci[1], repeated: false };
  const needed = () => Math.max(minimumN(c.method, prep.paired, c.level), blocksNeeded(wa.spread ?? 0, c.margin, c.alpha, res.estimate, prep.paired));
  if (d.identical) {
    wa.verdict = "neutral";
    wa.why = { kind: "identical", n: prep.n };
    return;
  }
  if (d.insufficient) {
    wa.verdict = "inconclusive";
    wa.blocks_needed = needed();
    wa.why = { ...d.insufficient, needed: wa.blocks_needed };
    return;
  }
  const inside = res.lo >= -c.bound && res.hi <= c.bound;
  const regression = wa.p_regression_adj <= c.alpha && res.hi < 0;
  const improvement = wa.p_improvement_adj <= c.alpha && res.lo > 0;
  const by = Math.abs(1 - wa.ratio);
  if (inside) {
    wa.verdict = "neutral";
    wa.why = { kind: "neutral", ci, margin: c.margin, change: regression || improvement ? { by, slower: regression } : null };
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? "regression" : "improvement";
    const p = regression ? wa.p_regression : wa.p_improvement;
    const adj = regression ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.why = { kind: "changed", slower: regression, by, ci, p, adj, m: c.nTested, alpha: c.alpha };
    return;
  }
  wa.verdict = "inconclusive";
  wa.blocks_needed = needed();
  const more = { spread: wa.spread, paired: prep.paired, needed: { blocks: wa.blocks_needed, horizon: null } };
  if (res.hi < 0 || res.lo > 0) {
    const adj = res.hi < 0 ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.why = { kind: "not-significant", ci, adj, m: c.nTested, alpha: c.alpha, ...more };
  } else {
    wa.why = { kind: "wide", ci, margin: c.margin, ...more };
  }
}
function geomean(ws) {
  const r = ws.map((w) => w.ratio).filter((v) => v !== null);
  if (r.length === 0) return null;
  return Math.exp(r.reduce((s, v) => s + Math.log(v), 0) / r.length);
}

// src/plan/depth-sweep.ts
var DEPTH_FAMILY = "sweep";
function depthPointId(metric, depth) {
  return `${DEPTH_FAMILY}:${metric}@d${depth}`;
}
function timesPromptAt(tool, depth) {
  return !(tool === BATCHED_BENCH && depth === 0);
}
function depthGatePoints(plan2, tool) {
  return (plan2.depthSweep?.depths ?? []).flatMap((depth) => [
    { metric: "tg", depth },
    ...timesPromptAt(tool, depth) ? [{ metric: "pp", depth }] : []
  ]);
}
function depthPointIds(depths) {
  return new Set([...depths].flatMap((d) => ["tg", "pp", "mem"].map((m) => depthPointId(m, d))));
}
var SWEEP_BENCH = "llama-sweep-bench";
var BATCHED_BENCH = "llama-batched-bench";

// src/stats/from-results.ts
function launchValue(rec) {
  const x = rec.samplesTs;
  return x.length === 0 ? rec.avgTs : medianType7(sortInPlace(Float64Array.from(x)));
}
function observation(l) {
  if (l.status !== "ok" || l.warmup || l.records.length === 0) return null;
  return { block: l.block, value: launchValue(l.records[0]), seq: l.seq };
}
function workloadInputsFromResults(results3) {
  return [
    ...workloadInputsFromLaunches(results3.plan.workloads.map((w) => w.id), results3.launches),
    ...depthInputsFromResults(results3)
  ];
}
function workloadInputsFromLaunches(workloadIds, launches) {
  const by = new Map(workloadIds.map((id) => [id, { name: id, a: [], b: [] }]));
  for (const l of launches) {
    const w = by.get(l.workload);
    if (!w || l.variant !== "A" && l.variant !== "B") continue;
    const o = observation(l);
    if (o) (l.variant === "A" ? w.a : w.b).push(o);
  }
  return workloadIds.map((id) => by.get(id));
}
function depthToolOf(results3) {
  return results3.builds.find((b) => b.ok && b.depthTool)?.depthTool ?? results3.depthLaunches?.[0]?.tool ?? null;
}
function countedDepthLaunches(launches) {
  return (launches ?? []).filter((l) => l.status === "ok" && !l.warmup);
}
function depthInputsFromResults(results3) {
  if (!results3.plan.depthSweep) return [];
  const launches = countedDepthLaunches(results3.depthLaunches);
  return depthGatePoints(results3.plan, depthToolOf(results3)).map((point) => {
    const value = (p) => point.metric === "tg" ? p.speedTg : p.speedPp;
    const name = depthPointId(point.metric, point.depth);
    return { name, a: depthObservations(launches, "A", point.depth, value), b: depthObservations(launches, "B", point.depth, value), point };
  });
}
function depthObservations(launches, variant2, depth, value) {
  const out = [];
  for (const l of launches) {
    if (l.variant !== variant2) continue;
    const p = l.points.find((x) => x.depth === depth);
    const v = p ? value(p) : null;
    if (typeof v === "number" && Number.isFinite(v) && v > 0) out.push({ block: l.block, value: v, seq: l.seq });
  }
  return out;
}

// src/report/vocabulary.ts
var MARKS = {
  regression: "\u{1F534}",
  improvement: "\u{1F7E2}",
  neutral: "\u2705",
  inconclusive: "\u{1F7E1}",
  "no-verdict": "\u26AA",
  failed: "\u274C",
  incomplete: "\u26A0\uFE0F"
};
var LABELS = {
  regression: "Regression",
  improvement: "Improvement",
  neutral: "Neutral",
  inconclusive: "Inconclusive",
  "no-verdict": "No verdict",
  failed: "Run failed",
  incomplete: "Incomplete"
};
var VERDICT_WORDS = {
  regression: "regression",
  improvement: "improvement",
  neutral: "neutral",
  inconclusive: "inconclusive",
  "no-verdict": "no verdict",
  failed: "failed",
  incomplete: "incomplete"
};
var code = (text) => ({ code: text });
function plain(p) {
  return p.map((s) => typeof s === "string" ? s : s.code).join("");
}
function joinPhrases(parts, sep) {
  return parts.flatMap((p, i) => i === 0 ? p : [sep, ...p]);
}
function fmtLevel(level) {
  if (typeof level !== "number" || !Number.isFinite(level)) return "\u2013";
  const pct2 = level * 100;
  return Math.abs(pct2 - Math.round(pct2)) < 0.05 ? `${Math.round(pct2)}%` : `${pct2.toFixed(1)}%`;
}
function fmtChangeInterval(ci) {
  return ci ? `[${fmtChange(ci[0])}, ${fmtChange(ci[1])}]` : "\u2013";
}
function levelNote(level, runLevel, n, minBlocks) {
  if (Math.abs(level - runLevel) < 1e-9) return null;
  if (level < runLevel) {
    return `${fmtLevel(level)} interval, not ${fmtLevel(runLevel)}: with ${n} block${n === 1 ? "" : "s"} the exact signed-rank interval cannot reach ${fmtLevel(runLevel)} (${minBlocks} blocks needed)`;
  }
  return `${fmtLevel(level)} interval, wider than ${fmtLevel(runLevel)}: the sequential design spends \u03B1 over several looks, so each look's interval is wider`;
}
function gateOf(outcome, onInconclusive, onIncomplete = DEFAULT_POLICY.onIncomplete) {
  const g2 = asGateOutcome(outcome);
  const policy = { onInconclusive, onIncomplete };
  const conclusion = checkConclusion(g2, policy);
  const ok2 = passes(g2, policy);
  const option = g2 === "inconclusive" ? ` (on-inconclusive: ${onInconclusive})` : g2 === "incomplete" ? ` (on-incomplete: ${onIncomplete})` : "";
  return { conclusion, passes: ok2, words: `check ${ok2 ? "passes" : "fails"}${option}` };
}
var MORE_STEP = 20;
function extendPhrase(m) {
  if (m.horizon === void 0 || m.blocksRun === void 0) return [];
  const left = m.horizon - m.blocksRun;
  if (left <= 0) return [`. The declared horizon of ${m.horizon} blocks is reached: a new experiment with a larger `, code("--horizon"), " can measure more"];
  const step = Math.min(MORE_STEP, left);
  return [`. Up to ${left} more block${left === 1 ? "" : "s"} (horizon ${m.horizon}): `, code(`npx llama-perf-gate more --blocks ${step}`), ", or comment ", code(`/perf more ${step}`), " on the PR"];
}
var changeWithInterval = (w) => [code(w.id), ` ${fmtChange(w.ratio)}${w.ci ? ` ${fmtChangeInterval(w.ci)}` : ""}`];
function undecidedReason(w, m) {
  if (w.n < m.minBlocks) {
    return { noisy: false, phrase: [code(w.id), ` ${fmtChange(w.ratio)} after ${w.n} block${w.n === 1 ? "" : "s"} (${m.minBlocks} needed for any call)`] };
  }
  if (w.blocksNeeded !== null && w.blocksNeeded > m.maxBlocks) {
    return {
      noisy: true,
      phrase: [code(w.id), ` spread ${fmtPercent(w.spread)} between paired launches: about ${fmtCount(w.blocksNeeded)} blocks needed, this run allows ${m.maxBlocks}`]
    };
  }
  const needs = w.blocksNeeded !== null && w.blocksNeeded > w.n ? `, about ${fmtCount(w.blocksNeeded)} needed` : ", more needed";
  return { noisy: false, phrase: [...changeWithInterval(w), ` after ${w.n} blocks${needs}`] };
}
var MAX_NAMED_UNDECIDED = 3;
function verdictPhrase(m) {
  const ws = m.workloads;
  const margin = fmtMargin(m.margin);
  const others = (k) => k > 0 ? `, neutral on the other ${k === 1 ? "one" : k}` : "";
  switch (m.outcome) {
    case "neutral":
      return ws.length === 1 ? [`Neutral within \xB1${margin} on `, code(ws[0].id)] : [`Neutral within \xB1${margin} on all ${ws.length} workloads`];
    case "regression":
      return joinPhrases(ws.filter((w) => w.outcome === "regression").map(changeWithInterval), "; ");
    case "improvement": {
      const hit = ws.filter((w) => w.outcome === "improvement");
      return [...joinPhrases(hit.map(changeWithInterval), "; "), others(ws.length - hit.length)];
    }
    case "inconclusive": {
      if (m.emulatedNodes) return [`Emulated ${m.emulatedNodes}-node guest: throughput is emulated and not gated; where memory and threads went is the finding`];
      const open2 = ws.filter((w) => w.outcome === "inconclusive");
      const reasons = open2.map((w) => undecidedReason(w, m));
      const noisy = reasons.length > 0 && reasons.every((r) => r.noisy);
      const rest = reasons.length - MAX_NAMED_UNDECIDED;
      const named2 = rest > 1 ? reasons.slice(0, MAX_NAMED_UNDECIDED) : reasons;
      return [noisy ? "Too noisy to decide: " : "Not decided: ", ...joinPhrases(named2.map((r) => r.phrase), "; "), rest > 1 ? `; ${rest} more undecided` : "", ...extendPhrase(m)];
    }
    case "failed":
      return [`Run failed: ${m.failure ?? "the run could not be judged"}`];
    case "incomplete":
      return [`Incomplete: ${m.failure ?? "a machine sent no results"}`];
    case "no-verdict":
      return ["No verdict computed: the decision engine did not run on these results, the figures are descriptive only"];
  }
}
function incompleteText(i) {
  return `measured ${i.measured_blocks} of ${i.planned_blocks} planned blocks; stopped: ${i.stop_reason.trim() || "no reason recorded"}`;
}
function firstLine(outcome, verdict2, gate2, where = null) {
  return [`${MARKS[outcome]} `, ...where ? [`${where}: `] : [], ...verdict2, ` \u2014 ${gate2.words}`];
}

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
function variantName(results3, v) {
  return results3.plan.variants.find((x) => x.id === v)?.name ?? v;
}
function buildFailure(results3, b) {
  const what = `build of ${b.variant} (${variantName(results3, b.variant)}, ref ${b.ref}) failed`;
  return b.error ? `${what}: ${b.error}` : what;
}
function failureOf(results3) {
  const broken = results3.builds.filter((b) => !b.ok);
  if (broken.length > 0) return broken.map((b) => buildFailure(results3, b)).join("; ");
  const counted = results3.launches.filter((l) => !l.warmup && l.status !== "skipped");
  if (counted.length === 0) {
    return `no benchmark launch ran past the warm-up (stop reason: ${results3.stopReason || "none recorded"})`;
  }
  if (counted.every((l) => l.status !== "ok")) {
    return `every launch failed (${counted.length} of ${counted.length}: ${statusCounts(counted)})`;
  }
  const failed = results3.analysis?.workloads.filter((w) => w.verdict === "failed") ?? [];
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
function summarizeWorkloads(results3) {
  const inputs = workloadInputsFromResults(results3);
  return inputs.map((input) => {
    const launches = results3.launches.filter((l) => l.workload === input.name);
    const a = figures(input.a.map((o) => o.value), launches.filter((l) => l.variant === "A"));
    const b = figures(input.b.map((o) => o.value), launches.filter((l) => l.variant === "B"));
    const ratioOfMedians = a.median !== null && b.median !== null && a.median > 0 ? b.median / a.median : null;
    const analysis2 = results3.analysis?.workloads.find((w) => w.name === input.name) ?? null;
    return {
      id: input.name,
      a,
      b,
      ratioOfMedians,
      analysis: analysis2,
      ratio: analysis2 ? analysis2.ratio : ratioOfMedians,
      ci: analysis2?.ci ?? null,
      verdict: analysis2 ? analysis2.verdict : "no-verdict",
      blocks: byBlock(input.a, input.b)
    };
  });
}
function summarizeMachine(results3, label) {
  const failure = failureOf(results3);
  const outcome = failure ? "failed" : results3.analysis ? runOutcome(results3.analysis) : "no-verdict";
  const margin = results3.analysis?.margin ?? results3.plan.margin;
  const blocks = new Set(results3.launches.filter((l) => !l.warmup && l.status !== "skipped").map((l) => l.block));
  return {
    label,
    results: results3,
    outcome,
    failure: failure ?? (results3.analysis?.incomplete && outcome === "incomplete" ? incompleteText(results3.analysis.incomplete) : null),
    workloads: summarizeWorkloads(results3),
    blocksRun: blocks.size,
    bounds: [1 / (1 + margin), 1 + margin],
    margin
  };
}

// src/report/fleet.ts
var OVERALL_RULE = "Overall = the most serious machine verdict: regression anywhere \u2192 regression; else a failed run \u2192 failed; else a machine missing \u2192 incomplete; else a machine without analysis \u2192 no verdict; else inconclusive anywhere \u2192 inconclusive; else improvement if any machine improved and the rest are neutral; else neutral.";
function labelsFor(results3, labels) {
  const seen = /* @__PURE__ */ new Map();
  return results3.map((r, i) => {
    const base2 = labels?.[i]?.trim() || r.host?.hostname?.trim() || `machine ${i + 1}`;
    const n = (seen.get(base2) ?? 0) + 1;
    seen.set(base2, n);
    return n === 1 ? base2 : `${base2} (${n})`;
  });
}
function mergeFleet(results3, labels, problems = []) {
  const names = labelsFor(results3, labels);
  const machines = results3.map((r, i) => summarizeMachine(r, names[i]));
  const extra = problems.map((p) => p.outcome).filter((o) => o !== null);
  return { machines, problems, overall: combineOutcomes([...machines.map((m) => m.outcome), ...extra]) };
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
function leversOf(results3) {
  const plan2 = results3.plan;
  const l = plan2.levers;
  const unset = "not set";
  const rows = [
    ["Threads (-t)", String(plan2.threads)],
    ["Repetitions per launch (-r)", String(l.repetitions)],
    ["Priority (--prio)", l.prio !== void 0 ? String(l.prio) : unset],
    ["Delay (--delay)", l.delay !== void 0 ? `${l.delay} s` : unset],
    ["CPU mask (-C)", l.cpuMask !== void 0 ? `${l.cpuMask}${l.cpuStrict ? " (strict)" : ""}` : unset],
    ["Polling (--poll)", l.poll !== void 0 ? String(l.poll) : unset],
    ["Model loading (--no-mmap)", l.noMmap ? "read into memory (llama-bench -mmp 0 / --load-mode none, depth tools --no-mmap)" : "memory-mapped (the tools' default)"]
  ];
  if (l.numaGuest) rows.push(["Emulated guest (--numa-guest)", `${l.numaGuest} NUMA nodes (qemu TCG, one boot per launch, builds with -DGGML_NATIVE=OFF): every throughput is emulated, never gated`]);
  const numa2 = plan2.workloads.map((w) => ({ key: "NUMA policy of", keyCode: w.id, value: describePolicy(w.numa) }));
  rows.push(
    ["Blocks", `${plan2.maxBlocks} at most, ${plan2.warmupBlocks} warm-up (discarded)`],
    ["Sequential looks", plan2.looks.length ? plan2.looks.join(", ") : unset],
    ["Seed", String(results3.schedule.seed)],
    ["Timeout per launch", `${plan2.timeoutSec} s`],
    ["Decision", `margin \xB1${fmtMargin(plan2.margin)}, \u03B1 ${plan2.alpha} (${fmtLevel(1 - 2 * plan2.alpha)} intervals), method ${plan2.method}`],
    ["llama-bench flavour", results3.flavour ?? "unknown"],
    ["Stop reason", results3.stopReason || unset]
  );
  for (const v of plan2.variants) {
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
  return [...kv.slice(0, 7), ...numa2, ...kv.slice(7)];
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
function buildsOf(results3) {
  return results3.builds.map((b) => ({
    variant: b.variant,
    name: results3.plan.variants.find((v) => v.id === b.variant)?.name ?? b.variant,
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
function launchFailures(results3) {
  return results3.launches.filter((l) => FAILED.has(l.status)).map((l) => {
    const parts = [
      l.status === "timeout" ? `timed out after ${fmtSeconds(l.wallMs / 1e3)}` : `${l.status} after ${fmtSeconds(l.wallMs / 1e3)}`,
      l.exitCode !== null ? `exit code ${l.exitCode}` : null,
      l.signal ? `signal ${l.signal}` : null,
      l.error
    ].filter(Boolean);
    return { workload: l.workload, block: l.block, variant: l.variant, status: l.status, warmup: l.warmup, detail: parts.join(", "), stderr: l.stderrTail ?? null };
  });
}
function rawSamplesOf(results3, workloads) {
  return workloads.map((w) => {
    const ls = results3.launches.filter((l) => l.workload === w).sort((a, b) => a.seq - b.seq);
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
function detectablePhrase(ws, alpha, power) {
  const known = ws.filter((w) => w.spread !== null);
  if (known.length === 0) return null;
  const can = known.filter((w) => w.mde !== null);
  const cannot = known.filter((w) => w.mde === null);
  const parts = can.map((w) => `${fmtPercent(w.mde)}${known.length > 1 ? ` (${w.id})` : ""}`);
  const how = `${fmtPercent(power, 0)} power at \u03B1 = ${alpha}, at the blocks measured and the spread observed`;
  const yes = can.length > 0 ? `This run could detect changes of ${parts.join(", ")} or more (${how}; smaller changes it could not tell from noise).` : "";
  const no = cannot.length > 0 ? `${yes ? " " : ""}At the blocks measured this run could not detect any change of ${cannot.map((w) => `${w.id} (${w.n} blocks)`).join(", ")}${can.length ? "" : ` (${how})`}.` : "";
  return yes + no;
}
function undecidedAgainstMde(mde, n) {
  return mde === null ? `at ${n} blocks this run could not detect any change` : `this run could detect changes of ${fmtPercent(mde)} or more (80% power)`;
}

// src/report/model-workload.ts
function workloadModel(w, m, runLevel, minBlocks) {
  const a = w.analysis;
  const flags = a && a.flags.length > 0 ? ` Flags: ${a.flags.join(", ")}.` : "";
  const reason = a ? reasonOf(a).replace(/\s+$/, "") : "";
  const why = !a ? w.a.ok === 0 || w.b.ok === 0 ? `no counted launch for ${w.a.ok === 0 ? "A" : "B"}` : "descriptive only: ratio of medians, no verdict computed" : (/[.!?]$/.test(reason) ? reason : `${reason}.`) + flags;
  const n = a?.n ?? Math.min(w.a.ok, w.b.ok);
  const mde = a ? minimumDetectableEffect(a.spread, a.n, m.results.plan.alpha, a.method) : null;
  return {
    id: w.id,
    outcome: w.verdict,
    aTs: w.a.median,
    bTs: w.b.median,
    ratio: w.ratio,
    ci: w.ci,
    ciLevel: a && w.ci ? a.ci_level : null,
    levelNote: a && w.ci ? levelNote(a.ci_level, runLevel, n, minBlocks) : null,
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
    mde,
    againstMde: w.verdict === "inconclusive" && a ? undecidedAgainstMde(mde, n) : null
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

// src/stats/depth-memory.ts
function depthMemoryAnalysis(results3) {
  const { plan: plan2 } = results3;
  if (!plan2.depthSweep) return [];
  const launches = countedDepthLaunches(results3.depthLaunches);
  const level = 1 - 2 * plan2.alpha;
  return plan2.depthSweep.depths.map((depth) => {
    const name = depthPointId("mem", depth);
    const total = (v) => depthObservations(launches, v, depth, (p) => p.memory?.rssKiB);
    const anon = (v) => depthObservations(launches, v, depth, (p) => p.memory?.anonKiB);
    const med3 = (xs) => xs.length ? median(xs.map((o) => o.value)) : null;
    const [a, b] = [total("A"), total("B")];
    const base2 = { name, depth, a_kib: med3(a), b_kib: med3(b), a_anon_kib: med3(anon("A")), b_anon_kib: med3(anon("B")), ci_level: level };
    if (a.length === 0 || b.length === 0) return { ...base2, n: 0, ratio: null, ci: null };
    const [w] = analyze([{ name, a, b }], { margin: plan2.margin, alpha: plan2.alpha, method: "hl" }).workloads;
    const full = w.ci !== null && w.ci_level >= level - 1e-9;
    return { ...base2, n: w.n, ratio: w.ratio, ci: full ? w.ci : null };
  });
}
function withDepthMemory(analysis2, results3) {
  return results3.plan.depthSweep ? { ...analysis2, depth_memory: depthMemoryAnalysis(results3) } : analysis2;
}
var contains = (ci, x) => ci[0] <= x + 1e-12 && x <= ci[1] + 1e-12;
function peakRssRatio(plan2, workload, launches) {
  const obs = (v) => launches.filter((l) => l.variant === v && l.memory.peakRssKiB > 0).map((l) => ({ block: l.block, value: l.memory.peakRssKiB, seq: l.seq }));
  const a = obs("A");
  const b = obs("B");
  const pairs = a.filter((x) => b.some((y) => y.block === x.block));
  const ties = pairs.filter((x) => b.find((y) => y.block === x.block).value === x.value).length;
  const runLevel = 1 - 2 * plan2.alpha;
  const run = (method2) => analyze([{ name: workload, a, b }], { margin: plan2.margin, alpha: plan2.alpha, method: method2 }).workloads[0];
  let wa = run("hl");
  let method = "hl";
  if (!wa || wa.ratio === null || !wa.ci || wa.ci_level < runLevel - 1e-9) return null;
  if (!contains(wa.ci, wa.ratio)) {
    wa = run("t");
    method = "t";
    if (!wa || wa.ratio === null || !wa.ci || !contains(wa.ci, wa.ratio)) return null;
  }
  return { ratio: wa.ratio, ci: wa.ci, level: wa.ci_level, method, ties, pairs: pairs.length };
}

// src/report/model-memory.ts
var med = (xs) => xs.length ? median(xs) : null;
function memoryOf(results3, workloads) {
  const measured = results3.launches.filter((l) => l.memory && l.status === "ok" && !l.warmup);
  if (measured.length === 0) return null;
  const nodeIds = [...new Set(measured.flatMap((l) => Object.keys(l.memory.nodeKiB ?? {})))].sort((a, b) => Number(a) - Number(b));
  const rowFor = (variant2, ls) => {
    const mems = ls.map((l) => l.memory);
    const withNodes = mems.filter((mm) => mm.nodeKiB && Object.keys(mm.nodeKiB).length > 0);
    const evenness = withNodes.map((mm) => {
      const v = nodeIds.map((id) => mm.nodeKiB[id] ?? 0);
      const lo = Math.min(...v);
      return lo > 0 ? Math.max(...v) / lo : Infinity;
    });
    return {
      variant: variant2,
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
    const peak = peakRssRatio(results3.plan, w, mine) ?? (a.peakRssKiB && b.peakRssKiB ? { ratio: b.peakRssKiB / a.peakRssKiB, ci: null, level: null, method: null, ties: 0, pairs: 0 } : null);
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
function sweepModel(launches, analysis2, askedGen) {
  const counted = launches.filter((l) => l.status === "ok" && !l.warmup);
  const depths = [...new Set(counted.flatMap((l) => l.points.map((p) => p.depth)))].sort((x, y) => x - y);
  const values = (v, d, pick) => counted.filter((l) => l.variant === v).map((l) => pick(l.points.find((p) => p.depth === d) ?? {})).filter((x) => typeof x === "number" && Number.isFinite(x));
  const engine = new Map((analysis2?.workloads ?? []).map((w) => [w.name, w]));
  const memStats = new Map((analysis2?.depth_memory ?? []).map((m) => [m.depth, m]));
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
  const speed2 = (metric) => series2((p) => metric === "tg" ? p.speedTg : p.speedPp, (d) => depthPointId(metric, d)).filter((p) => p.a !== null || p.b !== null);
  const levels = depths.flatMap((d) => ["tg", "pp"].map((m) => engine.get(depthPointId(m, d)))).filter((w) => w?.ci).map((w) => w.ci_level);
  const logged = [...new Set([...launches].sort((x, y) => x.variant.localeCompare(y.variant)).map((l) => `${l.variant} ${l.kvBufferName ?? l.kvBuffer ?? "not found in its log"}`))];
  const first = counted[0] ?? launches[0];
  return {
    tool: first.tool,
    ctx: first.ctx,
    launchesPerVariant: Math.max(counted.filter((l) => l.variant === "A").length, counted.filter((l) => l.variant === "B").length),
    ciLevel: levels.length ? Math.min(...levels) : null,
    tg: speed2("tg"),
    pp: speed2("pp"),
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
function depthOf(results3) {
  const sweep = results3.depthLaunches;
  return sweep && sweep.length > 0 ? sweepModel(sweep, results3.analysis, results3.plan.depthSweep?.gen ?? null) : null;
}

// src/report/model-placement.ts
function placementOf(r) {
  const p = r.analysis?.placement;
  if (!p || !r.plan.levers.numaGuest) return null;
  const nodes = p.nodes.map(String);
  const even = (depth, v) => p.rows.find((x) => x.depth === depth && x.variant === v)?.evenness ?? null;
  return {
    guestNodes: r.plan.levers.numaGuest,
    nodes,
    rows: p.rows.map((x) => ({ depth: x.depth, variant: x.variant, n: x.n, cells: nodes.map((k) => x.nodes[k] ?? { anonKiB: 0, shmemKiB: 0, fileKiB: 0, threads: 0 }), evenness: x.evenness })),
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
  const base2 = SHA2.test(c.baseRef) ? ["the base"] : [code(c.baseRef)];
  if (c.baseMoved === 0) return ["; ", ...base2, " had not moved past the branch point"];
  return ["; ", ...base2, ` had moved ${c.baseMoved} commit${c.baseMoved === 1 ? "" : "s"} past the branch point`];
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
  const tail2 = c.baseMoved ? [" (B/A includes every base change since; --compare merge measures what merging does)"] : [];
  return [...mode, "A = ", ...named(c.baseRef, c.base), ", B = ", ...head2, ...moved(c), ...tail2];
}

// src/report/model-groups.ts
function modelGroups(r, workloads, head2) {
  if (r.plan.models.length < 2) return null;
  const modelOf2 = new Map(r.plan.workloads.map((w) => [w.id, w.model]));
  return r.plan.models.map((m) => {
    const mine = workloads.filter((w) => modelOf2.get(w.id) === m.name);
    const outcome = mine.length ? combineOutcomes(mine.map((w) => w.outcome)) : "no-verdict";
    const failure = mine.find((w) => w.outcome === "failed")?.why ?? null;
    const verdict2 = outcome === "failed" && failure ? [failure] : verdictPhrase({ ...head2, outcome, failure, workloads: mine });
    return { name: m.name, path: m.path, outcome, verdict: verdict2, workloads: mine };
  });
}
function modelContrast(r, groups, margin) {
  if (!groups) return [];
  const byId = new Map(r.plan.workloads.map((w) => [w.id, w]));
  const labels = [...new Set(r.plan.workloads.map((w) => w.id.slice((w.model?.length ?? -1) + 1)))];
  const parts = [];
  for (const label of labels) {
    const on = groups.flatMap((g2) => g2.workloads.filter((w) => byId.get(w.id)?.model === g2.name && w.id === `${g2.name}/${label}`).map((w) => ({ g: g2, w })));
    if (on.length < 2 || new Set(on.map((x) => x.w.outcome)).size < 2) continue;
    const say = (w) => w.outcome === "regression" || w.outcome === "improvement" ? fmtChange(w.ratio) : w.outcome === "neutral" ? `neutral within \xB1${fmtMargin(margin)}` : w.outcome === "inconclusive" ? "undecided" : w.outcome;
    parts.push([code(label), `: ${on.map(({ g: g2, w }) => `${say(w)} on ${g2.name}`).join(", ")}`]);
  }
  return joinPhrases(parts, "; ");
}

// src/report/model.ts
function machineModel(m, onInconclusive, onIncomplete, runner) {
  const r = m.results;
  const runLevel = 1 - 2 * r.plan.alpha;
  const minBlocks = minimumN(r.plan.method, true, runLevel);
  const all = m.workloads.map((w) => workloadModel(w, m, runLevel, minBlocks));
  const points = depthPointIds([...r.plan.depthSweep?.depths ?? [], ...(r.depthLaunches ?? []).flatMap((l) => l.points.map((p) => p.depth))]);
  const workloads = all.filter((w) => !points.has(w.id));
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
      // Depth points the engine decided that have no llama-bench launches behind them.
      ...(r.analysis?.workloads ?? []).filter((a) => points.has(a.name) && !all.some((w) => w.id === a.name)).map((a) => ({ id: a.name, outcome: a.verdict, ratio: a.ratio, ci: a.ci, n: a.n, spread: a.spread, blocksNeeded: a.blocks_needed }))
    ]
  };
  const models = modelGroups(r, workloads, head2);
  const contrast = modelContrast(r, models, m.margin);
  const verdict2 = contrast.length ? [...verdictPhrase(head2), ". By model: ", ...contrast] : verdictPhrase(head2);
  return {
    label: m.label,
    outcome: m.outcome,
    failure: m.failure,
    verdict: verdict2,
    firstLine: firstLine(m.outcome, verdict2, gateOf(m.outcome, onInconclusive, onIncomplete)),
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
    warnings: [...r.analysis?.warnings ?? [], ...r.notes],
    sides: sidesOf(r),
    compared: comparedPhrase(r.plan.comparison),
    flavour: r.flavour,
    host: hostOf(r.host),
    builds: buildsOf(r),
    levers: leversOf(r),
    failedLaunches: launchFailures(r),
    memory: memoryOf(r, workloads.map((w) => w.id)),
    depth: depthOf(r),
    placement: placementOf(r),
    rawSamples: rawSamplesOf(r, workloads.map((w) => w.id)),
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    runner: runnerPhrase(runner),
    detectable: r.analysis ? detectablePhrase(all.filter((w) => w.analysis), r.plan.alpha, MDE_POWER) : null
  };
}
function fleetFirstLine(machines, problems, overall, gate2) {
  const hit = machines.filter((m) => m.outcome === overall);
  const problem = problems.find((p) => p.outcome === overall);
  if (problem && hit.length === 0) return firstLine(overall, [`${overall === "incomplete" ? "Incomplete" : "Failed"}: ${problem.text}`], gate2);
  if (overall === "neutral") return firstLine(overall, [`Neutral on all ${machines.length} machines`], gate2);
  const [lead] = hit;
  if (!lead) return firstLine(overall, [`${overall} on the fleet`], gate2);
  const more = hit.length > 1 ? [` (and ${hit.length - 1} more machine${hit.length > 2 ? "s" : ""})`] : [];
  return firstLine(overall, [...lead.verdict, ...more], gate2, machines.length > 1 ? lead.label : null);
}
function conclude(machines, problems, onInconclusive, onIncomplete) {
  const extra = problems.map((p) => p.outcome).filter((o) => o !== null);
  const overall = combineOutcomes([...machines.map((m) => m.outcome), ...extra]);
  const gate2 = gateOf(overall, onInconclusive, onIncomplete);
  const line = machines.length === 1 && problems.length === 0 ? machines[0].firstLine : fleetFirstLine(machines, problems, overall, gate2);
  return { fleet: machines.length > 1 || problems.length > 0, overall, gate: { ...gate2, onInconclusive, onIncomplete }, problems, firstLine: line };
}
function buildReportModel(results3, opts = {}) {
  const onInconclusive = opts.onInconclusive ?? "pass";
  const onIncomplete = opts.onIncomplete ?? "fail";
  const fleet = mergeFleet(results3, opts.labels);
  const machines = fleet.machines.map((m) => machineModel(m, onInconclusive, onIncomplete, fleet.machines.length === 1 ? opts.runner : void 0));
  const first = results3[0];
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
  const tail2 = `

---

${note}
`;
  let budget = limit - tail2.length;
  while (budget > keepPrefix.length) {
    let cut = body.slice(0, budget);
    const nl = cut.lastIndexOf("\n");
    cut = nl > keepPrefix.length ? cut.slice(0, nl) : keepPrefix;
    const close = closers(cut);
    const out = cut + (close.length ? "\n" + close.join("\n") : "") + tail2;
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
import { existsSync, readFileSync as readFileSync2, readdirSync as readdirSync2 } from "node:fs";
import { dirname as dirname2, join as join3, basename as basename2 } from "node:path";
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
  const inRange2 = (x) => x >= lo && x <= hi;
  const nameWidth = Math.min(opts.maxNameWidth ?? 24, Math.max(8, ...rows.map((r) => [...r.name].length)));
  const indent = " ".repeat(nameWidth + 1);
  const reference = () => {
    const cells2 = Array(width).fill(" ");
    for (const b of opts.bounds) if (inRange2(b)) cells2[pos(b)] = ":";
    cells2[pos(1)] = "|";
    return cells2;
  };
  const lines = [];
  lines.push(`${indent}B/A throughput ratio, log scale (left of | = B slower)`);
  for (const r of rows) {
    const cells2 = reference();
    if (r.ci && ok(r.ci[0]) && ok(r.ci[1])) {
      const l = Math.max(0, Math.min(width - 1, pos(r.ci[0])));
      const h = Math.max(0, Math.min(width - 1, pos(r.ci[1])));
      for (let i = l; i <= h; i++) cells2[i] = "-";
      cells2[l] = r.ci[0] < lo ? "<" : "[";
      cells2[h] = r.ci[1] > hi ? ">" : "]";
    }
    if (ok(r.ratio)) {
      const p = Math.max(0, Math.min(width - 1, pos(r.ratio)));
      cells2[p] = r.ratio < lo ? "<" : r.ratio > hi ? ">" : "o";
    }
    const figures2 = ok(r.ratio) ? `${fmtRatio(r.ratio)}${r.ci ? " " + fmtInterval(r.ci) : ""}` : "no data";
    lines.push(`${clip(r.name, nameWidth).padEnd(nameWidth)} ${cells2.join("")}  ${figures2}`);
  }
  const axis = Array(width).fill("-");
  for (const b of opts.bounds) if (inRange2(b)) axis[pos(b)] = "+";
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
var num2 = (x) => String(Number(x.toPrecision(6)));
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
    `    y-axis "${unit}" 0 --> ${num2(top)}`,
    `    line [${a.map(num2).join(", ")}]`,
    `    line [${b.map(num2).join(", ")}]`
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
var num3 = (x) => typeof x === "number" ? x : null;
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
  ratio: (x) => fmtRatio(num3(x)),
  interval: (ci) => fmtInterval(Array.isArray(ci) ? ci : null),
  percent: (x, digits) => fmtPercent(num3(x), typeof digits === "number" ? digits : 1),
  change: (x) => fmtChange(num3(x)),
  ts: (x) => fmtTs(num3(x)),
  mib: (x) => fmtMiB(num3(x)),
  mibCell: (x) => mibCell(num3(x)),
  // Evenness (a share of 0..1) and its B − A difference, to three decimals.
  share: (x) => fmtShare(num3(x)),
  shareInterval: (ci, identical) => fmtShareInterval(Array.isArray(ci) ? ci : null, identical === true),
  evenIdeal: (p) => `1/${p.nodes.length}`,
  count: (x) => fmtCount(num3(x)),
  seconds: (x) => fmtSeconds(num3(x)),
  level: (x) => fmtLevel(num3(x)),
  evenness: (x) => x === null ? "\u2013" : typeof x === "number" && Number.isFinite(x) ? `${x.toFixed(2)}\xD7` : "one node empty",
  // Words.
  verdictMark: (o) => MARKS[o],
  verdictLabel: (o) => LABELS[o],
  depthVerdict: (v) => typeof v === "string" && v ? `${MARKS[v] ?? ""} ${escapeMarkdown(v)}`.trim() : "\u2013",
  kvKey: (x) => escapeMarkdown(x.key) + (x.keyCode ? ` ${codeSpan(x.keyCode)}` : ""),
  peakNote: (p) => escapeMarkdown(`paired t interval: ${p.ties} of ${p.pairs} block pairs have identical peak RSS, which the signed-rank interval drops`),
  comparison: (model) => comparison(model),
  // The "Compared:" line of the first machine; '' for a fleet without a valid machine.
  compared: (model) => model.machines[0]?.compared ? phraseMd(model.machines[0].compared) : "",
  overallHeadline: (model) => overallHeadline(model),
  // Sections.
  forest: (m) => forest(m),
  depthBars: (m) => m.depth && m.depth.rss.length ? fenced(depthChart(m.depth, { A: nameOf(m, "A"), B: nameOf(m, "B") })) : null,
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
  let dir = dirname2(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join3(dir, "templates");
    if (existsSync(join3(candidate, "report.md.hbs"))) return candidate;
    dir = dirname2(dir);
  }
  throw new Error("templates/report.md.hbs not found above " + dirname2(fileURLToPath(import.meta.url)));
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
  const partials = join3(dir, "partials");
  for (const f2 of readdirSync2(partials)) {
    if (f2.endsWith(".hbs")) hbs.registerPartial(basename2(f2, ".hbs"), readFileSync2(join3(partials, f2), "utf8"));
  }
  env = {
    hbs,
    main: compile(hbs, readFileSync2(join3(dir, "report.md.hbs"), "utf8")),
    checkSummary: compile(hbs, readFileSync2(join3(dir, "check-summary.md.hbs"), "utf8")),
    checkText: compile(hbs, readFileSync2(join3(dir, "check-text.md.hbs"), "utf8"))
  };
  return env;
}
function templateFor(name, userPath) {
  const e = environment();
  if (!userPath) return e[name];
  let source;
  try {
    source = readFileSync2(userPath, "utf8");
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
function wrap(path3, tpl) {
  return (context) => {
    try {
      return tpl(context);
    } catch (err) {
      throw new UserError(`report template ${path3} failed to render: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`, "check the field names against templates/report.md.hbs");
    }
  };
}

// src/report/truncate.ts
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
  const base2 = context.show;
  for (const step of LADDER) {
    note = truncationNote(limit, step.dropped, context.fullReport);
    context.show = {
      table: base2.table && step.show.table,
      chart: base2.chart && step.show.chart,
      details: base2.details && step.show.details,
      tails: base2.tails && step.show.tails,
      rawSamples: base2.rawSamples && step.show.rawSamples
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
  const path3 = opts.line !== false && pts.length > 1 ? `<polyline fill="none" stroke="${color}" stroke-width="1.8"${opts.dash ? ' stroke-dasharray="5 3"' : ""} points="${pts.map((p) => `${f(p.x)},${f(p.y)}`).join(" ")}"/>` : "";
  const dots = pts.map((p) => `<circle class="pt" cx="${f(p.x)}" cy="${f(p.y)}" r="${opts.r ?? 3}" fill="${color}"><title>${escapeHtml(p.tip)}</title></circle>`).join("");
  return `<g class="series" data-series="${escapeHtml(name)}" data-points="${pts.length}">${path3}${dots}</g>`;
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
  const num5 = (v) => Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
  const pts = (side, ps) => ps.filter((p) => typeof p[side] === "number").map((p) => ({ x: x(p.depth), y: y(p[side] / scale), tip: `depth ${p.depth}, ${side.toUpperCase()}: ${num5(p[side] / scale)} ${unit}` }));
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
    yAxis(fr, y, unit, num5),
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
var row = (cells2, numeric = []) => `<tr>${cells2.map((c, i) => `<td${numeric[i] ? ' class="n"' : ""}>${c}</td>`).join("")}</tr>`;
var head = (cells2, numeric = []) => `<tr>${cells2.map((c, i) => `<th${numeric[i] ? ' class="n"' : ""}>${escapeHtml(c)}</th>`).join("")}</tr>`;
var kvTable = (rows) => `<table>${rows.map((r) => `<tr><th>${escapeHtml(r.key)}${r.keyCode ? ` <code>${escapeHtml(r.keyCode)}</code>` : ""}</th><td>${escapeHtml(r.value)}</td></tr>`).join("")}</table>`;
function workloadTable(m) {
  const num5 = [false, true, true, true, false, true, false, true, true, false];
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
  ], num5);
  const rows = m.models ? m.models.flatMap((g2) => [`<tr class="model"><th colspan="10">${MARKS[g2.outcome]} ${escapeHtml(g2.name)}</th></tr>`, ...g2.workloads.map(rowOf)]) : m.workloads.map(rowOf);
  const notes = m.workloads.filter((w) => w.levelNote).map((w) => `<p class="note"><code>${escapeHtml(w.id)}</code>: ${escapeHtml(w.levelNote)}</p>`).join("");
  const interval = m.descriptiveOnly ? "Interval" : `${fmtLevel(m.runLevel)} interval`;
  return `<table class="workloads">${head(["Workload", "A t/s", "B t/s", "B/A", interval, "Change", "Verdict", "CV A / B", "Launches A / B", "Why"], num5)}${rows.join("")}</table>${notes}`;
}
function depthSection(d, m) {
  const charts = depthCharts(d, m.margin);
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
  const table2 = d.tg.length ? `<table class="depth">${head(["KV depth", "S_TG A", "S_TG B", "B/A", "interval", "verdict", "S_PP A", "S_PP B", "B/A", "interval", "verdict", "resident A", "resident B"])}${speedRows.join("")}</table>` : `<table class="depth">${head(["KV depth", "resident A", "resident B", "B/A", "interval", "anon A", "anon B", "shmem A", "shmem B"])}${memRows}</table>`;
  const launches = d.launchesPerVariant === 1 ? `one ${d.tool} launch per variant` : `${d.launchesPerVariant} ${d.tool} launches per variant (medians; intervals paired by block)`;
  const fails = d.failures.map((x) => `<li class="warn">${escapeHtml(x.detail)}${x.stderr ? `<pre>${escapeHtml(x.stderr)}</pre>` : ""}</li>`).join("");
  return `<h3>Speed and memory against KV depth</h3><p class="sub">${escapeHtml(launches)}, context ${d.ctx} tokens. A KV cache committed up front is resident at every depth; a lazily committed one grows with depth.${d.kvBuffers ? ` ${escapeHtml(d.kvBuffers)}.` : ""}${d.genNote ? ` ${escapeHtml(d.genNote)}.` : ""}</p><div class="grid2">${charts.join("")}</div>${table2}${fails ? `<ul>${fails}</ul>` : ""}`;
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
  const diffs = p.diffs.map((d) => row([String(d.depth), fmtShare(d.a), fmtShare(d.b), fmtShare(d.diff), escapeHtml(fmtShareInterval(d.ci, d.identical)), String(d.n)], [true, true, true, true, false, true])).join("");
  return `<h3 id="placement">Placement in the emulated ${p.guestNodes}-node guest</h3><p class="sub">Where each variant's memory and threads were at each KV depth (medians over the counted depth launches, sampled inside the guest as each depth was reported): resident MiB per node by mapping kind (private anonymous, shmem, file) and the threads whose last CPU was on that node. Evenness: the smallest node's share of the anonymous (private + shmem) memory, 1/${p.nodes.length} when spread evenly, 0 when on one node. Throughput in this guest is emulated and not gated.</p><table class="placement">${head(["KV depth", "variant", ...perNode, "evenness"], [true, false, ...perNode.map(() => true), true])}${rows}</table><table class="evenness">${head(["KV depth", "evenness A", "evenness B", "B \u2212 A", "interval", "blocks"], [true, true, true, true, false, true])}${diffs}</table>`;
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
  const peaks = m.memory.workloads.filter((w) => w.peak).map((w) => `<li><code>${escapeHtml(w.name)}</code>: peak RSS B/A ${fmtRatio(w.peak.ratio)}${w.peak.ci ? ` (${fmtLevel(w.peak.level)} interval ${fmtInterval(w.peak.ci)}${w.peak.method === "t" ? `, paired t: ${w.peak.ties} of ${w.peak.pairs} pairs identical` : ""})` : ""}</li>`).join("");
  return `<h3>Memory of the llama-bench launches</h3><p class="sub">Peak memory per launch, medians over counted launches. llama-bench sizes its context to each test, so a KV cache committed only as it fills cannot differ much here: this is not the memory effect of a KV change${m.depth ? " (see the depth charts above)" : ""}.</p><table>${head(["Workload", "Variant", "Launches", "Peak RSS", "Minor faults", "Major faults", ...nodes.map((n) => `Node ${n}`), "Evenness"])}${rows.join("")}</table><ul>${peaks}</ul>`;
}
function detailsSection(m) {
  const host2 = m.host ? `<h3>Host</h3>${m.host.warnings.map((w) => `<p class="warn">\u26A0\uFE0F ${escapeHtml(w)}</p>`).join("")}${kvTable([...m.host.rows, ...m.host.nodes])}` : "";
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
  return host2 + builds + levers + failed;
}
function machineSection(m, fleet) {
  const rows = m.workloads.map((w) => ({ id: w.id, ratio: w.ratio, ci: w.ci, outcome: w.outcome }));
  const blocks = m.workloads.filter((w) => w.blocks.length > 0).map(blockChart);
  return [
    fleet ? `<h2 id="machine-${escapeHtml(m.label)}">${MARKS[m.outcome]} ${escapeHtml(m.label)}: ${phraseHtml(m.verdict)}</h2>` : "",
    m.warnings.map((w) => `<p class="warn">\u26A0\uFE0F ${escapeHtml(w)}</p>`).join(""),
    m.models ? `<h3>By model</h3><ul class="models">${m.models.map((g2) => `<li id="model-${escapeHtml(g2.name)}">${MARKS[g2.outcome]} <b>${escapeHtml(g2.name)}</b>: ${phraseHtml(g2.verdict)}</li>`).join("")}</ul>` : "",
    m.workloads.length ? workloadTable(m) : "",
    [m.detectable, m.runner].filter((x) => x !== null).map((x) => `<p>${escapeHtml(x)}</p>`).join(""),
    rows.some((r) => r.ratio !== null) ? forestChart(m, rows) : "",
    blocks.length ? `<h3>Launches by block</h3><div class="grid2">${blocks.join("")}</div>` : "",
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
    case "inconclusive": {
      const m = ms.find((x) => x.outcome === "inconclusive");
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

// src/plan/models.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { basename as basename3, join as join4, resolve } from "node:path";

// src/model/gguf-reader.ts
import { openSync, readSync, closeSync, fstatSync } from "node:fs";
var HEADER_READ_LIMIT = 64 << 20;
function readGgufHeader(path3) {
  let fd;
  try {
    fd = openSync(path3, "r");
  } catch (e) {
    throw new UserError(`model file ${path3} cannot be opened: ${e.message}`, "pass --model PATH to a .gguf file");
  }
  const buf = Buffer.alloc(HEADER_READ_LIMIT);
  const len = readSync(fd, buf, 0, buf.length, 0);
  const fileSize = fstatSync(fd).size;
  closeSync(fd);
  let p = 0;
  const need = (n) => {
    if (p + n > len) throw new UserError(`model file ${path3} is truncated or its header exceeds ${HEADER_READ_LIMIT} bytes (at byte ${p})`);
  };
  const u32 = () => (need(4), p += 4, buf.readUInt32LE(p - 4));
  const u64 = () => (need(8), p += 8, Number(buf.readBigUInt64LE(p - 8)));
  const str4 = () => {
    const n = u64();
    need(n);
    p += n;
    return buf.toString("utf8", p - n, p);
  };
  const scalar2 = (t) => {
    switch (t) {
      case 0:
        return need(1), buf.readUInt8(p++);
      case 1:
        return need(1), buf.readInt8(p++);
      case 2:
        return need(2), p += 2, buf.readUInt16LE(p - 2);
      case 3:
        return need(2), p += 2, buf.readInt16LE(p - 2);
      case 4:
        return u32();
      case 5:
        return need(4), p += 4, buf.readInt32LE(p - 4);
      case 6:
        return need(4), p += 4, buf.readFloatLE(p - 4);
      case 7:
        return need(1), buf.readUInt8(p++) !== 0;
      case 8:
        return str4();
      case 9: {
        const et = u32();
        const n = u64();
        const out = [];
        for (let i = 0; i < n; i++) out.push(scalar2(et));
        return out;
      }
      case 10:
        return u64();
      case 11:
        return need(8), p += 8, Number(buf.readBigInt64LE(p - 8));
      case 12:
        return need(8), p += 8, buf.readDoubleLE(p - 8);
      default:
        throw new UserError(`model file ${path3}: unknown GGUF value type ${t} at byte ${p}`);
    }
  };
  if (len < 4 || buf.readUInt32LE(0) !== 1179993927) {
    throw new UserError(`model file ${path3} is not a GGUF file (bad magic)`, "llama-bench needs a .gguf model; `llama-perf-gate model --out model.gguf` writes a synthetic one");
  }
  p = 4;
  const version = u32();
  const nTensors = u64();
  const nMeta = u64();
  const meta = {};
  for (let i = 0; i < nMeta; i++) {
    const k = str4();
    meta[k] = scalar2(u32());
  }
  const tensors = [];
  for (let i = 0; i < nTensors; i++) {
    const name = str4();
    const nd = u32();
    const dims = [];
    for (let d = 0; d < nd; d++) dims.push(u64());
    tensors.push({ name, dims, type: u32(), offset: u64() });
  }
  checkTensorData(path3, tensors, p, meta["general.alignment"], fileSize);
  return { version, meta, tensors, headerBytes: p };
}
var TYPE_SIZE = {
  0: [1, 4],
  1: [1, 2],
  2: [32, 18],
  3: [32, 20],
  6: [32, 22],
  7: [32, 24],
  8: [32, 34],
  9: [32, 36],
  10: [256, 84],
  11: [256, 110],
  12: [256, 144],
  13: [256, 176],
  14: [256, 210],
  15: [256, 292],
  16: [256, 66],
  17: [256, 74],
  18: [256, 98],
  19: [256, 50],
  20: [32, 18],
  21: [256, 110],
  22: [256, 82],
  23: [256, 136],
  24: [1, 1],
  25: [1, 2],
  26: [1, 4],
  27: [1, 8],
  28: [1, 8],
  29: [256, 56],
  30: [1, 2]
};
function checkTensorData(path3, tensors, headerEnd, alignMeta, fileSize) {
  const align = typeof alignMeta === "number" && alignMeta > 0 ? alignMeta : 32;
  const dataStart = Math.ceil(headerEnd / align) * align;
  for (const t of tensors) {
    const size = TYPE_SIZE[t.type];
    const bytes = size ? t.dims.reduce((a, b) => a * b, 1) / size[0] * size[1] : 1;
    const end = dataStart + t.offset + bytes;
    if (!(end <= fileSize)) {
      throw new UserError(
        `model file ${path3} is truncated: tensor "${t.name}" ends at byte ${end}, but the file has ${fileSize} bytes`,
        "download or write it again (llama-perf-gate model --out model.gguf writes a synthetic one)"
      );
    }
  }
}

// src/model/half.ts
var f32Scratch = new Float32Array(1);
var u32Scratch = new Uint32Array(f32Scratch.buffer);
function f32ToF16Bits(value) {
  f32Scratch[0] = value;
  const x = u32Scratch[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  let mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  const e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= 8388608;
    const shift2 = 14 - e;
    let half2 = mant >>> shift2;
    const rem2 = mant & (1 << shift2) - 1;
    const mid = 1 << shift2 - 1;
    if (rem2 > mid || rem2 === mid && half2 & 1) half2++;
    return sign | half2;
  }
  let half = e << 10 | mant >>> 13;
  const rem = mant & 8191;
  if (rem > 4096 || rem === 4096 && half & 1) half++;
  return sign | half;
}
function decodeHalf(h) {
  const sign = h & 32768 ? -1 : 1;
  const exp = h >>> 10 & 31;
  const mant = h & 1023;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant ? NaN : sign * Infinity;
  return sign * (1 + mant / 1024) * 2 ** (exp - 15);
}
var table;
function f16BitsToF32(h) {
  if (!table) {
    table = new Float32Array(65536);
    for (let i = 0; i < 65536; i++) table[i] = decodeHalf(i);
  }
  return table[h & 65535];
}
function roundToF16(vals) {
  const bits = new Uint32Array(vals.buffer, vals.byteOffset, vals.length);
  for (let i = 0; i < bits.length; i++) {
    const x = bits[i];
    const exp = x >>> 23 & 255;
    if (exp >= 113 && exp <= 141) {
      bits[i] = (x + 4095 + (x >>> 13 & 1) & ~8191) >>> 0;
    } else {
      vals[i] = f16BitsToF32(f32ToF16Bits(vals[i]));
    }
  }
}

// src/model/tensor-types.ts
var TENSOR_TYPES = {
  f32: { ggml: 0, block: 1, bytes: 4 },
  f16: { ggml: 1, block: 1, bytes: 2 },
  q4_0: { ggml: 2, block: 32, bytes: 18 },
  q8_0: { ggml: 8, block: 32, bytes: 34 }
};
var roundAway = (x) => x < 0 ? -Math.round(-x) : Math.round(x);
function encodeQ8_0(vals) {
  const nb = vals.length / 32;
  const out = Buffer.allocUnsafe(nb * 34);
  for (let b = 0; b < nb; b++) {
    const x = b * 32;
    let amax = 0;
    for (let j = 0; j < 32; j++) amax = Math.max(amax, Math.abs(vals[x + j]));
    const d = Math.fround(amax / 127);
    const id = d ? Math.fround(1 / d) : 0;
    const o = b * 34;
    const h = f32ToF16Bits(d);
    out[o] = h & 255;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < 32; j++) out[o + 2 + j] = roundAway(Math.fround(vals[x + j] * id)) & 255;
  }
  return out;
}
function encodeQ4_0(vals) {
  const nb = vals.length / 32;
  const out = Buffer.allocUnsafe(nb * 18);
  for (let b = 0; b < nb; b++) {
    const x = b * 32;
    let amax = 0;
    let max = 0;
    for (let j = 0; j < 32; j++) {
      const v = vals[x + j];
      if (amax < Math.abs(v)) {
        amax = Math.abs(v);
        max = v;
      }
    }
    const d = Math.fround(max / -8);
    const id = d ? Math.fround(1 / d) : 0;
    const o = b * 18;
    const h = f32ToF16Bits(d);
    out[o] = h & 255;
    out[o + 1] = h >>> 8;
    for (let j = 0; j < 16; j++) {
      const lo = Math.min(15, Math.trunc(Math.fround(Math.fround(vals[x + j] * id) + 8.5)));
      const hi = Math.min(15, Math.trunc(Math.fround(Math.fround(vals[x + 16 + j] * id) + 8.5)));
      out[o + 2 + j] = lo | hi << 4;
    }
  }
  return out;
}
function encodeTensorData(type, vals) {
  switch (type) {
    case "f32":
      return Buffer.from(vals.buffer, vals.byteOffset, vals.length * 4);
    case "f16": {
      const half = new Uint16Array(vals.length);
      for (let k = 0; k < vals.length; k++) half[k] = f32ToF16Bits(vals[k]);
      return Buffer.from(half.buffer);
    }
    case "q8_0":
      return encodeQ8_0(vals);
    case "q4_0":
      return encodeQ4_0(vals);
  }
}

// src/plan/models.ts
var EXAMPLE = "example: --model tiny.gguf,big.gguf or --model smollm2-135m:q8_0,llama-1b  (or: llama-perf-gate model --out model.gguf)";
var MAX_MODELS = 16;
function presetEntry(text) {
  const [name, type = "f16", ...rest] = text.split(":");
  if (rest.length || !PRESET_NAMES.includes(name) || !(type in TENSOR_TYPES)) return null;
  return { preset: name, type };
}
function presetPath(cacheDir, preset, type) {
  return join4(cacheDir, "models", `preset-${preset}-${type}.gguf`);
}
function parseModels(text, cacheDir) {
  const items = text.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UserError("--model is empty", EXAMPLE);
  if (items.length > MAX_MODELS) throw new UserError(`--model lists ${items.length} models; at most ${MAX_MODELS}`, EXAMPLE);
  const out = items.map((item) => {
    const path3 = resolve(item);
    const preset = existsSync2(path3) ? null : presetEntry(item);
    if (preset) return { name: `${preset.preset}-${preset.type}`, path: presetPath(cacheDir, preset.preset, preset.type), preset };
    if (statSync(path3, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`--model ${item} is a directory, not a GGUF file`, EXAMPLE);
    if (!existsSync2(path3) && /^[a-z0-9.-]+(:[a-z0-9_]+)?$/.test(item) && !item.endsWith(".gguf")) {
      throw new UserError(`--model ${item} is neither a file nor a preset (presets: ${PRESET_NAMES.join(", ")}, optionally :f16|f32|q8_0|q4_0)`, EXAMPLE);
    }
    readGgufHeader(path3);
    return { name: basename3(path3).replace(/\.gguf$/i, ""), path: path3 };
  });
  const seen = /* @__PURE__ */ new Map();
  for (const m of out) {
    const had = seen.get(m.name);
    if (had !== void 0) throw new UserError(`--model lists two models named ${m.name} (${had} and ${m.path})`, "give each model a different file name");
    seen.set(m.name, m.path);
  }
  return out;
}
function modelOf(plan2, w) {
  return plan2.models.find((m) => m.name === w.model) ?? plan2.models[0];
}

// src/sys/paths.ts
import { accessSync, constants, existsSync as existsSync3, statSync as statSync2 } from "node:fs";
import { dirname as dirname3, join as join5, resolve as resolve2 } from "node:path";
function checkOutDir(flag, out, example) {
  let p = out;
  while (!existsSync3(p)) {
    const up = dirname3(p);
    if (up === p) break;
    p = up;
  }
  const st = statSync2(p, { throwIfNoEntry: false });
  if (st && !st.isDirectory()) {
    throw new UserError(p === out ? `${flag} ${out} is a file, not a directory` : `${flag} ${out} cannot be created: ${p} is a file`, `give a directory, e.g. ${flag} ${example}`);
  }
  try {
    accessSync(p, constants.W_OK | constants.X_OK);
    if (p.startsWith("/proc/") || p === "/proc" || p === "/sys" || p.startsWith("/sys/")) throw Object.assign(new Error("read-only"), { code: "EROFS" });
  } catch (e) {
    throw new UserError(`${flag} ${out} is not writable (${e.code ?? "permission denied"} at ${p})`, `choose a directory you can write, e.g. ${flag} ${example}`);
  }
}
function checkStorePath(path3, opts = {}) {
  const label = opts.flag ?? "experiment store";
  const st = statSync2(path3, { throwIfNoEntry: false });
  if (st?.isDirectory()) throw new UserError(`${label} ${path3} is a directory, not an experiment store file`, `give a file, e.g. --store ${join5(path3, "experiments.sqlite")}`);
  if (st && !opts.writable) return;
  let dir = dirname3(path3);
  while (dir !== dirname3(dir) && !statSync2(dir, { throwIfNoEntry: false })) dir = dirname3(dir);
  if (!statSync2(dir).isDirectory()) throw new EnvironmentError(`${label} ${path3} cannot be created: ${dir} is a file, not a directory`, "remove or rename that file, or pass --store PATH elsewhere");
  if (!opts.writable) return;
  try {
    checkOutDir(label, dirname3(path3), "perf.sqlite");
  } catch (e) {
    if (e instanceof UserError) throw new EnvironmentError(e.message, e.hint);
    throw e;
  }
}

// src/sys/child-env.ts
import { readFileSync as readFileSync3 } from "node:fs";
import path from "node:path";
var EXACT = /* @__PURE__ */ new Set([
  "PATH",
  "HOME",
  "USER",
  "LOGNAME",
  "SHELL",
  "LANG",
  "LANGUAGE",
  "TZ",
  "TERM",
  "TMPDIR",
  "TMP",
  "TEMP",
  // toolchain: compilers, flags, tools CMake and make read
  "CC",
  "CXX",
  "CPP",
  "LD",
  "AR",
  "NM",
  "RANLIB",
  "STRIP",
  "OBJCOPY",
  "CUDACXX",
  "CUDAHOSTCXX",
  "HIPCXX",
  "CFLAGS",
  "CXXFLAGS",
  "CPPFLAGS",
  "LDFLAGS",
  "CUDAFLAGS",
  "HIPFLAGS",
  "MAKEFLAGS",
  "MAKELEVEL",
  "NINJA_STATUS",
  "PKG_CONFIG_PATH",
  "LD_LIBRARY_PATH",
  "LIBRARY_PATH",
  "CPATH",
  "C_INCLUDE_PATH",
  "CPLUS_INCLUDE_PATH",
  "SOURCE_DATE_EPOCH",
  "CUDA_PATH",
  "CUDA_HOME",
  "ROCM_PATH",
  "HIP_PATH",
  "VULKAN_SDK"
]);
var PREFIXES = ["LC_", "CMAKE_", "CCACHE_", "GGML_", "LLAMA_", "OMP_", "GOMP_", "KMP_", "OPENBLAS_", "MKL_", "CUDA_", "HIP_", "ROCR_", "HSA_"];
var FORBIDDEN = /^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|NODE_OPTIONS$)|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|API_?KEY|PRIVATE_?KEY|SESSION/i;
var RESERVED = /^(LD_PRELOAD|LD_AUDIT|LPG_SLOWDOWN\w*)$/;
function reservedName(name) {
  return RESERVED.test(name);
}
function allowedName(name) {
  if (FORBIDDEN.test(name)) return false;
  return EXACT.has(name) || PREFIXES.some((p) => name.startsWith(p));
}
function jobPathAdditions(base2) {
  const file = base2.GITHUB_PATH;
  if (!file) return /* @__PURE__ */ new Set();
  try {
    return new Set(readFileSync3(file, "utf8").split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((p) => path.resolve(p)));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function childEnv(base2, planEnv = {}, own = {}) {
  const out = {};
  for (const [k, v] of Object.entries(base2)) if (v !== void 0 && allowedName(k)) out[k] = v;
  const added = jobPathAdditions(base2);
  if (out.PATH !== void 0 && added.size > 0) {
    out.PATH = out.PATH.split(path.delimiter).filter((p) => p && !added.has(path.resolve(p))).join(path.delimiter);
  }
  for (const [k, v] of Object.entries(planEnv)) if (!FORBIDDEN.test(k) && !RESERVED.test(k)) out[k] = v;
  return { ...out, ...own };
}

// src/plan/numa.ts
var EXAMPLE2 = "valid: none, interleave, node:0, cpus:0-7,16-23, distribute, isolate, numactl";
function parseNumaPolicy(text) {
  const t = text.trim();
  if (t === "" || t === "none") return { kind: "none" };
  if (t === "interleave") return { kind: "interleave" };
  if (t === "distribute" || t === "isolate" || t === "numactl") return { kind: "llama", mode: t };
  const node = /^node:(\d+)$/.exec(t);
  if (node) return { kind: "bind", node: Number(node[1]) };
  const cpus = /^cpus:([\d,-]+)$/.exec(t);
  if (cpus) return { kind: "cpus", cpus: cpus[1] };
  throw new UserError(`unknown --numa policy "${text}"`, EXAMPLE2);
}
function numaLabel(p) {
  switch (p.kind) {
    case "none":
      return "";
    case "interleave":
      return "numa interleave";
    case "bind":
      return `numa node ${p.node}`;
    case "llama":
      return `--numa ${p.mode}`;
    case "cpus":
      return `cpus ${p.cpus}`;
  }
}

// src/plan/workload.ts
var EXAMPLE3 = "example: --workloads pp512,tg128,tg128@d4096";
var MAX_TOKENS = 1e7;
var LABEL = /^(?:pp(\d+))?(\+)?(?:tg(\d+))?(?:@(d|pp)(\d+))?$/;
function parseWorkload(text, numa2 = { kind: "none" }) {
  const t = text.trim().replace(/\s*@\s*/, "@");
  const m = LABEL.exec(t);
  const pp = m?.[1] !== void 0 ? Number(m[1]) : 0;
  const tg = m?.[3] !== void 0 ? Number(m[3]) : 0;
  const plus = m?.[2] !== void 0;
  const depth = m?.[5] !== void 0 ? Number(m[5]) : 0;
  const ok2 = m !== null && (pp > 0 || tg > 0) && plus === (pp > 0 && tg > 0) && (m[4] !== "pp" || pp === 0 && depth > 0);
  if (!ok2) {
    throw new UserError(`unknown workload "${text}": expected ppN, tgN, ppN+tgN, optionally @dDEPTH (ik: tgN@ppDEPTH)`, EXAMPLE3);
  }
  if (pp + tg + depth > MAX_TOKENS) {
    throw new UserError(`workload "${text}" needs ${pp + tg + depth} tokens of context; at most ${MAX_TOKENS.toLocaleString("en-US")}`, EXAMPLE3);
  }
  const label = [pp > 0 ? `pp${pp}` : "", tg > 0 ? `tg${tg}` : ""].filter(Boolean).join("+") + (depth > 0 ? `@d${depth}` : "");
  const shown = m[4] === "pp" ? `tg${tg}@pp${depth}` : label;
  return { id: withNuma(shown, numa2), label, nPrompt: pp, nGen: tg, nDepth: depth, numa: numa2 };
}
function withNuma(label, numa2, model) {
  const nl = numaLabel(numa2);
  return (model === void 0 ? "" : `${model}/`) + (nl ? `${label} [${nl}]` : label);
}
function perModel(ws, models) {
  if (models.length < 2) return ws;
  return models.flatMap((m) => ws.map((w) => ({ ...w, model: m.name, id: withNuma(w.id.replace(/ \[.*\]$/, ""), w.numa, m.name) })));
}
function flavourLabel(w, flavour) {
  if (flavour === "ik" && w.nPrompt === 0 && w.nGen > 0 && w.nDepth > 0) return `tg${w.nGen}@pp${w.nDepth}`;
  return w.label;
}
function labelWorkloads(ws, flavour) {
  return ws.map((w) => ({ ...w, id: withNuma(flavourLabel(w, flavour), w.numa, w.model) }));
}
function parseWorkloads(list, numa2) {
  const items = list.split(",").map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new UserError("--workloads is empty", EXAMPLE3);
  const out = items.map((s) => parseWorkload(s, numa2));
  const seen = /* @__PURE__ */ new Set();
  for (const w of out) {
    const key = withNuma(w.label, w.numa);
    if (seen.has(key)) throw new UserError(`workload "${w.label}" is listed twice in --workloads`, EXAMPLE3);
    seen.add(key);
  }
  return out;
}

// src/stats/dist/prng.ts
function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 2654435769 >>> 0;
    let z2 = s;
    z2 = Math.imul(z2 ^ z2 >>> 16, 2246822507) >>> 0;
    z2 = Math.imul(z2 ^ z2 >>> 13, 3266489909) >>> 0;
    return (z2 ^ z2 >>> 16) >>> 0;
  };
}
function createRng(seed) {
  const sm = splitmix32(seed);
  let a = sm(), b = sm(), c = sm(), d = sm();
  let spare = null;
  const nextU32 = () => {
    const result = Math.imul(rotl(Math.imul(b, 5) >>> 0, 7), 9) >>> 0;
    const t = b << 9 >>> 0;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const next = () => nextU32() / 4294967296;
  return {
    next,
    fill(out) {
      let p = a, q = b, r = c, s = d;
      for (let i = 0; i < out.length; i++) {
        const m = Math.imul(q, 5);
        const result = Math.imul(m << 7 | m >>> 25, 9) >>> 0;
        const t = q << 9;
        r ^= p;
        s ^= q;
        q ^= r;
        p ^= s;
        r ^= t;
        s = s << 11 | s >>> 21;
        out[i] = result / 4294967296;
      }
      a = p >>> 0;
      b = q >>> 0;
      c = r >>> 0;
      d = s >>> 0;
    },
    normal() {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      let u = next();
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return r * Math.cos(2 * Math.PI * v);
    }
  };
}
function rotl(x, k) {
  return (x << k | x >>> 32 - k) >>> 0;
}

// src/stats/gs-null-paths.ts
var EXACT_MAX = 16;
var PATHS = 1 << 15;
var TILE = 64;
var SEED = 1592598566;
var patternV = null;
function vOfPattern() {
  if (patternV) return patternV;
  const size = 1 << EXACT_MAX;
  const v = new Int32Array(size);
  const pop = new Int32Array(size);
  for (let s = 1; s < size; s++) {
    pop[s] = pop[s >> 1] + (s & 1);
    v[s] = v[s >> 1] + pop[s >> 1] + (s & 1);
  }
  patternV = v;
  return v;
}
function columnOrder(paths, n) {
  const col = n - EXACT_MAX - 1;
  const hit = paths.sorted[col];
  if (hit) return hit;
  const column = paths.v.subarray(col * PATHS, (col + 1) * PATHS);
  const maxV = n * (n + 1) / 2;
  const start = PATHS < 65536 ? new Uint16Array(maxV + 2) : new Int32Array(maxV + 2);
  const count = new Int32Array(maxV + 2);
  for (let i = 0; i < PATHS; i++) count[column[i] + 1]++;
  for (let v = 1; v <= maxV + 1; v++) count[v] += count[v - 1];
  start.set(count);
  const order = new Uint16Array(PATHS);
  for (let i = 0; i < PATHS; i++) order[count[column[i]]++] = i;
  const out = { order, start };
  paths.sorted[col] = out;
  return out;
}
var pathCache = /* @__PURE__ */ new Map();
function nullPaths(horizon) {
  const hit = pathCache.get(horizon);
  if (hit) return hit;
  const rng = createRng(SEED + horizon);
  const width = horizon - EXACT_MAX;
  const pattern = new Int32Array(PATHS);
  const v = new Int32Array(PATHS * width);
  const perm = new Int32Array(horizon);
  const tree = new Int32Array(horizon + 1);
  const draws = new Float64Array(2 * horizon - 1);
  const tile = new Int32Array(TILE * width);
  for (let path3 = 0; path3 < PATHS; path3++) {
    rng.fill(draws);
    for (let i = 0; i < horizon; i++) perm[i] = i + 1;
    for (let i = horizon - 1, u = 0; i > 0; i--, u++) {
      const j = Math.floor(draws[u] * (i + 1));
      const t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    tree.fill(0);
    let V = 0;
    let positives = 0;
    const row2 = path3 % TILE * width;
    for (let n = 1; n <= horizon; n++) {
      const x = perm[n - 1];
      const s = draws[horizon + n - 2] < 0.5 ? 1 : 0;
      let packed = 0;
      for (let i = x - 1; i > 0; i -= i & -i) packed += tree[i];
      const below = packed & 65535;
      V += positives - (packed >>> 16) + (s ? below + 1 : 0);
      const inc = s ? 65537 : 1;
      for (let i = x; i <= horizon; i += i & -i) tree[i] += inc;
      positives += s;
      if (n > EXACT_MAX) tile[row2 + n - EXACT_MAX - 1] = V;
    }
    let pat = 0;
    for (let i = 0; i < EXACT_MAX; i++) {
      if (draws[horizon - 1 + i] >= 0.5) continue;
      let r = 0;
      for (let j = 0; j < EXACT_MAX; j++) if (perm[j] < perm[i]) r++;
      pat |= 1 << r;
    }
    pattern[path3] = pat;
    if (path3 % TILE === TILE - 1) {
      const first = path3 - TILE + 1;
      for (let col = 0; col < width; col++) {
        for (let k = 0; k < TILE; k++) v[col * PATHS + first + k] = tile[k * width + col];
      }
    }
  }
  const out = { horizon, pattern, v, sorted: [] };
  pathCache.set(horizon, out);
  return out;
}

// src/stats/gs-signed-rank.ts
var TOL = 1e-12;
function largestFit(hist, base2, target) {
  let cum = base2;
  let c = -1;
  for (let v = 0; v < hist.length; v++) {
    const next = cum + hist[v];
    if (next > target * (1 + 1e-9) + TOL) break;
    cum = next;
    c = v;
  }
  return [c, cum];
}
var chains = /* @__PURE__ */ new Map();
var MAX_CHAINS = 256;
var TOP = 1 << EXACT_MAX;
var ALL_ALIVE = new Uint32Array(PATHS / 32).fill(4294967295);
function grow(p, from, to) {
  for (let n = from; n < to; n++) {
    const q = new Float64Array(p.length * 2);
    const share = 1 / (2 * (n + 1));
    for (let s = 0; s < p.length; s++) {
      const ps = p[s];
      if (ps === 0) continue;
      const w = ps * share;
      for (let r = 0; r <= n; r++) {
        const base2 = s & (1 << r) - 1 | s >> r << r + 1;
        q[base2] += w;
        q[base2 | 1 << r] += w;
      }
    }
    p = q;
  }
  return p;
}
function aliveOf(c) {
  if (!c.alive) {
    const { base: base2, sorted } = c.lazy;
    const alive = base2.slice();
    if (c.crit >= 0) {
      for (let k = 0; k < sorted.start[c.crit + 1]; k++) {
        const i = sorted.order[k];
        alive[i >>> 5] &= ~(1 << (i & 31));
      }
    }
    c.alive = alive;
    c.lazy = void 0;
  }
  return c.alive;
}
function chainFor(looks, horizon, alpha, spending) {
  const key = `${horizon}|${alpha}|${spending}|${looks.join(",")}`;
  const hit = chains.get(key);
  if (hit) {
    chains.delete(key);
    chains.set(key, hit);
    return hit;
  }
  const n = looks[looks.length - 1];
  const prev = looks.length > 1 ? chainFor(looks.slice(0, -1), horizon, alpha, spending) : { n: 1, exact: new Float64Array([0.5, 0.5]), w0: null, alive: null, total: 0, sumW2: 0, crit: -1 };
  const target = alphaSpent(spending, alpha, n / horizon);
  const maxV = n * (n + 1) / 2;
  let out;
  if (n <= EXACT_MAX) {
    const hist = new Float64Array(maxV + 1);
    const p = grow(prev.exact, prev.n, n);
    const V = vOfPattern();
    for (let s = 0; s < p.length; s++) if (p[s] > 0) hist[V[s]] += p[s];
    const [c, cum] = largestFit(hist, prev.total, target);
    if (c >= 0) {
      for (let s = 0; s < p.length; s++) if (V[s] <= c) p[s] = 0;
    }
    out = { n, exact: p, w0: null, alive: null, total: cum, sumW2: 0, crit: c };
  } else {
    const paths = nullPaths(horizon);
    let w;
    let alive;
    if (prev.n > EXACT_MAX) {
      w = prev.w0;
      alive = aliveOf(prev);
    } else {
      const p16 = grow(prev.exact, prev.n, EXACT_MAX);
      w = new Float32Array(PATHS);
      for (let i = 0; i < PATHS; i++) w[i] = p16[paths.pattern[i]] * TOP;
      alive = ALL_ALIVE;
    }
    const sorted = columnOrder(paths, n);
    const target1 = target * (1 + 1e-9) + TOL;
    let cum = prev.total;
    let sumW2 = prev.sumW2;
    let c = -1;
    for (let v = 0; v <= maxV; v++) {
      let h = 0, h2 = 0;
      for (let k = sorted.start[v], end = sorted.start[v + 1]; k < end; k++) {
        const i = sorted.order[k];
        if ((alive[i >>> 5] >>> (i & 31) & 1) === 0) continue;
        const wi = w[i];
        if (wi === 0) continue;
        h += wi / PATHS;
        h2 += wi * wi;
      }
      const next = cum + h;
      if (next + 2 * Math.sqrt(sumW2 + h2) / PATHS > target1) break;
      cum = next;
      sumW2 += h2;
      c = v;
    }
    out = { n, exact: null, w0: w, alive: null, lazy: { base: alive, sorted }, total: cum, sumW2, crit: c };
  }
  chains.set(key, out);
  if (chains.size > MAX_CHAINS) chains.delete(chains.keys().next().value);
  return out;
}
function signedRankLook(looks, horizon, alpha, spending) {
  const key = `${horizon}|${alpha}|${spending}|${looks.join(",")}`;
  const hit = results.get(key);
  if (hit) return hit;
  const c = chainFor(looks, horizon, alpha, spending);
  const out = { crit: c.crit, spent: c.total, se: Math.sqrt(c.sumW2) / PATHS };
  results.set(key, out);
  return out;
}
var results = /* @__PURE__ */ new Map();

// src/stats/gs-normal.ts
var RANGE = 8;
var PER_SD = 12;
function simpson(lo, hi, minPts) {
  let m = Math.max(3, Math.ceil(minPts));
  if (m % 2 === 0) m++;
  const x = new Float64Array(m);
  const w = new Float64Array(m);
  const h = (hi - lo) / (m - 1);
  for (let i = 0; i < m; i++) {
    x[i] = lo + i * h;
    w[i] = h / 3 * (i === 0 || i === m - 1 ? 1 : i % 2 ? 4 : 2);
  }
  return { x, w };
}
function solveDecreasing(f2, target) {
  let lo = -10, hi = 40;
  let b = 2;
  for (let i = 0; i < 100; i++) {
    const [v, d] = f2(b);
    const err = v - target;
    if (Math.abs(err) <= 1e-13 + 1e-10 * target) return b;
    if (err > 0) lo = b;
    else hi = b;
    let next = d < 0 ? b - err / d : NaN;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (hi - lo < 1e-12) return next;
    b = next;
  }
  return b;
}
var cache2 = /* @__PURE__ */ new Map();
function normalBoundary(fractions, alpha, spending) {
  const key = `${fractions.join(",")}|${alpha}|${spending}`;
  const hit = cache2.get(key);
  if (hit) return hit;
  const t = fractions;
  const steps = t.map((v, i) => v - (i ? t[i - 1] : 0));
  const hMin = Math.sqrt(Math.min(...steps)) / PER_SD;
  const z2 = [];
  const spent = [];
  let prev = 0;
  let grid = null;
  let dens = null;
  for (let k = 0; k < t.length; k++) {
    const target = Math.max(0, alphaSpent(spending, alpha, t[k]) - prev);
    const sdStep = Math.sqrt(steps[k]);
    const rt = Math.sqrt(t[k]);
    let b;
    if (k === 0) {
      b = target > 0 ? solveDecreasing((bb) => [normCdf(-bb), -normPdf(bb)], target) : Infinity;
    } else if (target <= 0) {
      b = Infinity;
    } else {
      const g2 = grid, f2 = dens;
      b = solveDecreasing((bb) => {
        let p = 0, d = 0;
        for (let i = 0; i < g2.x.length; i++) {
          const u = (bb * rt - g2.x[i]) / sdStep;
          const m = g2.w[i] * f2[i];
          p += m * normCdf(-u);
          d -= m * normPdf(u) * rt / sdStep;
        }
        return [p, d];
      }, target);
    }
    z2.push(b);
    prev += target;
    spent.push(prev);
    if (k === t.length - 1) break;
    const up = Number.isFinite(b) ? b * rt : RANGE * rt;
    const lo = -RANGE * rt;
    const next = simpson(lo, up, (up - lo) / hMin);
    const nd = new Float64Array(next.x.length);
    if (k === 0) {
      for (let j = 0; j < nd.length; j++) nd[j] = normPdf(next.x[j] / rt) / rt;
    } else {
      const g2 = grid, f2 = dens;
      for (let j = 0; j < nd.length; j++) {
        let s = 0;
        const xj = next.x[j];
        for (let i = 0; i < g2.x.length; i++) {
          const u = (xj - g2.x[i]) / sdStep;
          if (u > RANGE || u < -RANGE) continue;
          s += g2.w[i] * f2[i] * Math.exp(-0.5 * u * u);
        }
        nd[j] = s / (sdStep * Math.sqrt(2 * Math.PI));
      }
    }
    grid = next;
    dens = nd;
  }
  const out = { z: z2, nominal: z2.map((v) => Number.isFinite(v) ? normCdf(-v) : 0), spent };
  cache2.set(key, out);
  return out;
}

// src/stats/look-boundary.ts
function sequenceFor(d, n) {
  return [...d.looks.slice(0, -1).filter((l) => l < n), n];
}
function critical(d, n, paired, a, purpose = "equivalence") {
  const seq = sequenceFor(d, n);
  const curve = curveOf(d.spending, purpose);
  if (d.method === "hl" && paired) {
    const c = signedRankLook(seq, d.horizon, a, curve).crit;
    return { c, nominal: c >= 0 ? signedRankCdf(c, n) : 0 };
  }
  const usable = seq.filter((l) => l >= 2);
  if (usable.length === 0) return { c: -1, nominal: 0 };
  const nb = normalBoundary(usable.map((l) => l / d.horizon), a, curve);
  return { c: -1, nominal: nb.nominal[nb.nominal.length - 1] };
}

// src/stats/look-verdict.ts
function neededBlocks(d, p, spread, estimate) {
  const n = p.n;
  const need = (next) => {
    const nominal = critical({ ...d, looks: [...d.looks.filter((l) => l < next), next] }, next, p.paired, d.alpha).nominal;
    return nominal > 0 ? blocksNeeded(spread, d.margin, nominal, estimate, p.paired) : Infinity;
  };
  if (n >= d.horizon) return blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired);
  if (need(d.horizon) > d.horizon) return Math.max(d.horizon + 1, blocksNeeded(spread, d.margin, d.alpha, estimate, p.paired));
  let lo = n + 1, hi = d.horizon;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (need(mid) <= mid) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
function classify2(x, d, bound, spent, m) {
  const wa = x.wa;
  const prep = x.prep;
  const n = d.looks[d.looks.length - 1];
  const look = { n, horizon: d.horizon, spent, alpha: d.alpha };
  const needed = (estimate) => {
    if (d.skipBlocksNeeded) return { skipped: true };
    wa.blocks_needed = neededBlocks(d, prep, wa.spread ?? 0, estimate);
    return { blocks: wa.blocks_needed, horizon: d.horizon };
  };
  if (prep.paired && prep.d.every((v) => v === 0) && critical(d, prep.n, true, d.alpha).nominal > 0) {
    wa.verdict = "neutral";
    wa.ratio = 1;
    wa.ci = [1, 1];
    wa.why = { kind: "identical", n: prep.n, look };
    return;
  }
  if (!x.t) {
    wa.why = { kind: "too-early", n: prep.n, paired: prep.paired, test: d.method === "hl" && prep.paired ? "signed-rank" : "normal-theory", needed: needed(0), look };
    return;
  }
  const t = x.t;
  const ci = { level: t.level, lo: wa.ci[0], hi: wa.ci[1], repeated: true };
  const inside = t.lo >= -bound && t.hi <= bound;
  const regression = wa.p_regression_adj <= d.alpha && t.change.hi < 0;
  const improvement = wa.p_improvement_adj <= d.alpha && t.change.lo > 0;
  const by = Math.abs(1 - wa.ratio);
  if (inside) {
    wa.verdict = "neutral";
    wa.look = n;
    wa.why = { kind: "neutral", ci, margin: d.margin, change: regression || improvement ? { by, slower: regression } : null, look };
    return;
  }
  if (regression || improvement) {
    wa.verdict = regression ? "regression" : "improvement";
    wa.look = n;
    const p = regression ? wa.p_regression : wa.p_improvement;
    const adj = regression ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.ci = [Math.exp(t.change.lo), Math.exp(t.change.hi)];
    wa.ci_level = t.change.level;
    const changeCi = { level: t.change.level, lo: wa.ci[0], hi: wa.ci[1], repeated: true };
    wa.why = { kind: "changed", slower: regression, by, ci: changeCi, p, adj, m, alpha: d.alpha, look };
    return;
  }
  wa.verdict = "inconclusive";
  const more = { spread: wa.spread, paired: prep.paired, needed: needed(t.estimate), look };
  if (t.hi < 0 || t.lo > 0) {
    const adj = t.hi < 0 ? wa.p_regression_adj : wa.p_improvement_adj;
    wa.why = { kind: "not-significant", ci, adj, m, alpha: d.alpha, ...more };
  } else {
    wa.why = { kind: "wide", ci, margin: d.margin, ...more };
  }
}

// src/stats/walsh.ts
function walshCount(d, x, inclusive) {
  const n = d.length;
  let count = 0;
  let j = n - 1;
  const x2 = 2 * x;
  if (inclusive) {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] > x2) j--;
      if (j < i) break;
      count += j - i + 1;
    }
  } else {
    for (let i = 0; i < n; i++) {
      while (j >= i && d[i] + d[j] >= x2) j--;
      if (j < i) break;
      count += j - i + 1;
    }
  }
  return count;
}
var walshScratch = () => ({ buf: new Float64Array(64) });
function walshKth(d, k, scratch2 = walshScratch()) {
  const n = d.length;
  let lo = d[0], hi = d[n - 1];
  let cLo = walshCount(d, lo, true);
  if (cLo >= k) return lo;
  let cHi = n * (n + 1) / 2;
  const N = cHi;
  const q = (k - 0.5) / N * (n - 1);
  const dq = d[Math.floor(q)] + q % 1 * (d[Math.ceil(q)] - d[Math.floor(q)]);
  const med3 = (d[n - 1 >> 1] + d[n >> 1]) / 2;
  const guess = med3 + (dq - med3) * Math.SQRT1_2;
  const spacing = (d[n - 1] - d[0]) / N * 128;
  const trials = [guess, guess - spacing, guess + spacing];
  let interpolate = true;
  let t = 0;
  while (cHi - cLo > 16) {
    const width = cHi - cLo;
    const trial = t < trials.length ? trials[t++] : NaN;
    if (trial === trial && !(trial > lo && trial < hi)) continue;
    let mid = trial === trial ? trial : interpolate ? lo + (hi - lo) * (k - cLo - 0.5) / width : lo + (hi - lo) / 2;
    if (!(mid > lo && mid < hi)) mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    const c = walshCount(d, mid, true);
    if (c >= k) {
      hi = mid;
      cHi = c;
    } else {
      lo = mid;
      cLo = c;
    }
    interpolate = interpolate ? cHi - cLo <= width / 2 : true;
  }
  const m = cHi - cLo;
  if (scratch2.buf.length < m) scratch2.buf = new Float64Array(2 * m);
  const buf = scratch2.buf;
  let filled = 0;
  let top = n - 1;
  let low = n - 1;
  for (let i = 0; i < n; i++) {
    while (top >= i && (d[i] + d[top]) / 2 > hi) top--;
    if (top < i) break;
    while (low >= i && (d[i] + d[low]) / 2 > lo) low--;
    for (let j = Math.max(i, low + 1); j <= top; j++) buf[filled++] = (d[i] + d[j]) / 2;
  }
  const want = k - cLo - 1;
  return sortInPlace(buf, 0, m - 1)[want];
}
function walshMiddlePair(d, k, scratch2) {
  const w = walshKth(d, k, scratch2);
  if (walshCount(d, w, true) > k) return (w + w) / 2;
  const n = d.length;
  let next = Infinity;
  let j = n - 1;
  for (let i = 0; i < n; i++) {
    while (j > i && (d[i] + d[j - 1]) / 2 > w) j--;
    if (j < i) j = i;
    const v = (d[i] + d[j]) / 2;
    if (v > w && v < next) next = v;
  }
  return (w + next) / 2;
}
function walshMedian(sd2, scratch2 = walshScratch()) {
  const N = sd2.length * (sd2.length + 1) / 2;
  return N % 2 ? walshKth(sd2, (N + 1) / 2, scratch2) : walshMiddlePair(sd2, N / 2, scratch2);
}

// src/stats/look.ts
function criticals(d) {
  const memo = /* @__PURE__ */ new Map();
  const split = d.spending === "split";
  return (n, paired, a, purpose) => {
    const key = `${n}|${paired}|${a}|${split ? purpose : ""}`;
    let c = memo.get(key);
    if (!c) memo.set(key, c = critical(d, n, paired, a, purpose));
    return c;
  };
}
function pairedEstimate(d, method, scratch2) {
  return method === "t" ? d.reduce((a, b) => a + b, 0) / d.length : walshMedian(sortInPlace(Float64Array.from(d)), scratch2);
}
function test(p, d, critOf, scratch2) {
  const at = critOf(p.n, p.paired, d.alpha, "equivalence");
  if (at.nominal <= 0) return null;
  const crit = (a) => critOf(p.n, p.paired, a, "change");
  const ch = crit(d.alpha);
  if (d.method === "hl" && p.paired) {
    const sd2 = sortInPlace(Float64Array.from(p.d));
    const N = sd2.length * (sd2.length + 1) / 2;
    const below = walshCount(sd2, 0, false);
    const atOrBelow = walshCount(sd2, 0, true);
    const V = N - atOrBelow;
    const lo = walshKth(sd2, at.c + 1, scratch2), hi = walshKth(sd2, N - at.c, scratch2);
    return {
      estimate: walshMedian(sd2, scratch2),
      lo,
      hi,
      level: 1 - 2 * at.nominal,
      change: ch === at ? { lo, hi, level: 1 - 2 * at.nominal } : { lo: walshKth(sd2, ch.c + 1, scratch2), hi: walshKth(sd2, N - ch.c, scratch2), level: 1 - 2 * ch.nominal },
      pLess: signedRankCdf(V, p.n),
      pGreater: signedRankSf(V, p.n),
      regressionAt: (a) => crit(a).c >= N - below,
      improvementAt: (a) => crit(a).c >= atOrBelow
    };
  }
  const interval = (level2) => d.method === "t" ? p.paired ? pairedT(p.d, level2) : welchT(p.lb, p.la, level2) : mannWhitneyShift(p.lb, p.la, level2);
  const level = 1 - 2 * at.nominal;
  const r = interval(level);
  const c = ch === at || ch.nominal <= 0 ? null : interval(1 - 2 * ch.nominal);
  return {
    estimate: r.estimate,
    lo: r.lo,
    hi: r.hi,
    level,
    pLess: r.pLess,
    pGreater: r.pGreater,
    change: c ? { lo: c.lo, hi: c.hi, level: 1 - 2 * ch.nominal } : { lo: r.lo, hi: r.hi, level },
    regressionAt: (a) => r.pLess <= crit(a).nominal,
    improvementAt: (a) => r.pGreater <= crit(a).nominal
  };
}
function repeatedP(levels, rejects) {
  if (!rejects(levels[levels.length - 1])) return 1;
  let lo = 0, hi = levels.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (rejects(levels[mid])) hi = mid;
    else lo = mid + 1;
  }
  return levels[hi];
}
function analyzeLook(inputs, d, carry = { regression: [], improvement: [] }) {
  const n = d.looks[d.looks.length - 1];
  const bound = Math.log1p(d.margin);
  const spent = alphaSpent(d.spending, d.alpha, n / d.horizon);
  const warnings = [];
  checkInputs(inputs);
  const m = inputs.length + carry.regression.length;
  const levels = Array.from({ length: Math.max(1, m) }, (_, j) => d.alpha / (m - j));
  const critOf = criticals(d);
  const scratch2 = walshScratch();
  const drafts = inputs.map((w) => {
    const base2 = {
      name: w.name,
      n: 0,
      paired: false,
      method: d.method,
      ratio: null,
      ci: null,
      ci_level: 1 - 2 * d.alpha,
      p_regression: null,
      p_regression_adj: null,
      p_improvement: null,
      p_improvement_adj: null,
      verdict: "inconclusive",
      blocks_needed: null,
      spread: null,
      flags: [],
      reason: "",
      look: null,
      alpha_spent: spent,
      alpha_remaining: Math.max(0, d.alpha - spent)
    };
    const failed = failedSide(w, warnings);
    if (failed) {
      base2.verdict = "failed";
      base2.why = failed;
      return { wa: base2, t: null, prep: null, repReg: 1, repImp: 1 };
    }
    const prep = prepare(w);
    const flags = pairingFlags(prep);
    Object.assign(base2, { n: prep.n, paired: prep.paired, flags, spread: spreadOf(prep, d.method) });
    const identical = prep.paired && prep.d.every((v) => v === 0);
    const t = identical ? null : test(prep, d, critOf, scratch2);
    if (!t) {
      if (!identical && prep.paired && prep.n > 0) base2.ratio = Math.exp(pairedEstimate(prep.d, d.method, scratch2));
      return { wa: base2, t: null, prep, repReg: 1, repImp: 1 };
    }
    Object.assign(base2, {
      ratio: Math.exp(t.estimate),
      ci: [Math.exp(t.lo), Math.exp(t.hi)],
      ci_level: t.level,
      p_regression: t.pLess,
      p_improvement: t.pGreater
    });
    return { wa: base2, t, prep, repReg: repeatedP(levels, t.regressionAt), repImp: repeatedP(levels, t.improvementAt) };
  });
  const regAdj = holmAdjust([...drafts.map((x) => x.repReg), ...carry.regression]);
  const impAdj = holmAdjust([...drafts.map((x) => x.repImp), ...carry.improvement]);
  drafts.forEach((x, i) => {
    if (!x.prep) return;
    x.wa.p_regression_adj = x.t ? regAdj[i] : null;
    x.wa.p_improvement_adj = x.t ? impAdj[i] : null;
    classify2(x, d, bound, spent, m);
    if (!d.decidedOnly || x.wa.verdict !== "inconclusive") x.wa.flags.unshift(...qualityFlags([{ label: "A", obs: inputs[i].a }, { label: "B", obs: inputs[i].b }]));
  });
  const workloads = drafts.map((x) => x.wa);
  return { verdict: gate(workloads), margin: d.margin, alpha: d.alpha, geomean_ratio: geomean(workloads), workloads, warnings };
}

// src/stats/sequential.ts
function validateLooks(looks) {
  if (looks.length === 0 || !looks.every((l) => Number.isInteger(l) && l >= 1)) {
    throw new UserError(`looks ${JSON.stringify(looks)} must be positive whole block counts`, "e.g. looks 5,10,20,30");
  }
}
function designState(opts) {
  const s = opts.state;
  const horizon = s?.horizon ?? opts.horizon ?? Math.max(...opts.looks);
  if (!(Number.isInteger(horizon) && horizon >= 2 && horizon <= MAX_HORIZON)) {
    throw new UserError(`horizon ${horizon} must be a whole number of blocks between 2 and ${MAX_HORIZON}`, "e.g. --horizon 60");
  }
  if (s) {
    if (s.version !== 2 || !Array.isArray(s.looks)) throw new UserError("the persisted design state is not a version 2 design", "start a new experiment");
    for (const k of ["method", "alpha", "margin"]) {
      if (s[k] !== opts[k]) {
        throw new UserError(`the experiment was declared with ${k} ${s[k]}, not ${opts[k]}: a design cannot change after its first look`, `rerun with --${k} ${s[k]}, or start a new experiment`);
      }
    }
  }
  if (opts.nBlocks > horizon) {
    throw new UserError(
      `${opts.nBlocks} blocks exceed the declared horizon of ${horizon}: the sequential design has no \u03B1 left beyond it`,
      `extend at most to ${horizon} blocks, or declare a larger horizon when starting the next experiment, e.g. --horizon ${Math.min(MAX_HORIZON, 2 * horizon)}`
    );
  }
  return s ? { ...s, looks: s.looks.map((l) => ({ ...l, decided: [...l.decided] })) } : { version: 2, method: opts.method, alpha: opts.alpha, margin: opts.margin, horizon, spending: opts.spending ?? DEFAULT_SPENDING, looks: [] };
}
function snapshot(inputs) {
  return {
    names: inputs.map((w) => w.name),
    data: inputs.map((w) => {
      const out = new Float64Array(3 * (w.a.length + w.b.length) + 1);
      let k = 0;
      for (const side of [w.a, w.b]) {
        for (const o of side) {
          out[k++] = o.block;
          out[k++] = o.value;
          out[k++] = o.seq ?? NaN;
        }
        if (side === w.a) out[k++] = NaN;
      }
      return out;
    })
  };
}
function sameSnapshot(x, y) {
  if (x.names.length !== y.names.length) return false;
  for (let i = 0; i < x.names.length; i++) {
    const p = x.data[i], q = y.data[i];
    if (x.names[i] !== y.names[i] || p.length !== q.length) return false;
    for (let k = 0; k < p.length; k++) if (p[k] !== q[k] && !(p[k] !== p[k] && q[k] !== q[k])) return false;
  }
  return true;
}
var replays = /* @__PURE__ */ new Map();
var MAX_REPLAYS = 8;
function remembered(key) {
  const steps = replays.get(key) ?? [];
  replays.delete(key);
  replays.set(key, steps);
  if (replays.size > MAX_REPLAYS) replays.delete(replays.keys().next().value);
  return steps;
}
function decide(inputs, opts) {
  validateLooks(opts.looks);
  const state = designState(opts);
  const blockOrder = [...new Set(inputs.flatMap((w) => [...w.a, ...w.b].map((o) => o.block)))].sort((a, b) => a - b);
  const nBlocks = Math.min(opts.nBlocks, blockOrder.length);
  const taken = state.looks.length ? state.looks.map((l) => l.blocks) : opts.looks.filter((l) => l < nBlocks);
  const atLook = opts.looks.includes(opts.nBlocks) || opts.nBlocks === state.horizon || state.looks.some((l) => l.blocks === opts.nBlocks);
  const sequence = [.../* @__PURE__ */ new Set([...taken.filter((l) => l <= nBlocks), ...atLook ? [nBlocks] : []])].filter((l) => l >= 1).sort((a, b) => a - b);
  let decided = /* @__PURE__ */ new Map();
  let carry = { regression: [], improvement: [] };
  const looks = [];
  let latest = null;
  const steps = remembered(`${state.method}|${state.alpha}|${state.margin}|${state.horizon}|${state.spending}`);
  const rank = new Map(blockOrder.map((b, r) => [b, r]));
  const upTo = (look) => inputs.map((w) => ({ name: w.name, a: w.a.filter((o) => rank.get(o.block) < look), b: w.b.filter((o) => rank.get(o.block) < look) }));
  const forecast = opts.forecast ?? true;
  const skipAt = (look) => look !== nBlocks || !forecast;
  const matches = (i) => steps[i] && steps[i].look === sequence[i] && (sequence[i] !== nBlocks || !steps[i].decidedOnly && steps[i].skipBlocksNeeded === skipAt(nBlocks));
  let reuse = 0;
  while (reuse < sequence.length && matches(reuse)) reuse++;
  while (reuse > 0 && !steps[reuse - 1].data) reuse--;
  if (reuse > 0 && !sameSnapshot(steps[reuse - 1].data, snapshot(upTo(sequence[reuse - 1])))) reuse = 0;
  steps.length = reuse;
  sequence.forEach((look, i) => {
    let step;
    if (i < reuse) step = steps[i];
    else {
      const skipBlocksNeeded = skipAt(look);
      const decidedOnly = look !== nBlocks;
      const truncated = upTo(look);
      const design2 = {
        alpha: state.alpha,
        margin: state.margin,
        method: state.method,
        horizon: state.horizon,
        spending: state.spending,
        looks: sequence.slice(0, i + 1),
        skipBlocksNeeded,
        decidedOnly
      };
      const atThis = analyzeLook(truncated.filter((w) => !decided.has(w.name)), design2, carry);
      const after = new Map(decided);
      const next = { regression: [...carry.regression], improvement: [...carry.improvement] };
      const newly = [];
      for (const w of atThis.workloads) {
        if (w.verdict === "inconclusive") continue;
        after.set(w.name, { ...w, flags: [...w.flags, `decided at look ${i + 1} (${look} of ${state.horizon} blocks)`] });
        next.regression.push(w.verdict === "regression" ? 0 : w.p_regression_adj ?? 1);
        next.improvement.push(w.verdict === "improvement" ? 0 : w.p_improvement_adj ?? 1);
        newly.push({ name: w.name, verdict: w.verdict });
      }
      step = { look, skipBlocksNeeded, decidedOnly, data: null, decided: after, carry: next, newly, analysis: atThis };
      steps.push(step);
    }
    decided = step.decided;
    carry = step.carry;
    if (look === nBlocks) latest = structuredClone(step.analysis);
    const prior = state.looks.find((l) => l.blocks === look);
    looks.push({ blocks: look, ...prior?.at ? { at: prior.at } : look === nBlocks && opts.at ? { at: opts.at } : {}, alpha_spent: alphaSpent(state.spending, state.alpha, look / state.horizon), decided: step.newly.map((x) => ({ ...x })) });
  });
  const lastStep = steps[steps.length - 1];
  if (lastStep && !lastStep.data) lastStep.data = snapshot(upTo(lastStep.look));
  decided = new Map([...decided].map(([k, w]) => [k, structuredClone(w)]));
  const lastDesign = {
    alpha: state.alpha,
    margin: state.margin,
    method: state.method,
    horizon: state.horizon,
    spending: state.spending,
    looks: [...sequence.filter((l) => l < nBlocks), nBlocks],
    skipBlocksNeeded: !forecast
  };
  const current = latest ?? analyzeLook(inputs.filter((w) => !decided.has(w.name)), lastDesign, carry);
  const byName = new Map(current.workloads.map((w) => [w.name, w]));
  const workloads = inputs.map((w) => {
    const got = decided.get(w.name);
    if (got) return got;
    const open2 = byName.get(w.name);
    return latest || open2.verdict === "failed" ? open2 : { ...open2, verdict: "inconclusive", look: null, why: open2.why && { ...open2.why, between: true } };
  });
  const spentNow = alphaSpent(state.spending, state.alpha, (sequence[sequence.length - 1] ?? 0) / state.horizon);
  for (const w of workloads) {
    if (!decided.has(w.name)) {
      w.alpha_spent = spentNow;
      w.alpha_remaining = Math.max(0, state.alpha - spentNow);
    }
  }
  lookHistory(workloads, looks, state.horizon);
  const pending = workloads.filter((w) => !decided.has(w.name)).map((w) => w.name);
  const warnings = inputs.length === 0 ? ["no workloads to analyze", ...current.warnings] : current.warnings;
  return {
    analysis: { ...current, verdict: gate(workloads), geomean_ratio: geomean(workloads), workloads, warnings },
    pending,
    atLook,
    state: { ...state, looks }
  };
}
function lookHistory(workloads, looks, horizon) {
  const at = new Map(looks.flatMap((l, k) => l.decided.map((d) => [d.name, k])));
  for (const w of workloads) {
    if (!w.why) continue;
    const k = at.get(w.name);
    if (k !== void 0) {
      w.why = { ...w.why, history: { decidedAt: k + 1, blocks: looks[k].blocks, horizon, openAt: looks.slice(0, k).map((l) => l.blocks) } };
    } else if (looks.length > 0 && w.verdict !== "failed") {
      w.why = { ...w.why, history: { openAt: looks.map((l) => l.blocks), horizon } };
    }
  }
}

// src/stats/design-replay.ts
function designOf(plan2) {
  return { margin: plan2.margin, alpha: plan2.alpha, method: plan2.method, looks: plan2.looks, horizon: plan2.horizon ?? plan2.maxBlocks, spending: plan2.spending };
}
function countedBlocksOf(r) {
  return Math.max(0, ...[...r.launches, ...r.depthLaunches ?? []].map((l) => l.block + 1 - r.plan.warmupBlocks));
}
function trustedDesign(r, inputs, counted) {
  if (!r.design) return {};
  const problem = designProblem(r, r.design, inputs, counted);
  if (problem === null) return { state: r.design };
  return { warning: `the results file's design state was not used (${problem}); decided with the plan's looks` };
}
function designProblem(r, s, inputs, counted) {
  const plan2 = designOf(r.plan);
  const declared = { method: plan2.method, alpha: plan2.alpha, margin: plan2.margin, horizon: plan2.horizon, spending: plan2.spending ?? DEFAULT_SPENDING };
  for (const k of Object.keys(declared)) {
    if (s[k] !== declared[k]) return `its ${k} ${s[k]} is not the plan's ${declared[k]}`;
  }
  const looks = s.looks.map((l) => l.blocks);
  for (const [i, l] of looks.entries()) {
    if (i > 0 && l <= looks[i - 1]) return `its looks ${looks.join(", ")} do not increase`;
    if (l > counted) return `its look at ${l} blocks is past the ${counted} blocks measured`;
    if (!plan2.looks.includes(l) && l !== plan2.horizon) return `its look at ${l} blocks is not a look of the plan (${plan2.looks.join(", ")}; horizon ${plan2.horizon})`;
  }
  const stops = stopPoints(r, inputs, counted);
  const mismatch = stopMismatch(stops, decidedAt(inputs, plan2, counted, s));
  if (mismatch) return mismatch;
  for (const l of plan2.looks.filter((x) => x < counted && !looks.includes(x))) {
    const withLook = { ...s, looks: [...s.looks, { blocks: l, alpha_spent: 0, decided: [] }].sort((a, b) => a.blocks - b.blocks) };
    if (stopMismatch(stops, decidedAt(inputs, plan2, counted, withLook)) === null) {
      return `the plan's look at ${l} blocks is missing, and no launch shows it was skipped`;
    }
  }
  return null;
}
function stopPoints(r, inputs, counted) {
  const index = (block) => block + 1 - r.plan.warmupBlocks;
  const lastOf = (blocks) => Math.max(0, ...blocks.map(index));
  const units = r.plan.workloads.map((w) => {
    const mine = r.launches.filter((l) => l.workload === w.id);
    const failing = ["A", "B"].some((v) => mine.some((l) => l.variant === v) && !mine.some((l) => l.variant === v && l.status === "ok"));
    return { names: [w.id], last: lastOf(mine.map((l) => l.block)), failing };
  });
  const points = inputs.filter((w) => w.point !== void 0).map((w) => w.name);
  if (points.length > 0) units.push({ names: points, last: lastOf((r.depthLaunches ?? []).map((l) => l.block)) });
  const lastBlock = r.schedule.blocks.find((b) => index(b.block) === counted);
  const ran = [...r.launches, ...r.depthLaunches ?? []].filter((l) => index(l.block) === counted).length;
  return { through: lastBlock && ran >= lastBlock.order.length ? counted : counted - 1, units };
}
function decidedAt(inputs, plan2, counted, state) {
  const { state: replayed } = decide(inputs, { ...plan2, nBlocks: counted, state, forecast: false });
  return new Map(replayed.looks.flatMap((l) => l.decided.map((d) => [d.name, l.blocks])));
}
function stopMismatch(stops, at) {
  for (const u of stops.units) {
    if (u.last === 0) continue;
    const looks = u.names.map((n) => at.get(n));
    const decided = looks.every((l) => l !== void 0) ? Math.max(...looks) : void 0;
    const name = u.names.length > 1 ? "the depth sweep" : u.names[0];
    if (u.last < stops.through && decided !== u.last && !u.failing) {
      return `${name} was measured up to block ${u.last} but its looks ${decided === void 0 ? "never decide it" : `decide it at ${decided}`}`;
    }
    if (decided !== void 0 && decided < u.last) return `${name} is decided at the look at ${decided} blocks but was measured up to block ${u.last}`;
  }
  return null;
}

// src/store/results.ts
var RESULTS_SCHEMA = "llama-perf-gate/results@3";
var RESULTS_SCHEMAS = ["llama-perf-gate/results@1", "llama-perf-gate/results@2", RESULTS_SCHEMA];

// src/host/fingerprint.ts
import { readFileSync as readFileSync4, readdirSync as readdirSync3 } from "node:fs";
import { join as join6 } from "node:path";
import os from "node:os";

// src/host/cpulist.ts
function parseCpuList(text) {
  const t = text.trim();
  if (t === "") return [];
  const out = /* @__PURE__ */ new Set();
  for (const part of t.split(",")) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const lo = Number(m[1]);
    const hi = m[2] === void 0 ? lo : Number(m[2]);
    if (hi < lo || hi - lo > 65536) return null;
    for (let i = lo; i <= hi; i++) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}
function formatCpuList(cpus) {
  const s = [...new Set(cpus)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < s.length; ) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    parts.push(i === j ? `${s[i]}` : `${s[i]}-${s[j]}`);
    i = j + 1;
  }
  return parts.join(",");
}

// src/host/fingerprint.ts
function readText(root, rel2) {
  try {
    return readFileSync4(join6(root, rel2), "utf8");
  } catch {
    return null;
  }
}
function readInt(root, rel2) {
  const t = readText(root, rel2);
  if (t === null) return null;
  const n = Number.parseInt(t.trim(), 10);
  return Number.isFinite(n) ? n : null;
}
function listDir(root, rel2) {
  try {
    return readdirSync3(join6(root, rel2));
  } catch {
    return [];
  }
}
function readCpuinfo(root) {
  const text = readText(root, "proc/cpuinfo");
  if (text === null) return [];
  return text.split(/\n\s*\n/).map((block) => {
    const rec = {};
    for (const line of block.split("\n")) {
      const i = line.indexOf(":");
      if (i > 0) rec[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
    return rec;
  }).filter((r) => Object.keys(r).length > 0);
}
function cpuModelOf(cpuinfo) {
  for (const rec of cpuinfo) {
    const v = rec["model name"] ?? rec["Model"] ?? rec["cpu model"] ?? rec["Hardware"];
    if (v) return v;
  }
  const first = cpuinfo[0];
  if (first?.["CPU implementer"] && first["CPU part"]) {
    return `implementer ${first["CPU implementer"]} part ${first["CPU part"]}`;
  }
  return null;
}
function readTopology(root, cpuinfo, isRealRoot) {
  const online = readText(root, "sys/devices/system/cpu/online");
  let cpus = online === null ? null : parseCpuList(online);
  if (cpus === null || cpus.length === 0) {
    const dirs = listDir(root, "sys/devices/system/cpu").filter((d) => /^cpu\d+$/.test(d));
    cpus = dirs.map((d) => Number(d.slice(3))).sort((a, b) => a - b);
  }
  let logicalCpus = cpus.length || cpuinfo.filter((r) => r["processor"] !== void 0).length;
  if (logicalCpus === 0 && isRealRoot) logicalCpus = os.availableParallelism();
  const packages = /* @__PURE__ */ new Set();
  const coreGroups = /* @__PURE__ */ new Set();
  const groupSizes = [];
  for (const cpu of cpus) {
    const base2 = `sys/devices/system/cpu/cpu${cpu}/topology`;
    const pkg = readInt(root, `${base2}/physical_package_id`);
    if (pkg !== null) packages.add(pkg);
    const sib = readText(root, `${base2}/thread_siblings_list`) ?? readText(root, `${base2}/core_cpus_list`);
    const list = sib === null ? null : parseCpuList(sib);
    if (list && list.length > 0) {
      const key = formatCpuList(list);
      if (!coreGroups.has(key)) groupSizes.push(list.length);
      coreGroups.add(key);
    }
  }
  if (packages.size === 0) {
    for (const r of cpuinfo) if (r["physical id"] !== void 0) packages.add(Number(r["physical id"]));
  }
  const sockets = packages.size > 0 ? packages.size : null;
  let threadsPerCore = groupSizes.length > 0 ? Math.max(...groupSizes) : null;
  let cores = coreGroups.size > 0 ? coreGroups.size : null;
  if (cores === null) {
    const c = cpuinfo.find((r) => r["cpu cores"] !== void 0 && r["siblings"] !== void 0);
    if (c && sockets !== null) {
      cores = Number(c["cpu cores"]) * sockets;
      threadsPerCore = Math.max(1, Math.round(Number(c["siblings"]) / Number(c["cpu cores"])));
    }
  }
  const smtActive = readInt(root, "sys/devices/system/cpu/smt/active");
  const smt = threadsPerCore !== null ? threadsPerCore > 1 : smtActive !== null ? smtActive === 1 : null;
  const coresPerSocket = cores !== null && sockets !== null ? Math.round(cores / sockets) : null;
  return { logicalCpus, sockets, coresPerSocket, threadsPerCore, smt };
}
function readNumaNodes(root) {
  const ids = listDir(root, "sys/devices/system/node").filter((d) => /^node\d+$/.test(d)).map((d) => Number(d.slice(4))).sort((a, b) => a - b);
  return ids.map((id) => {
    const base2 = `sys/devices/system/node/node${id}`;
    const cpulist = readText(root, `${base2}/cpulist`);
    const meminfo = readText(root, `${base2}/meminfo`) ?? "";
    const field = (name) => {
      const m = new RegExp(`^Node\\s+${id}\\s+${name}:\\s+(\\d+)\\s*kB`, "m").exec(meminfo);
      return m ? Number(m[1]) : null;
    };
    return {
      id,
      cpus: (cpulist === null ? null : parseCpuList(cpulist)) ?? [],
      memTotalKiB: field("MemTotal"),
      memFreeKiB: field("MemFree")
    };
  });
}
function parseBracketChoice(text) {
  if (text === null) return null;
  const m = /\[([^\]]+)\]/.exec(text);
  return m ? m[1] : text.trim() || null;
}
function readGovernor(root, cpus) {
  const seen = /* @__PURE__ */ new Set();
  for (const p of listDir(root, "sys/devices/system/cpu/cpufreq").filter((d) => /^policy\d+$/.test(d))) {
    const g2 = readText(root, `sys/devices/system/cpu/cpufreq/${p}/scaling_governor`);
    if (g2 !== null && g2.trim()) seen.add(g2.trim());
  }
  if (seen.size === 0) {
    for (let cpu = 0; cpu < cpus; cpu++) {
      const g2 = readText(root, `sys/devices/system/cpu/cpu${cpu}/cpufreq/scaling_governor`);
      if (g2 !== null && g2.trim()) seen.add(g2.trim());
    }
  }
  if (seen.size === 0) return null;
  return seen.size === 1 ? [...seen][0] : `mixed(${[...seen].sort().join(",")})`;
}
function readBoost(root) {
  const boost = readInt(root, "sys/devices/system/cpu/cpufreq/boost");
  if (boost !== null) return boost === 1;
  const noTurbo = readInt(root, "sys/devices/system/cpu/intel_pstate/no_turbo");
  if (noTurbo !== null) return noTurbo === 0;
  return null;
}
function readLoadAvg(root = "/") {
  const t = readText(root, "proc/loadavg");
  if (t !== null) {
    const v = t.trim().split(/\s+/).slice(0, 3).map(Number);
    if (v.length === 3 && v.every(Number.isFinite)) return [v[0], v[1], v[2]];
  }
  if (root === "/") {
    const [a, b, c] = os.loadavg();
    return [a, b, c];
  }
  return null;
}
function hostWarnings(fp, load = fp.loadAvgStart, use = {}) {
  const w = [];
  const reclaim = reclaimWarning(fp.proactiveReclaim, use.modelMapped ?? false);
  if (reclaim) w.push(reclaim);
  if (load && fp.logicalCpus > 0 && load[0] > 0.5 * fp.logicalCpus) {
    w.push(
      `load average ${load[0].toFixed(2)} on ${fp.logicalCpus} CPUs: other work is running, timings will be noisy`
    );
  }
  if (fp.governor !== null && fp.governor !== "performance") {
    w.push(
      `CPU frequency governor is "${fp.governor}", not "performance": clocks follow load (cpupower frequency-set -g performance)`
    );
  }
  if (fp.numaBalancing !== null && fp.numaBalancing !== 0 && fp.numaNodes.length > 1) {
    w.push(
      `kernel.numa_balancing=${fp.numaBalancing} on a ${fp.numaNodes.length}-node host: the kernel migrates pages during the run and blurs placement (sysctl -w kernel.numa_balancing=0)`
    );
  }
  return w;
}
function readFingerprint(root = "/", use = {}) {
  const isRealRoot = root === "/";
  const cpuinfo = readCpuinfo(root);
  const topo = readTopology(root, cpuinfo, isRealRoot);
  const hostname2 = readText(root, "proc/sys/kernel/hostname")?.trim() || (isRealRoot ? os.hostname() : null);
  const kernel = readText(root, "proc/sys/kernel/osrelease")?.trim() || (isRealRoot ? os.release() : null);
  const fp = {
    hostname: hostname2,
    kernel,
    cpuModel: cpuModelOf(cpuinfo),
    sockets: topo.sockets,
    coresPerSocket: topo.coresPerSocket,
    threadsPerCore: topo.threadsPerCore,
    logicalCpus: topo.logicalCpus,
    smt: topo.smt,
    numaNodes: readNumaNodes(root),
    numaBalancing: readInt(root, "proc/sys/kernel/numa_balancing"),
    thpMode: parseBracketChoice(readText(root, "sys/kernel/mm/transparent_hugepage/enabled")),
    governor: readGovernor(root, topo.logicalCpus),
    boost: readBoost(root),
    loadAvgStart: readLoadAvg(root),
    proactiveReclaim: readProactiveReclaim(root),
    warnings: []
  };
  fp.warnings = hostWarnings(fp, fp.loadAvgStart, use);
  return fp;
}
function finishFingerprint(fp, root = "/") {
  const end = readLoadAvg(root);
  const out = { ...fp, warnings: [...fp.warnings] };
  if (end) out.loadAvgEnd = end;
  const busyAtStart = hostWarnings(fp).some((w) => w.startsWith("load average"));
  const endLoad = end ? hostWarnings(fp, end).find((w) => w.startsWith("load average")) : void 0;
  if (endLoad && !busyAtStart) out.warnings.push(`at the end of the run: ${endLoad}`);
  return out;
}

// src/store/migrate.ts
function modelName(path3) {
  return (path3.split("/").pop() ?? path3).replace(/\.gguf$/i, "") || path3;
}
function migratePlan(plan2) {
  if (!plan2 || typeof plan2 !== "object" || Array.isArray(plan2)) return plan2;
  const p = plan2;
  if ("models" in p || typeof p.model !== "string") return plan2;
  const { model, ...rest } = p;
  const models = [{ name: modelName(model), path: model }];
  return { ...rest, models };
}
function migrateResults(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return data;
  const d = data;
  if (d.schema !== "llama-perf-gate/results@1" && d.schema !== "llama-perf-gate/results@2") return data;
  return { ...d, plan: migratePlan(d.plan) };
}

// src/host/guest/index.ts
import { copyFileSync, appendFileSync, mkdtempSync as mkdtempSync2, mkdirSync as mkdirSync2, readFileSync as readFileSync6, rmSync as rmSync3, statSync as statSync5, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join11 } from "node:path";
import { constants as constants4 } from "node:os";

// src/sys/scratch.ts
import { mkdtempSync, rmSync as rmSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { join as join7 } from "node:path";
var live = /* @__PURE__ */ new Set();
var hooked = false;
function removeAll() {
  for (const dir of live) rmSync2(dir, { recursive: true, force: true });
  live.clear();
}
function scratchDir(prefix) {
  if (!hooked) {
    process.on("exit", removeAll);
    hooked = true;
  }
  const dir = mkdtempSync(join7(tmpdir(), prefix));
  live.add(dir);
  return dir;
}
function dropScratch(dir) {
  rmSync2(dir, { recursive: true, force: true });
  live.delete(dir);
}

// src/host/guest/boot.ts
import { spawn } from "node:child_process";
import { readFileSync as readFileSync5 } from "node:fs";
import { join as join8 } from "node:path";
var opt = (s) => s.replaceAll(",", ",,");
function qemuArgv(tools, shape, initrd, dir) {
  const cpus = shape.nodes * shape.cpusPerNode;
  const numa2 = [];
  for (let n = 0; n < shape.nodes; n++) {
    const first = n * shape.cpusPerNode;
    const range2 = shape.cpusPerNode === 1 ? `${first}` : `${first}-${first + shape.cpusPerNode - 1}`;
    numa2.push("-object", `memory-backend-ram,id=m${n},size=${shape.memMiBPerNode}M`, "-numa", `node,nodeid=${n},cpus=${range2},memdev=m${n}`);
  }
  return [
    tools.qemu,
    "-machine",
    "q35",
    "-accel",
    "tcg",
    "-cpu",
    "max",
    "-smp",
    String(cpus),
    "-m",
    `${shape.nodes * shape.memMiBPerNode}M`,
    ...numa2,
    "-kernel",
    opt(tools.kernel),
    "-initrd",
    opt(initrd),
    "-append",
    "console=ttyS0 quiet panic=-1 mitigations=off numa_balancing=disable",
    "-display",
    "none",
    "-monitor",
    "none",
    "-no-reboot",
    "-nodefaults",
    "-chardev",
    `file,id=con,path=${opt(join8(dir, "console.log"))}`,
    "-serial",
    "chardev:con",
    "-chardev",
    `file,id=data,path=${opt(join8(dir, "data.txt"))}`,
    "-serial",
    "chardev:data"
  ];
}
function parseDataChannel(text) {
  const out = { files: /* @__PURE__ */ new Map(), rc: null, upS: null, ranS: null, done: false };
  let name = null;
  let chunks = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (name !== null) {
      if (line === "LPG-END") {
        out.files.set(name, Buffer.from(chunks.join(""), "base64"));
        name = null;
      } else chunks.push(line);
      continue;
    }
    const [tag, ...rest] = line.split(" ");
    const value = rest.join(" ");
    if (tag === "LPG-FILE") {
      name = value;
      chunks = [];
    } else if (tag === "LPG-RC") out.rc = Number(value);
    else if (tag === "LPG-UP") out.upS = Number(value);
    else if (tag === "LPG-RAN") out.ranS = Number(value);
    else if (tag === "LPG-DONE") out.done = true;
  }
  return out;
}
function boot(tools, shape, initrd, dir, timeoutMs) {
  const argv = qemuArgv(tools, shape, initrd, dir);
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ["ignore", "ignore", "pipe"], detached: true, cwd: dir });
    track(child);
    let stderr = "";
    let spawnError = null;
    let timedOut = false;
    child.stderr.on("data", (b) => {
      stderr = (stderr + b.toString("utf8")).slice(-16384);
    });
    child.on("error", (e) => {
      spawnError = e.message;
    });
    const kill = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill("SIGKILL");
    }, Math.min(Math.max(1, timeoutMs), 2 ** 31 - 1));
    child.on("close", (code2, signal) => {
      clearTimeout(timer);
      const read2 = (f2) => {
        try {
          return readFileSync5(join8(dir, f2), "utf8");
        } catch {
          return "";
        }
      };
      done({
        output: parseDataChannel(read2("data.txt")),
        console: (read2("console.log") + stderr).slice(-65536),
        exitCode: code2,
        signal,
        timedOut,
        spawnError,
        wallMs: Math.round(performance.now() - t0),
        pid: child.pid ?? null
      });
    });
  });
}

// src/host/guest/initramfs.ts
import { execFileSync } from "node:child_process";
import { closeSync as closeSync3, openSync as openSync3, readSync as readSync3, statSync as statSync3 } from "node:fs";

// src/host/guest/cpio.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2, writeSync } from "node:fs";
var S_IFDIR = 16384;
var S_IFREG = 32768;
var S_IFCHR = 8192;
var hex = (n) => n.toString(16).padStart(8, "0");
var pad4 = (n) => (4 - n % 4) % 4;
function header(ino, mode, size, name, rdev = [0, 0]) {
  const nameBytes = Buffer.from(`${name}\0`, "utf8");
  const fields = [ino, mode, 0, 0, 1, 0, size, 0, 0, rdev[0], rdev[1], nameBytes.length, 0];
  const h = Buffer.from(`070701${fields.map(hex).join("")}`, "ascii");
  return Buffer.concat([h, nameBytes, Buffer.alloc(pad4(h.length + nameBytes.length))]);
}
var rel = (p) => p.replace(/^\/+/, "");
function writeCpio(file, entries) {
  const fd = openSync2(file, "w");
  try {
    let ino = 1;
    const put = (b) => writeSync(fd, b);
    for (const e of entries) {
      const name = rel(e.path);
      if (e.kind === "dir") put(header(ino++, S_IFDIR | (e.mode ?? 493), 0, name));
      else if (e.kind === "char") put(header(ino++, S_IFCHR | (e.mode ?? 384), 0, name, [e.major, e.minor]));
      else if (e.kind === "file") {
        put(header(ino++, S_IFREG | (e.mode ?? 420), e.data.length, name));
        put(e.data);
        put(Buffer.alloc(pad4(e.data.length)));
      } else {
        put(header(ino++, S_IFREG | (e.mode ?? 420), e.size, name));
        copyInto(fd, e.from, e.size);
        put(Buffer.alloc(pad4(e.size)));
      }
    }
    put(header(ino, 0, 0, "TRAILER!!!"));
  } finally {
    closeSync2(fd);
  }
}
function copyInto(fd, from, size) {
  const src = openSync2(from, "r");
  try {
    const buf = Buffer.alloc(4 << 20);
    let done = 0;
    while (done < size) {
      const n = readSync2(src, buf, 0, Math.min(buf.length, size - done), done);
      if (n === 0) throw new Error(`${from} became shorter while it was packed into the guest's initramfs`);
      writeSync(fd, buf.subarray(0, n));
      done += n;
    }
  } finally {
    closeSync2(src);
  }
}
function parentDirs(paths) {
  const out = /* @__PURE__ */ new Set();
  for (const p of paths) {
    const parts = rel(p).split("/").slice(0, -1);
    for (let i = 1; i <= parts.length; i++) out.add(parts.slice(0, i).join("/"));
  }
  return [...out].sort((a, b) => a.split("/").length - b.split("/").length || a.localeCompare(b));
}

// src/host/guest/init-script.ts
var FINGERPRINT_FILES = [
  "/proc/cpuinfo",
  "/proc/loadavg",
  "/proc/sys/kernel/osrelease",
  "/proc/sys/kernel/hostname",
  "/proc/sys/kernel/numa_balancing",
  "/sys/kernel/mm/transparent_hugepage/enabled",
  "/sys/devices/system/cpu/online",
  "/sys/devices/system/cpu/cpu*/topology/physical_package_id",
  "/sys/devices/system/cpu/cpu*/topology/thread_siblings_list",
  "/sys/devices/system/cpu/cpu*/topology/core_cpus_list",
  "/sys/devices/system/node/node*/cpulist",
  "/sys/devices/system/node/node*/meminfo"
];
var INIT_SCRIPT = `#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin:/usr/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mkdir -p /tmp /lpg/out
D=/dev/ttyS1
stty -F $D raw -echo 2>/dev/null
send() { echo "LPG-FILE $2" >$D; base64 "$1" >$D; echo "LPG-END" >$D; }
echo "LPG-UP $(cut -d' ' -f1 /proc/uptime)" >$D
if [ -f /lpg/cmd ]; then
  set --
  while IFS= read -r a; do set -- "$@" "$a"; done </lpg/cmd
  IFS= read -r cwd </lpg/cwd
  cd "$cwd" && "$@" >/lpg/out/stdout 2>/lpg/out/stderr </dev/null
  echo "LPG-RC $?" >$D
  echo "LPG-RAN $(cut -d' ' -f1 /proc/uptime)" >$D
  send /lpg/out/stdout out/stdout
  send /lpg/out/stderr out/stderr
  for f in "$cwd"/*; do [ -f "$f" ] && send "$f" "cwd/\${f##*/}"; done
else
  for f in ${FINGERPRINT_FILES.join(" ")}; do [ -r "$f" ] && send "$f" "root$f"; done
fi
echo LPG-DONE >$D
sync
poweroff -f
`;

// src/host/guest/initramfs.ts
function isElf(path3) {
  const fd = openSync3(path3, "r");
  try {
    const b = Buffer.alloc(4);
    return readSync3(fd, b, 0, 4, 0) === 4 && b.readUInt32BE(0) === 2135247942;
  } finally {
    closeSync3(fd);
  }
}
function lddLibraries(path3) {
  let out;
  try {
    out = execFileSync("ldd", [path3], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return [];
  }
  const libs = [];
  for (const line of out.split("\n")) {
    const m = /=>\s+(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m) libs.push(m[1]);
  }
  return libs;
}
function hostFile(s) {
  if (!s.startsWith("/") || s.includes("\n")) return null;
  try {
    return statSync3(s).isFile() ? s : null;
  } catch {
    return null;
  }
}
function withLibraries(files) {
  const all = /* @__PURE__ */ new Set();
  for (const f2 of files) {
    all.add(f2);
    if (isElf(f2)) {
      for (const lib of lddLibraries(f2)) if (hostFile(lib)) all.add(lib);
    }
  }
  return all;
}
function writeBaseInitramfs(out, busybox, files) {
  const paths = [...files].filter((f2) => f2 !== "/init" && !f2.startsWith("/lpg/"));
  const dirs = parentDirs(["/bin/busybox", "/dev/console", "/proc/x", "/sys/x", "/tmp/x", "/lpg/out/x", ...paths]);
  function* entries() {
    for (const d of dirs) yield { kind: "dir", path: d };
    yield { kind: "char", path: "/dev/console", major: 5, minor: 1 };
    yield { kind: "char", path: "/dev/ttyS1", major: 4, minor: 65 };
    yield { kind: "copy", path: "/bin/busybox", mode: 493, from: busybox, size: statSync3(busybox).size };
    yield { kind: "file", path: "/init", mode: 493, data: Buffer.from(INIT_SCRIPT) };
    for (const p of paths) {
      if (p === "/bin/busybox") continue;
      const st = statSync3(p);
      yield { kind: "copy", path: p, mode: st.mode & 511, from: p, size: st.size };
    }
  }
  writeCpio(out, entries());
}
function writeLaunchArchive(out, cmd, cwd) {
  const entries = [
    ...parentDirs([`${cwd}/x`]).map((d) => ({ kind: "dir", path: d })),
    { kind: "file", path: "/lpg/cmd", data: Buffer.from(cmd.map((a) => `${a}
`).join("")) },
    { kind: "file", path: "/lpg/cwd", data: Buffer.from(`${cwd}
`) }
  ];
  writeCpio(out, entries);
}

// src/host/guest/packages.ts
import { closeSync as closeSync4, openSync as openSync4, readSync as readSync4, readdirSync as readdirSync4, statSync as statSync4, accessSync as accessSync3, constants as constants3 } from "node:fs";
import { join as join10 } from "node:path";

// src/host/numa-policy.ts
import { accessSync as accessSync2, constants as constants2 } from "node:fs";
import { delimiter, join as join9 } from "node:path";
function findExecutable(name, path3 = process.env.PATH ?? "") {
  for (const dir of path3.split(delimiter)) {
    if (!dir) continue;
    const p = join9(dir, name);
    try {
      accessSync2(p, constants2.X_OK);
      return p;
    } catch {
    }
  }
  return null;
}
function requireNumactl(opts, what) {
  const path3 = opts.numactl === void 0 ? findExecutable("numactl") : opts.numactl;
  if (!path3) {
    throw new UserError(
      `NUMA policy ${what} needs numactl, which is not installed (not found in PATH)`,
      "install it: apt-get install numactl (Debian/Ubuntu) or dnf install numactl (Fedora/RHEL)"
    );
  }
  return path3;
}
function numaPlacement(policy, opts = {}) {
  const label = numaLabel(policy);
  switch (policy.kind) {
    case "none":
      return { prefix: [], benchArgs: [], label };
    case "llama":
      return { prefix: [], benchArgs: ["--numa", policy.mode], label };
    case "interleave":
      return { prefix: [requireNumactl(opts, label), "--interleave=all"], benchArgs: [], label };
    case "bind": {
      if (!Number.isInteger(policy.node) || policy.node < 0) {
        throw new UserError(`NUMA bind node must be a node number (got ${policy.node})`, "example: --numa bind:0");
      }
      if (opts.nodes && !opts.nodes.includes(policy.node)) {
        throw new UserError(
          `NUMA bind to node ${policy.node}, but this host has node(s) ${opts.nodes.join(",") || "none"}`,
          "pick a node listed in /sys/devices/system/node (numactl --hardware)"
        );
      }
      const n = String(policy.node);
      return { prefix: [requireNumactl(opts, label), "-N", n, "-m", n], benchArgs: [], label };
    }
    case "cpus": {
      const list = parseCpuList(policy.cpus);
      if (list === null || list.length === 0) {
        throw new UserError(`CPU list "${policy.cpus}" is not a list of CPUs`, "write it as the kernel does, e.g. 0-15,32-47");
      }
      const absent = opts.cpus ? list.filter((c) => !opts.cpus.includes(c)) : [];
      if (absent.length > 0) {
        throw new UserError(
          `CPU list "${policy.cpus}" names CPU(s) ${formatCpuList(absent)} that are not online here (online: ${formatCpuList(opts.cpus)})`,
          "see /sys/devices/system/cpu/online"
        );
      }
      return { prefix: [requireNumactl(opts, label), `--physcpubind=${formatCpuList(list)}`], benchArgs: [], label };
    }
  }
}
function checkPlacements(policies, nodes = readNumaNodes("/")) {
  const layout = nodes.length === 0 ? {} : { nodes: nodes.map((n) => n.id), cpus: nodes.flatMap((n) => n.cpus) };
  for (const p of policies) numaPlacement(p, layout);
}

// src/host/guest/packages.ts
var GUEST_PACKAGES = ["qemu-system-x86", "linux-image-amd64", "busybox-static"];
function findKernel(boot2 = "/boot") {
  let names;
  try {
    names = readdirSync4(boot2).filter((n) => n.startsWith("vmlinuz-"));
  } catch {
    return null;
  }
  names.sort((a, b) => b.localeCompare(a, "en", { numeric: true }));
  for (const n of names) {
    const p = join10(boot2, n);
    try {
      accessSync3(p, constants3.R_OK);
      if (statSync4(p).isFile()) return p;
    } catch {
    }
  }
  return null;
}
function isStaticElf(path3) {
  let fd;
  try {
    fd = openSync4(path3, "r");
  } catch {
    return false;
  }
  try {
    const h = Buffer.alloc(64);
    if (readSync4(fd, h, 0, 64, 0) < 64 || h.readUInt32BE(0) !== 2135247942 || h[4] !== 2) return false;
    const phoff = Number(h.readBigUInt64LE(32));
    const phentsize = h.readUInt16LE(54);
    const phnum = h.readUInt16LE(56);
    const ph = Buffer.alloc(phentsize * phnum);
    readSync4(fd, ph, 0, ph.length, phoff);
    for (let i = 0; i < phnum; i++) if (ph.readUInt32LE(i * phentsize) === 3) return false;
    return true;
  } finally {
    closeSync4(fd);
  }
}
function guestTools(env2 = process.env, boot2 = "/boot") {
  const qemu = findExecutable("qemu-system-x86_64", env2.PATH ?? "");
  const kernel = findKernel(boot2);
  const busybox = ["/bin/busybox", "/usr/bin/busybox"].find(isStaticElf) ?? null;
  const missing = [!qemu && GUEST_PACKAGES[0], !kernel && GUEST_PACKAGES[1], !busybox && GUEST_PACKAGES[2]].filter((x) => x !== false);
  if (missing.length > 0) {
    throw new UserError(
      `--numa-guest needs ${missing.join(", ")}, not installed (${[!qemu && "no qemu-system-x86_64 in PATH", !kernel && `no readable ${boot2}/vmlinuz-*`, !busybox && "no statically linked busybox"].filter(Boolean).join("; ")})`,
      `install: apt-get install ${GUEST_PACKAGES.join(" ")}`
    );
  }
  return { qemu, kernel, busybox };
}

// src/host/guest/index.ts
var BOOT_ALLOWANCE_MS = 12e4;
var STDERR_KEEP = 64 * 1024;
function guestShape(nodes, threads, filesMiB = 0) {
  const perNode = Math.ceil((2 * filesMiB + 768) / nodes / 256) * 256;
  return { nodes, cpusPerNode: Math.max(1, Math.ceil(threads / nodes)), memMiBPerNode: Math.max(512, perNode) };
}
function guestNodes(shape) {
  return Array.from({ length: shape.nodes }, (_, id) => ({
    id,
    cpus: Array.from({ length: shape.cpusPerNode }, (_2, c) => id * shape.cpusPerNode + c),
    memTotalKiB: null,
    memFreeKiB: null
  }));
}
var Guest = class {
  shape;
  tools;
  timings = [];
  scratch = null;
  files = /* @__PURE__ */ new Set();
  base = null;
  constructor(o) {
    if (!Number.isInteger(o.nodes) || o.nodes < 2) throw new UserError(`--numa-guest needs at least 2 nodes (got ${o.nodes})`, "example: --numa-guest 2");
    this.tools = o.tools ?? guestTools();
    for (const f2 of o.files ?? []) if (hostFile(f2)) this.files.add(f2);
    const mib = [...withLibraries(this.files)].reduce((s, f2) => s + statSync5(f2).size, 0) / 2 ** 20;
    this.shape = guestShape(o.nodes, o.threads, mib);
  }
  /** The guest's scratch directory (initramfs images, serial logs), made at the first boot; removed at exit if close() was not reached (an immediate quit). */
  get dir() {
    this.scratch ??= scratchDir("lpg-guest-");
    return this.scratch;
  }
  /** Removes the scratch files. */
  close() {
    if (this.scratch) dropScratch(this.scratch);
    this.scratch = null;
    this.base = null;
  }
  /** The base initramfs holding every file named so far; rebuilt when a launch names a new one. */
  baseWith(named2) {
    const fresh = named2.filter((f2) => !this.files.has(f2));
    if (this.base && fresh.length === 0) return this.base;
    for (const f2 of fresh) this.files.add(f2);
    const base2 = join11(this.dir, `base-${this.files.size}.cpio`);
    writeBaseInitramfs(base2, this.tools.busybox, withLibraries(this.files));
    if (this.base) rmSync3(this.base, { force: true });
    this.base = base2;
    return base2;
  }
  async bootWith(launchCpio, timeoutMs) {
    const base2 = this.baseWith([]);
    const run = mkdtempSync2(join11(this.dir, "boot-"));
    const initrd = join11(run, "initrd.cpio");
    copyFileSync(base2, initrd);
    if (launchCpio) appendFileSync(initrd, readFileSync6(launchCpio));
    try {
      const r = await boot(this.tools, this.shape, initrd, run, timeoutMs);
      this.timings.push({ wallMs: r.wallMs, upS: r.output.upS, ranS: r.output.ranS });
      return r;
    } finally {
      rmSync3(run, { recursive: true, force: true });
    }
  }
  /** The guest's fingerprint: its CPUs, nodes and memory, as the host's is read. */
  async fingerprint(timeoutMs = BOOT_ALLOWANCE_MS) {
    const r = await this.bootWith(null, timeoutMs);
    if (!r.output.done) throw new Error(`the ${this.shape.nodes}-node guest did not boot: ${bootFailure(r)}`);
    const root = mkdtempSync2(join11(this.dir, "root-"));
    try {
      for (const [name, data] of r.output.files) {
        if (!name.startsWith("root/") || name.includes("/../")) continue;
        const p = join11(root, name.slice("root/".length));
        mkdirSync2(join11(p, ".."), { recursive: true });
        writeFileSync2(p, data);
      }
      return readFingerprint(root);
    } finally {
      rmSync3(root, { recursive: true, force: true });
    }
  }
  /** Runs `argv` in a fresh guest with `env` (and nothing of the host's env), in `cwd`. */
  async launch(argv, opts) {
    const cwd = opts.cwd ?? this.dir;
    const env2 = { PATH: "/bin:/usr/bin", HOME: "/tmp", ...opts.env, ...opts.own };
    const cmd = ["env", "-i", ...Object.entries(env2).map(([k, v]) => `${k}=${v}`), ...argv];
    const bad2 = [...cmd, cwd].find((a) => a.includes("\n"));
    if (bad2 !== void 0) throw new UserError(`an argument of a guest launch holds a line break: ${JSON.stringify(bad2)}`, "arguments and env values of --numa-guest runs are one line each");
    this.baseWith([...cmd, ...Object.values(env2), ...opts.files ?? []].map(hostFile).filter((f2) => f2 !== null));
    const launchCpio = join11(this.dir, "launch.cpio");
    writeLaunchArchive(launchCpio, cmd, cwd);
    const r = await this.bootWith(launchCpio, opts.timeoutMs + BOOT_ALLOWANCE_MS);
    const o = r.output;
    for (const [name, data] of o.files) {
      const base2 = name.slice("cwd/".length);
      if (name.startsWith("cwd/") && /^[^/]+$/.test(base2) && base2 !== "." && base2 !== "..") writeFileSync2(join11(cwd, base2), data);
    }
    const stdout = o.files.get("out/stdout")?.toString("utf8") ?? "";
    let stderr = o.files.get("out/stderr")?.toString("utf8") ?? "";
    const sig = o.rc !== null && o.rc > 128 ? signalName(o.rc - 128) : null;
    if (!o.done && !r.timedOut) stderr += `
[llama-perf-gate] the guest stopped before its command finished: ${bootFailure(r)}`;
    return {
      pid: r.pid,
      exitCode: o.rc === null ? null : sig ? null : o.rc,
      signal: sig,
      timedOut: r.timedOut,
      wallMs: r.wallMs,
      stdout,
      stdoutDropped: 0,
      stderr: stderr.slice(-STDERR_KEEP),
      spawnError: r.spawnError
    };
  }
};
function signalName(n) {
  const hit = Object.entries(constants4.signals).find(([, v]) => v === n);
  return hit ? hit[0] : `signal ${n}`;
}
function bootFailure(r) {
  if (r.spawnError) return `qemu could not start: ${r.spawnError}`;
  if (r.timedOut) return "no power-off before the timeout";
  const tailLines = r.console.trim().split("\n").slice(-3).join(" | ");
  return `qemu exited ${r.exitCode ?? r.signal}; console: ${tailLines}`;
}

// src/stats/placement.ts
function nodeOfCpu(nodes) {
  return new Map(nodes.flatMap((n) => n.cpus.map((c) => [c, n.id])));
}
function pointShares(p, nodes) {
  const m = p.memory;
  if (!m) return null;
  const cpuNode = nodeOfCpu(nodes);
  const shares = {};
  for (const n of nodes) {
    const k = String(n.id);
    shares[k] = { anonKiB: m.anonNodeKiB[k] ?? 0, shmemKiB: m.shmemNodeKiB?.[k] ?? 0, fileKiB: m.fileNodeKiB?.[k] ?? 0, threads: 0 };
  }
  for (const [cpu, count] of Object.entries(m.threadCpus ?? {})) {
    const node = cpuNode.get(Number(cpu));
    if (node !== void 0) shares[String(node)].threads += count;
  }
  const anon = Object.values(shares).map((s) => s.anonKiB + s.shmemKiB);
  const total = anon.reduce((a, b) => a + b, 0);
  return { shares, evenness: total > 0 ? Math.min(...anon) / total : null };
}
function placementAnalysis(e) {
  const { plan: plan2 } = e;
  if (!plan2.levers.numaGuest || !plan2.depthSweep) return null;
  const nodes = guestNodes(guestShape(plan2.levers.numaGuest, plan2.threads));
  const launches = countedDepthLaunches(e.depthLaunches);
  const level = 1 - 2 * plan2.alpha;
  const rows = [];
  const evenness = [];
  for (const depth of plan2.depthSweep.depths) {
    const byVariant = (v) => launches.filter((l) => l.variant === v).flatMap((l) => {
      const p = l.points.find((x) => x.depth === depth);
      const s = p ? pointShares(p, nodes) : null;
      return s ? [{ block: l.block, ...s }] : [];
    });
    const perVariant = { A: byVariant("A"), B: byVariant("B") };
    for (const v of ["A", "B"]) {
      const xs = perVariant[v];
      const med3 = (f2, k) => xs.length ? median(xs.map((x) => f2(x.shares[k]))) : 0;
      const even = xs.map((x) => x.evenness).filter((x) => x !== null);
      rows.push({
        depth,
        variant: v,
        n: xs.length,
        nodes: Object.fromEntries(nodes.map((n) => {
          const k = String(n.id);
          return [k, { anonKiB: med3((s) => s.anonKiB, k), shmemKiB: med3((s) => s.shmemKiB, k), fileKiB: med3((s) => s.fileKiB, k), threads: med3((s) => s.threads, k) }];
        })),
        evenness: even.length ? median(even) : null
      });
    }
    const d = perVariant.A.flatMap((a) => {
      const b = perVariant.B.find((x) => x.block === a.block);
      return b && a.evenness !== null && b.evenness !== null ? [b.evenness - a.evenness] : [];
    });
    const r = d.length > 0 ? signedRankShift(d, level) : null;
    const full = r !== null && r.level >= level - 1e-9;
    evenness.push({ depth, n: d.length, diff: r ? r.estimate : null, ci: full ? [r.lo, r.hi] : null, ci_level: level, identical: d.length > 0 && d.every((x) => x === 0) });
  }
  return { nodes: nodes.map((n) => n.id), rows, evenness };
}
function withPlacement(analysis2, e) {
  const p = placementAnalysis(e);
  return p ? { ...analysis2, placement: p } : analysis2;
}

// src/stats/decide.ts
function decideLook(e, nBlocks, state) {
  return decide(workloadInputsFromResults(e), { ...designOf(e.plan), nBlocks, state: state ?? void 0, at: (/* @__PURE__ */ new Date()).toISOString(), forecast: false });
}
function decideAll(e) {
  if (e.launches.length === 0) return null;
  const counted = countedBlocksOf(e);
  const inputs = workloadInputsFromResults(e);
  const design2 = trustedDesign(e, inputs, counted);
  const { analysis: analysis2 } = decide(inputs, { ...designOf(e.plan), nBlocks: counted, state: design2.state });
  if (design2.warning) analysis2.warnings.unshift(design2.warning);
  for (const w of analysis2.workloads) {
    const input = inputs.find((i) => i.name === w.name);
    if (w.verdict === "failed" || input && (input.a.length === 0 || input.b.length === 0)) {
      w.verdict = "failed";
      w.why = onModel2(e, w.name, failedWhy(e, w.name, input?.point !== void 0, w.why));
    }
  }
  analysis2.verdict = gate(analysis2.workloads);
  if (e.plan.levers.numaGuest) {
    analysis2.emulated = true;
    analysis2.verdict = analysis2.workloads.some((w) => w.verdict === "failed") ? "failed" : "inconclusive";
  }
  const short3 = incompleteness(e, analysis2.workloads, new Set(inputs.filter((i) => i.point !== void 0).map((i) => i.name)));
  if (short3) analysis2.incomplete = short3;
  return withPlacement(withDepthMemory(analysis2, e), e);
}
function incompleteness(e, workloads, depthPoints2) {
  const open2 = workloads.filter((w) => w.verdict === "inconclusive");
  if (open2.length === 0 || workloads.some((w) => w.verdict === "regression")) return null;
  const index = (block) => block + 1 - e.plan.warmupBlocks;
  const reach = (name) => {
    const depth = depthPoints2.has(name);
    const unit = depth ? DEPTH_FAMILY : name;
    const launches = depth ? e.depthLaunches ?? [] : e.launches.filter((l) => l.workload === name);
    const done = launches.filter((l) => l.status !== "skipped");
    const withB = new Set(done.filter((l) => l.variant === "B").map((l) => l.block));
    const ran = done.reduce((n, l) => l.variant === "A" && withB.has(l.block) ? Math.max(n, index(l.block)) : n, 0);
    const scheduled = e.schedule.blocks.filter((b) => index(b.block) >= 1 && b.order.some((s) => s.workload === unit)).length;
    return Math.min(ran, scheduled);
  };
  const measured = Math.min(...open2.map((w) => reach(w.name)));
  const planned = e.plan.maxBlocks;
  return measured < planned ? { measured_blocks: measured, planned_blocks: planned, stop_reason: e.stopReason } : null;
}
var STDERR_LINES = 5;
function onModel2(e, workload, why) {
  const name = e.plan.workloads.find((w) => w.id === workload)?.model;
  const m = name === void 0 ? void 0 : e.plan.models.find((x) => x.name === name);
  return m && why && (why.kind === "could-not-run" || why.kind === "no-counted-launch") ? { ...why, model: { name: m.name, path: m.path } } : why;
}
function failedWhy(e, workload, depthPoint, fallback) {
  const launches = depthPoint ? e.depthLaunches ?? [] : e.launches.filter((l) => l.workload === workload);
  const ok2 = (v2) => launches.some((l) => l.variant === v2 && !l.warmup && l.status === "ok");
  const v = ["B", "A"].find((x) => !ok2(x));
  if (!v) return fallback;
  const name = e.plan.variants.find((x) => x.id === v)?.name ?? v;
  const mine = launches.filter((l) => l.variant === v && !l.warmup);
  if (mine.length === 0) return { kind: "no-counted-launch", variant: v, name, stop: e.stopReason };
  const counts = /* @__PURE__ */ new Map();
  for (const l of mine) counts.set(l.status, (counts.get(l.status) ?? 0) + 1);
  const last = [...mine].reverse().find((l) => l.status !== "ok");
  const how = last.exitCode !== null ? `exit ${last.exitCode}` : last.signal ? `signal ${last.signal}` : last.status;
  const tail2 = (last.stderrTail ?? last.error ?? "").trimEnd().split("\n").map((l) => l.trim()).filter(Boolean).slice(-STDERR_LINES).join(" \u23CE ");
  return { kind: "could-not-run", variant: v, name, counts: [...counts], of: mine.length, last: how, stderr: tail2 };
}
function withTrustedAnalysis(r) {
  const analysis2 = decideAll(r);
  if (analysis2) {
    const claimed = r.analysis;
    const differs = (w) => claimed?.workloads.find((c) => c.name === w.name)?.verdict !== w.verdict;
    if (claimed === null || claimed.verdict !== analysis2.verdict || analysis2.workloads.some(differs) || claimed.workloads.length !== analysis2.workloads.length) {
      const perWorkload = analysis2.workloads.filter(differs).map((w) => `${w.name} ${claimed?.workloads.find((c) => c.name === w.name)?.verdict ?? "absent"} \u2192 ${w.verdict}`);
      analysis2.warnings.unshift(
        `the results file claimed ${claimed ? claimed.verdict : "no analysis"}; recomputed from its samples: ${analysis2.verdict}` + (perWorkload.length ? ` (${perWorkload.join(", ")})` : "")
      );
    }
  }
  return { ...r, analysis: analysis2 };
}

// src/sys/lock.ts
import { link, mkdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { readFileSync as readFileSync8, renameSync as renameSync2, writeFileSync as writeFileSync3 } from "node:fs";
import { hostname } from "node:os";
import path2 from "node:path";
import { setTimeout as sleep2 } from "node:timers/promises";
import { statSync as statSync6 } from "node:fs";

// src/sys/leftovers.ts
import { readdirSync as readdirSync5, readFileSync as readFileSync7 } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
function readProc(pid) {
  try {
    const s = readFileSync7(`/proc/${pid}/stat`, "utf8");
    const f2 = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { pid, state: f2[0], pgrp: Number(f2[2]), startTicks: Number(f2[19]) };
  } catch {
    return null;
  }
}
function groupMembers(g2) {
  const leader = readProc(g2.pgid);
  if (leader && g2.startTicks !== null && leader.startTicks !== g2.startTicks) return [];
  const out = [];
  let pids;
  try {
    pids = readdirSync5("/proc").filter((n) => /^\d+$/.test(n));
  } catch {
    return [];
  }
  for (const n of pids) {
    const p = readProc(Number(n));
    if (!p || p.pgrp !== g2.pgid || p.state === "Z" || p.pid === process.pid) continue;
    if (g2.startTicks !== null && p.startTicks < g2.startTicks) continue;
    out.push(p.pid);
  }
  return out;
}
function isForeignGroup(g2) {
  const o = g2;
  if (!o || !Number.isSafeInteger(o.pgid) || o.pgid <= 1) return false;
  if (o.startTicks !== null && !Number.isSafeInteger(o.startTicks)) return false;
  return o.pgid !== process.pid && o.pgid !== readProc(process.pid)?.pgrp;
}
function signalGroup(g2, sig) {
  try {
    process.kill(-g2.pgid, sig);
  } catch {
  }
}
async function gone(groups, ms) {
  const until = Date.now() + ms;
  for (; ; ) {
    if (groups.every((g2) => groupMembers(g2).length === 0)) return true;
    if (Date.now() >= until) return false;
    await sleep(50);
  }
}
async function stopLeftovers(groups, graceMs = 3e3) {
  const left = groups.filter(isForeignGroup).filter((g2) => groupMembers(g2).length > 0);
  const found = left.reduce((n, g2) => n + groupMembers(g2).length, 0);
  if (left.length === 0) return 0;
  for (const g2 of left) signalGroup(g2, "SIGTERM");
  if (await gone(left, graceMs)) return found;
  for (const g2 of left) signalGroup(g2, "SIGKILL");
  if (await gone(left, graceMs)) return found;
  const still = left.flatMap(groupMembers);
  throw new Error(`processes ${still.join(", ")} left by a killed owner survive SIGKILL; stop them and run again`);
}

// src/sys/lock.ts
function startTicks(pid) {
  try {
    const s = readFileSync8(`/proc/${pid}/stat`, "utf8");
    const v = Number(s.slice(s.lastIndexOf(")") + 2).split(" ")[19]);
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}
function startedAt(ticks) {
  if (ticks === null) return null;
  try {
    const btime = Number(/^btime (\d+)$/m.exec(readFileSync8("/proc/stat", "utf8"))?.[1]);
    return Number.isFinite(btime) ? new Date((btime + ticks / 100) * 1e3) : null;
  } catch {
    return null;
  }
}
function ownerOf(label, pid = process.pid) {
  return { pid, startTicks: startTicks(pid), hostname: hostname(), since: (/* @__PURE__ */ new Date()).toISOString(), label };
}
function ownerAlive(o) {
  if (o.hostname !== hostname()) return true;
  try {
    process.kill(o.pid, 0);
  } catch (e) {
    if (e.code === "ESRCH") return false;
  }
  const now = startTicks(o.pid);
  if (o.startTicks !== null && now !== null) return now === o.startTicks;
  const started = startedAt(now)?.getTime();
  const since = Date.parse(o.since);
  return !(started !== void 0 && Number.isFinite(since) && started > since + 2e3);
}
async function readOwner(lockPath) {
  const text = (await readFile(lockPath, "utf8").catch(() => "")).trim();
  if (/^\d+$/.test(text)) {
    const mtime = statSync6(lockPath, { throwIfNoEntry: false })?.mtime;
    return { pid: Number(text), startTicks: null, hostname: hostname(), since: mtime ? mtime.toISOString() : "?", label: "a lock" };
  }
  try {
    const o = JSON.parse(text);
    return typeof o.pid === "number" && o.pid > 0 ? o : null;
  } catch {
    return null;
  }
}
function describeOwner(o) {
  if (!o) return "an unknown owner (unreadable lock file)";
  const t = o.hostname === hostname() ? startedAt(o.startTicks) : null;
  return `${o.label} (pid ${o.pid} on ${o.hostname}, started ${t ? t.toISOString() : o.since})`;
}
function waitLine(o, lockPath) {
  if (!o) return `waiting for the lock ${lockPath} (unreadable lock file; taken over after a minute)`;
  const t = o.hostname === hostname() ? startedAt(o.startTicks) : null;
  return `waiting for llama-perf-gate pid ${o.pid} (started ${t ? t.toISOString() : o.since}) holding ${o.label} (${lockPath})`;
}
async function unreadableForLong(lockPath) {
  try {
    return Date.now() - (await stat(lockPath)).mtimeMs > 6e4;
  } catch {
    return false;
  }
}
async function tryLock(lockPath, label, onStale) {
  await mkdir(path2.dirname(lockPath), { recursive: true });
  const me = ownerOf(label);
  const mine = `${lockPath}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(mine, JSON.stringify(me));
  try {
    for (; ; ) {
      try {
        await link(mine, lockPath);
        return {
          path: lockPath,
          owner: me,
          release: async () => {
            const cur = await readOwner(lockPath);
            if (cur && cur.pid === me.pid && cur.since === me.since) await rm(lockPath, { force: true });
          },
          addGroup: (pgid) => {
            me.groups = [...me.groups ?? [], { pgid, startTicks: startTicks(pgid) }];
            const next = `${lockPath}.${process.pid}.groups`;
            writeFileSync3(next, JSON.stringify(me));
            renameSync2(next, lockPath);
          }
        };
      } catch (e) {
        if (e.code !== "EEXIST") throw e;
      }
      const owner = await readOwner(lockPath);
      if (owner ? ownerAlive(owner) : !await unreadableForLong(lockPath)) return { heldBy: owner };
      const leftovers = owner && Array.isArray(owner.groups) ? await stopLeftovers(owner.groups) : 0;
      const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`;
      try {
        await rename(lockPath, aside);
        await rm(aside, { force: true });
        onStale?.(owner, leftovers);
      } catch {
      }
    }
  } finally {
    await rm(mine, { force: true });
  }
}
async function acquireLock(lockPath, o) {
  const deadline = o.timeoutMs === void 0 ? Infinity : Date.now() + o.timeoutMs;
  let lastSaid = "";
  for (; ; ) {
    const r = await tryLock(lockPath, o.label, o.onStale);
    if ("release" in r) return r;
    const said = describeOwner(r.heldBy);
    if (said !== lastSaid) {
      o.onWait?.(waitLine(r.heldBy, lockPath), r.heldBy);
      lastSaid = said;
    }
    if (Date.now() >= deadline) throw o.onTimeout?.(r.heldBy) ?? new Error(`timed out waiting for the lock ${lockPath}, held by ${said}`);
    const sig = interruptedBy();
    if (sig) throw new Error(`interrupted by ${sig} while waiting for the lock ${lockPath}, held by ${said}`);
    await sleep2(Math.min(o.pollMs ?? 1e3, Math.max(1, deadline - Date.now())));
  }
}
async function withLock(lockPath, fn, onWait, label = "a lock", onStale) {
  const lock = await acquireLock(lockPath, { label, onWait, onStale });
  try {
    return await fn(lock);
  } finally {
    await lock.release();
  }
}

// src/store/read-results.ts
import { readFileSync as readFileSync11, statSync as statSync7 } from "node:fs";

// src/host/memory-curve.ts
import { spawn as spawn2 } from "node:child_process";
import { readFileSync as readFileSync10 } from "node:fs";

// src/host/numa-maps.ts
import { readFileSync as readFileSync9 } from "node:fs";
var SHMEM_FILES = ["/dev/zero", "/memfd:", "/SYSV"];
function mappingKind(file) {
  if (file === null || file.startsWith("/anon_hugepage")) return "anon";
  return SHMEM_FILES.some((p) => file.startsWith(p)) ? "shmem" : "file";
}
function unescapeOctal(s) {
  return s.replace(/\\([0-7]{3})/g, (_, o) => String.fromCharCode(Number.parseInt(o, 8)));
}
function parseNumaMapsLine(line) {
  const tokens = line.trim().split(/\s+/);
  if (tokens.length < 2 || !/^[0-9a-f]+$/.test(tokens[0])) return null;
  const m = {
    address: tokens[0],
    policy: "",
    file: null,
    region: null,
    huge: false,
    anonymous: true,
    kind: "anon",
    pageKiB: 4,
    nodePages: {},
    counters: {}
  };
  const policy = [];
  let i = 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.includes("=") || t === "heap" || t === "stack" || t === "huge") break;
    policy.push(t);
  }
  m.policy = policy.join(" ");
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === "heap" || t === "stack") m.region = t;
    else if (t === "huge") m.huge = true;
    else if (t.startsWith("file=")) m.file = unescapeOctal(t.slice(5));
    else {
      const kv = /^([A-Za-z_]+|N\d+)=(\d+)$/.exec(t);
      if (!kv) continue;
      const [, key, value] = kv;
      if (/^N\d+$/.test(key)) m.nodePages[key.slice(1)] = Number(value);
      else if (key === "kernelpagesize_kB") m.pageKiB = Number(value);
      else m.counters[key] = Number(value);
    }
  }
  m.kind = mappingKind(m.file);
  m.anonymous = m.kind !== "file";
  return m;
}
function parseNumaMaps(text) {
  return text.split("\n").map(parseNumaMapsLine).filter((m) => m !== null);
}
function add(into, node, kib) {
  into[node] = (into[node] ?? 0) + kib;
}
function residentByNode(mappings) {
  const r = { nodeKiB: {}, anonNodeKiB: {}, shmemNodeKiB: {}, fileNodeKiB: {}, totalKiB: 0, anonKiB: 0, shmemKiB: 0, fileKiB: 0 };
  for (const m of mappings) {
    for (const [node, pages] of Object.entries(m.nodePages)) {
      const kib = pages * m.pageKiB;
      add(r.nodeKiB, node, kib);
      add(r[`${m.kind}NodeKiB`], node, kib);
      r.totalKiB += kib;
      r[`${m.kind}KiB`] += kib;
    }
  }
  return r;
}
function readProcessResidency(pid) {
  let text;
  try {
    text = readFileSync9(`/proc/${pid}/numa_maps`, "utf8");
  } catch {
    return null;
  }
  if (text.trim() === "") return null;
  return residentByNode(parseNumaMaps(text));
}

// src/parse/types.ts
var MAX_MEASURE = 1e12;
var MAX_MEASURE_TEXT = "1e12";

// src/parse/malformed.ts
var FORMAT_HINT = "run llama-bench with -o json (or jsonl/csv/md/sql) and pass its stdout unchanged; a launch that crashed or was killed leaves truncated output";
function malformed(source, line, what, format) {
  const where = line > 0 ? `${source}:${line}` : source;
  return new UserError(`${where}: malformed llama-bench ${format ? format + " " : ""}output: ${what}`, FORMAT_HINT);
}
function lineAt(text, pos) {
  let line = 1;
  const end = Math.min(pos, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
function numberedLines(text) {
  return text.split("\n").map((t, i) => ({ n: i + 1, text: t.endsWith("\r") ? t.slice(0, -1) : t }));
}

// src/parse/sweep.ts
var SWEEP_HINT = "run llama-sweep-bench (or llama-batched-bench) with --output-format jsonl and pass its output unchanged";
function bad(source, line, what) {
  return new UserError(`${line > 0 ? `${source}:${line}` : source}: malformed sweep-bench output: ${what}`, SWEEP_HINT);
}
var COLUMNS = {
  PP: "pp",
  TG: "tg",
  B: "pl",
  N_KV: "n_kv",
  "T_PP s": "t_pp",
  "S_PP t/s": "speed_pp",
  "T_TG s": "t_tg",
  "S_TG t/s": "speed_tg",
  "T s": "t",
  "S t/s": "speed",
  "RSS HWM": "rss_hwm_mib",
  "VRAM delta": "vram_delta_mib"
};
var REQUIRED = ["pp", "tg", "n_kv", "t_pp", "speed_pp", "t_tg", "speed_tg"];
function cells(line) {
  return line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
}
function toRecord(fields, source, line, threads) {
  for (const k of REQUIRED) {
    if (typeof fields[k] !== "number" || !Number.isFinite(fields[k])) {
      throw bad(source, line, `field "${k}" is ${JSON.stringify(fields[k] ?? null)}, expected a number`);
    }
  }
  for (const k of ["speed_pp", "speed_tg"]) {
    const v = fields[k];
    if (v < 0 || v >= MAX_MEASURE) throw bad(source, line, `field "${k}" is ${v}, expected a speed from 0 to below ${MAX_MEASURE_TEXT} t/s`);
  }
  const tool = "pl" in fields ? "batched-bench" : "ik-sweep-bench";
  const n = (k) => fields[k];
  return {
    tool,
    nKv: n("n_kv"),
    pp: n("pp"),
    tg: n("tg"),
    pl: typeof fields.pl === "number" ? fields.pl : 1,
    tPpSec: n("t_pp"),
    speedPp: n("speed_pp"),
    tTgSec: n("t_tg"),
    speedTg: n("speed_tg"),
    nThreads: typeof fields.n_threads === "number" ? fields.n_threads : threads,
    raw: fields
  };
}
var SweepRowReader = class {
  #columns = null;
  // jsonl keys of the current table's columns
  #threads = null;
  #source;
  #lenient;
  constructor(source, opts = {}) {
    this.#source = source;
    this.#lenient = opts.lenient ?? false;
  }
  /** The row this line holds, or null for anything else (log lines, headers, separators). */
  line(text, n = 0) {
    try {
      return this.#read(text, n);
    } catch (e) {
      if (this.#lenient) return null;
      throw e;
    }
  }
  #read(text, n) {
    const t = text.trim();
    const th = /\bn_threads = (\d+)/.exec(t);
    if (th && !t.startsWith("{")) this.#threads = Number(th[1]);
    if (t.startsWith("{")) {
      let obj2;
      try {
        obj2 = JSON.parse(t);
      } catch (e) {
        throw bad(this.#source, n, e.message);
      }
      if (typeof obj2 !== "object" || obj2 === null || Array.isArray(obj2)) throw bad(this.#source, n, "line is not a JSON object");
      return toRecord(obj2, this.#source, n, this.#threads);
    }
    if (!t.startsWith("|")) return null;
    const c = cells(t);
    if (c[0] === "PP") {
      this.#columns = c.map((title) => COLUMNS[title] ?? title);
      return null;
    }
    const columns = this.#columns;
    if (columns === null || c.every((x) => /^-+$/.test(x))) return null;
    if (c.length !== columns.length) throw bad(this.#source, n, `row has ${c.length} cells, header has ${columns.length}`);
    const fields = {};
    columns.forEach((k, i) => {
      const v = c[i];
      fields[k] = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v) ? Number(v) : v;
    });
    return toRecord(fields, this.#source, n, this.#threads);
  }
};
function scan(text, reader) {
  const out = [];
  for (const l of numberedLines(text)) {
    const r = reader.line(l.text, l.n);
    if (r) out.push(r);
  }
  return out;
}
function parseSweepRows(stdout, stderr, source) {
  const out = scan(stdout, new SweepRowReader(`${source} (stdout)`, { lenient: true }));
  const err = scan(stderr, new SweepRowReader(`${source} (stderr)`, { lenient: true }));
  return err.length > out.length ? err : out;
}

// src/host/memory-curve.ts
function readStatusKiB(pid) {
  let text;
  try {
    text = readFileSync10(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
  const f2 = (key) => {
    const m = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(text);
    return m ? Number(m[1]) : null;
  };
  const rss = f2("VmRSS");
  if (rss === null) return null;
  return { rssKiB: rss, anonKiB: f2("RssAnon") ?? 0, shmemKiB: f2("RssShmem") ?? 0, fileKiB: f2("RssFile") ?? 0 };
}
function samplePoint(pid, t0, nKv = null) {
  const s = readStatusKiB(pid);
  if (s === null) return null;
  const r = readProcessResidency(pid);
  const tMs = Math.round(performance.now() - t0);
  if (r === null) return { tMs, ...s, nodeKiB: {}, anonNodeKiB: {}, shmemNodeKiB: {}, fileNodeKiB: {}, nKv };
  return {
    tMs,
    rssKiB: s.rssKiB,
    anonKiB: r.anonKiB,
    shmemKiB: r.shmemKiB,
    fileKiB: r.fileKiB,
    nodeKiB: r.nodeKiB,
    anonNodeKiB: r.anonNodeKiB,
    shmemNodeKiB: r.shmemNodeKiB,
    fileNodeKiB: r.fileNodeKiB,
    nKv
  };
}
var STREAM_KEEP = 8 * 1024 * 1024;
function sampleMemoryCurve(argv, opts = {}) {
  const interval = opts.intervalMs ?? 250;
  const stdbuf = findExecutable("stdbuf");
  const cmd = stdbuf ? [stdbuf, "-oL", ...argv] : argv;
  const t0 = performance.now();
  return new Promise((resolve3, reject) => {
    const child = spawn2(cmd[0], cmd.slice(1), { cwd: opts.cwd, env: childEnv(process.env, opts.env, opts.own), stdio: ["ignore", "pipe", "pipe"], detached: true });
    track(child);
    const points = [];
    const rows = [];
    const take2 = (nKv) => {
      if (!child.pid) return;
      const p = samplePoint(child.pid, t0, nKv);
      if (p) points.push(p);
    };
    const watch = (stream, name) => {
      const reader = new SweepRowReader(name, { lenient: true });
      let pending = "";
      stream.on("data", (b) => {
        const s = b.toString("utf8");
        if (name === "stdout") stdout = (stdout + s).slice(-STREAM_KEEP);
        else stderr = (stderr + s).slice(-STREAM_KEEP);
        pending += s;
        const lines = pending.split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) {
          const row2 = reader.line(line);
          if (row2) {
            rows.push(row2);
            take2(row2.nKv);
          }
        }
      });
    };
    let stdout = "";
    let stderr = "";
    watch(child.stdout, "stdout");
    watch(child.stderr, "stderr");
    const timer = setInterval(() => take2(null), interval);
    let timedOut = false;
    let hardKill;
    const killGroup = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    const kill = opts.timeoutMs ? setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hardKill = setTimeout(() => killGroup("SIGKILL"), 3e3);
    }, opts.timeoutMs) : void 0;
    child.on("error", (e) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      reject(e);
    });
    child.on("close", (code2, signal) => {
      clearInterval(timer);
      clearTimeout(kill);
      clearTimeout(hardKill);
      resolve3({ points, rows, exitCode: code2, signal, stdout, stderr, timedOut, wallMs: Math.round(performance.now() - t0) });
    });
  });
}

// src/parse/help.ts
var HELP_HINT = "point --repo at a llama.cpp or ik_llama.cpp checkout; its llama-bench --help must print the usage";
function supportedFlags(helpText) {
  const flags = /* @__PURE__ */ new Set();
  for (const line of helpText.split("\n")) {
    const m = /^\s+(-{1,2}[A-Za-z][\w-]*(?:,?\s+-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (!m) continue;
    for (const f2 of m[1].split(/[,\s]+/)) if (f2.startsWith("-")) flags.add(f2);
  }
  return flags;
}
function detectFlavourFromHelp(helpText) {
  const flags = supportedFlags(helpText);
  if (!flags.has("-p") && !flags.has("--n-prompt")) {
    const first = helpText.split("\n").find((l) => l.trim() !== "")?.trim().slice(0, 80) ?? "";
    throw new UserError(`llama-bench --help does not look like llama-bench's usage (first line: ${JSON.stringify(first)})`, HELP_HINT);
  }
  if (flags.has("-gp")) return "ik";
  if (flags.has("-d") || flags.has("--n-depth")) return "mainline";
  const output = helpText.split("\n").find((l) => /^\s+-o, --output\b/.test(l)) ?? "";
  if (output.includes("jsonl")) return "mainline";
  if (["-mla", "-fmoe", "-rtr", "-amb", "-ser", "-thp"].some((f2) => flags.has(f2))) return "ik";
  return "mainline";
}
function commonToolFlags(helpText) {
  const flags = /* @__PURE__ */ new Set();
  for (const line of helpText.split("\n")) {
    const m = /^\s*(-{1,2}[A-Za-z][\w-]*(?:,\s*-{1,2}[A-Za-z][\w-]*)*)/.exec(line);
    if (m) {
      for (const f2 of m[1].split(/[,\s]+/)) if (f2.startsWith("-")) flags.add(f2);
    }
  }
  return flags;
}

// src/parse/kv-buffer.ts
var SIZE_LINE = /^[^\n]*?\bllama_kv_cache(?:_init|_unified)?:\s+(\S[^\n]*?)\s+KV buffer size =\s*([\d.]+)\s*MiB/gm;
var MMAP_NOTICE = "KV cache in CPU_MMAP buffer";
function kindOfKvBuffer(name) {
  if (name === "CPU") return "heap";
  if (name === "CPU_MMAP" || /\bNUMA\b/.test(name)) return "mmap";
  return null;
}
function kvBuffersFromLog(log) {
  return [...log.matchAll(SIZE_LINE)].map((m) => ({ name: m[1], kind: kindOfKvBuffer(m[1]), sizeMiB: Number(m[2]) }));
}
function kvBufferFromLog(log) {
  const lines = kvBuffersFromLog(log);
  if (lines.length > 0) return lines[0];
  if (log.includes(MMAP_NOTICE)) return { name: "CPU_MMAP", kind: "mmap", sizeMiB: Number.NaN };
  return null;
}

// src/bench/launch.ts
import { spawn as spawn3 } from "node:child_process";
import { mkdirSync as mkdirSync3 } from "node:fs";
import { join as join12 } from "node:path";
function scratchDir2(out) {
  const dir = join12(out, "launches");
  mkdirSync3(dir, { recursive: true });
  return dir;
}
var STDERR_KEEP2 = 64 * 1024;
var STDOUT_KEEP = 16 * 1024 * 1024;
var MAX_TIMER_MS = 2 ** 31 - 1;
function launch(argv, opts) {
  const t0 = performance.now();
  return new Promise((done) => {
    const child = spawn3(argv[0], argv.slice(1), {
      cwd: opts.cwd,
      env: childEnv(process.env, opts.env, opts.own),
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    track(child);
    const out = [];
    let kept2 = 0;
    let dropped = 0;
    let err = "";
    let timedOut = false;
    let spawnError = null;
    child.stdout.on("data", (b) => {
      const room = STDOUT_KEEP - kept2;
      if (room >= b.length) {
        out.push(b);
        kept2 += b.length;
      } else {
        if (room > 0) out.push(b.subarray(0, room));
        kept2 += Math.max(0, room);
        dropped += b.length - Math.max(0, room);
      }
    });
    child.stderr.on("data", (b) => {
      err = (err + b.toString("utf8")).slice(-STDERR_KEEP2);
    });
    const killGroup = (sig) => {
      try {
        if (child.pid) process.kill(-child.pid, sig);
      } catch {
      }
    };
    let hardKill;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup("SIGTERM");
      hardKill = setTimeout(() => killGroup("SIGKILL"), 3e3);
    }, Math.min(Math.max(1, opts.timeoutMs), MAX_TIMER_MS));
    child.on("error", (e) => {
      spawnError = e.message;
    });
    child.on("close", async (code2, signal) => {
      clearTimeout(timer);
      clearTimeout(hardKill);
      if (child.pid) {
        killGroup("SIGKILL");
        await groupGone(child.pid);
      }
      const note = dropped > 0 ? `
[llama-perf-gate] stdout cut at ${STDOUT_KEEP} bytes: ${dropped} more bytes were discarded` : "";
      done({
        pid: child.pid ?? null,
        exitCode: code2,
        signal,
        timedOut,
        wallMs: Math.round(performance.now() - t0),
        stdout: Buffer.concat(out).toString("utf8"),
        stdoutDropped: dropped,
        stderr: (err + note).slice(-STDERR_KEEP2),
        spawnError
      });
    });
  });
}
async function groupGone(pgid, ms = 5e3) {
  const until = Date.now() + ms;
  for (; ; ) {
    try {
      process.kill(-pgid, 0);
    } catch (e) {
      if (e.code === "ESRCH") return true;
    }
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
}
function tail(text, n = 20) {
  const lines = text.trimEnd().split("\n");
  return lines.slice(-n).join("\n");
}

// src/bench/depth-sweep.ts
var SWEEP_UBATCH = 512;
var MIN_SWEEP_UBATCH = 64;
var gcd = (a, b) => b === 0 ? a : gcd(b, a % b);
function sweepUbatch(sweep) {
  return sweep.depths.reduce((g2, d) => gcd(g2, d), SWEEP_UBATCH);
}
function sharedDepthTool(builds) {
  const toolOf = (id) => builds.find((b2) => b2.variant === id && b2.ok)?.depthTool ?? null;
  const a = toolOf("A");
  const b = toolOf("B");
  if (a && a === b) return a;
  const hint = "drop --depth-sweep, or build trees that have the tool (ik_llama.cpp: llama-sweep-bench, llama.cpp: llama-batched-bench)";
  if (!a && !b) throw new UserError(`--depth-sweep: neither build has ${BATCHED_BENCH} or ${SWEEP_BENCH}`, hint);
  throw new UserError(`--depth-sweep: variant A has ${a ?? "no depth tool"}, variant B has ${b ?? "no depth tool"}; the sweeps would not be comparable`, hint);
}
function depthContext(sweep) {
  return Math.max(...sweep.depths) + Math.max(sweep.gen, sweepUbatch(sweep));
}
function checkDepths(sweep, tool) {
  if (tool === SWEEP_BENCH) {
    const ub = sweepUbatch(sweep);
    if (ub < MIN_SWEEP_UBATCH) {
      const off = sweep.depths.filter((d) => d % MIN_SWEEP_UBATCH !== 0);
      throw new UserError(
        `--depth-sweep ${sweep.depths.join(",")}: ${SWEEP_BENCH} reports depths in steps of its ubatch (at least ${MIN_SWEEP_UBATCH}); ${off.join(", ")} ${off.length > 1 ? "are" : "is"} not a multiple of ${MIN_SWEEP_UBATCH}`,
        "example: --depth-sweep 0,1024,2048,4096"
      );
    }
  } else if (tool !== BATCHED_BENCH) {
    throw new UserError(`--depth-sweep: no depth-sweep arguments for ${tool}`, `use a tree that has ${BATCHED_BENCH} or ${SWEEP_BENCH}`);
  }
}
function batchedPrompt(depth) {
  return Math.max(1, depth);
}
function depthToolArgs(tool, sweep, model, threads, flags = null) {
  checkDepths(sweep, tool);
  const common = ["-m", model, "-c", String(depthContext(sweep)), "-t", String(threads)];
  if (tool === BATCHED_BENCH) {
    const pp = sweep.depths.map(batchedPrompt);
    const verbose = flags?.has("-lv") ? ["-lv", "4"] : [];
    return [...common, "-npp", [...pp, pp[0]].join(","), "-ntg", String(sweep.gen), "-npl", "1", "--output-format", "jsonl", ...verbose];
  }
  return [...common, "-ub", String(sweepUbatch(sweep)), "-n", String(sweep.gen)];
}
function depthRunArgs(plan2, variant2, tool, flags) {
  const side = variant2.id === "A" ? "base" : "head";
  const out = [];
  const args = variant2.runArgs;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!isFlag(a)) {
      if (a.includes(",")) {
        throw new UserError(`--${side}-arg ${args[i - 1] ?? ""} ${a}: ${tool} (the depth sweep) takes one value per option, not a llama-bench list`, `give one value, e.g. --${side}-arg=${args[i - 1] ?? "-fa"} --${side}-arg ${a.split(",")[0]}`);
      }
      out.push(a);
      continue;
    }
    const flag = a.split("=")[0];
    if (flags && !flags.has(flag)) {
      throw new UserError(`--${side}-arg ${a} is not an option of ${tool}, which runs the depth sweep for variant ${variant2.id}`, `drop --${side}-arg ${a}, or drop --depth-sweep`);
    }
    out.push(a);
  }
  const L = plan2.levers;
  const lever = (flag, value, name) => {
    if (value === void 0) return [];
    if (flags && !flags.has(flag)) throw new UserError(`--${name}: ${tool}, which runs the depth sweep, has no ${flag} option`, `drop --${name} or --depth-sweep`);
    return [flag, value];
  };
  if (L.delay !== void 0) {
    throw new UserError(`--delay is a llama-bench option; ${tool}, which runs the depth sweep, has none`, "drop --delay or --depth-sweep");
  }
  return [
    ...out,
    ...depthNoMmapArgs(tool, flags, L.noMmap),
    ...lever("--prio", L.prio?.toString(), "prio"),
    ...lever("--cpu-mask", L.cpuMask, "cpu-mask"),
    ...lever("--cpu-strict", L.cpuStrict ? "1" : void 0, "cpu-strict"),
    ...lever("--poll", L.poll?.toString(), "poll")
  ];
}
function depthNoMmapArgs(tool, flags, noMmap) {
  if (!noMmap) return [];
  if (flags?.has("--load-mode")) return ["--load-mode", "none"];
  if (!flags || flags.has("--no-mmap")) return ["--no-mmap"];
  throw new UserError(`--no-mmap: ${tool}, which runs the depth sweep, has neither --no-mmap nor --load-mode`, "drop --no-mmap or --depth-sweep");
}
function isFlag(a) {
  return /^-{1,2}[A-Za-z]/.test(a);
}
async function probeDepthTool(bin) {
  const r = await launch([bin, "--help"], { timeoutMs: 3e4 });
  const flags = commonToolFlags(r.stdout + r.stderr);
  if (!r.spawnError && !flags.has("-m") && /example usage:\s*\n\s*\S*sweep-bench\s+-m\s/.test(r.stdout + r.stderr)) return null;
  if (r.spawnError || !flags.has("-m")) {
    throw new UserError(`${bin} --help did not list its options${r.spawnError ? `: ${r.spawnError}` : ""}`, tail(r.stdout + r.stderr, 5) || "is it a llama.cpp depth tool?");
  }
  return flags;
}
function depthPlacement(plan2, place) {
  const kinds = new Set(plan2.workloads.map((w) => JSON.stringify(w.numa)));
  if (kinds.size !== 1 || plan2.workloads[0].numa.kind === "none") return null;
  return place(plan2.workloads[0].numa);
}
function depthPoints(tool, sweep, rows, samples) {
  const out = [];
  for (const depth of sweep.depths) {
    const row2 = tool === BATCHED_BENCH ? rows.find((r) => r.pp === batchedPrompt(depth) && r.pl === 1) : rows.find((r) => r.nKv === depth);
    if (!row2) continue;
    out.push({
      depth,
      speedTg: row2.speedTg,
      speedPp: timesPromptAt(tool, depth) ? row2.speedPp : null,
      memory: samples.find((p) => p.nKv === row2.nKv) ?? null
    });
  }
  return out;
}
var STDERR_KEEP_LINES = 20;
async function runDepthLaunch(i) {
  const startedAt2 = (/* @__PURE__ */ new Date()).toISOString();
  const t0 = performance.now();
  const ctx = depthContext(i.sweep);
  const base2 = { block: i.block, slot: i.slot, seq: i.seq, variant: i.variant, warmup: i.warmup, tool: i.tool, ctx, argv: i.argv, startedAt: startedAt2 };
  let curve;
  try {
    curve = await (i.sample ?? sampleMemoryCurve)(i.argv, { env: i.env, own: i.own, intervalMs: i.intervalMs ?? 500, timeoutMs: i.timeoutSec * 1e3, cwd: i.cwd });
  } catch (e) {
    return {
      ...base2,
      wallMs: Math.round(performance.now() - t0),
      status: "crashed",
      exitCode: null,
      signal: null,
      kvBuffer: null,
      kvBufferName: null,
      points: [],
      rows: [],
      samples: [],
      stderrTail: null,
      error: `could not start ${i.argv[0]}: ${e instanceof Error ? e.message : String(e)}`
    };
  }
  let rows = [];
  let parseError = null;
  try {
    rows = parseSweepRows(curve.stdout, curve.stderr, `block ${i.block} ${i.variant} ${i.tool}`);
  } catch (e) {
    parseError = e.message;
  }
  const points = depthPoints(i.tool, i.sweep, rows, curve.points);
  let status = "ok";
  let error = null;
  if (curve.timedOut) {
    status = "timeout";
    error = `not finished within --timeout ${i.timeoutSec}s; process group killed`;
  } else if (curve.exitCode !== 0) {
    status = "crashed";
    error = curve.signal ? `killed by ${curve.signal}` : `exit code ${curve.exitCode}`;
  } else if (parseError) {
    status = "parse-error";
    error = parseError;
  } else if (points.length < i.sweep.depths.length) {
    const missing = i.sweep.depths.filter((d) => !points.some((p) => p.depth === d));
    status = "parse-error";
    error = `no row at depth ${missing.join(", ")} (${rows.length} rows reported)`;
  }
  return {
    ...base2,
    wallMs: curve.wallMs ?? Math.round(performance.now() - t0),
    status,
    exitCode: curve.exitCode,
    signal: curve.signal,
    // The patched libllama logs the mmap notice at warning level; common's log may use either stream.
    ...kvBufferFields(curve.stderr + curve.stdout),
    points,
    rows,
    samples: curve.points,
    stderrTail: status === "ok" ? null : tail(curve.stderr, STDERR_KEEP_LINES) || null,
    error
  };
}
function kvBufferFields(log) {
  const kv = kvBufferFromLog(log);
  return { kvBuffer: kv?.kind ?? null, kvBufferName: kv?.name ?? null };
}

// src/parse/record.ts
var INT_FIELDS = /* @__PURE__ */ new Set([
  "build_number",
  "n_batch",
  "n_ubatch",
  "n_threads",
  "poll",
  "model_size",
  "model_n_params",
  "n_gpu_layers",
  "main_gpu",
  "n_prompt",
  "n_gen",
  "n_depth",
  "avg_ns",
  "stddev_ns",
  "no_op_offload",
  "n_cpu_moe",
  "fit_target",
  "fit_min_ctx",
  "mla_attn",
  "attn_max_batch",
  "max_gpu"
]);
var BOOL_FIELDS = /* @__PURE__ */ new Set([
  "f16_kv",
  "no_kv_offload",
  "cpu_strict",
  "embeddings",
  "no_host",
  "use_mmap",
  "cuda",
  "vulkan",
  "kompute",
  "metal",
  "sycl",
  "gpu_blas",
  "blas",
  "repack",
  "use_thp",
  "fused_moe",
  "grouped_er",
  "no_fused_up_gate",
  "no_ooae",
  "mqkv",
  "rcache",
  "reuse",
  "muge",
  "defer_experts",
  "sas"
]);
var FLOAT_FIELDS = /* @__PURE__ */ new Set(["avg_ts", "stddev_ts"]);
var IK_ONLY = ["test", "mla_attn", "attn_max_batch", "ser", "fused_moe", "use_thp", "repack", "grouped_er", "rcache"];
function flavourFromFields(fields) {
  const set = new Set(fields);
  if (set.has("n_depth") || set.has("backends")) return "mainline";
  return IK_ONLY.some((f2) => set.has(f2)) ? "ik" : "mainline";
}
var TS_TOLERANCE = 0.01;
var NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
function typedValue(field, value, flavour, sqlType) {
  const isBool = BOOL_FIELDS.has(field) || field === "flash_attn" && flavour === "ik";
  const isNum = INT_FIELDS.has(field) || FLOAT_FIELDS.has(field) || field === "flash_attn" && flavour === "mainline";
  if (isBool) {
    if (value === "0" || value === "false") return false;
    if (value === "1" || value === "true") return true;
    return value;
  }
  if (isNum || !BOOL_FIELDS.has(field) && (sqlType === "INTEGER" || sqlType === "REAL")) {
    return NUMBER.test(value) ? Number(value) : value;
  }
  return value;
}
function int(raw, key, ctx, required) {
  const v = raw[key];
  if (v === void 0 || v === null || v === "") {
    if (required) throw malformed(ctx.source, ctx.line, `test lacks field "${key}"`, ctx.format);
    return null;
  }
  const n = typeof v === "number" ? v : typeof v === "string" && NUMBER.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0) throw malformed(ctx.source, ctx.line, `field "${key}" is ${JSON.stringify(v)}, expected a non-negative integer`, ctx.format);
  return n;
}
function numberArray(raw, key, ctx) {
  const v = raw[key];
  if (v === void 0) return [];
  if (!Array.isArray(v) || !v.every(measure)) {
    throw malformed(ctx.source, ctx.line, `field "${key}" must be an array of positive numbers below ${MAX_MEASURE_TEXT}`, ctx.format);
  }
  return v;
}
function measure(x) {
  return typeof x === "number" && Number.isFinite(x) && x > 0 && x < MAX_MEASURE;
}
function str2(v) {
  return typeof v === "string" ? v : v === void 0 || v === null ? null : String(v);
}
function canonicalLabel(nPrompt, nGen, nDepth) {
  const parts = [nPrompt > 0 ? `pp${nPrompt}` : "", nGen > 0 ? `tg${nGen}` : ""].filter(Boolean).join("+");
  return parts + (nDepth > 0 ? `@d${nDepth}` : "");
}
var IK_GP_LABEL = /^tg(\d+)@pp(\d+)$/;
function toBenchRecord(test2, flavour, source, format) {
  const raw = test2.fields;
  const ctx = { source, line: test2.line, format };
  let nPrompt = int(raw, "n_prompt", ctx, true);
  let nGen = int(raw, "n_gen", ctx, true);
  let nDepth = int(raw, "n_depth", ctx, false) ?? 0;
  const gp = typeof raw.test === "string" ? IK_GP_LABEL.exec(raw.test) : null;
  if (gp) {
    if (Number(gp[1]) !== nGen || Number(gp[2]) !== nPrompt) {
      throw malformed(source, test2.line, `test label "${raw.test}" disagrees with n_prompt=${nPrompt}, n_gen=${nGen}`, format);
    }
    nDepth = nPrompt;
    nPrompt = 0;
  }
  if (nPrompt === 0 && nGen === 0) throw malformed(source, test2.line, "test has n_prompt = n_gen = 0", format);
  const samplesNs = numberArray(raw, "samples_ns", ctx);
  const samplesTs = numberArray(raw, "samples_ts", ctx);
  if (samplesNs.length !== samplesTs.length) {
    throw malformed(source, test2.line, `samples_ns has ${samplesNs.length} values but samples_ts has ${samplesTs.length}`, format);
  }
  samplesTs.forEach((ts, i) => {
    const expected = (nPrompt + nGen) * 1e9 / samplesNs[i];
    if (Math.abs(ts / expected - 1) > TS_TOLERANCE) {
      throw malformed(source, test2.line, `samples_ts[${i}] is ${ts} t/s, but ${nPrompt + nGen} tokens in ${samplesNs[i]} ns is ${expected.toPrecision(6)} t/s`, format);
    }
  });
  let avgTs = typeof raw.avg_ts === "number" ? raw.avg_ts : NaN;
  if (!Number.isFinite(avgTs) && samplesTs.length > 0) avgTs = samplesTs.reduce((a, b) => a + b, 0) / samplesTs.length;
  if (!measure(avgTs)) {
    throw malformed(source, test2.line, `avg_ts is ${JSON.stringify(raw.avg_ts ?? avgTs)}, expected a positive number below ${MAX_MEASURE_TEXT}`, format);
  }
  const stddevTs = typeof raw.stddev_ts === "number" && Number.isFinite(raw.stddev_ts) ? raw.stddev_ts : null;
  const buildNumber = typeof raw.build_number === "number" && Number.isInteger(raw.build_number) ? raw.build_number : null;
  return {
    flavour,
    label: canonicalLabel(nPrompt, nGen, nDepth),
    nPrompt,
    nGen,
    nDepth,
    // Some ik builds printed a {gen, batch} pair here; keep it in raw rather than reject the test.
    nThreads: typeof raw.n_threads === "number" && Number.isInteger(raw.n_threads) ? raw.n_threads : null,
    samplesNs,
    samplesTs,
    avgTs,
    stddevTs,
    buildCommit: str2(raw.build_commit),
    buildNumber,
    cpuInfo: str2(raw.cpu_info),
    modelType: str2(raw.model_type),
    raw
  };
}

// src/store/check.ts
var MAX_SHORT = 4096;
var MAX_LONG = 64 * 1024;
var MAX_ITEMS = 2e5;
var MAX_BLOCKS = 1e5;
var MAX_SAMPLES = 1e4;
var Invalid = class extends Error {
};
var fail = (path3, what) => {
  throw new Invalid(`${path3} ${what}`);
};
var str3 = (max = MAX_SHORT) => (v, p) => {
  if (typeof v !== "string") return fail(p, `must be a string (got ${typeOf(v)})`);
  if (v.length > max) return fail(p, `is ${v.length} characters long (limit ${max})`);
  return v;
};
var num4 = (v, p) => typeof v === "number" && Number.isFinite(v) ? v : fail(p, `must be a finite number (got ${typeOf(v)})`);
var int2 = (v, p) => Number.isSafeInteger(v) ? v : fail(p, `must be an integer (got ${typeOf(v)})`);
var intIn = (min, max) => (v, p) => {
  const n = int2(v, p);
  return n >= min && n <= max ? n : fail(p, `must be between ${min} and ${max} (got ${n})`);
};
var numIn = (lo, hi) => (v, p) => {
  const n = num4(v, p);
  return n > lo && n < hi ? n : fail(p, `must be greater than ${lo} and less than ${hi} (got ${n})`);
};
var inFlagRange = (name) => {
  const s = optionSpec("run", name);
  return (v, p) => {
    const n = num4(v, p);
    return inRange(s, n) ? n : fail(p, `must be ${rangeText(s)} (got ${n})`);
  };
};
var positive = (v, p) => {
  const n = num4(v, p);
  return n > 0 && n < MAX_MEASURE ? n : fail(p, `must be a positive number below ${MAX_MEASURE_TEXT} (got ${n})`);
};
var speed = (v, p) => {
  const n = num4(v, p);
  return n >= 0 && n < MAX_MEASURE ? n : fail(p, `must be a number from 0 to below ${MAX_MEASURE_TEXT} (got ${n})`);
};
var bool = (v, p) => typeof v === "boolean" ? v : fail(p, `must be true or false (got ${typeOf(v)})`);
var oneOf = (...allowed) => (v, p) => allowed.includes(v) ? v : fail(p, `must be one of ${allowed.join(", ")} (got ${short2(v)})`);
var nullable = (c) => (v, p) => v === null || v === void 0 ? null : c(v, p);
var optional = (c) => (v, p) => v === void 0 ? void 0 : c(v, p);
var arr = (c, max = MAX_ITEMS) => (v, p) => {
  if (!Array.isArray(v)) return fail(p, `must be an array (got ${typeOf(v)})`);
  if (v.length > max) return fail(p, `has ${v.length} items (limit ${max})`);
  return v.map((x, i) => c(x, `${p}[${i}]`));
};
var tuple = (c, n) => (v, p) => {
  const a = arr(c, n)(v, p);
  return a.length === n ? a : fail(p, `must have exactly ${n} items (got ${a.length})`);
};
var pair = (c) => tuple(c, 2);
var triple = (c) => tuple(c, 3);
var record = (c, maxKeys = 1e3) => (v, p) => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const keys = Object.keys(v);
  if (keys.length > maxKeys) return fail(p, `has ${keys.length} keys (limit ${maxKeys})`);
  const out = /* @__PURE__ */ Object.create(null);
  for (const k of keys) {
    str3(256)(k, `${p} key`);
    out[k] = c(v[k], `${p}.${k}`);
  }
  return out;
};
var obj = (shape) => (v, p) => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return fail(p, `must be an object (got ${typeOf(v)})`);
  const out = {};
  for (const [k, c] of Object.entries(shape)) {
    const x = c(v[k], `${p}.${k}`);
    if (x !== void 0) out[k] = x;
  }
  return out;
};
var scalar = (x) => typeof x === "string" || typeof x === "number" && Number.isFinite(x) || typeof x === "boolean" || x === null;
var rawFields = (v, p) => {
  const src = record((x) => x, 500)(v, p);
  const out = {};
  for (const [k, x] of Object.entries(src)) {
    const cap = (y) => typeof y === "string" ? y.slice(0, MAX_SHORT) : y;
    if (scalar(x)) out[k] = cap(x);
    else if (Array.isArray(x) && x.length <= 1e5 && x.every(scalar)) out[k] = x.map(cap);
  }
  return out;
};
var jsonData = (maxDepth = 8) => (v, p) => {
  if (typeof v === "number") return num4(v, p);
  if (scalar(v)) return typeof v === "string" ? str3(MAX_LONG)(v, p) : v;
  if (maxDepth <= 0) return fail(p, "is nested too deeply");
  if (Array.isArray(v)) return arr(jsonData(maxDepth - 1), 1e4)(v, p);
  return record(jsonData(maxDepth - 1), 200)(v, p);
};
function typeOf(v) {
  return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}
function short2(v) {
  const s = typeof v === "string" ? JSON.stringify(v) : typeOf(v);
  return s.length > 40 ? `${s.slice(0, 40)}\u2026` : s;
}

// src/store/read-results.ts
var MAX_RESULTS_BYTES = 64 * 1024 * 1024;
var variantId = oneOf("A", "B");
var verdict = oneOf("neutral", "regression", "improvement", "inconclusive", "failed");
var numa = (v, p) => {
  const kind = obj({ kind: oneOf("none", "interleave", "bind", "llama", "cpus") })(v, p).kind;
  if (kind === "bind") return obj({ kind: oneOf("bind"), node: int2 })(v, p);
  if (kind === "llama") return obj({ kind: oneOf("llama"), mode: oneOf("distribute", "isolate", "numactl") })(v, p);
  if (kind === "cpus") return obj({ kind: oneOf("cpus"), cpus: str3(1024) })(v, p);
  return { kind };
};
var compareMode = oneOf("merge", "branch-point", "refs");
var slowdownK = (v, p) => {
  const k = num4(v, p);
  return k >= 0 && k <= 1 ? k : fail(p, `must be between 0 and 1 (got ${k})`);
};
var variant = obj({ id: variantId, name: str3(), ref: str3(), cmakeArgs: arr(str3(), 500), runArgs: arr(str3(), 500), env: record(str3()), slowdown: optional(slowdownK) });
var modelRef = obj({
  name: str3(256),
  path: str3(),
  preset: optional(obj({ preset: oneOf(...PRESET_NAMES), type: oneOf(...Object.keys(TENSOR_TYPES)) }))
});
var planShape = obj({
  repo: str3(),
  models: arr(modelRef, MAX_MODELS),
  out: str3(),
  variants: pair(variant),
  workloads: arr(obj({ id: str3(), label: str3(256), nPrompt: intIn(0, MAX_TOKENS), nGen: intIn(0, MAX_TOKENS), nDepth: intIn(0, MAX_TOKENS), numa, model: optional(str3(256)) }), 1e3),
  threads: int2,
  levers: obj({ repetitions: int2, prio: optional(int2), delay: optional(num4), cpuMask: optional(str3(256)), cpuStrict: optional(bool), poll: optional(int2), noMmap: optional(bool), numaGuest: optional(intIn(2, 16)) }),
  // The decision is recomputed with these: the same ranges the CLI accepts.
  maxBlocks: intIn(1, MAX_BLOCKS),
  warmupBlocks: intIn(0, MAX_BLOCKS),
  looks: arr(intIn(1, MAX_BLOCKS), 1e3),
  laterLooks: optional(arr(intIn(1, MAX_BLOCKS), 1e3)),
  seed: int2,
  timeoutSec: num4,
  margin: inFlagRange("margin"),
  alpha: numIn(0, 0.5),
  method: oneOf("hl", "t"),
  horizon: optional(int2),
  spending: optional(oneOf("obf", "pocock", "reserve", "split")),
  depthSweep: optional(nullable(obj({ depths: arr(intIn(0, MAX_TOKENS), 64), gen: intIn(1, MAX_TOKENS) }))),
  // What was compared: shown in the report, never decides anything.
  compare: optional(compareMode),
  comparison: optional(nullable(obj({
    requested: compareMode,
    mode: compareMode,
    fallback: nullable(str3(MAX_LONG)),
    baseRef: str3(),
    headRef: str3(),
    base: str3(256),
    head: str3(256),
    branchPoint: nullable(str3(256)),
    baseMoved: nullable(int2),
    a: str3(256),
    b: str3(256),
    merge: nullable(obj({ commit: str3(256), by: oneOf("github", "local") }))
  })))
});
var plan = (v, p) => {
  const r = planShape(v, p);
  if (r.models.length === 0) fail(`${p}.models`, "is empty");
  const names = r.models.map((m) => m.name);
  names.forEach((n, i) => names.indexOf(n) !== i && fail(`${p}.models[${i}].name`, `repeats ${short2(n)}`));
  r.workloads.forEach((w, i) => {
    if (r.models.length === 1 ? w.model !== void 0 : !names.includes(w.model ?? "")) {
      fail(`${p}.workloads[${i}].model`, r.models.length === 1 ? "is set, but the plan has one model" : `must name one of the models (${names.join(", ")})`);
    }
  });
  return r;
};
var host = obj({
  hostname: nullable(str3()),
  kernel: nullable(str3()),
  cpuModel: nullable(str3()),
  sockets: nullable(int2),
  coresPerSocket: nullable(int2),
  threadsPerCore: nullable(int2),
  logicalCpus: int2,
  smt: nullable(bool),
  numaNodes: arr(obj({ id: int2, cpus: arr(int2, 1e5), memTotalKiB: nullable(num4), memFreeKiB: nullable(num4) }), 1024),
  numaBalancing: nullable(num4),
  thpMode: nullable(str3()),
  governor: nullable(str3()),
  boost: nullable(bool),
  loadAvgStart: nullable(triple(num4)),
  loadAvgEnd: optional(triple(num4)),
  proactiveReclaim: optional(nullable(obj({
    active: nullable(bool),
    damonReclaim: nullable(bool),
    kdamonds: arr(obj({ id: str3(32), state: nullable(str3(64)), actions: arr(nullable(str3(64)), 1024) }), 1024)
  }))),
  warnings: arr(str3(MAX_LONG), 1e3)
});
var build = obj({
  variant: variantId,
  ok: bool,
  ref: str3(),
  commit: nullable(str3(256)),
  cmakeArgs: arr(str3(), 500),
  binDir: nullable(str3()),
  reused: bool,
  seconds: num4,
  logPath: nullable(str3()),
  logTail: nullable(str3(MAX_LONG)),
  error: nullable(str3(MAX_LONG)),
  depthTool: optional(nullable(str3(256)))
});
var benchRecordShape = obj({
  flavour: oneOf("mainline", "ik"),
  label: str3(256),
  nPrompt: intIn(0, MAX_TOKENS),
  nGen: intIn(0, MAX_TOKENS),
  nDepth: intIn(0, MAX_TOKENS),
  nThreads: nullable(int2),
  samplesNs: arr(positive, MAX_SAMPLES),
  samplesTs: arr(positive, MAX_SAMPLES),
  avgTs: positive,
  stddevTs: nullable(num4),
  buildCommit: nullable(str3(256)),
  buildNumber: nullable(num4),
  cpuInfo: nullable(str3()),
  modelType: nullable(str3()),
  raw: rawFields
});
var benchRecord = (v, p) => {
  const r = benchRecordShape(v, p);
  if (r.samplesNs.length !== r.samplesTs.length) fail(`${p}.samplesTs`, `has ${r.samplesTs.length} values but samplesNs has ${r.samplesNs.length}`);
  const tokens = r.nPrompt + r.nGen;
  if (tokens === 0) fail(p, "has nPrompt = nGen = 0: nothing was timed");
  r.samplesTs.forEach((ts, i) => {
    const expected = tokens * 1e9 / r.samplesNs[i];
    if (Math.abs(ts / expected - 1) > TS_TOLERANCE) {
      fail(`${p}.samplesTs[${i}]`, `is ${ts} t/s, but ${tokens} tokens in samplesNs[${i}] = ${r.samplesNs[i]} ns is ${expected.toPrecision(6)} t/s (more than ${100 * TS_TOLERANCE}% apart)`);
    }
  });
  return r;
};
var launch2 = obj({
  block: intIn(0, MAX_BLOCKS * 2),
  slot: intIn(0, MAX_ITEMS),
  seq: intIn(0, MAX_ITEMS),
  variant: variantId,
  workload: str3(),
  warmup: bool,
  startedAt: str3(64),
  wallMs: num4,
  status: oneOf("ok", "crashed", "timeout", "parse-error", "skipped"),
  exitCode: nullable(int2),
  signal: nullable(str3(64)),
  argv: arr(str3(), 1e3),
  records: arr(benchRecord, 1e3),
  memory: nullable(obj({
    peakRssKiB: num4,
    minorFaults: num4,
    majorFaults: num4,
    nodeKiB: nullable(record(num4, 1024)),
    anonNodeKiB: optional(nullable(record(num4, 1024))),
    shmemNodeKiB: optional(nullable(record(num4, 1024))),
    sampleRssKiB: optional(nullable(num4)),
    sampleAtMs: optional(nullable(num4)),
    lastNodeKiB: optional(nullable(record(num4, 1024))),
    samples: optional(num4),
    sampleCostMs: optional(num4),
    userMs: optional(num4),
    sysMs: optional(num4)
  })),
  stderrTail: nullable(str3(MAX_LONG)),
  error: nullable(str3(MAX_LONG))
});
var memoryPoint = obj({
  tMs: num4,
  rssKiB: num4,
  anonKiB: num4,
  shmemKiB: optional(num4),
  fileKiB: optional(num4),
  nodeKiB: record(num4, 1024),
  anonNodeKiB: record(num4, 1024),
  shmemNodeKiB: optional(record(num4, 1024)),
  fileNodeKiB: optional(record(num4, 1024)),
  nKv: nullable(int2),
  threadCpus: optional(record(num4, 4096))
});
var sweepRow = obj({
  tool: oneOf("ik-sweep-bench", "batched-bench"),
  nKv: int2,
  pp: int2,
  tg: int2,
  pl: int2,
  tPpSec: num4,
  speedPp: speed,
  tTgSec: num4,
  speedTg: speed,
  nThreads: nullable(int2),
  raw: rawFields
});
var depthLaunch = obj({
  block: int2,
  slot: int2,
  seq: int2,
  variant: variantId,
  warmup: bool,
  tool: str3(256),
  ctx: int2,
  argv: arr(str3(), 1e3),
  startedAt: str3(64),
  wallMs: num4,
  status: oneOf("ok", "crashed", "timeout", "parse-error", "skipped"),
  exitCode: nullable(int2),
  signal: nullable(str3(64)),
  kvBuffer: nullable(oneOf("mmap", "heap")),
  kvBufferName: optional(nullable(str3(256))),
  points: arr(obj({ depth: int2, speedTg: speed, speedPp: nullable(speed), memory: nullable(memoryPoint) }), 1e3),
  rows: arr(sweepRow, 1e4),
  samples: arr(memoryPoint, 1e5),
  stderrTail: nullable(str3(MAX_LONG)),
  error: nullable(str3(MAX_LONG))
});
var workloadAnalysis = obj({
  name: str3(),
  n: int2,
  paired: bool,
  method: oneOf("hl", "t"),
  ratio: nullable(num4),
  ci: nullable(pair(num4)),
  ci_level: num4,
  p_regression: nullable(num4),
  p_regression_adj: nullable(num4),
  p_improvement: nullable(num4),
  p_improvement_adj: nullable(num4),
  verdict,
  blocks_needed: nullable(num4),
  spread: nullable(num4),
  flags: arr(str3(), 100),
  reason: str3(MAX_LONG),
  look: optional(nullable(int2)),
  alpha_spent: optional(num4),
  alpha_remaining: optional(num4),
  why: optional(jsonData())
});
var depthMemory2 = obj({
  name: str3(),
  depth: int2,
  n: int2,
  a_kib: nullable(num4),
  b_kib: nullable(num4),
  a_anon_kib: nullable(num4),
  b_anon_kib: nullable(num4),
  ratio: nullable(num4),
  ci: nullable(pair(num4)),
  ci_level: num4
});
var analysis = obj({
  verdict,
  margin: num4,
  alpha: num4,
  geomean_ratio: nullable(num4),
  workloads: arr(workloadAnalysis, 1e3),
  warnings: arr(str3(MAX_LONG), 1e3),
  depth_memory: optional(arr(depthMemory2, 1e3)),
  placement: optional(jsonData()),
  incomplete: optional(obj({ measured_blocks: int2, planned_blocks: int2, stop_reason: str3(MAX_LONG) }))
});
var decidedVerdict = oneOf("neutral", "regression", "improvement", "failed");
var two = (v, p) => v === 2 ? 2 : fail(p, `must be 2 (got ${short2(v)})`);
var design = obj({
  version: two,
  method: oneOf("hl", "t"),
  alpha: num4,
  margin: num4,
  horizon: intIn(1, MAX_BLOCKS),
  spending: oneOf("obf", "pocock", "reserve", "split"),
  looks: arr(obj({ blocks: intIn(1, MAX_BLOCKS), at: optional(str3(64)), alpha_spent: num4, decided: arr(obj({ name: str3(), verdict: decidedVerdict }), 1e3) }), 1e3)
});
var results2 = obj({
  schema: oneOf(...RESULTS_SCHEMAS),
  tool: obj({ name: str3(256), version: str3(256) }),
  startedAt: str3(64),
  finishedAt: nullable(str3(64)),
  plan,
  host: nullable(host),
  flavour: nullable(oneOf("mainline", "ik")),
  builds: arr(build, 10),
  schedule: obj({ seed: int2, blocks: arr(obj({ block: int2, order: arr(obj({ variant: variantId, workload: str3() }), 1e4) }), 1e5) }),
  launches: arr(launch2),
  analysis: nullable(analysis),
  stopReason: str3(MAX_LONG),
  notes: arr(str3(MAX_LONG), 1e3),
  depthLaunches: optional(arr(depthLaunch)),
  design: optional(design),
  experiment: optional(obj({
    id: str3(64),
    store: nullable(str3()),
    segments: arr(obj({ kind: oneOf("run", "resume", "more"), at: str3(64), fromBlocks: int2, toBlocks: int2 }), 1e4)
  }))
});
function validateResults(data, source) {
  try {
    const r = results2(migrateResults(data), "$");
    checkDepthLaunches(r);
    return r;
  } catch (e) {
    if (e instanceof Invalid) {
      throw new UserError(`${source} is not a valid llama-perf-gate results file: ${e.message}`, `expected schema ${RESULTS_SCHEMA}, as written by llama-perf-gate run`);
    }
    throw e;
  }
}
var MIN_CHECKED_SEC = 0.01;
function checkDepthLaunches(r) {
  const sweep = r.plan.depthSweep;
  (r.depthLaunches ?? []).forEach((l, i) => {
    const p = `$.depthLaunches[${i}]`;
    l.rows.forEach((row2, j) => {
      const tokens = { tg: row2.pl * row2.tg, pp: row2.tool === "batched-bench" ? row2.pl * row2.pp : row2.pp };
      for (const [k, speed2, sec] of [["tg", row2.speedTg, row2.tTgSec], ["pp", row2.speedPp, row2.tPpSec]]) {
        if (sec < MIN_CHECKED_SEC) continue;
        const expected = tokens[k] / sec;
        if (Math.abs(speed2 / expected - 1) > TS_TOLERANCE) {
          fail(`${p}.rows[${j}].speed${k === "tg" ? "Tg" : "Pp"}`, `is ${speed2} t/s, but ${tokens[k]} tokens in ${sec} s is ${expected.toPrecision(6)} t/s (more than ${100 * TS_TOLERANCE}% apart)`);
        }
      }
    });
    if (sweep && JSON.stringify(depthPoints(l.tool, sweep, l.rows, l.samples)) !== JSON.stringify(l.points)) {
      fail(`${p}.points`, "differ from the points its rows and memory samples give");
    }
  });
}
function readResultsFileSync(path3, maxBytes = MAX_RESULTS_BYTES) {
  let size;
  try {
    size = statSync7(path3).size;
  } catch (e) {
    throw new UserError(`cannot read results file ${path3}: ${e.code ?? e.message}`, "check the results / results-path input and that the artifact was downloaded");
  }
  if (size > maxBytes) throw new UserError(`${path3} is ${size} bytes; results files are limited to ${maxBytes} bytes`);
  let data;
  try {
    data = JSON.parse(readFileSync11(path3, "utf8"));
  } catch (e) {
    throw new UserError(`${path3} is not valid JSON: ${e.message}`);
  }
  return validateResults(data, path3);
}

export {
  replaceAtomically,
  writeFileAtomic,
  PRESETS,
  MAX_HORIZON,
  OPTIONS,
  optionsOf,
  optionSpec,
  flagExample,
  rangeText,
  inRange,
  DEFAULT_SPENDING,
  stopsAt,
  asGateOutcome,
  DEPTH_FAMILY,
  depthPointIds,
  SWEEP_BENCH,
  BATCHED_BENCH,
  launchValue,
  wordAnalysis,
  minimumDetectableEffect,
  describeSlowdown,
  reclaimWarning,
  withDepthMemory,
  buildReportModel,
  withProblems,
  COMMENT_MAX_CHARS,
  CHECK_MAX_CHARS,
  JOB_SUMMARY_MAX_CHARS,
  CHECK_TITLE_MAX_CHARS,
  ANNOTATIONS_PER_REQUEST,
  fitToLimit,
  renderMarkdown,
  renderHtml,
  renderCheckOutput,
  readGgufHeader,
  roundToF16,
  TENSOR_TYPES,
  encodeTensorData,
  presetEntry,
  parseModels,
  modelOf,
  checkOutDir,
  checkStorePath,
  reservedName,
  childEnv,
  parseNumaPolicy,
  perModel,
  labelWorkloads,
  parseWorkloads,
  designState,
  designOf,
  countedBlocksOf,
  RESULTS_SCHEMA,
  readFingerprint,
  finishFingerprint,
  findExecutable,
  numaPlacement,
  checkPlacements,
  FORMAT_HINT,
  malformed,
  lineAt,
  numberedLines,
  SweepRowReader,
  supportedFlags,
  detectFlavourFromHelp,
  scratchDir2 as scratchDir,
  launch,
  tail,
  sharedDepthTool,
  depthToolArgs,
  depthRunArgs,
  probeDepthTool,
  depthPlacement,
  runDepthLaunch,
  flavourFromFields,
  typedValue,
  toBenchRecord,
  migratePlan,
  MAX_RESULTS_BYTES,
  readResultsFileSync,
  guestTools,
  guestShape,
  guestNodes,
  Guest,
  decideLook,
  decideAll,
  withTrustedAnalysis,
  describeOwner,
  waitLine,
  tryLock,
  acquireLock,
  withLock
};
