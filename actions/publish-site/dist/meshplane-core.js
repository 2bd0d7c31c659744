import { createRequire as __meshplaneCreateRequire } from 'node:module';
const require = __meshplaneCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
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

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE2 = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str8) {
      const matches = DATE2.exec(str8);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str8) {
        const matches = TIME.exec(str8);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str8) {
        const dateTime = str8.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str8) {
      return NOT_URI_FRAGMENT.test(str8) && URI.test(str8);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str8) {
      BYTE.lastIndex = 0;
      return BYTE.test(str8);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str8) {
      if (Z_ANCHOR.test(str8))
        return false;
      try {
        new RegExp(str8);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str8) {
      const len = str8.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str8.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str8.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// packages/core/dist/model/pointer.js
function parsePointer(pointer) {
  if (pointer === "")
    return [];
  return pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function formatPointer(segments) {
  let out = "";
  for (const s of segments) {
    const text6 = String(s);
    out += "/" + (text6.includes("~") || text6.includes("/") ? text6.replace(/~/g, "~0").replace(/\//g, "~1") : text6);
  }
  return out;
}
function describePointer(pointer) {
  const out = parsePointer(pointer).map((s) => /^\d+$/.test(s) ? `[${s}]` : `.${s}`).join("").replace(/^\./, "");
  return out === "" ? "the document" : out;
}
function getAtPointer(value, pointer) {
  let cur = value;
  for (const seg of parsePointer(pointer)) {
    if (cur === null || typeof cur !== "object")
      return void 0;
    cur = cur[seg];
  }
  return cur;
}

// packages/core/dist/model/same-data.js
function isSameData(a, b) {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

// packages/core/dist/model/finding-at.js
function findingAt(doc, pointer, text6, part = "value") {
  const pos = doc.locate(pointer, part);
  return {
    ruleId: text6.ruleId,
    severity: text6.severity ?? "error",
    message: text6.message,
    ...text6.hint ? { hint: text6.hint } : {},
    file: doc.file,
    line: pos.line,
    column: pos.column,
    pointer,
    ...text6.productId ? { productId: text6.productId } : {},
    ...text6.cause ? { cause: text6.cause } : {}
  };
}

// packages/core/dist/catalog/catalog-index.js
var rec = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list = (v) => Array.isArray(v) ? v : [];
var str = (v) => typeof v === "string" ? v : void 0;
function readProductNode(doc, valid) {
  const data = rec(doc.value);
  const meta = rec(data.metadata);
  const spec = rec(data.spec);
  const id = str(meta.id);
  if (id === void 0)
    return void 0;
  const inputs = list(spec.inputPorts).map((p, index) => {
    const port = rec(p);
    const src = rec(port.source);
    return { name: str(port.name) ?? `#${index + 1}`, index, product: str(src.product), port: str(src.port), system: str(src.system) };
  });
  const outputs = list(spec.outputPorts).map((p, index) => ({ name: str(rec(p).name) ?? `#${index + 1}`, index }));
  const consumers = list(rec(spec.access).consumers).flatMap((c, index) => {
    const x = rec(c);
    const team = str(x.team);
    if (!team)
      return [];
    const ports = list(x.ports).filter((s) => typeof s === "string");
    return [{ team, index, purpose: str(x.purpose), until: str(x.until), ...ports.length ? { ports } : {} }];
  });
  return {
    id,
    file: doc.file,
    doc,
    valid,
    name: str(meta.name),
    domain: str(meta.domain),
    owner: str(meta.owner),
    archetype: str(meta.archetype),
    lifecycle: str(meta.lifecycle),
    version: str(meta.version),
    successor: str(meta.successor),
    inputs,
    outputs,
    consumers,
    data
  };
}
function readOwnerTeam(index, product) {
  return index.teams.find((t) => t.name === product.owner)?.data;
}
function readWaivedProduct(waiver) {
  return str(rec(waiver.data.spec).product);
}
function readNamedEntry(doc, valid, kind) {
  const data = rec(doc.value);
  const name = kind === "Config" ? "config" : str(rec(data.metadata).name);
  return name === void 0 ? void 0 : { name, file: doc.file, doc, valid, data };
}

// packages/core/dist/model/generated/validators.js
var validators_exports = {};
__export(validators_exports, {
  Config: () => Config,
  DataProduct: () => DataProduct,
  DataSharingAgreement: () => DataSharingAgreement,
  Domain: () => Domain,
  Team: () => Team,
  Waiver: () => Waiver
});
var ajvFormatsModule = __toESM(require_formats(), 1);
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var ajvFormats = ajvFormatsModule.fullFormats ? ajvFormatsModule : ajvFormatsModule.default;
var runtime0 = typeof import_ucs2length.default === "function" ? { default: import_ucs2length.default } : import_ucs2length.default;
var runtime1 = typeof import_equal.default === "function" ? { default: import_equal.default } : import_equal.default;
var Config = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://meshplane.dev/schemas/v1/config.schema.json", "title": "Config", "description": "The catalog repository's Meshplane configuration, at `.github/meshplane.yml`. Every key is optional; defaults are shown. Secrets never go here: a connection is named by the environment variable that holds it.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion" }, "kind": { "description": "The file kind.", "const": "Config" }, "catalog": { "title": "CatalogConfig", "type": "object", "additionalProperties": false, "properties": { "root": { "description": "The folder holding the mesh. Default `catalog`.", "type": "string", "pattern": "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "default": "catalog" }, "addressPrefix": { "description": "The prefix of every product's global address: `dp://` by default, or an https URL such as `https://mesh.daff.example/`.", "type": "string", "pattern": "^(dp://|https://[a-z0-9.-]+(:[0-9]+)?/([A-Za-z0-9._~-]+/)*)$", "default": "dp://" } } }, "platform": { "title": "PlatformConfig", "description": "Where merged products are provisioned.", "type": "object", "additionalProperties": false, "properties": { "driver": { "description": "The platform driver.", "enum": ["duckdb", "postgres", "trino"], "default": "duckdb" }, "duckdbPath": { "description": "The DuckDB database file, relative to the repository root.", "type": "string", "pattern": "^[A-Za-z0-9._/-]+$", "default": ".meshplane/mesh.duckdb" }, "connectionEnv": { "description": "For postgres: the name of the environment variable that holds the connection string.", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]*$", "default": "MESHPLANE_DATABASE_URL" }, "trino": { "title": "TrinoConfig", "description": "For trino: the names of the environment variables that hold where and as whom to connect (never the values themselves), and the catalog role to act in.", "type": "object", "additionalProperties": false, "properties": { "serverEnv": { "description": "The variable holding the server URL (`https://trino.example.com:8443`; `http://` only on a trusted network).", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]*$", "default": "MESHPLANE_TRINO_URL" }, "catalogEnv": { "description": "The variable holding the catalog: a Hive catalog with `hive.security=sql-standard`, so roles and grants are enforced.", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]*$", "default": "MESHPLANE_TRINO_CATALOG" }, "userEnv": { "description": "The variable holding the user Meshplane connects as.", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]*$", "default": "MESHPLANE_TRINO_USER" }, "passwordEnv": { "description": "The variable holding the user's password (HTTP basic authentication, over https). Unset: no password is sent.", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]*$", "default": "MESHPLANE_TRINO_PASSWORD" }, "jwtEnv": { "description": "The variable holding a JSON Web Token, sent as a bearer token (JWT authentication). Unset: none is sent.", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]*$", "default": "MESHPLANE_TRINO_JWT" }, "caFileEnv": { "description": "The variable holding the path of a PEM file of the certificate authorities to trust for https (a private CA). Unset: the system's.", "type": "string", "pattern": "^[A-Z_][A-Z0-9_]*$", "default": "MESHPLANE_TRINO_CA_FILE" }, "lockLeaseSeconds": { "description": "How long the apply lock lives without being renewed: an apply killed half way blocks the next one for at most this long (Trino has no session locks).", "type": "integer", "minimum": 5, "maximum": 3600, "default": 30 }, "role": { "description": "The catalog role Meshplane acts in (sent as `X-Trino-Role: <catalog>=ROLE{<role>}`): creating roles and granting need the Hive catalog's `admin` role.", "type": "string", "pattern": "^[a-z_][a-z0-9_]*$", "default": "admin" } } } } }, "severity": { "description": "Per-rule severity overrides: a rule id mapped to error, warning, notice or off. Governance rules marked deny cannot be lowered here.", "type": "object", "propertyNames": { "type": "string", "pattern": "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$" }, "additionalProperties": { "enum": ["error", "warning", "notice", "off"] } }, "review": { "title": "ReviewConfig", "description": "Who reviews what.", "type": "object", "additionalProperties": false, "properties": { "governanceTeam": { "$ref": "common.schema.json#/$defs/githubHandle", "description": "The federated governance group's GitHub team; reviews policy changes." }, "noticeDays": { "description": "How many days ahead a deprecated port's sunset must be when a breaking change replaces it.", "type": "integer", "minimum": 0, "maximum": 3650, "default": 30 }, "requireConsumerAck": { "description": "Breaking changes need an approval from each affected consumer team.", "type": "boolean", "default": true }, "blockOn": { "description": "Which error findings fail a pull request. `introduced`: only those the pull request brings (absent on its base). `touched` (default): those, and errors the base already had in a product or file the pull request changes. `all`: every error, wherever it is.", "enum": ["introduced", "touched", "all"], "default": "touched" }, "agreements": { "title": "AgreementReviewConfig", "description": "How data sharing agreements are brought back to their teams before they end.", "type": "object", "additionalProperties": false, "properties": { "renewalDays": { "description": "How many days before an agreement's end the scheduled job opens its renewal issue for the provider and consumer teams (`mesh access sync-issues`, the expiry monitor). 0 opens it on the end day.", "type": "integer", "minimum": 0, "maximum": 366, "default": 14 } } }, "errorBudget": { "title": "ErrorBudgetGateConfig", "description": "The error-budget merge gate: a pull request that changes a product whose SLO error budget is exhausted fails, unless it is a reliability fix.", "type": "object", "additionalProperties": false, "properties": { "gate": { "description": "`block` (default): an exhausted budget fails the pull request. `warn`: it warns. `off`: the gate does not run.", "enum": ["block", "warn", "off"], "default": "block" }, "reliabilityLabel": { "description": "The pull request label that declares a reliability fix, which the gate lets through.", "type": "string", "minLength": 1, "maxLength": 50, "default": "reliability-fix" }, "domains": { "description": "Per domain, a gate other than the default (`block`, `warn` or `off`).", "type": "object", "propertyNames": { "$ref": "common.schema.json#/$defs/slug" }, "additionalProperties": { "enum": ["block", "warn", "off"] } } } } } }, "scorecard": { "title": "ScorecardConfig", "description": "How products are scored against the usability attributes and maturity factors (`mesh scorecard`): a weight per attribute and the levels by score.", "type": "object", "additionalProperties": false, "properties": { "weights": { "description": "Weight of each attribute in the score (default 1 each; 0 leaves it out).", "type": "object", "propertyNames": { "enum": ["discoverable", "addressable", "understandable", "trustworthy", "natively-accessible", "interoperable", "valuable", "secure", "maturity"] }, "additionalProperties": { "type": "number", "minimum": 0, "maximum": 100 } }, "levels": { "description": "Levels from the lowest up, each reached at a score (0–100). Default bronze 40, silver 65, gold 85.", "type": "array", "minItems": 1, "maxItems": 10, "items": { "type": "object", "additionalProperties": false, "required": ["name", "min"], "properties": { "name": { "type": "string", "minLength": 1, "maxLength": 40 }, "min": { "type": "number", "minimum": 0, "maximum": 100 } } } } } }, "labels": { "title": "LabelConfig", "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Label pull requests (`domain:<d>`, `breaking-change`, …).", "type": "boolean", "default": true } } } } };
var schema33 = { "description": "The version of the Meshplane file format. Always `meshplane/v1` for this schema.", "const": "meshplane/v1" };
var schema34 = { "description": "A GitHub user or team handle, such as `@daff/maria` or `@maria`.", "type": "string", "pattern": "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" };
var schema35 = { "description": "A lowercase name: letters, digits and single hyphens, starting with a letter (at most 63 characters).", "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "maxLength": 63 };
var pattern4 = new RegExp("^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", "u");
var pattern5 = new RegExp("^(dp://|https://[a-z0-9.-]+(:[0-9]+)?/([A-Za-z0-9._~-]+/)*)$", "u");
var pattern6 = new RegExp("^[A-Za-z0-9._/-]+$", "u");
var pattern7 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u");
var pattern14 = new RegExp("^[a-z_][a-z0-9_]*$", "u");
var pattern15 = new RegExp("^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$", "u");
var pattern16 = new RegExp("^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", "u");
var pattern17 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
var func1 = runtime0.default;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "catalog" || key0 === "platform" || key0 === "severity" || key0 === "review" || key0 === "scorecard" || key0 === "labels")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("meshplane/v1" !== data0) {
        const err3 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "meshplane/v1" }, message: "must be equal to constant", schema: "meshplane/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Config" !== data1) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Config" }, message: "must be equal to constant", schema: "Config", parentSchema: schema31.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.catalog !== void 0) {
      let data2 = data.catalog;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key1 in data2) {
          if (!(key1 === "root" || key1 === "addressPrefix")) {
            const err5 = { instancePath: instancePath + "/catalog", schemaPath: "#/properties/catalog/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.catalog, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.root !== void 0) {
          let data3 = data2.root;
          if (typeof data3 === "string") {
            if (!pattern4.test(data3)) {
              const err6 = { instancePath: instancePath + "/catalog/root", schemaPath: "#/properties/catalog/properties/root/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$" }, message: 'must match pattern "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$"', schema: "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$", parentSchema: schema31.properties.catalog.properties.root, data: data3 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/catalog/root", schemaPath: "#/properties/catalog/properties/root/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.catalog.properties.root.type, parentSchema: schema31.properties.catalog.properties.root, data: data3 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.addressPrefix !== void 0) {
          let data4 = data2.addressPrefix;
          if (typeof data4 === "string") {
            if (!pattern5.test(data4)) {
              const err8 = { instancePath: instancePath + "/catalog/addressPrefix", schemaPath: "#/properties/catalog/properties/addressPrefix/pattern", keyword: "pattern", params: { pattern: "^(dp://|https://[a-z0-9.-]+(:[0-9]+)?/([A-Za-z0-9._~-]+/)*)$" }, message: 'must match pattern "^(dp://|https://[a-z0-9.-]+(:[0-9]+)?/([A-Za-z0-9._~-]+/)*)$"', schema: "^(dp://|https://[a-z0-9.-]+(:[0-9]+)?/([A-Za-z0-9._~-]+/)*)$", parentSchema: schema31.properties.catalog.properties.addressPrefix, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/catalog/addressPrefix", schemaPath: "#/properties/catalog/properties/addressPrefix/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.catalog.properties.addressPrefix.type, parentSchema: schema31.properties.catalog.properties.addressPrefix, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/catalog", schemaPath: "#/properties/catalog/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.catalog.type, parentSchema: schema31.properties.catalog, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.platform !== void 0) {
      let data5 = data.platform;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key2 in data5) {
          if (!(key2 === "driver" || key2 === "duckdbPath" || key2 === "connectionEnv" || key2 === "trino")) {
            const err11 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.platform, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.driver !== void 0) {
          let data6 = data5.driver;
          if (!(data6 === "duckdb" || data6 === "postgres" || data6 === "trino")) {
            const err12 = { instancePath: instancePath + "/platform/driver", schemaPath: "#/properties/platform/properties/driver/enum", keyword: "enum", params: { allowedValues: schema31.properties.platform.properties.driver.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.platform.properties.driver.enum, parentSchema: schema31.properties.platform.properties.driver, data: data6 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data5.duckdbPath !== void 0) {
          let data7 = data5.duckdbPath;
          if (typeof data7 === "string") {
            if (!pattern6.test(data7)) {
              const err13 = { instancePath: instancePath + "/platform/duckdbPath", schemaPath: "#/properties/platform/properties/duckdbPath/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._/-]+$" }, message: 'must match pattern "^[A-Za-z0-9._/-]+$"', schema: "^[A-Za-z0-9._/-]+$", parentSchema: schema31.properties.platform.properties.duckdbPath, data: data7 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/platform/duckdbPath", schemaPath: "#/properties/platform/properties/duckdbPath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.platform.properties.duckdbPath.type, parentSchema: schema31.properties.platform.properties.duckdbPath, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.connectionEnv !== void 0) {
          let data8 = data5.connectionEnv;
          if (typeof data8 === "string") {
            if (!pattern7.test(data8)) {
              const err15 = { instancePath: instancePath + "/platform/connectionEnv", schemaPath: "#/properties/platform/properties/connectionEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.platform.properties.connectionEnv, data: data8 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          } else {
            const err16 = { instancePath: instancePath + "/platform/connectionEnv", schemaPath: "#/properties/platform/properties/connectionEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.platform.properties.connectionEnv.type, parentSchema: schema31.properties.platform.properties.connectionEnv, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.trino !== void 0) {
          let data9 = data5.trino;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key3 in data9) {
              if (!(key3 === "serverEnv" || key3 === "catalogEnv" || key3 === "userEnv" || key3 === "passwordEnv" || key3 === "jwtEnv" || key3 === "caFileEnv" || key3 === "lockLeaseSeconds" || key3 === "role")) {
                const err17 = { instancePath: instancePath + "/platform/trino", schemaPath: "#/properties/platform/properties/trino/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.platform.properties.trino, data: data9 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
            if (data9.serverEnv !== void 0) {
              let data10 = data9.serverEnv;
              if (typeof data10 === "string") {
                if (!pattern7.test(data10)) {
                  const err18 = { instancePath: instancePath + "/platform/trino/serverEnv", schemaPath: "#/properties/platform/properties/trino/properties/serverEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.platform.properties.trino.properties.serverEnv, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
              } else {
                const err19 = { instancePath: instancePath + "/platform/trino/serverEnv", schemaPath: "#/properties/platform/properties/trino/properties/serverEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.platform.properties.trino.properties.serverEnv.type, parentSchema: schema31.properties.platform.properties.trino.properties.serverEnv, data: data10 };
                if (vErrors === null) {
                  vErrors = [err19];
                } else {
                  vErrors.push(err19);
                }
                errors++;
              }
            }
            if (data9.catalogEnv !== void 0) {
              let data11 = data9.catalogEnv;
              if (typeof data11 === "string") {
                if (!pattern7.test(data11)) {
                  const err20 = { instancePath: instancePath + "/platform/trino/catalogEnv", schemaPath: "#/properties/platform/properties/trino/properties/catalogEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.platform.properties.trino.properties.catalogEnv, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/platform/trino/catalogEnv", schemaPath: "#/properties/platform/properties/trino/properties/catalogEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.platform.properties.trino.properties.catalogEnv.type, parentSchema: schema31.properties.platform.properties.trino.properties.catalogEnv, data: data11 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data9.userEnv !== void 0) {
              let data12 = data9.userEnv;
              if (typeof data12 === "string") {
                if (!pattern7.test(data12)) {
                  const err22 = { instancePath: instancePath + "/platform/trino/userEnv", schemaPath: "#/properties/platform/properties/trino/properties/userEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.platform.properties.trino.properties.userEnv, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              } else {
                const err23 = { instancePath: instancePath + "/platform/trino/userEnv", schemaPath: "#/properties/platform/properties/trino/properties/userEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.platform.properties.trino.properties.userEnv.type, parentSchema: schema31.properties.platform.properties.trino.properties.userEnv, data: data12 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data9.passwordEnv !== void 0) {
              let data13 = data9.passwordEnv;
              if (typeof data13 === "string") {
                if (!pattern7.test(data13)) {
                  const err24 = { instancePath: instancePath + "/platform/trino/passwordEnv", schemaPath: "#/properties/platform/properties/trino/properties/passwordEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.platform.properties.trino.properties.passwordEnv, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/platform/trino/passwordEnv", schemaPath: "#/properties/platform/properties/trino/properties/passwordEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.platform.properties.trino.properties.passwordEnv.type, parentSchema: schema31.properties.platform.properties.trino.properties.passwordEnv, data: data13 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data9.jwtEnv !== void 0) {
              let data14 = data9.jwtEnv;
              if (typeof data14 === "string") {
                if (!pattern7.test(data14)) {
                  const err26 = { instancePath: instancePath + "/platform/trino/jwtEnv", schemaPath: "#/properties/platform/properties/trino/properties/jwtEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.platform.properties.trino.properties.jwtEnv, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/platform/trino/jwtEnv", schemaPath: "#/properties/platform/properties/trino/properties/jwtEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.platform.properties.trino.properties.jwtEnv.type, parentSchema: schema31.properties.platform.properties.trino.properties.jwtEnv, data: data14 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data9.caFileEnv !== void 0) {
              let data15 = data9.caFileEnv;
              if (typeof data15 === "string") {
                if (!pattern7.test(data15)) {
                  const err28 = { instancePath: instancePath + "/platform/trino/caFileEnv", schemaPath: "#/properties/platform/properties/trino/properties/caFileEnv/pattern", keyword: "pattern", params: { pattern: "^[A-Z_][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z_][A-Z0-9_]*$"', schema: "^[A-Z_][A-Z0-9_]*$", parentSchema: schema31.properties.platform.properties.trino.properties.caFileEnv, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
              } else {
                const err29 = { instancePath: instancePath + "/platform/trino/caFileEnv", schemaPath: "#/properties/platform/properties/trino/properties/caFileEnv/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.platform.properties.trino.properties.caFileEnv.type, parentSchema: schema31.properties.platform.properties.trino.properties.caFileEnv, data: data15 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data9.lockLeaseSeconds !== void 0) {
              let data16 = data9.lockLeaseSeconds;
              if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                const err30 = { instancePath: instancePath + "/platform/trino/lockLeaseSeconds", schemaPath: "#/properties/platform/properties/trino/properties/lockLeaseSeconds/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.platform.properties.trino.properties.lockLeaseSeconds.type, parentSchema: schema31.properties.platform.properties.trino.properties.lockLeaseSeconds, data: data16 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              if (typeof data16 == "number" && isFinite(data16)) {
                if (data16 > 3600 || isNaN(data16)) {
                  const err31 = { instancePath: instancePath + "/platform/trino/lockLeaseSeconds", schemaPath: "#/properties/platform/properties/trino/properties/lockLeaseSeconds/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3600 }, message: "must be <= 3600", schema: 3600, parentSchema: schema31.properties.platform.properties.trino.properties.lockLeaseSeconds, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data16 < 5 || isNaN(data16)) {
                  const err32 = { instancePath: instancePath + "/platform/trino/lockLeaseSeconds", schemaPath: "#/properties/platform/properties/trino/properties/lockLeaseSeconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5", schema: 5, parentSchema: schema31.properties.platform.properties.trino.properties.lockLeaseSeconds, data: data16 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
            }
            if (data9.role !== void 0) {
              let data17 = data9.role;
              if (typeof data17 === "string") {
                if (!pattern14.test(data17)) {
                  const err33 = { instancePath: instancePath + "/platform/trino/role", schemaPath: "#/properties/platform/properties/trino/properties/role/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]*$" }, message: 'must match pattern "^[a-z_][a-z0-9_]*$"', schema: "^[a-z_][a-z0-9_]*$", parentSchema: schema31.properties.platform.properties.trino.properties.role, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              } else {
                const err34 = { instancePath: instancePath + "/platform/trino/role", schemaPath: "#/properties/platform/properties/trino/properties/role/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.platform.properties.trino.properties.role.type, parentSchema: schema31.properties.platform.properties.trino.properties.role, data: data17 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/platform/trino", schemaPath: "#/properties/platform/properties/trino/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.platform.properties.trino.type, parentSchema: schema31.properties.platform.properties.trino, data: data9 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/platform", schemaPath: "#/properties/platform/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.platform.type, parentSchema: schema31.properties.platform, data: data5 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data18 = data.severity;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key4 in data18) {
          const _errs41 = errors;
          if (typeof key4 === "string") {
            if (!pattern15.test(key4)) {
              const err37 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$" }, message: 'must match pattern "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$"', schema: "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$", parentSchema: schema31.properties.severity.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.severity.propertyNames.type, parentSchema: schema31.properties.severity.propertyNames, data: key4, propertyName: key4 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          var valid5 = _errs41 === errors;
          if (!valid5) {
            const err39 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema31.properties.severity.propertyNames, parentSchema: schema31.properties.severity, data: data18 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        for (const key5 in data18) {
          let data19 = data18[key5];
          if (!(data19 === "error" || data19 === "warning" || data19 === "notice" || data19 === "off")) {
            const err40 = { instancePath: instancePath + "/severity/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/severity/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.severity.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.severity.additionalProperties.enum, parentSchema: schema31.properties.severity.additionalProperties, data: data19 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.severity.type, parentSchema: schema31.properties.severity, data: data18 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.review !== void 0) {
      let data20 = data.review;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key6 in data20) {
          if (!(key6 === "governanceTeam" || key6 === "noticeDays" || key6 === "requireConsumerAck" || key6 === "blockOn" || key6 === "agreements" || key6 === "errorBudget")) {
            const err42 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.review, data: data20 };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
        }
        if (data20.governanceTeam !== void 0) {
          let data21 = data20.governanceTeam;
          if (typeof data21 === "string") {
            if (!pattern16.test(data21)) {
              const err43 = { instancePath: instancePath + "/review/governanceTeam", schemaPath: "common.schema.json#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", parentSchema: schema34, data: data21 };
              if (vErrors === null) {
                vErrors = [err43];
              } else {
                vErrors.push(err43);
              }
              errors++;
            }
          } else {
            const err44 = { instancePath: instancePath + "/review/governanceTeam", schemaPath: "common.schema.json#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data21 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
        if (data20.noticeDays !== void 0) {
          let data22 = data20.noticeDays;
          if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
            const err45 = { instancePath: instancePath + "/review/noticeDays", schemaPath: "#/properties/review/properties/noticeDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.review.properties.noticeDays.type, parentSchema: schema31.properties.review.properties.noticeDays, data: data22 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (typeof data22 == "number" && isFinite(data22)) {
            if (data22 > 3650 || isNaN(data22)) {
              const err46 = { instancePath: instancePath + "/review/noticeDays", schemaPath: "#/properties/review/properties/noticeDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema31.properties.review.properties.noticeDays, data: data22 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
            if (data22 < 0 || isNaN(data22)) {
              const err47 = { instancePath: instancePath + "/review/noticeDays", schemaPath: "#/properties/review/properties/noticeDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.review.properties.noticeDays, data: data22 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
          }
        }
        if (data20.requireConsumerAck !== void 0) {
          let data23 = data20.requireConsumerAck;
          if (typeof data23 !== "boolean") {
            const err48 = { instancePath: instancePath + "/review/requireConsumerAck", schemaPath: "#/properties/review/properties/requireConsumerAck/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.review.properties.requireConsumerAck.type, parentSchema: schema31.properties.review.properties.requireConsumerAck, data: data23 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
        if (data20.blockOn !== void 0) {
          let data24 = data20.blockOn;
          if (!(data24 === "introduced" || data24 === "touched" || data24 === "all")) {
            const err49 = { instancePath: instancePath + "/review/blockOn", schemaPath: "#/properties/review/properties/blockOn/enum", keyword: "enum", params: { allowedValues: schema31.properties.review.properties.blockOn.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.review.properties.blockOn.enum, parentSchema: schema31.properties.review.properties.blockOn, data: data24 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data20.agreements !== void 0) {
          let data25 = data20.agreements;
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            for (const key7 in data25) {
              if (!(key7 === "renewalDays")) {
                const err50 = { instancePath: instancePath + "/review/agreements", schemaPath: "#/properties/review/properties/agreements/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.review.properties.agreements, data: data25 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data25.renewalDays !== void 0) {
              let data26 = data25.renewalDays;
              if (!(typeof data26 == "number" && (!(data26 % 1) && !isNaN(data26)) && isFinite(data26))) {
                const err51 = { instancePath: instancePath + "/review/agreements/renewalDays", schemaPath: "#/properties/review/properties/agreements/properties/renewalDays/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.properties.review.properties.agreements.properties.renewalDays.type, parentSchema: schema31.properties.review.properties.agreements.properties.renewalDays, data: data26 };
                if (vErrors === null) {
                  vErrors = [err51];
                } else {
                  vErrors.push(err51);
                }
                errors++;
              }
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 > 366 || isNaN(data26)) {
                  const err52 = { instancePath: instancePath + "/review/agreements/renewalDays", schemaPath: "#/properties/review/properties/agreements/properties/renewalDays/maximum", keyword: "maximum", params: { comparison: "<=", limit: 366 }, message: "must be <= 366", schema: 366, parentSchema: schema31.properties.review.properties.agreements.properties.renewalDays, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err52];
                  } else {
                    vErrors.push(err52);
                  }
                  errors++;
                }
                if (data26 < 0 || isNaN(data26)) {
                  const err53 = { instancePath: instancePath + "/review/agreements/renewalDays", schemaPath: "#/properties/review/properties/agreements/properties/renewalDays/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.review.properties.agreements.properties.renewalDays, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err54 = { instancePath: instancePath + "/review/agreements", schemaPath: "#/properties/review/properties/agreements/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.review.properties.agreements.type, parentSchema: schema31.properties.review.properties.agreements, data: data25 };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
        }
        if (data20.errorBudget !== void 0) {
          let data27 = data20.errorBudget;
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key8 in data27) {
              if (!(key8 === "gate" || key8 === "reliabilityLabel" || key8 === "domains")) {
                const err55 = { instancePath: instancePath + "/review/errorBudget", schemaPath: "#/properties/review/properties/errorBudget/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.review.properties.errorBudget, data: data27 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data27.gate !== void 0) {
              let data28 = data27.gate;
              if (!(data28 === "block" || data28 === "warn" || data28 === "off")) {
                const err56 = { instancePath: instancePath + "/review/errorBudget/gate", schemaPath: "#/properties/review/properties/errorBudget/properties/gate/enum", keyword: "enum", params: { allowedValues: schema31.properties.review.properties.errorBudget.properties.gate.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.review.properties.errorBudget.properties.gate.enum, parentSchema: schema31.properties.review.properties.errorBudget.properties.gate, data: data28 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data27.reliabilityLabel !== void 0) {
              let data29 = data27.reliabilityLabel;
              if (typeof data29 === "string") {
                if (func1(data29) > 50) {
                  const err57 = { instancePath: instancePath + "/review/errorBudget/reliabilityLabel", schemaPath: "#/properties/review/properties/errorBudget/properties/reliabilityLabel/maxLength", keyword: "maxLength", params: { limit: 50 }, message: "must NOT have more than 50 characters", schema: 50, parentSchema: schema31.properties.review.properties.errorBudget.properties.reliabilityLabel, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
                if (func1(data29) < 1) {
                  const err58 = { instancePath: instancePath + "/review/errorBudget/reliabilityLabel", schemaPath: "#/properties/review/properties/errorBudget/properties/reliabilityLabel/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.review.properties.errorBudget.properties.reliabilityLabel, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                }
              } else {
                const err59 = { instancePath: instancePath + "/review/errorBudget/reliabilityLabel", schemaPath: "#/properties/review/properties/errorBudget/properties/reliabilityLabel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.review.properties.errorBudget.properties.reliabilityLabel.type, parentSchema: schema31.properties.review.properties.errorBudget.properties.reliabilityLabel, data: data29 };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data27.domains !== void 0) {
              let data30 = data27.domains;
              if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                for (const key9 in data30) {
                  const _errs69 = errors;
                  if (typeof key9 === "string") {
                    if (func1(key9) > 63) {
                      const err60 = { instancePath: instancePath + "/review/errorBudget/domains", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: key9, propertyName: key9 };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                    if (!pattern17.test(key9)) {
                      const err61 = { instancePath: instancePath + "/review/errorBudget/domains", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: key9, propertyName: key9 };
                      if (vErrors === null) {
                        vErrors = [err61];
                      } else {
                        vErrors.push(err61);
                      }
                      errors++;
                    }
                  } else {
                    const err62 = { instancePath: instancePath + "/review/errorBudget/domains", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: key9, propertyName: key9 };
                    if (vErrors === null) {
                      vErrors = [err62];
                    } else {
                      vErrors.push(err62);
                    }
                    errors++;
                  }
                  var valid11 = _errs69 === errors;
                  if (!valid11) {
                    const err63 = { instancePath: instancePath + "/review/errorBudget/domains", schemaPath: "#/properties/review/properties/errorBudget/properties/domains/propertyNames", keyword: "propertyNames", params: { propertyName: key9 }, message: "property name must be valid", schema: schema31.properties.review.properties.errorBudget.properties.domains.propertyNames, parentSchema: schema31.properties.review.properties.errorBudget.properties.domains, data: data30 };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                for (const key10 in data30) {
                  let data31 = data30[key10];
                  if (!(data31 === "block" || data31 === "warn" || data31 === "off")) {
                    const err64 = { instancePath: instancePath + "/review/errorBudget/domains/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/review/properties/errorBudget/properties/domains/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema31.properties.review.properties.errorBudget.properties.domains.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.review.properties.errorBudget.properties.domains.additionalProperties.enum, parentSchema: schema31.properties.review.properties.errorBudget.properties.domains.additionalProperties, data: data31 };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                }
              } else {
                const err65 = { instancePath: instancePath + "/review/errorBudget/domains", schemaPath: "#/properties/review/properties/errorBudget/properties/domains/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.review.properties.errorBudget.properties.domains.type, parentSchema: schema31.properties.review.properties.errorBudget.properties.domains, data: data30 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
          } else {
            const err66 = { instancePath: instancePath + "/review/errorBudget", schemaPath: "#/properties/review/properties/errorBudget/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.review.properties.errorBudget.type, parentSchema: schema31.properties.review.properties.errorBudget, data: data27 };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = { instancePath: instancePath + "/review", schemaPath: "#/properties/review/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.review.type, parentSchema: schema31.properties.review, data: data20 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.scorecard !== void 0) {
      let data32 = data.scorecard;
      if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
        for (const key11 in data32) {
          if (!(key11 === "weights" || key11 === "levels")) {
            const err68 = { instancePath: instancePath + "/scorecard", schemaPath: "#/properties/scorecard/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.scorecard, data: data32 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data32.weights !== void 0) {
          let data33 = data32.weights;
          if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
            for (const key12 in data33) {
              const _errs79 = errors;
              if (!(key12 === "discoverable" || key12 === "addressable" || key12 === "understandable" || key12 === "trustworthy" || key12 === "natively-accessible" || key12 === "interoperable" || key12 === "valuable" || key12 === "secure" || key12 === "maturity")) {
                const err69 = { instancePath: instancePath + "/scorecard/weights", schemaPath: "#/properties/scorecard/properties/weights/propertyNames/enum", keyword: "enum", params: { allowedValues: schema31.properties.scorecard.properties.weights.propertyNames.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.scorecard.properties.weights.propertyNames.enum, parentSchema: schema31.properties.scorecard.properties.weights.propertyNames, data: key12, propertyName: key12 };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              var valid15 = _errs79 === errors;
              if (!valid15) {
                const err70 = { instancePath: instancePath + "/scorecard/weights", schemaPath: "#/properties/scorecard/properties/weights/propertyNames", keyword: "propertyNames", params: { propertyName: key12 }, message: "property name must be valid", schema: schema31.properties.scorecard.properties.weights.propertyNames, parentSchema: schema31.properties.scorecard.properties.weights, data: data33 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            }
            for (const key13 in data33) {
              let data34 = data33[key13];
              if (typeof data34 == "number" && isFinite(data34)) {
                if (data34 > 100 || isNaN(data34)) {
                  const err71 = { instancePath: instancePath + "/scorecard/weights/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scorecard/properties/weights/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.scorecard.properties.weights.additionalProperties, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                if (data34 < 0 || isNaN(data34)) {
                  const err72 = { instancePath: instancePath + "/scorecard/weights/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scorecard/properties/weights/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.scorecard.properties.weights.additionalProperties, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              } else {
                const err73 = { instancePath: instancePath + "/scorecard/weights/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/scorecard/properties/weights/additionalProperties/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.scorecard.properties.weights.additionalProperties.type, parentSchema: schema31.properties.scorecard.properties.weights.additionalProperties, data: data34 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
          } else {
            const err74 = { instancePath: instancePath + "/scorecard/weights", schemaPath: "#/properties/scorecard/properties/weights/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.scorecard.properties.weights.type, parentSchema: schema31.properties.scorecard.properties.weights, data: data33 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
        if (data32.levels !== void 0) {
          let data35 = data32.levels;
          if (Array.isArray(data35)) {
            if (data35.length > 10) {
              const err75 = { instancePath: instancePath + "/scorecard/levels", schemaPath: "#/properties/scorecard/properties/levels/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items", schema: 10, parentSchema: schema31.properties.scorecard.properties.levels, data: data35 };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
            if (data35.length < 1) {
              const err76 = { instancePath: instancePath + "/scorecard/levels", schemaPath: "#/properties/scorecard/properties/levels/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema31.properties.scorecard.properties.levels, data: data35 };
              if (vErrors === null) {
                vErrors = [err76];
              } else {
                vErrors.push(err76);
              }
              errors++;
            }
            const len0 = data35.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data36 = data35[i0];
              if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                if (data36.name === void 0) {
                  const err77 = { instancePath: instancePath + "/scorecard/levels/" + i0, schemaPath: "#/properties/scorecard/properties/levels/items/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema31.properties.scorecard.properties.levels.items.required, parentSchema: schema31.properties.scorecard.properties.levels.items, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data36.min === void 0) {
                  const err78 = { instancePath: instancePath + "/scorecard/levels/" + i0, schemaPath: "#/properties/scorecard/properties/levels/items/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema31.properties.scorecard.properties.levels.items.required, parentSchema: schema31.properties.scorecard.properties.levels.items, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
                for (const key14 in data36) {
                  if (!(key14 === "name" || key14 === "min")) {
                    const err79 = { instancePath: instancePath + "/scorecard/levels/" + i0, schemaPath: "#/properties/scorecard/properties/levels/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.scorecard.properties.levels.items, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err79];
                    } else {
                      vErrors.push(err79);
                    }
                    errors++;
                  }
                }
                if (data36.name !== void 0) {
                  let data37 = data36.name;
                  if (typeof data37 === "string") {
                    if (func1(data37) > 40) {
                      const err80 = { instancePath: instancePath + "/scorecard/levels/" + i0 + "/name", schemaPath: "#/properties/scorecard/properties/levels/items/properties/name/maxLength", keyword: "maxLength", params: { limit: 40 }, message: "must NOT have more than 40 characters", schema: 40, parentSchema: schema31.properties.scorecard.properties.levels.items.properties.name, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                    if (func1(data37) < 1) {
                      const err81 = { instancePath: instancePath + "/scorecard/levels/" + i0 + "/name", schemaPath: "#/properties/scorecard/properties/levels/items/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.properties.scorecard.properties.levels.items.properties.name, data: data37 };
                      if (vErrors === null) {
                        vErrors = [err81];
                      } else {
                        vErrors.push(err81);
                      }
                      errors++;
                    }
                  } else {
                    const err82 = { instancePath: instancePath + "/scorecard/levels/" + i0 + "/name", schemaPath: "#/properties/scorecard/properties/levels/items/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.scorecard.properties.levels.items.properties.name.type, parentSchema: schema31.properties.scorecard.properties.levels.items.properties.name, data: data37 };
                    if (vErrors === null) {
                      vErrors = [err82];
                    } else {
                      vErrors.push(err82);
                    }
                    errors++;
                  }
                }
                if (data36.min !== void 0) {
                  let data38 = data36.min;
                  if (typeof data38 == "number" && isFinite(data38)) {
                    if (data38 > 100 || isNaN(data38)) {
                      const err83 = { instancePath: instancePath + "/scorecard/levels/" + i0 + "/min", schemaPath: "#/properties/scorecard/properties/levels/items/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema31.properties.scorecard.properties.levels.items.properties.min, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err83];
                      } else {
                        vErrors.push(err83);
                      }
                      errors++;
                    }
                    if (data38 < 0 || isNaN(data38)) {
                      const err84 = { instancePath: instancePath + "/scorecard/levels/" + i0 + "/min", schemaPath: "#/properties/scorecard/properties/levels/items/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema31.properties.scorecard.properties.levels.items.properties.min, data: data38 };
                      if (vErrors === null) {
                        vErrors = [err84];
                      } else {
                        vErrors.push(err84);
                      }
                      errors++;
                    }
                  } else {
                    const err85 = { instancePath: instancePath + "/scorecard/levels/" + i0 + "/min", schemaPath: "#/properties/scorecard/properties/levels/items/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema31.properties.scorecard.properties.levels.items.properties.min.type, parentSchema: schema31.properties.scorecard.properties.levels.items.properties.min, data: data38 };
                    if (vErrors === null) {
                      vErrors = [err85];
                    } else {
                      vErrors.push(err85);
                    }
                    errors++;
                  }
                }
              } else {
                const err86 = { instancePath: instancePath + "/scorecard/levels/" + i0, schemaPath: "#/properties/scorecard/properties/levels/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.scorecard.properties.levels.items.type, parentSchema: schema31.properties.scorecard.properties.levels.items, data: data36 };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
          } else {
            const err87 = { instancePath: instancePath + "/scorecard/levels", schemaPath: "#/properties/scorecard/properties/levels/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.scorecard.properties.levels.type, parentSchema: schema31.properties.scorecard.properties.levels, data: data35 };
            if (vErrors === null) {
              vErrors = [err87];
            } else {
              vErrors.push(err87);
            }
            errors++;
          }
        }
      } else {
        const err88 = { instancePath: instancePath + "/scorecard", schemaPath: "#/properties/scorecard/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.scorecard.type, parentSchema: schema31.properties.scorecard, data: data32 };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data39 = data.labels;
      if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
        for (const key15 in data39) {
          if (!(key15 === "enabled")) {
            const err89 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.labels, data: data39 };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
        }
        if (data39.enabled !== void 0) {
          let data40 = data39.enabled;
          if (typeof data40 !== "boolean") {
            const err90 = { instancePath: instancePath + "/labels/enabled", schemaPath: "#/properties/labels/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.labels.properties.enabled.type, parentSchema: schema31.properties.labels.properties.enabled, data: data40 };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        }
      } else {
        const err91 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.labels.type, parentSchema: schema31.properties.labels, data: data39 };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
  } else {
    const err92 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err92];
    } else {
      vErrors.push(err92);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var DataProduct = validate22;
var schema36 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://meshplane.dev/schemas/v1/data-product.schema.json", "title": "DataProduct", "description": "One data product of the mesh: its identity, owners, input and output ports, schemas, SLOs, access and policies. One file per product at `catalog/<domain>/<name>/product.yaml`.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion" }, "kind": { "description": "The file kind.", "const": "DataProduct" }, "metadata": { "$ref": "#/$defs/metadata" }, "spec": { "$ref": "#/$defs/spec" } }, "$defs": { "metadata": { "title": "ProductMetadata", "description": "Who the product is and who answers for it.", "type": "object", "additionalProperties": false, "required": ["id", "name", "domain", "archetype", "owner", "productOwner", "version", "lifecycle"], "properties": { "id": { "$ref": "common.schema.json#/$defs/productId", "description": "The permanent global id, `<domain>.<name>`. It never changes: to rename, deprecate this product and create a successor." }, "name": { "$ref": "common.schema.json#/$defs/shortText", "description": "The display name people search for." }, "domain": { "$ref": "common.schema.json#/$defs/slug", "description": "The owning business domain; `catalog/<domain>/domain.yaml` must exist." }, "subdomain": { "$ref": "common.schema.json#/$defs/slug", "description": "An optional subdomain, such as `artist-payment` within `artist`." }, "archetype": { "description": "source-aligned: business facts from the domain's operational systems; aggregate: composes several upstream products; consumer-aligned: built for a specific use case.", "enum": ["source-aligned", "aggregate", "consumer-aligned"] }, "owner": { "$ref": "common.schema.json#/$defs/slug", "description": "The long-term owner team; `catalog/teams/<owner>.yaml` must exist." }, "productOwner": { "$ref": "common.schema.json#/$defs/githubHandle", "description": "The accountable data product owner (a person)." }, "version": { "description": "Semantic version of the product's contract. A breaking change to an output port needs a major bump.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$" }, "lifecycle": { "description": "Where the product is in its life: proposed, experimental, active, deprecated (no new consumers), dormant (serves old data only), retired.", "enum": ["proposed", "experimental", "active", "deprecated", "dormant", "retired"] }, "successor": { "$ref": "common.schema.json#/$defs/productId", "description": "The product consumers should move to when this one is deprecated." }, "sunset": { "$ref": "common.schema.json#/$defs/date", "description": "The date after which a deprecated product stops serving data." }, "tags": { "description": "Search tags.", "type": "array", "maxItems": 20, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/tag" } } } }, "spec": { "title": "ProductSpec", "description": "What the product serves and how it may be used.", "type": "object", "additionalProperties": false, "required": ["description", "inputPorts", "outputPorts", "access"], "properties": { "description": { "$ref": "common.schema.json#/$defs/text", "description": "What the data means (Markdown)." }, "purpose": { "$ref": "common.schema.json#/$defs/text", "description": "Why the product exists and who it serves." }, "limitations": { "$ref": "common.schema.json#/$defs/text", "description": "What the product does not contain or guarantee." }, "inputPorts": { "description": "Where the data comes from: operational systems or other products' output ports. Source-aligned products read systems; lineage across the mesh is derived from these.", "type": "array", "maxItems": 50, "items": { "$ref": "#/$defs/inputPort" } }, "outputPorts": { "description": "How the data is served. At least one.", "type": "array", "minItems": 1, "maxItems": 20, "items": { "$ref": "#/$defs/outputPort" } }, "access": { "$ref": "#/$defs/access" }, "policies": { "$ref": "#/$defs/policies" }, "transformation": { "$ref": "#/$defs/transformation" }, "docs": { "$ref": "#/$defs/docs" }, "support": { "$ref": "#/$defs/support" } } }, "inputPort": { "title": "InputPort", "description": "One dependency of the product.", "type": "object", "additionalProperties": false, "required": ["name", "source", "mode"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "The port's name, unique within the product." }, "description": { "$ref": "common.schema.json#/$defs/shortText" }, "source": { "$ref": "#/$defs/inputSource" }, "mode": { "description": "subscribe: react to each new processing time upstream; pull: read on a schedule.", "enum": ["subscribe", "pull"] }, "schedule": { "description": "For pull ports: a five-field cron expression in UTC, such as `0 0 * * *`.", "type": "string", "pattern": "^(\\S+\\s+){4}\\S+$", "maxLength": 100 }, "query": { "$ref": "common.schema.json#/$defs/text", "description": "An optional query run on the source (SQL)." } } }, "inputSource": { "title": "InputSource", "description": "Either another product's output port (`product` and `port`) or an operational system (`system` and `kind`).", "type": "object", "additionalProperties": false, "properties": { "product": { "$ref": "common.schema.json#/$defs/productId", "description": "The upstream product's id." }, "port": { "$ref": "common.schema.json#/$defs/slug", "description": "The upstream product's output port." }, "system": { "$ref": "common.schema.json#/$defs/slug", "description": "An operational system of the domain, or an external one." }, "kind": { "description": "How the system shares its data.", "enum": ["event-log", "cdc", "api", "files", "database", "external"] } }, "oneOf": [{ "required": ["product", "port"], "properties": { "system": false, "kind": false } }, { "required": ["system", "kind"], "properties": { "product": false, "port": false } }] }, "outputPort": { "title": "OutputPort", "description": "One way the product serves its data, with its contract: schema, both times, retention, SLOs and quality checks.", "type": "object", "additionalProperties": false, "required": ["name", "kind", "temporal", "schema", "slos"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "The port's name, unique within the product." }, "kind": { "description": "The access mode.", "enum": ["table", "files", "stream", "api"] }, "format": { "description": "For files and streams: the encoding.", "enum": ["parquet", "csv", "json", "avro", "delta", "iceberg"] }, "description": { "$ref": "common.schema.json#/$defs/text" }, "temporal": { "$ref": "#/$defs/temporal" }, "schema": { "description": "The columns of the port, in order.", "type": "array", "minItems": 1, "maxItems": 500, "items": { "$ref": "#/$defs/column" } }, "primaryKey": { "description": "Column names that identify a row.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/columnName" } }, "retention": { "description": "How long records are kept: an ISO 8601 duration such as `P3Y`, or `infinite`.", "anyOf": [{ "$ref": "common.schema.json#/$defs/isoDuration" }, { "const": "infinite" }] }, "slos": { "description": "The port's service level objectives. At least one.", "type": "array", "minItems": 1, "maxItems": 20, "items": { "$ref": "#/$defs/slo" } }, "deprecated": { "title": "PortDeprecation", "description": "Marks a port being replaced: consumers have until the sunset date to move. A port may be removed once its sunset has passed.", "type": "object", "additionalProperties": false, "required": ["sunset"], "properties": { "sunset": { "$ref": "common.schema.json#/$defs/date", "description": "The last day the port is served." }, "successor": { "$ref": "common.schema.json#/$defs/slug", "description": "The port consumers should move to." } } }, "quality": { "description": "Quality checks run on the port's data.", "type": "array", "maxItems": 50, "items": { "$ref": "#/$defs/qualityCheck" } } } }, "temporal": { "title": "Temporal", "description": "The book's two times: when the fact happened (actual time) and when the product processed it (processing time). Both are columns of the schema.", "type": "object", "additionalProperties": false, "required": ["actualTime", "processingTime"], "properties": { "actualTime": { "$ref": "#/$defs/columnName", "description": "The column holding the actual (event or state) time." }, "processingTime": { "$ref": "#/$defs/columnName", "description": "The column holding the processing time." }, "window": { "$ref": "common.schema.json#/$defs/isoDuration", "description": "For aggregates: the actual-time window each row covers, such as `P1D`." } } }, "columnName": { "description": "A column name: lowercase letters, digits and underscores, starting with a letter or underscore (at most 63 characters).", "type": "string", "pattern": "^[a-z_][a-z0-9_]{0,62}$" }, "column": { "title": "Column", "description": "One typed column of an output port.", "type": "object", "additionalProperties": false, "required": ["name", "type"], "properties": { "name": { "$ref": "#/$defs/columnName" }, "type": { "description": "The logical type; each platform maps it to its own.", "enum": ["string", "boolean", "integer", "bigint", "double", "decimal", "date", "timestamp", "uuid", "json", "bytes"] }, "precision": { "description": "For decimal: total digits.", "type": "integer", "minimum": 1, "maximum": 38 }, "scale": { "description": "For decimal: digits after the point.", "type": "integer", "minimum": 0, "maximum": 38 }, "required": { "description": "True when every row has a value (NOT NULL).", "type": "boolean" }, "description": { "$ref": "common.schema.json#/$defs/shortText" }, "identifier": { "$ref": "common.schema.json#/$defs/slug", "description": "The global identifier (polyseme) this column holds, such as `listener`, `artist` or `track`." }, "classification": { "description": "What the column carries: pii (personal data), sensitive-pii (special categories), or a classification level above the port's default.", "enum": ["pii", "sensitive-pii", "confidential", "internal", "public"] } } }, "slo": { "title": "Slo", "description": "A service level objective: a threshold on an indicator, an objective (share of good time slices) and a window.", "type": "object", "additionalProperties": false, "required": ["name", "type", "objective", "window"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug" }, "type": { "description": "freshness: age of the newest processing time; timeliness: skew between actual and processing time; intervalOfChange: gap between processing times; completeness: share of non-null required values; volume: rows per interval; quality: the port's quality checks pass; availability: the port answers a probe.", "enum": ["freshness", "timeliness", "intervalOfChange", "completeness", "volume", "quality", "availability"] }, "description": { "$ref": "common.schema.json#/$defs/shortText" }, "threshold": { "description": "The bound on the indicator: a duration (`PT6H`) for time types, a percentage (`99.5%`) for completeness.", "anyOf": [{ "$ref": "common.schema.json#/$defs/isoDuration" }, { "$ref": "common.schema.json#/$defs/percent" }] }, "percentile": { "description": "For timeliness: the percentile the threshold applies to.", "type": "number", "exclusiveMinimum": 0, "maximum": 100 }, "min": { "description": "For volume: the fewest rows per interval.", "type": "integer", "minimum": 0 }, "max": { "description": "For volume: the most rows per interval.", "type": "integer", "minimum": 0 }, "objective": { "$ref": "common.schema.json#/$defs/percent", "description": "The share of good time slices in the window, such as `99%`." }, "window": { "$ref": "common.schema.json#/$defs/window", "description": "The rolling window the objective is measured over, such as `28d`." } }, "allOf": [{ "if": { "properties": { "type": { "enum": ["freshness", "timeliness", "intervalOfChange"] } }, "required": ["type"] }, "then": { "required": ["threshold"], "properties": { "threshold": { "$ref": "common.schema.json#/$defs/isoDuration" } } } }, { "if": { "properties": { "type": { "const": "completeness" } }, "required": ["type"] }, "then": { "required": ["threshold"], "properties": { "threshold": { "$ref": "common.schema.json#/$defs/percent" } } } }, { "if": { "properties": { "type": { "const": "volume" } }, "required": ["type"] }, "then": { "anyOf": [{ "required": ["min"] }, { "required": ["max"] }] } }] }, "qualityCheck": { "title": "QualityCheck", "description": "A check on the port's data: unique or not_null columns, accepted values, a numeric range, or a SQL query whose single number must equal `mustBe` (write `{table}` for the port's table).", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["unique", "not_null", "accepted_values", "range", "sql"] }, "name": { "$ref": "common.schema.json#/$defs/slug" }, "column": { "$ref": "#/$defs/columnName" }, "columns": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/columnName" } }, "values": { "type": "array", "minItems": 1, "items": { "type": ["string", "number", "boolean"] } }, "min": { "type": "number" }, "max": { "type": "number" }, "query": { "$ref": "common.schema.json#/$defs/text" }, "mustBe": { "type": "number" } }, "allOf": [{ "if": { "properties": { "type": { "const": "unique" } }, "required": ["type"] }, "then": { "required": ["columns"] } }, { "if": { "properties": { "type": { "const": "not_null" } }, "required": ["type"] }, "then": { "required": ["column"] } }, { "if": { "properties": { "type": { "const": "accepted_values" } }, "required": ["type"] }, "then": { "required": ["column", "values"] } }, { "if": { "properties": { "type": { "const": "range" } }, "required": ["type"] }, "then": { "required": ["column"], "anyOf": [{ "required": ["min"] }, { "required": ["max"] }] } }, { "if": { "properties": { "type": { "const": "sql" } }, "required": ["type"] }, "then": { "required": ["name", "query", "mustBe"] } }] }, "access": { "title": "Access", "description": "Who may read the product. Owners of products whose input ports read it get access too.", "type": "object", "additionalProperties": false, "required": ["classification"], "properties": { "classification": { "$ref": "common.schema.json#/$defs/classification" }, "consumers": { "description": "Teams outside the mesh's lineage that may read the product, each with a purpose and an expiry.", "type": "array", "maxItems": 200, "items": { "$ref": "#/$defs/consumer" } } } }, "consumer": { "title": "Consumer", "description": "A team granted read access, why, and until when.", "type": "object", "additionalProperties": false, "required": ["team", "purpose"], "properties": { "team": { "$ref": "common.schema.json#/$defs/slug", "description": "A team of `catalog/teams/`." }, "purpose": { "$ref": "common.schema.json#/$defs/shortText" }, "ports": { "description": "The output ports granted (all when absent).", "type": "array", "minItems": 1, "items": { "$ref": "common.schema.json#/$defs/slug" } }, "until": { "$ref": "common.schema.json#/$defs/date", "description": "The day the grant ends." } } }, "policies": { "title": "ProductPolicies", "description": "The product's local policy configuration: regulations, where data may live, consent, and how erroneous records are handled.", "type": "object", "additionalProperties": false, "properties": { "regulations": { "description": "Regulations and agreements that apply.", "type": "array", "uniqueItems": true, "items": { "enum": ["GDPR", "CCPA", "HIPAA", "PCI-DSS", "SOX", "LGPD", "APP", "contract"] } }, "locality": { "description": "Regions where the data may be stored and processed, such as `eu` or `us`.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z]{2}(-[a-z0-9]+)?$" } }, "consent": { "$ref": "common.schema.json#/$defs/slug", "description": "The consent purpose the data owners agreed to." }, "encryption": { "description": "Encryption at rest required.", "enum": ["none", "at-rest", "column-level"] }, "obsoleteRecords": { "description": "What happens to erroneous records: retracted by newer rows, or deleted.", "enum": ["retract", "delete"] } } }, "transformation": { "title": "Transformation", "description": "Where the product's code lives. Transformation logic stays in code, never in the manifest.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "enum": ["sql", "program", "ml-model", "none"] }, "path": { "$ref": "common.schema.json#/$defs/relativePath" }, "tests": { "$ref": "common.schema.json#/$defs/relativePath" } } }, "docs": { "title": "Docs", "description": "Documentation beside the manifest.", "type": "object", "additionalProperties": false, "properties": { "readme": { "$ref": "common.schema.json#/$defs/relativePath" }, "examples": { "type": "array", "items": { "$ref": "common.schema.json#/$defs/relativePath" } }, "notebooks": { "type": "array", "items": { "$ref": "common.schema.json#/$defs/relativePath" } }, "semanticModel": { "$ref": "common.schema.json#/$defs/relativePath" } } }, "support": { "title": "Support", "description": "How consumers get help.", "type": "object", "additionalProperties": false, "properties": { "channel": { "$ref": "common.schema.json#/$defs/channel" }, "issues": { "description": "Where SLO breach issues go: the catalog repository's GitHub issues, or nowhere.", "enum": ["github", "none"] } } } } };
var schema38 = { "title": "ProductMetadata", "description": "Who the product is and who answers for it.", "type": "object", "additionalProperties": false, "required": ["id", "name", "domain", "archetype", "owner", "productOwner", "version", "lifecycle"], "properties": { "id": { "$ref": "common.schema.json#/$defs/productId", "description": "The permanent global id, `<domain>.<name>`. It never changes: to rename, deprecate this product and create a successor." }, "name": { "$ref": "common.schema.json#/$defs/shortText", "description": "The display name people search for." }, "domain": { "$ref": "common.schema.json#/$defs/slug", "description": "The owning business domain; `catalog/<domain>/domain.yaml` must exist." }, "subdomain": { "$ref": "common.schema.json#/$defs/slug", "description": "An optional subdomain, such as `artist-payment` within `artist`." }, "archetype": { "description": "source-aligned: business facts from the domain's operational systems; aggregate: composes several upstream products; consumer-aligned: built for a specific use case.", "enum": ["source-aligned", "aggregate", "consumer-aligned"] }, "owner": { "$ref": "common.schema.json#/$defs/slug", "description": "The long-term owner team; `catalog/teams/<owner>.yaml` must exist." }, "productOwner": { "$ref": "common.schema.json#/$defs/githubHandle", "description": "The accountable data product owner (a person)." }, "version": { "description": "Semantic version of the product's contract. A breaking change to an output port needs a major bump.", "type": "string", "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$" }, "lifecycle": { "description": "Where the product is in its life: proposed, experimental, active, deprecated (no new consumers), dormant (serves old data only), retired.", "enum": ["proposed", "experimental", "active", "deprecated", "dormant", "retired"] }, "successor": { "$ref": "common.schema.json#/$defs/productId", "description": "The product consumers should move to when this one is deprecated." }, "sunset": { "$ref": "common.schema.json#/$defs/date", "description": "The date after which a deprecated product stops serving data." }, "tags": { "description": "Search tags.", "type": "array", "maxItems": 20, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/tag" } } } };
var schema39 = { "description": "A data product's permanent global id, `<domain>.<name>`: the domain and the product's folder name.", "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", "maxLength": 127 };
var schema40 = { "description": "A short line of text.", "type": "string", "minLength": 1, "maxLength": 200 };
var schema46 = { "description": "A calendar date, `YYYY-MM-DD`.", "type": "string", "format": "date" };
var schema47 = { "description": "A search tag: lowercase letters, digits and hyphens.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,39}$" };
var func6 = Object.prototype.hasOwnProperty;
var func0 = runtime1.default;
var pattern18 = new RegExp("^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", "u");
var pattern23 = new RegExp("^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$", "u");
var pattern25 = new RegExp("^[a-z0-9][a-z0-9-]{0,39}$", "u");
var formats0 = ajvFormats.fullFormats.date;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.domain === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "domain" }, message: "must have required property 'domain'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.archetype === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "archetype" }, message: "must have required property 'archetype'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.owner === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.productOwner === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "productOwner" }, message: "must have required property 'productOwner'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.version === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.lifecycle === void 0) {
      const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "lifecycle" }, message: "must have required property 'lifecycle'", schema: schema38.required, parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema38.properties, key0)) {
        const err8 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func1(data0) > 127) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/productId/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: schema39, data: data0 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern18.test(data0)) {
          const err10 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/productId/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema39, data: data0 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/productId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data0 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data1 = data.name;
      if (typeof data1 === "string") {
        if (func1(data1) > 200) {
          const err12 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema40, data: data1 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err13 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data1 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.domain !== void 0) {
      let data2 = data.domain;
      if (typeof data2 === "string") {
        if (func1(data2) > 63) {
          const err15 = { instancePath: instancePath + "/domain", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data2 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (!pattern17.test(data2)) {
          const err16 = { instancePath: instancePath + "/domain", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data2 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      } else {
        const err17 = { instancePath: instancePath + "/domain", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data2 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.subdomain !== void 0) {
      let data3 = data.subdomain;
      if (typeof data3 === "string") {
        if (func1(data3) > 63) {
          const err18 = { instancePath: instancePath + "/subdomain", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern17.test(data3)) {
          const err19 = { instancePath: instancePath + "/subdomain", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/subdomain", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.archetype !== void 0) {
      let data4 = data.archetype;
      if (!(data4 === "source-aligned" || data4 === "aggregate" || data4 === "consumer-aligned")) {
        const err21 = { instancePath: instancePath + "/archetype", schemaPath: "#/properties/archetype/enum", keyword: "enum", params: { allowedValues: schema38.properties.archetype.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.archetype.enum, parentSchema: schema38.properties.archetype, data: data4 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data5 = data.owner;
      if (typeof data5 === "string") {
        if (func1(data5) > 63) {
          const err22 = { instancePath: instancePath + "/owner", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data5 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        if (!pattern17.test(data5)) {
          const err23 = { instancePath: instancePath + "/owner", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = { instancePath: instancePath + "/owner", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data5 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.productOwner !== void 0) {
      let data6 = data.productOwner;
      if (typeof data6 === "string") {
        if (!pattern16.test(data6)) {
          const err25 = { instancePath: instancePath + "/productOwner", schemaPath: "common.schema.json#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", parentSchema: schema34, data: data6 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/productOwner", schemaPath: "common.schema.json#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data7 = data.version;
      if (typeof data7 === "string") {
        if (!pattern23.test(data7)) {
          const err27 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/pattern", keyword: "pattern", params: { pattern: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$" }, message: 'must match pattern "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"', schema: "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$", parentSchema: schema38.properties.version, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.properties.version.type, parentSchema: schema38.properties.version, data: data7 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.lifecycle !== void 0) {
      let data8 = data.lifecycle;
      if (!(data8 === "proposed" || data8 === "experimental" || data8 === "active" || data8 === "deprecated" || data8 === "dormant" || data8 === "retired")) {
        const err29 = { instancePath: instancePath + "/lifecycle", schemaPath: "#/properties/lifecycle/enum", keyword: "enum", params: { allowedValues: schema38.properties.lifecycle.enum }, message: "must be equal to one of the allowed values", schema: schema38.properties.lifecycle.enum, parentSchema: schema38.properties.lifecycle, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.successor !== void 0) {
      let data9 = data.successor;
      if (typeof data9 === "string") {
        if (func1(data9) > 127) {
          const err30 = { instancePath: instancePath + "/successor", schemaPath: "common.schema.json#/$defs/productId/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: schema39, data: data9 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        if (!pattern18.test(data9)) {
          const err31 = { instancePath: instancePath + "/successor", schemaPath: "common.schema.json#/$defs/productId/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema39, data: data9 };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = { instancePath: instancePath + "/successor", schemaPath: "common.schema.json#/$defs/productId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data9 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.sunset !== void 0) {
      let data10 = data.sunset;
      if (typeof data10 === "string") {
        if (!formats0.validate(data10)) {
          const err33 = { instancePath: instancePath + "/sunset", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46, data: data10 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/sunset", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data10 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data11 = data.tags;
      if (Array.isArray(data11)) {
        if (data11.length > 20) {
          const err35 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema38.properties.tags, data: data11 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          if (typeof data12 === "string") {
            if (!pattern25.test(data12)) {
              const err36 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "common.schema.json#/$defs/tag/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]{0,39}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9-]{0,39}$"', schema: "^[a-z0-9][a-z0-9-]{0,39}$", parentSchema: schema47, data: data12 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          } else {
            const err37 = { instancePath: instancePath + "/tags/" + i0, schemaPath: "common.schema.json#/$defs/tag/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.type, parentSchema: schema47, data: data12 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        let i1 = data11.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data11[i1], data11[j0])) {
                const err38 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema38.properties.tags, data: data11 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/tags", schemaPath: "#/properties/tags/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema38.properties.tags.type, parentSchema: schema38.properties.tags, data: data11 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema48 = { "title": "ProductSpec", "description": "What the product serves and how it may be used.", "type": "object", "additionalProperties": false, "required": ["description", "inputPorts", "outputPorts", "access"], "properties": { "description": { "$ref": "common.schema.json#/$defs/text", "description": "What the data means (Markdown)." }, "purpose": { "$ref": "common.schema.json#/$defs/text", "description": "Why the product exists and who it serves." }, "limitations": { "$ref": "common.schema.json#/$defs/text", "description": "What the product does not contain or guarantee." }, "inputPorts": { "description": "Where the data comes from: operational systems or other products' output ports. Source-aligned products read systems; lineage across the mesh is derived from these.", "type": "array", "maxItems": 50, "items": { "$ref": "#/$defs/inputPort" } }, "outputPorts": { "description": "How the data is served. At least one.", "type": "array", "minItems": 1, "maxItems": 20, "items": { "$ref": "#/$defs/outputPort" } }, "access": { "$ref": "#/$defs/access" }, "policies": { "$ref": "#/$defs/policies" }, "transformation": { "$ref": "#/$defs/transformation" }, "docs": { "$ref": "#/$defs/docs" }, "support": { "$ref": "#/$defs/support" } } };
var schema49 = { "description": "Free text for people (Markdown allowed where noted).", "type": "string", "minLength": 1, "maxLength": 2e4 };
var schema52 = { "title": "InputPort", "description": "One dependency of the product.", "type": "object", "additionalProperties": false, "required": ["name", "source", "mode"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "The port's name, unique within the product." }, "description": { "$ref": "common.schema.json#/$defs/shortText" }, "source": { "$ref": "#/$defs/inputSource" }, "mode": { "description": "subscribe: react to each new processing time upstream; pull: read on a schedule.", "enum": ["subscribe", "pull"] }, "schedule": { "description": "For pull ports: a five-field cron expression in UTC, such as `0 0 * * *`.", "type": "string", "pattern": "^(\\S+\\s+){4}\\S+$", "maxLength": 100 }, "query": { "$ref": "common.schema.json#/$defs/text", "description": "An optional query run on the source (SQL)." } } };
var pattern30 = new RegExp("^(\\S+\\s+){4}\\S+$", "u");
var schema55 = { "title": "InputSource", "description": "Either another product's output port (`product` and `port`) or an operational system (`system` and `kind`).", "type": "object", "additionalProperties": false, "properties": { "product": { "$ref": "common.schema.json#/$defs/productId", "description": "The upstream product's id." }, "port": { "$ref": "common.schema.json#/$defs/slug", "description": "The upstream product's output port." }, "system": { "$ref": "common.schema.json#/$defs/slug", "description": "An operational system of the domain, or an external one." }, "kind": { "description": "How the system shares its data.", "enum": ["event-log", "cdc", "api", "files", "database", "external"] } }, "oneOf": [{ "required": ["product", "port"], "properties": { "system": false, "kind": false } }, { "required": ["system", "kind"], "properties": { "product": false, "port": false } }] };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  let valid0 = false;
  let passing0 = null;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.product === void 0) {
      const err0 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema55.oneOf[0].required, parentSchema: schema55.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.port === void 0) {
      const err1 = { instancePath, schemaPath: "#/oneOf/0/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema55.oneOf[0].required, parentSchema: schema55.oneOf[0], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.system !== void 0) {
      const err2 = { instancePath: instancePath + "/system", schemaPath: "#/oneOf/0/properties/system/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema55.oneOf[0].properties.system, data: data.system };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.kind !== void 0) {
      const err3 = { instancePath: instancePath + "/kind", schemaPath: "#/oneOf/0/properties/kind/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema55.oneOf[0].properties.kind, data: data.kind };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  if (_valid0) {
    valid0 = true;
    passing0 = 0;
    var props0 = {};
    props0.system = true;
    props0.kind = true;
  }
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.system === void 0) {
      const err4 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "system" }, message: "must have required property 'system'", schema: schema55.oneOf[1].required, parentSchema: schema55.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err5 = { instancePath, schemaPath: "#/oneOf/1/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema55.oneOf[1].required, parentSchema: schema55.oneOf[1], data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.product !== void 0) {
      const err6 = { instancePath: instancePath + "/product", schemaPath: "#/oneOf/1/properties/product/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema55.oneOf[1].properties.product, data: data.product };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.port !== void 0) {
      const err7 = { instancePath: instancePath + "/port", schemaPath: "#/oneOf/1/properties/port/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema55.oneOf[1].properties.port, data: data.port };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  if (_valid0 && valid0) {
    valid0 = false;
    passing0 = [passing0, 1];
  } else {
    if (_valid0) {
      valid0 = true;
      passing0 = 1;
      if (props0 !== true) {
        props0 = props0 || {};
        props0.product = true;
        props0.port = true;
      }
    }
  }
  if (!valid0) {
    const err8 = { instancePath, schemaPath: "#/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf", schema: schema55.oneOf, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "product" || key0 === "port" || key0 === "system" || key0 === "kind")) {
        const err9 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema55, data };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.product !== void 0) {
      let data4 = data.product;
      if (typeof data4 === "string") {
        if (func1(data4) > 127) {
          const err10 = { instancePath: instancePath + "/product", schemaPath: "common.schema.json#/$defs/productId/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: schema39, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (!pattern18.test(data4)) {
          const err11 = { instancePath: instancePath + "/product", schemaPath: "common.schema.json#/$defs/productId/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema39, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/product", schemaPath: "common.schema.json#/$defs/productId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.port !== void 0) {
      let data5 = data.port;
      if (typeof data5 === "string") {
        if (func1(data5) > 63) {
          const err13 = { instancePath: instancePath + "/port", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (!pattern17.test(data5)) {
          const err14 = { instancePath: instancePath + "/port", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/port", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.system !== void 0) {
      let data6 = data.system;
      if (typeof data6 === "string") {
        if (func1(data6) > 63) {
          const err16 = { instancePath: instancePath + "/system", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern17.test(data6)) {
          const err17 = { instancePath: instancePath + "/system", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/system", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data7 = data.kind;
      if (!(data7 === "event-log" || data7 === "cdc" || data7 === "api" || data7 === "files" || data7 === "database" || data7 === "external")) {
        const err19 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema55.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema55.properties.kind.enum, parentSchema: schema55.properties.kind, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema55.type, parentSchema: schema55, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.source === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "source" }, message: "must have required property 'source'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.mode === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "mode" }, message: "must have required property 'mode'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "description" || key0 === "source" || key0 === "mode" || key0 === "schedule" || key0 === "query")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 63) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern17.test(data0)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data1 = data.description;
      if (typeof data1 === "string") {
        if (func1(data1) > 200) {
          const err7 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema40, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err8 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      if (!validate27(data.source, { instancePath: instancePath + "/source", parentData: data, parentDataProperty: "source", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.mode !== void 0) {
      let data3 = data.mode;
      if (!(data3 === "subscribe" || data3 === "pull")) {
        const err10 = { instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema52.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema52.properties.mode.enum, parentSchema: schema52.properties.mode, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.schedule !== void 0) {
      let data4 = data.schedule;
      if (typeof data4 === "string") {
        if (func1(data4) > 100) {
          const err11 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", schema: 100, parentSchema: schema52.properties.schedule, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (!pattern30.test(data4)) {
          const err12 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/pattern", keyword: "pattern", params: { pattern: "^(\\S+\\s+){4}\\S+$" }, message: 'must match pattern "^(\\S+\\s+){4}\\S+$"', schema: "^(\\S+\\s+){4}\\S+$", parentSchema: schema52.properties.schedule, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.schedule.type, parentSchema: schema52.properties.schedule, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.query !== void 0) {
      let data5 = data.query;
      if (typeof data5 === "string") {
        if (func1(data5) > 2e4) {
          const err14 = { instancePath: instancePath + "/query", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err15 = { instancePath: instancePath + "/query", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/query", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema60 = { "title": "OutputPort", "description": "One way the product serves its data, with its contract: schema, both times, retention, SLOs and quality checks.", "type": "object", "additionalProperties": false, "required": ["name", "kind", "temporal", "schema", "slos"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "The port's name, unique within the product." }, "kind": { "description": "The access mode.", "enum": ["table", "files", "stream", "api"] }, "format": { "description": "For files and streams: the encoding.", "enum": ["parquet", "csv", "json", "avro", "delta", "iceberg"] }, "description": { "$ref": "common.schema.json#/$defs/text" }, "temporal": { "$ref": "#/$defs/temporal" }, "schema": { "description": "The columns of the port, in order.", "type": "array", "minItems": 1, "maxItems": 500, "items": { "$ref": "#/$defs/column" } }, "primaryKey": { "description": "Column names that identify a row.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "$ref": "#/$defs/columnName" } }, "retention": { "description": "How long records are kept: an ISO 8601 duration such as `P3Y`, or `infinite`.", "anyOf": [{ "$ref": "common.schema.json#/$defs/isoDuration" }, { "const": "infinite" }] }, "slos": { "description": "The port's service level objectives. At least one.", "type": "array", "minItems": 1, "maxItems": 20, "items": { "$ref": "#/$defs/slo" } }, "deprecated": { "title": "PortDeprecation", "description": "Marks a port being replaced: consumers have until the sunset date to move. A port may be removed once its sunset has passed.", "type": "object", "additionalProperties": false, "required": ["sunset"], "properties": { "sunset": { "$ref": "common.schema.json#/$defs/date", "description": "The last day the port is served." }, "successor": { "$ref": "common.schema.json#/$defs/slug", "description": "The port consumers should move to." } } }, "quality": { "description": "Quality checks run on the port's data.", "type": "array", "maxItems": 50, "items": { "$ref": "#/$defs/qualityCheck" } } } };
var schema64 = { "description": "A column name: lowercase letters, digits and underscores, starting with a letter or underscore (at most 63 characters).", "type": "string", "pattern": "^[a-z_][a-z0-9_]{0,62}$" };
var schema66 = { "description": "An ISO 8601 duration such as `PT6H`, `P1D` or `P3Y`.", "type": "string", "pattern": "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" };
var pattern32 = new RegExp("^[a-z_][a-z0-9_]{0,62}$", "u");
var pattern34 = new RegExp("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", "u");
var schema63 = { "title": "Temporal", "description": "The book's two times: when the fact happened (actual time) and when the product processed it (processing time). Both are columns of the schema.", "type": "object", "additionalProperties": false, "required": ["actualTime", "processingTime"], "properties": { "actualTime": { "$ref": "#/$defs/columnName", "description": "The column holding the actual (event or state) time." }, "processingTime": { "$ref": "#/$defs/columnName", "description": "The column holding the processing time." }, "window": { "$ref": "common.schema.json#/$defs/isoDuration", "description": "For aggregates: the actual-time window each row covers, such as `P1D`." } } };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.actualTime === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "actualTime" }, message: "must have required property 'actualTime'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.processingTime === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "processingTime" }, message: "must have required property 'processingTime'", schema: schema63.required, parentSchema: schema63, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "actualTime" || key0 === "processingTime" || key0 === "window")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema63, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.actualTime !== void 0) {
      let data0 = data.actualTime;
      if (typeof data0 === "string") {
        if (!pattern32.test(data0)) {
          const err3 = { instancePath: instancePath + "/actualTime", schemaPath: "#/$defs/columnName/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema64, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/actualTime", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.processingTime !== void 0) {
      let data1 = data.processingTime;
      if (typeof data1 === "string") {
        if (!pattern32.test(data1)) {
          const err5 = { instancePath: instancePath + "/processingTime", schemaPath: "#/$defs/columnName/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema64, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/processingTime", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.window !== void 0) {
      let data2 = data.window;
      if (typeof data2 === "string") {
        if (!pattern34.test(data2)) {
          const err7 = { instancePath: instancePath + "/window", schemaPath: "common.schema.json#/$defs/isoDuration/pattern", keyword: "pattern", params: { pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }, message: 'must match pattern "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"', schema: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", parentSchema: schema66, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/window", schemaPath: "common.schema.json#/$defs/isoDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.type, parentSchema: schema66, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema63.type, parentSchema: schema63, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema67 = { "title": "Column", "description": "One typed column of an output port.", "type": "object", "additionalProperties": false, "required": ["name", "type"], "properties": { "name": { "$ref": "#/$defs/columnName" }, "type": { "description": "The logical type; each platform maps it to its own.", "enum": ["string", "boolean", "integer", "bigint", "double", "decimal", "date", "timestamp", "uuid", "json", "bytes"] }, "precision": { "description": "For decimal: total digits.", "type": "integer", "minimum": 1, "maximum": 38 }, "scale": { "description": "For decimal: digits after the point.", "type": "integer", "minimum": 0, "maximum": 38 }, "required": { "description": "True when every row has a value (NOT NULL).", "type": "boolean" }, "description": { "$ref": "common.schema.json#/$defs/shortText" }, "identifier": { "$ref": "common.schema.json#/$defs/slug", "description": "The global identifier (polyseme) this column holds, such as `listener`, `artist` or `track`." }, "classification": { "description": "What the column carries: pii (personal data), sensitive-pii (special categories), or a classification level above the port's default.", "enum": ["pii", "sensitive-pii", "confidential", "internal", "public"] } } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "type" || key0 === "precision" || key0 === "scale" || key0 === "required" || key0 === "description" || key0 === "identifier" || key0 === "classification")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern32.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/columnName/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema64, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (!(data1 === "string" || data1 === "boolean" || data1 === "integer" || data1 === "bigint" || data1 === "double" || data1 === "decimal" || data1 === "date" || data1 === "timestamp" || data1 === "uuid" || data1 === "json" || data1 === "bytes")) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema67.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.type.enum, parentSchema: schema67.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.precision !== void 0) {
      let data2 = data.precision;
      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
        const err6 = { instancePath: instancePath + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties.precision.type, parentSchema: schema67.properties.precision, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 38 || isNaN(data2)) {
          const err7 = { instancePath: instancePath + "/precision", schemaPath: "#/properties/precision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 38 }, message: "must be <= 38", schema: 38, parentSchema: schema67.properties.precision, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data2 < 1 || isNaN(data2)) {
          const err8 = { instancePath: instancePath + "/precision", schemaPath: "#/properties/precision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema67.properties.precision, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.scale !== void 0) {
      let data3 = data.scale;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err9 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema67.properties.scale.type, parentSchema: schema67.properties.scale, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 38 || isNaN(data3)) {
          const err10 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/maximum", keyword: "maximum", params: { comparison: "<=", limit: 38 }, message: "must be <= 38", schema: 38, parentSchema: schema67.properties.scale, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        if (data3 < 0 || isNaN(data3)) {
          const err11 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema67.properties.scale, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    }
    if (data.required !== void 0) {
      let data4 = data.required;
      if (typeof data4 !== "boolean") {
        const err12 = { instancePath: instancePath + "/required", schemaPath: "#/properties/required/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema67.properties.required.type, parentSchema: schema67.properties.required, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 === "string") {
        if (func1(data5) > 200) {
          const err13 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema40, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err14 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.identifier !== void 0) {
      let data6 = data.identifier;
      if (typeof data6 === "string") {
        if (func1(data6) > 63) {
          const err16 = { instancePath: instancePath + "/identifier", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (!pattern17.test(data6)) {
          const err17 = { instancePath: instancePath + "/identifier", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/identifier", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.classification !== void 0) {
      let data7 = data.classification;
      if (!(data7 === "pii" || data7 === "sensitive-pii" || data7 === "confidential" || data7 === "internal" || data7 === "public")) {
        const err19 = { instancePath: instancePath + "/classification", schemaPath: "#/properties/classification/enum", keyword: "enum", params: { allowedValues: schema67.properties.classification.enum }, message: "must be equal to one of the allowed values", schema: schema67.properties.classification.enum, parentSchema: schema67.properties.classification, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
  } else {
    const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err20];
    } else {
      vErrors.push(err20);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema73 = { "title": "Slo", "description": "A service level objective: a threshold on an indicator, an objective (share of good time slices) and a window.", "type": "object", "additionalProperties": false, "required": ["name", "type", "objective", "window"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug" }, "type": { "description": "freshness: age of the newest processing time; timeliness: skew between actual and processing time; intervalOfChange: gap between processing times; completeness: share of non-null required values; volume: rows per interval; quality: the port's quality checks pass; availability: the port answers a probe.", "enum": ["freshness", "timeliness", "intervalOfChange", "completeness", "volume", "quality", "availability"] }, "description": { "$ref": "common.schema.json#/$defs/shortText" }, "threshold": { "description": "The bound on the indicator: a duration (`PT6H`) for time types, a percentage (`99.5%`) for completeness.", "anyOf": [{ "$ref": "common.schema.json#/$defs/isoDuration" }, { "$ref": "common.schema.json#/$defs/percent" }] }, "percentile": { "description": "For timeliness: the percentile the threshold applies to.", "type": "number", "exclusiveMinimum": 0, "maximum": 100 }, "min": { "description": "For volume: the fewest rows per interval.", "type": "integer", "minimum": 0 }, "max": { "description": "For volume: the most rows per interval.", "type": "integer", "minimum": 0 }, "objective": { "$ref": "common.schema.json#/$defs/percent", "description": "The share of good time slices in the window, such as `99%`." }, "window": { "$ref": "common.schema.json#/$defs/window", "description": "The rolling window the objective is measured over, such as `28d`." } }, "allOf": [{ "if": { "properties": { "type": { "enum": ["freshness", "timeliness", "intervalOfChange"] } }, "required": ["type"] }, "then": { "required": ["threshold"], "properties": { "threshold": { "$ref": "common.schema.json#/$defs/isoDuration" } } } }, { "if": { "properties": { "type": { "const": "completeness" } }, "required": ["type"] }, "then": { "required": ["threshold"], "properties": { "threshold": { "$ref": "common.schema.json#/$defs/percent" } } } }, { "if": { "properties": { "type": { "const": "volume" } }, "required": ["type"] }, "then": { "anyOf": [{ "required": ["min"] }, { "required": ["max"] }] } }] };
var schema75 = { "description": "A share written as a percentage, such as `99%` or `99.5%`.", "type": "string", "pattern": "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$" };
var schema81 = { "description": "An SLO window: a whole number of hours, days or weeks, such as `24h`, `7d` or `28d`.", "type": "string", "pattern": "^[1-9][0-9]{0,3}[hdw]$" };
var pattern40 = new RegExp("^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$", "u");
var pattern45 = new RegExp("^[1-9][0-9]{0,3}[hdw]$", "u");
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        let data0 = data.type;
        if (!(data0 === "freshness" || data0 === "timeliness" || data0 === "intervalOfChange")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.threshold === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'", schema: schema73.allOf[0].then.required, parentSchema: schema73.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.threshold !== void 0) {
        let data1 = data.threshold;
        if (typeof data1 === "string") {
          if (!pattern34.test(data1)) {
            const err3 = { instancePath: instancePath + "/threshold", schemaPath: "common.schema.json#/$defs/isoDuration/pattern", keyword: "pattern", params: { pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }, message: 'must match pattern "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"', schema: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", parentSchema: schema66, data: data1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = { instancePath: instancePath + "/threshold", schemaPath: "common.schema.json#/$defs/isoDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.type, parentSchema: schema66, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.threshold = true;
      props0.type = true;
    }
  }
  if (!valid1) {
    const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema73.allOf[0].if, parentSchema: schema73.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs10 = errors;
  let valid5 = true;
  const _errs11 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("completeness" !== data.type) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs11 === errors;
  errors = _errs10;
  if (vErrors !== null) {
    if (_errs10) {
      vErrors.length = _errs10;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.threshold === void 0) {
        const err8 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "threshold" }, message: "must have required property 'threshold'", schema: schema73.allOf[1].then.required, parentSchema: schema73.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data.threshold !== void 0) {
        let data3 = data.threshold;
        if (typeof data3 === "string") {
          if (!pattern40.test(data3)) {
            const err9 = { instancePath: instancePath + "/threshold", schemaPath: "common.schema.json#/$defs/percent/pattern", keyword: "pattern", params: { pattern: "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$" }, message: 'must match pattern "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$"', schema: "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$", parentSchema: schema75, data: data3 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        } else {
          const err10 = { instancePath: instancePath + "/threshold", schemaPath: "common.schema.json#/$defs/percent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs13 === errors;
    valid5 = _valid1;
    if (valid5) {
      var props1 = {};
      props1.threshold = true;
      props1.type = true;
    }
  }
  if (!valid5) {
    const err11 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema73.allOf[1].if, parentSchema: schema73.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs18 = errors;
  let valid9 = true;
  const _errs19 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.type === void 0 && (missing2 = "type")) {
      const err12 = {};
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("volume" !== data.type) {
          const err13 = {};
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs19 === errors;
  errors = _errs18;
  if (vErrors !== null) {
    if (_errs18) {
      vErrors.length = _errs18;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs21 = errors;
    const _errs22 = errors;
    let valid11 = false;
    const _errs23 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.min === void 0) {
        const err14 = { instancePath, schemaPath: "#/allOf/2/then/anyOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema73.allOf[2].then.anyOf[0].required, parentSchema: schema73.allOf[2].then.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    var _valid3 = _errs23 === errors;
    valid11 = valid11 || _valid3;
    const _errs24 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.max === void 0) {
        const err15 = { instancePath, schemaPath: "#/allOf/2/then/anyOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema73.allOf[2].then.anyOf[1].required, parentSchema: schema73.allOf[2].then.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    var _valid3 = _errs24 === errors;
    valid11 = valid11 || _valid3;
    if (!valid11) {
      const err16 = { instancePath, schemaPath: "#/allOf/2/then/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema73.allOf[2].then.anyOf, parentSchema: schema73.allOf[2].then, data };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    } else {
      errors = _errs22;
      if (vErrors !== null) {
        if (_errs22) {
          vErrors.length = _errs22;
        } else {
          vErrors = null;
        }
      }
    }
    var _valid2 = _errs21 === errors;
    valid9 = _valid2;
  }
  if (!valid9) {
    const err17 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema73.allOf[2].if, parentSchema: schema73.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  if (props0 !== true) {
    props0 = props0 || {};
    props0.type = true;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema73.required, parentSchema: schema73, data };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema73.required, parentSchema: schema73, data };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.objective === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "objective" }, message: "must have required property 'objective'", schema: schema73.required, parentSchema: schema73, data };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.window === void 0) {
      const err21 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "window" }, message: "must have required property 'window'", schema: schema73.required, parentSchema: schema73, data };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema73.properties, key0)) {
        const err22 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema73, data };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data5 = data.name;
      if (typeof data5 === "string") {
        if (func1(data5) > 63) {
          const err23 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data5 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        if (!pattern17.test(data5)) {
          const err24 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data5 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data5 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data6 = data.type;
      if (!(data6 === "freshness" || data6 === "timeliness" || data6 === "intervalOfChange" || data6 === "completeness" || data6 === "volume" || data6 === "quality" || data6 === "availability")) {
        const err26 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema73.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema73.properties.type.enum, parentSchema: schema73.properties.type, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data7 = data.description;
      if (typeof data7 === "string") {
        if (func1(data7) > 200) {
          const err27 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (func1(data7) < 1) {
          const err28 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.threshold !== void 0) {
      let data8 = data.threshold;
      const _errs34 = errors;
      let valid15 = false;
      const _errs35 = errors;
      if (typeof data8 === "string") {
        if (!pattern34.test(data8)) {
          const err30 = { instancePath: instancePath + "/threshold", schemaPath: "common.schema.json#/$defs/isoDuration/pattern", keyword: "pattern", params: { pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }, message: 'must match pattern "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"', schema: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", parentSchema: schema66, data: data8 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/threshold", schemaPath: "common.schema.json#/$defs/isoDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.type, parentSchema: schema66, data: data8 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      var _valid4 = _errs35 === errors;
      valid15 = valid15 || _valid4;
      const _errs38 = errors;
      if (typeof data8 === "string") {
        if (!pattern40.test(data8)) {
          const err32 = { instancePath: instancePath + "/threshold", schemaPath: "common.schema.json#/$defs/percent/pattern", keyword: "pattern", params: { pattern: "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$" }, message: 'must match pattern "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$"', schema: "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$", parentSchema: schema75, data: data8 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/threshold", schemaPath: "common.schema.json#/$defs/percent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data8 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      var _valid4 = _errs38 === errors;
      valid15 = valid15 || _valid4;
      if (!valid15) {
        const err34 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema73.properties.threshold.anyOf, parentSchema: schema73.properties.threshold, data: data8 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      } else {
        errors = _errs34;
        if (vErrors !== null) {
          if (_errs34) {
            vErrors.length = _errs34;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.percentile !== void 0) {
      let data9 = data.percentile;
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 > 100 || isNaN(data9)) {
          const err35 = { instancePath: instancePath + "/percentile", schemaPath: "#/properties/percentile/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema73.properties.percentile, data: data9 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data9 <= 0 || isNaN(data9)) {
          const err36 = { instancePath: instancePath + "/percentile", schemaPath: "#/properties/percentile/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema73.properties.percentile, data: data9 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/percentile", schemaPath: "#/properties/percentile/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema73.properties.percentile.type, parentSchema: schema73.properties.percentile, data: data9 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data10 = data.min;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err38 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.properties.min.type, parentSchema: schema73.properties.min, data: data10 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 0 || isNaN(data10)) {
          const err39 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema73.properties.min, data: data10 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      }
    }
    if (data.max !== void 0) {
      let data11 = data.max;
      if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
        const err40 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema73.properties.max.type, parentSchema: schema73.properties.max, data: data11 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 < 0 || isNaN(data11)) {
          const err41 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema73.properties.max, data: data11 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
    }
    if (data.objective !== void 0) {
      let data12 = data.objective;
      if (typeof data12 === "string") {
        if (!pattern40.test(data12)) {
          const err42 = { instancePath: instancePath + "/objective", schemaPath: "common.schema.json#/$defs/percent/pattern", keyword: "pattern", params: { pattern: "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$" }, message: 'must match pattern "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$"', schema: "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$", parentSchema: schema75, data: data12 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = { instancePath: instancePath + "/objective", schemaPath: "common.schema.json#/$defs/percent/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: data12 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.window !== void 0) {
      let data13 = data.window;
      if (typeof data13 === "string") {
        if (!pattern45.test(data13)) {
          const err44 = { instancePath: instancePath + "/window", schemaPath: "common.schema.json#/$defs/window/pattern", keyword: "pattern", params: { pattern: "^[1-9][0-9]{0,3}[hdw]$" }, message: 'must match pattern "^[1-9][0-9]{0,3}[hdw]$"', schema: "^[1-9][0-9]{0,3}[hdw]$", parentSchema: schema81, data: data13 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/window", schemaPath: "common.schema.json#/$defs/window/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema81.type, parentSchema: schema81, data: data13 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema84 = { "title": "QualityCheck", "description": "A check on the port's data: unique or not_null columns, accepted values, a numeric range, or a SQL query whose single number must equal `mustBe` (write `{table}` for the port's table).", "type": "object", "additionalProperties": false, "required": ["type"], "properties": { "type": { "enum": ["unique", "not_null", "accepted_values", "range", "sql"] }, "name": { "$ref": "common.schema.json#/$defs/slug" }, "column": { "$ref": "#/$defs/columnName" }, "columns": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/columnName" } }, "values": { "type": "array", "minItems": 1, "items": { "type": ["string", "number", "boolean"] } }, "min": { "type": "number" }, "max": { "type": "number" }, "query": { "$ref": "common.schema.json#/$defs/text" }, "mustBe": { "type": "number" } }, "allOf": [{ "if": { "properties": { "type": { "const": "unique" } }, "required": ["type"] }, "then": { "required": ["columns"] } }, { "if": { "properties": { "type": { "const": "not_null" } }, "required": ["type"] }, "then": { "required": ["column"] } }, { "if": { "properties": { "type": { "const": "accepted_values" } }, "required": ["type"] }, "then": { "required": ["column", "values"] } }, { "if": { "properties": { "type": { "const": "range" } }, "required": ["type"] }, "then": { "required": ["column"], "anyOf": [{ "required": ["min"] }, { "required": ["max"] }] } }, { "if": { "properties": { "type": { "const": "sql" } }, "required": ["type"] }, "then": { "required": ["name", "query", "mustBe"] } }] };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("unique" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.columns === void 0) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: "columns" }, message: "must have required property 'columns'", schema: schema84.allOf[0].then.required, parentSchema: schema84.allOf[0].then, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err3 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema84.allOf[0].if, parentSchema: schema84.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid3 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err4 = {};
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("not_null" !== data.type) {
          const err5 = {};
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.column === void 0) {
        const err6 = { instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema84.allOf[1].then.required, parentSchema: schema84.allOf[1].then, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid3 = _valid1;
  }
  if (!valid3) {
    const err7 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema84.allOf[1].if, parentSchema: schema84.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.type === void 0 && (missing2 = "type")) {
      const err8 = {};
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("accepted_values" !== data.type) {
          const err9 = {};
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs15 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.column === void 0) {
        const err10 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema84.allOf[2].then.required, parentSchema: schema84.allOf[2].then, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data.values === void 0) {
        const err11 = { instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: "values" }, message: "must have required property 'values'", schema: schema84.allOf[2].then.required, parentSchema: schema84.allOf[2].then, data };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    var _valid2 = _errs15 === errors;
    valid5 = _valid2;
  }
  if (!valid5) {
    const err12 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema84.allOf[2].if, parentSchema: schema84.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  const _errs17 = errors;
  let valid7 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.type === void 0 && (missing3 = "type")) {
      const err13 = {};
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("range" !== data.type) {
          const err14 = {};
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs20 = errors;
    const _errs21 = errors;
    let valid9 = false;
    const _errs22 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.min === void 0) {
        const err15 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/0/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema84.allOf[3].then.anyOf[0].required, parentSchema: schema84.allOf[3].then.anyOf[0], data };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    var _valid4 = _errs22 === errors;
    valid9 = valid9 || _valid4;
    const _errs23 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.max === void 0) {
        const err16 = { instancePath, schemaPath: "#/allOf/3/then/anyOf/1/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema84.allOf[3].then.anyOf[1].required, parentSchema: schema84.allOf[3].then.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    var _valid4 = _errs23 === errors;
    valid9 = valid9 || _valid4;
    if (!valid9) {
      const err17 = { instancePath, schemaPath: "#/allOf/3/then/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema84.allOf[3].then.anyOf, parentSchema: schema84.allOf[3].then, data };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    } else {
      errors = _errs21;
      if (vErrors !== null) {
        if (_errs21) {
          vErrors.length = _errs21;
        } else {
          vErrors = null;
        }
      }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.column === void 0) {
        const err18 = { instancePath, schemaPath: "#/allOf/3/then/required", keyword: "required", params: { missingProperty: "column" }, message: "must have required property 'column'", schema: schema84.allOf[3].then.required, parentSchema: schema84.allOf[3].then, data };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    var _valid3 = _errs20 === errors;
    valid7 = _valid3;
  }
  if (!valid7) {
    const err19 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema84.allOf[3].if, parentSchema: schema84.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  const _errs25 = errors;
  let valid10 = true;
  const _errs26 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing4;
    if (data.type === void 0 && (missing4 = "type")) {
      const err20 = {};
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("sql" !== data.type) {
          const err21 = {};
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
  }
  var _valid5 = _errs26 === errors;
  errors = _errs25;
  if (vErrors !== null) {
    if (_errs25) {
      vErrors.length = _errs25;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs28 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.name === void 0) {
        const err22 = { instancePath, schemaPath: "#/allOf/4/then/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema84.allOf[4].then.required, parentSchema: schema84.allOf[4].then, data };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (data.query === void 0) {
        const err23 = { instancePath, schemaPath: "#/allOf/4/then/required", keyword: "required", params: { missingProperty: "query" }, message: "must have required property 'query'", schema: schema84.allOf[4].then.required, parentSchema: schema84.allOf[4].then, data };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (data.mustBe === void 0) {
        const err24 = { instancePath, schemaPath: "#/allOf/4/then/required", keyword: "required", params: { missingProperty: "mustBe" }, message: "must have required property 'mustBe'", schema: schema84.allOf[4].then.required, parentSchema: schema84.allOf[4].then, data };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    var _valid5 = _errs28 === errors;
    valid10 = _valid5;
  }
  if (!valid10) {
    const err25 = { instancePath, schemaPath: "#/allOf/4/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema84.allOf[4].if, parentSchema: schema84.allOf[4], data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err26 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema84.properties, key0)) {
        const err27 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84, data };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data5 = data.type;
      if (!(data5 === "unique" || data5 === "not_null" || data5 === "accepted_values" || data5 === "range" || data5 === "sql")) {
        const err28 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema84.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema84.properties.type.enum, parentSchema: schema84.properties.type, data: data5 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data6 = data.name;
      if (typeof data6 === "string") {
        if (func1(data6) > 63) {
          const err29 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        if (!pattern17.test(data6)) {
          const err30 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data6 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data6 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.column !== void 0) {
      let data7 = data.column;
      if (typeof data7 === "string") {
        if (!pattern32.test(data7)) {
          const err32 = { instancePath: instancePath + "/column", schemaPath: "#/$defs/columnName/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema64, data: data7 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      } else {
        const err33 = { instancePath: instancePath + "/column", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data7 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data8 = data.columns;
      if (Array.isArray(data8)) {
        if (data8.length < 1) {
          const err34 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema84.properties.columns, data: data8 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (typeof data9 === "string") {
            if (!pattern32.test(data9)) {
              const err35 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/$defs/columnName/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema64, data: data9 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data9 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.columns.type, parentSchema: schema84.properties.columns, data: data8 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      let data10 = data.values;
      if (Array.isArray(data10)) {
        if (data10.length < 1) {
          const err38 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema84.properties.values, data: data10 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (typeof data11 !== "string" && !(typeof data11 == "number" && isFinite(data11)) && typeof data11 !== "boolean") {
            const err39 = { instancePath: instancePath + "/values/" + i1, schemaPath: "#/properties/values/items/type", keyword: "type", params: { type: schema84.properties.values.items.type }, message: "must be string,number,boolean", schema: schema84.properties.values.items.type, parentSchema: schema84.properties.values.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = { instancePath: instancePath + "/values", schemaPath: "#/properties/values/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.values.type, parentSchema: schema84.properties.values, data: data10 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data12 = data.min;
      if (!(typeof data12 == "number" && isFinite(data12))) {
        const err41 = { instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema84.properties.min.type, parentSchema: schema84.properties.min, data: data12 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data13 = data.max;
      if (!(typeof data13 == "number" && isFinite(data13))) {
        const err42 = { instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema84.properties.max.type, parentSchema: schema84.properties.max, data: data13 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.query !== void 0) {
      let data14 = data.query;
      if (typeof data14 === "string") {
        if (func1(data14) > 2e4) {
          const err43 = { instancePath: instancePath + "/query", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data14 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (func1(data14) < 1) {
          const err44 = { instancePath: instancePath + "/query", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data14 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/query", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data14 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.mustBe !== void 0) {
      let data15 = data.mustBe;
      if (!(typeof data15 == "number" && isFinite(data15))) {
        const err46 = { instancePath: instancePath + "/mustBe", schemaPath: "#/properties/mustBe/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema84.properties.mustBe.type, parentSchema: schema84.properties.mustBe, data: data15 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.type, parentSchema: schema84, data };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
validate37.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.temporal === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "temporal" }, message: "must have required property 'temporal'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.schema === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "schema" }, message: "must have required property 'schema'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.slos === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "slos" }, message: "must have required property 'slos'", schema: schema60.required, parentSchema: schema60, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema60.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 63) {
          const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (!pattern17.test(data0)) {
          const err7 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if (!(data1 === "table" || data1 === "files" || data1 === "stream" || data1 === "api")) {
        const err9 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema60.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema60.properties.kind.enum, parentSchema: schema60.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.format !== void 0) {
      let data2 = data.format;
      if (!(data2 === "parquet" || data2 === "csv" || data2 === "json" || data2 === "avro" || data2 === "delta" || data2 === "iceberg")) {
        const err10 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/enum", keyword: "enum", params: { allowedValues: schema60.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema60.properties.format.enum, parentSchema: schema60.properties.format, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data3 = data.description;
      if (typeof data3 === "string") {
        if (func1(data3) > 2e4) {
          const err11 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data3) < 1) {
          const err12 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.temporal !== void 0) {
      if (!validate31(data.temporal, { instancePath: instancePath + "/temporal", parentData: data, parentDataProperty: "temporal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.schema !== void 0) {
      let data5 = data.schema;
      if (Array.isArray(data5)) {
        if (data5.length > 500) {
          const err14 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema60.properties.schema, data: data5 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data5.length < 1) {
          const err15 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60.properties.schema, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate33(data5[i0], { instancePath: instancePath + "/schema/" + i0, parentData: data5, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.schema.type, parentSchema: schema60.properties.schema, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.primaryKey !== void 0) {
      let data7 = data.primaryKey;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err17 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60.properties.primaryKey, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 === "string") {
            if (!pattern32.test(data8)) {
              const err18 = { instancePath: instancePath + "/primaryKey/" + i1, schemaPath: "#/$defs/columnName/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]{0,62}$" }, message: 'must match pattern "^[a-z_][a-z0-9_]{0,62}$"', schema: "^[a-z_][a-z0-9_]{0,62}$", parentSchema: schema64, data: data8 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/primaryKey/" + i1, schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        let i2 = data7.length;
        let j0;
        if (i2 > 1) {
          outer0: for (; i2--; ) {
            for (j0 = i2; j0--; ) {
              if (func0(data7[i2], data7[j0])) {
                const err20 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema60.properties.primaryKey, data: data7 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err21 = { instancePath: instancePath + "/primaryKey", schemaPath: "#/properties/primaryKey/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.primaryKey.type, parentSchema: schema60.properties.primaryKey, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.retention !== void 0) {
      let data9 = data.retention;
      const _errs20 = errors;
      let valid9 = false;
      const _errs21 = errors;
      if (typeof data9 === "string") {
        if (!pattern34.test(data9)) {
          const err22 = { instancePath: instancePath + "/retention", schemaPath: "common.schema.json#/$defs/isoDuration/pattern", keyword: "pattern", params: { pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }, message: 'must match pattern "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"', schema: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", parentSchema: schema66, data: data9 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/retention", schemaPath: "common.schema.json#/$defs/isoDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.type, parentSchema: schema66, data: data9 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid0 = _errs21 === errors;
      valid9 = valid9 || _valid0;
      const _errs24 = errors;
      if ("infinite" !== data9) {
        const err24 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/anyOf/1/const", keyword: "const", params: { allowedValue: "infinite" }, message: "must be equal to constant", schema: "infinite", parentSchema: schema60.properties.retention.anyOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid0 = _errs24 === errors;
      valid9 = valid9 || _valid0;
      if (!valid9) {
        const err25 = { instancePath: instancePath + "/retention", schemaPath: "#/properties/retention/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema60.properties.retention.anyOf, parentSchema: schema60.properties.retention, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      } else {
        errors = _errs20;
        if (vErrors !== null) {
          if (_errs20) {
            vErrors.length = _errs20;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.slos !== void 0) {
      let data10 = data.slos;
      if (Array.isArray(data10)) {
        if (data10.length > 20) {
          const err26 = { instancePath: instancePath + "/slos", schemaPath: "#/properties/slos/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema60.properties.slos, data: data10 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
        if (data10.length < 1) {
          const err27 = { instancePath: instancePath + "/slos", schemaPath: "#/properties/slos/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema60.properties.slos, data: data10 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        const len2 = data10.length;
        for (let i3 = 0; i3 < len2; i3++) {
          if (!validate35(data10[i3], { instancePath: instancePath + "/slos/" + i3, parentData: data10, parentDataProperty: i3, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/slos", schemaPath: "#/properties/slos/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.slos.type, parentSchema: schema60.properties.slos, data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.deprecated !== void 0) {
      let data12 = data.deprecated;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        if (data12.sunset === void 0) {
          const err29 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/required", keyword: "required", params: { missingProperty: "sunset" }, message: "must have required property 'sunset'", schema: schema60.properties.deprecated.required, parentSchema: schema60.properties.deprecated, data: data12 };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
        for (const key1 in data12) {
          if (!(key1 === "sunset" || key1 === "successor")) {
            const err30 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema60.properties.deprecated, data: data12 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data12.sunset !== void 0) {
          let data13 = data12.sunset;
          if (typeof data13 === "string") {
            if (!formats0.validate(data13)) {
              const err31 = { instancePath: instancePath + "/deprecated/sunset", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/deprecated/sunset", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data13 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
        if (data12.successor !== void 0) {
          let data14 = data12.successor;
          if (typeof data14 === "string") {
            if (func1(data14) > 63) {
              const err33 = { instancePath: instancePath + "/deprecated/successor", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data14 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (!pattern17.test(data14)) {
              const err34 = { instancePath: instancePath + "/deprecated/successor", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data14 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = { instancePath: instancePath + "/deprecated/successor", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data14 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      } else {
        const err36 = { instancePath: instancePath + "/deprecated", schemaPath: "#/properties/deprecated/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.properties.deprecated.type, parentSchema: schema60.properties.deprecated, data: data12 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.quality !== void 0) {
      let data15 = data.quality;
      if (Array.isArray(data15)) {
        if (data15.length > 50) {
          const err37 = { instancePath: instancePath + "/quality", schemaPath: "#/properties/quality/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema60.properties.quality, data: data15 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
        const len3 = data15.length;
        for (let i4 = 0; i4 < len3; i4++) {
          if (!validate37(data15[i4], { instancePath: instancePath + "/quality/" + i4, parentData: data15, parentDataProperty: i4, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err38 = { instancePath: instancePath + "/quality", schemaPath: "#/properties/quality/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema60.properties.quality.type, parentSchema: schema60.properties.quality, data: data15 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
  } else {
    const err39 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema60.type, parentSchema: schema60, data };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema89 = { "title": "Access", "description": "Who may read the product. Owners of products whose input ports read it get access too.", "type": "object", "additionalProperties": false, "required": ["classification"], "properties": { "classification": { "$ref": "common.schema.json#/$defs/classification" }, "consumers": { "description": "Teams outside the mesh's lineage that may read the product, each with a purpose and an expiry.", "type": "array", "maxItems": 200, "items": { "$ref": "#/$defs/consumer" } } } };
var schema90 = { "description": "An access classification level defined by governance, lowest to highest: public, internal, confidential, restricted.", "enum": ["public", "internal", "confidential", "restricted"] };
var schema91 = { "title": "Consumer", "description": "A team granted read access, why, and until when.", "type": "object", "additionalProperties": false, "required": ["team", "purpose"], "properties": { "team": { "$ref": "common.schema.json#/$defs/slug", "description": "A team of `catalog/teams/`." }, "purpose": { "$ref": "common.schema.json#/$defs/shortText" }, "ports": { "description": "The output ports granted (all when absent).", "type": "array", "minItems": 1, "items": { "$ref": "common.schema.json#/$defs/slug" } }, "until": { "$ref": "common.schema.json#/$defs/date", "description": "The day the grant ends." } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.team === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "team" }, message: "must have required property 'team'", schema: schema91.required, parentSchema: schema91, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.purpose === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "purpose" }, message: "must have required property 'purpose'", schema: schema91.required, parentSchema: schema91, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "team" || key0 === "purpose" || key0 === "ports" || key0 === "until")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema91, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.team !== void 0) {
      let data0 = data.team;
      if (typeof data0 === "string") {
        if (func1(data0) > 63) {
          const err3 = { instancePath: instancePath + "/team", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (!pattern17.test(data0)) {
          const err4 = { instancePath: instancePath + "/team", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/team", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.purpose !== void 0) {
      let data1 = data.purpose;
      if (typeof data1 === "string") {
        if (func1(data1) > 200) {
          const err6 = { instancePath: instancePath + "/purpose", schemaPath: "common.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema40, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err7 = { instancePath: instancePath + "/purpose", schemaPath: "common.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/purpose", schemaPath: "common.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data2 = data.ports;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err9 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema91.properties.ports, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func1(data3) > 63) {
              const err10 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (!pattern17.test(data3)) {
              const err11 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/ports/" + i0, schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema91.properties.ports.type, parentSchema: schema91.properties.ports, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.until !== void 0) {
      let data4 = data.until;
      if (typeof data4 === "string") {
        if (!formats0.validate(data4)) {
          const err14 = { instancePath: instancePath + "/until", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/until", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema91.type, parentSchema: schema91, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.classification === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "classification" }, message: "must have required property 'classification'", schema: schema89.required, parentSchema: schema89, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "classification" || key0 === "consumers")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema89, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.classification !== void 0) {
      let data0 = data.classification;
      if (!(data0 === "public" || data0 === "internal" || data0 === "confidential" || data0 === "restricted")) {
        const err2 = { instancePath: instancePath + "/classification", schemaPath: "common.schema.json#/$defs/classification/enum", keyword: "enum", params: { allowedValues: schema90.enum }, message: "must be equal to one of the allowed values", schema: schema90.enum, parentSchema: schema90, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.consumers !== void 0) {
      let data1 = data.consumers;
      if (Array.isArray(data1)) {
        if (data1.length > 200) {
          const err3 = { instancePath: instancePath + "/consumers", schemaPath: "#/properties/consumers/maxItems", keyword: "maxItems", params: { limit: 200 }, message: "must NOT have more than 200 items", schema: 200, parentSchema: schema89.properties.consumers, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate41(data1[i0], { instancePath: instancePath + "/consumers/" + i0, parentData: data1, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/consumers", schemaPath: "#/properties/consumers/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema89.properties.consumers.type, parentSchema: schema89.properties.consumers, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema89.type, parentSchema: schema89, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema96 = { "title": "ProductPolicies", "description": "The product's local policy configuration: regulations, where data may live, consent, and how erroneous records are handled.", "type": "object", "additionalProperties": false, "properties": { "regulations": { "description": "Regulations and agreements that apply.", "type": "array", "uniqueItems": true, "items": { "enum": ["GDPR", "CCPA", "HIPAA", "PCI-DSS", "SOX", "LGPD", "APP", "contract"] } }, "locality": { "description": "Regions where the data may be stored and processed, such as `eu` or `us`.", "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z]{2}(-[a-z0-9]+)?$" } }, "consent": { "$ref": "common.schema.json#/$defs/slug", "description": "The consent purpose the data owners agreed to." }, "encryption": { "description": "Encryption at rest required.", "enum": ["none", "at-rest", "column-level"] }, "obsoleteRecords": { "description": "What happens to erroneous records: retracted by newer rows, or deleted.", "enum": ["retract", "delete"] } } };
var pattern52 = new RegExp("^[a-z]{2}(-[a-z0-9]+)?$", "u");
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "regulations" || key0 === "locality" || key0 === "consent" || key0 === "encryption" || key0 === "obsoleteRecords")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema96, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.regulations !== void 0) {
      let data0 = data.regulations;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (!(data1 === "GDPR" || data1 === "CCPA" || data1 === "HIPAA" || data1 === "PCI-DSS" || data1 === "SOX" || data1 === "LGPD" || data1 === "APP" || data1 === "contract")) {
            const err1 = { instancePath: instancePath + "/regulations/" + i0, schemaPath: "#/properties/regulations/items/enum", keyword: "enum", params: { allowedValues: schema96.properties.regulations.items.enum }, message: "must be equal to one of the allowed values", schema: schema96.properties.regulations.items.enum, parentSchema: schema96.properties.regulations.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        let i1 = data0.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data0[i1], data0[j0])) {
                const err2 = { instancePath: instancePath + "/regulations", schemaPath: "#/properties/regulations/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema96.properties.regulations, data: data0 };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/regulations", schemaPath: "#/properties/regulations/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema96.properties.regulations.type, parentSchema: schema96.properties.regulations, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.locality !== void 0) {
      let data2 = data.locality;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err4 = { instancePath: instancePath + "/locality", schemaPath: "#/properties/locality/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema96.properties.locality, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        const len1 = data2.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data3 = data2[i2];
          if (typeof data3 === "string") {
            if (!pattern52.test(data3)) {
              const err5 = { instancePath: instancePath + "/locality/" + i2, schemaPath: "#/properties/locality/items/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z0-9]+)?$" }, message: 'must match pattern "^[a-z]{2}(-[a-z0-9]+)?$"', schema: "^[a-z]{2}(-[a-z0-9]+)?$", parentSchema: schema96.properties.locality.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/locality/" + i2, schemaPath: "#/properties/locality/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema96.properties.locality.items.type, parentSchema: schema96.properties.locality.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        let i3 = data2.length;
        let j1;
        if (i3 > 1) {
          const indices0 = {};
          for (; i3--; ) {
            let item0 = data2[i3];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j1 = indices0[item0];
              const err7 = { instancePath: instancePath + "/locality", schemaPath: "#/properties/locality/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema96.properties.locality, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
              break;
            }
            indices0[item0] = i3;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/locality", schemaPath: "#/properties/locality/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema96.properties.locality.type, parentSchema: schema96.properties.locality, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.consent !== void 0) {
      let data4 = data.consent;
      if (typeof data4 === "string") {
        if (func1(data4) > 63) {
          const err9 = { instancePath: instancePath + "/consent", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!pattern17.test(data4)) {
          const err10 = { instancePath: instancePath + "/consent", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/consent", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.encryption !== void 0) {
      let data5 = data.encryption;
      if (!(data5 === "none" || data5 === "at-rest" || data5 === "column-level")) {
        const err12 = { instancePath: instancePath + "/encryption", schemaPath: "#/properties/encryption/enum", keyword: "enum", params: { allowedValues: schema96.properties.encryption.enum }, message: "must be equal to one of the allowed values", schema: schema96.properties.encryption.enum, parentSchema: schema96.properties.encryption, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.obsoleteRecords !== void 0) {
      let data6 = data.obsoleteRecords;
      if (!(data6 === "retract" || data6 === "delete")) {
        const err13 = { instancePath: instancePath + "/obsoleteRecords", schemaPath: "#/properties/obsoleteRecords/enum", keyword: "enum", params: { allowedValues: schema96.properties.obsoleteRecords.enum }, message: "must be equal to one of the allowed values", schema: schema96.properties.obsoleteRecords.enum, parentSchema: schema96.properties.obsoleteRecords, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema96.type, parentSchema: schema96, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema98 = { "title": "Transformation", "description": "Where the product's code lives. Transformation logic stays in code, never in the manifest.", "type": "object", "additionalProperties": false, "required": ["kind"], "properties": { "kind": { "enum": ["sql", "program", "ml-model", "none"] }, "path": { "$ref": "common.schema.json#/$defs/relativePath" }, "tests": { "$ref": "common.schema.json#/$defs/relativePath" } } };
var schema99 = { "description": "A path relative to the file's folder, such as `./README.md`. It may not leave the product's folder.", "type": "string", "pattern": "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$" };
var pattern54 = new RegExp("^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$", "u");
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "path" || key0 === "tests")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema98, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if (!(data0 === "sql" || data0 === "program" || data0 === "ml-model" || data0 === "none")) {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/enum", keyword: "enum", params: { allowedValues: schema98.properties.kind.enum }, message: "must be equal to one of the allowed values", schema: schema98.properties.kind.enum, parentSchema: schema98.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data1 = data.path;
      if (typeof data1 === "string") {
        if (!pattern54.test(data1)) {
          const err3 = { instancePath: instancePath + "/path", schemaPath: "common.schema.json#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$" }, message: 'must match pattern "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"', schema: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$", parentSchema: schema99, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/path", schemaPath: "common.schema.json#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.type, parentSchema: schema99, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.tests !== void 0) {
      let data2 = data.tests;
      if (typeof data2 === "string") {
        if (!pattern54.test(data2)) {
          const err5 = { instancePath: instancePath + "/tests", schemaPath: "common.schema.json#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$" }, message: 'must match pattern "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"', schema: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$", parentSchema: schema99, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/tests", schemaPath: "common.schema.json#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.type, parentSchema: schema99, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema98.type, parentSchema: schema98, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema101 = { "title": "Docs", "description": "Documentation beside the manifest.", "type": "object", "additionalProperties": false, "properties": { "readme": { "$ref": "common.schema.json#/$defs/relativePath" }, "examples": { "type": "array", "items": { "$ref": "common.schema.json#/$defs/relativePath" } }, "notebooks": { "type": "array", "items": { "$ref": "common.schema.json#/$defs/relativePath" } }, "semanticModel": { "$ref": "common.schema.json#/$defs/relativePath" } } };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "readme" || key0 === "examples" || key0 === "notebooks" || key0 === "semanticModel")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema101, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.readme !== void 0) {
      let data0 = data.readme;
      if (typeof data0 === "string") {
        if (!pattern54.test(data0)) {
          const err1 = { instancePath: instancePath + "/readme", schemaPath: "common.schema.json#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$" }, message: 'must match pattern "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"', schema: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$", parentSchema: schema99, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/readme", schemaPath: "common.schema.json#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.type, parentSchema: schema99, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.examples !== void 0) {
      let data1 = data.examples;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern54.test(data2)) {
              const err3 = { instancePath: instancePath + "/examples/" + i0, schemaPath: "common.schema.json#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$" }, message: 'must match pattern "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"', schema: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$", parentSchema: schema99, data: data2 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/examples/" + i0, schemaPath: "common.schema.json#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.type, parentSchema: schema99, data: data2 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/examples", schemaPath: "#/properties/examples/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema101.properties.examples.type, parentSchema: schema101.properties.examples, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.notebooks !== void 0) {
      let data3 = data.notebooks;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (!pattern54.test(data4)) {
              const err6 = { instancePath: instancePath + "/notebooks/" + i1, schemaPath: "common.schema.json#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$" }, message: 'must match pattern "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"', schema: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$", parentSchema: schema99, data: data4 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = { instancePath: instancePath + "/notebooks/" + i1, schemaPath: "common.schema.json#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.type, parentSchema: schema99, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/notebooks", schemaPath: "#/properties/notebooks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema101.properties.notebooks.type, parentSchema: schema101.properties.notebooks, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.semanticModel !== void 0) {
      let data5 = data.semanticModel;
      if (typeof data5 === "string") {
        if (!pattern54.test(data5)) {
          const err9 = { instancePath: instancePath + "/semanticModel", schemaPath: "common.schema.json#/$defs/relativePath/pattern", keyword: "pattern", params: { pattern: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$" }, message: 'must match pattern "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"', schema: "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$", parentSchema: schema99, data: data5 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/semanticModel", schemaPath: "common.schema.json#/$defs/relativePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema99.type, parentSchema: schema99, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema101.type, parentSchema: schema101, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema106 = { "title": "Support", "description": "How consumers get help.", "type": "object", "additionalProperties": false, "properties": { "channel": { "$ref": "common.schema.json#/$defs/channel" }, "issues": { "description": "Where SLO breach issues go: the catalog repository's GitHub issues, or nowhere.", "enum": ["github", "none"] } } };
var schema107 = { "description": "Where people reach the team: a chat channel (`#name`), an email address or an https URL.", "type": "string", "pattern": "^(#[a-z0-9][a-z0-9._-]{0,79}|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|https://\\S+)$", "maxLength": 200 };
var pattern60 = new RegExp("^(#[a-z0-9][a-z0-9._-]{0,79}|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|https://\\S+)$", "u");
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "channel" || key0 === "issues")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema106, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.channel !== void 0) {
      let data0 = data.channel;
      if (typeof data0 === "string") {
        if (func1(data0) > 200) {
          const err1 = { instancePath: instancePath + "/channel", schemaPath: "common.schema.json#/$defs/channel/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema107, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (!pattern60.test(data0)) {
          const err2 = { instancePath: instancePath + "/channel", schemaPath: "common.schema.json#/$defs/channel/pattern", keyword: "pattern", params: { pattern: "^(#[a-z0-9][a-z0-9._-]{0,79}|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|https://\\S+)$" }, message: 'must match pattern "^(#[a-z0-9][a-z0-9._-]{0,79}|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|https://\\S+)$"', schema: "^(#[a-z0-9][a-z0-9._-]{0,79}|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|https://\\S+)$", parentSchema: schema107, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/channel", schemaPath: "common.schema.json#/$defs/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema107.type, parentSchema: schema107, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.issues !== void 0) {
      let data1 = data.issues;
      if (!(data1 === "github" || data1 === "none")) {
        const err4 = { instancePath: instancePath + "/issues", schemaPath: "#/properties/issues/enum", keyword: "enum", params: { allowedValues: schema106.properties.issues.enum }, message: "must be equal to one of the allowed values", schema: schema106.properties.issues.enum, parentSchema: schema106.properties.issues, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema106.type, parentSchema: schema106, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.description === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.inputPorts === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "inputPorts" }, message: "must have required property 'inputPorts'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.outputPorts === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "outputPorts" }, message: "must have required property 'outputPorts'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.access === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "access" }, message: "must have required property 'access'", schema: schema48.required, parentSchema: schema48, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema48.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data0 = data.description;
      if (typeof data0 === "string") {
        if (func1(data0) > 2e4) {
          const err5 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err6 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.purpose !== void 0) {
      let data1 = data.purpose;
      if (typeof data1 === "string") {
        if (func1(data1) > 2e4) {
          const err8 = { instancePath: instancePath + "/purpose", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (func1(data1) < 1) {
          const err9 = { instancePath: instancePath + "/purpose", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/purpose", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.limitations !== void 0) {
      let data2 = data.limitations;
      if (typeof data2 === "string") {
        if (func1(data2) > 2e4) {
          const err11 = { instancePath: instancePath + "/limitations", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data2 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        if (func1(data2) < 1) {
          const err12 = { instancePath: instancePath + "/limitations", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data2 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/limitations", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data2 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.inputPorts !== void 0) {
      let data3 = data.inputPorts;
      if (Array.isArray(data3)) {
        if (data3.length > 50) {
          const err14 = { instancePath: instancePath + "/inputPorts", schemaPath: "#/properties/inputPorts/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema48.properties.inputPorts, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate26(data3[i0], { instancePath: instancePath + "/inputPorts/" + i0, parentData: data3, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/inputPorts", schemaPath: "#/properties/inputPorts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.inputPorts.type, parentSchema: schema48.properties.inputPorts, data: data3 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.outputPorts !== void 0) {
      let data5 = data.outputPorts;
      if (Array.isArray(data5)) {
        if (data5.length > 20) {
          const err16 = { instancePath: instancePath + "/outputPorts", schemaPath: "#/properties/outputPorts/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema48.properties.outputPorts, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5.length < 1) {
          const err17 = { instancePath: instancePath + "/outputPorts", schemaPath: "#/properties/outputPorts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema48.properties.outputPorts, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        const len1 = data5.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate30(data5[i1], { instancePath: instancePath + "/outputPorts/" + i1, parentData: data5, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/outputPorts", schemaPath: "#/properties/outputPorts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.outputPorts.type, parentSchema: schema48.properties.outputPorts, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.access !== void 0) {
      if (!validate40(data.access, { instancePath: instancePath + "/access", parentData: data, parentDataProperty: "access", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
        errors = vErrors.length;
      }
    }
    if (data.policies !== void 0) {
      if (!validate44(data.policies, { instancePath: instancePath + "/policies", parentData: data, parentDataProperty: "policies", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.transformation !== void 0) {
      if (!validate46(data.transformation, { instancePath: instancePath + "/transformation", parentData: data, parentDataProperty: "transformation", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
    }
    if (data.docs !== void 0) {
      if (!validate48(data.docs, { instancePath: instancePath + "/docs", parentData: data, parentDataProperty: "docs", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
        errors = vErrors.length;
      }
    }
    if (data.support !== void 0) {
      if (!validate50(data.support, { instancePath: instancePath + "/support", parentData: data, parentDataProperty: "support", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err19];
    } else {
      vErrors.push(err19);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("meshplane/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "meshplane/v1" }, message: "must be equal to constant", schema: "meshplane/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("DataProduct" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "DataProduct" }, message: "must be equal to constant", schema: "DataProduct", parentSchema: schema36.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      if (!validate23(data.metadata, { instancePath: instancePath + "/metadata", parentData: data, parentDataProperty: "metadata", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.spec !== void 0) {
      if (!validate25(data.spec, { instancePath: instancePath + "/spec", parentData: data, parentDataProperty: "spec", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var DataSharingAgreement = validate53;
var schema108 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://meshplane.dev/schemas/v1/data-sharing-agreement.schema.json", "title": "DataSharingAgreement", "description": "An agreement between a consumer team and a data product's owners: which output ports (or columns) it may read, for what purpose, on what legal basis, from when until when, and what the provider promises in return. Lives beside the product it shares, at `catalog/<domain>/<product>/agreements/<name>.yaml`; merging it grants the access, its end revokes it.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion" }, "kind": { "description": "The file kind.", "const": "DataSharingAgreement" }, "metadata": { "title": "AgreementMetadata", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "The agreement's name; equals the file name without `.yaml`. Usually the consumer team, or `<team>-<consuming product>` when a team has several." } } }, "spec": { "title": "AgreementSpec", "type": "object", "additionalProperties": false, "required": ["provider", "consumer", "purpose", "start", "end"], "properties": { "provider": { "title": "AgreementProvider", "description": "What is shared: the product (the one whose folder holds the file) and its output ports.", "type": "object", "additionalProperties": false, "required": ["product", "ports"], "properties": { "product": { "$ref": "common.schema.json#/$defs/productId", "description": "The providing product." }, "ports": { "description": "The output ports shared; each whole, or limited to columns or to a classification ceiling.", "type": "array", "minItems": 1, "maxItems": 20, "items": { "$ref": "#/$defs/sharedPort" } } } }, "consumer": { "title": "AgreementConsumer", "description": "Who reads: a team of `catalog/teams/`, and the product that reads when there is one.", "type": "object", "additionalProperties": false, "required": ["team"], "properties": { "team": { "$ref": "common.schema.json#/$defs/slug", "description": "The consuming team; its role receives the grants." }, "product": { "$ref": "common.schema.json#/$defs/productId", "description": "The consuming product, owned by the team, whose input ports read the shared ports." } } }, "purpose": { "$ref": "common.schema.json#/$defs/text", "description": "What the consumer uses the data for." }, "legalBasis": { "description": "For personal data: the lawful basis of the processing (GDPR Art. 6(1)).", "enum": ["consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests"] }, "start": { "$ref": "common.schema.json#/$defs/date", "description": "The first day access is granted." }, "end": { "$ref": "common.schema.json#/$defs/date", "description": "The last day access is granted; the day after, the platform revokes it." }, "obligations": { "title": "AgreementObligations", "description": "What the provider accepts in return.", "type": "object", "additionalProperties": false, "properties": { "slos": { "description": "The SLOs of the shared ports the provider keeps for this consumer (by name; all of them when absent).", "type": "array", "maxItems": 50, "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/slug" } }, "breakingChangeNotice": { "$ref": "common.schema.json#/$defs/isoDuration", "description": "How long before a breaking change of a shared port the consumer is told (such as `P30D`)." }, "terms": { "$ref": "common.schema.json#/$defs/text", "description": "Other obligations, in words." } } } } } }, "$defs": { "sharedPort": { "title": "SharedPort", "description": "One shared output port: whole, or only some columns (through a view), or only columns up to a classification.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "An output port of the providing product." }, "columns": { "description": "Only these columns (the consumer reads them through a view of its own).", "type": "array", "minItems": 1, "maxItems": 500, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z_][a-z0-9_]*$", "maxLength": 63 } }, "maxClassification": { "description": "Only the columns classified at most this (personal data counts as restricted, special categories above it); a column without a classification has the product's.", "enum": ["public", "internal", "confidential", "restricted"] } }, "not": { "required": ["columns", "maxClassification"] } } } };
var schema112 = { "title": "SharedPort", "description": "One shared output port: whole, or only some columns (through a view), or only columns up to a classification.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "An output port of the providing product." }, "columns": { "description": "Only these columns (the consumer reads them through a view of its own).", "type": "array", "minItems": 1, "maxItems": 500, "uniqueItems": true, "items": { "type": "string", "pattern": "^[a-z_][a-z0-9_]*$", "maxLength": 63 } }, "maxClassification": { "description": "Only the columns classified at most this (personal data counts as restricted, special categories above it); a column without a classification has the product's.", "enum": ["public", "internal", "confidential", "restricted"] } }, "not": { "required": ["columns", "maxClassification"] } };
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate54.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs1 = errors;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.columns === void 0 && (missing0 = "columns") || data.maxClassification === void 0 && (missing0 = "maxClassification")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var valid0 = _errs2 === errors;
  if (valid0) {
    const err1 = { instancePath, schemaPath: "#/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema112.not, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema112.required, parentSchema: schema112, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "columns" || key0 === "maxClassification")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema112, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 63) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (!pattern17.test(data0)) {
          const err5 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/name", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data1 = data.columns;
      if (Array.isArray(data1)) {
        if (data1.length > 500) {
          const err7 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items", schema: 500, parentSchema: schema112.properties.columns, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1.length < 1) {
          const err8 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema112.properties.columns, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func1(data2) > 63) {
              const err9 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema112.properties.columns.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern14.test(data2)) {
              const err10 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/pattern", keyword: "pattern", params: { pattern: "^[a-z_][a-z0-9_]*$" }, message: 'must match pattern "^[a-z_][a-z0-9_]*$"', schema: "^[a-z_][a-z0-9_]*$", parentSchema: schema112.properties.columns.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/columns/" + i0, schemaPath: "#/properties/columns/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema112.properties.columns.items.type, parentSchema: schema112.properties.columns.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        let i1 = data1.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data1[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err12 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema112.properties.columns, data: data1 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/columns", schemaPath: "#/properties/columns/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema112.properties.columns.type, parentSchema: schema112.properties.columns, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.maxClassification !== void 0) {
      let data3 = data.maxClassification;
      if (!(data3 === "public" || data3 === "internal" || data3 === "confidential" || data3 === "restricted")) {
        const err14 = { instancePath: instancePath + "/maxClassification", schemaPath: "#/properties/maxClassification/enum", keyword: "enum", params: { allowedValues: schema112.properties.maxClassification.enum }, message: "must be equal to one of the allowed values", schema: schema112.properties.maxClassification.enum, parentSchema: schema112.properties.maxClassification, data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
  } else {
    const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema112.type, parentSchema: schema112, data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}
validate54.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate53.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema108.required, parentSchema: schema108, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("meshplane/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "meshplane/v1" }, message: "must be equal to constant", schema: "meshplane/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("DataSharingAgreement" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "DataSharingAgreement" }, message: "must be equal to constant", schema: "DataSharingAgreement", parentSchema: schema108.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema108.properties.metadata.required, parentSchema: schema108.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func1(data3) > 63) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern17.test(data3)) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.properties.metadata.type, parentSchema: schema108.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data4 = data.spec;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.provider === void 0) {
          const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "provider" }, message: "must have required property 'provider'", schema: schema108.properties.spec.required, parentSchema: schema108.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data4.consumer === void 0) {
          const err14 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "consumer" }, message: "must have required property 'consumer'", schema: schema108.properties.spec.required, parentSchema: schema108.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.purpose === void 0) {
          const err15 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "purpose" }, message: "must have required property 'purpose'", schema: schema108.properties.spec.required, parentSchema: schema108.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data4.start === void 0) {
          const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema108.properties.spec.required, parentSchema: schema108.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data4.end === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema108.properties.spec.required, parentSchema: schema108.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "provider" || key2 === "consumer" || key2 === "purpose" || key2 === "legalBasis" || key2 === "start" || key2 === "end" || key2 === "obligations")) {
            const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108.properties.spec, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.provider !== void 0) {
          let data5 = data4.provider;
          if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            if (data5.product === void 0) {
              const err19 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema108.properties.spec.properties.provider.required, parentSchema: schema108.properties.spec.properties.provider, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data5.ports === void 0) {
              const err20 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/required", keyword: "required", params: { missingProperty: "ports" }, message: "must have required property 'ports'", schema: schema108.properties.spec.properties.provider.required, parentSchema: schema108.properties.spec.properties.provider, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            for (const key3 in data5) {
              if (!(key3 === "product" || key3 === "ports")) {
                const err21 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108.properties.spec.properties.provider, data: data5 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
            if (data5.product !== void 0) {
              let data6 = data5.product;
              if (typeof data6 === "string") {
                if (func1(data6) > 127) {
                  const err22 = { instancePath: instancePath + "/spec/provider/product", schemaPath: "common.schema.json#/$defs/productId/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: schema39, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (!pattern18.test(data6)) {
                  const err23 = { instancePath: instancePath + "/spec/provider/product", schemaPath: "common.schema.json#/$defs/productId/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema39, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/spec/provider/product", schemaPath: "common.schema.json#/$defs/productId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data6 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data5.ports !== void 0) {
              let data7 = data5.ports;
              if (Array.isArray(data7)) {
                if (data7.length > 20) {
                  const err25 = { instancePath: instancePath + "/spec/provider/ports", schemaPath: "#/properties/spec/properties/provider/properties/ports/maxItems", keyword: "maxItems", params: { limit: 20 }, message: "must NOT have more than 20 items", schema: 20, parentSchema: schema108.properties.spec.properties.provider.properties.ports, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data7.length < 1) {
                  const err26 = { instancePath: instancePath + "/spec/provider/ports", schemaPath: "#/properties/spec/properties/provider/properties/ports/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema108.properties.spec.properties.provider.properties.ports, data: data7 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  if (!validate54(data7[i0], { instancePath: instancePath + "/spec/provider/ports/" + i0, parentData: data7, parentDataProperty: i0, rootData, dynamicAnchors })) {
                    vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err27 = { instancePath: instancePath + "/spec/provider/ports", schemaPath: "#/properties/spec/properties/provider/properties/ports/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema108.properties.spec.properties.provider.properties.ports.type, parentSchema: schema108.properties.spec.properties.provider.properties.ports, data: data7 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = { instancePath: instancePath + "/spec/provider", schemaPath: "#/properties/spec/properties/provider/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.properties.spec.properties.provider.type, parentSchema: schema108.properties.spec.properties.provider, data: data5 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data4.consumer !== void 0) {
          let data9 = data4.consumer;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.team === void 0) {
              const err29 = { instancePath: instancePath + "/spec/consumer", schemaPath: "#/properties/spec/properties/consumer/required", keyword: "required", params: { missingProperty: "team" }, message: "must have required property 'team'", schema: schema108.properties.spec.properties.consumer.required, parentSchema: schema108.properties.spec.properties.consumer, data: data9 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            for (const key4 in data9) {
              if (!(key4 === "team" || key4 === "product")) {
                const err30 = { instancePath: instancePath + "/spec/consumer", schemaPath: "#/properties/spec/properties/consumer/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108.properties.spec.properties.consumer, data: data9 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data9.team !== void 0) {
              let data10 = data9.team;
              if (typeof data10 === "string") {
                if (func1(data10) > 63) {
                  const err31 = { instancePath: instancePath + "/spec/consumer/team", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (!pattern17.test(data10)) {
                  const err32 = { instancePath: instancePath + "/spec/consumer/team", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/spec/consumer/team", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data10 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data9.product !== void 0) {
              let data11 = data9.product;
              if (typeof data11 === "string") {
                if (func1(data11) > 127) {
                  const err34 = { instancePath: instancePath + "/spec/consumer/product", schemaPath: "common.schema.json#/$defs/productId/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: schema39, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (!pattern18.test(data11)) {
                  const err35 = { instancePath: instancePath + "/spec/consumer/product", schemaPath: "common.schema.json#/$defs/productId/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema39, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/spec/consumer/product", schemaPath: "common.schema.json#/$defs/productId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data11 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/spec/consumer", schemaPath: "#/properties/spec/properties/consumer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.properties.spec.properties.consumer.type, parentSchema: schema108.properties.spec.properties.consumer, data: data9 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        if (data4.purpose !== void 0) {
          let data12 = data4.purpose;
          if (typeof data12 === "string") {
            if (func1(data12) > 2e4) {
              const err38 = { instancePath: instancePath + "/spec/purpose", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data12 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (func1(data12) < 1) {
              const err39 = { instancePath: instancePath + "/spec/purpose", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data12 };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
          } else {
            const err40 = { instancePath: instancePath + "/spec/purpose", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data12 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
        if (data4.legalBasis !== void 0) {
          let data13 = data4.legalBasis;
          if (!(data13 === "consent" || data13 === "contract" || data13 === "legal-obligation" || data13 === "vital-interests" || data13 === "public-task" || data13 === "legitimate-interests")) {
            const err41 = { instancePath: instancePath + "/spec/legalBasis", schemaPath: "#/properties/spec/properties/legalBasis/enum", keyword: "enum", params: { allowedValues: schema108.properties.spec.properties.legalBasis.enum }, message: "must be equal to one of the allowed values", schema: schema108.properties.spec.properties.legalBasis.enum, parentSchema: schema108.properties.spec.properties.legalBasis, data: data13 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
        if (data4.start !== void 0) {
          let data14 = data4.start;
          if (typeof data14 === "string") {
            if (!formats0.validate(data14)) {
              const err42 = { instancePath: instancePath + "/spec/start", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46, data: data14 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/spec/start", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data14 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
        if (data4.end !== void 0) {
          let data15 = data4.end;
          if (typeof data15 === "string") {
            if (!formats0.validate(data15)) {
              const err44 = { instancePath: instancePath + "/spec/end", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46, data: data15 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
          } else {
            const err45 = { instancePath: instancePath + "/spec/end", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data15 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data4.obligations !== void 0) {
          let data16 = data4.obligations;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key5 in data16) {
              if (!(key5 === "slos" || key5 === "breakingChangeNotice" || key5 === "terms")) {
                const err46 = { instancePath: instancePath + "/spec/obligations", schemaPath: "#/properties/spec/properties/obligations/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema108.properties.spec.properties.obligations, data: data16 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data16.slos !== void 0) {
              let data17 = data16.slos;
              if (Array.isArray(data17)) {
                if (data17.length > 50) {
                  const err47 = { instancePath: instancePath + "/spec/obligations/slos", schemaPath: "#/properties/spec/properties/obligations/properties/slos/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items", schema: 50, parentSchema: schema108.properties.spec.properties.obligations.properties.slos, data: data17 };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                const len1 = data17.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data18 = data17[i1];
                  if (typeof data18 === "string") {
                    if (func1(data18) > 63) {
                      const err48 = { instancePath: instancePath + "/spec/obligations/slos/" + i1, schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                    if (!pattern17.test(data18)) {
                      const err49 = { instancePath: instancePath + "/spec/obligations/slos/" + i1, schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data18 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                  } else {
                    const err50 = { instancePath: instancePath + "/spec/obligations/slos/" + i1, schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err50];
                    } else {
                      vErrors.push(err50);
                    }
                    errors++;
                  }
                }
                let i2 = data17.length;
                let j0;
                if (i2 > 1) {
                  outer0: for (; i2--; ) {
                    for (j0 = i2; j0--; ) {
                      if (func0(data17[i2], data17[j0])) {
                        const err51 = { instancePath: instancePath + "/spec/obligations/slos", schemaPath: "#/properties/spec/properties/obligations/properties/slos/uniqueItems", keyword: "uniqueItems", params: { i: i2, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i2 + " are identical)", schema: true, parentSchema: schema108.properties.spec.properties.obligations.properties.slos, data: data17 };
                        if (vErrors === null) {
                          vErrors = [err51];
                        } else {
                          vErrors.push(err51);
                        }
                        errors++;
                        break outer0;
                      }
                    }
                  }
                }
              } else {
                const err52 = { instancePath: instancePath + "/spec/obligations/slos", schemaPath: "#/properties/spec/properties/obligations/properties/slos/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema108.properties.spec.properties.obligations.properties.slos.type, parentSchema: schema108.properties.spec.properties.obligations.properties.slos, data: data17 };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data16.breakingChangeNotice !== void 0) {
              let data19 = data16.breakingChangeNotice;
              if (typeof data19 === "string") {
                if (!pattern34.test(data19)) {
                  const err53 = { instancePath: instancePath + "/spec/obligations/breakingChangeNotice", schemaPath: "common.schema.json#/$defs/isoDuration/pattern", keyword: "pattern", params: { pattern: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$" }, message: 'must match pattern "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"', schema: "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$", parentSchema: schema66, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
              } else {
                const err54 = { instancePath: instancePath + "/spec/obligations/breakingChangeNotice", schemaPath: "common.schema.json#/$defs/isoDuration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.type, parentSchema: schema66, data: data19 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data16.terms !== void 0) {
              let data20 = data16.terms;
              if (typeof data20 === "string") {
                if (func1(data20) > 2e4) {
                  const err55 = { instancePath: instancePath + "/spec/obligations/terms", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err55];
                  } else {
                    vErrors.push(err55);
                  }
                  errors++;
                }
                if (func1(data20) < 1) {
                  const err56 = { instancePath: instancePath + "/spec/obligations/terms", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
              } else {
                const err57 = { instancePath: instancePath + "/spec/obligations/terms", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data20 };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/spec/obligations", schemaPath: "#/properties/spec/properties/obligations/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.properties.spec.properties.obligations.type, parentSchema: schema108.properties.spec.properties.obligations, data: data16 };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.properties.spec.type, parentSchema: schema108.properties.spec, data: data4 };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema108.type, parentSchema: schema108, data };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
validate53.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Domain = validate56;
var schema122 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://meshplane.dev/schemas/v1/domain.schema.json", "title": "Domain", "description": "A business domain of the mesh, at `catalog/<domain>/domain.yaml`. Its products live in folders beside this file.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion" }, "kind": { "description": "The file kind.", "const": "Domain" }, "metadata": { "title": "DomainMetadata", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "The domain's name; equals its folder name. `teams` is reserved." }, "title": { "$ref": "common.schema.json#/$defs/shortText", "description": "A display name." } } }, "spec": { "title": "DomainSpec", "type": "object", "additionalProperties": false, "required": ["description", "owner", "governanceRep"], "properties": { "description": { "$ref": "common.schema.json#/$defs/text", "description": "What the domain does for the business (Markdown)." }, "owner": { "$ref": "common.schema.json#/$defs/slug", "description": "The team accountable for the domain; `catalog/teams/<owner>.yaml` must exist." }, "governanceRep": { "$ref": "common.schema.json#/$defs/githubHandle", "description": "The domain's representative in the federated governance group." }, "subdomains": { "description": "Subdomains products may name.", "type": "array", "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/slug" } } } } } };
function validate56(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate56.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema122.required, parentSchema: schema122, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema122.required, parentSchema: schema122, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema122.required, parentSchema: schema122, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema122.required, parentSchema: schema122, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema122, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("meshplane/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "meshplane/v1" }, message: "must be equal to constant", schema: "meshplane/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Domain" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Domain" }, message: "must be equal to constant", schema: "Domain", parentSchema: schema122.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema122.properties.metadata.required, parentSchema: schema122.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "title")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema122.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func1(data3) > 63) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern17.test(data3)) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.title !== void 0) {
          let data4 = data2.title;
          if (typeof data4 === "string") {
            if (func1(data4) > 200) {
              const err12 = { instancePath: instancePath + "/metadata/title", schemaPath: "common.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema40, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err13 = { instancePath: instancePath + "/metadata/title", schemaPath: "common.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/metadata/title", schemaPath: "common.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema122.properties.metadata.type, parentSchema: schema122.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data5 = data.spec;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.description === void 0) {
          const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "description" }, message: "must have required property 'description'", schema: schema122.properties.spec.required, parentSchema: schema122.properties.spec, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5.owner === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "owner" }, message: "must have required property 'owner'", schema: schema122.properties.spec.required, parentSchema: schema122.properties.spec, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data5.governanceRep === void 0) {
          const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "governanceRep" }, message: "must have required property 'governanceRep'", schema: schema122.properties.spec.required, parentSchema: schema122.properties.spec, data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "description" || key2 === "owner" || key2 === "governanceRep" || key2 === "subdomains")) {
            const err19 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema122.properties.spec, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data5.description !== void 0) {
          let data6 = data5.description;
          if (typeof data6 === "string") {
            if (func1(data6) > 2e4) {
              const err20 = { instancePath: instancePath + "/spec/description", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err21 = { instancePath: instancePath + "/spec/description", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          } else {
            const err22 = { instancePath: instancePath + "/spec/description", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data6 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        if (data5.owner !== void 0) {
          let data7 = data5.owner;
          if (typeof data7 === "string") {
            if (func1(data7) > 63) {
              const err23 = { instancePath: instancePath + "/spec/owner", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (!pattern17.test(data7)) {
              const err24 = { instancePath: instancePath + "/spec/owner", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data7 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/spec/owner", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data7 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data5.governanceRep !== void 0) {
          let data8 = data5.governanceRep;
          if (typeof data8 === "string") {
            if (!pattern16.test(data8)) {
              const err26 = { instancePath: instancePath + "/spec/governanceRep", schemaPath: "common.schema.json#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", parentSchema: schema34, data: data8 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/spec/governanceRep", schemaPath: "common.schema.json#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data8 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data5.subdomains !== void 0) {
          let data9 = data5.subdomains;
          if (Array.isArray(data9)) {
            const len0 = data9.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data10 = data9[i0];
              if (typeof data10 === "string") {
                if (func1(data10) > 63) {
                  const err28 = { instancePath: instancePath + "/spec/subdomains/" + i0, schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err28];
                  } else {
                    vErrors.push(err28);
                  }
                  errors++;
                }
                if (!pattern17.test(data10)) {
                  const err29 = { instancePath: instancePath + "/spec/subdomains/" + i0, schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err29];
                  } else {
                    vErrors.push(err29);
                  }
                  errors++;
                }
              } else {
                const err30 = { instancePath: instancePath + "/spec/subdomains/" + i0, schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            let i1 = data9.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data9[i1], data9[j0])) {
                    const err31 = { instancePath: instancePath + "/spec/subdomains", schemaPath: "#/properties/spec/properties/subdomains/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema122.properties.spec.properties.subdomains, data: data9 };
                    if (vErrors === null) {
                      vErrors = [err31];
                    } else {
                      vErrors.push(err31);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/spec/subdomains", schemaPath: "#/properties/spec/properties/subdomains/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema122.properties.spec.properties.subdomains.type, parentSchema: schema122.properties.spec.properties.subdomains, data: data9 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema122.properties.spec.type, parentSchema: schema122.properties.spec, data: data5 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
  } else {
    const err34 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema122.type, parentSchema: schema122, data };
    if (vErrors === null) {
      vErrors = [err34];
    } else {
      vErrors.push(err34);
    }
    errors++;
  }
  validate56.errors = vErrors;
  return errors === 0;
}
validate56.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Team = validate57;
var schema130 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://meshplane.dev/schemas/v1/team.schema.json", "title": "Team", "description": "A team that owns or consumes data products, at `catalog/teams/<team>.yaml`.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion" }, "kind": { "description": "The file kind.", "const": "Team" }, "metadata": { "title": "TeamMetadata", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "The team's name; equals the file name without `.yaml`." }, "title": { "$ref": "common.schema.json#/$defs/shortText", "description": "A display name." } } }, "spec": { "title": "TeamSpec", "type": "object", "additionalProperties": false, "required": ["github", "contact"], "properties": { "description": { "$ref": "common.schema.json#/$defs/text" }, "github": { "$ref": "common.schema.json#/$defs/githubHandle", "description": "The GitHub team reviews are requested from, such as `@daff/podcast-data`." }, "members": { "description": "GitHub handles of the members.", "type": "array", "uniqueItems": true, "items": { "$ref": "common.schema.json#/$defs/githubHandle" } }, "contact": { "$ref": "common.schema.json#/$defs/channel", "description": "Where to reach the team." } } } } };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate57.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema130.required, parentSchema: schema130, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema130.required, parentSchema: schema130, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema130.required, parentSchema: schema130, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema130.required, parentSchema: schema130, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema130, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("meshplane/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "meshplane/v1" }, message: "must be equal to constant", schema: "meshplane/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Team" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Team" }, message: "must be equal to constant", schema: "Team", parentSchema: schema130.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema130.properties.metadata.required, parentSchema: schema130.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name" || key1 === "title")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema130.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func1(data3) > 63) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern17.test(data3)) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data2.title !== void 0) {
          let data4 = data2.title;
          if (typeof data4 === "string") {
            if (func1(data4) > 200) {
              const err12 = { instancePath: instancePath + "/metadata/title", schemaPath: "common.schema.json#/$defs/shortText/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema40, data: data4 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            if (func1(data4) < 1) {
              const err13 = { instancePath: instancePath + "/metadata/title", schemaPath: "common.schema.json#/$defs/shortText/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/metadata/title", schemaPath: "common.schema.json#/$defs/shortText/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.type, parentSchema: schema40, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema130.properties.metadata.type, parentSchema: schema130.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data5 = data.spec;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.github === void 0) {
          const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property 'github'", schema: schema130.properties.spec.required, parentSchema: schema130.properties.spec, data: data5 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data5.contact === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "contact" }, message: "must have required property 'contact'", schema: schema130.properties.spec.required, parentSchema: schema130.properties.spec, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data5) {
          if (!(key2 === "description" || key2 === "github" || key2 === "members" || key2 === "contact")) {
            const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema130.properties.spec, data: data5 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data5.description !== void 0) {
          let data6 = data5.description;
          if (typeof data6 === "string") {
            if (func1(data6) > 2e4) {
              const err19 = { instancePath: instancePath + "/spec/description", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (func1(data6) < 1) {
              const err20 = { instancePath: instancePath + "/spec/description", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data6 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/spec/description", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data6 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data5.github !== void 0) {
          let data7 = data5.github;
          if (typeof data7 === "string") {
            if (!pattern16.test(data7)) {
              const err22 = { instancePath: instancePath + "/spec/github", schemaPath: "common.schema.json#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", parentSchema: schema34, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/spec/github", schemaPath: "common.schema.json#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data5.members !== void 0) {
          let data8 = data5.members;
          if (Array.isArray(data8)) {
            const len0 = data8.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data9 = data8[i0];
              if (typeof data9 === "string") {
                if (!pattern16.test(data9)) {
                  const err24 = { instancePath: instancePath + "/spec/members/" + i0, schemaPath: "common.schema.json#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", parentSchema: schema34, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
              } else {
                const err25 = { instancePath: instancePath + "/spec/members/" + i0, schemaPath: "common.schema.json#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data9 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            let i1 = data8.length;
            let j0;
            if (i1 > 1) {
              outer0: for (; i1--; ) {
                for (j0 = i1; j0--; ) {
                  if (func0(data8[i1], data8[j0])) {
                    const err26 = { instancePath: instancePath + "/spec/members", schemaPath: "#/properties/spec/properties/members/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema130.properties.spec.properties.members, data: data8 };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                    break outer0;
                  }
                }
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/spec/members", schemaPath: "#/properties/spec/properties/members/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema130.properties.spec.properties.members.type, parentSchema: schema130.properties.spec.properties.members, data: data8 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data5.contact !== void 0) {
          let data10 = data5.contact;
          if (typeof data10 === "string") {
            if (func1(data10) > 200) {
              const err28 = { instancePath: instancePath + "/spec/contact", schemaPath: "common.schema.json#/$defs/channel/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema107, data: data10 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (!pattern60.test(data10)) {
              const err29 = { instancePath: instancePath + "/spec/contact", schemaPath: "common.schema.json#/$defs/channel/pattern", keyword: "pattern", params: { pattern: "^(#[a-z0-9][a-z0-9._-]{0,79}|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|https://\\S+)$" }, message: 'must match pattern "^(#[a-z0-9][a-z0-9._-]{0,79}|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|https://\\S+)$"', schema: "^(#[a-z0-9][a-z0-9._-]{0,79}|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|https://\\S+)$", parentSchema: schema107, data: data10 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          } else {
            const err30 = { instancePath: instancePath + "/spec/contact", schemaPath: "common.schema.json#/$defs/channel/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema107.type, parentSchema: schema107, data: data10 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      } else {
        const err31 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema130.properties.spec.type, parentSchema: schema130.properties.spec, data: data5 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema130.type, parentSchema: schema130, data };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate57.errors = vErrors;
  return errors === 0;
}
validate57.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var Waiver = validate58;
var schema138 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://meshplane.dev/schemas/v1/waiver.schema.json", "title": "Waiver", "description": "A time-limited exception to one policy rule for one product, approved by the governance group, at `policies/waivers/<name>.yaml`.", "type": "object", "additionalProperties": false, "required": ["apiVersion", "kind", "metadata", "spec"], "properties": { "apiVersion": { "$ref": "common.schema.json#/$defs/apiVersion" }, "kind": { "description": "The file kind.", "const": "Waiver" }, "metadata": { "title": "WaiverMetadata", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "common.schema.json#/$defs/slug", "description": "The waiver's name; equals the file name without `.yaml`." } } }, "spec": { "title": "WaiverSpec", "type": "object", "additionalProperties": false, "required": ["rule", "product", "reason", "approvedBy", "expires"], "properties": { "rule": { "description": "The id of the waived rule, such as `global.locality.declared`.", "type": "string", "pattern": "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$", "maxLength": 127 }, "product": { "$ref": "common.schema.json#/$defs/productId", "description": "The product the waiver applies to." }, "reason": { "$ref": "common.schema.json#/$defs/text", "description": "Why the exception is acceptable, and the plan to end it." }, "approvedBy": { "$ref": "common.schema.json#/$defs/githubHandle", "description": "Who approved it for the governance group." }, "expires": { "$ref": "common.schema.json#/$defs/date", "description": "The last day the waiver applies." } } } } };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate58.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema138.required, parentSchema: schema138, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema138.required, parentSchema: schema138, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metadata === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metadata" }, message: "must have required property 'metadata'", schema: schema138.required, parentSchema: schema138, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.spec === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "spec" }, message: "must have required property 'spec'", schema: schema138.required, parentSchema: schema138, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "kind" || key0 === "metadata" || key0 === "spec")) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema138, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("meshplane/v1" !== data0) {
        const err5 = { instancePath: instancePath + "/apiVersion", schemaPath: "common.schema.json#/$defs/apiVersion/const", keyword: "const", params: { allowedValue: "meshplane/v1" }, message: "must be equal to constant", schema: "meshplane/v1", parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("Waiver" !== data1) {
        const err6 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Waiver" }, message: "must be equal to constant", schema: "Waiver", parentSchema: schema138.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data2 = data.metadata;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (data2.name === void 0) {
          const err7 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema138.properties.metadata.required, parentSchema: schema138.properties.metadata, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          if (!(key1 === "name")) {
            const err8 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema138.properties.metadata, data: data2 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.name !== void 0) {
          let data3 = data2.name;
          if (typeof data3 === "string") {
            if (func1(data3) > 63) {
              const err9 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters", schema: 63, parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (!pattern17.test(data3)) {
              const err10 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema35, data: data3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/metadata/name", schemaPath: "common.schema.json#/$defs/slug/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/metadata", schemaPath: "#/properties/metadata/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema138.properties.metadata.type, parentSchema: schema138.properties.metadata, data: data2 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.spec !== void 0) {
      let data4 = data.spec;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.rule === void 0) {
          const err13 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema138.properties.spec.required, parentSchema: schema138.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data4.product === void 0) {
          const err14 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property 'product'", schema: schema138.properties.spec.required, parentSchema: schema138.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.reason === void 0) {
          const err15 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema138.properties.spec.required, parentSchema: schema138.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data4.approvedBy === void 0) {
          const err16 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "approvedBy" }, message: "must have required property 'approvedBy'", schema: schema138.properties.spec.required, parentSchema: schema138.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (data4.expires === void 0) {
          const err17 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/required", keyword: "required", params: { missingProperty: "expires" }, message: "must have required property 'expires'", schema: schema138.properties.spec.required, parentSchema: schema138.properties.spec, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "rule" || key2 === "product" || key2 === "reason" || key2 === "approvedBy" || key2 === "expires")) {
            const err18 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema138.properties.spec, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.rule !== void 0) {
          let data5 = data4.rule;
          if (typeof data5 === "string") {
            if (func1(data5) > 127) {
              const err19 = { instancePath: instancePath + "/spec/rule", schemaPath: "#/properties/spec/properties/rule/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: schema138.properties.spec.properties.rule, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (!pattern15.test(data5)) {
              const err20 = { instancePath: instancePath + "/spec/rule", schemaPath: "#/properties/spec/properties/rule/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$" }, message: 'must match pattern "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$"', schema: "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$", parentSchema: schema138.properties.spec.properties.rule, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/spec/rule", schemaPath: "#/properties/spec/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema138.properties.spec.properties.rule.type, parentSchema: schema138.properties.spec.properties.rule, data: data5 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data4.product !== void 0) {
          let data6 = data4.product;
          if (typeof data6 === "string") {
            if (func1(data6) > 127) {
              const err22 = { instancePath: instancePath + "/spec/product", schemaPath: "common.schema.json#/$defs/productId/maxLength", keyword: "maxLength", params: { limit: 127 }, message: "must NOT have more than 127 characters", schema: 127, parentSchema: schema39, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (!pattern18.test(data6)) {
              const err23 = { instancePath: instancePath + "/spec/product", schemaPath: "common.schema.json#/$defs/productId/pattern", keyword: "pattern", params: { pattern: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$" }, message: 'must match pattern "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$"', schema: "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$", parentSchema: schema39, data: data6 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = { instancePath: instancePath + "/spec/product", schemaPath: "common.schema.json#/$defs/productId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data6 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data4.reason !== void 0) {
          let data7 = data4.reason;
          if (typeof data7 === "string") {
            if (func1(data7) > 2e4) {
              const err25 = { instancePath: instancePath + "/spec/reason", schemaPath: "common.schema.json#/$defs/text/maxLength", keyword: "maxLength", params: { limit: 2e4 }, message: "must NOT have more than 20000 characters", schema: 2e4, parentSchema: schema49, data: data7 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (func1(data7) < 1) {
              const err26 = { instancePath: instancePath + "/spec/reason", schemaPath: "common.schema.json#/$defs/text/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema49, data: data7 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = { instancePath: instancePath + "/spec/reason", schemaPath: "common.schema.json#/$defs/text/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema49.type, parentSchema: schema49, data: data7 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data4.approvedBy !== void 0) {
          let data8 = data4.approvedBy;
          if (typeof data8 === "string") {
            if (!pattern16.test(data8)) {
              const err28 = { instancePath: instancePath + "/spec/approvedBy", schemaPath: "common.schema.json#/$defs/githubHandle/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$" }, message: 'must match pattern "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$"', schema: "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$", parentSchema: schema34, data: data8 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = { instancePath: instancePath + "/spec/approvedBy", schemaPath: "common.schema.json#/$defs/githubHandle/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data8 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data4.expires !== void 0) {
          let data9 = data4.expires;
          if (typeof data9 === "string") {
            if (!formats0.validate(data9)) {
              const err30 = { instancePath: instancePath + "/spec/expires", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema46, data: data9 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = { instancePath: instancePath + "/spec/expires", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema46.type, parentSchema: schema46, data: data9 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/spec", schemaPath: "#/properties/spec/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema138.properties.spec.type, parentSchema: schema138.properties.spec, data: data4 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
  } else {
    const err33 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema138.type, parentSchema: schema138, data };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
validate58.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// packages/core/dist/validate/compile-validators.js
var FILE_KINDS = ["DataProduct", "Domain", "Team", "Waiver", "Config", "DataSharingAgreement"];
var VALIDATORS = validators_exports;
function getValidator(kind) {
  return VALIDATORS[kind];
}
function isFileKind(kind) {
  return typeof kind === "string" && FILE_KINDS.includes(kind);
}

// node_modules/fastest-levenshtein/esm/mod.js
var peq = new Uint32Array(65536);
var myers_32 = (a, b) => {
  const n = a.length;
  const m = b.length;
  const lst = 1 << n - 1;
  let pv = -1;
  let mv = 0;
  let sc = n;
  let i = n;
  while (i--) {
    peq[a.charCodeAt(i)] |= 1 << i;
  }
  for (i = 0; i < m; i++) {
    let eq = peq[b.charCodeAt(i)];
    const xv = eq | mv;
    eq |= (eq & pv) + pv ^ pv;
    mv |= ~(eq | pv);
    pv &= eq;
    if (mv & lst) {
      sc++;
    }
    if (pv & lst) {
      sc--;
    }
    mv = mv << 1 | 1;
    pv = pv << 1 | ~(xv | mv);
    mv &= xv;
  }
  i = n;
  while (i--) {
    peq[a.charCodeAt(i)] = 0;
  }
  return sc;
};
var myers_x = (b, a) => {
  const n = a.length;
  const m = b.length;
  const mhc = [];
  const phc = [];
  const hsize = Math.ceil(n / 32);
  const vsize = Math.ceil(m / 32);
  for (let i = 0; i < hsize; i++) {
    phc[i] = -1;
    mhc[i] = 0;
  }
  let j = 0;
  for (; j < vsize - 1; j++) {
    let mv2 = 0;
    let pv2 = -1;
    const start2 = j * 32;
    const vlen2 = Math.min(32, m) + start2;
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] |= 1 << k;
    }
    for (let i = 0; i < n; i++) {
      const eq = peq[a.charCodeAt(i)];
      const pb = phc[i / 32 | 0] >>> i & 1;
      const mb = mhc[i / 32 | 0] >>> i & 1;
      const xv = eq | mv2;
      const xh = ((eq | mb) & pv2) + pv2 ^ pv2 | eq | mb;
      let ph = mv2 | ~(xh | pv2);
      let mh = pv2 & xh;
      if (ph >>> 31 ^ pb) {
        phc[i / 32 | 0] ^= 1 << i;
      }
      if (mh >>> 31 ^ mb) {
        mhc[i / 32 | 0] ^= 1 << i;
      }
      ph = ph << 1 | pb;
      mh = mh << 1 | mb;
      pv2 = mh | ~(xv | ph);
      mv2 = ph & xv;
    }
    for (let k = start2; k < vlen2; k++) {
      peq[b.charCodeAt(k)] = 0;
    }
  }
  let mv = 0;
  let pv = -1;
  const start = j * 32;
  const vlen = Math.min(32, m - start) + start;
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] |= 1 << k;
  }
  let score = m;
  for (let i = 0; i < n; i++) {
    const eq = peq[a.charCodeAt(i)];
    const pb = phc[i / 32 | 0] >>> i & 1;
    const mb = mhc[i / 32 | 0] >>> i & 1;
    const xv = eq | mv;
    const xh = ((eq | mb) & pv) + pv ^ pv | eq | mb;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    score += ph >>> m - 1 & 1;
    score -= mh >>> m - 1 & 1;
    if (ph >>> 31 ^ pb) {
      phc[i / 32 | 0] ^= 1 << i;
    }
    if (mh >>> 31 ^ mb) {
      mhc[i / 32 | 0] ^= 1 << i;
    }
    ph = ph << 1 | pb;
    mh = mh << 1 | mb;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k = start; k < vlen; k++) {
    peq[b.charCodeAt(k)] = 0;
  }
  return score;
};
var distance = (a, b) => {
  if (a.length < b.length) {
    const tmp = b;
    b = a;
    a = tmp;
  }
  if (b.length === 0) {
    return a.length;
  }
  if (a.length <= 32) {
    return myers_32(a, b);
  }
  return myers_x(a, b);
};

// packages/core/dist/validate/suggest.js
function suggestClosest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0.5 : distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : void 0;
}
function didYouMean(word, candidates) {
  const s = suggestClosest(word, candidates);
  return s ? `Did you mean \`${s}\`? ` : "";
}

// packages/core/dist/validate/explain-schema-errors.js
function explainSchemaErrors(errors, doc, productId) {
  const composites = errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf");
  const isBranchError = (e) => composites.some((c) => c !== e && (e.schemaPath.startsWith(c.schemaPath + "/") || e.instancePath === c.instancePath && e.keyword !== c.keyword && !["required", "additionalProperties"].includes(e.keyword)));
  const typos = findTypos(errors);
  const seen2 = /* @__PURE__ */ new Set();
  const findings = [];
  for (const e of errors) {
    if (e.keyword === "if" || isBranchError(e))
      continue;
    if (e.keyword === "required" && typos.has(`${e.instancePath}|${String(e.params.missingProperty)}`))
      continue;
    const x = explainError(e);
    if (e.keyword === "additionalProperties") {
      const meant = typos.get(`${e.instancePath}|${String(e.params.additionalProperty)}`);
      if (meant)
        x.message = x.message.replace(/\.$/, `; the required key ${code(meant)} is missing.`);
    }
    const pointer = x.pointer ?? e.instancePath;
    const key = `${x.ruleId}|${pointer}|${x.message}`;
    if (seen2.has(key))
      continue;
    seen2.add(key);
    const pos = doc.locate(pointer, x.part ?? "value");
    findings.push({
      ruleId: x.ruleId,
      severity: "error",
      message: x.message,
      ...x.hint ? { hint: x.hint } : {},
      file: doc.file,
      line: pos.line,
      column: pos.column,
      pointer,
      ...productId ? { productId } : {}
    });
  }
  return findings;
}
function findTypos(errors) {
  const out = /* @__PURE__ */ new Map();
  const missing = errors.filter((e) => e.keyword === "required");
  for (const e of errors) {
    if (e.keyword !== "additionalProperties")
      continue;
    const unknown2 = String(e.params.additionalProperty);
    const candidates = missing.filter((m) => m.instancePath === e.instancePath).map((m) => String(m.params.missingProperty));
    const meant = suggestClosest(unknown2, candidates);
    if (!meant)
      continue;
    out.set(`${e.instancePath}|${meant}`, unknown2);
    out.set(`${e.instancePath}|${unknown2}`, meant);
  }
  return out;
}
var quote = (v) => typeof v === "string" ? `"${v.length > 60 ? v.slice(0, 57) + "…" : v}"` : JSON.stringify(v) ?? String(v);
var code = (v) => `\`${String(v)}\``;
function explainError(e) {
  const at = describePointer(e.instancePath);
  const parent = e.parentSchema ?? {};
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const where3 = e.instancePath === "" ? "at the top level" : `in ${at}`;
      return {
        ruleId: "schema.unknown-key",
        message: `Unknown key ${code(key)} ${where3}.`,
        hint: `${didYouMean(key, allowed)}Allowed keys: ${allowed.join(", ")}.`,
        pointer: e.instancePath + formatPointer([key]),
        part: "key"
      };
    }
    case "required": {
      const key = String(p.missingProperty);
      const prop = (parent.properties ?? {})[key];
      const why = typeof prop?.description === "string" ? ` ${prop.description}` : "";
      const where3 = e.instancePath === "" ? "at the top level" : `in ${at}`;
      return { ruleId: "schema.missing-key", message: `Missing required key ${code(key)} ${where3}.`, hint: `Add ${code(key + ":")}.${why}`, part: "key" };
    }
    case "enum": {
      const allowed = p.allowedValues.map(String);
      return {
        ruleId: "schema.invalid-value",
        message: `${at} is ${quote(e.data)}, which is not one of the allowed values.`,
        hint: `${typeof e.data === "string" ? didYouMean(e.data, allowed) : ""}Use one of: ${allowed.join(", ")}.`
      };
    }
    case "const":
      return {
        ruleId: "schema.invalid-value",
        message: `${at} is ${quote(e.data)} but must be ${code(p.allowedValue)}.`,
        hint: `Write ${code(p.allowedValue)}.`
      };
    case "type":
      return explainType(at, e.data, String(p.type));
    case "pattern":
    case "format":
      return {
        ruleId: "schema.invalid-format",
        message: `${at} ${quote(e.data)} is not in the expected form${e.keyword === "format" ? ` (${String(p.format)})` : ""}.`,
        hint: typeof parent.description === "string" ? parent.description : `Expected ${e.keyword === "format" ? String(p.format) : `to match ${String(p.pattern)}`}.`
      };
    case "minItems":
    case "maxItems":
    case "minLength":
    case "maxLength":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return explainLimit(at, e.keyword, p.limit);
    case "uniqueItems":
      return {
        ruleId: "schema.duplicate-item",
        message: `${at} lists the same item twice (items ${Number(p.j) + 1} and ${Number(p.i) + 1}).`,
        hint: "Remove the duplicate.",
        pointer: e.instancePath + formatPointer([Number(p.i)])
      };
    case "oneOf":
    case "anyOf":
      return explainComposite(at, e.data, parent, e.keyword);
    case "propertyNames":
      return {
        ruleId: "schema.invalid-format",
        message: `${at} has a key ${quote(p.propertyName)} that is not allowed.`,
        hint: "Keys here are rule ids such as `global.ownership.owner-team`."
      };
    default:
      return { ruleId: "schema.invalid", message: `${at} ${e.message ?? "is not valid"}.` };
  }
}
function explainType(at, data, expected) {
  const actual = data === null ? "empty" : Array.isArray(data) ? "a list" : typeof data === "object" ? "a mapping" : `a ${typeof data}`;
  const wanted = expected === "object" ? "a mapping (key: value pairs)" : expected === "array" ? "a list" : `a ${expected}`;
  let hint = `Write ${wanted} here.`;
  if (expected === "string" && (typeof data === "number" || typeof data === "boolean")) {
    hint = `YAML read the value as the ${typeof data} ${String(data)}; write it in quotes exactly as you mean it (for a version: "1.0.0").`;
  }
  return { ruleId: "schema.wrong-type", message: `${at} is ${actual}, but must be ${wanted}.`, hint };
}
function explainLimit(at, keyword, limit) {
  const n = Number(limit);
  const text6 = {
    minItems: `needs at least ${n} item${n === 1 ? "" : "s"}`,
    maxItems: `may have at most ${n} items`,
    minLength: n === 1 ? "must not be empty" : `must be at least ${n} characters long`,
    maxLength: `must be at most ${n} characters long`,
    minimum: `must be at least ${n}`,
    maximum: `must be at most ${n}`,
    exclusiveMinimum: `must be greater than ${n}`,
    exclusiveMaximum: `must be less than ${n}`
  };
  return { ruleId: "schema.out-of-range", message: `${at} ${text6[keyword] ?? "is out of range"}.`, hint: "Change the value to fit the limit." };
}
function explainComposite(at, data, parent, keyword) {
  const branches = parent[keyword] ?? [];
  const requiredSets = branches.map((b) => b.required).filter((r) => Array.isArray(r));
  if (requiredSets.length === branches.length && requiredSets.length > 0) {
    const forms = requiredSets.map((r) => r.map(code).join(" and ")).join(keyword === "oneOf" ? ", or " : " or ");
    const present = data && typeof data === "object" ? Object.keys(data).map(code).join(", ") : "";
    return {
      ruleId: "schema.invalid",
      message: `${at} must have ${keyword === "oneOf" ? "exactly one of" : "at least one of"}: ${forms}${present ? ` (it has ${present})` : ""}.`,
      hint: typeof parent.description === "string" ? parent.description : `Write ${forms}.`
    };
  }
  return {
    ruleId: "schema.invalid-format",
    message: `${at} ${quote(data)} is not in any accepted form.`,
    hint: typeof parent.description === "string" ? parent.description : "See the schema reference in docs/reference/."
  };
}

// packages/core/dist/validate/validate-document.js
function validateDocument(doc) {
  const v = doc.value;
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    return { doc, kind: void 0, valid: false, findings: [notAMapping(doc, v)] };
  }
  const known = validated.get(v);
  if (known && known.file === doc.file)
    return { doc, kind: known.kind, valid: known.valid, findings: known.findings };
  const kind = v.kind;
  if (!isFileKind(kind))
    return { doc, kind: void 0, valid: false, findings: [unknownKind(doc, kind)] };
  const validate = getValidator(kind);
  const valid = validate(v);
  const id = productIdOf(v);
  const findings = valid ? [] : explainSchemaErrors(validate.errors ?? [], doc, kind === "DataProduct" ? id : void 0);
  validated.set(v, { file: doc.file, kind, valid, findings });
  return { doc, kind, valid, findings };
}
var validated = /* @__PURE__ */ new WeakMap();
function productIdOf(v) {
  const id = v.metadata?.id;
  return typeof id === "string" ? id : void 0;
}
function notAMapping(doc, v) {
  const what = Array.isArray(v) ? "a list" : v === null ? "empty" : `a single ${typeof v}`;
  return {
    ruleId: "yaml.not-a-mapping",
    severity: "error",
    message: `The file is ${what}; a Meshplane file is a mapping with apiVersion, kind, metadata and spec.`,
    hint: "Start from `mesh new product <domain>/<name>` or a file in docs/reference/.",
    file: doc.file,
    line: 1,
    column: 1,
    pointer: ""
  };
}
function unknownKind(doc, kind) {
  const pos = doc.locate("/kind");
  const has = kind !== void 0;
  return {
    ruleId: "schema.unknown-kind",
    severity: "error",
    message: has ? `Unknown kind ${JSON.stringify(kind)}.` : "The file has no `kind`.",
    hint: `${typeof kind === "string" ? didYouMean(kind, FILE_KINDS) : ""}Use one of: ${FILE_KINDS.join(", ")}.`,
    file: doc.file,
    line: pos.line,
    column: pos.column,
    pointer: has ? "/kind" : ""
  };
}

// packages/core/dist/validate/check-product-consistency.js
function checkProductConsistency(product, doc) {
  const productId = product.metadata.id;
  const out = [
    ...reportDuplicates(doc, productId, { names: product.spec.inputPorts.map((p) => p.name), at: ["spec", "inputPorts"], what: "Input port" }),
    ...reportDuplicates(doc, productId, { names: product.spec.outputPorts.map((p) => p.name), at: ["spec", "outputPorts"], what: "Output port" })
  ];
  product.spec.outputPorts.forEach((port, p) => out.push(...checkPort(port, p, doc, productId)));
  return out;
}
function checkPort(port, p, doc, productId) {
  const out = [];
  const base = ["spec", "outputPorts", p];
  const columns = port.schema.map((c) => c.name);
  const known = new Set(columns);
  const where3 = ` in port \`${port.name}\``;
  out.push(...reportDuplicates(doc, productId, { names: columns, at: [...base, "schema"], what: "Column", where: where3 }), ...reportDuplicates(doc, productId, { names: (port.slos ?? []).map((s) => s.name), at: [...base, "slos"], what: "SLO", where: where3 }));
  const refs = [
    [["temporal", "actualTime"], port.temporal.actualTime],
    [["temporal", "processingTime"], port.temporal.processingTime],
    ...(port.primaryKey ?? []).map((c, i) => [["primaryKey", i], c])
  ];
  (port.quality ?? []).forEach((q, i) => {
    if (q.column)
      refs.push([["quality", i, "column"], q.column]);
    (q.columns ?? []).forEach((c, j) => refs.push([["quality", i, "columns", j], c]));
  });
  for (const [at, name] of refs) {
    if (known.has(name))
      continue;
    out.push(findingAt(doc, formatPointer([...base, ...at]), {
      ruleId: "product.unknown-column",
      message: `Column \`${name}\` is not in the schema of port \`${port.name}\`.`,
      hint: `${didYouMean(name, columns)}Name one of its columns: ${columns.join(", ")}.`,
      productId
    }));
  }
  port.schema.forEach((c, i) => {
    if (c.precision === void 0 && c.scale === void 0)
      return;
    const at = formatPointer([...base, "schema", i]);
    if (c.type !== "decimal") {
      out.push(findingAt(doc, at + "/type", {
        ruleId: "product.decimal-only",
        message: `Column \`${c.name}\` has precision or scale but is of type ${c.type}.`,
        hint: "Use type `decimal`, or remove precision and scale.",
        productId
      }));
    }
    if (c.precision !== void 0 && c.scale !== void 0 && c.scale > c.precision) {
      out.push(findingAt(doc, at + "/scale", {
        ruleId: "product.decimal-scale",
        message: `Column \`${c.name}\` has scale ${c.scale} above its precision ${c.precision}.`,
        hint: "Scale counts digits after the point and cannot exceed precision.",
        productId
      }));
    }
  });
  return out;
}
function reportDuplicates(doc, productId, o) {
  return duplicates(o.names).map(([i, name]) => findingAt(doc, formatPointer([...o.at, i, "name"]), {
    ruleId: "product.duplicate-name",
    message: `${o.what} \`${name}\` is declared twice${o.where ?? ""}.`,
    hint: `${o.what} names are unique within their list; rename or remove one.`,
    productId
  }));
}
function duplicates(values) {
  const seen2 = /* @__PURE__ */ new Set();
  const out = [];
  values.forEach((v, i) => seen2.has(v) ? out.push([i, v]) : seen2.add(v));
  return out;
}

// packages/core/dist/agreement/read-agreement-node.js
var rec2 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list2 = (v) => Array.isArray(v) ? v : [];
var str2 = (v) => typeof v === "string" ? v : void 0;
function readAgreementNode(doc, valid) {
  const data = rec2(doc.value);
  const name = str2(rec2(data.metadata).name);
  if (name === void 0)
    return void 0;
  const spec = rec2(data.spec);
  const provider = rec2(spec.provider);
  const consumer = rec2(spec.consumer);
  const ports = list2(provider.ports).flatMap((p, index) => {
    const port = rec2(p);
    const portName = str2(port.name);
    if (!portName)
      return [];
    const columns = list2(port.columns).filter((c) => typeof c === "string");
    const ceiling = str2(port.maxClassification);
    return [{ name: portName, index, ...columns.length ? { columns } : {}, ...ceiling ? { maxClassification: ceiling } : {} }];
  });
  const product = str2(provider.product);
  const node = { name, file: doc.file, doc, valid, data, id: `${product ?? "?"}/${name}`, ports };
  const team = str2(consumer.team);
  const consumerProduct = str2(consumer.product);
  const purpose = str2(spec.purpose);
  const legalBasis = str2(spec.legalBasis);
  const start = str2(spec.start);
  const end = str2(spec.end);
  if (product !== void 0)
    node.provider = product;
  if (team !== void 0)
    node.team = team;
  if (consumerProduct !== void 0)
    node.consumerProduct = consumerProduct;
  if (purpose !== void 0)
    node.purpose = purpose;
  if (legalBasis !== void 0)
    node.legalBasis = legalBasis;
  if (start !== void 0)
    node.start = start;
  if (end !== void 0)
    node.end = end;
  return node;
}
function isAgreementActive(a, today) {
  return a.start !== void 0 && a.end !== void 0 && a.start <= today && today <= a.end;
}

// packages/core/dist/catalog/index-catalog.js
function indexCatalog(source) {
  const index = { products: [], domains: [], teams: [], waivers: [], configs: [], agreements: [], files: new Set(source.files) };
  const findings = [];
  const docs = [...source.documents].sort((a, b) => a.file.localeCompare(b.file));
  for (const doc of docs) {
    const v = judgeFile(doc, source.memo);
    findings.push(...v.findings);
    if (v.kind === "DataProduct") {
      const node = readProductNode(doc, v.valid);
      if (node)
        index.products.push(node);
    } else if (v.kind === "DataSharingAgreement") {
      const node = readAgreementNode(doc, v.valid);
      if (node)
        index.agreements.push(node);
    } else if (v.kind) {
      const entry = readNamedEntry(doc, v.valid, v.kind);
      if (!entry)
        continue;
      const list16 = { Domain: index.domains, Team: index.teams, Waiver: index.waivers, Config: index.configs }[v.kind];
      list16.push(entry);
    }
  }
  return { index, findings };
}
function judgeFile(doc, memo) {
  const known = memo?.recall(doc);
  if (isFileVerdict(known))
    return known.findings.length === 0 ? known : structuredClone(known);
  const v = validateDocument(doc);
  const verdict = {
    kind: v.kind,
    valid: v.valid,
    findings: v.kind === "DataProduct" && v.valid ? [...v.findings, ...checkProductConsistency(doc.value, doc)] : v.findings
  };
  memo?.remember(doc, verdict.findings.length === 0 ? verdict : structuredClone(verdict));
  return verdict;
}
function isFileVerdict(x) {
  const v = x;
  return typeof v === "object" && v !== null && typeof v.valid === "boolean" && Array.isArray(v.findings) && (v.kind === void 0 || isFileKind(v.kind));
}

// packages/core/dist/report/fold-consequences.js
var BUILT_IN = [
  "schema.",
  "yaml.",
  "file.",
  "identity.",
  "graph.",
  "change.",
  "waiver.",
  "policy.",
  "codeowners.",
  "platform.",
  "lifecycle.",
  "agreement.",
  "access."
];
var isPolicyRule = (ruleId) => !BUILT_IN.some((p) => ruleId.startsWith(p));
var named = (f) => `\`${f.productId ?? f.file ?? f.ruleId}\``;
function foldConsequences(findings) {
  const firstError = /* @__PURE__ */ new Map();
  for (const f of findings)
    if (f.severity === "error" && f.file && !f.cause && !firstError.has(f.file))
      firstError.set(f.file, f);
  const compileError = findings.find((f) => f.severity === "error" && f.ruleId.startsWith("policy.") && f.ruleId !== "policy.none");
  const builtIn = new Set(findings.filter((f) => f.severity === "error" && !isPolicyRule(f.ruleId) && f.productId).map((f) => `${f.productId}\0${f.pointer ?? ""}`));
  const folded = /* @__PURE__ */ new Map();
  const kept = [];
  for (const f of findings) {
    const under = causeOf(f);
    if (under && under !== f)
      folded.set(under, [...folded.get(under) ?? [], f]);
    else if (f.severity === "error" && isPolicyRule(f.ruleId) && builtIn.has(`${f.productId}\0${f.pointer ?? ""}`))
      continue;
    else
      kept.push(f);
  }
  return kept.map((f) => {
    const more = folded.get(f);
    if (!more)
      return f;
    const which = [...new Set(more.map(named))];
    const list16 = `${which.slice(0, 5).join(", ")}${which.length > 5 ? `, and ${which.length - 5} more` : ""}`;
    const n = more.length;
    return {
      ...f,
      message: `${f.message} (and ${n} consequence${n === 1 ? "" : "s"}: ${list16}; fixing this fixes ${n === 1 ? "it" : "them"})`,
      consequences: n
    };
  });
  function causeOf(f) {
    if (f.cause?.startsWith("file:"))
      return firstError.get(f.cause.slice("file:".length));
    if (f.ruleId === "yaml.syntax" && f.file) {
      const first = firstError.get(f.file);
      return first?.ruleId === "yaml.syntax" ? first : void 0;
    }
    if (compileError && f.ruleId === "waiver.unknown-rule")
      return compileError;
    return void 0;
  }
}

// packages/core/dist/graph/build-mesh-graph.js
function buildMeshGraph(products, agreements = []) {
  const nodes = /* @__PURE__ */ new Map();
  for (const p of products)
    if (!nodes.has(p.id))
      nodes.set(p.id, p);
  const edges = [];
  const upstreamEdges = /* @__PURE__ */ new Map();
  const downstreamEdges = /* @__PURE__ */ new Map();
  for (const p of nodes.values()) {
    for (const input of p.inputs) {
      if (input.product === void 0 || !nodes.has(input.product))
        continue;
      const edge = { producer: input.product, port: input.port ?? "", consumer: p.id, inputPort: input.name };
      edges.push(edge);
      push(upstreamEdges, p.id, edge);
      push(downstreamEdges, input.product, edge);
    }
  }
  const shared = /* @__PURE__ */ new Map();
  for (const a of agreements)
    if (a.provider)
      push(shared, a.provider, a);
  return { nodes, edges, upstreamEdges, downstreamEdges, agreements: shared };
}
function push(m, k, v) {
  const a = m.get(k);
  if (a)
    a.push(v);
  else
    m.set(k, [v]);
}

// packages/core/dist/graph/find-cycles.js
function findCycles(graph) {
  const ids = [...graph.nodes.keys()].sort();
  const succ = (id) => (graph.downstreamEdges.get(id) ?? []).map((e) => e.consumer);
  const cycles = [];
  for (const scc of stronglyConnected(ids, succ)) {
    const members = new Set(scc);
    const start = [...scc].sort()[0];
    const selfLoop = succ(start).includes(start);
    if (scc.length === 1 && !selfLoop)
      continue;
    cycles.push(selfLoop ? [start, start] : shortestCycle(start, members, succ));
  }
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}
function shortestCycle(start, members, succ) {
  const parent = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const cur = queue[i];
    for (const n of [...succ(cur)].sort()) {
      if (!members.has(n))
        continue;
      if (n === start) {
        const path = [start];
        for (let x = cur; x !== void 0 && x !== start; x = parent.get(x))
          path.splice(1, 0, x);
        return [...path, start];
      }
      if (!parent.has(n)) {
        parent.set(n, cur);
        queue.push(n);
      }
    }
  }
  return [start, start];
}
function stronglyConnected(ids, succ) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const onStack = /* @__PURE__ */ new Set();
  const stack = [];
  const out = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root))
      continue;
    const work = [];
    const visit = (id) => {
      index.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, next: succ(id), i: 0 });
    };
    visit(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      if (top.i < top.next.length) {
        const n = top.next[top.i++];
        if (!index.has(n))
          visit(n);
        else if (onStack.has(n))
          low.set(top.id, Math.min(low.get(top.id), index.get(n)));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent)
        low.set(parent.id, Math.min(low.get(parent.id), low.get(top.id)));
      if (low.get(top.id) === index.get(top.id)) {
        const scc = [];
        let x;
        do {
          x = stack.pop();
          onStack.delete(x);
          scc.push(x);
        } while (x !== top.id);
        out.push(scc);
      }
    }
  }
  return out;
}

// packages/core/dist/graph/check-cycles.js
function checkCycles(graph) {
  return findCycles(graph).map((cycle) => {
    const start = cycle[0];
    const closing = cycle[cycle.length - 2];
    const node = graph.nodes.get(start);
    const input = node?.inputs.find((i) => i.product === closing);
    const path = [...cycle].reverse().join(" → ");
    const text6 = {
      ruleId: "graph.cycle",
      message: `Lineage cycle: ${path} (each product reads the next).`,
      hint: "Break the cycle: one of these input ports must read an operational source or an earlier product instead.",
      productId: start
    };
    if (!node)
      return { ...text6, severity: "error" };
    return findingAt(node.doc, input ? formatPointer(["spec", "inputPorts", input.index, "source", "product"]) : "/spec/inputPorts", text6);
  });
}

// packages/core/dist/graph/is-checked.js
function isChecked(file, only) {
  return only === void 0 || only.has(file);
}

// packages/core/dist/graph/check-identity.js
var RESERVED_DOMAINS = /* @__PURE__ */ new Set(["teams"]);
var PRODUCT_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function checkIdentity(index, layout, only) {
  return [
    ...checkProductIds(index.products, layout, only),
    ...checkNames(index.domains, "Domain", (n) => `${layout.catalogRoot}/${n}/domain.yaml`, only),
    ...checkNames(index.teams, "Team", (n) => `${layout.catalogRoot}/teams/${n}.yaml`, only),
    ...checkNames(index.waivers, "Waiver", (n) => `policies/waivers/${n}.yaml`, only)
  ];
}
function checkProductIds(products, layout, only) {
  const out = [];
  const first = /* @__PURE__ */ new Map();
  for (const p of products) {
    const productId = p.id;
    const earlier = first.get(p.id);
    if (!earlier)
      first.set(p.id, p);
    if (!isChecked(p.file, only))
      continue;
    if (earlier) {
      out.push(findingAt(p.doc, "/metadata/id", {
        ruleId: "graph.duplicate-id",
        message: `Product id \`${p.id}\` is already used by ${earlier.file}:${earlier.doc.locate("/metadata/id").line}.`,
        hint: "Product ids are unique across the mesh. Give this product its own id (and folder).",
        productId
      }));
    }
    if (!PRODUCT_ID.test(p.id))
      continue;
    const [domain, name] = p.id.split(".");
    const expected = `${layout.catalogRoot}/${domain}/${name}/product.yaml`;
    if (!sameFile(p.file, expected)) {
      out.push(findingAt(p.doc, "/metadata/id", {
        ruleId: "graph.id-folder-mismatch",
        message: `Product id \`${p.id}\` does not match its location ${p.file}.`,
        hint: `Ids are permanent addresses: move the file to ${expected}. To change the id, deprecate this product and create a successor.`,
        productId
      }));
    }
    if (p.domain !== void 0 && p.domain !== domain) {
      out.push(findingAt(p.doc, "/metadata/domain", {
        ruleId: "graph.domain-mismatch",
        message: `metadata.domain is \`${p.domain}\` but the id \`${p.id}\` places the product in domain \`${domain}\`.`,
        hint: `Set \`domain: ${domain}\`; a product lives in the folder of its domain.`,
        productId
      }));
    }
  }
  return out;
}
function checkNames(entries, kind, pathOf, only) {
  const out = [];
  const first = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const earlier = first.get(e.name);
    if (!earlier)
      first.set(e.name, e);
    if (!isChecked(e.file, only))
      continue;
    if (earlier) {
      out.push(findingAt(e.doc, "/metadata/name", {
        ruleId: "graph.duplicate-name",
        message: `${kind} \`${e.name}\` is already defined in ${earlier.file}.`,
        hint: `Each ${kind.toLowerCase()} is defined once; remove or rename one of them.`
      }));
    }
    if (kind === "Domain" && RESERVED_DOMAINS.has(e.name)) {
      out.push(findingAt(e.doc, "/metadata/name", {
        ruleId: "graph.reserved-name",
        message: `\`${e.name}\` is reserved and cannot name a domain.`,
        hint: "Choose another domain name; `catalog/teams/` holds the teams."
      }));
    } else if (!sameFile(e.file, pathOf(e.name))) {
      out.push(findingAt(e.doc, "/metadata/name", {
        ruleId: "graph.name-location-mismatch",
        message: `${kind} \`${e.name}\` is defined in ${e.file}.`,
        hint: `Move it to ${pathOf(e.name)}, or make metadata.name match the file's place.`
      }));
    }
  }
  return out;
}
function sameFile(actual, expected) {
  return actual === expected || actual === expected.replace(/\.yaml$/, ".yml");
}

// packages/core/dist/review/read-team-handles.js
function readTeamHandle(team) {
  const spec = team?.data.spec;
  return typeof spec?.github === "string" ? spec.github : void 0;
}
function readDomainOwner(domain) {
  const spec = domain?.data.spec;
  return typeof spec?.owner === "string" ? spec.owner : void 0;
}
function mapTeamHandles(index) {
  return new Map(index.teams.flatMap((t) => {
    const handle = readTeamHandle(t);
    return handle ? [[t.name, handle]] : [];
  }));
}

// packages/core/dist/graph/check-references.js
function checkReferences(index, only) {
  const teams = new Set(index.teams.map((t) => t.name));
  const domains = new Set(index.domains.map((d) => d.name));
  const products = /* @__PURE__ */ new Map();
  for (const p of index.products)
    if (!products.has(p.id))
      products.set(p.id, p);
  const out = [];
  for (const p of index.products)
    if (isChecked(p.file, only))
      out.push(...checkProductRefs(p, { teams, domains, products, files: index.files }));
  for (const d of index.domains) {
    if (!isChecked(d.file, only))
      continue;
    const owner = readDomainOwner(d);
    if (owner !== void 0 && !teams.has(owner))
      out.push(findingAt(d.doc, "/spec/owner", unknownTeam(owner, teams)));
  }
  for (const w of index.waivers) {
    if (!isChecked(w.file, only))
      continue;
    const product = readWaivedProduct(w);
    if (product !== void 0 && !products.has(product)) {
      out.push(findingAt(w.doc, "/spec/product", {
        ruleId: "graph.unknown-product",
        message: `Waiver names product \`${product}\`, which does not exist.`,
        hint: `${didYouMean(product, products.keys())}Name an existing product id.`
      }));
    }
  }
  return out;
}
function checkProductRefs(p, k) {
  const out = [];
  const productId = p.id;
  if (p.domain !== void 0 && !k.domains.has(p.domain)) {
    out.push(findingAt(p.doc, "/metadata/domain", {
      ruleId: "graph.unknown-domain",
      message: `Domain \`${p.domain}\` has no domain.yaml.`,
      hint: `${didYouMean(p.domain, k.domains)}Create catalog/${p.domain}/domain.yaml or use an existing domain.`,
      productId
    }));
  }
  if (p.owner !== void 0 && !k.teams.has(p.owner))
    out.push(findingAt(p.doc, "/metadata/owner", { ...unknownTeam(p.owner, k.teams), productId }));
  for (const c of p.consumers) {
    if (!k.teams.has(c.team))
      out.push(findingAt(p.doc, formatPointer(["spec", "access", "consumers", c.index, "team"]), { ...unknownTeam(c.team, k.teams), productId }));
  }
  for (const input of p.inputs) {
    if (input.product === void 0)
      continue;
    const at = formatPointer(["spec", "inputPorts", input.index, "source"]);
    const upstream = k.products.get(input.product);
    if (!upstream) {
      const unreadable = locateManifest(input.product, k.files);
      out.push(findingAt(p.doc, at + "/product", {
        ruleId: "graph.dangling-input",
        message: `Input port \`${input.name}\` reads product \`${input.product}\`, ${unreadable ? `whose manifest ${unreadable} has errors` : "which does not exist"}.`,
        hint: `${didYouMean(input.product, k.products.keys())}Name an existing product id (\`<domain>.<name>\`), or describe an operational source with \`system\` and \`kind\`.`,
        productId,
        ...unreadable ? { cause: `file:${unreadable}` } : {}
      }));
    } else if (input.port !== void 0 && !upstream.outputs.some((o) => o.name === input.port)) {
      const ports = upstream.outputs.map((o) => o.name);
      out.push(findingAt(p.doc, at + "/port", {
        ruleId: "graph.unknown-port",
        message: `Input port \`${input.name}\` reads port \`${input.port}\` of \`${input.product}\`, which has no such output port.`,
        hint: `${didYouMean(input.port, ports)}Its output ports: ${ports.join(", ") || "none"}.`,
        productId
      }));
    }
  }
  if (p.successor !== void 0 && !k.products.has(p.successor)) {
    out.push(findingAt(p.doc, "/metadata/successor", {
      ruleId: "graph.unknown-successor",
      message: `Successor \`${p.successor}\` does not exist.`,
      hint: `${didYouMean(p.successor, k.products.keys())}Name the product consumers should move to.`,
      productId
    }));
  }
  out.push(...checkDocFiles(p, k.files));
  return out;
}
function checkDocFiles(p, files) {
  return listDocRefs(p).filter((r) => r.path !== void 0 && !files.has(r.path)).map(({ pointer, rel, path }) => findingAt(p.doc, pointer, {
    ruleId: "graph.missing-file",
    message: `${String(rel)} does not exist beside the manifest (no file ${String(path)}).`,
    hint: `Add ${String(path)}, or remove the reference.`,
    productId: p.id
  }));
}
function listDocFileRefs(p) {
  return listDocRefs(p).flatMap((r) => r.path === void 0 ? [] : [r.path]);
}
function listDocRefs(p) {
  const docs = p.data.spec?.docs ?? {};
  const refs = [];
  for (const [key, v] of Object.entries(docs)) {
    if (typeof v === "string")
      refs.push([formatPointer(["spec", "docs", key]), v]);
    else if (Array.isArray(v))
      v.forEach((x, i) => refs.push([formatPointer(["spec", "docs", key, i]), x]));
  }
  const dir = p.file.includes("/") ? p.file.slice(0, p.file.lastIndexOf("/")) : "";
  return refs.map(([pointer, rel]) => ({
    pointer,
    rel,
    path: typeof rel === "string" && !rel.split("/").includes("..") ? joinPosix(dir, rel) : void 0
  }));
}
function joinPosix(dir, rel) {
  const file = rel.replace(/^\.\//, "");
  return dir ? `${dir}/${file}` : file;
}
function unknownTeam(team, teams) {
  return {
    ruleId: "graph.unknown-team",
    message: `Team \`${team}\` has no file in catalog/teams/.`,
    hint: `${didYouMean(team, teams)}Create catalog/teams/${team}.yaml or name an existing team.`
  };
}
function locateManifest(id, files) {
  const [domain, name, ...rest] = id.split(".");
  if (!domain || !name || rest.length > 0)
    return void 0;
  const tail = `/${domain}/${name}/product.yaml`;
  for (const f of files)
    if (f.endsWith(tail) || f === tail.slice(1))
      return f;
  return void 0;
}

// packages/core/dist/report/decide-verdict.js
function decideVerdict(report) {
  return report.findings.some(isBlocking) ? "fail" : "pass";
}
function isBlocking(f) {
  return f.severity === "error" && f.blocks !== false;
}
function describeExistingErrors(report) {
  const existing = report.findings.filter((f) => f.severity === "error" && f.blocks === false);
  if (existing.length === 0)
    return void 0;
  const products = new Set(existing.map((f) => f.productId ?? f.file ?? "")).size;
  const n = (k, w) => `${k} ${w}${k === 1 ? "" : "s"}`;
  const one = existing.length === 1;
  const where3 = report.baseline?.blockOn === "introduced" ? "on the base already" : "none touched by this change";
  return `${n(existing.length, "existing error")} in ${n(products, "product")}, ${where3}: ${one ? "it does" : "they do"} not block (review.blockOn: ${report.baseline?.blockOn ?? "touched"}).`;
}
function countFindings(findings) {
  const c = { error: 0, warning: 0, notice: 0 };
  for (const f of findings)
    c[f.severity]++;
  return c;
}
function sortFindings(findings) {
  return [...findings].sort((a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId));
}

// packages/core/dist/platform/name-platform-objects.js
var MAX_IDENTIFIER_BYTES = 63;
var SAFE_IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
var STATE_SCHEMA = "meshplane_state";
function toSqlName(slug) {
  return slug.replaceAll("-", "_");
}
function nameSchema(domain) {
  return toSqlName(domain);
}
function nameTable(productId, port) {
  const product = productId.slice(productId.indexOf(".") + 1);
  return `${toSqlName(product)}__${toSqlName(port)}`;
}
function nameDataset(domain, productId, port) {
  return `${nameSchema(domain)}.${nameTable(productId, port)}`;
}
function nameLatestView(table) {
  return `${table}__latest`;
}
function nameShareView(table, team) {
  return `${table}__for_${toSqlName(team)}`;
}
function nameRole(team) {
  return `team_${toSqlName(team)}`;
}
function explainUnsafeIdentifier(name) {
  if (!SAFE_IDENTIFIER.test(name))
    return `\`${name}\` is not a safe SQL name (lower-case letters, digits and underscores only)`;
  const bytes = new TextEncoder().encode(name).length;
  if (bytes > MAX_IDENTIFIER_BYTES)
    return `\`${name}\` is ${bytes} bytes long; PostgreSQL keeps only ${MAX_IDENTIFIER_BYTES} and would truncate it`;
  return void 0;
}

// packages/core/dist/platform/check-platform-names.js
var rec3 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function checkPlatformNames(index, only) {
  const findings = [];
  for (const p of index.products) {
    if (!p.valid || !p.domain || !isChecked(p.file, only))
      continue;
    const ports = Array.isArray(rec3(p.data.spec).outputPorts) ? rec3(p.data.spec).outputPorts : [];
    ports.forEach((raw, i) => {
      const port = rec3(raw);
      if (port.kind !== "table" || typeof port.name !== "string")
        return;
      const table = nameTable(p.id, port.name);
      for (const [what, name] of [
        ["schema", nameSchema(p.domain ?? "")],
        ["table", table],
        ["view", nameLatestView(table)]
      ]) {
        const why = explainUnsafeIdentifier(name);
        if (!why)
          continue;
        findings.push(findingAt(p.doc, `/spec/outputPorts/${i}/name`, {
          ruleId: "platform.unsafe-name",
          message: `The port's ${what} name ${why}.`,
          hint: "Shorten the product or port name (the table is `<product>__<port>` with hyphens as underscores, the view adds `__latest`).",
          productId: p.id
        }));
      }
    });
  }
  for (const t of index.teams) {
    const why = t.valid && isChecked(t.file, only) ? explainUnsafeIdentifier(nameRole(t.name)) : void 0;
    if (why)
      findings.push(findingAt(t.doc, "/metadata/name", {
        ruleId: "platform.unsafe-name",
        message: `The team's role name ${why}.`,
        hint: "Shorten the team name to at most 58 characters."
      }));
  }
  return findings;
}

// packages/core/dist/agreement/list-port-columns.js
var rec4 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list3 = (v) => Array.isArray(v) ? v.map(rec4) : [];
var str3 = (v) => typeof v === "string" ? v : void 0;
var seen = /* @__PURE__ */ new WeakMap();
function listPortColumns(product, port) {
  let ports = seen.get(product.data);
  if (!ports)
    seen.set(product.data, ports = /* @__PURE__ */ new Map());
  const hit = ports.get(port);
  if (hit)
    return hit;
  const read = readPortColumns(product, port);
  ports.set(port, read);
  return read;
}
function readPortColumns(product, port) {
  const found = list3(rec4(product.data.spec).outputPorts).find((o) => o.name === port);
  if (!found)
    return { columns: [] };
  const columns = list3(found.schema).flatMap((c) => {
    const name = str3(c.name);
    const classification = str3(c.classification);
    return name ? [{ name, ...classification ? { classification } : {} }] : [];
  });
  const kind = str3(found.kind);
  return { ...kind ? { kind } : {}, columns };
}
var LEVEL = { public: 0, internal: 1, confidential: 2, restricted: 3, pii: 3, "sensitive-pii": 4 };
function resolveSharedColumns(product, shared) {
  const { columns } = listPortColumns(product, shared.name);
  if (shared.columns)
    return columns.filter((c) => shared.columns?.includes(c.name)).map((c) => c.name);
  if (!shared.maxClassification)
    return void 0;
  const ceiling = LEVEL[shared.maxClassification] ?? -1;
  const fallback = str3(rec4(rec4(product.data.spec).access).classification) ?? "restricted";
  return columns.filter((c) => (LEVEL[c.classification ?? fallback] ?? 4) <= ceiling).map((c) => c.name);
}
function holdsPersonalData(product, port) {
  return listPortColumns(product, port).columns.some((c) => c.classification === "pii" || c.classification === "sensitive-pii");
}
function sharesPersonalData(provider, a) {
  return a.ports.some((s) => {
    const { columns } = listPortColumns(provider, s.name);
    const shared = new Set(resolveSharedColumns(provider, s) ?? columns.map((c) => c.name));
    return columns.some((c) => shared.has(c.name) && (c.classification === "pii" || c.classification === "sensitive-pii"));
  });
}

// packages/core/dist/agreement/check-agreements.js
function checkAgreements(index, options, only) {
  const products = /* @__PURE__ */ new Map();
  for (const p of index.products)
    if (!products.has(p.id))
      products.set(p.id, p);
  const teams = new Set(index.teams.map((t) => t.name));
  const out = [];
  const seen2 = /* @__PURE__ */ new Map();
  for (const a of index.agreements) {
    const at = (pointer, text6) => void out.push(findingAt(a.doc, pointer, { ...text6, ...a.provider ? { productId: a.provider } : {} }));
    const earlier = seen2.get(a.id);
    if (!earlier)
      seen2.set(a.id, a);
    if (!isChecked(a.file, only))
      continue;
    if (earlier)
      at("/metadata/name", {
        ruleId: "agreement.duplicate",
        message: `Agreement \`${a.id}\` is already defined in ${earlier.file}.`,
        hint: "Remove one of the two files."
      });
    checkPlace(a, options.catalogRoot, at);
    const provider = a.provider ? products.get(a.provider) : void 0;
    if (a.provider && !provider) {
      const unreadable = locateManifest(a.provider, index.files);
      at("/spec/provider/product", {
        ruleId: "agreement.unknown-product",
        message: `The agreement shares product \`${a.provider}\`, ${unreadable ? `whose manifest ${unreadable} has errors` : "which does not exist"}.`,
        hint: `${didYouMean(a.provider, products.keys())}An agreement lives in the folder of the product it shares.`,
        ...unreadable ? { cause: `file:${unreadable}` } : {}
      });
    }
    if (provider)
      for (const port of a.ports)
        checkPort2(provider, port, at);
    if (provider && a.team)
      checkShareViewNames(provider, a.ports, a.team, at);
    checkConsumer(a, { provider, products, teams, files: index.files }, at);
    checkDates(a, at);
  }
  return out;
}
function checkPlace(a, catalogRoot, at) {
  const parts = a.file.split("/");
  const [folderDomain, folderProduct] = parts.slice(-4, -2);
  const inFolder = parts.length >= 4 && parts.at(-2) === "agreements" && a.file.startsWith(`${catalogRoot}/`);
  const expected = a.provider ? `${catalogRoot}/${a.provider.replace(".", "/")}/agreements/${a.name}.yaml` : void 0;
  if (!inFolder || !expected) {
    at("/metadata/name", {
      ruleId: "agreement.location",
      message: `Agreement \`${a.name}\` is at ${a.file}; agreements live in an \`agreements/\` folder beside the product they share.`,
      hint: expected ? `Move it to ${expected}.` : "Name the shared product in spec.provider.product and move the file to its folder."
    });
    return;
  }
  if (a.provider && `${folderDomain}.${folderProduct}` !== a.provider) {
    at("/spec/provider/product", {
      ruleId: "agreement.location",
      message: `The agreement shares \`${a.provider}\` but sits in the folder of \`${folderDomain}.${folderProduct}\`.`,
      hint: `Move it to ${expected}: the owners of the shared product approve it there.`
    });
  } else if (parts.at(-1)?.replace(/\.ya?ml$/, "") !== a.name) {
    at("/metadata/name", {
      ruleId: "agreement.location",
      message: `Agreement \`${a.name}\` is in ${a.file}; its name and file name differ.`,
      hint: `Rename the file to ${a.name}.yaml, or make metadata.name match it.`
    });
  }
}
function checkPort2(provider, port, at) {
  const base = `/spec/provider/ports/${port.index}`;
  const names = provider.outputs.map((o) => o.name);
  if (!names.includes(port.name)) {
    at(`${base}/name`, {
      ruleId: "agreement.unknown-port",
      message: `\`${provider.id}\` has no output port \`${port.name}\` (it has ${names.map((n) => `\`${n}\``).join(", ") || "none"}).`,
      hint: `${didYouMean(port.name, names)}Name one of the product's output ports.`
    });
    return;
  }
  const { kind, columns } = listPortColumns(provider, port.name);
  if ((port.columns || port.maxClassification) && kind !== "table") {
    at(base, {
      ruleId: "agreement.limit-not-enforced",
      severity: "warning",
      message: `Port \`${port.name}\` is of kind \`${kind ?? "unknown"}\`: a limit on columns is enforced only on table ports, through a view.`,
      hint: "Share the whole port, or make sure the service that serves it enforces the limit."
    });
  }
  const known = columns.map((c) => c.name);
  (port.columns ?? []).forEach((c, j) => {
    if (known.includes(c))
      return;
    at(`${base}/columns/${j}`, {
      ruleId: "agreement.unknown-column",
      message: `Port \`${port.name}\` of \`${provider.id}\` has no column \`${c}\`.`,
      hint: `${didYouMean(c, known)}Name columns of the port's schema.`
    });
  });
}
function checkShareViewNames(provider, ports, team, at) {
  for (const port of ports) {
    if (!port.columns && !port.maxClassification)
      continue;
    if (listPortColumns(provider, port.name).kind !== "table")
      continue;
    const problem = explainUnsafeIdentifier(nameShareView(nameTable(provider.id, port.name), team));
    if (!problem)
      continue;
    at(`/spec/provider/ports/${port.index}`, {
      ruleId: "platform.unsafe-name",
      message: `The view of the agreed columns cannot be made: ${problem}.`,
      hint: "Share the whole port, or ask the platform team to shorten the port or team name."
    });
  }
}
function checkConsumer(a, k, at) {
  if (a.team && !k.teams.has(a.team)) {
    at("/spec/consumer/team", {
      ruleId: "agreement.unknown-team",
      message: `Consumer team \`${a.team}\` is not a team of the mesh.`,
      hint: `${didYouMean(a.team, k.teams)}Name a team of catalog/teams/ (or add the team there first): its members are who read.`
    });
  } else if (a.team && a.team === k.provider?.owner) {
    at("/spec/consumer/team", {
      ruleId: "agreement.consumer-is-provider",
      message: `\`${a.team}\` owns \`${k.provider.id}\`: the owner team reads its own product without an agreement.`,
      hint: "An agreement is between the provider and another team; remove this file, or name the consuming team."
    });
  }
  if (!a.consumerProduct)
    return;
  const consumer = k.products.get(a.consumerProduct);
  if (!consumer) {
    const unreadable = locateManifest(a.consumerProduct, k.files);
    at("/spec/consumer/product", {
      ruleId: "agreement.unknown-consumer-product",
      severity: "warning",
      message: `Consuming product \`${a.consumerProduct}\` ${unreadable ? `has errors in its manifest ${unreadable}` : "does not exist"}; the agreement still grants \`${a.team ?? "?"}\` until its end.`,
      hint: `${didYouMean(a.consumerProduct, k.products.keys())}Name the product whose input ports read the shared ports, leave consumer.product out, or remove the agreement once nobody reads through it.`,
      ...unreadable ? { cause: `file:${unreadable}` } : {}
    });
  } else if (a.team && consumer.owner && k.teams.has(consumer.owner) && consumer.owner !== a.team) {
    at("/spec/consumer/product", {
      ruleId: "agreement.consumer-product-owner",
      message: `\`${consumer.id}\` is owned by \`${consumer.owner}\`, not by the consumer team \`${a.team}\`.`,
      hint: `Name the team that owns the consuming product (\`${consumer.owner}\`): its role reads for the product's pipelines.`
    });
  }
  if (a.consumerProduct === a.provider) {
    at("/spec/consumer/product", {
      ruleId: "agreement.consumer-is-provider",
      message: `The agreement shares \`${a.provider}\` with itself.`,
      hint: "Name the product that reads the shared ports."
    });
  }
}
function checkDates(a, at) {
  if (!a.start || !a.end)
    return;
  if (a.end < a.start) {
    at("/spec/end", {
      ruleId: "agreement.end-before-start",
      message: `The agreement ends on ${a.end}, before it starts (${a.start}).`,
      hint: "Set an end on or after the start."
    });
  }
}

// packages/core/dist/agreement/check-agreement-coverage.js
function checkAgreementCoverage(index, today, only) {
  const products = /* @__PURE__ */ new Map();
  for (const p of index.products)
    if (!products.has(p.id))
      products.set(p.id, p);
  const byProvider = /* @__PURE__ */ new Map();
  for (const a of index.agreements) {
    if (!a.provider)
      continue;
    const list16 = byProvider.get(a.provider);
    if (list16)
      list16.push(a);
    else
      byProvider.set(a.provider, [a]);
  }
  const out = [];
  const teams = new Set(index.teams.map((t) => t.name));
  for (const p of index.products) {
    if (!isChecked(p.file, only))
      continue;
    if (p.consumers.length > 0)
      out.push(deprecateInlineConsumers(p));
    if (!p.owner || !teams.has(p.owner) || p.lifecycle === "retired")
      continue;
    for (const input of p.inputs) {
      const provider = input.product ? products.get(input.product) : void 0;
      if (!provider || !input.port || !provider.outputs.some((o) => o.name === input.port))
        continue;
      if (!provider.owner || !teams.has(provider.owner) || provider.owner === p.owner)
        continue;
      const candidates = (byProvider.get(provider.id) ?? []).filter((a) => a.team === p.owner && (a.consumerProduct === void 0 || a.consumerProduct === p.id) && a.ports.some((s) => s.name === input.port));
      if (candidates.some((a) => today === void 0 ? true : isAgreementActive(a, today)))
        continue;
      out.push(uncovered(p, input, provider, candidates, today ?? ""));
    }
  }
  return out;
}
function uncovered(p, input, provider, candidates, today) {
  const latest = [...candidates].sort((a, b) => (a.end ?? "") < (b.end ?? "") ? 1 : -1)[0];
  const command = `npx mesh access request ${provider.id}/${input.port} --team ${p.owner} --product ${p.id} --purpose "…" --until YYYY-MM-DD`;
  const reads = `Input port \`${input.name}\` reads \`${provider.id}.${input.port}\``;
  const place = (ruleId, message, hint, severity = "error") => findingAt(p.doc, `/spec/inputPorts/${input.index}/source`, { ruleId, severity, productId: p.id, message, hint });
  if (!latest)
    return place("agreement.missing", `${reads}, but no agreement with \`${provider.owner}\` covers it: the platform does not grant \`${p.owner}\` that read.`, `Request one, for \`${provider.owner}\` to approve: ${command}`);
  if (latest.start && latest.start > today)
    return place("agreement.not-started", `${reads}; its agreement (${latest.file}) starts on ${latest.start}: until then the platform does not grant the read.`, "Nothing to do if the pipeline starts reading then; otherwise move the start earlier, approved by the provider.", "warning");
  return place("agreement.ended", `${reads}, but its agreement (${latest.file}) ended on ${latest.end ?? "?"}: the platform no longer grants \`${p.owner}\` that read.`, `Renew it with a new end date, approved by \`${provider.owner}\`, or request a new one: ${command}`);
}
function deprecateInlineConsumers(p) {
  return findingAt(p.doc, "/spec/access/consumers", {
    ruleId: "access.inline-consumers",
    severity: "warning",
    productId: p.id,
    message: `Inline \`access.consumers\` are deprecated (still granted in this version): each grant becomes a data sharing agreement in ${p.file.replace(/product\.ya?ml$/, "agreements/")}.`,
    hint: "Run `npx mesh access migrate` to move them into agreement files, then review the purpose, legal basis and dates it drafts."
  }, "key");
}

// packages/core/dist/graph/tabulate-mesh.js
function listIndexEntries(index) {
  return [
    ...index.products.map((node) => ({ kind: "product", node })),
    ...index.agreements.map((node) => ({ kind: "agreement", node })),
    ...index.domains.map((node) => ({ kind: "domain", node })),
    ...index.teams.map((node) => ({ kind: "team", node })),
    ...index.waivers.map((node) => ({ kind: "waiver", node })),
    ...index.configs.map((node) => ({ kind: "config", node }))
  ];
}
function tabulateMesh(index, meshFindings) {
  const products = /* @__PURE__ */ new Map();
  for (const p of index.products)
    if (!products.has(p.id))
      products.set(p.id, p);
  const byKey2 = /* @__PURE__ */ new Map();
  const entries = listIndexEntries(index);
  entries.forEach((entry, position) => {
    for (const key of new Set(listReads(entry, products))) {
      const list16 = byKey2.get(key);
      if (list16)
        list16.push(position);
      else
        byKey2.set(key, [position]);
    }
  });
  const keys = [...byKey2.keys()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const keyStarts = new Uint32Array(keys.length + 1);
  const readerStarts = new Uint32Array(keys.length + 1);
  keys.forEach((key, i) => {
    keyStarts[i + 1] = keyStarts[i] + key.length;
    readerStarts[i + 1] = readerStarts[i] + byKey2.get(key).length;
  });
  return {
    entries: entries.length,
    keys: keys.join(""),
    keyStarts,
    readerStarts,
    readers: Uint32Array.from(keys.flatMap((key) => byKey2.get(key))),
    flagged: [...new Set(meshFindings.flatMap((f) => f.file === void 0 ? [] : [f.file]))],
    cycles: meshFindings.some((f) => f.ruleId === "graph.cycle")
  };
}
function listReaders(table, key) {
  let lo = 0;
  let hi = table.keyStarts.length - 2;
  while (lo <= hi) {
    const mid = lo + hi >>> 1;
    const at = table.keys.slice(table.keyStarts[mid], table.keyStarts[mid + 1]);
    if (at === key)
      return table.readers.subarray(table.readerStarts[mid], table.readerStarts[mid + 1]);
    if (at < key)
      lo = mid + 1;
    else
      hi = mid - 1;
  }
  return new Uint32Array(0);
}
function describeRow(entry) {
  switch (entry.kind) {
    case "product": {
      const p = entry.node;
      const outputs = p.outputs.map((o) => [o.name, listPortColumns(p, o.name)]);
      return {
        exposes: { [`product:${p.id}`]: JSON.stringify([p.owner ?? null, outputs]) },
        edges: JSON.stringify([p.id, p.inputs.map((i) => i.product ?? null)])
      };
    }
    case "agreement": {
      const a = entry.node;
      const covers2 = JSON.stringify([a.team ?? null, a.consumerProduct ?? null, a.ports, a.start ?? null, a.end ?? null]);
      return { exposes: { [`agreement:${a.id}`]: "", ...a.provider === void 0 ? {} : { [`agreements:${a.provider}`]: covers2 } } };
    }
    case "config":
      return { exposes: {} };
    default:
      return { exposes: { [`${entry.kind}:${entry.node.name}`]: "" } };
  }
}
function listReads(entry, products) {
  const ownerOf2 = (id) => keyOf("team", id === void 0 ? void 0 : products.get(id)?.owner);
  switch (entry.kind) {
    case "product": {
      const p = entry.node;
      return [
        `product:${p.id}`,
        ...keyOf("team", p.owner),
        ...keyOf("domain", p.domain),
        ...p.consumers.map((c) => `team:${c.team}`),
        ...p.inputs.flatMap((i) => i.product === void 0 ? [] : [`product:${i.product}`, `agreements:${i.product}`, ...ownerOf2(i.product)]),
        ...keyOf("product", p.successor),
        ...listDocFileRefs(p).map((f) => `file:${f}`)
      ];
    }
    case "agreement": {
      const a = entry.node;
      return [
        `agreement:${a.id}`,
        ...keyOf("product", a.provider),
        ...keyOf("team", a.team),
        ...keyOf("product", a.consumerProduct),
        ...ownerOf2(a.consumerProduct)
      ];
    }
    case "domain":
      return [`domain:${entry.node.name}`, ...keyOf("team", readDomainOwner(entry.node))];
    case "waiver":
      return [`waiver:${entry.node.name}`, ...keyOf("product", readWaivedProduct(entry.node))];
    case "team":
      return [`team:${entry.node.name}`];
    case "config":
      return [];
  }
}
function keyOf(kind, name) {
  return name === void 0 ? [] : [`${kind}:${name}`];
}

// packages/core/dist/graph/find-neighbourhood.js
function findNeighbourhood(base, index, identify) {
  const { table } = base;
  const baseEntries = listIndexEntries(base.index);
  if (baseEntries.length !== table.entries)
    return void 0;
  const before = /* @__PURE__ */ new Map();
  for (const entry of baseEntries)
    before.set(entry.node.file, entry);
  const files = new Set(table.flagged);
  const changedKeys = /* @__PURE__ */ new Set();
  let cycles = table.cycles;
  const change = (old, now) => {
    const a = old && describeRow(old);
    const b = now && describeRow(now);
    addChangedKeys(a?.exposes, b?.exposes, changedKeys);
    if (a?.edges !== b?.edges)
      cycles = true;
  };
  for (const entry of listIndexEntries(index)) {
    const file = entry.node.file;
    const old = before.get(file);
    before.delete(file);
    const origin = identify(entry.node.doc);
    if (origin === void 0)
      return void 0;
    if (old && identify(old.node.doc) === origin)
      continue;
    files.add(file);
    change(old, entry);
  }
  for (const old of before.values())
    change(old, void 0);
  for (const file of index.files)
    if (!base.index.files.has(file))
      changedKeys.add(`file:${file}`);
  for (const file of base.index.files)
    if (!index.files.has(file))
      changedKeys.add(`file:${file}`);
  for (const key of changedKeys)
    for (const reader of listReaders(table, key))
      files.add(baseEntries[reader].node.file);
  return { files, cycles };
}
function addChangedKeys(before, after, into) {
  for (const [key, value] of Object.entries(before ?? {}))
    if (after?.[key] !== value)
      into.add(key);
  for (const [key, value] of Object.entries(after ?? {}))
    if (before?.[key] !== value)
      into.add(key);
}

// packages/core/dist/check/check-catalog.js
function checkCatalog(source, options) {
  const { index, findings: schemaFindings } = indexCatalog(source);
  const graph = buildMeshGraph(index.products, index.agreements);
  const findings = [...source.findings, ...schemaFindings];
  let table;
  if ((options.mode ?? "check") === "check") {
    const near = options.table && "previous" in options.table ? findNeighbourhood(options.table.previous, index, options.table.identify) : void 0;
    const only = near?.files;
    const catalogRoot = options.catalogRoot ?? "catalog";
    const mesh = [
      ...checkIdentity(index, { catalogRoot }, only),
      ...checkReferences(index, only),
      ...near && !near.cycles ? [] : checkCycles(graph),
      ...checkPlatformNames(index, only),
      ...checkAgreements(index, { catalogRoot }, only),
      ...checkAgreementCoverage(index, options.today, only)
    ];
    findings.push(...mesh);
    if (options.table && "tabulate" in options.table)
      table = tabulateMesh(index, mesh);
  }
  const report = {
    tool: { name: "meshplane", version: options.toolVersion },
    root: options.root,
    mode: options.mode ?? "check",
    stats: {
      files: source.documents.length + countUnparsed(source),
      products: index.products.length,
      domains: index.domains.length,
      teams: index.teams.length,
      waivers: index.waivers.length,
      edges: graph.edges.length
    },
    findings: foldConsequences(sortFindings(findings))
  };
  return { report, index, graph, ...table ? { table } : {} };
}
function countUnparsed(source) {
  const parsed = new Set(source.documents.map((d) => d.file));
  return new Set(source.findings.map((f) => f.file).filter((f) => f !== void 0 && !parsed.has(f))).size;
}

// packages/core/dist/graph/walk-lineage.js
function walkLineage(graph, id, options) {
  const edgesOf = options.direction === "upstream" ? graph.upstreamEdges : graph.downstreamEdges;
  const next = (e) => options.direction === "upstream" ? e.producer : e.consumer;
  const maxDepth = options.maxDepth ?? Infinity;
  const seen2 = /* @__PURE__ */ new Set([id]);
  const out = [];
  let frontier = [id];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const level = [];
    for (const cur of frontier) {
      for (const e of [...edgesOf.get(cur) ?? []].sort((a, b) => next(a).localeCompare(next(b)))) {
        const n = next(e);
        if (seen2.has(n))
          continue;
        seen2.add(n);
        out.push({ id: n, depth, via: e });
        level.push(n);
      }
    }
    frontier = level;
  }
  return out;
}

// packages/core/dist/graph/list-port-consumers.js
function listPortConsumers(graph, productId, port) {
  const out = [];
  const agreements = (graph.agreements.get(productId) ?? []).filter((a) => a.ports.some((s) => s.name === port));
  const readers = /* @__PURE__ */ new Set();
  for (const e of graph.downstreamEdges.get(productId) ?? []) {
    if (e.port !== port)
      continue;
    const owner = graph.nodes.get(e.consumer)?.owner;
    const covering = agreements.find((a) => a.team === owner && (a.consumerProduct ?? e.consumer) === e.consumer);
    if (covering && covering.consumerProduct)
      readers.add(covering.id);
    out.push({ kind: "product", id: e.consumer, inputPort: e.inputPort, ...owner ? { owner } : {}, ...covering ? { agreement: covering.file } : {} });
  }
  for (const a of agreements) {
    if (readers.has(a.id) || !a.team)
      continue;
    out.push({ kind: "team", team: a.team, ...a.purpose ? { purpose: a.purpose } : {}, ...a.end ? { until: a.end } : {}, agreement: a.file });
  }
  for (const c of graph.nodes.get(productId)?.consumers ?? []) {
    if (c.ports && !c.ports.includes(port))
      continue;
    out.push({ kind: "team", team: c.team, ...c.purpose ? { purpose: c.purpose } : {}, ...c.until ? { until: c.until } : {} });
  }
  return out;
}

// packages/core/dist/report/rule-catalog.js
var BUILTIN_RULES = {
  "yaml.syntax": { title: "YAML syntax", description: "The file must be valid YAML 1.2." },
  "yaml.duplicate-key": { title: "Duplicate key", description: "A key may appear once per mapping; YAML parsers disagree on which copy wins." },
  "yaml.alias": { title: "Anchors and aliases", description: "Aliases are refused: they hide content and can expand exponentially (billion laughs)." },
  "yaml.tag": { title: "Custom tags", description: "Only the YAML 1.2 core schema is read; custom tags are refused." },
  "yaml.too-large": { title: "File too large", description: "A manifest is a human-sized file; very large files are refused before parsing." },
  "yaml.too-deep": { title: "Nesting too deep", description: "Nesting is capped to keep every reader safe from stack exhaustion." },
  "yaml.empty": { title: "Empty file", description: "A Meshplane file holds one document." },
  "yaml.multiple-documents": { title: "Several documents", description: "A Meshplane file holds exactly one YAML document." },
  "yaml.not-a-mapping": { title: "Not a mapping", description: "A Meshplane file is a mapping with apiVersion, kind, metadata and spec." },
  "file.encoding": { title: "Encoding", description: "Files are UTF-8." },
  "file.symlink": { title: "Symbolic link", description: "Links are not followed: a link could point outside the repository." },
  "file.unreadable": { title: "Unreadable file", description: "The file could not be read." },
  "schema.unknown-kind": { title: "Unknown kind", description: "Every file names its kind: DataProduct, Domain, Team, Waiver or Config." },
  "schema.unknown-key": { title: "Unknown key", description: "Only keys of the schema are allowed, so typos are caught." },
  "schema.missing-key": { title: "Missing key", description: "A required key is missing." },
  "schema.invalid-value": { title: "Value not allowed", description: "The value is not one of those the schema allows." },
  "schema.wrong-type": { title: "Wrong type", description: "The value has the wrong type." },
  "schema.invalid-format": { title: "Wrong format", description: "The value is not in the expected form." },
  "schema.out-of-range": { title: "Out of range", description: "The value or list size is outside its limits." },
  "schema.duplicate-item": { title: "Duplicate item", description: "The list may not repeat an item." },
  "schema.invalid": { title: "Invalid value", description: "The value does not match the schema." },
  "product.duplicate-name": { title: "Duplicate name", description: "Ports, columns and SLOs are named uniquely." },
  "product.unknown-column": { title: "Unknown column", description: "Temporal fields, keys and quality checks name columns of the port." },
  "product.decimal-only": { title: "Precision on a non-decimal", description: "Precision and scale apply to decimal columns." },
  "product.decimal-scale": { title: "Scale above precision", description: "A decimal scale cannot exceed its precision." },
  "graph.duplicate-id": { title: "Duplicate product id", description: "Product ids are the global, permanent address of a product and are unique." },
  "graph.id-folder-mismatch": { title: "Id does not match folder", description: "A product with id <domain>.<name> lives in catalog/<domain>/<name>/." },
  "graph.domain-mismatch": { title: "Domain does not match id", description: "metadata.domain is the first part of the id." },
  "graph.duplicate-name": { title: "Duplicate name", description: "Domains, teams and waivers are defined once." },
  "graph.reserved-name": { title: "Reserved name", description: "Some names are reserved by the catalog layout." },
  "graph.name-location-mismatch": { title: "Name does not match file", description: "Domains, teams and waivers live at the path their name gives." },
  "graph.unknown-domain": { title: "Unknown domain", description: "Every product belongs to a domain with a domain.yaml." },
  "graph.unknown-team": { title: "Unknown team", description: "Owners and consumers are teams of catalog/teams/." },
  "graph.unknown-product": { title: "Unknown product", description: "References name existing products." },
  "graph.dangling-input": { title: "Dangling input port", description: "An input port reads an existing product." },
  "graph.unknown-port": { title: "Unknown output port", description: "An input port reads an existing output port of its upstream product." },
  "graph.unknown-successor": { title: "Unknown successor", description: "A successor is an existing product." },
  "graph.missing-file": { title: "Missing documentation file", description: "Documentation a manifest names exists beside it." },
  "graph.cycle": { title: "Lineage cycle", description: "Lineage is acyclic: a product cannot read itself, directly or through others." },
  "platform.unsafe-name": {
    title: "Name unfit for the platform",
    description: "Every schema, table, view and role name Meshplane derives must be a plain SQL name of at most 63 bytes: PostgreSQL silently truncates longer ones, so two ports could share a table."
  },
  "observation.malformed": {
    title: "Malformed observation",
    description: "An observation line must be a JSON object with the documented fields (docs/observations.md)."
  },
  "observation.unknown-slo": { title: "Observation for an unknown SLO", description: "Observations name a product, output port and SLO of the catalog." },
  "observation.future": {
    title: "Observation from the future",
    description: "An observation dated ahead of the clock is refused: it would hide breaches until then."
  },
  "observation.failed-run": { title: "Failed run", description: "A pipeline reported a failed run; its outputs were not observed." },
  "slo.probe-failed": { title: "Probe failed", description: "A measurement could not run on the platform (a missing table, a failing query)." },
  "change.id-changed": { title: "Id changed", description: "Product ids are permanent addresses; a new id is a new product." },
  "change.version-bump": {
    title: "Version bump too small",
    description: "The declared version bump covers what the changes require: breaking → major, additive → minor, else patch."
  },
  "change.version-backwards": { title: "Version went down", description: "Versions only go up." },
  "change.breaking-consumers": {
    title: "Breaking change with consumers",
    description: "A breaking change to a port that has consumers keeps the old port, deprecated with notice, or is waived."
  },
  "change.removed-with-consumers": {
    title: "Removed while read",
    description: "Nothing is dropped because a file disappeared: products leave through the lifecycle."
  },
  "change.retired-with-consumers": { title: "Retired while read", description: "A product with consumers is not retired." },
  "change.lifecycle-transition": {
    title: "Lifecycle transition",
    description: "Lifecycle moves follow proposed → experimental → active → deprecated → dormant → retired, with documented shortcuts."
  },
  "change.deprecation-notice": { title: "Deprecation notice", description: "A deprecated port's sunset gives consumers the configured notice." },
  "slo.budget-exhausted": {
    title: "Error budget exhausted",
    description: "A change to a product whose SLO error budget is spent waits until it recovers, unless it is a reliability fix or waived."
  },
  "policy.compile-error": {
    title: "Policy does not compile",
    description: "Policies compile to WebAssembly with only the allowed built-ins; the check fails until they do."
  },
  "policy.metadata": { title: "Policy metadata", description: "Every rule carries METADATA with its id, severity, title, description and owner." },
  "policy.evaluation-error": { title: "Policy evaluation failed", description: "A rule that errors fails the check (fail closed)." },
  "policy.none": { title: "No policies", description: "The repository has no policies/ folder: only schema and mesh checks ran." },
  "waiver.expired": { title: "Waiver expired", description: "An expired waiver waives nothing." },
  "waiver.expiring": { title: "Waiver expiring", description: "A waiver expires within 14 days." },
  "waiver.unused": { title: "Waiver unused", description: "A waiver that matches no finding should be deleted." },
  "waiver.unknown-rule": { title: "Waiver for an unknown rule", description: "A waiver names a rule that exists." }
};

// packages/core/dist/render/text-utils.js
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function stripControl(s) {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "�");
}

// packages/core/dist/render/escape-markdown.js
function escapeMarkdown(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, "@‍").replace(/([\\*_[\]|~])/g, (m) => m === "\\" ? "\\\\" : `\\${m}`).replace(/\r?\n/g, " ");
}

// packages/core/dist/policy/render-policy-impact.js
function group(entries) {
  const out = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const byDomain = out.get(e.ruleId) ?? /* @__PURE__ */ new Map();
    const d = e.domain ?? "(no domain)";
    byDomain.set(d, [...byDomain.get(d) ?? [], e]);
    out.set(e.ruleId, byDomain);
  }
  return out;
}
function renderPolicyImpactText(impact) {
  const lines = [`Policy impact: base ${impact.baseDigest.slice(0, 19)} → head ${impact.headDigest.slice(0, 19)}`];
  const section = (title, entries) => {
    lines.push("", `${title}: ${plural(new Set(entries.map((e) => e.productId)).size, "product")}`);
    for (const [rule, byDomain] of group(entries)) {
      lines.push(`  ${rule}`);
      for (const [domain, es] of byDomain)
        lines.push(`    ${domain}: ${es.map((e) => e.productId).join(", ")}`);
    }
  };
  section("Newly failing", impact.newlyFailing);
  section("Newly passing", impact.newlyPassing);
  if (impact.rulesAdded.length)
    lines.push("", `Rules added: ${impact.rulesAdded.map((r) => `${r.id} (${r.severity})`).join(", ")}`);
  if (impact.rulesRemoved.length)
    lines.push("", `Rules removed: ${impact.rulesRemoved.map((r) => r.id).join(", ")}`);
  if (impact.severityChanged.length)
    lines.push("", `Severity changed: ${impact.severityChanged.map((c) => `${c.id} ${c.from} → ${c.to}`).join(", ")}`);
  for (const c of impact.rulesChanged ?? [])
    lines.push("", `Rule changed: ${c.id} (${c.file}:${c.line})`, ...c.diff.split("\n").map((l) => `  ${l}`));
  return lines.join("\n") + "\n";
}
function renderPolicyImpactMarkdown(impact) {
  const out = ["#### Policy impact on the whole mesh", ""];
  const table = (title, entries) => {
    out.push(`**${title}:** ${plural(new Set(entries.map((e) => e.productId)).size, "product")}`, "");
    if (entries.length === 0)
      return;
    out.push("| rule | domain | products |", "|---|---|---|");
    for (const [rule, byDomain] of group(entries)) {
      for (const [domain, es] of byDomain)
        out.push(`| \`${escapeMarkdown(rule)}\` | ${escapeMarkdown(domain)} | ${es.map((e) => `\`${escapeMarkdown(e.productId)}\``).join(", ")} |`);
    }
    out.push("");
  };
  table("Newly failing", impact.newlyFailing);
  table("Newly passing", impact.newlyPassing);
  const list16 = (title, items) => {
    if (items.length)
      out.push(`**${title}:** ${items.join(", ")}`, "");
  };
  list16("Rules added", impact.rulesAdded.map((r) => `\`${r.id}\` (${r.severity})`));
  list16("Rules removed", impact.rulesRemoved.map((r) => `\`${r.id}\``));
  list16("Severity changed", impact.severityChanged.map((c) => `\`${c.id}\` ${c.from} → ${c.to}`));
  for (const c of impact.rulesChanged ?? [])
    out.push(`<details><summary>Rule changed: <code>${escapeMarkdown(c.id)}</code> (${escapeMarkdown(c.file)}:${c.line})</summary>`, "", fence(c.diff, "diff"), "", "</details>", "");
  return out.join("\n") + "\n";
}
function fence(text6, lang) {
  const longest = Math.max(2, ...[...text6.matchAll(/`+/g)].map((m) => m[0].length));
  const f = "`".repeat(longest + 1);
  return `${f}${lang}
${text6}
${f}`;
}
function describeReliedRelaxations(report) {
  const changed = new Set(report.changes?.products.map((p) => p.id) ?? []);
  const relied = (report.policyImpact?.newlyPassing ?? []).filter((e) => changed.has(e.productId));
  if (relied.length === 0)
    return void 0;
  const rules = [...new Set(relied.map((e) => e.ruleId))];
  const products = [...new Set(relied.map((e) => e.productId))];
  const list16 = (xs) => xs.map((x) => `\`${x}\``).join(", ");
  return `This pull request relaxes ${list16(rules)} and relies on it: its own change${products.length === 1 ? "" : "s"} to ${list16(products)} fail${products.length === 1 ? "s" : ""} under the base's policies, which judge it. Split the policy change into its own pull request, or fix the product${products.length === 1 ? "" : "s"}.`;
}

// packages/core/dist/change/compare-types.js
var WIDENINGS = {
  integer: ["bigint", "double", "decimal"],
  bigint: ["decimal"],
  date: ["timestamp"]
};
function isSafeTypeChange(before, after) {
  if (before.type === after.type) {
    if (before.type !== "decimal")
      return true;
    const [p0, s0, p1, s1] = [before.precision ?? 38, before.scale ?? 0, after.precision ?? 38, after.scale ?? 0];
    return s1 >= s0 && p1 - s1 >= p0 - s0;
  }
  if (after.type === "decimal" && (before.type === "integer" || before.type === "bigint")) {
    const digits = before.type === "integer" ? 10 : 19;
    return (after.precision ?? 38) - (after.scale ?? 0) >= digits;
  }
  return (WIDENINGS[before.type] ?? []).includes(after.type);
}
function describeType(c) {
  return c.type === "decimal" && c.precision !== void 0 ? `decimal(${c.precision},${c.scale ?? 0})` : c.type;
}
var LEVELS = ["public", "internal", "confidential", "restricted"];
function isRaised(before, after) {
  const rank = (c) => c === "pii" || c === "sensitive-pii" ? 4 + Number(c === "sensitive-pii") : LEVELS.indexOf(c ?? "public");
  return rank(after) > rank(before);
}

// packages/core/dist/change/find-renames.js
function findRenames(before, after) {
  const kept = new Set(after.map((x) => x.name));
  const had = new Set(before.map((x) => x.name));
  const out = /* @__PURE__ */ new Map();
  before.forEach((old, i) => {
    const now = after[i];
    if (!now || kept.has(old.name) || had.has(now.name) || now.type !== old.type)
      return;
    if (isSimilarName(old.name, now.name))
      out.set(old.name, now.name);
  });
  return out;
}
function isSimilarName(a, b) {
  const [x, y] = [a, b].map((s) => s.toLowerCase().replace(/[-_]/g, ""));
  if (x.includes(y) || y.includes(x))
    return true;
  let prefix = 0;
  while (prefix < x.length && x[prefix] === y[prefix])
    prefix++;
  return prefix >= 4 || distance(x, y) <= Math.ceil(0.4 * Math.max(x.length, y.length));
}

// packages/core/dist/change/classify-port-changes.js
function classifyPortChanges(before, after, index) {
  const at = (...rest) => formatPointer(["spec", "outputPorts", index, ...rest]);
  const name = after.name;
  const items = [];
  const add = (kind, impact, text6, pointer) => {
    items.push({ kind, impact, text: `Port \`${name}\`: ${text6}`, port: name, pointer });
  };
  if (before.kind !== after.kind)
    add("port-kind-changed", "breaking", `kind changed from ${before.kind} to ${after.kind}`, at("kind"));
  const headColumns = new Map(after.schema.map((c, i) => [c.name, { c, i }]));
  const renames = findRenames(before.schema.map(typed), after.schema.map(typed));
  for (const old of before.schema) {
    const now = headColumns.get(old.name);
    const to = renames.get(old.name);
    if (!now && to) {
      const text6 = `Port \`${name}\`: column \`${old.name}\` removed, \`${to}\` added in its place with the same type (a rename?)`;
      items.push({ kind: "column-removed", impact: "breaking", text: text6, port: name, pointer: at("schema"), renamed: { from: old.name, to } });
    } else if (!now)
      add("column-removed", "breaking", `column \`${old.name}\` removed`, at("schema"));
    else
      items.push(...compareColumns(old, now.c, (text6) => `Port \`${name}\`: column \`${old.name}\` ${text6}`, at("schema", now.i), name));
  }
  const baseNames = new Set(before.schema.map((c) => c.name));
  after.schema.forEach((c, i) => {
    if (!baseNames.has(c.name))
      add("column-added", "additive", `column \`${c.name}\` added${c.required ? " (required)" : ""}`, at("schema", i));
  });
  if (!isSameData(before.primaryKey ?? [], after.primaryKey ?? [])) {
    add("primary-key-changed", "breaking", `primary key changed from [${(before.primaryKey ?? []).join(", ")}] to [${(after.primaryKey ?? []).join(", ")}]`, at("primaryKey"));
  }
  if (before.temporal.actualTime !== after.temporal.actualTime || before.temporal.processingTime !== after.temporal.processingTime) {
    add("temporal-changed", "breaking", "temporal fields changed", at("temporal"));
  }
  if (retentionDays(after.retention) < retentionDays(before.retention))
    add("retention-shortened", "breaking", `retention shortened from ${before.retention} to ${after.retention}`, at("retention"));
  else if (before.retention !== after.retention)
    add("retention-changed", "patch", `retention changed from ${before.retention ?? "unset"} to ${after.retention ?? "unset"}`, at("retention"));
  if (before.description !== after.description || before.format !== after.format)
    add("port-docs-changed", "patch", "description or format changed", at());
  if (!isSameData(before.quality ?? [], after.quality ?? []))
    add("quality-changed", "patch", "quality checks changed", at("quality"));
  if (!isSameData(before.deprecated ?? null, after.deprecated ?? null))
    add("port-deprecation-changed", "patch", after.deprecated ? `deprecated, sunset ${after.deprecated.sunset}` : "no longer deprecated", at());
  items.push(...compareSlos(before.slos, after.slos, name, at));
  return items;
}
function typed(c) {
  return { name: c.name, type: describeType(c) };
}
function compareColumns(old, now, say, pointer, port) {
  const items = [];
  const add = (kind, impact, text6, field) => {
    items.push({ kind, impact, text: say(text6), port, pointer: `${pointer}/${field}` });
  };
  if (describeType(old) !== describeType(now)) {
    const safe = isSafeTypeChange(old, now);
    add(safe ? "type-widened" : "type-changed", safe ? "additive" : "breaking", `${safe ? "widened" : "changed type"} from ${describeType(old)} to ${describeType(now)}`, "type");
  }
  if (Boolean(old.required) !== Boolean(now.required))
    add(now.required ? "became-required" : "became-optional", "breaking", now.required ? "became required" : "became optional (nulls may appear)", "required");
  if (old.identifier !== now.identifier)
    add("identifier-changed", "breaking", `identifier changed from ${old.identifier ?? "none"} to ${now.identifier ?? "none"}`, "identifier");
  if (isRaised(old.classification, now.classification))
    add("classification-raised", "breaking", `classification raised from ${old.classification ?? "none"} to ${now.classification}`, "classification");
  else if (old.classification !== now.classification)
    add("classification-lowered", "patch", `classification changed to ${now.classification ?? "none"}`, "classification");
  if (old.description !== now.description)
    add("column-docs-changed", "patch", "description changed", "description");
  return items;
}
function compareSlos(before, after, port, at) {
  const items = [];
  const heads = new Map(after.map((s, i) => [s.name, { s, i }]));
  const say = (kind, text6, pointer) => ({
    kind,
    impact: "patch",
    text: `Port \`${port}\`: SLO \`${text6}`,
    port,
    pointer,
    slo: true
  });
  for (const old of before) {
    const now = heads.get(old.name);
    if (!now)
      items.push(say("slo-removed", `${old.name}\` removed`, at("slos")));
    else {
      const d = sloStrictness(now.s) - sloStrictness(old);
      if (d !== 0 || !isSameData(old, now.s))
        items.push(say(d > 0 ? "slo-tightened" : d < 0 ? "slo-loosened" : "slo-changed", `${old.name}\` ${d > 0 ? "tightened" : d < 0 ? "loosened" : "changed"}`, at("slos", now.i)));
    }
  }
  const baseNames = new Set(before.map((s) => s.name));
  after.forEach((s, i) => {
    if (!baseNames.has(s.name))
      items.push(say("slo-added", `${s.name}\` added`, at("slos", i)));
  });
  return items;
}
function sloStrictness(s) {
  const objective = parseFloat(s.objective);
  const threshold = s.threshold ?? "";
  const bound = threshold.endsWith("%") ? parseFloat(threshold) : threshold ? -durationDays(threshold) : 0;
  return objective * 1e6 + bound;
}
function retentionDays(r) {
  return r === void 0 || r === "infinite" ? Infinity : durationDays(r);
}
function durationDays(iso) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m)
    return NaN;
  const n = (i) => Number(m[i] ?? 0);
  return n(1) * 365 + n(2) * 30 + n(3) * 7 + n(4) + n(5) / 24 + n(6) / 1440 + n(7) / 86400;
}

// packages/core/dist/change/classify-product-changes.js
var ORDER = ["none", "patch", "minor", "major"];
function classifyProductChanges(before, after) {
  const items = [];
  const heads = new Map(after.spec.outputPorts.map((p, i) => [p.name, { p, i }]));
  const kinds = (ports) => ports.map((p) => ({ name: p.name, type: p.kind }));
  const renames = findRenames(kinds(before.spec.outputPorts), kinds(after.spec.outputPorts));
  for (const old of before.spec.outputPorts) {
    const now = heads.get(old.name);
    const to = renames.get(old.name);
    if (now)
      items.push(...classifyPortChanges(old, now.p, now.i));
    else if (to)
      items.push({
        kind: "port-removed",
        impact: "breaking",
        text: `Port \`${old.name}\` removed, \`${to}\` added in its place with the same kind (a rename?)`,
        port: old.name,
        pointer: "/spec/outputPorts",
        renamed: { from: old.name, to }
      });
    else
      items.push({ kind: "port-removed", impact: "breaking", text: `Port \`${old.name}\` removed`, port: old.name, pointer: "/spec/outputPorts" });
  }
  const baseNames = new Set(before.spec.outputPorts.map((p) => p.name));
  after.spec.outputPorts.forEach((p, i) => {
    if (!baseNames.has(p.name))
      items.push({ kind: "port-added", impact: "additive", text: `Port \`${p.name}\` added`, port: p.name, pointer: `/spec/outputPorts/${i}` });
  });
  const was = before.spec.access.classification;
  const is = after.spec.access.classification;
  if (isRaised(was, is))
    items.push({
      kind: "classification-raised",
      impact: "breaking",
      text: `Access classification raised from ${was} to ${is}`,
      pointer: "/spec/access/classification"
    });
  else if (was !== is)
    items.push({
      kind: "classification-lowered",
      impact: "patch",
      text: `Access classification changed from ${was} to ${is}`,
      pointer: "/spec/access/classification"
    });
  const patch = (kind, text6, pointer, a, b) => {
    if (!isSameData(a ?? null, b ?? null))
      items.push({ kind, impact: "patch", text: text6, pointer });
  };
  patch("docs-changed", "Description, purpose, limitations or docs changed", "/spec", [before.spec.description, before.spec.purpose, before.spec.limitations, before.spec.docs], [after.spec.description, after.spec.purpose, after.spec.limitations, after.spec.docs]);
  patch("metadata-changed", "Name, tags, owner or product owner changed", "/metadata", [before.metadata.name, before.metadata.tags, before.metadata.owner, before.metadata.productOwner, before.metadata.subdomain], [after.metadata.name, after.metadata.tags, after.metadata.owner, after.metadata.productOwner, after.metadata.subdomain]);
  if (after.metadata.lifecycle === "retired" && before.metadata.lifecycle !== "retired")
    items.push({
      kind: "product-retired",
      impact: "breaking",
      text: `Retired (was ${before.metadata.lifecycle}): its output ports stop serving data`,
      pointer: "/metadata/lifecycle"
    });
  else
    patch("lifecycle-changed", `Lifecycle changed from ${before.metadata.lifecycle} to ${after.metadata.lifecycle}`, "/metadata/lifecycle", [before.metadata.lifecycle, before.metadata.successor, before.metadata.sunset], [after.metadata.lifecycle, after.metadata.successor, after.metadata.sunset]);
  patch("inputs-changed", "Input ports changed", "/spec/inputPorts", before.spec.inputPorts, after.spec.inputPorts);
  patch("access-changed", "Consumer grants changed", "/spec/access/consumers", before.spec.access.consumers, after.spec.access.consumers);
  patch("policies-changed", "Policies, support or transformation changed", "/spec", [before.spec.policies, before.spec.support, before.spec.transformation], [after.spec.policies, after.spec.support, after.spec.transformation]);
  return items;
}
function requiredBump(items) {
  if (items.some((i) => i.impact === "breaking"))
    return "major";
  if (items.some((i) => i.impact === "additive"))
    return "minor";
  return items.length > 0 ? "patch" : "none";
}
function maxBump(a, b) {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
function declaredBump(before, after) {
  const [a, b] = [parse(before), parse(after)];
  for (let i = 0; i < 3; i++) {
    if (b[i] > a[i])
      return ["major", "minor", "patch"][i];
    if (b[i] < a[i])
      return "backwards";
  }
  return "none";
}
function nextVersion(version, bump) {
  const [major, minor, patchN] = parse(version);
  const effective = bump === "major" && major === 0 ? "minor" : bump;
  if (effective === "major")
    return `${major + 1}.0.0`;
  if (effective === "minor")
    return `${major}.${minor + 1}.0`;
  return effective === "patch" ? `${major}.${minor}.${patchN + 1}` : version;
}
function effectiveBump(version, bump) {
  return bump === "major" && parse(version)[0] === 0 ? "minor" : bump;
}
function covers(declared, required) {
  return ORDER.indexOf(declared) >= ORDER.indexOf(required);
}
function parse(v) {
  return v.split(/[-+]/)[0].split(".").map((x) => Number(x));
}

// packages/core/dist/change/describe-bump.js
function describeBump(p) {
  if (p.status !== "modified" || !p.baseVersion || !p.headVersion)
    return "";
  const required = effectiveBump(p.baseVersion, p.requiredBump);
  const made = declaredBump(p.baseVersion, p.headVersion);
  if (required === "none")
    return made === "none" ? "no bump required" : `${made === "backwards" ? "version went down" : `${made} bump made`}, none required`;
  const use = `use ${nextVersion(p.baseVersion, p.requiredBump)}`;
  if (made === "backwards")
    return `version went down, ${required} required, ${use}`;
  if (made === "none")
    return `no bump made, ${required} required, ${use}`;
  return `${made} bump made, ${required} required${covers(made, required) ? "" : `, ${use}`}`;
}

// packages/core/dist/change/render-changes.js
var MARK = { breaking: "BREAKING", additive: "additive", patch: "patch" };
function bumpLine(p) {
  const version = p.baseVersion && p.headVersion ? `${p.baseVersion} → ${p.headVersion}` : p.headVersion ?? p.baseVersion ?? "";
  const bump = describeBump(p);
  return `${p.status}${version ? `, ${version}` : ""}${bump ? `: ${bump}` : ""}`;
}
function renderChangesText(changes) {
  const lines = [`Changes: ${plural(changes.products.length, "product")}`];
  for (const p of changes.products) {
    lines.push(`  ${p.id} (${bumpLine(p)})`);
    for (const i of [...p.items.filter((x) => !x.slo), ...p.items.filter((x) => x.slo)]) {
      lines.push(`    ${p.headFile && i.line ? `${p.headFile}:${i.line}  ` : ""}${i.slo ? "SLO" : MARK[i.impact]}  ${stripControl(i.text)}`);
    }
  }
  for (const a of changes.affected) {
    lines.push(`  Affected by ${a.productId}${a.port === "*" ? "" : ` port ${a.port}`}: ${a.consumers.map((c) => c.productId ? `${c.productId} (${c.team})` : `team ${c.team}`).join(", ")}`);
  }
  if (changes.affectedTeams.length)
    lines.push(`  Teams to ask for review: ${changes.affectedTeams.join(", ")}`);
  return lines.join("\n") + "\n";
}
function renderChangesMarkdown(changes) {
  const out = ["#### Changes", ""];
  if (changes.products.length === 0)
    return [...out, "No data product changes.", ""].join("\n");
  out.push("| product | change | version | bump |", "|---|---|---|---|");
  for (const p of changes.products) {
    const breaking = p.items.some((i) => i.impact === "breaking") ? " ⚠️ breaking" : "";
    out.push(`| \`${escapeMarkdown(p.id)}\` | ${p.status}${breaking} | ${p.baseVersion ?? ""}${p.baseVersion && p.headVersion ? " → " : ""}${p.headVersion ?? ""} | ${describeBump(p)} |`);
  }
  for (const p of changes.products.filter((x) => x.items.length > 0)) {
    out.push("", `**\`${escapeMarkdown(p.id)}\`**`, "");
    for (const i of p.items)
      out.push(`- ${i.impact === "breaking" ? "**breaking**" : i.slo ? "SLO" : i.impact}${i.line ? ` (L${i.line})` : ""}: ${escapeMarkdown(i.text)}`);
  }
  if (changes.affected.length) {
    out.push("", "**Affected consumers**", "");
    for (const a of changes.affected) {
      const who = a.consumers.map((c) => c.productId ? `\`${escapeMarkdown(c.productId)}\` (${escapeMarkdown(c.team)})` : `team ${escapeMarkdown(c.team)}`);
      out.push(`- \`${escapeMarkdown(a.productId)}\`${a.port === "*" ? "" : ` port \`${escapeMarkdown(a.port)}\``}: ${who.join(", ")}`);
    }
  }
  return out.join("\n") + "\n";
}

// packages/core/dist/render/render-text.js
function renderText(report) {
  const relied = describeReliedRelaxations(report);
  const lines = relied ? [`⚠ ${stripControl(relied)}`] : [];
  let group2 = "\0";
  for (const f of report.findings) {
    if (f.file !== group2) {
      if (lines.length > 0)
        lines.push("");
      group2 = f.file;
    }
    lines.push(`${location(f)}  ${f.severity}${f.baseline === "existing" ? " (existing)" : ""}  ${stripControl(f.message)}  [${f.ruleId}]`);
    if (f.hint)
      lines.push(`    → ${stripControl(f.hint)}`);
  }
  if (lines.length > 0)
    lines.push("");
  if (report.changes)
    lines.push(renderChangesText(report.changes));
  if (report.policyImpact)
    lines.push(renderPolicyImpactText(report.policyImpact));
  if (report.policy)
    lines.push(describePolicies(report.policy));
  const existing = describeExistingErrors(report);
  if (existing)
    lines.push(existing);
  lines.push(summarize(report));
  return lines.join("\n") + "\n";
}
function location(f) {
  if (!f.file)
    return "(mesh)";
  return f.line ? `${stripControl(f.file)}:${f.line}:${f.column ?? 1}` : stripControl(f.file);
}
function describePolicies(p) {
  if (p.digest === "none")
    return `Policies from the ${p.source} did not compile or load: no rule ran (see the errors above).`;
  return `Policies: ${plural(p.rules, "rule")} from the ${p.source}, bundle ${p.digest.slice(0, 19)}…`;
}
function summarize(report) {
  const s = report.stats;
  const files = new Set(report.findings.map((f) => f.file).filter(Boolean)).size;
  if (report.mode === "validate") {
    const kinds = [plural(s.products, "product"), plural(s.domains, "domain"), plural(s.teams, "team"), plural(s.waivers, "waiver")];
    const of = kinds.filter((k) => !k.startsWith("0 ")).join(", ");
    const what2 = `${plural(s.files, "file")} validated against ${s.files === 1 ? "its schema" : "their schemas"}${of ? ` (${of})` : ""}`;
    if (report.findings.length === 0)
      return `✔ Clean: ${what2}.`;
    return `${decideVerdict(report) === "pass" ? "✔ Passed with" : "✖ Failed:"} ${countsOf(report.findings, files)} · ${what2}.`;
  }
  const what = `${plural(s.products, "product")} in ${plural(s.domains, "domain")}, ${plural(s.teams, "team")}, ${plural(s.edges, "lineage edge")}`;
  if (report.findings.length === 0)
    return `✔ Clean: ${what} checked (${plural(s.files, "file")}).`;
  return `${decideVerdict(report) === "pass" ? "✔ Passed with" : "✖ Failed:"} ${countsOf(report.findings, files)} · ${what}.`;
}
function countsOf(findings, files) {
  const c = countFindings(findings);
  const existing = findings.filter((f) => f.severity === "error" && f.blocks === false).length;
  const errors = existing > 0 ? `${plural(c.error - existing, "error")} (and ${existing} existing, not blocking)` : plural(c.error, "error");
  return `${errors}, ${plural(c.warning, "warning")}, ${plural(c.notice, "notice")} in ${plural(files, "file")}`;
}

// packages/core/dist/render/render-json.js
function renderJson(report) {
  const out = { ...report, verdict: decideVerdict(report), counts: countFindings(report.findings) };
  return JSON.stringify(out, null, 2) + "\n";
}

// packages/core/dist/render/render-github.js
var LEVEL2 = { error: "error", warning: "warning", notice: "notice" };
function renderGithub(report, options = {}) {
  const limit = options.perSeverity ?? Number.POSITIVE_INFINITY;
  const shown = { error: 0, warning: 0, notice: 0 };
  const lines = [];
  for (const f of report.findings) {
    if (shown[f.severity] >= limit)
      continue;
    shown[f.severity] += 1;
    lines.push(renderCommand(f));
  }
  const omitted = report.findings.length - lines.length;
  lines.push(summarize(report));
  if (omitted > 0)
    lines.push(`${plural(omitted, "more finding")} not shown as annotations (GitHub shows ${limit} per severity in a step): see the job summary.`);
  return lines.join("\n") + "\n";
}
function renderCommand(f) {
  const props = [
    f.file ? `file=${escapeProperty(f.file)}` : "",
    f.line ? `line=${f.line}` : "",
    f.column ? `col=${f.column}` : "",
    `title=${escapeProperty(`Meshplane ${f.ruleId}`)}`
  ].filter(Boolean);
  const text6 = f.hint ? `${f.message}
${f.hint}` : f.message;
  return `::${LEVEL2[f.severity]} ${props.join(",")}::${escapeData(text6)}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// packages/core/dist/render/render-sarif.js
var LEVEL3 = { error: "error", warning: "warning", notice: "note" };
function renderSarif(report, options = {}) {
  const resolved = report.baseline?.resolved ?? [];
  const ids = [...new Set([...report.findings, ...resolved].map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const info = options.rules?.[id] ?? report.rules?.[id] ?? BUILTIN_RULES[id];
    return {
      id,
      ...info ? { name: toPascal(id), shortDescription: { text: info.title }, fullDescription: { text: info.description } } : {},
      helpUri: `https://meshplane.dev/rules/${encodeURIComponent(id)}`
    };
  });
  const state = (f, absent) => report.baseline ? { baselineState: absent ? "absent" : f.baseline === "existing" ? "unchanged" : "new" } : {};
  const results = [...report.findings.map((f) => [f, false]), ...resolved.map((f) => [f, true])].map(([f, absent]) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId),
    level: LEVEL3[f.severity],
    message: { text: f.hint ? `${f.message} ${f.hint}` : f.message },
    ...f.file ? {
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeUri(f.file), uriBaseId: "%SRCROOT%" },
            ...f.line ? { region: { startLine: f.line, ...f.column ? { startColumn: f.column } : {} } } : {}
          }
        }
      ]
    } : {},
    ...f.pointer !== void 0 || f.productId ? { properties: { ...f.pointer !== void 0 ? { pointer: f.pointer } : {}, ...f.productId ? { productId: f.productId } : {} } } : {},
    ...state(f, absent)
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "Meshplane", version: report.tool.version, informationUri: "https://meshplane.dev", rules } },
        ...report.policy ? { properties: { policyBundleDigest: report.policy.digest, policySource: report.policy.source } } : {},
        originalUriBaseIds: { "%SRCROOT%": { description: { text: "The repository root." } } },
        results
      }
    ]
  };
  return JSON.stringify(log, null, 2) + "\n";
}
function encodeUri(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}
function toPascal(id) {
  return id.replace(/(^|[.-])([a-z0-9])/g, (_, _s, c) => c.toUpperCase());
}

// packages/core/dist/render/render-markdown.js
var ICON = { error: "🛑", warning: "⚠️", notice: "ℹ️" };
function renderMarkdown(report) {
  const c = countFindings(report.findings);
  const s = report.stats;
  const verdict = decideVerdict(report) === "pass" ? "✅ **Meshplane check passed**" : "❌ **Meshplane check failed**";
  const out = [
    `### ${verdict}`,
    "",
    `${plural(c.error, "error")} · ${plural(c.warning, "warning")} · ${plural(c.notice, "notice")} — ${plural(s.products, "product")} in ${plural(s.domains, "domain")}, ${plural(s.teams, "team")}, ${plural(s.edges, "lineage edge")}.`
  ];
  const relied = describeReliedRelaxations(report);
  if (relied)
    out.push("", `> ⚠️ **${escapeMarkdown(relied)}**`);
  const existing = describeExistingErrors(report);
  if (existing)
    out.push("", `> ${existing}`);
  if (report.policy)
    out.push("", escapeMarkdown(describePolicies(report.policy)));
  if (report.changes)
    out.push("", renderChangesMarkdown(report.changes).trimEnd());
  if (report.policyImpact)
    out.push("", renderPolicyImpactMarkdown(report.policyImpact).trimEnd());
  const groups = /* @__PURE__ */ new Map();
  for (const f of report.findings) {
    const k = f.file ?? "(mesh)";
    groups.set(k, [...groups.get(k) ?? [], f]);
  }
  for (const [file, findings] of groups) {
    out.push("", `#### \`${escapeCode(file)}\``, "");
    for (const f of findings) {
      const where3 = f.line ? `L${f.line}` : "";
      const existed = f.baseline === "existing" ? " (existing)" : "";
      out.push(`- ${ICON[f.severity]} **${f.severity}**${existed} ${where3 ? `${where3} ` : ""}— ${escapeMarkdown(f.message)} <sub>${escapeMarkdown(f.ruleId)}</sub>`);
      if (f.hint)
        out.push(`  <br>→ ${escapeMarkdown(f.hint)}`);
    }
  }
  return out.join("\n") + "\n";
}
function escapeCode(s) {
  return s.replace(/`/g, "'").replace(/[\r\n]/g, " ");
}

// packages/core/dist/policy/build-policy-data.js
function buildPolicyData(index, graph) {
  const products = {};
  for (const p of graph.nodes.values()) {
    const spec = p.data.spec ?? {};
    const meta = p.data.metadata ?? {};
    const classification = (spec.access ?? {}).classification;
    const outputs = {};
    for (const o of Array.isArray(spec.outputPorts) ? spec.outputPorts : []) {
      if (typeof o.name === "string")
        outputs[o.name] = { kind: o.kind ?? null, classification: classification ?? null };
    }
    products[p.id] = {
      id: p.id,
      name: p.name ?? null,
      domain: p.domain ?? null,
      owner: p.owner ?? null,
      archetype: p.archetype ?? null,
      lifecycle: p.lifecycle ?? null,
      version: p.version ?? null,
      ...p.successor ? { successor: p.successor } : {},
      ...typeof meta.sunset === "string" ? { sunset: meta.sunset } : {},
      inputs: p.inputs.map((i) => ({
        name: i.name,
        ...i.product ? { product: i.product } : {},
        ...i.port ? { port: i.port } : {},
        ...i.system ? { system: i.system } : {}
      })),
      outputs,
      consumerTeams: p.consumers.map((c) => c.team)
    };
  }
  const consumers = {};
  for (const e of graph.edges) {
    const byPort = consumers[e.producer] ??= {};
    (byPort[e.port] ??= []).push(e.consumer);
  }
  const teams = {};
  for (const t of index.teams)
    teams[t.name] = t.data.spec ?? {};
  const domains = {};
  for (const d of index.domains)
    domains[d.name] = d.data.spec ?? {};
  return { products, consumers, teams, domains };
}

// packages/core/dist/policy/map-policy-findings.js
function mapPolicyFindings(evaluation, graph, now) {
  const rules = new Map(evaluation.rules.map((r) => [r.id, r]));
  const out = [];
  for (const [productId, results] of evaluation.products) {
    for (const r of results)
      out.push(toFinding(r, productId, rules.get(r.id), graph, now));
  }
  for (const r of evaluation.mesh)
    out.push(toFinding(r, r.product, rules.get(r.id), graph, now));
  for (const e of evaluation.errors) {
    const node = e.productId ? graph.nodes.get(e.productId) : void 0;
    const text6 = {
      ruleId: "policy.evaluation-error",
      message: `Policy evaluation failed${e.productId ? ` for ${e.productId}` : ""}: ${e.message}`,
      hint: "The check fails closed. Fix the rule that errors (run `mesh policy test`), or report it to the governance group.",
      ...e.productId ? { productId: e.productId } : {}
    };
    out.push(node ? findingAt(node.doc, "", text6) : { ...text6, severity: "error" });
  }
  return out;
}
function toFinding(r, productId, rule, graph, now) {
  const runway = r.level === "deny" && rule?.enforceFrom !== void 0 && now < rule.enforceFrom;
  const severity = r.level === "deny" && !runway ? "error" : "warning";
  const message = runway ? `${r.msg} (Enforced from ${rule?.enforceFrom}; until then this is a warning.)` : r.msg;
  const hint = rule ? `Policy "${rule.title}" (${rule.file}:${rule.line}).` : void 0;
  const node = productId ? graph.nodes.get(productId) : void 0;
  const text6 = { ruleId: r.id, severity, message, ...hint ? { hint } : {}, ...productId ? { productId } : {} };
  const agreement = r.agreement && productId ? graph.agreements.get(productId)?.find((a) => a.name === r.agreement) : void 0;
  const doc = agreement?.doc ?? node?.doc;
  if (!doc)
    return { ...text6 };
  const pointer = typeof r.pointer === "string" && (r.pointer === "" || r.pointer.startsWith("/")) ? r.pointer : "";
  return findingAt(doc, agreement || !r.agreement ? pointer : "", text6);
}

// packages/core/dist/policy/apply-waivers.js
var WAIVER_WARNING_DAYS = 14;
function applyWaivers(findings, waivers, waivable, now) {
  const ruleIds = new Set(waivable);
  const out = [...findings];
  const soon = addDays(now, WAIVER_WARNING_DAYS);
  for (const w of waivers) {
    if (!w.valid)
      continue;
    const spec = w.data.spec;
    const at = (pointer, ruleId, severity, message, hint) => findingAt(w.doc, pointer, { ruleId, severity, message, hint, productId: spec.product });
    if (!ruleIds.has(spec.rule)) {
      out.push(at("/spec/rule", "waiver.unknown-rule", "error", `Waiver \`${w.name}\` names rule \`${spec.rule}\`, which no policy defines.`, "Name the id of an existing rule (`mesh policy docs` lists them), or delete the waiver."));
      continue;
    }
    if (spec.expires < now) {
      out.push(at("/spec/expires", "waiver.expired", "error", `Waiver \`${w.name}\` expired on ${spec.expires}; it no longer waives \`${spec.rule}\` for \`${spec.product}\`.`, "Fix the product, or renew the waiver with a new expiry approved by the governance group."));
      continue;
    }
    let used = false;
    for (let i = 0; i < out.length; i++) {
      const f = out[i];
      if (f.ruleId !== spec.rule || f.productId !== spec.product || f.severity === "notice")
        continue;
      used = true;
      out[i] = { ...f, severity: "notice", message: `Waived until ${spec.expires} by ${w.file} (approved by ${spec.approvedBy}): ${f.message}` };
    }
    if (!used) {
      out.push(at("", "waiver.unused", "warning", `Waiver \`${w.name}\` matches no finding of \`${spec.rule}\` for \`${spec.product}\`.`, "The product complies now: delete the waiver."));
    } else if (spec.expires <= soon) {
      out.push(at("/spec/expires", "waiver.expiring", "warning", `Waiver \`${w.name}\` expires on ${spec.expires}, within ${WAIVER_WARNING_DAYS} days.`, `Fix \`${spec.product}\` before then, or ask the governance group to renew the waiver.`));
    }
  }
  return out;
}
function addDays(date, days2) {
  const t = Date.parse(`${date}T00:00:00Z`) + days2 * 864e5;
  return new Date(t).toISOString().slice(0, 10);
}

// packages/core/dist/policy/compare-policy-runs.js
function comparePolicyRuns(base, head, domainOf) {
  const failing = (fs) => new Map(fs.filter((f) => f.severity === "error" && f.productId).map((f) => [`${f.ruleId}\0${f.productId}`, f]));
  const before = failing(base.findings);
  const after = failing(head.findings);
  const entry = (f) => {
    const domain = domainOf(f.productId);
    return { ruleId: f.ruleId, productId: f.productId, ...domain ? { domain } : {}, message: f.message };
  };
  const byRuleThenProduct = (a, b) => a.ruleId.localeCompare(b.ruleId) || a.productId.localeCompare(b.productId);
  const baseRules = new Map(base.rules.map((r) => [r.id, r]));
  const headRules = new Map(head.rules.map((r) => [r.id, r]));
  return {
    baseDigest: base.digest,
    headDigest: head.digest,
    newlyFailing: [...after].filter(([k]) => !before.has(k)).map(([, f]) => entry(f)).sort(byRuleThenProduct),
    newlyPassing: [...before].filter(([k]) => !after.has(k)).map(([, f]) => entry(f)).sort(byRuleThenProduct),
    rulesAdded: head.rules.filter((r) => !baseRules.has(r.id)),
    rulesRemoved: base.rules.filter((r) => !headRules.has(r.id)),
    severityChanged: head.rules.flatMap((r) => {
      const old = baseRules.get(r.id);
      const label = (x) => x.enforceFrom ? `${x.severity} from ${x.enforceFrom}` : x.severity;
      return old && label(old) !== label(r) ? [{ id: r.id, from: label(old), to: label(r) }] : [];
    })
  };
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function splitLines(text6) {
  const hasTrailingNl = text6.endsWith("\n");
  const result = text6.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// packages/core/dist/policy/diff-policy-rules.js
function diffPolicyRules(baseRules, headRules, baseFiles, headFiles) {
  const before = readRuleSources(baseRules, baseFiles);
  const after = readRuleSources(headRules, headFiles);
  const out = [];
  for (const r of headRules) {
    const old = before.get(r.id);
    const now = after.get(r.id);
    if (old === void 0 || now === void 0 || normalize(old) === normalize(now))
      continue;
    const patch = structuredPatch(r.file, r.file, old, now, "", "", { context: 2 });
    const diff = patch.hunks.map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join("\n")).join("\n");
    out.push({ id: r.id, file: r.file, line: r.line, diff });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
function readRuleSources(rules, files) {
  const byFile = /* @__PURE__ */ new Map();
  for (const r of rules)
    byFile.set(r.file, [...byFile.get(r.file) ?? [], r]);
  const out = /* @__PURE__ */ new Map();
  for (const [file, inFile] of byFile) {
    const text6 = files.get(file) ?? files.get(file.replace(/^\.\//, ""));
    if (text6 === void 0)
      continue;
    const lines = text6.split("\n");
    const starts = [...inFile].sort((a, b) => a.line - b.line).map((r) => ({ id: r.id, start: startOf(lines, r.line - 1) }));
    const constants = readConstants(lines);
    starts.forEach((s, i) => {
      const body = lines.slice(s.start, starts[i + 1]?.start ?? lines.length).join("\n");
      const read = constants.filter((c) => new RegExp(`\\b${c.name}\\b`).test(body) && !body.includes(c.text));
      out.set(s.id, [...read.map((c) => c.text), body].join("\n"));
    });
  }
  return out;
}
function readConstants(lines) {
  const out = [];
  lines.forEach((line, i) => {
    const m = /^([a-z_][a-z0-9_]*)\s*:?=/.exec(line);
    if (m)
      out.push({ name: m[1], text: lines.slice(startOf(lines, i), i + 1).join("\n") });
  });
  return out;
}
function startOf(lines, head) {
  let i = Math.min(Math.max(head, 0), lines.length - 1);
  while (i > 0 && /^\s*#/.test(lines[i - 1] ?? ""))
    i--;
  return i;
}
var normalize = (s) => s.replace(/[ \t]+$/gm, "").trimEnd();

// packages/core/dist/change/diff-catalogs.js
function diffCatalogs(base, head) {
  const products = [];
  for (const [id, now] of head.graph.nodes) {
    const old = base.graph.nodes.get(id);
    if (!old) {
      products.push({ id, status: "added", headFile: now.file, ...now.version ? { headVersion: now.version } : {}, items: [], requiredBump: "minor" });
      continue;
    }
    if (isSameData(old.data, now.data))
      continue;
    if (!old.valid || !now.valid) {
      const side = old.valid ? "head" : "base";
      const items2 = [
        {
          kind: "unclassified",
          impact: "patch",
          text: `The ${side} version does not match its schema, so its changes are not classified`,
          pointer: ""
        }
      ];
      products.push({ id, status: "modified", baseFile: old.file, headFile: now.file, ...versions(old, now), items: items2, requiredBump: "none" });
      continue;
    }
    const items = classifyProductChanges(old.data, now.data);
    if (items.length === 0 && old.file === now.file)
      continue;
    if (old.file !== now.file)
      items.push({ kind: "moved", impact: "patch", text: `Moved from ${old.file}`, pointer: "" });
    products.push({ id, status: "modified", baseFile: old.file, headFile: now.file, ...versions(old, now), items, requiredBump: requiredBump(items) });
  }
  for (const [id, old] of base.graph.nodes) {
    if (!head.graph.nodes.has(id))
      products.push({ id, status: "removed", baseFile: old.file, ...old.version ? { baseVersion: old.version } : {}, items: [], requiredBump: "none" });
  }
  products.sort((a, b) => a.id.localeCompare(b.id));
  const affected = products.flatMap((p) => affectedBy(p, base));
  const teams = /* @__PURE__ */ new Set();
  for (const a of affected)
    for (const c of a.consumers)
      teams.add(c.team);
  return { products, affected, affectedTeams: [...teams].sort() };
}
function versions(old, now) {
  return { ...old.version ? { baseVersion: old.version } : {}, ...now.version ? { headVersion: now.version } : {} };
}
function affectedBy(p, base) {
  const node = base.graph.nodes.get(p.id);
  if (!node)
    return [];
  const ports = p.status === "removed" ? node.outputs.map((o) => o.name) : [...new Set(p.items.filter((i) => i.impact === "breaking").map((i) => i.port ?? "*"))];
  const out = [];
  for (const port of ports) {
    const names = port === "*" ? node.outputs.map((o) => o.name) : [port];
    const consumers = collectConsumers(base.graph, p.id, names);
    if (consumers.length > 0)
      out.push({ productId: p.id, port, consumers });
  }
  return out;
}
function collectConsumers(graph, productId, ports) {
  const found = /* @__PURE__ */ new Map();
  const keep = (c) => {
    const key = `${c.productId ?? ""}|${c.team}`;
    const had = found.get(key);
    if (!had || had.depth > c.depth)
      found.set(key, c);
  };
  for (const port of ports) {
    for (const c of listPortConsumers(graph, productId, port)) {
      if (c.kind === "team") {
        keep({ team: c.team, depth: 1 });
        continue;
      }
      keep({ productId: c.id, team: c.owner ?? "(no owner)", depth: 1 });
      for (const s of walkLineage(graph, c.id, { direction: "downstream" }))
        keep({ productId: s.id, team: graph.nodes.get(s.id)?.owner ?? "(no owner)", depth: s.depth + 1 });
    }
  }
  return [...found.values()].sort((a, b) => a.depth - b.depth || (a.productId ?? "").localeCompare(b.productId ?? "") || a.team.localeCompare(b.team));
}

// packages/core/dist/change/describe-renames.js
function describeRenames(items, rules) {
  const notice = `review.noticeDays: ${rules.noticeDays} days`;
  return items.flatMap((i) => {
    if (!i.renamed)
      return [];
    const { from, to } = i.renamed;
    if (i.kind === "port-removed") {
      const sunset = addDays(rules.today, rules.noticeDays);
      return [
        `Port \`${from}\` → \`${to}\` looks like a rename. To rename without breaking consumers, keep \`${from}\` beside \`${to}\`, marked \`deprecated: { sunset: ${sunset}, successor: ${to} }\` (at least ${notice} ahead), and remove it after its sunset.`
      ];
    }
    return [
      `\`${from}\` → \`${to}\` looks like a rename. To rename without breaking consumers, add \`${to}\` and keep \`${from}\` beside it, say in its description that it is deprecated in favour of \`${to}\`, tell the consumers, and remove it after the notice period (${notice}).`
    ];
  }).join(" ");
}

// packages/core/dist/change/check-changes.js
var LIFECYCLE_TRANSITIONS = {
  proposed: ["experimental", "active", "retired"],
  experimental: ["active", "deprecated", "retired"],
  active: ["deprecated"],
  deprecated: ["active", "dormant", "retired"],
  dormant: ["deprecated", "retired"],
  retired: []
};
var CHANGE_RULE_IDS = ["change.breaking-consumers", "change.removed-with-consumers", "change.retired-with-consumers"];
function checkChanges(changes, base, head, rules) {
  const out = [];
  const baseByFile = new Map([...base.graph.nodes.values()].map((n) => [n.file, n]));
  for (const p of changes.products) {
    const now = head.graph.nodes.get(p.id);
    if (p.status === "added" && now) {
      const old = baseByFile.get(now.file);
      if (old && old.id !== p.id && !head.graph.nodes.has(old.id)) {
        out.push(findingAt(now.doc, "/metadata/id", {
          ruleId: "change.id-changed",
          message: `The id changed from \`${old.id}\` to \`${p.id}\`.`,
          hint: `Ids are permanent: keep \`${old.id}\`, deprecate it and create \`${p.id}\` as its successor.`,
          productId: p.id
        }));
      }
    }
    if (p.status === "removed")
      out.push(...checkRemoved(p, changes));
    if (p.status === "modified" && now)
      out.push(...checkVersion(p, now.doc), ...checkLifecycle(p, base, head), ...checkNotice(p, now.data, rules, now.doc));
  }
  for (const a of changes.affected) {
    const p = changes.products.find((x) => x.id === a.productId);
    const now = head.graph.nodes.get(a.productId);
    if (!p || p.status !== "modified" || !now || sunsetPassed(base, a.productId, a.port, rules.today))
      continue;
    const breaking = p.items.filter((i) => i.impact === "breaking" && (i.port ?? "*") === a.port);
    if (breaking.length > 0 && breaking.every((i) => i.kind === "product-retired"))
      continue;
    const first = breaking[0];
    const kinds = [...new Set(breaking.map((i) => i.kind))].join(", ");
    out.push(findingAt(now.doc, first?.pointer ?? "", {
      ruleId: "change.breaking-consumers",
      message: `Breaking change to ${a.port === "*" ? "the product" : `port \`${a.port}\``} (${kinds}) affects ${describeConsumers(a.consumers)}.`,
      hint: hintBreaking(breaking, rules),
      productId: p.id
    }, "key"));
  }
  return out;
}
function checkVersion(p, doc) {
  if (!p.baseVersion || !p.headVersion || p.requiredBump === "none")
    return [];
  const declared = declaredBump(p.baseVersion, p.headVersion);
  const need = effectiveBump(p.baseVersion, p.requiredBump);
  const use = nextVersion(p.baseVersion, p.requiredBump);
  if (declared === "backwards") {
    return [
      findingAt(doc, "/metadata/version", {
        ruleId: "change.version-backwards",
        message: `The version went from ${p.baseVersion} down to ${p.headVersion}.`,
        hint: `Versions only go up: use ${use}.`,
        productId: p.id
      })
    ];
  }
  if (covers(declared, need))
    return [];
  const why = p.items.filter((i) => need === "major" ? i.impact === "breaking" : need === "minor" ? i.impact !== "patch" : true).map((i) => i.text);
  return [
    findingAt(doc, "/metadata/version", {
      ruleId: "change.version-bump",
      message: `These changes need a ${need} version bump, but the version went from ${p.baseVersion} to ${p.headVersion}: ${why.slice(0, 3).join("; ")}${why.length > 3 ? `; and ${why.length - 3} more` : ""}.`,
      hint: `Use version ${use}.`,
      productId: p.id
    })
  ];
}
function checkLifecycle(p, base, head) {
  const old = base.graph.nodes.get(p.id);
  const now = head.graph.nodes.get(p.id);
  if (!old?.lifecycle || !now?.lifecycle || old.lifecycle === now.lifecycle)
    return [];
  const out = [];
  const allowed = LIFECYCLE_TRANSITIONS[old.lifecycle] ?? [];
  if (!allowed.includes(now.lifecycle)) {
    out.push(findingAt(now.doc, "/metadata/lifecycle", {
      ruleId: "change.lifecycle-transition",
      message: `A product cannot go from ${old.lifecycle} to ${now.lifecycle}.`,
      hint: allowed.length ? `From ${old.lifecycle} it may become: ${allowed.join(", ")}.` : `A ${old.lifecycle} product stays ${old.lifecycle}; create a new product instead.`,
      productId: p.id
    }));
  }
  if (now.lifecycle === "retired") {
    const readers = now.outputs.flatMap((o) => listPortConsumers(head.graph, p.id, o.name)).map((c) => c.kind === "product" ? c.id : `team ${c.team}`);
    if (readers.length)
      out.push(findingAt(now.doc, "/metadata/lifecycle", {
        ruleId: "change.retired-with-consumers",
        message: `${p.id} cannot be retired while it has consumers: ${[...new Set(readers)].join(", ")}.`,
        hint: "Move the consumers to the successor first (a dormant phase keeps serving old data meanwhile).",
        productId: p.id
      }));
  }
  return out;
}
function hintBreaking(breaking, rules) {
  const general = `Keep the old port alongside the new one, marked deprecated with a sunset at least ${rules.noticeDays} days ahead, and tell the consumers; or agree the change with them and get a waiver for change.breaking-consumers.`;
  const renames = describeRenames(breaking, rules);
  if (!renames)
    return general;
  return breaking.every((i) => i.renamed) ? renames : `${renames} For the other breaking changes: ${general[0]?.toLowerCase()}${general.slice(1)}`;
}
function checkRemoved(p, changes) {
  const consumers = changes.affected.filter((a) => a.productId === p.id).flatMap((a) => a.consumers.filter((c) => c.depth === 1));
  if (consumers.length === 0)
    return [];
  return [
    {
      ruleId: "change.removed-with-consumers",
      severity: "error",
      message: `${p.id} was removed from the catalog, but ${describeConsumers(consumers)} still read it.`,
      hint: "Nothing is dropped because a file disappeared: deprecate the product (with a successor or sunset), move its consumers, then retire it.",
      ...p.baseFile ? { file: p.baseFile } : {},
      productId: p.id
    }
  ];
}
function checkNotice(p, product, rules, doc) {
  const earliest = addDays(rules.today, rules.noticeDays);
  return product.spec.outputPorts.flatMap((port, i) => {
    const newly = p.items.some((x) => x.kind === "port-deprecation-changed" && x.port === port.name);
    if (!newly || !port.deprecated || port.deprecated.sunset >= earliest)
      return [];
    return [
      findingAt(doc, `/spec/outputPorts/${i}/deprecated/sunset`, {
        ruleId: "change.deprecation-notice",
        message: `Port \`${port.name}\` is deprecated with a sunset on ${port.deprecated.sunset}, less than ${rules.noticeDays} days away.`,
        hint: `Give consumers notice: set the sunset to ${earliest} or later.`,
        productId: p.id
      })
    ];
  });
}
function sunsetPassed(base, productId, port, today) {
  const old = base.graph.nodes.get(productId)?.data;
  const sunset = old?.spec?.outputPorts?.find((o) => o.name === port)?.deprecated?.sunset;
  return sunset !== void 0 && sunset < today;
}
function describeConsumers(cs) {
  const products = [...new Set(cs.filter((c) => c.productId).map((c) => c.productId))];
  const teams = [...new Set(cs.map((c) => c.team))];
  const list16 = (xs) => xs.slice(0, 8).map((x) => `\`${x}\``).join(", ") + (xs.length > 8 ? ` and ${xs.length - 8} more` : "");
  return `${products.length ? `${products.length} product${products.length === 1 ? "" : "s"} (${list16(products)})` : "no products"} owned by or granted to ${teams.length} team${teams.length === 1 ? "" : "s"} (${list16(teams)})`;
}

// packages/core/dist/slo/parse-duration.js
function durationToHours(iso) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso);
  if (!m || iso === "P" || iso.endsWith("T"))
    return void 0;
  const [y, mo, w, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0));
  return y * 8766 + mo * 730.5 + w * 168 + d * 24 + h + mi / 60 + s / 3600;
}
function windowToHours(window) {
  const m = /^([1-9]\d{0,3})([hdw])$/.exec(window);
  if (!m)
    return void 0;
  return Number(m[1]) * { h: 1, d: 24, w: 168 }[m[2]];
}
function percentToFraction(percent2) {
  const m = /^(\d{1,3}(?:\.\d+)?)%$/.exec(percent2);
  return m ? Number(m[1]) / 100 : void 0;
}

// packages/core/dist/format/humanize-duration.js
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
function humanizeDuration(ms) {
  if (!Number.isFinite(ms))
    return "unknown";
  if (ms < 0)
    return `-${humanizeDuration(-ms)}`;
  if (ms < MINUTE)
    return ms === 0 ? "0 min" : `${Math.max(1, Math.round(ms / 1e3))} s`;
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60)
    return `${minutes} min`;
  if (minutes < 24 * 60)
    return pair(Math.floor(minutes / 60), "h", minutes % 60, "min");
  const hours = Math.round(ms / HOUR);
  if (hours >= 7 * 24)
    return days(Math.round(ms / DAY));
  const d = Math.floor(hours / 24);
  return hours % 24 === 0 ? days(d) : `${days(d)} ${hours % 24} h`;
}
function pair(big, bigUnit, small, smallUnit) {
  return small === 0 ? `${big} ${bigUnit}` : `${big} ${bigUnit} ${small} ${smallUnit}`;
}
function days(n) {
  return `${n} ${n === 1 ? "day" : "days"}`;
}

// packages/core/dist/format/humanize-window.js
function humanizeWindow(window) {
  const hours = window.startsWith("P") ? durationToHours(window) : windowToHours(window);
  return hours === void 0 ? window : humanizeDuration(hours * 36e5);
}

// packages/core/dist/format/describe-burn-rates.js
function describeBurnRates(rates) {
  if (rates.length === 0)
    return "no burn rate yet";
  if (rates.every((b) => b.rate === 0))
    return "not burning";
  return `burning ${rates.map((b) => `${formatRate(b.rate)}× over ${humanizeWindow(b.window)}`).join(", ")}`;
}
function formatRate(rate) {
  if (rate === null || !Number.isFinite(rate))
    return "∞";
  return rate >= 10 ? String(Math.round(rate)) : String(Math.round(rate * 10) / 10);
}

// packages/core/dist/format/describe-error-budget.js
function describeErrorBudget(remaining, objective) {
  if (remaining === void 0 || !Number.isFinite(remaining))
    return "budget unknown (no data)";
  if (objective !== void 0 && objective >= 1)
    return `no error budget (objective 100 %)${remaining >= 1 ? ", and nothing bad yet" : ", already missed"}`;
  if (remaining > 0)
    return `${formatShare(remaining * 100)} % of the budget left`;
  return `budget exhausted (${formatShare((1 - remaining) * 100)} % spent)`;
}
function formatShare(percent2) {
  const whole = Math.round(percent2);
  if (percent2 >= 10 && (whole !== 100 || percent2 >= 100))
    return String(whole);
  const tenth = Math.round(percent2 * 10) / 10;
  if (tenth === 0 && percent2 > 0)
    return "0.1";
  return String(tenth === 100 && percent2 < 100 ? 99.9 : tenth);
}

// packages/core/dist/change/gate-error-budgets.js
var BUDGET_GATE_RULE = "slo.budget-exhausted";
var RELIABILITY_LABEL = "reliability-fix";
function readReliabilityLabel(config) {
  return config.review?.errorBudget?.reliabilityLabel ?? RELIABILITY_LABEL;
}
function isReliabilityFix(labels, config) {
  return labels.includes(readReliabilityLabel(config));
}
var STALE_STATUS_DAYS = 7;
var rec5 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list4 = (v) => Array.isArray(v) ? v : [];
function gateErrorBudgets(changes, head, input) {
  const label = input.config?.reliabilityLabel ?? RELIABILITY_LABEL;
  const out = [];
  const modified = changes.products.filter((p) => p.status === "modified").flatMap((p) => head.graph.nodes.get(p.id) ?? []);
  for (const node of modified) {
    const mode = (node.domain ? input.config?.domains?.[node.domain] : void 0) ?? input.config?.gate ?? "block";
    if (mode === "off")
      continue;
    if (!input.statuses) {
      if (input.config && hasSlos(node.data)) {
        out.push(findingAt(node.doc, "", {
          ruleId: BUDGET_GATE_RULE,
          severity: "notice",
          productId: node.id,
          message: `No SLO statuses were found (${input.source}): the error-budget gate did not judge this change.`,
          hint: "Run the SLO job (mesh slo evaluate, or the slo-monitor action) so its statuses are kept where the check reads them."
        }));
      }
      continue;
    }
    const oldest = Date.parse(`${input.today}T00:00:00Z`) - STALE_STATUS_DAYS * 864e5;
    const all = input.statuses.filter((s) => s.productId === node.id);
    const stale = all.filter((s) => Date.parse(s.evaluatedAt) < oldest);
    const statuses = all.filter((s) => !stale.includes(s));
    const unknown2 = statuses.filter((s) => s.budgetRemaining === void 0 || s.budgetRemaining === null);
    if (stale.length > 0) {
      out.push(findingAt(node.doc, "", {
        ruleId: BUDGET_GATE_RULE,
        severity: "notice",
        productId: node.id,
        message: `The SLO statuses of this product are from ${stale[0]?.evaluatedAt.slice(0, 10)}, more than ${STALE_STATUS_DAYS} days old (${input.source}): the gate does not block on them.`,
        hint: "Check that the SLO job (the slo-monitor workflow, or mesh slo evaluate) still runs."
      }));
    }
    for (const s of statuses.filter((x) => typeof x.budgetRemaining === "number" && x.budgetRemaining <= 0)) {
      const budget = `${describeErrorBudget(s.budgetRemaining, s.objective)} over ${humanizeWindow(s.window)}, ${describeBurnRates(s.burnRates)}`;
      const what = `SLO \`${s.slo}\` on port \`${s.port}\`: ${budget} (evaluated ${s.evaluatedAt.slice(0, 16).replace("T", " ")} UTC).`;
      out.push(findingAt(node.doc, locateSlo(node.data, s.port, s.slo), {
        ruleId: BUDGET_GATE_RULE,
        severity: input.reliabilityFix ? "notice" : mode === "warn" ? "warning" : "error",
        productId: node.id,
        message: input.reliabilityFix ? `${what} Allowed: this pull request is a reliability fix (\`${label}\`).` : what,
        ...input.reliabilityFix ? {} : {
          hint: `Changes wait until the budget recovers. If this pull request restores the SLO, label it \`${label}\`; otherwise ask the governance group for a waiver of \`${BUDGET_GATE_RULE}\` for \`${node.id}\` with an expiry.`
        }
      }));
    }
    if (unknown2.length > 0) {
      const names = unknown2.map((s) => `\`${s.port}/${s.slo}\``).join(", ");
      out.push(findingAt(node.doc, "", {
        ruleId: BUDGET_GATE_RULE,
        severity: "notice",
        productId: node.id,
        message: `Error budget unknown (no data) for ${names}: the gate does not block on an unknown budget.`
      }));
    }
  }
  return out;
}
function hasSlos(data) {
  return list4(rec5(data.spec).outputPorts).some((p) => list4(rec5(p).slos).length > 0);
}
function locateSlo(data, port, slo2) {
  const ports = list4(rec5(data.spec).outputPorts);
  const i = ports.findIndex((p) => rec5(p).name === port);
  if (i < 0)
    return "";
  const j = list4(rec5(ports[i]).slos).findIndex((s) => rec5(s).name === slo2);
  return j < 0 ? `/spec/outputPorts/${i}` : `/spec/outputPorts/${i}/slos/${j}`;
}

// packages/core/dist/change/describe-gated-products.js
function describeGatedProducts(statuses, config) {
  const byMode = /* @__PURE__ */ new Map();
  for (const s of statuses) {
    if (typeof s.budgetRemaining !== "number" || s.budgetRemaining > 0)
      continue;
    const mode = config?.domains?.[s.domain] ?? config?.gate ?? "block";
    if (mode === "off")
      continue;
    byMode.set(mode, (byMode.get(mode) ?? /* @__PURE__ */ new Set()).add(s.productId));
  }
  const label = config?.reliabilityLabel ?? RELIABILITY_LABEL;
  const lines = [];
  const names = (ids) => stripControl([...ids].sort().join(", "));
  const blocked = byMode.get("block");
  if (blocked)
    lines.push(`Error-budget gate: a pull request that changes ${names(blocked)} fails until the budget recovers, unless labelled \`${label}\` or waived (${BUDGET_GATE_RULE}).`);
  const warned = byMode.get("warn");
  if (warned)
    lines.push(`Error-budget gate: a pull request that changes ${names(warned)} is warned that the budget is spent (its domain's gate is warn).`);
  return lines.map((l) => `${l}
`).join("");
}

// packages/core/dist/change/locate-changes.js
function locateChanges(changes, head) {
  return {
    ...changes,
    products: changes.products.map((p) => {
      const node = head.graph.nodes.get(p.id);
      if (!node)
        return p;
      return { ...p, items: p.items.map((i) => ({ ...i, line: node.doc.locate(i.pointer, "key").line })) };
    })
  };
}

// packages/core/dist/policy/build-policy-inputs.js
function buildPolicyInputs(head, options) {
  return [...head.nodes.values()].filter((p) => p.valid).map((p) => {
    const drift = options.runtime?.get(p.id);
    const input = {
      product: p.data,
      file: p.file,
      previous: null,
      change: null,
      now: options.today,
      runtime: drift ? describeRuntime(drift) : null,
      agreements: (head.agreements.get(p.id) ?? []).filter((a) => a.valid).map((a) => ({ name: a.name, file: a.file, spec: a.data.spec }))
    };
    if (!options.base)
      return { productId: p.id, input };
    const previous = options.base.nodes.get(p.id)?.data ?? null;
    const change = previous === null ? "added" : isSameData(previous, p.data) ? "unchanged" : "modified";
    const c = options.changes?.products.find((x) => x.id === p.id && x.status === "modified");
    return { productId: p.id, input: { ...input, previous, change, ...c ? { changes: { items: c.items, requiredBump: c.requiredBump } } : {} } };
  });
}
function describeRuntime(d) {
  return {
    lastRun: d.lastRun,
    undeclaredInputs: d.undeclaredInputs.map((u) => ({ dataset: u.dataset, product: u.product, port: u.port, ...u.run })),
    staleInputs: d.staleInputs.map((s) => ({ input: s.input, product: s.product, port: s.port, lastRead: s.lastRead?.time ?? null })),
    undeclaredOutputs: d.undeclaredOutputs.map((u) => ({ dataset: u.dataset, ...u.run }))
  };
}

// packages/core/dist/platform/plan-types.js
function groupOperations(operations) {
  const groups = /* @__PURE__ */ new Map();
  for (const op of operations) {
    const productId = "productId" in op ? op.productId : void 0;
    const key = productId ?? "";
    const group2 = groups.get(key) ?? { ...productId ? { productId } : {}, operations: [] };
    group2.operations.push(op);
    groups.set(key, group2);
  }
  return [...groups.values()].sort((a, b) => (a.productId ?? "").localeCompare(b.productId ?? ""));
}

// packages/core/dist/platform/map-column-type.js
var DEFAULT_DECIMAL = { precision: 38, scale: 9 };
var TYPES = {
  duckdb: {
    string: { ddl: "VARCHAR", reported: "varchar" },
    boolean: { ddl: "BOOLEAN", reported: "boolean" },
    integer: { ddl: "INTEGER", reported: "integer" },
    bigint: { ddl: "BIGINT", reported: "bigint" },
    double: { ddl: "DOUBLE", reported: "double" },
    date: { ddl: "DATE", reported: "date" },
    timestamp: { ddl: "TIMESTAMPTZ", reported: "timestamp with time zone" },
    uuid: { ddl: "UUID", reported: "uuid" },
    json: { ddl: "JSON", reported: "json" },
    bytes: { ddl: "BLOB", reported: "blob" }
  },
  postgres: {
    string: { ddl: "text", reported: "text" },
    boolean: { ddl: "boolean", reported: "boolean" },
    integer: { ddl: "integer", reported: "integer" },
    bigint: { ddl: "bigint", reported: "bigint" },
    double: { ddl: "double precision", reported: "double precision" },
    date: { ddl: "date", reported: "date" },
    timestamp: { ddl: "timestamptz", reported: "timestamp with time zone" },
    uuid: { ddl: "uuid", reported: "uuid" },
    json: { ddl: "jsonb", reported: "jsonb" },
    bytes: { ddl: "bytea", reported: "bytea" }
  },
  trino: {
    string: { ddl: "varchar", reported: "varchar" },
    boolean: { ddl: "boolean", reported: "boolean" },
    integer: { ddl: "integer", reported: "integer" },
    bigint: { ddl: "bigint", reported: "bigint" },
    double: { ddl: "double", reported: "double" },
    date: { ddl: "date", reported: "date" },
    timestamp: { ddl: "timestamp(3)", reported: "timestamp(3)" },
    uuid: { ddl: "varchar", reported: "varchar" },
    json: { ddl: "varchar", reported: "varchar" },
    bytes: { ddl: "varbinary", reported: "varbinary" }
  }
};
var DECIMAL_NAME = { duckdb: "DECIMAL", postgres: "numeric", trino: "decimal" };
function describeLogicalType(type, precision, scale) {
  if (type !== "decimal")
    return type;
  const p = precision ?? DEFAULT_DECIMAL.precision;
  const s = scale ?? (precision === void 0 ? DEFAULT_DECIMAL.scale : 0);
  return `decimal(${p},${s})`;
}
function mapColumnType(engine, logical) {
  const dec = /^decimal\((\d+),(\d+)\)$/.exec(logical);
  if (dec) {
    const name = DECIMAL_NAME[engine];
    return { ddl: `${name}(${dec[1]},${dec[2]})`, reported: `${name.toLowerCase()}(${dec[1]},${dec[2]})` };
  }
  const t = TYPES[engine][logical];
  if (!t)
    throw new Error(`No ${engine} type for the logical type ${logical}`);
  return t;
}
function readLogicalType(engine, reported) {
  const dec = /^(?:decimal|numeric)\((\d+),(\d+)\)$/.exec(reported);
  if (dec)
    return `decimal(${dec[1]},${dec[2]})`;
  const entry = Object.entries(TYPES[engine]).find(([, t]) => t.reported === reported);
  return entry?.[0];
}
var INTEGER_DIGITS = { integer: 10, bigint: 19 };
function isWideningChange(from, to) {
  if (from === to)
    return true;
  const dec = (t) => {
    const m = /^decimal\((\d+),(\d+)\)$/.exec(t);
    return m ? [Number(m[1]), Number(m[2])] : void 0;
  };
  const target = dec(to);
  if (from === "integer" && to === "bigint")
    return true;
  if (INTEGER_DIGITS[from] !== void 0 && target)
    return target[0] - target[1] >= INTEGER_DIGITS[from];
  const source = dec(from);
  if (source && target)
    return target[1] >= source[1] && target[0] - target[1] >= source[0] - source[1];
  return false;
}

// packages/core/dist/platform/engine-features.js
var ENGINE_FEATURES = {
  duckdb: { constraints: true, alterColumnType: true, schemaGrants: true, replacedViewKeepsGrants: true },
  postgres: { constraints: true, alterColumnType: true, schemaGrants: true, replacedViewKeepsGrants: true },
  trino: { constraints: false, alterColumnType: false, schemaGrants: false, replacedViewKeepsGrants: false }
};

// packages/core/dist/platform/decide-retired-drop.js
function decideRetiredDrop(facts) {
  if (facts.readers.length > 0)
    return { dropAllowed: false, reason: `still read by ${facts.readers.sort().join(", ")}` };
  if (!facts.sunset)
    return { dropAllowed: false, reason: "no `metadata.sunset` date, so the retention period cannot be counted" };
  if (!facts.retention)
    return { dropAllowed: false, reason: "the port declares no retention" };
  if (facts.retention === "infinite")
    return { dropAllowed: false, reason: "its retention is infinite" };
  const until = addIsoDuration(facts.sunset, facts.retention);
  if (until === void 0)
    return { dropAllowed: false, reason: `the retention ${facts.retention} cannot be read` };
  if (until >= facts.today)
    return { dropAllowed: false, reason: `retention (${facts.retention} from the sunset ${facts.sunset}) runs until ${until}` };
  return { dropAllowed: true, reason: `retired, retention ended ${until}, nobody reads it` };
}
function addIsoDuration(date, duration) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(T.*)?$/.exec(duration);
  const start = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m || !start)
    return void 0;
  const [y, mo, w, d] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0));
  const extraDay = m[5] && /[1-9]/.test(m[5]) ? 1 : 0;
  const t = new Date(Date.UTC(Number(start[1]) + y, Number(start[2]) - 1 + mo, Number(start[3]) + w * 7 + d + extraDay));
  return t.toISOString().slice(0, 10);
}

// packages/core/dist/agreement/collect-agreement-reads.js
function collectAgreementReads(index, today) {
  const products = /* @__PURE__ */ new Map();
  for (const p of index.products)
    if (p.valid && !products.has(p.id))
      products.set(p.id, p);
  const teams = new Set(index.teams.filter((t) => t.valid).map((t) => t.name));
  const reads = /* @__PURE__ */ new Map();
  for (const a of index.agreements) {
    const provider = a.provider ? products.get(a.provider) : void 0;
    if (!a.valid || !provider || !a.team || !teams.has(a.team) || a.team === provider.owner || !isAgreementActive(a, today))
      continue;
    for (const shared of a.ports) {
      if (!provider.outputs.some((o) => o.name === shared.name))
        continue;
      const key = `${provider.id}/${shared.name}`;
      const byTeam = reads.get(key) ?? /* @__PURE__ */ new Map();
      reads.set(key, byTeam);
      const columns = resolveSharedColumns(provider, shared);
      const before = byTeam.get(a.team);
      if (columns === void 0 || before?.whole)
        byTeam.set(a.team, { whole: true });
      else if (before) {
        for (const c of columns)
          before.columns.add(c);
        before.agreements.push(a.name);
      } else
        byTeam.set(a.team, { whole: false, columns: new Set(columns), agreements: [a.name] });
    }
  }
  return reads;
}

// packages/core/dist/platform/build-desired-state.js
var SERVING = /* @__PURE__ */ new Set(["experimental", "active", "deprecated", "dormant"]);
var OWNER_PRIVILEGES = ["SELECT", "INSERT", "UPDATE", "DELETE"];
var rec6 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list5 = (v) => Array.isArray(v) ? v.map(rec6) : [];
var str4 = (v) => typeof v === "string" ? v : void 0;
function buildDesiredState(index, options) {
  const products = index.products.filter((p) => p.valid);
  const teams = new Set(index.teams.filter((t) => t.valid).map((t) => t.name));
  const reads = collectAgreementReads(index, options.today);
  const readers = collectReaders(products, reads, options.today);
  const tables = [];
  const retired = [];
  const grants = [];
  for (const p of products) {
    for (const port of list5(rec6(p.data.spec).outputPorts)) {
      if (port.kind !== "table")
        continue;
      const table = describeTable(p, port, options.engine);
      const shares = describeShares(table, reads.get(`${p.id}/${str4(port.name)}`), teams);
      if (shares.length)
        table.shares = shares;
      if (p.lifecycle === "retired")
        retired.push(describeRetired(p, port, table, readers, options.today));
      if (!SERVING.has(p.lifecycle ?? "") && p.lifecycle !== "retired")
        continue;
      if (p.lifecycle !== "retired")
        tables.push(table);
      const grant = (role, privilege, object) => {
        grants.push({ schema: table.schema, object, role, privilege, productId: p.id });
      };
      if (p.owner && teams.has(p.owner)) {
        for (const priv of OWNER_PRIVILEGES)
          grant(nameRole(p.owner), priv, table.name);
        grant(nameRole(p.owner), "SELECT", table.view.name);
      }
      for (const team of readers.get(`${p.id}/${str4(port.name)}`) ?? []) {
        if (team === p.owner || !teams.has(team))
          continue;
        grant(nameRole(team), "SELECT", table.name);
        grant(nameRole(team), "SELECT", table.view.name);
      }
      for (const share of shares)
        grant(share.role, "SELECT", share.view);
    }
  }
  const schemas = [...new Set(tables.map((t) => t.schema))].sort();
  const held = index.products.filter((p) => !p.valid && p.domain).flatMap((p) => p.outputs.map((o) => `${nameSchema(p.domain ?? "")}.${nameTable(p.id, o.name)}`));
  return {
    engine: options.engine,
    schemas,
    roles: [...teams].sort().map((team) => ({ role: nameRole(team), team })),
    tables,
    retired,
    grants: ENGINE_FEATURES[options.engine].schemaGrants ? [...grants, ...grantSchemaUsage(grants)] : grants,
    held
  };
}
function grantSchemaUsage(grants) {
  const seen2 = /* @__PURE__ */ new Map();
  for (const g of grants)
    seen2.set(`${g.schema}/${g.role}`, { schema: g.schema, object: "", role: g.role, privilege: "USAGE" });
  return [...seen2.values()];
}
function collectReaders(products, reads, today) {
  const readers = /* @__PURE__ */ new Map();
  const add = (key, team) => {
    const set = readers.get(key) ?? /* @__PURE__ */ new Set();
    set.add(team);
    readers.set(key, set);
  };
  for (const [key, byTeam] of reads)
    for (const [team, read] of byTeam)
      if (read.whole)
        add(key, team);
  for (const p of products) {
    const ports = list5(rec6(p.data.spec).outputPorts).map((o) => str4(o.name) ?? "");
    for (const c of p.consumers) {
      if (c.until !== void 0 && c.until < today)
        continue;
      for (const port of c.ports ?? ports)
        add(`${p.id}/${port}`, c.team);
    }
  }
  return readers;
}
function describeShares(table, reads, teams) {
  const shares = [];
  for (const [team, read] of [...reads ?? []].sort(([a], [b]) => a < b ? -1 : 1)) {
    if (read.whole || !teams.has(team))
      continue;
    const columns = table.columns.map((c) => c.name).filter((c) => read.columns.has(c));
    if (columns.length === 0)
      continue;
    const view = nameShareView(table.name, team);
    const comment = `Columns ${columns.join(", ")} of ${table.schema}.${table.name}, shared with team ${team} (agreements ${read.agreements.join(", ")}).`;
    shares.push({ view, team, role: nameRole(team), columns, comment });
  }
  return shares;
}
function describeTable(p, port, engine) {
  const schema = nameSchema(p.domain ?? "");
  const name = nameTable(p.id, str4(port.name) ?? "");
  const declaredKey = (Array.isArray(port.primaryKey) ? port.primaryKey : []).filter((c) => typeof c === "string");
  const { constraints } = ENGINE_FEATURES[engine];
  const primaryKey = constraints ? declaredKey : [];
  const columns = list5(port.schema).map((c) => {
    const logical = describeLogicalType(str4(c.type) ?? "string", typeof c.precision === "number" ? c.precision : void 0, typeof c.scale === "number" ? c.scale : void 0);
    const t = mapColumnType(engine, logical);
    const colName = str4(c.name) ?? "";
    const required = c.required === true || declaredKey.includes(colName);
    const comment = describeColumn(c, constraints ? void 0 : declaredKey.includes(colName) ? "primary key" : required ? "required" : void 0);
    return {
      name: colName,
      logical,
      type: t.reported,
      ddlType: t.ddl,
      nullable: !constraints || !required,
      ...comment ? { comment } : {}
    };
  });
  const meta = rec6(p.data.metadata);
  const classification = str4(rec6(rec6(p.data.spec).access).classification) ?? "unclassified";
  const description = firstParagraph(str4(port.description) ?? str4(rec6(p.data.spec).description) ?? "");
  const processingTime = str4(rec6(port.temporal).processingTime) ?? "";
  return {
    productId: p.id,
    port: str4(port.name) ?? "",
    schema,
    name,
    columns,
    primaryKey,
    comment: `${description} [product ${p.id}; owner ${p.owner ?? "?"}; version ${str4(meta.version) ?? "?"}; classification ${classification}]`,
    view: { name: nameLatestView(name), processingTime, comment: `The rows of the latest processing time (${processingTime}) of ${schema}.${name}.` },
    file: p.file,
    lifecycle: p.lifecycle ?? ""
  };
}
function describeRetired(p, port, table, readers, today) {
  const key = `${p.id}/${str4(port.name)}`;
  const decision = decideRetiredDrop({
    sunset: str4(rec6(p.data.metadata).sunset),
    retention: str4(port.retention),
    readers: [...readers.get(key) ?? [], ...(table.shares ?? []).map((s) => s.team)],
    today
  });
  return { productId: p.id, schema: table.schema, name: table.name, view: table.view.name, ...decision };
}
function describeColumn(c, constraint) {
  const parts = [
    str4(c.description),
    c.classification ? `[classification ${String(c.classification)}]` : void 0,
    constraint ? `[${constraint}]` : void 0
  ].filter(Boolean);
  return parts.length ? parts.join(" ") : void 0;
}
function firstParagraph(text6) {
  const para = text6.trim().split(/\n\s*\n/)[0]?.replace(/\s+/g, " ") ?? "";
  return para.length > 300 ? `${para.slice(0, 297)}...` : para;
}

// packages/core/dist/platform/plan-table-changes.js
var MIGRATION_HINT = "Write a migration for it (a new column or a new port beside the old one, backfilled by the pipeline), or deprecate the port and retire it through the lifecycle; Meshplane never rewrites or drops data by itself.";
function planNewTable(t) {
  const base = { productId: t.productId, schema: t.schema };
  const operations = [
    { kind: "create-table", ...base, port: t.port, table: t.name, columns: t.columns, primaryKey: t.primaryKey },
    { kind: "create-view", ...base, view: t.view.name, table: t.name, processingTime: t.view.processingTime, replace: false },
    { kind: "comment", ...base, target: "table", object: t.name, comment: t.comment },
    { kind: "comment", ...base, target: "view", object: t.view.name, comment: t.view.comment },
    ...t.columns.filter((c) => c.comment).map((c) => ({ kind: "comment", ...base, target: "column", object: t.name, column: c.name, comment: c.comment ?? null }))
  ];
  return { operations, blocked: [] };
}
function planTableChanges(engine, t, actual, view) {
  const base = { productId: t.productId, schema: t.schema, table: t.name };
  const operations = [];
  const blocked = [];
  const have = new Map(actual.columns.map((c) => [c.name, c]));
  const block = (object, change, reason) => {
    blocked.push({ productId: t.productId, object: `${t.schema}.${object}`, change, reason, hint: MIGRATION_HINT });
  };
  const comments = [];
  const added = [];
  for (const col of t.columns) {
    const now = have.get(col.name);
    if (!now) {
      operations.push({ kind: "add-column", ...base, column: col });
      if (!col.nullable)
        operations.push({ kind: "set-not-null", ...base, column: col.name });
      added.push(col.name);
    } else {
      if (now.type !== col.type) {
        const from = readLogicalType(engine, now.type);
        const widening = from !== void 0 && isWideningChange(from, col.logical);
        if (widening && ENGINE_FEATURES[engine].alterColumnType)
          operations.push({ kind: "alter-column-type", ...base, column: col, from: now.type });
        else if (widening)
          block(`${t.name}.${col.name}`, `change type ${now.type} → ${col.type}`, `${engine} cannot change a column's type in place`);
        else
          block(`${t.name}.${col.name}`, `change type ${now.type} → ${col.type}`, "the new type cannot hold every existing value unchanged");
      }
      if (now.nullable && !col.nullable)
        operations.push({ kind: "set-not-null", ...base, column: col.name });
      if (!now.nullable && col.nullable && !actual.primaryKey.includes(col.name))
        operations.push({ kind: "drop-not-null", ...base, column: col.name });
    }
    if ((now?.comment ?? void 0) !== col.comment) {
      comments.push({
        kind: "comment",
        productId: t.productId,
        schema: t.schema,
        target: "column",
        object: t.name,
        column: col.name,
        comment: col.comment ?? null
      });
    }
  }
  const wanted = new Set(t.columns.map((c) => c.name));
  for (const c of actual.columns)
    if (!wanted.has(c.name))
      block(`${t.name}.${c.name}`, "drop column", "the column is on the platform but not in the manifest; dropping it loses its data");
  if (actual.primaryKey.join(",") !== t.primaryKey.join(",")) {
    block(t.name, `change primary key (${actual.primaryKey.join(", ") || "none"}) → (${t.primaryKey.join(", ") || "none"})`, "existing rows may break the new key");
  }
  if ((actual.comment ?? void 0) !== t.comment)
    comments.push({ kind: "comment", productId: t.productId, schema: t.schema, target: "table", object: t.name, comment: t.comment });
  const viewColumns = [...actual.columns.map((c) => c.name), ...added];
  const retyped = operations.some((o) => o.kind === "alter-column-type");
  if (view && retyped)
    operations.unshift({ kind: "drop-view", productId: t.productId, schema: t.schema, view: t.view.name });
  const stale = !view || retyped || view.columns.join(",") !== viewColumns.join(",") || (view.comment ?? void 0) !== t.view.comment;
  if (stale) {
    const replace = !!view && !retyped;
    operations.push({
      kind: "create-view",
      productId: t.productId,
      schema: t.schema,
      view: t.view.name,
      table: t.name,
      processingTime: t.view.processingTime,
      replace
    });
    comments.push({ kind: "comment", productId: t.productId, schema: t.schema, target: "view", object: t.view.name, comment: t.view.comment });
  }
  return { operations: [...operations, ...comments], blocked };
}

// packages/core/dist/platform/plan-share-views.js
function planShareViews(target, shares, existing, retyped) {
  const { productId, schema, table } = target;
  const have = new Map(existing.map((v) => [v.name, v]));
  const before = [];
  const after = [];
  const wanted = new Set(shares.map((s) => s.view));
  for (const [name] of [...have].sort(([a], [b]) => a < b ? -1 : 1)) {
    if (!wanted.has(name))
      before.push({ kind: "drop-view", productId, schema, view: name, unshared: true });
  }
  for (const s of shares) {
    const now = have.get(s.view);
    const rebuild = !now || retyped || now.columns.join(",") !== s.columns.join(",");
    if (now && rebuild)
      before.push({ kind: "drop-view", productId, schema, view: s.view });
    if (rebuild)
      after.push({ kind: "create-share-view", productId, schema, view: s.view, table, columns: s.columns, team: s.team });
    if (rebuild || (now?.comment ?? void 0) !== s.comment)
      after.push({ kind: "comment", productId, schema, target: "view", object: s.view, comment: s.comment });
  }
  return { before, after, views: [...wanted] };
}

// packages/core/dist/platform/plan-changes.js
var keyOf2 = (schema, name) => `${schema}.${name}`;
var grantKey = (g) => `${g.schema}.${g.object}/${g.role}/${g.privilege}`;
var byKey = ([a], [b]) => a < b ? -1 : a > b ? 1 : 0;
function planChanges(desired, actual) {
  const tables = new Map(actual.tables.map((t) => [keyOf2(t.schema, t.name), t]));
  const views = new Map(actual.views.map((v) => [keyOf2(v.schema, v.name), v]));
  const shareViews = groupShareViews(actual.views);
  const shared = [];
  const perProduct = [];
  const blocked = [];
  const retained = [];
  const schemas = new Set(actual.schemas);
  for (const s of desired.schemas)
    if (!schemas.has(s))
      shared.push({ kind: "create-schema", schema: s });
  const roles = new Set(actual.roles);
  for (const r of desired.roles)
    if (!roles.has(r.role))
      shared.push({ kind: "create-role", role: r.role, team: r.team });
  const present = /* @__PURE__ */ new Set();
  for (const t of [...desired.tables].sort((a, b) => keyOf2(a.productId, a.port).localeCompare(keyOf2(b.productId, b.port)))) {
    const now = tables.get(keyOf2(t.schema, t.name));
    const steps = now ? planTableChanges(desired.engine, t, now, views.get(keyOf2(t.schema, t.view.name))) : planNewTable(t);
    const retyped = steps.operations.some((o) => o.kind === "alter-column-type");
    const shares = planShareViews({ productId: t.productId, schema: t.schema, table: t.name }, t.shares ?? [], shareViews.get(keyOf2(t.schema, t.name)) ?? [], retyped);
    perProduct.push(...shares.before, ...steps.operations, ...shares.after);
    blocked.push(...steps.blocked);
    present.add(keyOf2(t.schema, t.name)).add(keyOf2(t.schema, t.view.name));
    for (const v of shares.views)
      present.add(keyOf2(t.schema, v));
  }
  for (const r of desired.retired) {
    if (!tables.has(keyOf2(r.schema, r.name)))
      continue;
    perProduct.push(...planShareViews({ productId: r.productId, schema: r.schema, table: r.name }, [], shareViews.get(keyOf2(r.schema, r.name)) ?? [], false).before);
    if (r.dropAllowed)
      perProduct.push({ kind: "drop-table", productId: r.productId, schema: r.schema, table: r.name, view: r.view });
    else {
      retained.push({ productId: r.productId, schema: r.schema, table: r.name, reason: r.reason });
      present.add(keyOf2(r.schema, r.name)).add(keyOf2(r.schema, r.view));
    }
  }
  const keepsGrants = ENGINE_FEATURES[desired.engine].replacedViewKeepsGrants;
  const droppedViews = new Set(perProduct.flatMap((o) => o.kind === "drop-view" || o.kind === "create-view" && o.replace && !keepsGrants ? [keyOf2(o.schema, o.view)] : []));
  const grants = planGrants(desired, { ...actual, grants: actual.grants.filter((g) => !droppedViews.has(keyOf2(g.schema, g.object))) }, present);
  return {
    engine: desired.engine,
    operations: [...shared, ...grants.shared, ...perProduct, ...grants.perProduct],
    blocked,
    orphans: findOrphans(desired, actual),
    retained
  };
}
function planGrants(desired, actual, present) {
  const schemas = /* @__PURE__ */ new Set([...desired.schemas]);
  const exists = (g) => g.object === "" ? schemas.has(g.schema) : present.has(keyOf2(g.schema, g.object));
  const want = new Map(desired.grants.filter(exists).map((g) => [grantKey(g), g]));
  const have = new Map(actual.grants.filter(exists).map((g) => [grantKey(g), g]));
  const owner = new Map(desired.tables.flatMap((t) => [keyOf2(t.schema, t.name), keyOf2(t.schema, t.view.name), ...(t.shares ?? []).map((s) => keyOf2(t.schema, s.view))].map((k) => [k, t.productId])));
  for (const r of desired.retired)
    owner.set(keyOf2(r.schema, r.name), r.productId).set(keyOf2(r.schema, r.view), r.productId);
  const shared = [];
  const perProduct = [];
  const place = (op, g) => {
    const productId = g.object === "" ? void 0 : owner.get(keyOf2(g.schema, g.object));
    if (productId)
      perProduct.push({ ...op, productId });
    else
      shared.push(op);
  };
  for (const [, g] of [...want].filter(([k]) => !have.has(k)).sort(byKey))
    place({ kind: "grant", grant: strip(g) }, g);
  const held = new Set(desired.held);
  const isHeld = (g) => [...held].some((t) => t === keyOf2(g.schema, g.object) || keyOf2(g.schema, g.object).startsWith(`${t}__`));
  const keepsSchema = new Set(actual.grants.filter((g) => g.object !== "" && held.size > 0 && isHeld(g)).map((g) => `${g.schema}/${g.role}`));
  for (const [, g] of [...have].filter(([k]) => !want.has(k)).sort(byKey)) {
    if (g.object === "" && keepsSchema.has(`${g.schema}/${g.role}`))
      continue;
    place({ kind: "revoke", grant: strip(g) }, g);
  }
  return { shared, perProduct };
}
var strip = (g) => ({ schema: g.schema, object: g.object, role: g.role, privilege: g.privilege });
function findOrphans(desired, actual) {
  const wanted = /* @__PURE__ */ new Set([...desired.tables.map((t) => keyOf2(t.schema, t.name)), ...desired.retired.map((r) => keyOf2(r.schema, r.name)), ...desired.held]);
  const managed = new Map(actual.managed.map((m) => [keyOf2(m.schema, m.table), m.productId]));
  const schemas = /* @__PURE__ */ new Set([...desired.schemas, ...actual.managed.map((m) => m.schema)]);
  schemas.delete(STATE_SCHEMA);
  return actual.tables.filter((t) => schemas.has(t.schema) && !wanted.has(keyOf2(t.schema, t.name))).map((t) => {
    const productId = managed.get(keyOf2(t.schema, t.name));
    return { schema: t.schema, table: t.name, ...productId ? { productId } : {} };
  }).sort((a, b) => keyOf2(a.schema, a.table).localeCompare(keyOf2(b.schema, b.table)));
}
function groupShareViews(views) {
  const by = /* @__PURE__ */ new Map();
  for (const v of views) {
    const at = v.name.lastIndexOf("__for_");
    if (at <= 0 || v.name.slice(at + 6).includes("__"))
      continue;
    const key = keyOf2(v.schema, v.name.slice(0, at));
    const list16 = by.get(key);
    if (list16)
      list16.push(v);
    else
      by.set(key, [v]);
  }
  return by;
}

// packages/core/dist/platform/describe-operation.js
var on = (schema, object) => object ? `${schema}.${object}` : `schema ${schema}`;
function describeOperation(op) {
  switch (op.kind) {
    case "create-schema":
      return { sign: "+", text: `create schema ${op.schema}` };
    case "create-role":
      return { sign: "+", text: `create role ${op.role} (team ${op.team})` };
    case "create-table": {
      const key = op.primaryKey.length ? `, key ${op.primaryKey.join(", ")}` : "";
      return { sign: "+", text: `create table ${op.schema}.${op.table} (${op.columns.length} columns${key})` };
    }
    case "add-column":
      return { sign: "+", text: `add column ${op.schema}.${op.table}.${op.column.name} ${op.column.logical}` };
    case "alter-column-type":
      return { sign: "~", text: `widen ${op.schema}.${op.table}.${op.column.name} from ${op.from} to ${op.column.type}` };
    case "set-not-null":
      return { sign: "~", text: `require ${op.schema}.${op.table}.${op.column} (NOT NULL)` };
    case "drop-not-null":
      return { sign: "~", text: `allow nulls in ${op.schema}.${op.table}.${op.column}` };
    case "create-view":
      return { sign: op.replace ? "~" : "+", text: `${op.replace ? "replace" : "create"} view ${op.schema}.${op.view} (latest ${op.processingTime})` };
    case "drop-view":
      return op.unshared ? { sign: "-", text: `drop view ${op.schema}.${op.view} (no agreement in force shares it)` } : { sign: "~", text: `drop view ${op.schema}.${op.view} to recreate it` };
    case "create-share-view":
      return { sign: "+", text: `create view ${op.schema}.${op.view} (${op.columns.length} agreed columns of ${op.table}, for team ${op.team})` };
    case "comment":
      return { sign: "~", text: `comment on ${op.target} ${op.schema}.${op.object}${op.column ? `.${op.column}` : ""}` };
    case "grant":
      return { sign: "+", text: `grant ${op.grant.privilege} on ${on(op.grant.schema, op.grant.object)} to ${op.grant.role}` };
    case "revoke":
      return { sign: "-", text: `revoke ${op.grant.privilege} on ${on(op.grant.schema, op.grant.object)} from ${op.grant.role}` };
    case "drop-table":
      return { sign: "-", text: `drop table ${op.schema}.${op.table} and its view (retired, retention passed)` };
  }
}
function countOperations(operations) {
  const c = { create: 0, change: 0, comment: 0, grant: 0, revoke: 0, drop: 0 };
  for (const op of operations) {
    if (op.kind === "grant")
      c.grant++;
    else if (op.kind === "revoke")
      c.revoke++;
    else if (op.kind === "drop-table")
      c.drop++;
    else if (op.kind === "comment")
      c.comment++;
    else if (op.kind.startsWith("create") || op.kind === "add-column")
      c.create++;
    else
      c.change++;
  }
  return c;
}

// packages/core/dist/platform/render-plan.js
function summarizePlan(plan) {
  const c = countOperations(plan.operations);
  if (plan.operations.length === 0 && !plan.blocked.length && !plan.orphans.length)
    return "No changes: the platform matches the catalog.";
  const parts = [`${c.create} to create`, `${c.change} to change`, plural(c.comment, "comment"), plural(c.grant, "grant"), plural(c.revoke, "revoke")];
  if (c.drop)
    parts.push(`${c.drop} to drop`);
  if (plan.blocked.length)
    parts.push(`${plan.blocked.length} blocked`);
  if (plan.orphans.length)
    parts.push(plural(plan.orphans.length, "orphan"));
  return `${parts.join(", ")}.`;
}
var DUCKDB_NOTE = "Access control is recorded, not enforced: DuckDB has no users or GRANT. Use PostgreSQL to enforce grants.";
function linesOf(group2) {
  const columnComments = group2.operations.filter((o) => o.kind === "comment" && o.target === "column").length;
  const lines = group2.operations.filter((o) => !(o.kind === "comment" && o.target === "column")).map(describeOperation);
  if (columnComments)
    lines.push({ sign: "~", text: `comment on ${plural(columnComments, "column")}` });
  return lines;
}
function renderPlanText(plan, context, options = {}) {
  const out = [`Plan for ${context.target}: ${summarizePlan(plan)}`];
  if (plan.engine === "duckdb")
    out.push(DUCKDB_NOTE);
  for (const g of options.steps === false ? [] : groupOperations(plan.operations)) {
    out.push("", g.productId ?? "shared schemas, roles and schema access");
    for (const l of linesOf(g))
      out.push(`  ${l.sign} ${stripControl(l.text)}`);
  }
  if (plan.blocked.length) {
    out.push("", "Blocked — not done, because it would lose data:");
    for (const b of plan.blocked)
      out.push(`  ! ${b.object}: ${b.change} — ${b.reason}${b.productId ? ` (${b.productId})` : ""}.`, `    ${b.hint}`);
  }
  if (plan.orphans.length) {
    out.push("", "Orphaned — no manifest describes these tables any more; they are kept with their rows:");
    for (const o of plan.orphans)
      out.push(`  ? ${o.schema}.${o.table}${o.productId ? ` (was ${o.productId})` : ""}`);
    out.push("    Restore the manifest, or retire the product (lifecycle: retired, with a sunset date) to let its retention run out.");
  }
  if (plan.retained.length) {
    out.push("", "Retired but kept:");
    for (const r of plan.retained)
      out.push(`  = ${r.schema}.${r.table} (${r.productId}): ${r.reason}`);
  }
  return out.join("\n") + "\n";
}
function renderPlanMarkdown(plan, context) {
  const c = countOperations(plan.operations);
  const out = [`### Provisioning plan`, "", `On ${escapeMarkdown(context.target)}: **${escapeMarkdown(summarizePlan(plan))}**`, ""];
  if (plan.engine === "duckdb")
    out.push(`> ${DUCKDB_NOTE}`, "");
  if (plan.operations.length) {
    out.push("| create | change | comment | grant | revoke | drop |", "|---:|---:|---:|---:|---:|---:|", `| ${c.create} | ${c.change} | ${c.comment} | ${c.grant} | ${c.revoke} | ${c.drop} |`, "");
  }
  for (const g of groupOperations(plan.operations)) {
    const lines = linesOf(g);
    out.push(`<details><summary>${escapeMarkdown(g.productId ?? "Shared schemas, roles and schema access")} — ${plural(lines.length, "step")}</summary>`, "", "```diff");
    for (const l of lines)
      out.push(`${l.sign === "~" ? "!" : l.sign} ${stripControl(l.text).replaceAll("`", "'")}`);
    out.push("```", "", "</details>", "");
  }
  if (plan.blocked.length) {
    out.push("**Blocked** (not done, because it would lose data):", "");
    for (const b of plan.blocked)
      out.push(`- \`${escapeMarkdown(b.object)}\`: ${escapeMarkdown(b.change)} — ${escapeMarkdown(b.reason)}. ${escapeMarkdown(b.hint)}`);
    out.push("");
  }
  if (plan.orphans.length) {
    out.push("**Orphaned** (kept with their rows):", "");
    for (const o of plan.orphans)
      out.push(`- \`${escapeMarkdown(`${o.schema}.${o.table}`)}\`${o.productId ? ` (was ${escapeMarkdown(o.productId)})` : ""}`);
    out.push("");
  }
  return out.join("\n");
}

// packages/core/dist/platform/simulate-actual-state.js
function simulateActualState(desired) {
  return {
    schemas: [...desired.schemas],
    tables: desired.tables.map((t) => ({
      schema: t.schema,
      name: t.name,
      primaryKey: [...t.primaryKey],
      comment: t.comment,
      columns: t.columns.map((c) => ({ name: c.name, type: c.type, nullable: c.nullable, ...c.comment ? { comment: c.comment } : {} }))
    })),
    views: desired.tables.flatMap((t) => [
      { schema: t.schema, name: t.view.name, columns: t.columns.map((c) => c.name), comment: t.view.comment },
      ...(t.shares ?? []).map((s) => ({ schema: t.schema, name: s.view, columns: [...s.columns], comment: s.comment }))
    ]),
    roles: desired.roles.map((r) => r.role),
    grants: desired.grants.map((g) => ({ schema: g.schema, object: g.object, role: g.role, privilege: g.privilege })),
    managed: desired.tables.map((t) => ({ schema: t.schema, table: t.name, productId: t.productId, port: t.port }))
  };
}

// packages/core/dist/slo/read-slo-specs.js
var rec7 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list6 = (v) => Array.isArray(v) ? v.map(rec7) : [];
var str5 = (v) => typeof v === "string" ? v : void 0;
var num = (v) => typeof v === "number" ? v : void 0;
function readSloSpecs(index, graph) {
  const handles = new Map(index.teams.map((t) => [t.name, str5(rec7(t.data.spec).github)]));
  const specs = [];
  for (const p of index.products) {
    if (!p.valid || !p.domain || !p.owner || p.lifecycle === "proposed" || p.lifecycle === "retired")
      continue;
    const downstream = graph.downstreamEdges.get(p.id) ?? [];
    for (const port of list6(rec7(p.data.spec).outputPorts)) {
      const portName = str5(port.name) ?? "";
      const hasReaders = downstream.some((e) => e.port === portName) || p.consumers.some((c) => !c.ports || c.ports.includes(portName));
      const target = port.kind === "table" ? readTarget(p.id, p.domain, port) : void 0;
      for (const s of list6(port.slos)) {
        const threshold = str5(s.threshold);
        const handle = handles.get(p.owner);
        specs.push({
          productId: p.id,
          domain: p.domain,
          owner: p.owner,
          ...handle ? { ownerHandle: handle } : {},
          port: portName,
          slo: str5(s.name) ?? "",
          type: str5(s.type),
          ...threshold ? { thresholdText: threshold } : {},
          ...numbers(threshold),
          ...num(s.percentile) !== void 0 ? { percentile: num(s.percentile) } : {},
          ...num(s.min) !== void 0 ? { min: num(s.min) } : {},
          ...num(s.max) !== void 0 ? { max: num(s.max) } : {},
          objective: percentToFraction(str5(s.objective) ?? "") ?? 1,
          window: str5(s.window) ?? "28d",
          windowHours: windowToHours(str5(s.window) ?? "") ?? 672,
          hasReaders,
          ...target ? { target } : {}
        });
      }
    }
  }
  return specs;
}
function numbers(threshold) {
  if (!threshold)
    return {};
  const pct2 = percentToFraction(threshold);
  if (pct2 !== void 0)
    return { thresholdPercent: pct2 * 100 };
  const hours = durationToHours(threshold);
  return hours !== void 0 ? { thresholdHours: hours } : {};
}
function readTarget(productId, domain, port) {
  const temporal = rec7(port.temporal);
  const actual = str5(temporal.actualTime) ?? "";
  const actualColumn = list6(port.schema).find((c) => c.name === actual);
  return {
    schema: nameSchema(domain),
    table: nameTable(productId, str5(port.name) ?? ""),
    processingTime: str5(temporal.processingTime) ?? "",
    actualTime: actual,
    actualTimeIsDate: actualColumn?.type === "date",
    required: list6(port.schema).filter((c) => c.required === true).map((c) => str5(c.name) ?? ""),
    quality: list6(port.quality)
  };
}

// packages/core/dist/slo/classify-observation.js
function isGoodValue(spec, value) {
  switch (spec.type) {
    case "freshness":
    case "timeliness":
    case "intervalOfChange":
      return value <= (spec.thresholdHours ?? Infinity);
    case "completeness":
      return value >= (spec.thresholdPercent ?? 100);
    case "volume":
      return (spec.min === void 0 || value >= spec.min) && (spec.max === void 0 || value <= spec.max);
    case "quality":
    case "availability":
      return value >= (spec.thresholdPercent ?? 100);
  }
}
function describeThreshold(spec) {
  switch (spec.type) {
    case "freshness":
    case "timeliness":
    case "intervalOfChange": {
      const h = spec.thresholdHours ?? 0;
      return `≤ ${humanizeDuration(h * 36e5)}${spec.type === "timeliness" && spec.percentile ? ` at p${spec.percentile}` : ""}`;
    }
    case "volume":
      return spec.min !== void 0 && spec.max !== void 0 ? `${spec.min}–${spec.max} rows` : spec.min !== void 0 ? `≥ ${spec.min} rows` : `≤ ${spec.max} rows`;
    default:
      return `≥ ${spec.thresholdPercent ?? 100} %`;
  }
}

// packages/core/dist/slo/slice-observations.js
var GOOD = 1;
var BAD = -1;
var UNKNOWN = 0;
var HOUR2 = 36e5;
var MAX_SILENCE_HOURS = 48;
function sliceObservations(spec, series, options) {
  const slice = (options.sliceHours ?? 1) * HOUR2;
  const out = new Int8Array(options.count);
  const first = options.endMs - options.count * slice;
  return spec.type === "freshness" ? sliceFreshness(spec, series, first, slice, out) : sliceHeld(spec, series, first, slice, out);
}
function sliceFreshness(spec, { times, values }, first, slice, out) {
  let j = 0;
  let newest = -Infinity;
  let lastSeen = -Infinity;
  for (let i = 0; i < out.length; i++) {
    const end = first + (i + 1) * slice;
    for (; j < times.length && times[j] <= end; j++) {
      newest = Math.max(newest, times[j] - values[j] * HOUR2);
      lastSeen = times[j];
    }
    if (lastSeen === -Infinity || end - lastSeen > MAX_SILENCE_HOURS * HOUR2)
      out[i] = UNKNOWN;
    else
      out[i] = isGoodValue(spec, (end - newest) / HOUR2) ? GOOD : BAD;
  }
  return out;
}
function sliceHeld(spec, { times, values }, first, slice, out) {
  const hold = Math.max(26 * HOUR2, 2 * medianGap(times));
  let j = 0;
  let carried;
  for (let i = 0; i < out.length; i++) {
    const start = first + i * slice;
    const end = start + slice;
    for (; j < times.length && times[j] <= start; j++)
      carried = { at: times[j], good: isGoodValue(spec, values[j]) };
    let seen2 = false;
    let bad = false;
    for (; j < times.length && times[j] <= end; j++) {
      const good = isGoodValue(spec, values[j]);
      seen2 = true;
      bad ||= !good;
      carried = { at: times[j], good };
    }
    if (seen2)
      out[i] = bad ? BAD : GOOD;
    else if (carried && start - carried.at <= hold)
      out[i] = carried.good ? GOOD : BAD;
    else
      out[i] = UNKNOWN;
  }
  return out;
}
function medianGap(times) {
  if (times.length < 2)
    return 0;
  const gaps = new Float64Array(times.length - 1);
  for (let i = 1; i < times.length; i++)
    gaps[i - 1] = times[i] - times[i - 1];
  gaps.sort();
  return gaps[Math.floor(gaps.length / 2)];
}

// packages/core/dist/slo/compute-error-budget.js
function countSlices(slices, n = slices.length) {
  const c = { good: 0, bad: 0, unknown: 0 };
  for (let i = Math.max(0, slices.length - n); i < slices.length; i++) {
    if (slices[i] === GOOD)
      c.good++;
    else if (slices[i] === BAD)
      c.bad++;
    else
      c.unknown++;
  }
  return c;
}
function computeBudgetRemaining(bad, windowSlices, objective) {
  const allowed = (1 - objective) * windowSlices;
  if (bad === 0)
    return 1;
  if (allowed <= 0)
    return -1;
  return 1 - bad / allowed;
}
function computeBurnRate(counts, objective) {
  const observed = counts.good + counts.bad;
  if (observed === 0 || counts.bad === 0)
    return 0;
  const allowed = 1 - objective;
  return allowed <= 0 ? Infinity : counts.bad / observed / allowed;
}

// packages/core/dist/slo/slo-series.js
function seriesOf(observations) {
  const times = new Float64Array(observations.length);
  const values = new Float64Array(observations.length);
  observations.forEach((o, i) => {
    times[i] = Date.parse(o.observedAt);
    values[i] = o.value;
  });
  const unit = observations[0]?.unit;
  return { ...unit ? { unit } : {}, times, values };
}
function isSloSeries(x) {
  return !Array.isArray(x);
}

// packages/core/dist/slo/parse-observation-lines.js
var UNITS = {
  freshness: "hours",
  timeliness: "hours",
  intervalOfChange: "hours",
  completeness: "percent",
  quality: "percent",
  availability: "percent",
  volume: "rows"
};
function unitOf(type) {
  return UNITS[type];
}
var FUTURE_TOLERANCE_MS = 5 * 6e4;
function parseObservationLines(file, text6, specs, now) {
  const known = new Map(specs.map((s) => [`${s.productId}/${s.port}/${s.slo}`, s]));
  const observations = [];
  const findings = [];
  const nowMs = Date.parse(now);
  text6.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line)
      return;
    const fail = (ruleId, message, hint) => {
      findings.push({ ruleId, severity: "error", message, hint, file, line: i + 1, column: 1 });
    };
    let value;
    try {
      value = JSON.parse(line);
    } catch {
      fail("observation.malformed", "The line is not JSON.", "Write one JSON object per line (JSON lines).");
      return;
    }
    const o = value;
    const missing = ["observationId", "productId", "port", "slo", "observedAt"].filter((k) => typeof o[k] !== "string" || o[k] === "");
    if (typeof value !== "object" || value === null || Array.isArray(value) || missing.length || typeof o.value !== "number" || !Number.isFinite(o.value)) {
      const what = missing.length ? `missing or not text: ${missing.join(", ")}` : "`value` must be a finite number";
      fail("observation.malformed", `The observation is incomplete (${what}).`, "Each line needs observationId, productId, port, slo, observedAt (ISO instant), value (number) and unit.");
      return;
    }
    const spec = known.get(`${String(o.productId)}/${String(o.port)}/${String(o.slo)}`);
    if (!spec) {
      fail("observation.unknown-slo", `No SLO \`${String(o.slo)}\` on port \`${String(o.port)}\` of product \`${String(o.productId)}\` in the catalog.`, "Check the product id, port and SLO name against the manifest.");
      return;
    }
    const at = Date.parse(String(o.observedAt));
    if (Number.isNaN(at) || !/^\d{4}-\d{2}-\d{2}T/.test(String(o.observedAt))) {
      fail("observation.malformed", `\`observedAt\` is not an ISO 8601 instant: ${JSON.stringify(o.observedAt).slice(0, 60)}.`, "Write it as 2026-11-22T06:00:00Z.");
      return;
    }
    if (at > nowMs + FUTURE_TOLERANCE_MS) {
      fail("observation.future", `The observation is dated ${String(o.observedAt)}, in the future.`, "Check the clock of whatever measured it; it was not stored.");
      return;
    }
    const unit = unitOf(spec.type);
    if (o.unit !== void 0 && o.unit !== unit) {
      fail("observation.malformed", `A ${spec.type} SLO is observed in ${unit}, not ${JSON.stringify(o.unit)}.`, `Send the value in ${unit}.`);
      return;
    }
    observations.push({
      observationId: String(o.observationId),
      productId: spec.productId,
      port: spec.port,
      slo: spec.slo,
      observedAt: new Date(at).toISOString(),
      value: o.value,
      unit
    });
  });
  return { observations, findings };
}

// packages/core/dist/slo/evaluate-slo.js
var BURN_WINDOWS = [
  { window: "PT6H", hours: 6 },
  { window: "P1D", hours: 24 },
  { window: "P3D", hours: 72 }
];
var FAST_BURN = 3;
function evaluateSlo(spec, observations, options) {
  const series = isSloSeries(observations) ? observations : seriesOf(observations);
  const endMs = Date.parse(options.now);
  const historyHours = (options.historyDays ?? 30) * 24;
  const windowHours = Math.round(spec.windowHours);
  const slices = sliceObservations(spec, series, { endMs, count: Math.max(historyHours, windowHours) });
  const inWindow = countSlices(slices, windowHours);
  const budgetRemaining = computeBudgetRemaining(inWindow.bad, windowHours, spec.objective);
  const burnRates = BURN_WINDOWS.map((w) => ({ window: w.window, rate: round(computeBurnRate(countSlices(slices, w.hours), spec.objective)) }));
  const state = decideRawState(slices, budgetRemaining, burnRates);
  const n = series.times.length;
  const last = n > 0 ? { at: series.times[n - 1], value: series.values[n - 1] } : void 0;
  const observed = inWindow.good + inWindow.bad;
  const status = {
    productId: spec.productId,
    domain: spec.domain,
    owner: spec.owner,
    ...spec.ownerHandle ? { ownerHandle: spec.ownerHandle } : {},
    port: spec.port,
    slo: spec.slo,
    type: spec.type,
    state,
    since: findSince(slices, state, endMs),
    ...last ? { current: { value: currentValue(spec, last, endMs), unit: series.unit ?? unitOf(spec.type), observedAt: new Date(last.at).toISOString() } } : {},
    threshold: describeThreshold(spec),
    objective: spec.objective,
    window: spec.window,
    ...observed ? { attainment: round(inWindow.good / observed) } : {},
    ...observed ? { budgetRemaining: round(budgetRemaining) } : {},
    burnRates,
    severity: state === "no-data" ? "info" : state === "breached" && spec.hasReaders ? "critical" : "warning",
    evaluatedAt: new Date(endMs).toISOString()
  };
  return { status, history: summarizeDays(slices, endMs, options.historyDays ?? 30) };
}
function currentValue(spec, last, endMs) {
  if (spec.type !== "freshness")
    return last.value;
  return round(last.value + (endMs - last.at) / 36e5);
}
function decideRawState(slices, budgetRemaining, burn) {
  if (slices.length === 0 || slices[slices.length - 1] === UNKNOWN)
    return "no-data";
  const recentBad = Array.from(slices.subarray(Math.max(0, slices.length - 6))).includes(BAD);
  if (budgetRemaining < 0 && recentBad)
    return "breached";
  if (budgetRemaining < 0)
    return "at-risk";
  const [six, day] = burn;
  if ((six?.rate ?? 0) >= FAST_BURN && (day?.rate ?? 0) >= FAST_BURN)
    return "at-risk";
  return "ok";
}
function findSince(slices, state, endMs) {
  const matches = (v) => state === "no-data" ? v === UNKNOWN : state === "ok" ? v !== BAD && v !== UNKNOWN : v === BAD;
  let i = slices.length - 1;
  if (state === "breached" || state === "at-risk")
    while (i >= 0 && !matches(slices[i]))
      i--;
  while (i > 0 && matches(slices[i - 1]))
    i--;
  return new Date(endMs - (slices.length - Math.max(0, i)) * 36e5).toISOString();
}
function summarizeDays(slices, endMs, days2) {
  const DAY4 = 864e5;
  const HOUR7 = 36e5;
  const start = endMs - slices.length * HOUR7;
  const out = [];
  for (let day = Math.floor((endMs - days2 * DAY4) / DAY4) + 1; day * DAY4 < endMs; day++) {
    const lo = Math.max(0, Math.ceil((day * DAY4 - start) / HOUR7));
    const hi = Math.min(slices.length, Math.ceil(((day + 1) * DAY4 - start) / HOUR7));
    const d = { day: formatDay(day), good: 0, bad: 0, unknown: 0 };
    for (let i = lo; i < hi; i++) {
      const v = slices[i];
      if (v === UNKNOWN)
        d.unknown++;
      else if (v === BAD)
        d.bad++;
      else
        d.good++;
    }
    if (hi > lo)
      out.push(d);
  }
  return out;
}
var dayNames = /* @__PURE__ */ new Map();
function formatDay(day) {
  let name = dayNames.get(day);
  if (name === void 0) {
    if (dayNames.size > 1e4)
      dayNames.clear();
    name = new Date(day * 864e5).toISOString().slice(0, 10);
    dayNames.set(day, name);
  }
  return name;
}
var round = (x) => Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : x;

// packages/core/dist/slo/apply-hysteresis.js
function applyHysteresis(previous, raw, since, holdFor) {
  if (!previous)
    return { state: raw, since };
  if (raw === previous.state)
    return { state: previous.state, since: previous.since };
  const count2 = previous.pending?.state === raw ? previous.pending.count + 1 : 1;
  const pendingSince = previous.pending?.state === raw ? previous.pending.since : since;
  if (count2 >= holdFor)
    return { state: raw, since: pendingSince };
  return { state: previous.state, since: previous.since, pending: { state: raw, count: count2, since: pendingSince } };
}

// packages/core/dist/lineage/read-event-lines.js
var CLOCK_SKEW_MS = 5 * 6e4;
var rec8 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function readEventLines(file, text6) {
  const out = [];
  const lines = text6.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? "";
    if (!raw.trim())
      continue;
    const at = { file, line: i + 1, column: 1 };
    try {
      out.push({ at, event: rec8(JSON.parse(raw)) });
    } catch {
      out.push({ at });
    }
  }
  return out;
}
function reportNotJson(ruleId, severity, at) {
  return { ruleId, severity, message: "The line is not JSON.", hint: "Write one OpenLineage run event per line.", ...at };
}
function normalizeDatasetName(name) {
  const m = /^[A-Za-z0-9_]+\.([A-Za-z0-9_]+\.[A-Za-z0-9_]+)$/.exec(name);
  return m?.[1] ?? name;
}

// packages/core/dist/slo/parse-openlineage-events.js
var rec9 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function parseOpenLineageEvents(file, text6, specs, now) {
  const byDataset = /* @__PURE__ */ new Map();
  for (const s of specs) {
    for (const key of [`${s.productId}/${s.port}`, ...s.target ? [`${s.target.schema}.${s.target.table}`] : []])
      byDataset.set(key, [...byDataset.get(key) ?? [], s]);
  }
  const observations = [];
  const findings = [];
  for (const { at, event } of readEventLines(file, text6)) {
    if (!event) {
      findings.push(reportNotJson("observation.malformed", "error", at));
      continue;
    }
    const time = typeof event.eventTime === "string" ? Date.parse(event.eventTime) : NaN;
    const runId = String(rec9(event.run).runId ?? "");
    if (Number.isNaN(time) || !runId || event.eventType !== "COMPLETE" && event.eventType !== "FAIL") {
      if (event.eventType === "START" || event.eventType === "RUNNING" || event.eventType === "ABORT" || event.eventType === "OTHER")
        continue;
      findings.push({
        ruleId: "observation.malformed",
        severity: "error",
        message: "Not an OpenLineage run event (eventType, eventTime and run.runId are needed).",
        ...at
      });
      continue;
    }
    if (time > Date.parse(now) + CLOCK_SKEW_MS) {
      findings.push({ ruleId: "observation.future", severity: "error", message: `The event is dated ${String(event.eventTime)}, in the future.`, ...at });
      continue;
    }
    const outputs = Array.isArray(event.outputs) ? event.outputs.map(rec9) : [];
    for (const output of outputs) {
      const name = normalizeDatasetName(String(output.name ?? ""));
      const matched = byDataset.get(name);
      if (!matched) {
        findings.push({
          ruleId: "observation.unknown-slo",
          severity: "warning",
          message: `The dataset \`${name.slice(0, 120)}\` is no port of the catalog with SLOs.`,
          ...at
        });
        continue;
      }
      if (event.eventType === "FAIL") {
        findings.push({
          ruleId: "observation.failed-run",
          severity: "notice",
          message: `Run ${runId.slice(0, 60)} of \`${name}\` failed; nothing was observed.`,
          ...at
        });
        continue;
      }
      const metrics = rec9(rec9(output.outputFacets).dataQualityMetrics);
      for (const spec of matched) {
        const value = observe(spec, metrics);
        if (value === void 0)
          continue;
        observations.push({
          observationId: `${runId}:${spec.port}:${spec.slo}`,
          productId: spec.productId,
          port: spec.port,
          slo: spec.slo,
          observedAt: new Date(time).toISOString(),
          ...value
        });
      }
    }
  }
  return { observations, findings };
}
function observe(spec, metrics) {
  if (spec.type === "freshness")
    return { value: 0, unit: "hours" };
  if (spec.type === "volume" && typeof metrics.rowCount === "number")
    return { value: metrics.rowCount, unit: "rows" };
  if (spec.type === "completeness") {
    const columns = Object.values(rec9(metrics.columnMetrics)).map(rec9);
    const rows = typeof metrics.rowCount === "number" ? metrics.rowCount : void 0;
    if (!columns.length || rows === void 0 || rows === 0)
      return void 0;
    const nulls = columns.reduce((n, c) => n + (typeof c.nullCount === "number" ? c.nullCount : 0), 0);
    return { value: 100 * (1 - nulls / (rows * columns.length)), unit: "percent" };
  }
  return void 0;
}

// packages/core/dist/slo/evaluate-slos.js
var keyOf3 = (s) => `${s.productId}/${s.port}/${s.slo}`;
var ORDER2 = { breached: 0, "at-risk": 1, "no-data": 2, ok: 3 };
function evaluateSlos(specs, observations, memory, options) {
  const statuses = [];
  const history = /* @__PURE__ */ new Map();
  const next = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const key = keyOf3(spec);
    const evaluation = evaluateSlo(spec, observations.get(key) ?? [], {
      now: options.now,
      ...options.historyDays ? { historyDays: options.historyDays } : {}
    });
    const remembered = applyHysteresis(memory.get(key), evaluation.status.state, evaluation.status.since, options.holdFor ?? 2);
    next.set(key, remembered);
    statuses.push({ ...evaluation.status, state: remembered.state, since: remembered.since });
    history.set(key, evaluation.history);
  }
  statuses.sort((a, b) => ORDER2[a.state] - ORDER2[b.state] || keyOf3(a).localeCompare(keyOf3(b)));
  return { evaluatedAt: options.now, statuses, history, memory: next };
}

// packages/core/dist/slo/find-observation-horizon.js
var HOUR3 = 36e5;
var DAY2 = 24 * HOUR3;
var HISTORY_HOURS = 30 * 24;
var MARGIN_MS = 2 * DAY2;
function findObservationHorizon(windowHours, now) {
  const longest = Math.max(HISTORY_HOURS, ...windowHours);
  return new Date(Date.parse(now) - longest * HOUR3 - MARGIN_MS).toISOString();
}

// packages/core/dist/slo/plan-data-branch-files.js
var OBSERVATIONS_FOLDER = "observations/";
var SLO_MEMORY_FILE = "slo-memory.json";
var DAY_FILE = /^observations\/(\d{4}-\d{2}-\d{2})\.jsonl$/;
function planDataBranchFiles(existing, additions, options) {
  const keepFrom = options.horizon.slice(0, 10);
  const write = /* @__PURE__ */ new Map();
  const remove = [...existing.keys()].filter((p) => (DAY_FILE.exec(p)?.[1] ?? "9999") < keepFrom).sort();
  let added = 0;
  const byDay = /* @__PURE__ */ new Map();
  for (const o of additions) {
    const day = o.observedAt.slice(0, 10);
    if (day < keepFrom)
      continue;
    const list16 = byDay.get(day);
    if (list16)
      list16.push(o);
    else
      byDay.set(day, [o]);
  }
  for (const [day, list16] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    const path = `${OBSERVATIONS_FOLDER}${day}.jsonl`;
    const before = existing.get(path);
    const merged = new Map((before ? readObservationLines(path, before) : []).map((o) => [o.observationId, o]));
    const size2 = merged.size;
    for (const o of list16)
      if (!merged.has(o.observationId))
        merged.set(o.observationId, o);
    added += merged.size - size2;
    if (merged.size > size2)
      write.set(path, renderObservationLines([...merged.values()]));
  }
  const memoryText = existing.get(SLO_MEMORY_FILE);
  const theirs = memoryText === void 0 || !options.memory ? void 0 : readSloMemoryFile(memoryText);
  if (options.memory && (!theirs || theirs.evaluatedAt <= options.evaluatedAt)) {
    const text6 = renderSloMemoryFile(options.evaluatedAt, options.memory);
    if (text6 !== memoryText)
      write.set(SLO_MEMORY_FILE, text6);
  }
  return { write, remove, added };
}
function listObservationFiles(paths) {
  return [...paths].filter((p) => DAY_FILE.test(p)).sort();
}
function renderObservationLines(observations) {
  const sorted = [...observations].sort((a, b) => a.observedAt.localeCompare(b.observedAt) || a.observationId.localeCompare(b.observationId));
  return sorted.map((o) => JSON.stringify(pickObservation(o)) + "\n").join("");
}
function readObservationLines(file, text6) {
  return text6.split("\n").flatMap((line, i) => {
    if (line.trim() === "")
      return [];
    let o;
    try {
      o = JSON.parse(line);
    } catch {
      o = void 0;
    }
    const fields = ["observationId", "productId", "port", "slo", "observedAt", "unit"];
    if (!o || typeof o !== "object" || fields.some((f) => typeof o[f] !== "string") || typeof o.value !== "number") {
      throw new DataBranchError(`${file}:${i + 1} is not an observation (docs/observations.md); fix or remove the line on the data branch.`);
    }
    return [pickObservation(o)];
  });
}
function renderSloMemoryFile(evaluatedAt, memory) {
  const sorted = Object.fromEntries([...memory].sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ evaluatedAt, memory: sorted }, null, 2) + "\n";
}
function readSloMemoryFile(text6) {
  let data;
  try {
    data = JSON.parse(text6);
  } catch {
    data = {};
  }
  if (typeof data.evaluatedAt !== "string" || typeof data.memory !== "object" || data.memory === null) {
    throw new DataBranchError(`${SLO_MEMORY_FILE} on the data branch is not Meshplane's SLO memory; remove it to start the memory afresh.`);
  }
  const valid = (s) => typeof s === "string" && ["ok", "at-risk", "breached", "no-data"].includes(s);
  return { evaluatedAt: data.evaluatedAt, memory: new Map(Object.entries(data.memory).filter(([, m]) => valid(m.state))) };
}
var DataBranchError = class extends Error {
  code = "data-branch";
};
function pickObservation(o) {
  return { observationId: o.observationId, productId: o.productId, port: o.port, slo: o.slo, observedAt: o.observedAt, value: o.value, unit: o.unit };
}

// packages/core/dist/slo/render-slo-report.js
var HOUR4 = 36e5;
var pct = (x) => x === void 0 ? "–" : `${(x * 100).toFixed(1)} %`;
var minute = (iso) => `${iso.slice(0, 16)}Z`;
function describeValue(s) {
  if (!s.current)
    return "no observation";
  const v = s.current.value;
  const text6 = s.current.unit === "hours" ? humanizeDuration(v * HOUR4) : s.current.unit === "percent" ? `${+v.toFixed(2)} %` : `${v} rows`;
  return `${text6} (${s.threshold})`;
}
function describeSince(s, iso) {
  return `for ${humanizeDuration(Date.parse(s.evaluatedAt) - Date.parse(iso))} (since ${minute(iso)})`;
}
function explainStatus(s) {
  const budget = describeErrorBudget(s.budgetRemaining, s.objective);
  switch (s.state) {
    case "breached":
      return `objective ${pct(s.objective)} over ${humanizeWindow(s.window)} missed: attainment ${pct(s.attainment)}, ${budget}; failing ${describeSince(s, s.since)}`;
    case "at-risk":
      return (s.budgetRemaining ?? 1) < 0 ? `${budget}, though it passes again now` : `${describeBurnRates(s.burnRates)}; ${budget}`;
    case "no-data":
      return s.current ? `nothing observed ${describeSince(s, s.current.observedAt)}` : "nothing observed yet";
    case "ok":
      return `attainment ${pct(s.attainment)}, ${budget}`;
  }
}
function renderSloText(report, options = {}) {
  const count2 = (state) => report.statuses.filter((s) => s.state === state).length;
  const out = [
    `SLOs at ${report.evaluatedAt.slice(0, 16)}Z: ${count2("ok")} ok, ${count2("at-risk")} at risk, ${count2("breached")} breached, ${count2("no-data")} without data (${plural(report.statuses.length, "SLO")}).`
  ];
  for (const s of report.statuses) {
    if (s.state === "ok" && !options.all)
      continue;
    out.push(`  ${s.state.padEnd(8)}  ${stripControl(`${s.productId} ${s.port}/${s.slo}`)} [${s.type}] ${describeValue(s)} — ${explainStatus(s)}`);
  }
  if (!options.all && count2("ok"))
    out.push(`  (${plural(count2("ok"), "SLO")} ok; mesh slo status --all lists them)`);
  return out.join("\n") + "\n";
}
function exportSloReport(report) {
  const products = {};
  for (const s of report.statuses) {
    const entry = products[s.productId] ??= { statuses: [] };
    entry.statuses.push({ ...s, history: report.history.get(`${s.productId}/${s.port}/${s.slo}`) ?? [] });
  }
  return { evaluatedAt: report.evaluatedAt, products };
}

// packages/core/dist/slo/render-recorded-observations.js
function renderRecordedObservations(r, root) {
  const line = r.kind === "probe" ? `Measured ${r.observed} SLOs of ${r.from}: ${r.added} observations stored, ${r.duplicates} already stored this hour.
` : `Ingested ${r.from} (${r.kind === "openlineage" ? "OpenLineage run events" : "observations"}): ${r.added} stored, ${r.duplicates} already stored, ${r.findings.filter((f) => f.severity === "error").length} lines refused.
`;
  const failed = r.findings.some((f) => f.severity === "error");
  if (!r.findings.length)
    return { text: line, failed };
  const report = {
    tool: { name: "meshplane", version: "" },
    root,
    stats: { files: 0, products: 0, domains: 0, teams: 0, waivers: 0, edges: 0 },
    findings: sortFindings(r.findings)
  };
  return { text: `${renderText(report)}
${line}`, failed };
}

// packages/core/dist/demo/create-random.js
function createRandom(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)]
  };
}

// packages/core/dist/demo/build-demo-product.js
var TYPES2 = ["string", "integer", "bigint", "double", "boolean", "date", "timestamp", "decimal", "uuid"];
var IDENTIFIERS = ["listener", "artist", "track", "playlist", "podcast", "device", "campaign"];
var PURPOSES = ["Weekly business review", "Royalty reporting", "Recommendation features", "Churn forecasting", "Market dashboards"];
function buildDemoProduct(plan, rnd) {
  const identifier = rnd.pick(IDENTIFIERS);
  const pii = identifier === "listener" || identifier === "device";
  const name = plan.id.slice(plan.domain.length + 1);
  const ports = [buildPort("main", identifier, pii, rnd)];
  if (rnd.next() < 0.15)
    ports.push(buildPort("history", identifier, pii, rnd));
  const consumers = [];
  for (let k = rnd.int(0, 2); k > 0 && plan.consumerTeams.length > 0; k--) {
    const team = rnd.pick(plan.consumerTeams);
    if (!consumers.some((c) => c.team === team))
      consumers.push({ team, purpose: rnd.pick(PURPOSES), until: addDays2(plan.today, rnd.int(30, 720)) });
  }
  const columns = ports[0].schema.length;
  return {
    apiVersion: "meshplane/v1",
    kind: "DataProduct",
    metadata: {
      id: plan.id,
      name,
      domain: plan.domain,
      archetype: plan.archetype,
      owner: `${plan.domain}-data`,
      productOwner: `@mesh/${plan.domain}-lead`,
      version: `${rnd.int(1, 3)}.${rnd.int(0, 9)}.${rnd.int(0, 4)}`,
      lifecycle: rnd.next() < 0.05 ? "experimental" : "active",
      tags: plan.domain === identifier ? [identifier] : [plan.domain, identifier]
    },
    spec: {
      description: `Synthetic ${plan.archetype} product: one row per ${identifier} and day, with ${columns} columns.`,
      purpose: "Benchmarks and tests of Meshplane at scale.",
      inputPorts: plan.upstream.length ? plan.upstream.map((u, k) => ({ name: `in-${k + 1}`, source: { product: u, port: "main" }, mode: "subscribe" })) : [{ name: "events", source: { system: `${plan.domain}-service`, kind: "event-log" }, mode: "subscribe" }],
      outputPorts: ports,
      access: { classification: pii ? "confidential" : "internal", consumers },
      policies: pii ? { regulations: ["GDPR"], locality: ["eu"], consent: "analytics-opt-in", encryption: "column-level" } : { locality: ["eu"] },
      docs: { readme: "./README.md" },
      support: { channel: `#${plan.domain}-data`, issues: "github" }
    }
  };
}
function buildPort(name, identifier, pii, rnd) {
  const schema = [
    {
      name: `${identifier}_id`,
      type: "string",
      required: true,
      identifier,
      ...pii ? { classification: "pii" } : {},
      description: `The ${identifier} the row is about`
    },
    { name: "event_date", type: "date", required: true, description: "Actual time: the day the facts describe" },
    { name: "processed_at", type: "timestamp", required: true, description: "Processing time of the row" }
  ];
  for (let c = schema.length, n = rnd.int(5, 30); c < n; c++) {
    const type = rnd.pick(TYPES2);
    schema.push({
      name: `metric_${c}`,
      type,
      ...type === "decimal" ? { precision: 18, scale: 4 } : {},
      required: c % 3 === 0,
      description: `Measure number ${c}`
    });
  }
  return {
    name,
    kind: "table",
    description: name === "main" ? "The product table." : "Every past version of the rows, for audits.",
    temporal: { actualTime: "event_date", processingTime: "processed_at" },
    schema,
    primaryKey: [`${identifier}_id`, "event_date"],
    retention: name === "main" ? "P2Y" : "P3Y",
    slos: buildSlos(rnd)
  };
}
function buildSlos(rnd) {
  const slos = [{ name: "fresh", type: "freshness", threshold: `PT${rnd.pick([6, 12, 26, 48])}H`, objective: "99%", window: "28d" }];
  const optional = [
    { name: "complete", type: "completeness", threshold: "99.5%", objective: "95%", window: "28d" },
    { name: "volume", type: "volume", min: 1e3 * rnd.int(1, 500), objective: "99%", window: "28d" },
    { name: "available", type: "availability", objective: "99.9%", window: "28d" }
  ];
  for (const slo2 of optional)
    if (rnd.next() < 0.7)
      slos.push(slo2);
  return slos;
}
function addDays2(day, days2) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days2 * 864e5).toISOString().slice(0, 10);
}

// packages/core/dist/demo/share-demo-products.js
var holdsPii = (p) => p.spec.outputPorts.some((o) => o.schema.some((c) => c.classification === "pii"));
function shareDemoProducts(products, today) {
  const byId = new Map(products.map((p) => [p.metadata.id, p]));
  const files = /* @__PURE__ */ new Map();
  const start = addDays2(today, -30);
  const yearOn = addDays2(start, 365);
  const share = (provider, team, purpose, until) => {
    const end = holdsPii(provider) && until > yearOn ? yearOn : until;
    const [domain, name] = provider.metadata.id.split(".");
    const path = `catalog/${domain}/${name}/agreements/${team}.yaml`;
    if (files.has(path))
      return;
    const document = {
      apiVersion: "meshplane/v1",
      kind: "DataSharingAgreement",
      metadata: { name: team },
      spec: {
        provider: { product: provider.metadata.id, ports: [{ name: "main" }] },
        consumer: { team },
        purpose,
        ...holdsPii(provider) ? { legalBasis: "legitimate-interests" } : {},
        start,
        end
      }
    };
    files.set(path, { path, document });
  };
  for (const p of products) {
    for (const c of p.spec.access.consumers ?? [])
      share(p, c.team, c.purpose, c.until ?? yearOn);
    delete p.spec.access.consumers;
  }
  for (const p of products) {
    for (const input of p.spec.inputPorts) {
      const provider = input.source.product ? byId.get(input.source.product) : void 0;
      if (provider && provider.metadata.owner !== p.metadata.owner)
        share(provider, p.metadata.owner, `Feeds the products of ${p.metadata.domain}.`, yearOn);
    }
  }
  return [...files.values()];
}

// packages/core/dist/demo/choose-upstream.js
var MAX_READERS_OF_WIDE = 3;
function chooseUpstream(pool, n, rnd) {
  const out = /* @__PURE__ */ new Set();
  const { ids, hubs, limited } = pool;
  for (let tries = 0; out.size < Math.min(n, ids.length) && tries < n * 10; tries++) {
    const fromHub = hubs.length > 0 && rnd.next() < 0.5;
    const recent = ids.length - 1 - Math.floor(rnd.next() * Math.min(50, ids.length));
    const id = fromHub ? rnd.pick(hubs) : ids[recent];
    const readers = limited.get(id);
    if (readers !== void 0 && (readers >= MAX_READERS_OF_WIDE || out.has(id)))
      continue;
    if (readers !== void 0)
      limited.set(id, readers + 1);
    out.add(id);
  }
  return [...out];
}

// packages/core/dist/demo/generate-demo-mesh.js
var DOMAIN_WORDS = ["player", "listener", "podcast", "artist", "playlist", "partnership", "billing", "marketing"];
var MORE_WORDS = ["music", "session", "search", "ads", "social", "support", "rights", "devices"];
var NOUNS = ["events", "sessions", "profiles", "plays", "orders", "ledger", "features", "scores", "snapshots", "metrics", "reports", "cohorts"];
function generateDemoMesh(spec) {
  const rnd = createRandom(spec.seed);
  const domains = nameDomains(Math.max(4, Math.min(200, Math.round(spec.products / 40))));
  const analytics = Array.from({ length: Math.max(2, Math.round(domains.length / 4)) }, (_, i) => `analytics-${i + 1}`);
  const files = [...buildOrganisation(domains, analytics)];
  const products = [];
  const pool = { ids: [], hubs: [], limited: /* @__PURE__ */ new Map() };
  for (let i = 0; i < spec.products; i++) {
    const domain = domains[i % domains.length];
    const id = `${domain}.${rnd.pick(NOUNS)}-${i + 1}`;
    const archetype = chooseArchetype(pool.ids.length, rnd);
    const wanted = archetype === "source-aligned" ? 0 : archetype === "aggregate" ? rnd.int(2, 6) : rnd.int(1, 4);
    const upstream = chooseUpstream(pool, wanted, rnd);
    const wide = upstream.length >= 6;
    const product = buildDemoProduct({ id, domain, archetype, upstream, consumerTeams: wide ? [] : analytics, today: spec.today }, rnd);
    const dir = `catalog/${domain}/${product.metadata.name}`;
    files.push({ path: `${dir}/product.yaml`, document: product });
    files.push({ path: `${dir}/README.md`, text: `# ${product.metadata.name}

A synthetic ${archetype} data product of the ${domain} domain.
` });
    products.push(product);
    pool.ids.push(id);
    if (wide)
      pool.limited.set(id, 0);
    else if (rnd.next() < 0.03)
      pool.hubs.push(id);
  }
  files.push(...shareDemoProducts(products, spec.today));
  return { files, products };
}
function chooseArchetype(generated, rnd) {
  const r = rnd.next();
  if (generated < 10 || r < 0.4)
    return "source-aligned";
  return r < 0.8 ? "aggregate" : "consumer-aligned";
}
function nameDomains(count2) {
  const words = [...DOMAIN_WORDS, ...MORE_WORDS];
  return Array.from({ length: count2 }, (_, i) => `${words[i % words.length]}${i >= words.length ? `-${Math.floor(i / words.length) + 1}` : ""}`);
}
function buildOrganisation(domains, analytics) {
  const files = [];
  for (const d of domains) {
    const team = {
      apiVersion: "meshplane/v1",
      kind: "Team",
      metadata: { name: `${d}-data` },
      spec: { github: `@mesh/${d}-data`, members: [`@mesh/${d}-lead`], contact: `#${d}-data` }
    };
    const domain = {
      apiVersion: "meshplane/v1",
      kind: "Domain",
      metadata: { name: d },
      spec: { description: `The ${d} business domain of the synthetic mesh.`, owner: `${d}-data`, governanceRep: `@mesh/${d}-lead` }
    };
    files.push({ path: `catalog/teams/${d}-data.yaml`, document: team }, { path: `catalog/${d}/domain.yaml`, document: domain });
  }
  for (const t of analytics) {
    const team = { apiVersion: "meshplane/v1", kind: "Team", metadata: { name: t }, spec: { github: `@mesh/${t}`, contact: `#${t}` } };
    files.push({ path: `catalog/teams/${t}.yaml`, document: team });
  }
  return files;
}

// packages/core/dist/demo/generate-observations.js
function listObservationDays(today, days2 = 30) {
  return Array.from({ length: days2 }, (_, k) => addDays2(today, k - days2));
}
function observeDay(products, day, seed) {
  const rnd = createRandom(seed * 1000003 + Date.parse(`${day}T00:00:00Z`) / 864e5);
  const out = [];
  for (const p of products) {
    for (const port of p.spec.outputPorts) {
      for (const slo2 of port.slos ?? []) {
        const measured = measure(slo2, rnd);
        if (!measured)
          continue;
        const minute2 = rnd.int(0, 359);
        const at = `${day}T${String(Math.floor(minute2 / 60)).padStart(2, "0")}:${String(minute2 % 60).padStart(2, "0")}:00.000Z`;
        out.push({
          observationId: `${p.metadata.id}:${port.name}:${slo2.name}:${day}`,
          productId: p.metadata.id,
          port: port.name,
          slo: slo2.name,
          observedAt: at,
          ...measured
        });
      }
    }
  }
  return out;
}
function measure(slo2, rnd) {
  const breach = rnd.next() < 0.04;
  const within = (lo, hi) => round2(lo + rnd.next() * (hi - lo));
  switch (slo2.type) {
    case "freshness": {
      const hours = durationHours(slo2.threshold ?? "PT24H");
      return { value: breach ? within(hours * 1.05, hours * 2) : within(hours * 0.1, hours * 0.95), unit: "hours" };
    }
    case "completeness": {
      const target = Number.parseFloat(slo2.threshold ?? "99%");
      return { value: breach ? within(target - 5, target - 0.01) : within(target, 100), unit: "percent" };
    }
    case "volume": {
      const min = slo2.min ?? 1e3;
      return { value: Math.round(breach ? min * (0.2 + rnd.next() * 0.7) : min * (1.1 + rnd.next() * 2)), unit: "rows" };
    }
    case "availability":
      return { value: breach ? within(95, 99.8) : within(99.9, 100), unit: "percent" };
    default:
      return void 0;
  }
}
function durationHours(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(iso);
  return m ? Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0) : 24;
}
function round2(x) {
  return Math.round(x * 100) / 100;
}

// packages/core/dist/demo/build-demo-lineage-events.js
var DAY_MS = 864e5;
var rec10 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function buildDemoLineageEvents(graph, now, days2 = 3) {
  const products = [...graph.nodes.values()].filter((p) => p.valid && p.domain).sort((a, b) => a.id.localeCompare(b.id));
  const readers = products.filter((p) => p.inputs.some((i) => i.product && i.port && graph.nodes.get(i.product)?.domain));
  const drift = chooseDrift(products, readers);
  const lines = [];
  const table = (id, port) => nameDataset(graph.nodes.get(id)?.domain, id, port);
  for (let d = days2; d >= 1; d--) {
    const day = new Date(Date.parse(now) - d * DAY_MS);
    readers.forEach((p, k) => {
      const start = new Date(day.getTime() + k % 60 * 6e4).toISOString();
      const end = new Date(day.getTime() + k % 60 * 6e4 + 20 * 6e4).toISOString();
      const inputs = p.inputs.filter((i) => i.product && i.port && graph.nodes.get(i.product)?.domain && !(drift.staleInput?.product === p.id && drift.staleInput.input === i.name)).map((i) => table(i.product, i.port));
      if (drift.undeclaredInput?.product === p.id)
        inputs.push(table(drift.undeclaredInput.reads, drift.undeclaredInput.port));
      const outputs = p.outputs.map((o) => table(p.id, o.name));
      if (drift.undeclaredOutput?.product === p.id)
        outputs.push(drift.undeclaredOutput.dataset);
      const runId = `demo-${p.id}-${day.toISOString().slice(0, 10)}`;
      const event = (eventType, eventTime) => JSON.stringify({
        eventType,
        eventTime,
        producer: "https://github.com/meshplane/meshplane/demo",
        schemaURL: "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent",
        run: { runId },
        job: { namespace: "meshplane-demo", name: `${p.id}/daily` },
        inputs: inputs.map((name) => ({ namespace: "duckdb://mesh", name })),
        outputs: outputs.map((name) => ({ namespace: "duckdb://mesh", name }))
      });
      lines.push(event("START", start), event("COMPLETE", end));
    });
  }
  return { lines, drift };
}
function chooseDrift(products, readers) {
  const drift = {};
  const open = products.filter((p) => ["public", "internal"].includes(String(rec10(rec10(p.data.spec).access).classification)) && p.outputs.length > 0);
  const reader = readers.find((r) => open.some((o) => o.id !== r.id && !r.inputs.some((i) => i.product === o.id)));
  const provider = reader && open.find((o) => o.id !== reader.id && !reader.inputs.some((i) => i.product === o.id));
  if (reader && provider)
    drift.undeclaredInput = { product: reader.id, reads: provider.id, port: provider.outputs[0].name };
  const stale = readers.find((r) => r.id !== reader?.id && r.inputs.filter((i) => i.product && i.port).length >= 2);
  const input = stale?.inputs.filter((i) => i.product && i.port).at(-1);
  if (stale && input)
    drift.staleInput = { product: stale.id, input: input.name };
  const writer = readers.find((r) => r.id !== reader?.id && r.id !== stale?.id && r.outputs.length > 0);
  if (writer)
    drift.undeclaredOutput = { product: writer.id, dataset: nameDataset(writer.domain, writer.id, "scratch") };
  return drift;
}

// packages/core/dist/demo/plan-demo-batches.js
var DEMO_INCIDENTS = [
  { productId: "podcast.podcast-listeners", kind: "late-load", daysAgo: 6 },
  { productId: "podcast.podcast-listeners", kind: "stalled", daysAgo: 0 },
  { productId: "listener.listener-profiles", kind: "missing-day", daysAgo: 1 },
  { productId: "player.play-events", kind: "null-spike", daysAgo: 2 },
  { productId: "listener-session.listener-sessions", kind: "volume-drop", daysAgo: 0 },
  { productId: "artist.artist-profiles", kind: "late-load", daysAgo: 12 }
];
var HOUR5 = 36e5;
var DAY3 = 24 * HOUR5;
function planDemoBatches(specs, nowMs, days2, random) {
  const first = specs[0];
  if (!first)
    return [];
  const fresh = Math.min(...specs.filter((s) => s.type === "freshness" && s.thresholdHours).map((s) => s.thresholdHours), 48);
  const cadence = Math.max(5 / 60, Math.min(24, fresh / 2)) * HOUR5;
  const volume = specs.find((s) => s.type === "volume");
  const nominal = volume ? Math.round((volume.min ?? (volume.max ?? 1e3) / 2) * 1.15) : 1e3;
  const timeliness = specs.find((s) => s.type === "timeliness");
  const skew = timeliness?.thresholdHours ? timeliness.thresholdHours * 0.4 : 2;
  const incidents = DEMO_INCIDENTS.filter((i) => i.productId === first.productId);
  const dayOf = (t) => Math.floor((nowMs - t) / DAY3);
  const batches = [];
  const start = nowMs - days2 * DAY3;
  for (let t = start + cadence; t <= nowMs - cadence / 4; t += cadence) {
    const ago = dayOf(t);
    const hit = (kind) => incidents.some((i) => i.kind === kind && i.daysAgo === ago);
    if (hit("missing-day"))
      continue;
    if (incidents.some((i) => i.kind === "stalled") && t > nowMs - 20 * HOUR5)
      continue;
    const late = hit("late-load") ? 10 * HOUR5 : 0;
    const at = Math.round(t + late + (random.next() - 0.5) * 0.2 * cadence);
    if (at > nowMs)
      continue;
    batches.push({
      productId: first.productId,
      port: first.port,
      at,
      // Sample rows only: one per load for loads every few minutes, a handful for daily ones.
      rows: cadence < HOUR5 ? 1 : cadence < 12 * HOUR5 ? 2 : 3 + Math.floor(random.next() * 4),
      skewHours: skew * (0.5 + random.next()) + late / HOUR5,
      completeness: hit("null-spike") ? 80 + random.next() * 5 : 100,
      reportedRows: Math.round(nominal * (hit("volume-drop") ? 0.35 : 0.95 + random.next() * 0.1)),
      qualityPassed: !hit("null-spike")
    });
  }
  return batches.sort((a, b) => a.at - b.at);
}

// packages/core/dist/demo/render-demo-rows.js
var HOUR6 = 36e5;
function renderDemoRows(table, target, batch, counter) {
  const rows = [];
  const checks = target.quality;
  for (let r = 0; r < batch.rows; r++) {
    const n = ++counter.n;
    rows.push(table.columns.map((c) => {
      const accepted = checks.find((q) => q.type === "accepted_values" && q.column === c.name)?.values;
      if (accepted?.length)
        return String(accepted[n % accepted.length]);
      const range = checks.find((q) => q.type === "range" && q.column === c.name);
      const actualAt = batch.at - batch.skewHours * HOUR6;
      if (c.name === target.processingTime)
        return new Date(batch.at).toISOString();
      if (c.name === target.actualTime)
        return c.logical === "date" ? new Date(actualAt).toISOString().slice(0, 10) : new Date(actualAt).toISOString();
      switch (c.logical.replace(/\(.*$/, "")) {
        case "string":
          return `${c.name.replace(/_id$/, "")}-${n}`;
        case "boolean":
          return n % 2 === 0 ? "true" : "false";
        case "integer":
        case "bigint":
          return String(range ? Math.round((range.min ?? 0) + n % Math.max(1, (range.max ?? 100) - (range.min ?? 0))) : n);
        case "double":
        case "decimal":
          return String(range ? (range.min ?? 0) + n % 100 / 100 * ((range.max ?? (range.min ?? 0) + 1) - (range.min ?? 0)) : n % 1e4 / 10);
        case "date":
          return new Date(batch.at - n % 30 * 24 * HOUR6).toISOString().slice(0, 10);
        case "timestamp":
          return new Date(batch.at - n % 60 * 6e4).toISOString();
        case "uuid":
          return `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
        case "json":
          return JSON.stringify({ n });
        default:
          return c.nullable ? null : `${n}`;
      }
    }));
  }
  return rows;
}

// packages/core/dist/export/name-port-table.js
function namePortTable(productId, domain, port) {
  const name = productId.startsWith(`${domain}.`) ? productId.slice(domain.length + 1) : productId;
  const snake = (s) => s.replace(/-/g, "_");
  return { schema: snake(domain), table: `${snake(name)}__${snake(port)}` };
}
function writeQuerySnippet(table, columns) {
  const cols = columns.map((c) => `  ${quoteIdentifier(c.name)}`).join(",\n");
  return `SELECT
${cols}
FROM ${quoteIdentifier(table.schema)}.${quoteIdentifier(table.table)}
LIMIT 100;`;
}
function quoteIdentifier(name) {
  return `"${name.replace(/"/g, '""')}"`;
}

// packages/core/dist/export/rank-products.js
function rankProductsByConsumers(products) {
  return [...products].sort((a, b) => b.consumerCount - a.consumerCount || a.id.localeCompare(b.id));
}
function addressProduct(prefix, productId, domain) {
  const name = productId.startsWith(`${domain}.`) ? productId.slice(domain.length + 1) : productId;
  return `${prefix}${prefix.endsWith("/") ? "" : "/"}${domain}/${name}`;
}

// packages/core/dist/agreement/describe-agreement.js
function readAgreementStatus(a, today, soonDays = 14) {
  if (!a.start || !a.end || a.end < today)
    return "ended";
  if (a.start > today)
    return "not-started";
  return a.end <= addDays(today, soonDays) ? "ending-soon" : "in-force";
}
function describeAgreement(a, today, options = {}) {
  const spec = a.data.spec ?? {};
  return {
    name: a.name,
    file: a.file,
    provider: a.provider ?? "",
    ports: a.ports.map((p) => ({
      name: p.name,
      ...p.columns ? { columns: p.columns } : {},
      ...p.maxClassification ? { maxClassification: p.maxClassification } : {}
    })),
    team: a.team ?? "",
    ...a.consumerProduct ? { consumerProduct: a.consumerProduct } : {},
    purpose: a.purpose ?? "",
    ...a.legalBasis ? { legalBasis: a.legalBasis } : {},
    start: a.start ?? "",
    end: a.end ?? "",
    status: readAgreementStatus(a, today, options.soonDays),
    ...options.provider && sharesPersonalData(options.provider, a) ? { personalData: true } : {},
    ...spec.obligations ? { obligations: spec.obligations } : {}
  };
}
function describeProductAgreements(graph, product, today) {
  return (graph.agreements.get(product.id) ?? []).filter((a) => a.valid).map((a) => describeAgreement(a, today, { provider: product }));
}

// packages/core/dist/export/build-product-export.js
function buildProductExport(node, ctx) {
  const p = node.data;
  const { metadata: m, spec } = p;
  const walk = (direction) => walkLineage(ctx.graph, m.id, { direction, maxDepth: ctx.lineageDepth }).map((s) => ({ id: s.id, depth: s.depth }));
  const agreements = describeProductAgreements(ctx.graph, node, ctx.today);
  const consumers = [
    ...agreements.filter((a) => !a.consumerProduct && a.status !== "ended").map((a) => ({ team: a.team, purpose: a.purpose, until: a.end, ports: a.ports.map((x) => x.name), agreement: a.file })),
    ...(spec.access.consumers ?? []).map((c) => ({
      team: c.team,
      ...c.purpose ? { purpose: c.purpose } : {},
      ...c.until ? { until: c.until } : {},
      ...c.ports ? { ports: c.ports } : {}
    }))
  ];
  return {
    id: m.id,
    name: m.name,
    domain: m.domain,
    address: addressProduct(ctx.addressPrefix, m.id, m.domain),
    archetype: m.archetype,
    lifecycle: m.lifecycle,
    version: m.version,
    owner: m.owner,
    productOwner: m.productOwner,
    tags: m.tags ?? [],
    classification: spec.access.classification,
    description: spec.description,
    ...spec.purpose ? { purpose: spec.purpose } : {},
    ...spec.limitations ? { limitations: spec.limitations } : {},
    ...ctx.contact ? { contact: ctx.contact } : {},
    file: node.file,
    ports: spec.outputPorts.map((port) => buildPortExport(m.id, m.domain, port, ctx.slo ?? [])),
    inputs: spec.inputPorts.map((i) => ({ name: i.name, ...i.source })),
    consumers,
    consumerCount: (ctx.graph.downstreamEdges.get(m.id)?.length ?? 0) + consumers.length,
    agreements,
    upstream: walk("upstream"),
    downstream: walk("downstream"),
    compliance: ctx.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
    waivers: [...ctx.waivers],
    changelog: [...ctx.changelog],
    manifest: node.data
  };
}
function buildPortExport(productId, domain, port, slo2) {
  const table = namePortTable(productId, domain, port.name);
  return {
    name: port.name,
    kind: port.kind,
    ...port.description ? { description: port.description } : {},
    columns: port.schema,
    primaryKey: port.primaryKey ?? [],
    ...port.retention ? { retention: port.retention } : {},
    slos: port.slos.map((s) => attachSloStatus(s, port.name, slo2)),
    quality: port.quality ?? [],
    table: { ...table, sql: writeQuerySnippet(table, port.schema) },
    ...port.deprecated ? { deprecated: port.deprecated } : {}
  };
}
function attachSloStatus(slo2, port, statuses) {
  const s = statuses.find((x) => x.port === port && x.slo === slo2.name);
  if (!s)
    return { ...slo2, state: "no-data" };
  const status = { since: s.since, threshold: s.threshold, burnRates: s.burnRates, severity: s.severity, evaluatedAt: s.evaluatedAt };
  return {
    ...slo2,
    state: s.state,
    status: {
      ...status,
      ...s.current ? { current: s.current } : {},
      ...s.attainment !== void 0 ? { attainment: s.attainment } : {},
      ...s.budgetRemaining !== void 0 ? { budgetRemaining: s.budgetRemaining } : {}
    },
    ...s.history ? { history: s.history } : {}
  };
}

// packages/core/dist/scorecard/list-operational-checks.js
var plural2 = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
var percent = (x) => `${Math.round(x * 1e3) / 10} %`;
var slo = (s) => `${s.slo} on ${s.port}`;
function listOperationalChecks(evidence) {
  return [checkSlosMet(evidence.slo), checkErrorBudget(evidence.slo), checkGovernance(evidence.findings)];
}
function unknown(attribute, id, evidence) {
  return { id, attribute, passed: false, unknown: true, evidence };
}
function checkSlosMet(statuses) {
  const id = "slos-met";
  if (statuses === void 0)
    return unknown("trustworthy", id, "no SLO statuses (run mesh slo evaluate)");
  if (statuses.length === 0)
    return unknown("trustworthy", id, "no SLO of this product was evaluated");
  const missed = statuses.filter((s) => s.state === "breached" || s.state === "no-data");
  const asOf = [...statuses.map((s) => s.evaluatedAt)].sort().at(-1)?.slice(0, 10) ?? "";
  const which = missed.map((s) => `${slo(s)} ${s.state === "breached" ? "breached" : "without data"}`).join(", ");
  return {
    id,
    attribute: "trustworthy",
    passed: missed.length === 0,
    evidence: `${statuses.length - missed.length} of ${plural2(statuses.length, "SLO")} met on ${asOf}${which ? `; ${which}` : ""}`
  };
}
function checkErrorBudget(statuses) {
  const id = "error-budget";
  if (statuses === void 0)
    return unknown("trustworthy", id, "no SLO statuses (run mesh slo evaluate)");
  const budgets = statuses.filter((s) => typeof s.budgetRemaining === "number");
  if (budgets.length === 0)
    return unknown("trustworthy", id, "no error budget measured yet");
  const lowest = budgets.reduce((a, b) => b.budgetRemaining < a.budgetRemaining ? b : a);
  const spent = budgets.filter((s) => s.budgetRemaining <= 0).length;
  return {
    id,
    attribute: "trustworthy",
    passed: spent === 0,
    evidence: `${spent} of ${plural2(budgets.length, "error budget")} spent over the window; ${lowest.budgetRemaining <= 0 ? `${percent(1 - lowest.budgetRemaining)} of the budget spent` : `lowest ${percent(lowest.budgetRemaining)} left`} (${slo(lowest)}, ${lowest.window})`
  };
}
function checkGovernance(findings) {
  const id = "governance";
  if (findings === void 0)
    return unknown("secure", id, "the policies were not run");
  const errors = findings.filter((f) => f.severity === "error");
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const ruleIds = [...new Set(errors.map((f) => f.ruleId))];
  const rules = ruleIds.slice(0, 3).join(", ");
  return {
    id,
    attribute: "secure",
    passed: errors.length === 0,
    evidence: `${plural2(errors.length, "error")}${rules ? ` (${rules}${ruleIds.length > 3 ? ", …" : ""})` : ""} and ${plural2(warnings, "warning")} from the policies and mesh checks`
  };
}

// packages/core/dist/scorecard/list-score-checks.js
var ATTRIBUTES = [
  "discoverable",
  "addressable",
  "understandable",
  "trustworthy",
  "natively-accessible",
  "interoperable",
  "valuable",
  "secure",
  "maturity"
];
var rec11 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list7 = (v) => Array.isArray(v) ? v.map(rec11) : [];
var text = (v) => typeof v === "string" ? v.trim() : "";
var size = (v) => Array.isArray(v) ? v.length : 0;
function listScoreChecks(p, context) {
  const spec = rec11(p.data.spec);
  const meta = rec11(p.data.metadata);
  const ports = list7(spec.outputPorts);
  const tables = ports.filter((o) => o.kind === "table");
  const columns = ports.flatMap((o) => list7(o.schema));
  const undescribed = columns.filter((c2) => !text(c2.description) && !c2.identifier).length;
  const consumers = list7(rec11(spec.access).consumers).length + (context.agreementTeams ?? 0);
  const kinds = new Set(ports.map((o) => text(o.kind)).filter((k) => k !== ""));
  const pii = columns.filter((c2) => c2.classification === "pii");
  const declared = declaredSlos(ports);
  const c = (attribute, id, passed, evidence) => ({ id, attribute, passed, evidence });
  const count2 = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
  return [
    c("discoverable", "description", text(spec.description).length >= 40, `description of ${text(spec.description).length} characters (40 needed)`),
    c("discoverable", "purpose", text(spec.purpose) !== "", text(spec.purpose) ? "purpose stated" : "no purpose"),
    c("discoverable", "tags", size(meta.tags) > 0, count2(size(meta.tags), "tag")),
    c("discoverable", "readme", text(rec11(spec.docs).readme) !== "", text(rec11(spec.docs).readme) ? "a README" : "no README in docs"),
    c("addressable", "output-ports", ports.length > 0, count2(ports.length, "output port")),
    c("addressable", "ports-described", ports.length > 0 && ports.every((o) => text(o.description) !== ""), `${ports.filter((o) => text(o.description)).length} of ${ports.length} ports described`),
    c("understandable", "columns-described", columns.length > 0 && undescribed === 0, `${undescribed} of ${columns.length} columns undescribed`),
    c("understandable", "limitations", text(spec.limitations) !== "", text(spec.limitations) ? "limitations stated" : "no limitations stated"),
    c("understandable", "examples", size(rec11(spec.docs).examples) > 0, count2(size(rec11(spec.docs).examples), "example")),
    c("trustworthy", "slos", ports.length > 0 && ports.every((o) => list7(o.slos).length > 0), `${ports.filter((o) => list7(o.slos).length > 0).length} of ${ports.length} ports with SLOs`),
    c("trustworthy", "quality-checks", tables.every((o) => list7(o.quality).length > 0), `${tables.filter((o) => list7(o.quality).length > 0).length} of ${tables.length} tables with quality checks`),
    c("trustworthy", "primary-keys", tables.every((o) => Array.isArray(o.primaryKey) && o.primaryKey.length > 0), `${tables.filter((o) => Array.isArray(o.primaryKey)).length} of ${tables.length} tables with a primary key`),
    c("natively-accessible", "support", text(rec11(spec.support).channel) !== "", text(rec11(spec.support).channel) ? "a support channel" : "no support channel"),
    c("natively-accessible", "access-modes", kinds.size >= 2 || ports.length >= 2, `${count2(kinds.size, "access mode")} over ${count2(ports.length, "port")}`),
    c("interoperable", "global-identifiers", columns.some((col) => text(col.identifier) !== ""), `${columns.filter((col) => text(col.identifier)).length} columns carry a global identifier`),
    c("interoperable", "time-semantics", tables.every((o) => rec11(o.temporal).actualTime !== void 0), `${tables.filter((o) => rec11(o.temporal).actualTime !== void 0).length} of ${tables.length} tables declare their time`),
    c("valuable", "readers", context.readers + consumers > 0, `${count2(context.readers, "reading product")}, ${count2(consumers, "consumer team")}`),
    c("secure", "classification", text(rec11(spec.access).classification) !== "", text(rec11(spec.access).classification) || "no classification"),
    c("secure", "regulations", pii.length === 0 || size(rec11(spec.policies).regulations) > 0, pii.length === 0 ? "no personal data" : `${count2(pii.length, "personal-data column")}, ${count2(size(rec11(spec.policies).regulations), "regulation")} named`),
    c("maturity", "usage", context.readers + consumers >= 2, `${context.readers + consumers} readers (2 for a used product)`),
    c("maturity", "life-cycle", p.lifecycle === "active", `lifecycle ${p.lifecycle ?? "unset"}`),
    c("maturity", "linkage", context.reads + context.readers > 0, `reads ${count2(context.reads, "product")}, read by ${count2(context.readers, "product")}`),
    // Statuses of SLOs the manifest no longer declares (the change removes one) say nothing about the product now.
    ...listOperationalChecks({ ...context, slo: context.slo?.filter((st) => declared.has(`${st.port}/${st.slo}`)) })
  ];
}
function declaredSlos(ports) {
  return new Set(ports.flatMap((o) => list7(o.slos).map((slo2) => `${text(o.name)}/${text(slo2.name)}`)));
}

// packages/core/dist/scorecard/score-products.js
var DEFAULT_LEVELS = [
  { name: "bronze", min: 40 },
  { name: "silver", min: 65 },
  { name: "gold", min: 85 }
];
function scoreProducts(index, config, options = {}) {
  const { only } = options;
  const statuses = groupByProduct(options.slo);
  const agreementTeams = /* @__PURE__ */ new Map();
  for (const a of index.agreements) {
    if (!a.valid || !a.provider || !a.team || a.consumerProduct)
      continue;
    agreementTeams.set(a.provider, (agreementTeams.get(a.provider) ?? /* @__PURE__ */ new Set()).add(a.team));
  }
  const findings = groupByProduct(options.findings);
  const readers = /* @__PURE__ */ new Map();
  for (const p of index.products)
    for (const i of p.inputs)
      if (i.product && i.product !== p.id)
        readers.set(i.product, (readers.get(i.product) ?? /* @__PURE__ */ new Set()).add(p.id));
  const levels = [...config?.levels ?? DEFAULT_LEVELS].sort((a, b) => a.min - b.min);
  const cards = [];
  for (const p of index.products) {
    if (!p.valid || !p.domain || !p.owner || only && !only.has(p.id))
      continue;
    const reads = new Set(p.inputs.flatMap((i) => i.product && i.product !== p.id ? [i.product] : [])).size;
    const checks = listScoreChecks(p, {
      readers: readers.get(p.id)?.size ?? 0,
      reads,
      agreementTeams: agreementTeams.get(p.id)?.size ?? 0,
      slo: statuses && (statuses.get(p.id) ?? []),
      findings: findings && (findings.get(p.id) ?? [])
    });
    const attributes = Object.fromEntries(ATTRIBUTES.map((a) => [a, { passed: 0, total: 0 }]));
    for (const c of checks) {
      if (c.unknown)
        continue;
      attributes[c.attribute].total += 1;
      if (c.passed)
        attributes[c.attribute].passed += 1;
    }
    let weighted = 0;
    let weights = 0;
    for (const a of ATTRIBUTES) {
      const w = config?.weights?.[a] ?? 1;
      const { passed, total } = attributes[a];
      if (w <= 0 || total === 0)
        continue;
      weighted += w * passed / total;
      weights += w;
    }
    const score = weights === 0 ? 0 : Math.round(1e3 * weighted / weights) / 10;
    const level = levels.filter((l) => score >= l.min).at(-1)?.name;
    cards.push({
      productId: p.id,
      ...p.name ? { name: p.name } : {},
      domain: p.domain,
      owner: p.owner,
      score,
      ...level ? { level } : {},
      attributes,
      checks
    });
  }
  return cards.sort((a, b) => a.productId < b.productId ? -1 : 1);
}
function groupByProduct(items) {
  if (!items)
    return void 0;
  const by = /* @__PURE__ */ new Map();
  for (const item of items) {
    if (!item.productId)
      continue;
    const list16 = by.get(item.productId);
    if (list16)
      list16.push(item);
    else
      by.set(item.productId, [item]);
  }
  return by;
}
function diffScorecards(base, head, products) {
  const before = new Map(base.map((c) => [c.productId, c]));
  const after = new Map(head.map((c) => [c.productId, c]));
  const lines = [];
  for (const id of products) {
    const b = before.get(id);
    const h = after.get(id);
    if (!b || !h)
      continue;
    const moved = ATTRIBUTES.filter((a) => b.attributes[a].passed !== h.attributes[a].passed || b.attributes[a].total !== h.attributes[a].total).map((a) => `${a}: ${b.attributes[a].passed}/${b.attributes[a].total} → ${h.attributes[a].passed}/${h.attributes[a].total}`);
    if (moved.length === 0 && b.score === h.score)
      continue;
    const level = b.level === h.level ? h.level ?? "no level" : `${b.level ?? "no level"} → ${h.level ?? "no level"}`;
    lines.push(`\`${id}\`: score ${b.score} → ${h.score} (${level}); ${moved.join(", ")}`);
  }
  return lines;
}

// packages/core/dist/lineage/observe-runtime-lineage.js
var RETAIN_OBSERVED_DAYS = 90;
function emptyObservedLineage() {
  return { version: 1, updatedAt: "", products: {} };
}
var rec12 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list8 = (v) => Array.isArray(v) ? v : [];
var later = (a, b) => a && a.time >= b.time ? a : b;
function indexDatasets(graph) {
  const out = /* @__PURE__ */ new Map();
  for (const p of graph.nodes.values()) {
    for (const port of list8(rec12(p.data.spec).outputPorts).map(rec12)) {
      const name = typeof port.name === "string" ? port.name : void 0;
      if (!name)
        continue;
      out.set(`${p.id}/${name}`, { product: p.id, port: name });
      if (p.domain)
        out.set(nameDataset(p.domain, p.id, name), { product: p.id, port: name });
    }
  }
  return out;
}
function ownerOf(run, graph, datasets) {
  const byName = graph.nodes.get(run.jobName) ?? graph.nodes.get(run.jobName.split(/[/:]/)[0] ?? "");
  if (byName)
    return byName;
  const writers = new Set(run.outputs.flatMap((n) => datasets.get(n)?.product ?? []));
  return writers.size === 1 ? graph.nodes.get([...writers][0]) : void 0;
}
function observeRuntimeLineage(into, graph, runs) {
  const products = {};
  for (const [id, p] of Object.entries(into.products))
    products[id] = { lastRun: p.lastRun, reads: { ...p.reads }, writes: { ...p.writes } };
  const datasets = indexDatasets(graph);
  let unknownJobs = 0;
  let updatedAt = into.updatedAt;
  for (const run of runs) {
    const owner = ownerOf(run, graph, datasets);
    if (!owner) {
      unknownJobs += 1;
      continue;
    }
    const evidence = { runId: run.runId, job: run.job, time: run.time };
    const p = products[owner.id] ??= { lastRun: evidence, reads: {}, writes: {} };
    p.lastRun = later(p.lastRun, evidence);
    for (const name of run.inputs)
      p.reads[name] = later(p.reads[name], evidence);
    for (const name of run.outputs)
      p.writes[name] = later(p.writes[name], evidence);
    if (run.time > updatedAt)
      updatedAt = run.time;
  }
  return { observed: pruneObserved({ version: 1, updatedAt, products }), unknownJobs };
}
function mergeObservedLineage(a, b) {
  const products = {};
  const union = (x, y) => {
    const out = { ...x };
    for (const [k, r] of Object.entries(y))
      out[k] = later(out[k], r);
    return out;
  };
  for (const id of /* @__PURE__ */ new Set([...Object.keys(a.products), ...Object.keys(b.products)])) {
    const x = a.products[id];
    const y = b.products[id];
    products[id] = x && y ? { lastRun: later(x.lastRun, y.lastRun), reads: union(x.reads, y.reads), writes: union(x.writes, y.writes) } : x ?? y;
  }
  return pruneObserved({ version: 1, updatedAt: a.updatedAt > b.updatedAt ? a.updatedAt : b.updatedAt, products });
}
function pruneObserved(o) {
  if (!o.updatedAt)
    return o;
  const oldest = new Date(Date.parse(o.updatedAt) - RETAIN_OBSERVED_DAYS * 864e5).toISOString();
  const keep = (m) => Object.fromEntries(Object.entries(m).filter(([, r]) => r.time >= oldest));
  const products = {};
  for (const id of Object.keys(o.products).sort()) {
    const p = o.products[id];
    if (p.lastRun.time < oldest)
      continue;
    products[id] = { lastRun: p.lastRun, reads: keep(p.reads), writes: keep(p.writes) };
  }
  return { ...o, products };
}
function renderObservedLineage(o) {
  const sorted = (m) => Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]]));
  const products = Object.fromEntries(Object.keys(o.products).sort().map((id) => {
    const p = o.products[id];
    return [id, { lastRun: p.lastRun, reads: sorted(p.reads), writes: sorted(p.writes) }];
  }));
  return `${JSON.stringify({ version: 1, updatedAt: o.updatedAt, products }, null, 1)}
`;
}
function readObservedLineage(text6) {
  let value;
  try {
    value = JSON.parse(text6);
  } catch (e) {
    return { error: `not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  const v = rec12(value);
  if (v.version !== 1 || typeof v.updatedAt !== "string")
    return { error: "not an observed lineage (version 1 with updatedAt and products is expected)" };
  const readRun = (x) => {
    const r = rec12(x);
    return typeof r.runId === "string" && typeof r.job === "string" && typeof r.time === "string" && !Number.isNaN(Date.parse(r.time)) ? { runId: r.runId, job: r.job, time: r.time } : void 0;
  };
  const readRuns = (x) => Object.fromEntries(Object.entries(rec12(x)).flatMap(([name, r]) => readRun(r) ? [[name, readRun(r)]] : []));
  const products = {};
  for (const [id, raw] of Object.entries(rec12(v.products))) {
    const lastRun = readRun(rec12(raw).lastRun);
    if (lastRun)
      products[id] = { lastRun, reads: readRuns(rec12(raw).reads), writes: readRuns(rec12(raw).writes) };
  }
  return { observed: { version: 1, updatedAt: v.updatedAt, products } };
}

// packages/core/dist/lineage/find-lineage-drift.js
var DAY_MS2 = 864e5;
function measureLineageDrift(graph, observed, options) {
  const datasets = indexDatasets(graph);
  const since = new Date(Date.parse(options.now) - (options.staleDays ?? 14) * DAY_MS2).toISOString();
  const products = /* @__PURE__ */ new Map();
  const unknown2 = /* @__PURE__ */ new Set();
  for (const [id, seen2] of Object.entries(observed.products)) {
    const node = graph.nodes.get(id);
    if (!node)
      continue;
    const declared = new Set(node.inputs.filter((i) => i.product && i.port).map((i) => `${i.product}/${i.port}`));
    const systems = new Set(node.inputs.flatMap((i) => i.system ? [i.system] : []));
    const drift = { productId: id, lastRun: seen2.lastRun, undeclaredInputs: [], staleInputs: [], undeclaredOutputs: [] };
    const lastRead = /* @__PURE__ */ new Map();
    for (const name of Object.keys(seen2.reads).sort()) {
      const run = seen2.reads[name];
      const ref = datasets.get(name);
      if (!ref) {
        if (!systems.has(name) && !systems.has(name.split(".")[0] ?? ""))
          unknown2.add(name);
        continue;
      }
      const key = `${ref.product}/${ref.port}`;
      if (!lastRead.has(key) || lastRead.get(key).time < run.time)
        lastRead.set(key, run);
      if (ref.product === id || declared.has(key) || drift.undeclaredInputs.some((u) => `${u.product}/${u.port}` === key))
        continue;
      drift.undeclaredInputs.push({ dataset: name, product: ref.product, port: ref.port, run });
    }
    for (const name of Object.keys(seen2.writes).sort()) {
      if (datasets.has(name) || !ownsName(node, name))
        continue;
      drift.undeclaredOutputs.push({ dataset: name, run: seen2.writes[name] });
    }
    if (seen2.lastRun.time >= since) {
      for (const input of node.inputs) {
        if (!input.product || !input.port)
          continue;
        const read = lastRead.get(`${input.product}/${input.port}`);
        if (read && read.time >= since)
          continue;
        drift.staleInputs.push({ input: input.name, product: input.product, port: input.port, lastRead: read ?? null });
      }
    }
    products.set(id, drift);
  }
  return { products, unknownDatasets: [...unknown2].sort() };
}
function hasDrift(d) {
  return d.undeclaredInputs.length + d.staleInputs.length + d.undeclaredOutputs.length > 0;
}
function findLineageDrift(graph, observed, options) {
  const drift = measureLineageDrift(graph, observed, options);
  const days2 = options.staleDays ?? 14;
  const findings = [];
  for (const d of drift.products.values()) {
    if (options.only && !options.only.has(d.productId))
      continue;
    const node = graph.nodes.get(d.productId);
    for (const u of d.undeclaredInputs)
      findings.push(findingAt(node.doc, "/spec/inputPorts", {
        ruleId: "lineage.undeclared-input",
        severity: "warning",
        productId: d.productId,
        message: `Run ${u.run.runId} of job \`${u.run.job}\` (${u.run.time}) read \`${u.dataset}\`, port \`${u.port}\` of \`${u.product}\`, but no input port declares it.`,
        hint: `Declare an input port with source { product: ${u.product}, port: ${u.port} }, or stop reading it: undeclared dependencies break without warning when the provider changes.`
      }, "key"));
    for (const u of d.undeclaredOutputs)
      findings.push(findingAt(node.doc, "/spec/outputPorts", {
        ruleId: "lineage.undeclared-output",
        severity: "warning",
        productId: d.productId,
        message: `Run ${u.run.runId} of job \`${u.run.job}\` (${u.run.time}) wrote \`${u.dataset}\`, which no output port of \`${d.productId}\` declares.`,
        hint: "Declare the dataset as an output port (with its schema and SLOs), or stop writing it: consumers cannot discover or rely on it."
      }, "key"));
    for (const s of d.staleInputs) {
      const index = node.inputs.find((i) => i.name === s.input)?.index ?? 0;
      const last = s.lastRead ? `last read by run ${s.lastRead.runId} on ${s.lastRead.time}` : "never read in what was observed";
      findings.push(findingAt(node.doc, `/spec/inputPorts/${index}`, {
        ruleId: "lineage.stale-input",
        severity: "warning",
        productId: d.productId,
        message: `Input port \`${s.input}\` declares \`${s.product}/${s.port}\`, but no run of \`${d.productId}\` in the last ${days2} days read it (latest run ${d.lastRun.runId} on ${d.lastRun.time}; ${last}).`,
        hint: "Remove the input port if the product no longer reads it, so lineage, impact analysis and access stay true."
      }));
    }
  }
  if (drift.unknownDatasets.length > 0 && !options.only) {
    const some = drift.unknownDatasets.slice(0, 5).map((n) => `\`${n}\``).join(", ");
    findings.push({
      ruleId: "lineage.unknown-dataset",
      severity: "notice",
      message: `${drift.unknownDatasets.length} datasets read at run time are no port of the catalog and no declared source system: ${some}${drift.unknownDatasets.length > 5 ? ", …" : ""}.`
    });
  }
  return findings;
}
function ownsName(node, name) {
  if (name.startsWith(`${node.id}/`))
    return true;
  if (!node.domain)
    return false;
  return name.startsWith(`${nameSchema(node.domain)}.${nameTable(node.id, "")}`);
}

// packages/core/dist/export/build-catalog-export.js
var str6 = (v) => typeof v === "string" ? v : void 0;
var rec13 = (v) => v && typeof v === "object" ? v : {};
function buildCatalogExport(check, options) {
  const { index, graph } = check;
  const lineageDepth = options.lineageDepth ?? 2;
  const valid = [...graph.nodes.values()].filter((n) => n.valid).sort((a, b) => a.id.localeCompare(b.id));
  const waivers = index.waivers.filter((w) => w.valid).map((w) => readWaiver(w, options.today));
  const contacts = new Map(index.teams.filter((t) => t.valid).map((t) => [t.name, str6(rec13(t.data.spec).contact)]));
  const drift = options.observed ? measureLineageDrift(graph, options.observed, { now: `${options.today}T23:59:59.999Z` }).products : /* @__PURE__ */ new Map();
  const products = valid.map((node) => {
    const contact = node.owner ? contacts.get(node.owner) : void 0;
    const runtime = drift.get(node.id);
    const product = buildProductExport(node, {
      graph,
      addressPrefix: options.addressPrefix ?? "dp://",
      lineageDepth,
      findings: options.findings.filter((f) => f.productId === node.id && !f.ruleId.startsWith("waiver.")),
      waivers: waivers.filter((w) => w.product === node.id).map((w) => w.name),
      changelog: options.history.get(node.file) ?? [],
      ...contact ? { contact } : {},
      slo: options.slo?.products[node.id]?.statuses ?? [],
      today: options.today
    });
    return runtime ? { ...product, runtime: describeRuntime(runtime) } : product;
  });
  const shown = new Set(products.map((p) => p.id));
  const edges = graph.edges.filter((e) => shown.has(e.producer) && shown.has(e.consumer)).map((e) => {
    const agreement = findCoveringAgreement(graph, e, options.today);
    const covered = agreement ? { ...e, agreement: agreement.file } : e;
    const d = drift.get(e.consumer);
    if (!d)
      return covered;
    return { ...covered, runtime: d.staleInputs.some((s) => s.input === e.inputPort) ? "not-seen" : "observed" };
  });
  const undeclaredEdges = [...drift.values()].flatMap((d) => d.undeclaredInputs.filter((u) => shown.has(u.product) && shown.has(d.productId)).map((u) => ({ producer: u.product, port: u.port, consumer: d.productId, runId: u.run.runId, time: u.run.time })));
  const declaredConsumers = products.reduce((n, p) => n + p.consumers.length, 0);
  const ownedBy = (key, name) => products.filter((p) => p[key] === name).map((p) => p.id);
  const group2 = (e, key) => readGroup(e, ownedBy(key, e.name));
  return {
    generatedOn: options.today,
    lineageDepth,
    counts: {
      products: products.length,
      domains: index.domains.length,
      teams: index.teams.length,
      edges: edges.length,
      declaredConsumers,
      consumerLinks: edges.length + declaredConsumers,
      skipped: graph.nodes.size - products.length
    },
    products,
    ranking: rankProductsByConsumers(products).map((p) => p.id),
    domains: index.domains.filter((d) => d.valid).map((d) => group2(d, "domain")),
    teams: index.teams.filter((t) => t.valid).map((t) => group2(t, "owner")),
    edges,
    undeclaredEdges,
    rules: options.rules.map((r) => readRule(r, options.findings)),
    waivers,
    scorecards: scoreProducts(index, options.scorecard, {
      only: shown,
      findings: options.findings,
      ...options.slo ? { slo: Object.values(options.slo.products).flatMap((p) => p.statuses) } : {}
    }).map((c) => ({
      productId: c.productId,
      domain: c.domain,
      score: c.score,
      ...c.level ? { level: c.level } : {},
      attributes: c.attributes,
      failed: c.checks.filter((x) => !x.passed && !x.unknown).map(({ attribute, id, evidence }) => ({ attribute, id, evidence })),
      unknown: c.checks.filter((x) => x.unknown).map(({ attribute, id, evidence }) => ({ attribute, id, evidence }))
    }))
  };
}
function readGroup(e, products) {
  const meta = rec13(e.data.metadata);
  const spec = rec13(e.data.spec);
  const members = Array.isArray(spec.members) ? spec.members.filter((m) => typeof m === "string") : void 0;
  const out = { name: e.name, title: str6(meta.title) ?? e.name, products };
  for (const [key, value] of [
    ["description", str6(spec.description)],
    ["owner", str6(spec.owner)],
    ["contact", str6(spec.contact)]
  ])
    if (value)
      out[key] = value;
  if (members)
    out.members = members;
  return out;
}
function readWaiver(w, today) {
  const s = rec13(w.data.spec);
  const expires = str6(s.expires) ?? "";
  return {
    name: w.name,
    rule: str6(s.rule) ?? "",
    product: str6(s.product) ?? "",
    reason: str6(s.reason) ?? "",
    approvedBy: str6(s.approvedBy) ?? "",
    expires,
    expired: expires < today
  };
}
function readRule(r, findings) {
  const mine = findings.filter((f) => f.ruleId === r.id);
  const products = (sev) => new Set(mine.filter((f) => sev(f.severity)).map((f) => f.productId ?? "")).size;
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    severity: r.severity,
    scope: r.scope === "domain" ? `domain ${r.domain ?? ""}` : "global",
    ...r.owner ? { owner: r.owner } : {},
    ...r.enforceFrom ? { enforceFrom: r.enforceFrom } : {},
    file: r.file,
    failing: products((s) => s !== "notice"),
    waived: products((s) => s === "notice")
  };
}
function findCoveringAgreement(graph, e, today) {
  const team = graph.nodes.get(e.consumer)?.owner;
  return (graph.agreements.get(e.producer) ?? []).find((a) => a.team === team && (a.consumerProduct ?? e.consumer) === e.consumer && a.ports.some((s) => s.name === e.port) && isAgreementActive(a, today));
}

// packages/core/dist/slo/slo-issue-types.js
var SLO_ISSUE_LABEL = "slo-breach";

// packages/core/dist/slo/slo-issue-marker.js
var STATES = ["ok", "at-risk", "breached", "no-data"];
function fingerprintSlo(s) {
  return [s.productId, s.port, s.slo].map((p) => encodeURIComponent(p)).join("/");
}
function renderSloMarkers(fingerprint, state) {
  return `<!-- meshplane:slo ${fingerprint} -->
<!-- meshplane:slo-state ${state} -->`;
}
function readSloMarkers(body) {
  const fp = /<!-- meshplane:slo (\S+) -->/.exec(body ?? "");
  if (!fp?.[1])
    return void 0;
  const st = /<!-- meshplane:slo-state (\S+) -->/.exec(body ?? "")?.[1];
  return { fingerprint: fp[1], ...st && STATES.includes(st) ? { state: st } : {} };
}

// packages/core/dist/issues/issue-text.js
var MAX_ISSUE_BODY = 65e3;
var HANDLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;
function renderOwnerMention(owner, handle) {
  if (handle && HANDLE.test(handle))
    return handle;
  return `team ${escapeMarkdown(handle ?? owner)}`;
}
function renderMention(handle) {
  return HANDLE.test(handle) ? handle : escapeMarkdown(handle);
}
function renderProductUrl(siteUrl, productId) {
  return `${siteUrl.replace(/\/+$/, "")}/products/${encodeURIComponent(productId)}/`.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function escapeCode2(s) {
  return s.replace(/`/g, "'").replace(/[\r\n]+/g, " ");
}
function fitIssueTitle(title) {
  return title.replace(/[\r\n\t]+/g, " ").replace(/@/g, "@‍").slice(0, 250);
}
function fitIssueBody(body) {
  return body.length > MAX_ISSUE_BODY ? `${body.slice(0, MAX_ISSUE_BODY - 40)}

(cut to fit GitHub's limit)
` : body;
}

// packages/core/dist/slo/render-slo-issue.js
var HEADLINE = { ok: "SLO recovered", "at-risk": "SLO at risk", breached: "SLO breached", "no-data": "SLO without data" };
function renderSloIssue(s, siteUrl) {
  const fingerprint = fingerprintSlo(s);
  const severity = s.state === "no-data" ? "info" : s.severity;
  const name = s.productName ? `${s.productName} (${s.productId})` : s.productId;
  const title = fitIssueTitle(`${HEADLINE[s.state]}: ${s.slo} of ${name} · ${s.port}`);
  const rows = [
    ["State", `**${s.state}** for ${humanizeDuration(Date.parse(s.evaluatedAt) - Date.parse(s.since))} (since ${escapeMarkdown(s.since)})`],
    ["Current value", s.current ? `${formatValue(s.current)} (observed ${escapeMarkdown(s.current.observedAt)})` : "no observation"],
    ["Threshold", escapeMarkdown(s.threshold)],
    ["Objective", `${formatPercent(s.objective)} of time slices good over ${escapeMarkdown(humanizeWindow(s.window))}`],
    ["Attainment", s.attainment === void 0 ? "unknown (no data)" : formatPercent(s.attainment)],
    ["Error budget", describeErrorBudget(s.budgetRemaining, s.objective)],
    ["Burn rates", escapeMarkdown(describeBurnRates(s.burnRates))],
    ["Severity", severity]
  ];
  const body = [
    renderSloMarkers(fingerprint, s.state),
    `## ${HEADLINE[s.state]}: \`${escapeCode2(s.slo)}\` (${escapeMarkdown(s.type)}) of ${escapeMarkdown(name)}, port \`${escapeCode2(s.port)}\``,
    "",
    `Owner: ${renderOwnerMention(s.owner, s.ownerHandle)} · domain ${escapeMarkdown(s.domain)} · [product page](${renderProductUrl(siteUrl, s.productId)})`,
    "",
    "| | |",
    "|---|---|",
    ...rows.map(([k, v]) => `| ${k} | ${v} |`),
    "",
    "### What to do",
    "",
    ...ADVICE[s.state].map((line) => `- ${line}`),
    "",
    `<sub>Written by Meshplane at ${escapeMarkdown(s.evaluatedAt)}. This issue is edited in place on every run; a comment is added only when the state changes, and it is closed when the SLO recovers.</sub>`,
    ""
  ].join("\n");
  const fitted = fitIssueBody(body);
  const labels = [SLO_ISSUE_LABEL, `domain:${s.domain}`.slice(0, 50), `severity:${severity}`];
  return { fingerprint, title, body: fitted, labels };
}
function renderSloStateComment(s, previous, event) {
  const what = event === "closed" ? `Recovered: the SLO is **ok** since ${escapeMarkdown(s.since)}. Closing this issue.` : event === "reopened" ? `**${s.state}** again since ${escapeMarkdown(s.since)}, soon after this issue was closed: reopening it rather than opening a new one.` : `State changed${previous ? ` from **${previous}**` : ""} to **${s.state}** since ${escapeMarkdown(s.since)}.`;
  const value = s.current ? ` Current value ${formatValue(s.current)} against ${escapeMarkdown(s.threshold)}.` : "";
  const words = describeErrorBudget(s.budgetRemaining, s.objective);
  const budget = s.budgetRemaining === void 0 ? "" : ` ${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  return `${what}${value}${budget}`;
}
function renderSloDuplicateComment(survivorNumber) {
  return `Duplicate of #${survivorNumber}: another Meshplane run opened an issue for the same SLO episode at the same time. Closing this one; #${survivorNumber} is the issue that is kept up to date.`;
}
var ADVICE = {
  breached: [
    "Check the latest run of the pipeline that writes this port: did it fail, run late, or write fewer or emptier rows?",
    "Fix the cause and backfill the missing data; the issue closes by itself once the SLO is ok again.",
    "If the objective no longer fits the product, change the SLO in its manifest through a pull request."
  ],
  "at-risk": ["The error budget is burning fast enough to run out before the window ends: look at the recent runs before it breaches."],
  "no-data": [
    "No observation arrived when one was due: check that the pipeline ran and that it still reports its observations.",
    "Once an observation arrives, the issue is updated with the real state."
  ],
  ok: ["Nothing: the SLO is met."]
};
function formatPercent(fraction) {
  return `${(Math.round(fraction * 1e4) / 100).toString()} %`;
}
function formatValue(current) {
  const v = current.value;
  if (current.unit === "hours")
    return humanizeDuration(v * 36e5);
  return current.unit === "percent" ? `${+v.toFixed(2)} %` : `${v} rows`;
}

// packages/core/dist/issues/merge-bot-labels.js
function mergeBotLabels(existing, ours, replaced) {
  const kept = existing.filter((l) => !replaced.some((prefix) => l.startsWith(prefix)) && !ours.includes(l));
  return [...ours, ...kept];
}
function sameLabels(a, b) {
  return a.length === b.length && a.every((x) => b.includes(x));
}

// packages/core/dist/slo/plan-slo-issue-actions.js
var DAY_MS3 = 24 * 60 * 60 * 1e3;
function planSloIssueActions(statuses, found, options) {
  const byFingerprint = groupByFingerprint(found);
  const seen2 = /* @__PURE__ */ new Set();
  return statuses.map((status) => {
    const content = renderSloIssue(status, options.siteUrl);
    if (seen2.has(content.fingerprint))
      return { kind: "none", fingerprint: content.fingerprint, state: status.state, reason: "duplicate status in the input" };
    seen2.add(content.fingerprint);
    return planOne(status, content, byFingerprint.get(content.fingerprint) ?? [], options);
  });
}
function planOne(status, content, issues, options) {
  const state = status.state;
  const open = issues.filter((i) => i.state === "open").sort((a, b) => a.number - b.number)[0];
  if (open) {
    const shown = readSloMarkers(open.body)?.state;
    if (state === "ok") {
      return { ...content, kind: "close", state, issueNumber: open.number, comment: renderSloStateComment(status, shown, "closed") };
    }
    const labels = mergeLabels(open.labels, content.labels);
    const changed = shown !== state;
    if (!changed && open.body === content.body && open.title === content.title && sameLabels(open.labels, labels)) {
      return { kind: "none", fingerprint: content.fingerprint, state, issueNumber: open.number, reason: "the issue already shows this" };
    }
    return {
      ...content,
      labels,
      kind: "update",
      state,
      issueNumber: open.number,
      ...changed ? { comment: renderSloStateComment(status, shown, "changed") } : {}
    };
  }
  if (!opensIssue(state, options))
    return { kind: "none", fingerprint: content.fingerprint, state, reason: `no open issue, and ${state} opens none` };
  const cooldown = options.reopenCooldownMs ?? DAY_MS3;
  const now = Date.parse(options.now);
  const recent = issues.filter((i) => i.state === "closed" && i.stateReason !== "duplicate" && i.closedAt !== void 0 && now - Date.parse(i.closedAt) <= cooldown).sort((a, b) => Date.parse(b.closedAt ?? "") - Date.parse(a.closedAt ?? ""))[0];
  if (recent) {
    return {
      ...content,
      labels: mergeLabels(recent.labels, content.labels),
      kind: "reopen",
      state,
      issueNumber: recent.number,
      comment: renderSloStateComment(status, readSloMarkers(recent.body)?.state, "reopened")
    };
  }
  return { ...content, kind: "create", state };
}
function opensIssue(state, options) {
  return state === "breached" || state === "no-data" || state === "at-risk" && options.openOnAtRisk === true;
}
function groupByFingerprint(found) {
  const map = /* @__PURE__ */ new Map();
  for (const issue of found) {
    const fp = readSloMarkers(issue.body)?.fingerprint;
    if (fp)
      map.set(fp, [...map.get(fp) ?? [], issue]);
  }
  return map;
}
function mergeLabels(existing, ours) {
  return mergeBotLabels(existing, ours, ["domain:", "severity:"]);
}

// packages/core/dist/issues/find-issue-duplicates.js
function findIssueDuplicates(found, readFingerprint) {
  const openByFingerprint = /* @__PURE__ */ new Map();
  for (const issue of found) {
    const fingerprint = issue.state === "open" ? readFingerprint(issue.body) : void 0;
    if (fingerprint)
      openByFingerprint.set(fingerprint, [...openByFingerprint.get(fingerprint) ?? [], issue]);
  }
  const out = [];
  for (const [fingerprint, issues] of openByFingerprint) {
    const [survivor, ...rest] = [...issues].sort((a, b) => a.number - b.number);
    if (survivor)
      for (const duplicate of rest)
        out.push({ fingerprint, duplicate, survivor });
  }
  return out;
}

// packages/core/dist/slo/find-slo-issue-duplicates.js
function findSloIssueDuplicates(found) {
  return findIssueDuplicates(found, (body) => readSloMarkers(body)?.fingerprint);
}

// packages/core/dist/issues/plan-bot-issue-actions.js
function planBotIssueActions(subjects, found, planning) {
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const issue of found) {
    const fp = planning.readMarkers(issue.body)?.fingerprint;
    if (fp)
      byFingerprint.set(fp, [...byFingerprint.get(fp) ?? [], issue]);
  }
  const actions = [];
  const planned = /* @__PURE__ */ new Set();
  for (const subject of subjects) {
    const content = planning.render(subject);
    planned.add(content.fingerprint);
    const issues = byFingerprint.get(content.fingerprint) ?? [];
    const open = issues.filter((i) => i.state === "open").sort((a, b) => a.number - b.number)[0];
    if (open) {
      actions.push(planOpenIssue(subject, content, open, planning));
      continue;
    }
    const last = issues.filter((i) => i.state === "closed" && i.stateReason !== "duplicate").sort((a, b) => b.number - a.number)[0];
    if (last)
      actions.push({ ...content, kind: "reopen", issueNumber: last.number, comment: planning.renderComment(subject, "reopened") });
    else
      actions.push({ ...content, kind: "create" });
  }
  for (const [fingerprint, issues] of byFingerprint) {
    if (planned.has(fingerprint))
      continue;
    for (const open of issues.filter((i) => i.state === "open")) {
      const { title, body, labels } = open;
      actions.push({ kind: "close", fingerprint, issueNumber: open.number, title, body, labels, comment: planning.renderClosing(fingerprint) });
    }
  }
  return actions;
}
function planOpenIssue(subject, content, open, planning) {
  const changed = planning.readMarkers(open.body)?.digest !== planning.readMarkers(content.body)?.digest;
  const labels = mergeBotLabels(open.labels, content.labels, planning.replacedLabels);
  if (!changed && open.body === content.body && open.title === content.title && sameLabels(open.labels, labels)) {
    return { kind: "none", fingerprint: content.fingerprint, issueNumber: open.number, reason: "the issue already shows this" };
  }
  const comment = changed ? { comment: planning.renderComment(subject, "changed") } : {};
  return { ...content, labels, kind: "update", issueNumber: open.number, ...comment };
}

// packages/core/dist/issues/issue-markers.js
function renderIssueMarkers(names, fingerprint, digest) {
  return `<!-- meshplane:${names.fingerprint} ${fingerprint} -->
<!-- meshplane:${names.digest} ${digest} -->`;
}
function readIssueMarkers(names, body) {
  const fingerprint = new RegExp(`<!-- meshplane:${names.fingerprint} (\\S+) -->`).exec(body ?? "")?.[1];
  if (!fingerprint)
    return void 0;
  const digest = new RegExp(`<!-- meshplane:${names.digest} (\\S+) -->`).exec(body ?? "")?.[1];
  return { fingerprint, ...digest ? { digest } : {} };
}

// packages/core/dist/expiry/expiry-types.js
var EXPIRY_ISSUE_LABEL = "meshplane-expiry";

// packages/core/dist/review/classify-against-base.js
function keyFinding(f) {
  return `${f.ruleId}\0${f.productId ?? `file:${f.file ?? ""}`}\0${f.pointer ?? ""}`;
}
function classifyAgainstBase(head, base, touched, blockOn) {
  const remaining = /* @__PURE__ */ new Map();
  for (const f of base)
    remaining.set(keyFinding(f), [...remaining.get(keyFinding(f)) ?? [], f]);
  const findings = head.map((f) => {
    const same = remaining.get(keyFinding(f));
    if (!same?.length)
      return { ...f, baseline: "introduced" };
    same.shift();
    const blocks = f.severity !== "error" || blockOn === "all" || blockOn === "touched" && isTouched(f, touched);
    return { ...f, baseline: "existing", ...blocks ? {} : { blocks: false } };
  });
  return { findings, resolved: [...remaining.values()].flat() };
}
function isTouched(f, t) {
  return f.productId !== void 0 && t.products.has(f.productId) || f.file !== void 0 && t.files.has(f.file);
}
function listTouched(changes, base, head) {
  const products = new Set(changes.products.map((p) => p.id));
  const files = new Set(changes.products.flatMap((p) => [p.baseFile, p.headFile].filter((x) => x !== void 0)));
  const entries = (i) => [...i.domains, ...i.teams, ...i.waivers, ...i.configs];
  const before = new Map(entries(base).map((e) => [e.file, e.data]));
  for (const e of entries(head))
    if (!before.has(e.file) || !isSameData(before.get(e.file), e.data))
      files.add(e.file);
  for (const file of head.files)
    if (!base.files.has(file))
      files.add(file);
  for (const file of base.files)
    if (!head.files.has(file))
      files.add(file);
  return { products, files };
}

// packages/core/dist/expiry/find-time-based-findings.js
var RANK = { notice: 0, warning: 1, error: 2 };
var FROZEN_DAY = "1970-01-01";
function findTimeBasedFindings(dated, frozen) {
  const before = rankByKey(frozen);
  return dated.filter((f) => f.severity !== "notice" && RANK[f.severity] > (before.get(keyFinding(f)) ?? -1));
}
function findUpcomingFindings(later2, today, frozen) {
  const now = rankByKey(today);
  return findTimeBasedFindings(later2, frozen).filter((f) => RANK[f.severity] > (now.get(keyFinding(f)) ?? -1));
}
function rankByKey(findings) {
  const ranks = /* @__PURE__ */ new Map();
  for (const f of findings)
    ranks.set(keyFinding(f), Math.max(ranks.get(keyFinding(f)) ?? -1, RANK[f.severity]));
  return ranks;
}

// packages/core/dist/expiry/group-expiries.js
var rec14 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
function groupExpiries(index, found, days2) {
  const handles = new Map(index.teams.map((t) => [t.name, rec14(t.data.spec).github]));
  const products = new Map(index.products.filter((p) => p.domain && p.owner).map((p) => [p.id, p]));
  const subjects = /* @__PURE__ */ new Map();
  const unowned = [];
  const add = (f, list16) => {
    const p = f.productId === void 0 ? void 0 : products.get(f.productId);
    if (!p?.domain || !p.owner) {
      unowned.push(f);
      return;
    }
    let s = subjects.get(p.id);
    if (!s) {
      const handle = handles.get(p.owner);
      s = {
        productId: p.id,
        ...p.name ? { productName: p.name } : {},
        domain: p.domain,
        owner: p.owner,
        ...typeof handle === "string" ? { ownerHandle: handle } : {},
        file: p.file,
        current: [],
        upcoming: []
      };
      subjects.set(p.id, s);
    }
    s[list16].push(f);
  };
  for (const f of found.current)
    add(f, "current");
  for (const f of found.upcoming)
    add(f, "upcoming");
  return { ...days2, products: [...subjects.values()].sort((a, b) => a.productId < b.productId ? -1 : 1), unowned };
}
function countExpiredErrors(report) {
  return [...report.products.flatMap((p) => p.current), ...report.unowned].filter((f) => f.severity === "error").length;
}

// packages/core/dist/format/hash-text.js
function hashText(text6) {
  let h = 2166136261;
  for (const ch of text6)
    h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h.toString(36);
}

// packages/core/dist/expiry/expiry-issue-marker.js
function fingerprintExpiry(productId) {
  return encodeURIComponent(productId);
}
function digestFindings(findings) {
  return `${findings.length}-${hashText(findings.map(keyFinding).sort().join("\n"))}`;
}
var NAMES = { fingerprint: "expiry", digest: "expiry-digest" };
function renderExpiryMarkers(fingerprint, digest) {
  return renderIssueMarkers(NAMES, fingerprint, digest);
}
function readExpiryMarkers(body) {
  return readIssueMarkers(NAMES, body);
}

// packages/core/dist/expiry/render-expiry-issue.js
function renderExpiryIssue(s, context) {
  const fingerprint = fingerprintExpiry(s.productId);
  const name = s.productName ? `${s.productName} (${s.productId})` : s.productId;
  const errors = s.current.filter((f) => f.severity === "error").length;
  const soon = s.current.length - errors + s.upcoming.length;
  const title = fitIssueTitle(errors > 0 ? `Expired in ${name}: ${count(errors, "error")}${soon > 0 ? `, ${soon} more soon` : ""}` : `Expiring in ${name} by ${context.upcomingBy}: ${count(soon, "finding")}`);
  const page = context.siteUrl ? ` · [product page](${renderProductUrl(context.siteUrl, s.productId)})` : "";
  const body = [
    renderExpiryMarkers(fingerprint, digestFindings(s.current)),
    `## Time-based findings in ${escapeMarkdown(name)}`,
    "",
    `Owner: ${renderOwnerMention(s.owner, s.ownerHandle)} · domain ${escapeMarkdown(s.domain)} · manifest \`${escapeCode2(s.file)}\`${page}`,
    "",
    "Nothing in the catalog changed: the date did. A consumer grant, a waiver or the `enforceFrom` date of a rule has",
    "passed, or will soon. Pull requests that touch this product fail on these errors until they are fixed; pull",
    "requests elsewhere in the mesh do not.",
    "",
    ...renderSection(`Now (${context.today})`, s.current),
    ...renderSection(`Expiring by ${context.upcomingBy}`, s.upcoming),
    "### What to do",
    "",
    "- Renew what is still agreed (a new `until` date on the grant, a waiver renewed by the governance group), or",
    "  remove what is no longer needed, in a pull request on the files named above.",
    "- Fix what a rule now enforces; `mesh check --today <day>` shows the findings of any day.",
    "",
    `<sub>Written by Meshplane on ${escapeMarkdown(context.today)}. This issue is edited in place on every run; a comment is added when what has expired changes, and it is closed once nothing is left.</sub>`,
    ""
  ].join("\n");
  return { fingerprint, title, body: fitIssueBody(body), labels: [EXPIRY_ISSUE_LABEL, `domain:${s.domain}`.slice(0, 50)] };
}
function renderExpiryComment(s, event, today) {
  if (event === "closed" || !s)
    return `Fixed: no time-based finding is left for this product on ${escapeMarkdown(today)}. Closing this issue.`;
  const what = `${count(s.current.length, "time-based finding")} now, ${s.upcoming.length} more by the end of the look-ahead`;
  const list16 = s.current.slice(0, 10).map((f) => `- ${describeFinding(f)}`);
  return [event === "reopened" ? `Back on ${escapeMarkdown(today)}: ${what}. Reopening this issue.` : `On ${escapeMarkdown(today)}: ${what}.`, ...list16].join("\n");
}
function renderSection(heading, findings) {
  if (findings.length === 0)
    return [];
  const rows = findings.map((f) => `| ${f.severity} | \`${escapeCode2(where(f))}\` | ${escapeMarkdown(f.message)} | ${escapeMarkdown(f.hint ?? "")} |`);
  return [`### ${heading}`, "", "| Severity | Where | What | What to do |", "|---|---|---|---|", ...rows, ""];
}
function describeFinding(f) {
  return `${f.severity} \`${escapeCode2(where(f))}\`: ${escapeMarkdown(f.message)}`;
}
function where(f) {
  return `${f.file ?? ""}${f.line ? `:${f.line}` : ""}`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

// packages/core/dist/expiry/plan-expiry-issue-actions.js
function planExpiryIssueActions(report, found, options) {
  const context = { today: report.today, upcomingBy: report.upcomingBy, ...options.siteUrl ? { siteUrl: options.siteUrl } : {} };
  return planBotIssueActions(report.products, found, {
    readMarkers: readExpiryMarkers,
    render: (subject) => renderExpiryIssue(subject, context),
    replacedLabels: ["domain:"],
    renderComment: (subject, event) => renderExpiryComment(subject, event, report.today),
    renderClosing: () => renderExpiryComment(void 0, "closed", report.today)
  });
}

// packages/core/dist/expiry/render-expiry-report.js
function renderExpiryText(report) {
  const lines = [`Time-based findings on ${report.today} (and expiring by ${report.upcomingBy}):`];
  if (report.products.length === 0 && report.unowned.length === 0)
    lines.push("  none: nothing has expired, and nothing expires in the look-ahead.");
  for (const p of report.products) {
    lines.push("", `${p.productId}  (owner ${p.ownerHandle ?? p.owner}, domain ${p.domain})`);
    for (const f of p.current)
      lines.push(...describe(f, "now"));
    for (const f of p.upcoming)
      lines.push(...describe(f, `by ${report.upcomingBy}`));
  }
  if (report.unowned.length > 0) {
    lines.push("", "Not in any product (no issue is opened for these):");
    for (const f of report.unowned)
      lines.push(...describe(f, "now"));
  }
  const current = report.products.reduce((n, p) => n + p.current.length, 0);
  const upcoming = report.products.reduce((n, p) => n + p.upcoming.length, 0);
  lines.push("", `${current} now and ${upcoming} by ${report.upcomingBy}, in ${report.products.length} products; ${report.unowned.length} in no product.`);
  return `${lines.join("\n")}
`;
}
function describe(f, when) {
  const at = `${f.file ?? ""}${f.line ? `:${f.line}` : ""}`;
  return [`  ${f.severity.padEnd(7)} ${when.padEnd(13)} ${at}  ${f.message}  [${f.ruleId}]`, ...f.hint ? [`          ${" ".repeat(13)} ${f.hint}`] : []];
}

// packages/core/dist/renewal/renewal-types.js
var RENEWAL_ISSUE_LABEL = "meshplane-renewal";
var RENEWAL_DAYS = 14;

// packages/core/dist/agreement/judge-agreement-approvals.js
var rec15 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var loginOf = (handle) => (handle.split("/").at(-1) ?? "").replace(/^@/, "").toLowerCase();
function judgeAgreementApprovals(changes, sides, approvals) {
  const out = [];
  const author = approvals.author?.toLowerCase();
  for (const change of changes) {
    const needs = listAgreementApprovers(change, sides);
    const file = (change.head ?? change.base)?.file ?? "";
    const approvedBy = (n) => (approvals.reviews ?? []).filter((r) => r.login.toLowerCase() !== author && n.members.has(r.login.toLowerCase()) && r.files.has(file)).map((r) => r.login);
    const missing = needs.filter((n) => approvedBy(n).length === 0);
    const given = needs.filter((n) => approvedBy(n).length > 0).map((n) => `@${approvedBy(n)[0]} for ${n.handle}`);
    const anyOf = change.status === "removed";
    const unmet = anyOf ? needs.length > 0 && missing.length === needs.length : missing.length > 0;
    const what = describeChange(change);
    const list16 = (ns) => ns.map((n) => `${n.handle} (${n.why})`).join(anyOf ? " or " : " and ");
    const place = (severity, message, hint) => placeOn(change, sides.head, { severity, message, ...hint ? { hint } : {} });
    if (approvals.reviews === void 0) {
      out.push(place("notice", `${what} will need approval of ${list16(needs)} on its pull request (${approvals.source ?? "reviews not read"}).`));
    } else if (unmet) {
      const candidates = anyOf ? needs.every((n) => n.members.size === 0) ? needs : [] : missing;
      const empty = candidates.filter((n) => n.members.size === 0).map((n) => `${n.handle} lists no members in the base catalog (catalog/teams/${n.team}.yaml)`);
      out.push(place("error", `${what} needs approval of ${list16(anyOf ? needs : missing)}${given.length ? `; approved by ${given.join(", ")}` : ""}.${empty.length ? ` ${empty.join("; ")}.` : ""}`, "A member of each team approves the pull request on GitHub; the author’s own approval does not count, and an approval counts only while the agreement stays as it was approved."));
    } else
      out.push(place("notice", `${what}: approved by ${given.join(", ")}.`));
  }
  return out;
}
function describeChange(c) {
  const a = c.head ?? c.base;
  const verb = c.status === "added" ? "The new agreement" : c.status === "modified" ? "The changed agreement" : "Removing the agreement";
  return `${verb} \`${a.name}\` (\`${a.provider ?? "?"}\` shared with \`${a.team ?? "?"}\`)`;
}
function placeOn(c, head, text6) {
  const a = c.head ?? c.base;
  const base = { ruleId: "agreement.approval", ...text6, ...a.provider ? { productId: a.provider } : {} };
  if (c.head)
    return findingAt(c.head.doc, "/metadata/name", base);
  const provider = head.products.find((p) => p.id === a.provider);
  return provider ? findingAt(provider.doc, "/metadata/id", base) : { ...base, file: a.file };
}
function listAgreementApprovers(c, sides) {
  const a = c.head ?? c.base;
  const byId = (index) => index.products.find((p) => p.id === a.provider);
  const provider = byId(sides.base) ?? byId(sides.head);
  const need = (team, why) => {
    if (!team)
      return [];
    const entry = sides.base.teams.find((t) => t.name === team);
    return [{ team, handle: handleOf(entry) ?? `team \`${team}\``, why, members: membersOf(entry) }];
  };
  if (c.status === "removed")
    return [...need(provider?.owner, "owns the shared product"), ...need(a.team, "the consumer team")];
  const needs = need(provider?.owner, "owns the shared product");
  const headProvider = byId(sides.head);
  if (headProvider && c.head && sharesPersonalData(headProvider, c.head))
    needs.push(...governance(sides));
  return needs;
}
function governance(sides) {
  const handle = sides.governanceTeam;
  const why = "personal data is shared";
  if (!handle)
    return [{ team: "governance", handle: "the governance team (review.governanceTeam)", why, members: /* @__PURE__ */ new Set() }];
  const entry = sides.base.teams.find((t) => handleOf(t)?.toLowerCase() === handle.toLowerCase()) ?? sides.base.teams.find((t) => t.name === loginOf(handle));
  return [{ team: entry?.name ?? loginOf(handle), handle, why, members: membersOf(entry) }];
}
function handleOf(entry) {
  const github = rec15(entry?.data.spec).github;
  return typeof github === "string" ? github : void 0;
}
function membersOf(entry) {
  const members = rec15(entry?.data.spec).members;
  return new Set((Array.isArray(members) ? members : []).filter((m) => typeof m === "string").map(loginOf));
}

// packages/core/dist/renewal/list-renewals.js
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var rec16 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var str7 = (v) => typeof v === "string" ? v : void 0;
function listRenewals(index, options) {
  const renewBy = addDays(options.today, options.days);
  const due = [];
  const later2 = [];
  const seen2 = /* @__PURE__ */ new Set();
  for (const a of index.agreements) {
    if (seen2.has(a.id))
      continue;
    seen2.add(a.id);
    const end = a.end !== void 0 && DATE.test(a.end) && !Number.isNaN(Date.parse(a.end)) ? a.end : void 0;
    if (end === void 0 || end > renewBy)
      later2.push({ id: a.id, ...end ? { end } : {} });
    else
      due.push(describeRenewal(index, a, end, options));
  }
  due.sort((x, y) => x.agreement.end < y.agreement.end ? -1 : x.agreement.end > y.agreement.end ? 1 : x.id < y.id ? -1 : 1);
  return { today: options.today, days: options.days, renewBy, due, later: later2 };
}
function describeRenewal(index, a, end, options) {
  const product = index.products.find((p) => p.id === a.provider);
  const teamOf = (team) => {
    const handle = handleOf2(index.teams.find((t) => t.name === team));
    return { team, ...handle ? { handle } : {} };
  };
  const productOwner = str7(rec16(product?.data.metadata).productOwner);
  const sides = { base: index, head: index, ...options.governanceTeam ? { governanceTeam: options.governanceTeam } : {} };
  const approvers = listAgreementApprovers({ status: "modified", id: a.id, base: a, head: a }, sides).map((x) => ({
    team: x.team,
    ...x.handle.startsWith("@") ? { handle: x.handle } : {},
    why: x.why
  }));
  return {
    id: a.id,
    agreement: describeAgreement(a, options.today, { soonDays: options.days, ...product ? { provider: product } : {} }),
    daysLeft: Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${options.today}T00:00:00Z`)) / 864e5),
    domain: product?.domain ?? (a.provider ?? "").split(".")[0] ?? "",
    ...product?.name ? { providerName: product.name } : {},
    ...product?.owner ? { provider: teamOf(product.owner) } : {},
    ...productOwner ? { productOwner } : {},
    consumer: teamOf(a.team ?? "?"),
    approvers
  };
}
function handleOf2(entry) {
  return str7(rec16(entry?.data.spec).github);
}

// packages/core/dist/renewal/renewal-issue-marker.js
function fingerprintRenewal(agreementId) {
  return encodeURIComponent(agreementId);
}
function digestRenewal(s) {
  return `${s.daysLeft < 0 ? "ended" : "ending"}-${encodeURIComponent(s.agreement.end)}`;
}
var NAMES2 = { fingerprint: "renewal", digest: "renewal-state" };
function renderRenewalMarkers(fingerprint, digest) {
  return renderIssueMarkers(NAMES2, fingerprint, digest);
}
function readRenewalMarkers(body) {
  return readIssueMarkers(NAMES2, body);
}

// packages/core/dist/agreement/render-agreement-changes.js
var rec17 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var code2 = (s) => `\`${escapeCode2(s)}\``;
var plain = (s) => s.replace(/\s+/g, " ").replace(/[\\[\]<>`*_|]/g, (c) => `\\${c}`).replace(/@/g, "@‍").trim().replace(/\.+$/, "");
function describeAgreementTerms(a) {
  const ports = a.ports.map((p) => `${code2(p.name)} (${p.columns ? `columns ${p.columns.map(code2).join(", ")}` : p.maxClassification ? `columns up to ${plain(p.maxClassification)}` : "the whole port"})`).join(" and ");
  const obligations = rec17("data" in a ? rec17(a.data.spec).obligations : a.obligations);
  const slos = Array.isArray(obligations.slos) ? obligations.slos.filter((s) => typeof s === "string") : void 0;
  const promise = [
    slos ? `the provider keeps the SLOs ${slos.map(plain).join(", ")}` : void 0,
    typeof obligations.breakingChangeNotice === "string" ? `breaking changes are told ${plain(obligations.breakingChangeNotice)} ahead` : void 0,
    typeof obligations.terms === "string" ? plain(obligations.terms) : void 0
  ].filter(Boolean);
  return [
    `${code2(a.team || "?")}${a.consumerProduct ? ` (for ${code2(a.consumerProduct)})` : ""} may read ${ports} of ${code2(a.provider || "?")} from ${plain(a.start || "?")} through ${plain(a.end || "?")}, for: ${plain(a.purpose ?? "")}.`,
    a.legalBasis ? ` Legal basis: ${plain(a.legalBasis)}.` : "",
    promise.length ? ` In return: ${promise.join("; ")}.` : ""
  ].join("");
}
function renderAgreementChanges(changes) {
  return changes.map((c) => {
    if (c.status === "added" && c.head)
      return `- ➕ ${describeAgreementTerms(c.head)}`;
    if (c.status === "modified" && c.head && c.base)
      return `- ✏️ Now: ${describeAgreementTerms(c.head)} Before: ${describeAgreementTerms(c.base)}`;
    const a = c.base;
    return `- ➖ ${code2(a.team ?? "?")} no longer reads ${code2(a.provider ?? "?")} under ${code2(a.name)}: the next apply revokes it.`;
  });
}

// packages/core/dist/renewal/render-renewal-issue.js
function renderRenewalIssue(s, context) {
  const a = s.agreement;
  const ended = s.daysLeft < 0;
  const reads = `${a.team} ${ended ? "read" : "reads"} ${a.provider}`;
  const title = fitIssueTitle(ended ? `Ended on ${a.end}, renew or remove: agreement ${a.name} (${reads})` : `Renew or let end by ${a.end}: agreement ${a.name} (${reads})`);
  const product = s.providerName ? `${s.providerName} (${a.provider})` : a.provider;
  const page = context.siteUrl ? ` · [product page](${renderProductUrl(context.siteUrl, a.provider)})` : "";
  const provider = s.provider ? mention(s.provider) : "the shared product’s owner team";
  const owner = s.productOwner ? `, product owner ${renderMention(s.productOwner)}` : "";
  const body = [
    renderRenewalMarkers(fingerprintRenewal(s.id), digestRenewal(s)),
    `## Agreement ${escapeMarkdown(a.name)}: ${escapeMarkdown(a.team)} reads ${escapeMarkdown(product)}`,
    "",
    describeWhen(s),
    "",
    `Provider: ${provider}${owner} · Consumer: ${mention(s.consumer)} · domain ${escapeMarkdown(s.domain)} · file \`${escapeCode2(a.file)}\`${page}`,
    "",
    "### The agreement",
    "",
    describeAgreementTerms(a),
    "",
    "### What to do",
    "",
    `- **Renew it**: a pull request that moves \`end\` in \`${escapeCode2(a.file)}\` to the new last day. It needs the approval of ${describeApprovers(s)}. Once it merges, the next run closes this issue${ended ? " and the next apply grants the access again" : ""}.`,
    ended ? `- **Remove it**: a pull request that deletes the file (${provider} or ${mention(s.consumer)} approves a removal); an ended agreement left in the catalog is reported by the governance rules.` : `- **Let it end**: nothing to do before ${escapeMarkdown(a.end)}; then remove the file in a pull request (${provider} or ${mention(s.consumer)} approves a removal).`,
    "",
    `<sub>Written by Meshplane on ${escapeMarkdown(context.today)}, ${context.days} days ahead of an agreement's end. This issue is edited in place on every run, with a comment when the end or the state changes; it is closed once the agreement is renewed beyond that window or removed.</sub>`,
    ""
  ].join("\n");
  return {
    fingerprint: fingerprintRenewal(s.id),
    title,
    body: fitIssueBody(body),
    labels: [RENEWAL_ISSUE_LABEL, ...s.domain ? [`domain:${s.domain}`.slice(0, 50)] : []]
  };
}
function renderRenewalComment(s, event, today) {
  const a = s.agreement;
  const end = escapeMarkdown(a.end);
  if (event === "reopened")
    return s.daysLeft < 0 ? `Ended on ${end} and still in the catalog on ${escapeMarkdown(today)}: renew it or remove it. Reopening this issue.` : `Due again on ${escapeMarkdown(today)}: the agreement ends on ${end}, ${inDays(s.daysLeft)}. Reopening this issue.`;
  if (s.daysLeft < 0)
    return `Ended on ${end}: the next apply revokes the access of \`${escapeCode2(a.team)}\` to \`${escapeCode2(a.provider)}\` (the platform granted it through its end day). Renew it by a pull request that moves \`end\`, or remove the file.`;
  return `On ${escapeMarkdown(today)}: the agreement now ends on ${end}, ${inDays(s.daysLeft)}.`;
}
function renderRenewalClosing(later2, context) {
  const today = escapeMarkdown(context.today);
  if (later2?.end)
    return `Renewed until ${escapeMarkdown(later2.end)}: the agreement no longer ends within ${context.days} days (on ${today}). Closing this issue.`;
  if (later2)
    return `The agreement's \`end\` is no longer a date (on ${today}; mesh check reports it). Closing this issue.`;
  return `Removed: the agreement's file is gone (on ${today}), so the next apply revokes whatever it still granted. Closing this issue.`;
}
function describeWhen(s) {
  const end = escapeMarkdown(s.agreement.end);
  const after = escapeMarkdown(addDays(s.agreement.end, 1));
  if (s.daysLeft > 0)
    return `**Ends ${inDays(s.daysLeft)}**, on ${end}. The platform grants it through that day; from ${after} the next apply revokes the access.`;
  if (s.daysLeft === 0)
    return `**Ends today**, ${end}: the last day the platform grants it. From ${after} the next apply revokes the access.`;
  const ago = -s.daysLeft;
  return `**Ended on ${end}**, ${ago} day${ago === 1 ? "" : "s"} ago. The platform granted it through that day; the next apply (on the next merge, or the provision workflow's daily run) revokes the access, if one has not already.`;
}
function describeApprovers(s) {
  if (s.approvers.length === 0)
    return "the shared product’s owner team";
  return s.approvers.map((x) => `${mention(x)} (${escapeMarkdown(x.why)})`).join(" and ");
}
function mention(t) {
  return renderOwnerMention(t.team, t.handle);
}
function inDays(n) {
  return n === 0 ? "today" : `in ${n} day${n === 1 ? "" : "s"}`;
}

// packages/core/dist/renewal/plan-renewal-issue-actions.js
function planRenewalIssueActions(report, found, options) {
  const context = { today: report.today, days: report.days, ...options.siteUrl ? { siteUrl: options.siteUrl } : {} };
  const later2 = new Map(report.later.map((l) => [fingerprintRenewal(l.id), l]));
  return planBotIssueActions(report.due, found, {
    readMarkers: readRenewalMarkers,
    render: (subject) => renderRenewalIssue(subject, context),
    replacedLabels: ["domain:"],
    renderComment: (subject, event) => renderRenewalComment(subject, event, report.today),
    renderClosing: (fingerprint) => renderRenewalClosing(later2.get(fingerprint), context)
  });
}

// packages/core/dist/renewal/render-renewal-report.js
function renderRenewalText(report) {
  const lines = [`Agreements ending by ${report.renewBy} (${report.days} days from ${report.today}), or ended:`];
  if (report.due.length === 0)
    lines.push("  none: no agreement ends within the window.");
  for (const s of report.due) {
    const a = s.agreement;
    const provider = s.provider ? `${s.provider.handle ?? s.provider.team}` : "no owner";
    lines.push("", `${s.id}  ${describeEnd(s)}`, `  ${a.team} reads ${a.ports.map((p) => p.name).join(", ")} of ${a.provider} (owner ${provider}); consumer ${s.consumer.handle ?? s.consumer.team}`, `  ${a.file}`, `  renew: move \`end\` in a pull request approved by ${s.approvers.map((x) => `${x.handle ?? x.team} (${x.why})`).join(" and ") || "the owner team"}`);
  }
  const ended = report.due.filter((s) => s.daysLeft < 0).length;
  lines.push("", `${report.due.length - ended} ending, ${ended} ended; ${report.later.length} end later.`);
  return `${lines.join("\n")}
`;
}
function describeEnd(s) {
  const end = s.agreement.end;
  if (s.daysLeft > 0)
    return `ends ${end}, in ${s.daysLeft} day${s.daysLeft === 1 ? "" : "s"}`;
  if (s.daysLeft === 0)
    return `ends today, ${end}`;
  return `ended ${end}, ${-s.daysLeft} day${s.daysLeft === -1 ? "" : "s"} ago: revoked by the first apply after it`;
}

// packages/core/dist/review/review-types.js
var MANAGED_LABELS = ["new-product", "breaking-change", "policy-change", "needs-governance-review"];
function isManagedLabel(name) {
  return name.startsWith("domain:") || MANAGED_LABELS.includes(name);
}

// packages/core/dist/agreement/list-agreement-changes.js
function listAgreementChanges(base, head) {
  const before = new Map(base.agreements.map((a) => [a.id, a]));
  const after = new Map(head.agreements.map((a) => [a.id, a]));
  const out = [];
  for (const [id, h] of after) {
    const b = before.get(id);
    if (!b)
      out.push({ status: "added", id, head: h });
    else if (!isSameData(b.data, h.data))
      out.push({ status: "modified", id, head: h, base: b });
  }
  for (const [id, b] of before)
    if (!after.has(id))
      out.push({ status: "removed", id, base: b });
  return out.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// packages/core/dist/review/plan-pull-review.js
var GOVERNANCE_PATHS = [/^policies\//, /^schemas\//, /^\.github\/meshplane\.ya?ml$/];
function planPullReview(input) {
  const labels = /* @__PURE__ */ new Set();
  const needs = /* @__PURE__ */ new Map();
  const notes = [];
  const catalogRoot = input.config.catalog?.root ?? "catalog";
  const teamsByName = new Map(input.head.teams.map((t) => [t.name, t]));
  for (const t of input.base?.teams ?? [])
    if (!teamsByName.has(t.name))
      teamsByName.set(t.name, t);
  const need = (team, reason) => {
    if (!team)
      return;
    const entry = teamsByName.get(team);
    const handle = readTeamHandle(entry);
    if (!handle) {
      notes.push(`Team \`${team}\` has no GitHub handle (spec.github), so it cannot be asked to review (${reason}).`);
      return;
    }
    addNeed(needs, handle, reason, team);
  };
  const nodeOf = (id) => input.head.products.find((p) => p.id === id) ?? input.base?.products.find((p) => p.id === id);
  const changes = input.report.changes;
  for (const p of changes?.products ?? []) {
    const node = nodeOf(p.id);
    if (node?.domain)
      labels.add(`domain:${node.domain}`);
    if (p.status === "added")
      labels.add("new-product");
    if (p.items.some((i) => i.impact === "breaking"))
      labels.add("breaking-change");
    need(node?.owner, `owns \`${p.id}\``);
  }
  for (const file of input.changedFiles) {
    const domain = file.startsWith(`${catalogRoot}/`) ? file.slice(catalogRoot.length + 1).split("/")[0] : void 0;
    if (domain && domain !== "teams" && file.split("/").length > 2)
      labels.add(`domain:${domain}`);
    if (/^policies\/(?!waivers\/).*\.rego$/.test(file))
      labels.add("policy-change");
    const domainPolicy = /^policies\/domains\/([^/]+)\//.exec(file)?.[1];
    if (domainPolicy)
      need(readDomainOwner(input.head.domains.find((d) => d.name === domainPolicy)), `owns the policies of domain \`${domainPolicy}\``);
  }
  const governanceFiles = input.changedFiles.filter((f) => GOVERNANCE_PATHS.some((r) => r.test(f)));
  if (governanceFiles.length > 0) {
    labels.add("needs-governance-review");
    const team = input.config.review?.governanceTeam;
    if (team)
      addNeed(needs, team, `governance files change (${describeFiles(governanceFiles)})`);
    else
      notes.push("No `review.governanceTeam` in .github/meshplane.yml: nobody could be asked to review the governance files.");
  }
  if (input.base) {
    const governanceTeam = input.config.review?.governanceTeam;
    for (const change of listAgreementChanges(input.base, input.head)) {
      labels.add("data-sharing");
      const name = (change.head ?? change.base)?.name ?? "";
      for (const a of listAgreementApprovers(change, { base: input.base, head: input.head, ...governanceTeam ? { governanceTeam } : {} })) {
        if (a.handle.startsWith("@"))
          addNeed(needs, a.handle, `approves the agreement \`${name}\` (${a.why})`, a.team);
      }
    }
  }
  if (labels.has("breaking-change") && input.config.review?.requireConsumerAck !== false) {
    for (const a of changes?.affected ?? [])
      for (const c of a.consumers)
        need(c.team, `consumes \`${a.productId}.${a.port}\`, which changes incompatibly`);
  }
  if (input.config.labels?.enabled === false)
    labels.clear();
  const author = input.author?.toLowerCase();
  const reviewers = [...needs.values()].filter((n) => n.handle.slice(1).toLowerCase() !== author).sort((a, b) => a.handle.localeCompare(b.handle));
  return { labels: [...labels].sort(), reviewers, governance: governanceFiles.length > 0, notes };
}
function addNeed(needs, handle, reason, team) {
  const key = handle.toLowerCase();
  const n = needs.get(key) ?? { handle, ...team ? { team } : {}, reasons: [] };
  if (!n.reasons.includes(reason))
    n.reasons.push(reason);
  needs.set(key, n);
}
function describeFiles(files) {
  return files.length <= 3 ? files.map((f) => `\`${f}\``).join(", ") : `\`${files[0]}\` and ${files.length - 1} more`;
}
function splitReviewers(reviewers, org) {
  const teams = [];
  const users = [];
  const skipped = [];
  for (const r of reviewers) {
    const [owner = "", slug] = r.handle.slice(1).split("/");
    if (slug === void 0)
      users.push(owner);
    else if (owner.toLowerCase() === org.toLowerCase())
      teams.push(slug);
    else
      skipped.push(r.handle);
  }
  return { teams, users, skipped };
}

// packages/core/dist/review/truncate-markdown.js
var GITHUB_TEXT_LIMIT = 65535;
function truncateMarkdown(text6, note, limit = GITHUB_TEXT_LIMIT) {
  if (text6.length <= limit)
    return text6;
  const tail = `

${note}
`;
  let cut = text6.slice(0, Math.max(0, limit - tail.length - 64));
  const nl = cut.lastIndexOf("\n");
  if (nl > 0)
    cut = cut.slice(0, nl);
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  if (open > 0)
    cut += "\n\n</details>".repeat(open);
  return cut + tail;
}

// packages/core/dist/review/build-check-run-output.js
var LEVEL4 = { error: "failure", warning: "warning", notice: "notice" };
var ANNOTATION_BATCH = 50;
function buildCheckRunOutput(report, context) {
  const c = countFindings(report.findings);
  const pass = decideVerdict(report) === "pass";
  const blocking = report.findings.filter(isBlocking).length;
  const existing = c.error - blocking > 0 ? ` (and ${c.error - blocking} existing, not blocking)` : "";
  const title = `${pass ? "Passed" : "Failed"}: ${plural(blocking, "error")}${existing}, ${plural(c.warning, "warning")}, ${plural(c.notice, "notice")}`;
  const summary = truncateMarkdown(renderMarkdown(report), "… The report is longer than GitHub allows here; every finding is still annotated on its line.");
  const details = [
    `- Head commit: \`${context.headSha}\``,
    ...context.baseSha ? [`- Base commit (catalog compared against): \`${context.baseSha}\``] : [],
    ...context.policySha ? [`- Policies and waivers from: \`${context.policySha}\``] : [],
    `- Policy bundle: ${report.policy ? `\`${report.policy.digest}\` (${plural(report.policy.rules, "rule")}, ${report.policy.source})` : "none"}`,
    `- ${report.tool.name} ${report.tool.version}`
  ];
  return {
    conclusion: pass ? "success" : "failure",
    title,
    summary,
    text: `### Details

${details.join("\n")}
`,
    annotations: report.findings.filter((f) => f.file).map(annotate)
  };
}
function annotate(f) {
  const line = f.line ?? 1;
  return {
    path: f.file,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL4[f.severity],
    message: cleanText(f.message).slice(0, 6e4),
    title: f.ruleId,
    ...f.hint ? { raw_details: cleanText(f.hint).slice(0, 6e4) } : {}
  };
}
function cleanText(s) {
  return s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "�");
}

// packages/core/dist/review/render-pull-comment.js
var PULL_COMMENT_MARKER = "<!-- meshplane:pull-comment -->";
var MAX_LISTED_ERRORS = 20;
function renderPullComment(input) {
  const { report, review } = input;
  const c = countFindings(report.findings);
  const pass = decideVerdict(report) === "pass";
  const out = [
    PULL_COMMENT_MARKER,
    `<!-- meshplane:head ${input.headSha.replace(/[^0-9a-f]/g, "")} -->`,
    `### ${pass ? "✅ Meshplane: ready to merge once approved" : "❌ Meshplane: not ready to merge"}`,
    "",
    `${plural(c.error, "error")} · ${plural(c.warning, "warning")} · ${plural(c.notice, "notice")} — checked \`${input.headSha.slice(0, 12)}\`${report.policy ? `; ${escapeMarkdown(describePolicies(report.policy))}` : ""}.`,
    ...describeReliedRelaxations(report) ? ["", `> ⚠️ **${escapeMarkdown(describeReliedRelaxations(report))}**`] : [],
    ...describeExistingErrors(report) ? ["", `> ${describeExistingErrors(report)}`] : [],
    "",
    "#### What is needed to merge",
    "",
    ...renderNeeds(input)
  ];
  if (input.agreements && input.agreements.length > 0)
    out.push("", "#### Data sharing agreements", "", ...input.agreements);
  if (report.changes && report.changes.products.length > 0)
    out.push("", renderChangesMarkdown(report.changes).trimEnd());
  const consumers = renderConsumers(input);
  if (consumers.length > 0)
    out.push("", "#### Affected consumers", "", ...consumers);
  if (input.scorecards && input.scorecards.length > 0)
    out.push("", "#### Scorecards", "", ...input.scorecards.map((l) => `- ${escapeMarkdown(l)}`));
  if (input.planMarkdown)
    out.push("", "<details><summary>What merging would provision</summary>", "", input.planMarkdown.trimEnd(), "", "</details>");
  const waivers = renderWaivers(report.findings);
  if (waivers.length > 0)
    out.push("", "#### Waivers", "", ...waivers);
  if (report.policyImpact)
    out.push("", renderPolicyImpactMarkdown(report.policyImpact).trimEnd());
  if (review.notes.length > 0)
    out.push("", ...review.notes.map((n) => `> ${escapeMarkdown(n)}`));
  return truncateMarkdown(out.join("\n") + "\n", `… cut to fit GitHub's limit${input.detailsUrl ? `: the full report is in the [check run](${input.detailsUrl})` : ""}.`);
}
function renderNeeds(input) {
  const errors = input.report.findings.filter(isBlocking);
  const lines = [];
  if (errors.length > 0) {
    lines.push(`- [ ] Fix ${plural(errors.length, "error")}${input.detailsUrl ? ` (each is annotated on its line in the [check run](${input.detailsUrl}))` : ""}:`);
    for (const f of errors.slice(0, MAX_LISTED_ERRORS))
      lines.push(`  - ${where2(f)} — ${escapeMarkdown(f.message)} <sub>${escapeMarkdown(f.ruleId)}</sub>`);
    if (errors.length > MAX_LISTED_ERRORS)
      lines.push(`  - … and ${errors.length - MAX_LISTED_ERRORS} more.`);
  }
  for (const r of input.review.reviewers)
    lines.push(`- [ ] An approval from ${r.handle} — ${r.reasons.map(escapeMarkdown).join("; ")}`);
  if (lines.length === 0)
    lines.push("- Nothing from Meshplane: the change passes every check and needs no particular reviewer.");
  return lines;
}
function renderConsumers(input) {
  const affected = input.report.changes?.affected ?? [];
  const lines = [];
  for (const a of affected) {
    const who = a.consumers.map((c) => {
      const handle = input.mentions?.get(c.team);
      const name = handle ?? `\`${escapeMarkdown(c.team)}\``;
      return c.productId ? `${name} (via \`${escapeMarkdown(c.productId)}\`)` : name;
    });
    if (who.length > 0)
      lines.push(`- \`${escapeMarkdown(`${a.productId}.${a.port}`)}\`: ${who.join(", ")}`);
  }
  return lines;
}
function renderWaivers(findings) {
  return findings.filter((f) => f.message.startsWith("Waived until ") || f.ruleId === "waiver.expiring" || f.ruleId === "waiver.expired").map((f) => `- ${f.ruleId.startsWith("waiver.") ? "⚠️" : "ℹ️"} ${where2(f)} — ${escapeMarkdown(f.message)}`);
}
function where2(f) {
  if (!f.file)
    return "(mesh)";
  return `\`${f.file.replace(/`/g, "'")}${f.line ? `:${f.line}` : ""}\``;
}

// packages/core/dist/review/render-codeowners.js
var CODEOWNERS_FILE = ".github/CODEOWNERS";
function renderCodeowners(index, config) {
  const root = config.catalog?.root ?? "catalog";
  const handle = mapTeamHandles(index);
  const gov = config.review?.governanceTeam;
  const out = ["# Generated by `mesh codeowners` from the catalog; edit the Domain, Team and product files instead.", ""];
  if (gov)
    out.push(`* ${gov}`, "");
  for (const d of [...index.domains].sort((a, b) => a.name.localeCompare(b.name))) {
    const owner = handle.get(readDomainOwner(d) ?? "");
    if (owner)
      out.push(`/${root}/${d.name}/ ${owner}`);
  }
  const domainOwner = new Map(index.domains.map((d) => [d.name, handle.get(readDomainOwner(d) ?? "")]));
  for (const p of [...index.products].sort((a, b) => a.file.localeCompare(b.file))) {
    const owner = handle.get(p.owner ?? "");
    const dir = p.file.slice(0, p.file.lastIndexOf("/") + 1);
    if (owner && dir && owner !== domainOwner.get(p.domain ?? ""))
      out.push(`/${dir} ${owner}`);
    if (owner && dir && gov && holdsAnyPersonalData(p))
      out.push(`/${dir}agreements/ ${owner} ${gov}`);
  }
  for (const d of [...index.domains].sort((a, b) => a.name.localeCompare(b.name))) {
    const owner = handle.get(readDomainOwner(d) ?? "");
    if (owner)
      out.push(`/policies/domains/${d.name}/ ${owner}`);
  }
  if (gov)
    out.push("", `/${root}/teams/ ${gov}`, `/policies/global/ ${gov}`, `/policies/waivers/ ${gov}`, `/schemas/ ${gov}`, `/.github/ ${gov}`);
  return out.join("\n") + "\n";
}
function checkCodeowners(actual, expected) {
  if (actual === expected)
    return [];
  return [
    {
      ruleId: "codeowners.stale",
      severity: actual === void 0 ? "notice" : "warning",
      file: CODEOWNERS_FILE,
      ...actual === void 0 ? {} : { line: firstDifferentLine(actual, expected) },
      message: actual === void 0 ? `There is no ${CODEOWNERS_FILE}: GitHub cannot require the owner teams' reviews.` : `${CODEOWNERS_FILE} does not match the catalog's domains, owners and teams.`,
      hint: "Run `mesh codeowners --write` and commit the file."
    }
  ];
}
function firstDifferentLine(a, b) {
  const x = a.split("\n");
  const y = b.split("\n");
  let i = 0;
  while (i < x.length && x[i] === y[i])
    i += 1;
  return Math.min(i + 1, Math.max(1, x.length));
}
function holdsAnyPersonalData(p) {
  return p.outputs.some((o) => holdsPersonalData(p, o.name));
}

// packages/core/dist/lineage/read-runtime-runs.js
var rec18 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var MAX_NAME = 300;
function readRuntimeRuns(file, text6, now) {
  const byRun = /* @__PURE__ */ new Map();
  const findings = [];
  let repeated = 0;
  for (const { at, event } of readEventLines(file, text6)) {
    if (!event) {
      findings.push(reportNotJson("lineage.malformed-event", "warning", at));
      continue;
    }
    const job = rec18(event.job);
    const runId = String(rec18(event.run).runId ?? "").slice(0, MAX_NAME);
    const time = typeof event.eventTime === "string" ? Date.parse(event.eventTime) : NaN;
    if (!runId || typeof job.name !== "string" || Number.isNaN(time)) {
      findings.push({
        ruleId: "lineage.malformed-event",
        severity: "warning",
        message: "Not an OpenLineage run event: job.name, run.runId and eventTime are needed.",
        ...at
      });
      continue;
    }
    if (time > Date.parse(now) + CLOCK_SKEW_MS) {
      findings.push({
        ruleId: "lineage.future-event",
        severity: "warning",
        message: `The event of run ${runId} is dated ${new Date(time).toISOString()}, after ${now}: a clock is skewed; the event is not used as evidence.`,
        ...at
      });
      continue;
    }
    const names = (v) => Array.isArray(v) ? v.map((d) => normalizeDatasetName(String(rec18(d).name ?? "").slice(0, MAX_NAME))).filter((n) => n !== "") : [];
    const jobName = job.name.slice(0, MAX_NAME);
    const namespace = typeof job.namespace === "string" && job.namespace ? `${job.namespace.slice(0, MAX_NAME)}/` : "";
    const seen2 = byRun.get(runId);
    const complete = event.eventType === "COMPLETE";
    if (seen2?.complete && complete)
      repeated += 1;
    const run = seen2?.run ?? { job: `${namespace}${jobName}`, jobName, runId, time: new Date(time).toISOString(), inputs: [], outputs: [], ...at };
    for (const n of names(event.inputs))
      if (!run.inputs.includes(n))
        run.inputs.push(n);
    for (const n of names(event.outputs))
      if (!run.outputs.includes(n))
        run.outputs.push(n);
    if (complete)
      Object.assign(run, { time: new Date(time).toISOString(), line: at.line });
    byRun.set(runId, { run, complete: (seen2?.complete ?? false) || complete });
  }
  if (repeated > 0) {
    findings.push({
      ruleId: "lineage.repeated-run",
      severity: "notice",
      message: `${repeated} COMPLETE events repeat a run id already read; each run is counted once, with the datasets of all its events.`,
      file
    });
  }
  return { runs: [...byRun.values()].filter((r) => r.complete).map((r) => r.run), findings };
}

// packages/core/dist/agreement/draft-agreement.js
function draftAgreement(r) {
  return {
    apiVersion: "meshplane/v1",
    kind: "DataSharingAgreement",
    metadata: { name: r.name },
    spec: {
      provider: { product: r.provider, ports: r.ports },
      consumer: { team: r.team, ...r.consumerProduct ? { product: r.consumerProduct } : {} },
      purpose: r.purpose,
      ...r.legalBasis ? { legalBasis: r.legalBasis } : {},
      start: r.start,
      end: r.end,
      ...r.breakingChangeNotice ? { obligations: { breakingChangeNotice: r.breakingChangeNotice } } : {}
    }
  };
}
function locateAgreementFile(catalogRoot, provider, name) {
  return `${catalogRoot}/${provider.replace(".", "/")}/agreements/${name}.yaml`;
}

// packages/core/dist/scorecard/render-scorecards.js
function renderScorecardText(card) {
  const lines = [`${card.productId}  score ${card.score} (${card.level ?? "no level"})  owner ${card.owner}, domain ${card.domain}`];
  lines.push(`  ${ATTRIBUTES.map((a) => `${a} ${card.attributes[a].passed}/${card.attributes[a].total}`).join(" · ")}`);
  for (const c of card.checks.filter((x) => !x.passed && !x.unknown))
    lines.push(`  ✗ ${c.attribute}/${c.id}: ${stripControl(c.evidence)}`);
  for (const c of card.checks.filter((x) => x.unknown))
    lines.push(`  ? ${c.attribute}/${c.id}: ${stripControl(c.evidence)} (not counted)`);
  return `${lines.join("\n")}
`;
}
function rankDomainsByScore(cards) {
  const byDomain = /* @__PURE__ */ new Map();
  for (const c of cards)
    byDomain.set(c.domain, [...byDomain.get(c.domain) ?? [], c]);
  return [...byDomain].map(([domain, products]) => {
    const levels = /* @__PURE__ */ new Map();
    for (const c of products)
      levels.set(c.level ?? "no level", (levels.get(c.level ?? "no level") ?? 0) + 1);
    return { domain, products, average: products.reduce((n, c) => n + c.score, 0) / products.length, levels: [...levels] };
  }).sort((a, b) => b.average - a.average || (a.domain < b.domain ? -1 : 1));
}
function rankProductsByScore(cards) {
  return [...cards].sort((a, b) => b.score - a.score || (a.productId < b.productId ? -1 : 1));
}
function renderLeaderboardText(cards) {
  const lines = ["Scorecards by domain (average score):"];
  for (const d of rankDomainsByScore(cards)) {
    lines.push(`  ${d.domain.padEnd(20)} ${d.average.toFixed(1).padStart(5)}  ${d.levels.map(([l, n]) => `${n} ${l}`).join(", ")}`);
  }
  lines.push("", "Products:");
  for (const c of rankProductsByScore(cards))
    lines.push(`  ${String(c.score).padStart(5)}  ${(c.level ?? "—").padEnd(8)} ${c.productId}`);
  return `${lines.join("\n")}
`;
}

// packages/core/dist/interop/build-backstage-entities.js
var rec19 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list9 = (v) => Array.isArray(v) ? v.map(rec19) : [];
var text2 = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
var API_KINDS = /* @__PURE__ */ new Map([
  ["api", "openapi"],
  ["stream", "asyncapi"],
  ["event", "asyncapi"]
]);
function buildBackstageEntities(index) {
  const out = [];
  const products = index.products.filter((p) => p.valid && p.domain && p.owner);
  const portName = (product, port) => nameEntity(`${product}.${port}`);
  const portRefs = /* @__PURE__ */ new Map();
  for (const p of products)
    for (const o of list9(rec19(p.data.spec).outputPorts))
      if (text2(o.name))
        portRefs.set(`${p.id}/${o.name}`, `${API_KINDS.has(String(o.kind)) ? "api" : "resource"}:default/${portName(p.id, String(o.name))}`);
  for (const t of index.teams.filter((x) => x.valid)) {
    const spec = rec19(t.data.spec);
    out.push(entity("Group", t.name, rec19(t.data.metadata).title, text2(spec.description), { "meshplane.dev/team": t.name }, { type: "team", children: [], ...text2(spec.contact) ? { profile: { displayName: text2(rec19(t.data.metadata).title) ?? t.name } } : {} }));
  }
  for (const d of index.domains.filter((x) => x.valid)) {
    const spec = rec19(d.data.spec);
    out.push(entity("Domain", d.name, rec19(d.data.metadata).title, text2(spec.description), { "meshplane.dev/domain": d.name }, { owner: `group:default/${nameEntity(String(spec.owner ?? "unknown"))}` }));
  }
  for (const p of products) {
    const spec = rec19(p.data.spec);
    const owner = `group:default/${nameEntity(p.owner)}`;
    const system = nameEntity(p.id);
    const tags = (Array.isArray(rec19(p.data.metadata).tags) ? rec19(p.data.metadata).tags : []).flatMap((t) => typeof t === "string" ? [tagOf(t)] : []).filter((t) => t !== "");
    const product = entity("System", system, p.name, text2(spec.description), { "meshplane.dev/product": p.id }, { owner, domain: nameEntity(p.domain) });
    if (tags.length)
      product.metadata.tags = [...new Set(tags)];
    out.push(product);
    const reads = p.inputs.flatMap((i) => i.product && i.port ? portRefs.get(`${i.product}/${i.port}`) ?? [] : []);
    for (const o of list9(spec.outputPorts)) {
      const name = text2(o.name);
      if (!name)
        continue;
      const api = API_KINDS.get(String(o.kind));
      const base = { owner, system, lifecycle: lifecycleOf(p) };
      const annotations = { "meshplane.dev/product": p.id, "meshplane.dev/port": name };
      out.push(api ? entity("API", portName(p.id, name), `${p.name ?? p.id} · ${name}`, text2(o.description), annotations, {
        ...base,
        type: api,
        definition: JSON.stringify({ port: name, kind: o.kind, schema: o.schema ?? [] }, null, 2)
      }) : entity("Resource", portName(p.id, name), `${p.name ?? p.id} · ${name}`, text2(o.description), annotations, {
        owner,
        system,
        type: `data-${tagOf(String(o.kind ?? "port"))}`,
        ...reads.length ? { dependsOn: [...new Set(reads)].sort() } : {}
      }));
    }
  }
  return out;
}
function entity(kind, name, title, description, annotations, spec) {
  return {
    apiVersion: "backstage.io/v1alpha1",
    kind,
    metadata: { name: nameEntity(name), ...text2(title) ? { title: text2(title) } : {}, ...description ? { description } : {}, annotations },
    spec
  };
}
function lifecycleOf(p) {
  if (p.lifecycle === "active")
    return "production";
  if (p.lifecycle === "deprecated" || p.lifecycle === "dormant" || p.lifecycle === "retired")
    return "deprecated";
  return "experimental";
}
function tagOf(s) {
  return s.toLowerCase().replace(/[^a-z0-9+#]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63);
}
function nameEntity(s) {
  const clean = s.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/([-_.])[-_.]+/g, "$1").replace(/^[-_.]+|[-_.]+$/g, "") || "unnamed";
  if (clean.length <= 63)
    return clean;
  return `${clean.slice(0, 54).replace(/[-_.]+$/, "")}-${hashText(s).padStart(7, "0").slice(0, 7)}`;
}

// packages/core/dist/interop/build-openlineage-events.js
var rec20 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list10 = (v) => Array.isArray(v) ? v.map(rec20) : [];
var text3 = (v) => typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
var OPENLINEAGE_SCHEMA_URL = "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/JobEvent";
var FACETS = {
  schema: "https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet",
  datasetDocumentation: "https://openlineage.io/spec/facets/1-1-0/DocumentationDatasetFacet.json#/$defs/DocumentationDatasetFacet",
  datasetOwnership: "https://openlineage.io/spec/facets/1-0-1/OwnershipDatasetFacet.json#/$defs/OwnershipDatasetFacet",
  jobDocumentation: "https://openlineage.io/spec/facets/1-1-0/DocumentationJobFacet.json#/$defs/DocumentationJobFacet",
  jobOwnership: "https://openlineage.io/spec/facets/1-0-1/OwnershipJobFacet.json#/$defs/OwnershipJobFacet",
  jobType: "https://openlineage.io/spec/facets/2-0-4/JobTypeJobFacet.json#/$defs/JobTypeJobFacet"
};
function buildOpenLineageEvents(index, options) {
  const domains = new Map(index.products.map((p) => [p.id, p.domain]));
  const base = { _producer: options.producer };
  const dataset = (productId, port) => {
    const domain = domains.get(productId);
    return domain ? nameDataset(domain, productId, port) : `${productId}/${port}`;
  };
  return index.products.filter((p) => p.valid).map((p) => {
    const spec = rec20(p.data.spec);
    const meta = rec20(p.data.metadata);
    const team = p.owner ? [{ name: `team:${p.owner}`, type: "team" }] : [];
    const productOwner = text3(meta.productOwner);
    const description = text3(spec.description) ?? text3(meta.name) ?? p.id;
    const inputs = list10(spec.inputPorts).flatMap((port) => {
      const source = rec20(port.source);
      if (text3(source.product) && text3(source.port))
        return [{ namespace: options.namespace, name: dataset(String(source.product), String(source.port)) }];
      if (text3(source.system))
        return [{ namespace: options.namespace, name: String(source.system) }];
      return [];
    });
    const outputs = list10(spec.outputPorts).flatMap((port) => {
      const name = text3(port.name);
      if (!name)
        return [];
      const facets = {
        schema: { ...base, _schemaURL: FACETS.schema, fields: list10(port.schema).map(describeField) },
        ...team.length > 0 ? { ownership: { ...base, _schemaURL: FACETS.datasetOwnership, owners: team } } : {}
      };
      const about = text3(port.description);
      if (about)
        facets.documentation = { ...base, _schemaURL: FACETS.datasetDocumentation, description: about };
      return [{ namespace: options.namespace, name: dataset(p.id, name), facets }];
    });
    return {
      eventTime: options.eventTime,
      producer: options.producer,
      schemaURL: OPENLINEAGE_SCHEMA_URL,
      job: {
        namespace: options.namespace,
        name: p.id,
        facets: {
          documentation: { ...base, _schemaURL: FACETS.jobDocumentation, description },
          ownership: {
            ...base,
            _schemaURL: FACETS.jobOwnership,
            owners: [...team, ...productOwner ? [{ name: `user:${productOwner}`, type: "product-owner" }] : []]
          },
          jobType: {
            ...base,
            _schemaURL: FACETS.jobType,
            processingType: readsStreams(p) ? "STREAMING" : "BATCH",
            integration: "MESHPLANE",
            jobType: "DATA_PRODUCT"
          }
        }
      },
      inputs,
      outputs
    };
  });
}
function describeField(column, i) {
  const description = text3(column.description);
  return { name: String(column.name ?? ""), type: String(column.type ?? ""), ...description ? { description } : {}, ordinal_position: i + 1 };
}
function readsStreams(p) {
  return list10(rec20(p.data.spec).inputPorts).some((port) => port.mode === "subscribe");
}

// packages/core/dist/interop/odcs-types.js
var ODCS_API_VERSION = "v3.1.0";
var MESHPLANE_PREFIX = "meshplane.";
var LOGICAL_TYPES = {
  string: "string",
  boolean: "boolean",
  integer: "integer",
  bigint: "integer",
  double: "number",
  decimal: "number",
  date: "date",
  timestamp: "timestamp",
  uuid: "string",
  json: "object",
  bytes: "string"
};
var MANIFEST_TYPES = {
  string: "string",
  boolean: "boolean",
  integer: "bigint",
  number: "double",
  date: "date",
  timestamp: "timestamp",
  time: "string",
  object: "json",
  array: "json"
};

// packages/core/dist/interop/build-odcs-checks.js
function buildOdcsQuality(checks) {
  return checks.map((c, i) => ({
    ...nativeRule(c),
    customProperties: [
      { property: `${MESHPLANE_PREFIX}check`, value: c },
      { property: `${MESHPLANE_PREFIX}order`, value: i }
    ]
  }));
}
function isPropertyRule(check) {
  return check.type === "not_null" || check.type === "accepted_values";
}
function nativeRule(c) {
  const name = c.name !== void 0 ? { name: c.name } : {};
  switch (c.type) {
    case "unique":
      return { ...name, type: "library", metric: "duplicateValues", arguments: { properties: c.columns }, mustBe: 0 };
    case "not_null":
      return { ...name, type: "library", metric: "nullValues", mustBe: 0 };
    case "accepted_values":
      return { ...name, type: "library", metric: "invalidValues", arguments: { validValues: c.values }, mustBe: 0 };
    case "range": {
      const bounds = [c.min !== void 0 ? `${String(c.column)} < ${Number(c.min)}` : "", c.max !== void 0 ? `${String(c.column)} > ${Number(c.max)}` : ""];
      const where3 = bounds.filter((b) => b !== "").join(" OR ");
      return { ...name, type: "sql", query: `SELECT COUNT(*) FROM {table} WHERE ${where3}`, mustBe: 0 };
    }
    default:
      return { ...name, type: "sql", query: c.query, mustBe: c.mustBe };
  }
}
function buildOdcsSla(port) {
  const out = [];
  const processing = port.temporal?.processingTime;
  if (typeof port.retention === "string")
    out.push({ property: "retention", value: port.retention });
  for (const slo2 of Array.isArray(port.slos) ? port.slos : []) {
    if (slo2.type === "freshness")
      out.push({ property: "latency", value: slo2.threshold, ...processing ? { element: `${String(port.name)}.${String(processing)}` } : {} });
    if (slo2.type === "intervalOfChange")
      out.push({ property: "frequency", value: slo2.threshold });
  }
  return out;
}

// packages/core/dist/interop/interop-parts.js
var rec21 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var LIFECYCLES = /* @__PURE__ */ new Set(["proposed", "experimental", "active", "deprecated", "dormant", "retired"]);
function readLifecycle(status) {
  const s = String(status);
  return LIFECYCLES.has(s) ? s : s === "draft" ? "proposed" : void 0;
}
function slugOf(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 63);
}
function buildTeamBlock(owner, productOwner, team) {
  const all = rec21(rec21(team).spec).members;
  const members = (Array.isArray(all) ? all : []).filter((m) => typeof m === "string" && m !== productOwner);
  return {
    name: owner,
    members: [
      ...typeof productOwner === "string" && productOwner !== "" ? [{ username: productOwner, role: "Data Product Owner" }] : [],
      ...members.map((m) => ({ username: m, role: "member" }))
    ]
  };
}
function nameContractId(productId, port) {
  return `${productId}.${port}`;
}
function nameContractFile(productId, port) {
  return `${nameContractId(productId, port)}.odcs.yaml`;
}
function nameProductFile(productId) {
  return `${productId}.odps.yaml`;
}

// packages/core/dist/interop/build-odcs-contract.js
var rec22 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list11 = (v) => Array.isArray(v) ? v.map(rec22) : [];
var PRODUCT_EXTRAS = ["archetype", "productOwner", "subdomain", "successor", "sunset"];
var SPEC_EXTRAS = ["inputPorts", "access", "policies", "transformation", "docs", "support"];
function buildOdcsContract(manifest, portName, options = {}) {
  const meta = rec22(rec22(manifest).metadata);
  const spec = rec22(rec22(manifest).spec);
  const port = list11(spec.outputPorts).find((p) => p.name === portName);
  if (!port)
    throw new Error(`The product has no output port ${portName}.`);
  const id = String(meta.id);
  const engine = options.platform?.driver ?? "duckdb";
  const { name: _n, description, schema, primaryKey, quality, ...portExtras } = port;
  const custom = [{ property: `${MESHPLANE_PREFIX}productId`, value: id }];
  for (const k of PRODUCT_EXTRAS)
    if (meta[k] !== void 0)
      custom.push({ property: `${MESHPLANE_PREFIX}${k}`, value: meta[k] });
  for (const k of SPEC_EXTRAS)
    if (spec[k] !== void 0)
      custom.push({ property: `${MESHPLANE_PREFIX}${k}`, value: spec[k] });
  custom.push({ property: `${MESHPLANE_PREFIX}port`, value: portExtras });
  const keys = Array.isArray(primaryKey) ? primaryKey.map(String) : [];
  const checks = list11(quality);
  const rules = buildOdcsQuality(checks);
  const objectRules = rules.filter((_, i) => !isPropertyRule(checks[i]));
  const columnRules = (column) => rules.filter((_, i) => isPropertyRule(checks[i]) && checks[i].column === column);
  const contract = {
    apiVersion: ODCS_API_VERSION,
    kind: "DataContract",
    id: nameContractId(id, portName),
    name: meta.name,
    version: meta.version,
    status: meta.lifecycle,
    domain: meta.domain,
    ...Array.isArray(meta.tags) && meta.tags.length ? { tags: meta.tags } : {},
    description: {
      usage: spec.description,
      ...spec.purpose !== void 0 ? { purpose: spec.purpose } : {},
      ...spec.limitations !== void 0 ? { limitations: spec.limitations } : {}
    },
    schema: [
      {
        name: portName,
        logicalType: "object",
        physicalType: port.kind === "table" ? "table" : String(port.kind),
        physicalName: nameTable(id, portName),
        ...description !== void 0 ? { description } : {},
        properties: list11(schema).map((c) => ({ ...buildProperty(c, keys, engine), ...withQuality(columnRules(c.name)) })),
        ...withQuality(objectRules)
      }
    ],
    servers: [buildServer(options.platform, String(meta.domain))],
    team: buildTeamBlock(String(meta.owner), meta.productOwner, options.team),
    ...withRoles([...buildAgreementRoles(options.agreements ?? [], portName, meta.productOwner), ...buildRoles(spec.access, portName, meta.productOwner)]),
    ...withSupport(spec.support),
    ...withSla(buildOdcsSla(port)),
    customProperties: custom
  };
  return contract;
}
function buildProperty(c, keys, engine) {
  const type = String(c.type);
  const logical = LOGICAL_TYPES[type] ?? "string";
  const custom = [];
  if (MANIFEST_TYPES[logical] !== type)
    custom.push({ property: `${MESHPLANE_PREFIX}type`, value: type });
  for (const k of ["precision", "scale", "identifier"])
    if (c[k] !== void 0)
      custom.push({ property: `${MESHPLANE_PREFIX}${k}`, value: c[k] });
  const position = keys.indexOf(String(c.name));
  return {
    name: c.name,
    logicalType: logical,
    physicalType: physicalTypeOf(engine, type, c),
    ...c.required !== void 0 ? { required: c.required } : {},
    ...c.description !== void 0 ? { description: c.description } : {},
    ...c.classification !== void 0 ? { classification: c.classification } : {},
    ...position >= 0 ? { primaryKey: true, primaryKeyPosition: position + 1 } : {},
    ...type === "uuid" ? { logicalTypeOptions: { format: "uuid" } } : {},
    ...custom.length ? { customProperties: custom } : {}
  };
}
function physicalTypeOf(engine, type, c) {
  if (type === "decimal")
    return `DECIMAL(${Number(c.precision ?? 38)},${Number(c.scale ?? 9)})`;
  return mapColumnType(engine, type).ddl;
}
function buildServer(platform, domain) {
  if (platform?.driver === "postgres")
    return {
      server: "platform",
      type: "custom",
      description: `PostgreSQL; the connection string is in the environment variable ${platform.connectionEnv ?? "MESHPLANE_DATABASE_URL"}.`,
      customProperties: [{ property: "schema", value: nameSchema(domain) }]
    };
  if (platform?.driver === "trino")
    return {
      server: "platform",
      type: "custom",
      description: `Trino; the server URL and catalog are in the environment variables ${platform.trino?.serverEnv ?? "MESHPLANE_TRINO_URL"} and ${platform.trino?.catalogEnv ?? "MESHPLANE_TRINO_CATALOG"}.`,
      customProperties: [{ property: "schema", value: nameSchema(domain) }]
    };
  return { server: "platform", type: "duckdb", database: platform?.duckdbPath ?? ".meshplane/mesh.duckdb", schema: nameSchema(domain) };
}
function buildAgreementRoles(agreements, port, productOwner) {
  return agreements.flatMap((a) => {
    const shared = a.ports.find((p) => p.name === port);
    if (!shared || a.status === "ended")
      return [];
    const custom = [
      { property: `${MESHPLANE_PREFIX}agreement`, value: a.name },
      { property: `${MESHPLANE_PREFIX}until`, value: a.end },
      ...a.legalBasis ? [{ property: `${MESHPLANE_PREFIX}legalBasis`, value: a.legalBasis }] : [],
      ...shared.columns ? [{ property: `${MESHPLANE_PREFIX}columns`, value: shared.columns }] : [],
      ...shared.maxClassification ? [{ property: `${MESHPLANE_PREFIX}maxClassification`, value: shared.maxClassification }] : []
    ];
    return [{ role: a.team, description: a.purpose, access: "read", firstLevelApprovers: String(productOwner), customProperties: custom }];
  });
}
function buildRoles(access, port, productOwner) {
  return list11(rec22(access).consumers).filter((c) => !Array.isArray(c.ports) || c.ports.includes(port)).map((c) => ({ role: String(c.team), access: "read", firstLevelApprovers: String(productOwner) }));
}
function withRoles(roles) {
  return roles.length ? { roles } : {};
}
function withSupport(support) {
  const s = rec22(support);
  const items = [];
  if (typeof s.channel === "string")
    items.push({ channel: s.channel, ...s.channel.startsWith("https://") ? { url: s.channel } : {} });
  if (s.issues === "github")
    items.push({ channel: "slo-breach-issues", tool: "github", scope: "issues" });
  return items.length ? { support: items } : {};
}
function withQuality(quality) {
  return quality.length ? { quality } : {};
}
function withSla(sla) {
  return sla.length ? { slaProperties: sla } : {};
}

// packages/core/dist/interop/build-odps-product.js
var rec23 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list12 = (v) => Array.isArray(v) ? v.map(rec23) : [];
var text4 = (v) => typeof v === "string" && v.trim() !== "" ? v : void 0;
var ODPS_API_VERSION = "v1.0.0";
function buildOdpsProduct(manifest, options = {}) {
  const meta = rec23(rec23(manifest).metadata);
  const spec = rec23(rec23(manifest).spec);
  const id = String(meta.id);
  const version = String(meta.version ?? "");
  const custom = [];
  for (const k of ["archetype", "owner", "productOwner", "classification", "subdomain", "successor", "sunset"])
    if (meta[k] !== void 0)
      custom.push({ property: `${MESHPLANE_PREFIX}${k}`, value: meta[k] });
  const systems = list12(spec.inputPorts).filter((p) => text4(rec23(p.source).system));
  if (systems.length > 0)
    custom.push({ property: `${MESHPLANE_PREFIX}sourceSystems`, value: systems });
  if (spec.support !== void 0)
    custom.push({ property: `${MESHPLANE_PREFIX}support`, value: spec.support });
  const inputPorts = list12(spec.inputPorts).flatMap((p) => {
    const source = rec23(p.source);
    const product = text4(source.product);
    const port = text4(source.port);
    if (!product || !port)
      return [];
    const extras = ["mode", "schedule", "query", "description"].filter((k) => p[k] !== void 0).map((k) => ({ property: `${MESHPLANE_PREFIX}${k}`, value: p[k] }));
    return [
      {
        name: String(p.name),
        version: options.versionOf?.(product) ?? "unknown",
        contractId: nameContractId(product, port),
        ...extras.length ? { customProperties: extras } : {}
      }
    ];
  });
  const outputPorts = list12(spec.outputPorts).map((p) => ({
    name: String(p.name),
    ...text4(p.description) ? { description: p.description } : {},
    type: String(p.kind ?? "table"),
    version,
    contractId: nameContractId(id, String(p.name))
  }));
  const description = {
    ...text4(spec.purpose) ? { purpose: spec.purpose } : {},
    ...text4(spec.limitations) ? { limitations: spec.limitations } : {},
    ...text4(spec.description) ? { customProperties: [{ property: `${MESHPLANE_PREFIX}description`, value: spec.description }] } : {}
  };
  const support = buildSupport(spec.support);
  return {
    apiVersion: ODPS_API_VERSION,
    kind: "DataProduct",
    id,
    ...text4(meta.name) ? { name: meta.name } : {},
    ...version ? { version } : {},
    status: String(meta.lifecycle ?? "draft"),
    ...text4(meta.domain) ? { domain: meta.domain } : {},
    ...Object.keys(description).length ? { description } : {},
    ...Array.isArray(meta.tags) && meta.tags.length ? { tags: meta.tags.map(String) } : {},
    ...inputPorts.length ? { inputPorts } : {},
    outputPorts,
    ...support.length ? { support } : {},
    team: buildTeamBlock(String(meta.owner ?? ""), meta.productOwner, options.team),
    ...custom.length ? { customProperties: custom } : {}
  };
}
function buildSupport(support) {
  const s = rec23(support);
  const channel = text4(s.channel);
  return channel?.startsWith("https://") ? [{ channel, url: channel }] : [];
}

// packages/core/dist/interop/read-odcs-port.js
var rec24 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list13 = (v) => Array.isArray(v) ? v.map(rec24) : [];
var OBJECT_KEYS = /* @__PURE__ */ new Set(["name", "logicalType", "physicalType", "physicalName", "description", "properties", "quality"]);
var PROPERTY_KEYS = /* @__PURE__ */ new Set([
  "name",
  "quality",
  "logicalType",
  "physicalType",
  "required",
  "description",
  "classification",
  "primaryKey",
  "primaryKeyPosition",
  "logicalTypeOptions",
  "customProperties"
]);
var COLUMN_CLASSES = /* @__PURE__ */ new Set(["pii", "sensitive-pii", "confidential", "internal", "public"]);
function readMeshplaneProperty(props, name) {
  return list13(props).find((p) => p.property === `${MESHPLANE_PREFIX}${name}`)?.value;
}
function readOdcsPort(doc, index, flags, findings) {
  const contract = rec24(doc.value);
  const obj = rec24(list13(contract.schema)[index]);
  const at = `/schema/${index}`;
  for (const k of Object.keys(obj))
    if (!OBJECT_KEYS.has(k))
      warnDropped(doc, `${at}/${k}`, findings);
  const props = list13(obj.properties);
  const columns = props.map((p, i) => readColumn(doc, p, `${at}/properties/${i}`, findings));
  const keys = props.map((p, i) => ({ name: p.name, pos: typeof p.primaryKeyPosition === "number" ? p.primaryKeyPosition : i, on: p.primaryKey === true })).filter((k) => k.on).sort((a, b) => a.pos - b.pos).map((k) => k.name);
  const extras = rec24(readMeshplaneProperty(contract.customProperties, "port"));
  const port = {
    name: obj.name,
    ...Object.keys(extras).length ? extras : foreignExtras(doc, obj, flags, findings),
    ...obj.description !== void 0 ? { description: obj.description } : {},
    schema: columns,
    ...keys.length ? { primaryKey: keys } : {}
  };
  const rules = [
    ...list13(obj.quality).map((q, i) => ({ q, at: `${at}/quality/${i}`, column: void 0 })),
    ...props.flatMap((p, j) => list13(p.quality).map((q, i) => ({ q, at: `${at}/properties/${j}/quality/${i}`, column: p.name })))
  ];
  const order = (q) => Number(readMeshplaneProperty(q.customProperties, "order") ?? Number.MAX_SAFE_INTEGER);
  const kept = rules.map((r) => ({ check: readCheck(doc, r.q, r.at, r.column, findings), order: order(r.q) })).filter((r) => r.check !== void 0).sort((a, b) => a.order - b.order).map((r) => r.check);
  if (kept.length)
    port.quality = kept;
  return port;
}
function readColumn(doc, p, at, findings) {
  for (const k of Object.keys(p))
    if (!PROPERTY_KEYS.has(k) && !isUuidOption(k, p.logicalTypeOptions))
      warnDropped(doc, `${at}/${k}`, findings);
  const custom = p.customProperties;
  for (const [i, c] of list13(custom).entries())
    if (!String(c.property).startsWith(MESHPLANE_PREFIX))
      warnDropped(doc, `${at}/customProperties/${i}`, findings);
  const type = readMeshplaneProperty(custom, "type") ?? MANIFEST_TYPES[String(p.logicalType)] ?? "string";
  const column = { name: p.name, type };
  for (const k of ["precision", "scale"]) {
    const v = readMeshplaneProperty(custom, k);
    if (v !== void 0)
      column[k] = v;
  }
  if (p.required !== void 0)
    column.required = p.required;
  if (p.description !== void 0)
    column.description = p.description;
  const identifier = readMeshplaneProperty(custom, "identifier");
  if (identifier !== void 0)
    column.identifier = identifier;
  if (p.classification !== void 0) {
    if (COLUMN_CLASSES.has(String(p.classification)))
      column.classification = p.classification;
    else
      warnDropped(doc, `${at}/classification`, findings, "Meshplane classifies columns as pii, sensitive-pii, confidential, internal or public.");
  }
  return column;
}
function isUuidOption(key, options) {
  const o = rec24(options);
  return key === "logicalTypeOptions" && Object.keys(o).length === 1 && o.format === "uuid";
}
function readCheck(doc, q, at, column, findings) {
  const kept = readMeshplaneProperty(q.customProperties, "check");
  if (kept !== void 0)
    return rec24(kept);
  const props = column !== void 0 ? [column] : Array.isArray(rec24(q.arguments).properties) ? rec24(q.arguments).properties : [];
  const name = q.name !== void 0 ? { name: q.name } : {};
  if (q.metric === "duplicateValues" && q.mustBe === 0 && props.length)
    return { type: "unique", columns: props };
  if (q.metric === "nullValues" && q.mustBe === 0 && props.length === 1)
    return { type: "not_null", column: props[0] };
  if (q.type === "sql" && typeof q.mustBe === "number")
    return { type: "sql", name: q.name ?? `check-${at.split("/").pop()}`, query: q.query, mustBe: q.mustBe, ...name };
  warnDropped(doc, at, findings, "Meshplane checks unique, not_null, accepted_values, range and SQL rules that must equal a number.");
  return void 0;
}
function foreignExtras(doc, obj, flags, findings) {
  const contract = rec24(doc.value);
  const columns = new Set(list13(obj.properties).map((p) => p.name));
  for (const [flag, value] of [
    ["--actual-time", flags.actualTime],
    ["--processing-time", flags.processingTime]
  ])
    if (!value || !columns.has(value))
      findings.push(findingAt(doc, `/schema/${list13(contract.schema).indexOf(obj)}/properties`, {
        ruleId: "odcs.import.supply",
        message: `ODCS has no field for the port's ${flag.slice(2).replace("-", " ")} column${value ? `; ${value} is not a property of ${String(obj.name)}` : ""}.`,
        hint: `Pass ${flag} COLUMN naming one of the schema object's properties.`
      }));
  const latency = list13(contract.slaProperties).find((s) => s.property === "latency");
  const slos = latency && typeof latency.value === "string" ? [{ name: "fresh", type: "freshness", threshold: latency.value, objective: "99%", window: "28d" }] : [];
  if (!slos.length)
    findings.push(findingAt(doc, "/slaProperties", {
      ruleId: "odcs.import.supply",
      message: "The contract has no latency SLA property (an ISO 8601 duration such as PT6H); Meshplane needs at least one SLO per port.",
      hint: "Add slaProperties: [{ property: latency, value: PT6H }] to the contract, or write the SLOs in the manifest by hand."
    }));
  else
    findings.push(findingAt(doc, `/slaProperties/${list13(contract.slaProperties).indexOf(latency)}`, {
      ruleId: "odcs.import.defaulted",
      severity: "warning",
      message: "The latency became a freshness SLO with objective 99% over 28d (ODCS has no objective or window).",
      hint: "Check the objective and window in the written manifest."
    }));
  const physical = String(obj.physicalType ?? "table");
  return {
    kind: ["table", "files", "stream", "api"].includes(physical) ? physical : physical === "topic" ? "stream" : "table",
    temporal: { actualTime: flags.actualTime, processingTime: flags.processingTime },
    slos
  };
}
function warnDropped(doc, pointer, findings, why = "Meshplane has no field for it.") {
  findings.push(findingAt(doc, pointer, {
    ruleId: "odcs.import.dropped",
    severity: "warning",
    message: `${pointer} is not kept: ${why}`,
    hint: "Keep the contract if you need it, or drop the field."
  }, "key"));
}

// packages/core/dist/interop/warn-unkept.js
function listLeaves(v, at = "") {
  if (Array.isArray(v))
    return v.length === 0 ? [[at, "[]"]] : v.flatMap((x, i) => listLeaves(x, `${at}/${i}`));
  if (v && typeof v === "object") {
    const entries = Object.entries(v);
    return entries.length === 0 ? [[at, "{}"]] : entries.flatMap(([k, x]) => listLeaves(x, `${at}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`));
  }
  return [[at, v]];
}
function warnUnkept(doc, kept, findings, options) {
  const values = new Set(listLeaves(kept).map(([, v]) => String(v)));
  const covered = findings.filter((f) => f.file === doc.file && f.pointer).map((f) => f.pointer);
  const lost = new Set(listLeaves(doc.value).filter(([p]) => !covered.some((c) => p === c || p.startsWith(`${c}/`))).filter(([p]) => !options.consumed(p)).filter(([, v]) => !values.has(String(v))).map(([p]) => p));
  if (lost.size === 0)
    return;
  for (const pointer of collapse(doc.value, "", lost).out)
    findings.push(findingAt(doc, pointer, { ruleId: options.ruleId, severity: "warning", message: `${pointer} is not kept: ${options.why}`, hint: options.hint }, "key"));
}
function collapse(v, at, lost) {
  const children = Array.isArray(v) ? v.map((x, i) => [`${at}/${i}`, x]) : v && typeof v === "object" ? Object.entries(v).map(([k, x]) => [`${at}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`, x]) : [];
  if (children.length === 0)
    return { all: lost.has(at), out: [] };
  const results = children.map(([p, x]) => ({ p, ...collapse(x, p, lost) }));
  const all = results.every((r) => r.all);
  if (all && at !== "")
    return { all: true, out: [] };
  return { all: false, out: results.flatMap((r) => r.all ? [r.p] : r.out) };
}

// packages/core/dist/interop/read-odcs-contracts.js
var rec25 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list14 = (v) => Array.isArray(v) ? v.map(rec25) : [];
var TOP_KEYS = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "id",
  "name",
  "version",
  "status",
  "domain",
  "tags",
  "description",
  "schema",
  "servers",
  "team",
  "roles",
  "support",
  "slaProperties",
  "customProperties"
]);
var PRODUCT_EXTRAS2 = ["archetype", "productOwner", "subdomain", "successor", "sunset"];
var SPEC_EXTRAS2 = ["inputPorts", "access", "policies", "transformation", "docs", "support"];
function readOdcsContracts(docs, flags) {
  const findings = [];
  const products = /* @__PURE__ */ new Map();
  const foreign = [];
  for (const doc of docs) {
    if (!checkContract(doc, findings))
      continue;
    const c = rec25(doc.value);
    const id = productIdOf2(c, flags.domain);
    const product = products.get(id) ?? readProduct(doc, id, flags, findings);
    products.set(id, product);
    const ports = rec25(product.spec).outputPorts;
    for (let i = 0; i < list14(c.schema).length; i++)
      ports.push(readOdcsPort(doc, i, flags, findings));
    if (readMeshplaneProperty(c.customProperties, "port") === void 0)
      foreign.push({ doc, id });
  }
  for (const { doc, id } of foreign)
    warnUnkept(doc, products.get(id), findings, {
      ruleId: "odcs.import.dropped",
      consumed: consumedBy(rec25(doc.value)),
      why: "Meshplane has no field for it, or derives it from the catalog (table names, physical types).",
      hint: "Keep the contract if you need it, or write it into the manifest by hand."
    });
  return { manifests: [...products.values()], findings };
}
function consumedBy(c) {
  return (p) => {
    if (["/apiVersion", "/kind", "/id", "/status"].includes(p))
      return true;
    if (/^\/schema\/\d+\/(logicalType|physicalType)$/.test(p))
      return true;
    if (/^\/schema\/\d+\/properties\/\d+\/(logicalType|primaryKeyPosition)$/.test(p))
      return true;
    const role = /^\/team\/members\/(\d+)\/role$/.exec(p);
    if (role)
      return /owner/i.test(String(list14(rec25(c.team).members)[Number(role[1])]?.role));
    const sla = /^\/slaProperties\/(\d+)\/(property|value)$/.exec(p);
    return sla !== null && list14(c.slaProperties)[Number(sla[1])]?.property === "latency";
  };
}
function checkContract(doc, findings) {
  const c = doc.value;
  const fail = (pointer, message, hint) => {
    findings.push(findingAt(doc, pointer, { ruleId: "odcs.import.not-a-contract", message, hint }));
    return false;
  };
  if (!c || typeof c !== "object" || Array.isArray(c))
    return fail("", "The file is not an ODCS data contract (not a mapping).", "Import ODCS v3 contracts (kind: DataContract).");
  const r = c;
  if (r.kind !== "DataContract")
    return fail("/kind", "The file is not an ODCS data contract: kind is not DataContract.", "Import ODCS v3 contracts (kind: DataContract).");
  if (typeof r.apiVersion !== "string" || !/^v3\.\d+\.\d+$/.test(r.apiVersion))
    return fail("/apiVersion", `ODCS ${String(r.apiVersion)} is not a version Meshplane reads; it reads v3.x.`, "Convert the contract to ODCS v3 (datacontract-cli can upgrade v2 contracts).");
  if (!Array.isArray(r.schema) || r.schema.length === 0)
    return fail("/schema", "The contract has no schema objects, so no output port.", "Add the schema of the data the contract describes.");
  return true;
}
function productIdOf2(c, domain) {
  const kept = readMeshplaneProperty(c.customProperties, "productId");
  const name = typeof kept === "string" ? kept.slice(kept.indexOf(".") + 1) : slugOf(String(c.name ?? c.id ?? "product"));
  return `${domain}.${name}`;
}
function readProduct(doc, id, flags, findings) {
  const c = rec25(doc.value);
  const custom = c.customProperties;
  const ours = readMeshplaneProperty(custom, "port") !== void 0;
  for (const k of Object.keys(c))
    if (!TOP_KEYS.has(k))
      warnDropped(doc, `/${k}`, findings);
  for (const [i, p] of list14(custom).entries())
    if (!String(p.property).startsWith("meshplane."))
      warnDropped(doc, `/customProperties/${i}`, findings);
  if (!ours) {
    for (const k of ["servers", "roles"])
      if (c[k] !== void 0)
        warnDropped(doc, `/${k}`, findings, "servers come from .github/meshplane.yml, grants from access.consumers.");
  }
  const team = rec25(c.team);
  const owner = flags.owner ?? (typeof team.name === "string" ? team.name : void 0);
  const productOwner = readMeshplaneProperty(custom, "productOwner") ?? flags.productOwner ?? list14(team.members).find((m) => /owner/i.test(String(m.role)))?.username;
  const archetype = readMeshplaneProperty(custom, "archetype") ?? flags.archetype;
  const status = String(c.status);
  const lifecycle = readLifecycle(status);
  const supply = (pointer, what, hint) => {
    findings.push(findingAt(doc, pointer, { ruleId: "odcs.import.supply", message: `ODCS does not say the product's ${what}.`, hint }));
  };
  if (!owner)
    supply("/team", "owner team", "Pass --owner TEAM (a team of catalog/teams/).");
  if (!productOwner)
    supply("/team", "product owner", "Pass --product-owner @ORG/PERSON.");
  if (!archetype)
    supply("", "archetype", "Pass --archetype source-aligned, aggregate or consumer-aligned.");
  if (!lifecycle)
    supply("/status", `lifecycle (status ${status} is not one of ${[...LIFECYCLES].join(", ")})`, "Set status to one of them in the contract.");
  const description = rec25(c.description);
  const meta = { id, name: c.name ?? id, domain: flags.domain, archetype, owner, productOwner, version: c.version, lifecycle };
  for (const k of PRODUCT_EXTRAS2.slice(2)) {
    const v = readMeshplaneProperty(custom, k);
    if (v !== void 0)
      meta[k] = v;
  }
  if (Array.isArray(c.tags) && c.tags.length)
    meta.tags = c.tags;
  const spec = { description: description.usage ?? description.purpose ?? `${String(c.name ?? id)} (imported from ODCS).` };
  if (description.purpose !== void 0)
    spec.purpose = description.purpose;
  if (description.limitations !== void 0)
    spec.limitations = description.limitations;
  spec.inputPorts = readMeshplaneProperty(custom, "inputPorts") ?? [];
  spec.outputPorts = [];
  spec.access = readMeshplaneProperty(custom, "access") ?? { classification: flags.classification };
  if (!ours && !flags.classification)
    supply("", "classification", "Pass --classification public, internal, confidential or restricted.");
  for (const k of SPEC_EXTRAS2.slice(2)) {
    const v = readMeshplaneProperty(custom, k);
    if (v !== void 0)
      spec[k] = v;
  }
  return { apiVersion: "meshplane/v1", kind: "DataProduct", metadata: meta, spec };
}

// packages/core/dist/interop/read-odps-product.js
var rec26 = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var list15 = (v) => Array.isArray(v) ? v.map(rec26) : [];
var text5 = (v) => typeof v === "string" && v.trim() !== "" ? v : void 0;
var READ = /* @__PURE__ */ new Set([
  "apiVersion",
  "kind",
  "id",
  "name",
  "version",
  "status",
  "domain",
  "description",
  "tags",
  "inputPorts",
  "outputPorts",
  "support",
  "team",
  "customProperties"
]);
var PORT_ID = /^([a-z0-9-]+\.[a-z0-9-]+)\.([a-z0-9-]+)$/;
function isOdpsProduct(value) {
  const r = rec26(value);
  return r.kind === "DataProduct" && typeof r.apiVersion === "string" && /^v\d+\.\d+\.\d+$/.test(r.apiVersion);
}
function readOdpsProduct(odps, contracts, flags) {
  const findings = [];
  const p = rec26(odps.value);
  if (!checkOdps(odps, findings))
    return { manifests: [], findings };
  for (const k of Object.keys(p))
    if (!READ.has(k))
      warn(odps, `/${k}`, findings);
  const custom = p.customProperties;
  const domain = flags.domain ?? text5(p.domain);
  if (!domain) {
    findings.push(findingAt(odps, "", {
      ruleId: "odps.import.supply",
      message: "ODPS does not say the product's domain.",
      hint: "Pass --domain D (a domain of catalog/domains/)."
    }));
    return { manifests: [], findings };
  }
  const byId = new Map(contracts.map((c) => [String(rec26(c.value).id ?? ""), c]));
  const named2 = [];
  for (const [i, port] of list15(p.outputPorts).entries()) {
    const id2 = text5(port.contractId);
    const contract = id2 ? byId.get(id2) : void 0;
    if (contract)
      named2.push(contract);
    else
      findings.push(findingAt(odps, `/outputPorts/${i}${id2 ? "/contractId" : ""}`, {
        ruleId: "odps.import.missing-contract",
        message: id2 ? `Output port ${String(port.name)} names contract ${id2}, which is not among the files given.` : `Output port ${String(port.name)} names no contract (contractId), so it has no schema.`,
        hint: id2 ? `Pass the ODCS file whose id is ${id2} (mesh export odcs writes it).` : "Give the port a contractId and pass that ODCS contract."
      }));
  }
  if (named2.length === 0)
    return { manifests: [], findings };
  const team = rec26(p.team);
  const derived = {
    ...flags,
    domain,
    ...pick("owner", flags.owner ?? readString(custom, "owner") ?? text5(team.name)),
    ...pick("productOwner", readString(custom, "productOwner") ?? flags.productOwner ?? text5(list15(team.members).find((m) => /owner/i.test(String(m.role)))?.username)),
    ...pick("archetype", readString(custom, "archetype") ?? flags.archetype),
    ...pick("classification", flags.classification ?? readString(custom, "classification"))
  };
  const read = readOdcsContracts(named2, derived);
  findings.push(...read.findings);
  const [base, ...others] = read.manifests;
  if (!base)
    return { manifests: [], findings };
  const meta = rec26(base.metadata);
  const spec = rec26(base.spec);
  spec.outputPorts = [...list15(spec.outputPorts), ...others.flatMap((m) => list15(rec26(m.spec).outputPorts))];
  const id = text5(p.id);
  meta.id = id && id.startsWith(`${domain}.`) && /^[a-z0-9-]+\.[a-z0-9-]+$/.test(id) ? id : `${domain}.${slugOf(text5(p.name) ?? id ?? "product")}`;
  meta.domain = domain;
  if (text5(p.name))
    meta.name = p.name;
  if (text5(p.version))
    meta.version = p.version;
  const lifecycle = readLifecycle(p.status);
  if (lifecycle)
    meta.lifecycle = lifecycle;
  if (Array.isArray(p.tags) && p.tags.length > 0)
    meta.tags = p.tags;
  const description = rec26(p.description);
  if (text5(description.purpose))
    spec.purpose = description.purpose;
  if (text5(description.limitations))
    spec.limitations = description.limitations;
  const about = readMeshplaneProperty(description.customProperties, "description");
  if (typeof about === "string")
    spec.description = about;
  const kept = named2.some((c) => readMeshplaneProperty(rec26(c.value).customProperties, "inputPorts") !== void 0);
  if (!kept)
    spec.inputPorts = readInputPorts(odps, findings);
  const manifest = { ...base, metadata: meta, spec };
  if (readMeshplaneProperty(custom, "owner") === void 0)
    warnUnkept(odps, manifest, findings, {
      ruleId: "odps.import.dropped",
      consumed: consumedBy2(p, String(meta.productOwner)),
      why: "Meshplane has no field for it.",
      hint: "Keep the ODPS document if you need it."
    });
  return { manifests: [manifest], findings };
}
function consumedBy2(p, productOwner) {
  return (at) => {
    if (["/apiVersion", "/kind", "/id", "/status"].includes(at))
      return true;
    if (/^\/(input|output)Ports\/\d+\/(contractId|version)$/.test(at))
      return true;
    const kept = /^\/inputPorts\/(\d+)\/customProperties\/(\d+)\/property$/.exec(at);
    if (kept)
      return String(list15(list15(p.inputPorts)[Number(kept[1])]?.customProperties)[Number(kept[2])]?.property).startsWith("meshplane.");
    const role = /^\/team\/members\/(\d+)\/role$/.exec(at);
    return role !== null && list15(rec26(p.team).members)[Number(role[1])]?.username === productOwner;
  };
}
function checkOdps(doc, findings) {
  const r = rec26(doc.value);
  const fail = (pointer, message, hint) => {
    findings.push(findingAt(doc, pointer, { ruleId: "odps.import.not-a-product", message, hint }));
    return false;
  };
  if (r.kind !== "DataProduct" || typeof r.apiVersion !== "string")
    return fail(r.kind === void 0 ? "" : "/kind", "The file is not an ODPS data product (kind DataProduct with an apiVersion such as v1.0.0).", "Import ODPS v1 documents.");
  if (!/^v1\.\d+\.\d+$/.test(r.apiVersion))
    return fail("/apiVersion", `ODPS ${r.apiVersion} is not a version Meshplane reads; it reads v1.x.`, "Convert the document to ODPS v1.");
  if (!Array.isArray(r.outputPorts) || r.outputPorts.length === 0)
    return fail("/outputPorts", "The product has no output ports.", "Add an output port naming its ODCS contract.");
  return true;
}
function readInputPorts(doc, findings) {
  const p = rec26(doc.value);
  const systems = readMeshplaneProperty(p.customProperties, "sourceSystems");
  const ports = Array.isArray(systems) ? systems.map(rec26) : [];
  for (const [i, port] of list15(p.inputPorts).entries()) {
    const m = PORT_ID.exec(String(port.contractId ?? ""));
    if (!m) {
      warn(doc, `/inputPorts/${i}`, findings, `contract ${String(port.contractId)} does not name a Meshplane port (<domain>.<product>.<port>); declare the input port's source by hand.`);
      continue;
    }
    const kept = (k) => {
      const v = readMeshplaneProperty(port.customProperties, k);
      return v === void 0 ? {} : { [k]: v };
    };
    ports.push({
      name: String(port.name),
      ...kept("description"),
      source: { product: m[1], port: m[2] },
      mode: "pull",
      ...kept("mode"),
      ...kept("schedule"),
      ...kept("query")
    });
  }
  return ports;
}
function warn(doc, pointer, findings, why = "Meshplane has no field for it.") {
  findings.push(findingAt(doc, pointer, { ruleId: "odps.import.dropped", severity: "warning", message: `${pointer} is not kept: ${why}`, hint: "Keep the ODPS document if you need it." }, "key"));
}
function readString(custom, name) {
  const v = readMeshplaneProperty(custom, name);
  return typeof v === "string" ? v : void 0;
}
function pick(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
export {
  ANNOTATION_BATCH,
  ATTRIBUTES,
  BAD,
  BUDGET_GATE_RULE,
  BUILTIN_RULES,
  BURN_WINDOWS,
  CHANGE_RULE_IDS,
  CODEOWNERS_FILE,
  DEFAULT_DECIMAL,
  DEFAULT_LEVELS,
  DEMO_INCIDENTS,
  DataBranchError,
  ENGINE_FEATURES,
  EXPIRY_ISSUE_LABEL,
  FAST_BURN,
  FILE_KINDS,
  FROZEN_DAY,
  GITHUB_TEXT_LIMIT,
  GOOD,
  LIFECYCLES,
  LIFECYCLE_TRANSITIONS,
  LOGICAL_TYPES,
  MANAGED_LABELS,
  MANIFEST_TYPES,
  MAX_IDENTIFIER_BYTES,
  MAX_ISSUE_BODY,
  MESHPLANE_PREFIX,
  OBSERVATIONS_FOLDER,
  ODCS_API_VERSION,
  ODPS_API_VERSION,
  OPENLINEAGE_SCHEMA_URL,
  PULL_COMMENT_MARKER,
  RELIABILITY_LABEL,
  RENEWAL_DAYS,
  RENEWAL_ISSUE_LABEL,
  RETAIN_OBSERVED_DAYS,
  SAFE_IDENTIFIER,
  SLO_ISSUE_LABEL,
  SLO_MEMORY_FILE,
  STALE_STATUS_DAYS,
  STATE_SCHEMA,
  UNKNOWN,
  WAIVER_WARNING_DAYS,
  addDays,
  addIsoDuration,
  addressProduct,
  applyHysteresis,
  applyWaivers,
  buildBackstageEntities,
  buildCatalogExport,
  buildCheckRunOutput,
  buildDemoLineageEvents,
  buildDesiredState,
  buildMeshGraph,
  buildOdcsContract,
  buildOdcsQuality,
  buildOdcsSla,
  buildOdpsProduct,
  buildOpenLineageEvents,
  buildPolicyData,
  buildPolicyInputs,
  buildProductExport,
  buildTeamBlock,
  checkAgreementCoverage,
  checkAgreements,
  checkCatalog,
  checkChanges,
  checkCodeowners,
  checkPlatformNames,
  classifyAgainstBase,
  classifyPortChanges,
  classifyProductChanges,
  collectAgreementReads,
  comparePolicyRuns,
  computeBudgetRemaining,
  computeBurnRate,
  countExpiredErrors,
  countFindings,
  countOperations,
  countSlices,
  covers,
  createRandom,
  decideRetiredDrop,
  decideVerdict,
  declaredBump,
  describeAgreement,
  describeAgreementTerms,
  describeBump,
  describeBurnRates,
  describeErrorBudget,
  describeExistingErrors,
  describeGatedProducts,
  describeLogicalType,
  describeOperation,
  describePointer,
  describePolicies,
  describeProductAgreements,
  describeReliedRelaxations,
  describeRenames,
  describeRow,
  describeRuntime,
  describeThreshold,
  describeType,
  didYouMean,
  diffCatalogs,
  diffPolicyRules,
  diffScorecards,
  digestFindings,
  digestRenewal,
  draftAgreement,
  durationDays,
  durationToHours,
  effectiveBump,
  emptyObservedLineage,
  escapeCode2 as escapeCode,
  escapeMarkdown,
  evaluateSlo,
  evaluateSlos,
  explainStatus,
  explainUnsafeIdentifier,
  exportSloReport,
  findCycles,
  findIssueDuplicates,
  findLineageDrift,
  findNeighbourhood,
  findObservationHorizon,
  findRenames,
  findSloIssueDuplicates,
  findTimeBasedFindings,
  findUpcomingFindings,
  findingAt,
  fingerprintExpiry,
  fingerprintRenewal,
  fingerprintSlo,
  fitIssueBody,
  fitIssueTitle,
  foldConsequences,
  formatPointer,
  gateErrorBudgets,
  generateDemoMesh,
  getAtPointer,
  getValidator,
  groupExpiries,
  groupOperations,
  hasDrift,
  holdsPersonalData,
  humanizeDuration,
  humanizeWindow,
  indexCatalog,
  indexDatasets,
  isAgreementActive,
  isBlocking,
  isFileKind,
  isGoodValue,
  isManagedLabel,
  isOdpsProduct,
  isPropertyRule,
  isRaised,
  isReliabilityFix,
  isSafeTypeChange,
  isSameData,
  isSimilarName,
  isSloSeries,
  isWideningChange,
  judgeAgreementApprovals,
  keyFinding,
  listAgreementApprovers,
  listAgreementChanges,
  listIndexEntries,
  listObservationDays,
  listObservationFiles,
  listOperationalChecks,
  listPortColumns,
  listPortConsumers,
  listReaders,
  listRenewals,
  listScoreChecks,
  listTouched,
  locateAgreementFile,
  locateChanges,
  mapColumnType,
  mapPolicyFindings,
  mapTeamHandles,
  maxBump,
  measureLineageDrift,
  mergeBotLabels,
  mergeObservedLineage,
  nameContractFile,
  nameContractId,
  nameDataset,
  nameEntity,
  nameLatestView,
  namePortTable,
  nameProductFile,
  nameRole,
  nameSchema,
  nameShareView,
  nameTable,
  nextVersion,
  observeDay,
  observeRuntimeLineage,
  parseObservationLines,
  parseOpenLineageEvents,
  parsePointer,
  percentToFraction,
  planBotIssueActions,
  planChanges,
  planDataBranchFiles,
  planDemoBatches,
  planExpiryIssueActions,
  planPullReview,
  planRenewalIssueActions,
  planSloIssueActions,
  plural,
  quoteIdentifier,
  rankDomainsByScore,
  rankProductsByConsumers,
  rankProductsByScore,
  readAgreementNode,
  readAgreementStatus,
  readDomainOwner,
  readExpiryMarkers,
  readIssueMarkers,
  readLifecycle,
  readLogicalType,
  readMeshplaneProperty,
  readNamedEntry,
  readObservationLines,
  readObservedLineage,
  readOdcsContracts,
  readOdcsPort,
  readOdpsProduct,
  readOwnerTeam,
  readProductNode,
  readReliabilityLabel,
  readRenewalMarkers,
  readRuntimeRuns,
  readSloMarkers,
  readSloMemoryFile,
  readSloSpecs,
  readTeamHandle,
  readWaivedProduct,
  renderAgreementChanges,
  renderChangesMarkdown,
  renderChangesText,
  renderCodeowners,
  renderDemoRows,
  renderExpiryComment,
  renderExpiryIssue,
  renderExpiryMarkers,
  renderExpiryText,
  renderGithub,
  renderIssueMarkers,
  renderJson,
  renderLeaderboardText,
  renderMarkdown,
  renderMention,
  renderObservationLines,
  renderObservedLineage,
  renderOwnerMention,
  renderPlanMarkdown,
  renderPlanText,
  renderPolicyImpactMarkdown,
  renderPolicyImpactText,
  renderProductUrl,
  renderPullComment,
  renderRecordedObservations,
  renderRenewalClosing,
  renderRenewalComment,
  renderRenewalIssue,
  renderRenewalMarkers,
  renderRenewalText,
  renderSarif,
  renderScorecardText,
  renderSloDuplicateComment,
  renderSloIssue,
  renderSloMarkers,
  renderSloMemoryFile,
  renderSloStateComment,
  renderSloText,
  renderText,
  requiredBump,
  resolveSharedColumns,
  sameLabels,
  scoreProducts,
  seriesOf,
  sharesPersonalData,
  simulateActualState,
  sliceObservations,
  slugOf,
  sortFindings,
  splitReviewers,
  stripControl,
  suggestClosest,
  summarize,
  summarizePlan,
  tabulateMesh,
  toSqlName,
  truncateMarkdown,
  unitOf,
  validateDocument,
  walkLineage,
  warnDropped,
  warnUnkept,
  windowToHours,
  writeQuerySnippet
};
