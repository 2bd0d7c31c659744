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

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code3) {
        super();
        this._items = typeof code3 === "string" ? [code3] : code3;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code3 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code3, args[i]);
        code3.push(strs[++i]);
      }
      return new _Code(code3);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str8(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str8;
    function addCodeArg(code3, arg) {
      if (arg instanceof _Code)
        code3.push(...arg._items);
      else if (arg instanceof Name)
        code3.push(arg);
      else
        code3.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str8`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code3 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code3 = (0, code_1._)`${code3}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code3 = (0, code_1._)`${code3}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code3;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code3) {
        super();
        this.code = code3;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code3, n) => code3 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code3 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code3 += "else " + this.else.render(opts);
        return code3;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code3 = "try" + super.render(opts);
        if (this.catch)
          code3 += this.catch.render(opts);
        if (this.finally)
          code3 += this.finally.render(opts);
        return code3;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code3 = ["{"];
        for (const [key, value] of keyValues) {
          if (code3.length > 1)
            code3.push(",");
          code3.push(key);
          if (key !== value || this.opts.es5) {
            code3.push(":");
            (0, code_1.addCodeArg)(code3, value);
          }
        }
        code3.push("}");
        return new code_1._Code(code3);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str8) {
      return unescapeJsonPointer(decodeURIComponent(str8));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str8) {
      return encodeURIComponent(escapeJsonPointer(str8));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str8) {
      if (typeof str8 == "number")
        return `${str8}`;
      return str8.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str8) {
      return str8.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group2 = self.RULES.types[type];
      return group2 && group2 !== true && shouldUseGroup(schema, group2);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group2) {
      return group2.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
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

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str8) {
      return str8.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count2 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count2++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count2 += countKeys(sch));
        }
        if (count2 === Infinity)
          return Infinity;
      }
      return count2;
    }
    function getFullPath(resolver, id = "", normalize2) {
      if (normalize2 !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group2 of RULES.rules)
          groupKeywords(group2);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group2) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group2))
          return;
        if (group2.type) {
          gen.if((0, dataType_2.checkDataType)(group2.type, data, opts.strictNumbers));
          iterateKeywords(it, group2);
          if (types.length === 1 && types[0] === group2.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group2);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group2) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group2.type);
      gen.block(() => {
        for (const rule of group2.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group2.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code3 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code3 = input[i].charCodeAt(0);
        if (code3 === 48) {
          continue;
        }
        if (!(code3 >= 48 && code3 <= 57 || code3 >= 65 && code3 <= 70 || code3 >= 97 && code3 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code3 = input[i].charCodeAt(0);
        if (!(code3 >= 48 && code3 <= 57 || code3 >= 65 && code3 <= 70 || code3 >= 97 && code3 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str8, token) {
      let ind = 0;
      for (let i = 0; i < str8.length; i++) {
        if (str8[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code3 = input.charCodeAt(i);
          if (code3 < 128) {
            output += isEscapeSafe(code3) ? ch : BYTE_HEX[code3];
          } else if (code3 < 55296 || code3 > 57343) {
            output += percentEncodeNonAscii(code3);
          } else if (code3 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code3 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code3 = input.charCodeAt(i);
          if (code3 < 128) {
            output += BYTE_HEX[code3];
          } else if (code3 < 55296 || code3 > 57343) {
            output += percentEncodeNonAscii(code3);
          } else if (code3 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code3 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code3 = input.charCodeAt(i);
          if (code3 < 128) {
            output += BYTE_HEX[code3];
          } else if (code3 < 55296 || code3 > 57343) {
            output += percentEncodeNonAscii(code3);
          } else if (code3 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code3 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code3 = input.charCodeAt(i);
          if (code3 < 128) {
            output += isEscapeSafe(code3) ? ch : BYTE_HEX[code3];
          } else if (code3 < 55296 || code3 > 57343) {
            output += percentEncodeNonAscii(code3);
          } else if (code3 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code3 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize2(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize(base, options), options);
        relative = parse2(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent2 = component.indexOf("%");
      while (percent2 !== -1) {
        if (percent2 + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent2 + 1, percent2 + 3))) {
          return true;
        }
        percent2 = component.indexOf("%", percent2 + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize: normalize2,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str8, flags) => new RegExp(str8, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group2 of RULES.rules) {
          const i = group2.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group2.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text6, msg) => text6 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv.ValidationError = validation_error_1.default;
    Ajv.MissingRefError = ref_error_1.default;
    exports.default = Ajv;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
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

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
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

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count2 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count2)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count2) {
          gen.code((0, codegen_1._)`${count2}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count2} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count2} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js
var require_dynamicAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicAnchor = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicAnchor",
      schemaType: "string",
      code: (cxt) => dynamicAnchor(cxt, cxt.schema)
    };
    function dynamicAnchor(cxt, anchor) {
      const { gen, it } = cxt;
      it.schemaEnv.root.dynamicAnchors[anchor] = true;
      const v = (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`;
      const validate = it.errSchemaPath === "#" ? it.validateName : _getValidate(cxt);
      gen.if((0, codegen_1._)`!${v}`, () => gen.assign(v, validate));
    }
    exports.dynamicAnchor = dynamicAnchor;
    function _getValidate(cxt) {
      const { schemaEnv, schema, self } = cxt.it;
      const { root, baseId, localRefs, meta } = schemaEnv.root;
      const { schemaId } = self.opts;
      const sch = new compile_1.SchemaEnv({ schema, schemaId, root, baseId, localRefs, meta });
      compile_1.compileSchema.call(self, sch);
      return (0, ref_1.getValidate)(cxt, sch);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js
var require_dynamicRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/dynamicRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.dynamicRef = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var ref_1 = require_ref();
    var def = {
      keyword: "$dynamicRef",
      schemaType: "string",
      code: (cxt) => dynamicRef(cxt, cxt.schema)
    };
    function dynamicRef(cxt, ref) {
      const { gen, keyword, it } = cxt;
      if (ref[0] !== "#")
        throw new Error(`"${keyword}" only supports hash fragment reference`);
      const anchor = ref.slice(1);
      if (it.allErrors) {
        _dynamicRef();
      } else {
        const valid = gen.let("valid", false);
        _dynamicRef(valid);
        cxt.ok(valid);
      }
      function _dynamicRef(valid) {
        if (it.schemaEnv.root.dynamicAnchors[anchor]) {
          const v = gen.let("_v", (0, codegen_1._)`${names_1.default.dynamicAnchors}${(0, codegen_1.getProperty)(anchor)}`);
          gen.if(v, _callRef(v, valid), _callRef(it.validateName, valid));
        } else {
          _callRef(it.validateName, valid)();
        }
      }
      function _callRef(validate, valid) {
        return valid ? () => gen.block(() => {
          (0, ref_1.callRef)(cxt, validate);
          gen.let(valid, true);
        }) : () => (0, ref_1.callRef)(cxt, validate);
      }
    }
    exports.dynamicRef = dynamicRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js
var require_recursiveAnchor = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveAnchor.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var util_1 = require_util();
    var def = {
      keyword: "$recursiveAnchor",
      schemaType: "boolean",
      code(cxt) {
        if (cxt.schema)
          (0, dynamicAnchor_1.dynamicAnchor)(cxt, "");
        else
          (0, util_1.checkStrictMode)(cxt.it, "$recursiveAnchor: false is ignored");
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js
var require_recursiveRef = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/recursiveRef.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicRef_1 = require_dynamicRef();
    var def = {
      keyword: "$recursiveRef",
      schemaType: "string",
      code: (cxt) => (0, dynamicRef_1.dynamicRef)(cxt, cxt.schema)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/dynamic/index.js
var require_dynamic = __commonJS({
  "node_modules/ajv/dist/vocabularies/dynamic/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dynamicAnchor_1 = require_dynamicAnchor();
    var dynamicRef_1 = require_dynamicRef();
    var recursiveAnchor_1 = require_recursiveAnchor();
    var recursiveRef_1 = require_recursiveRef();
    var dynamic = [dynamicAnchor_1.default, dynamicRef_1.default, recursiveAnchor_1.default, recursiveRef_1.default];
    exports.default = dynamic;
  }
});

// node_modules/ajv/dist/vocabularies/validation/dependentRequired.js
var require_dependentRequired = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/dependentRequired.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentRequired",
      type: "object",
      schemaType: "object",
      error: dependencies_1.error,
      code: (cxt) => (0, dependencies_1.validatePropertyDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js
var require_dependentSchemas = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependentSchemas.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependencies_1 = require_dependencies();
    var def = {
      keyword: "dependentSchemas",
      type: "object",
      schemaType: "object",
      code: (cxt) => (0, dependencies_1.validateSchemaDeps)(cxt)
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitContains.js
var require_limitContains = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitContains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["maxContains", "minContains"],
      type: "array",
      schemaType: "number",
      code({ keyword, parentSchema, it }) {
        if (parentSchema.contains === void 0) {
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "contains" is ignored`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/next.js
var require_next = __commonJS({
  "node_modules/ajv/dist/vocabularies/next.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dependentRequired_1 = require_dependentRequired();
    var dependentSchemas_1 = require_dependentSchemas();
    var limitContains_1 = require_limitContains();
    var next = [dependentRequired_1.default, dependentSchemas_1.default, limitContains_1.default];
    exports.default = next;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js
var require_unevaluatedProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var error = {
      message: "must NOT have unevaluated properties",
      params: ({ params }) => (0, codegen_1._)`{unevaluatedProperty: ${params.unevaluatedProperty}}`
    };
    var def = {
      keyword: "unevaluatedProperties",
      type: "object",
      schemaType: ["boolean", "object"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, props } = it;
        if (props instanceof codegen_1.Name) {
          gen.if((0, codegen_1._)`${props} !== true`, () => gen.forIn("key", data, (key) => gen.if(unevaluatedDynamic(props, key), () => unevaluatedPropCode(key))));
        } else if (props !== true) {
          gen.forIn("key", data, (key) => props === void 0 ? unevaluatedPropCode(key) : gen.if(unevaluatedStatic(props, key), () => unevaluatedPropCode(key)));
        }
        it.props = true;
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function unevaluatedPropCode(key) {
          if (schema === false) {
            cxt.setParams({ unevaluatedProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (!(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            cxt.subschema({
              keyword: "unevaluatedProperties",
              dataProp: key,
              dataPropType: util_1.Type.Str
            }, valid);
            if (!allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          }
        }
        function unevaluatedDynamic(evaluatedProps, key) {
          return (0, codegen_1._)`!${evaluatedProps} || !${evaluatedProps}[${key}]`;
        }
        function unevaluatedStatic(evaluatedProps, key) {
          const ps = [];
          for (const p in evaluatedProps) {
            if (evaluatedProps[p] === true)
              ps.push((0, codegen_1._)`${key} !== ${p}`);
          }
          return (0, codegen_1.and)(...ps);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js
var require_unevaluatedItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/unevaluatedItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "unevaluatedItems",
      type: "array",
      schemaType: ["boolean", "object"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        const items = it.items || 0;
        if (items === true)
          return;
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        if (schema === false) {
          cxt.setParams({ len: items });
          cxt.fail((0, codegen_1._)`${len} > ${items}`);
        } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
          const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items}`);
          gen.if((0, codegen_1.not)(valid), () => validateItems(valid, items));
          cxt.ok(valid);
        }
        it.items = true;
        function validateItems(valid, from) {
          gen.forRange("i", from, len, (i) => {
            cxt.subschema({ keyword: "unevaluatedItems", dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
              gen.if((0, codegen_1.not)(valid), () => gen.break());
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/unevaluated/index.js
var require_unevaluated = __commonJS({
  "node_modules/ajv/dist/vocabularies/unevaluated/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var unevaluatedProperties_1 = require_unevaluatedProperties();
    var unevaluatedItems_1 = require_unevaluatedItems();
    var unevaluated = [unevaluatedProperties_1.default, unevaluatedItems_1.default];
    exports.default = unevaluated;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code3 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code3 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft2020.js
var require_draft2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var dynamic_1 = require_dynamic();
    var next_1 = require_next();
    var unevaluated_1 = require_unevaluated();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft2020Vocabularies = [
      dynamic_1.default,
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(true),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary,
      next_1.default,
      unevaluated_1.default
    ];
    exports.default = draft2020Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/schema.json
var require_schema = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/schema.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/schema",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true,
        "https://json-schema.org/draft/2020-12/vocab/applicator": true,
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true,
        "https://json-schema.org/draft/2020-12/vocab/validation": true,
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true,
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true,
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Core and Validation specifications meta-schema",
      allOf: [
        { $ref: "meta/core" },
        { $ref: "meta/applicator" },
        { $ref: "meta/unevaluated" },
        { $ref: "meta/validation" },
        { $ref: "meta/meta-data" },
        { $ref: "meta/format-annotation" },
        { $ref: "meta/content" }
      ],
      type: ["object", "boolean"],
      $comment: "This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.",
      properties: {
        definitions: {
          $comment: '"definitions" has been replaced by "$defs".',
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          deprecated: true,
          default: {}
        },
        dependencies: {
          $comment: '"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.',
          type: "object",
          additionalProperties: {
            anyOf: [{ $dynamicRef: "#meta" }, { $ref: "meta/validation#/$defs/stringArray" }]
          },
          deprecated: true,
          default: {}
        },
        $recursiveAnchor: {
          $comment: '"$recursiveAnchor" has been replaced by "$dynamicAnchor".',
          $ref: "meta/core#/$defs/anchorString",
          deprecated: true
        },
        $recursiveRef: {
          $comment: '"$recursiveRef" has been replaced by "$dynamicRef".',
          $ref: "meta/core#/$defs/uriReferenceString",
          deprecated: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json
var require_applicator2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/applicator.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/applicator",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/applicator": true
      },
      $dynamicAnchor: "meta",
      title: "Applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        prefixItems: { $ref: "#/$defs/schemaArray" },
        items: { $dynamicRef: "#meta" },
        contains: { $dynamicRef: "#meta" },
        additionalProperties: { $dynamicRef: "#meta" },
        properties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependentSchemas: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" },
          default: {}
        },
        propertyNames: { $dynamicRef: "#meta" },
        if: { $dynamicRef: "#meta" },
        then: { $dynamicRef: "#meta" },
        else: { $dynamicRef: "#meta" },
        allOf: { $ref: "#/$defs/schemaArray" },
        anyOf: { $ref: "#/$defs/schemaArray" },
        oneOf: { $ref: "#/$defs/schemaArray" },
        not: { $dynamicRef: "#meta" }
      },
      $defs: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $dynamicRef: "#meta" }
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json
var require_unevaluated2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/unevaluated.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/unevaluated",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/unevaluated": true
      },
      $dynamicAnchor: "meta",
      title: "Unevaluated applicator vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        unevaluatedItems: { $dynamicRef: "#meta" },
        unevaluatedProperties: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json
var require_content = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/content.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/content",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/content": true
      },
      $dynamicAnchor: "meta",
      title: "Content vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        contentEncoding: { type: "string" },
        contentMediaType: { type: "string" },
        contentSchema: { $dynamicRef: "#meta" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json
var require_core3 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/core.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/core",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/core": true
      },
      $dynamicAnchor: "meta",
      title: "Core vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        $id: {
          $ref: "#/$defs/uriReferenceString",
          $comment: "Non-empty fragments not allowed.",
          pattern: "^[^#]*#?$"
        },
        $schema: { $ref: "#/$defs/uriString" },
        $ref: { $ref: "#/$defs/uriReferenceString" },
        $anchor: { $ref: "#/$defs/anchorString" },
        $dynamicRef: { $ref: "#/$defs/uriReferenceString" },
        $dynamicAnchor: { $ref: "#/$defs/anchorString" },
        $vocabulary: {
          type: "object",
          propertyNames: { $ref: "#/$defs/uriString" },
          additionalProperties: {
            type: "boolean"
          }
        },
        $comment: {
          type: "string"
        },
        $defs: {
          type: "object",
          additionalProperties: { $dynamicRef: "#meta" }
        }
      },
      $defs: {
        anchorString: {
          type: "string",
          pattern: "^[A-Za-z_][-A-Za-z0-9._]*$"
        },
        uriString: {
          type: "string",
          format: "uri"
        },
        uriReferenceString: {
          type: "string",
          format: "uri-reference"
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json
var require_format_annotation = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/format-annotation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/format-annotation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/format-annotation": true
      },
      $dynamicAnchor: "meta",
      title: "Format vocabulary meta-schema for annotation results",
      type: ["object", "boolean"],
      properties: {
        format: { type: "string" }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json
var require_meta_data = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/meta-data.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/meta-data",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/meta-data": true
      },
      $dynamicAnchor: "meta",
      title: "Meta-data vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        deprecated: {
          type: "boolean",
          default: false
        },
        readOnly: {
          type: "boolean",
          default: false
        },
        writeOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json
var require_validation2 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/meta/validation.json"(exports, module) {
    module.exports = {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://json-schema.org/draft/2020-12/meta/validation",
      $vocabulary: {
        "https://json-schema.org/draft/2020-12/vocab/validation": true
      },
      $dynamicAnchor: "meta",
      title: "Validation vocabulary meta-schema",
      type: ["object", "boolean"],
      properties: {
        type: {
          anyOf: [
            { $ref: "#/$defs/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/$defs/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        const: true,
        enum: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/$defs/nonNegativeInteger" },
        minLength: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        maxItems: { $ref: "#/$defs/nonNegativeInteger" },
        minItems: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        maxContains: { $ref: "#/$defs/nonNegativeInteger" },
        minContains: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 1
        },
        maxProperties: { $ref: "#/$defs/nonNegativeInteger" },
        minProperties: { $ref: "#/$defs/nonNegativeIntegerDefault0" },
        required: { $ref: "#/$defs/stringArray" },
        dependentRequired: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/stringArray"
          }
        }
      },
      $defs: {
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          $ref: "#/$defs/nonNegativeInteger",
          default: 0
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      }
    };
  }
});

// node_modules/ajv/dist/refs/json-schema-2020-12/index.js
var require_json_schema_2020_12 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-2020-12/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var metaSchema = require_schema();
    var applicator = require_applicator2();
    var unevaluated = require_unevaluated2();
    var content = require_content();
    var core = require_core3();
    var format = require_format_annotation();
    var metadata = require_meta_data();
    var validation = require_validation2();
    var META_SUPPORT_DATA = ["/properties"];
    function addMetaSchema2020($data) {
      ;
      [
        metaSchema,
        applicator,
        unevaluated,
        content,
        core,
        with$data(this, format),
        metadata,
        with$data(this, validation)
      ].forEach((sch) => this.addMetaSchema(sch, void 0, false));
      return this;
      function with$data(ajv, sch) {
        return $data ? ajv.$dataMetaSchema(sch, META_SUPPORT_DATA) : sch;
      }
    }
    exports.default = addMetaSchema2020;
  }
});

// node_modules/ajv/dist/2020.js
var require__ = __commonJS({
  "node_modules/ajv/dist/2020.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv2020 = void 0;
    var core_1 = require_core();
    var draft2020_1 = require_draft2020();
    var discriminator_1 = require_discriminator();
    var json_schema_2020_12_1 = require_json_schema_2020_12();
    var META_SCHEMA_ID = "https://json-schema.org/draft/2020-12/schema";
    var Ajv20202 = class extends core_1.default {
      constructor(opts = {}) {
        super({
          ...opts,
          dynamicRef: true,
          next: true,
          unevaluated: true
        });
      }
      _addVocabularies() {
        super._addVocabularies();
        draft2020_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        const { $data, meta } = this.opts;
        if (!meta)
          return;
        json_schema_2020_12_1.default.call(this, $data);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv2020 = Ajv20202;
    module.exports = exports = Ajv20202;
    module.exports.Ajv2020 = Ajv20202;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv20202;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

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

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv;
    module.exports = exports = Ajv;
    module.exports.Ajv = Ajv;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/ajv-formats/dist/limit.js
var require_limit = __commonJS({
  "node_modules/ajv-formats/dist/limit.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatLimitDefinition = void 0;
    var ajv_1 = require_ajv();
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`should be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    exports.formatLimitDefinition = {
      keyword: Object.keys(KWDs),
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
          return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fmt = gen.const("fmt", (0, codegen_1._)`${fmts}[${fCxt.schemaCode}]`);
          cxt.fail$data((0, codegen_1.or)((0, codegen_1._)`typeof ${fmt} != "object"`, (0, codegen_1._)`${fmt} instanceof RegExp`, (0, codegen_1._)`typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
          const format = fCxt.schema;
          const fmtDef = self.formats[format];
          if (!fmtDef || fmtDef === true)
            return;
          if (typeof fmtDef != "object" || fmtDef instanceof RegExp || typeof fmtDef.compare != "function") {
            throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
          }
          const fmt = gen.scopeValue("formats", {
            key: format,
            ref: fmtDef,
            code: opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : void 0
          });
          cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
          return (0, codegen_1._)`${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
      },
      dependencies: ["format"]
    };
    var formatLimitPlugin = (ajv) => {
      ajv.addKeyword(exports.formatLimitDefinition);
      return ajv;
    };
    exports.default = formatLimitPlugin;
  }
});

// node_modules/ajv-formats/dist/index.js
var require_dist = __commonJS({
  "node_modules/ajv-formats/dist/index.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var formats_1 = require_formats();
    var limit_1 = require_limit();
    var codegen_1 = require_codegen();
    var fullName = new codegen_1.Name("fullFormats");
    var fastName = new codegen_1.Name("fastFormats");
    var formatsPlugin = (ajv, opts = { keywords: true }) => {
      if (Array.isArray(opts)) {
        addFormats2(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
      }
      const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
      const list16 = opts.formats || formats_1.formatNames;
      addFormats2(ajv, list16, formats, exportName);
      if (opts.keywords)
        (0, limit_1.default)(ajv);
      return ajv;
    };
    formatsPlugin.get = (name, mode = "full") => {
      const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
      const f = formats[name];
      if (!f)
        throw new Error(`Unknown format "${name}"`);
      return f;
    };
    function addFormats2(ajv, list16, fs, exportName) {
      var _a;
      var _b;
      (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : _b.formats = (0, codegen_1._)`require("ajv-formats/dist/formats").${exportName}`;
      for (const f of list16)
        ajv.addFormat(f, fs[f]);
    }
    module.exports = exports = formatsPlugin;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = formatsPlugin;
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
function readNamedEntry(doc, valid, kind) {
  const data = rec(doc.value);
  const name = kind === "Config" ? "config" : str(rec(data.metadata).name);
  return name === void 0 ? void 0 : { name, file: doc.file, doc, valid, data };
}

// packages/core/dist/validate/compile-validators.js
var import__ = __toESM(require__(), 1);
var import_ajv_formats = __toESM(require_dist(), 1);

// packages/core/dist/model/generated/schemas.js
var commonSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://meshplane.dev/schemas/v1/common.schema.json",
  "title": "Common definitions",
  "description": "Names, identifiers, dates and durations shared by every Meshplane file kind.",
  "$defs": {
    "apiVersion": {
      "description": "The version of the Meshplane file format. Always `meshplane/v1` for this schema.",
      "const": "meshplane/v1"
    },
    "slug": {
      "description": "A lowercase name: letters, digits and single hyphens, starting with a letter (at most 63 characters).",
      "type": "string",
      "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$",
      "maxLength": 63
    },
    "productId": {
      "description": "A data product's permanent global id, `<domain>.<name>`: the domain and the product's folder name.",
      "type": "string",
      "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*\\.[a-z][a-z0-9]*(-[a-z0-9]+)*$",
      "maxLength": 127
    },
    "githubHandle": {
      "description": "A GitHub user or team handle, such as `@daff/maria` or `@maria`.",
      "type": "string",
      "pattern": "^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$"
    },
    "channel": {
      "description": "Where people reach the team: a chat channel (`#name`), an email address or an https URL.",
      "type": "string",
      "pattern": "^(#[a-z0-9][a-z0-9._-]{0,79}|[^@\\s]+@[^@\\s]+\\.[a-z]{2,}|https://\\S+)$",
      "maxLength": 200
    },
    "text": {
      "description": "Free text for people (Markdown allowed where noted).",
      "type": "string",
      "minLength": 1,
      "maxLength": 2e4
    },
    "shortText": {
      "description": "A short line of text.",
      "type": "string",
      "minLength": 1,
      "maxLength": 200
    },
    "date": {
      "description": "A calendar date, `YYYY-MM-DD`.",
      "type": "string",
      "format": "date"
    },
    "isoDuration": {
      "description": "An ISO 8601 duration such as `PT6H`, `P1D` or `P3Y`.",
      "type": "string",
      "pattern": "^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"
    },
    "window": {
      "description": "An SLO window: a whole number of hours, days or weeks, such as `24h`, `7d` or `28d`.",
      "type": "string",
      "pattern": "^[1-9][0-9]{0,3}[hdw]$"
    },
    "percent": {
      "description": "A share written as a percentage, such as `99%` or `99.5%`.",
      "type": "string",
      "pattern": "^(100|[0-9]{1,2}(\\.[0-9]{1,4})?)%$"
    },
    "tag": {
      "description": "A search tag: lowercase letters, digits and hyphens.",
      "type": "string",
      "pattern": "^[a-z0-9][a-z0-9-]{0,39}$"
    },
    "relativePath": {
      "description": "A path relative to the file's folder, such as `./README.md`. It may not leave the product's folder.",
      "type": "string",
      "pattern": "^(\\./)?(?!.*(^|/)\\.\\.(/|$))[A-Za-z0-9._/-]{1,200}$"
    },
    "classification": {
      "description": "An access classification level defined by governance, lowest to highest: public, internal, confidential, restricted.",
      "enum": [
        "public",
        "internal",
        "confidential",
        "restricted"
      ]
    }
  }
};
var configSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://meshplane.dev/schemas/v1/config.schema.json",
  "title": "Config",
  "description": "The catalog repository's Meshplane configuration, at `.github/meshplane.yml`. Every key is optional; defaults are shown. Secrets never go here: a connection is named by the environment variable that holds it.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind"
  ],
  "properties": {
    "apiVersion": {
      "$ref": "common.schema.json#/$defs/apiVersion"
    },
    "kind": {
      "description": "The file kind.",
      "const": "Config"
    },
    "catalog": {
      "title": "CatalogConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "root": {
          "description": "The folder holding the mesh. Default `catalog`.",
          "type": "string",
          "pattern": "^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$",
          "default": "catalog"
        },
        "addressPrefix": {
          "description": "The prefix of every product's global address: `dp://` by default, or an https URL such as `https://mesh.daff.example/`.",
          "type": "string",
          "pattern": "^(dp://|https://[a-z0-9.-]+(:[0-9]+)?/([A-Za-z0-9._~-]+/)*)$",
          "default": "dp://"
        }
      }
    },
    "platform": {
      "title": "PlatformConfig",
      "description": "Where merged products are provisioned.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "driver": {
          "description": "The platform driver.",
          "enum": [
            "duckdb",
            "postgres",
            "trino"
          ],
          "default": "duckdb"
        },
        "duckdbPath": {
          "description": "The DuckDB database file, relative to the repository root.",
          "type": "string",
          "pattern": "^[A-Za-z0-9._/-]+$",
          "default": ".meshplane/mesh.duckdb"
        },
        "connectionEnv": {
          "description": "For postgres: the name of the environment variable that holds the connection string.",
          "type": "string",
          "pattern": "^[A-Z_][A-Z0-9_]*$",
          "default": "MESHPLANE_DATABASE_URL"
        },
        "trino": {
          "title": "TrinoConfig",
          "description": "For trino: the names of the environment variables that hold where and as whom to connect (never the values themselves), and the catalog role to act in.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "serverEnv": {
              "description": "The variable holding the server URL (`https://trino.example.com:8443`; `http://` only on a trusted network).",
              "type": "string",
              "pattern": "^[A-Z_][A-Z0-9_]*$",
              "default": "MESHPLANE_TRINO_URL"
            },
            "catalogEnv": {
              "description": "The variable holding the catalog: a Hive catalog with `hive.security=sql-standard`, so roles and grants are enforced.",
              "type": "string",
              "pattern": "^[A-Z_][A-Z0-9_]*$",
              "default": "MESHPLANE_TRINO_CATALOG"
            },
            "userEnv": {
              "description": "The variable holding the user Meshplane connects as.",
              "type": "string",
              "pattern": "^[A-Z_][A-Z0-9_]*$",
              "default": "MESHPLANE_TRINO_USER"
            },
            "passwordEnv": {
              "description": "The variable holding the user's password (HTTP basic authentication, over https). Unset: no password is sent.",
              "type": "string",
              "pattern": "^[A-Z_][A-Z0-9_]*$",
              "default": "MESHPLANE_TRINO_PASSWORD"
            },
            "jwtEnv": {
              "description": "The variable holding a JSON Web Token, sent as a bearer token (JWT authentication). Unset: none is sent.",
              "type": "string",
              "pattern": "^[A-Z_][A-Z0-9_]*$",
              "default": "MESHPLANE_TRINO_JWT"
            },
            "caFileEnv": {
              "description": "The variable holding the path of a PEM file of the certificate authorities to trust for https (a private CA). Unset: the system's.",
              "type": "string",
              "pattern": "^[A-Z_][A-Z0-9_]*$",
              "default": "MESHPLANE_TRINO_CA_FILE"
            },
            "lockLeaseSeconds": {
              "description": "How long the apply lock lives without being renewed: an apply killed half way blocks the next one for at most this long (Trino has no session locks).",
              "type": "integer",
              "minimum": 5,
              "maximum": 3600,
              "default": 30
            },
            "role": {
              "description": "The catalog role Meshplane acts in (sent as `X-Trino-Role: <catalog>=ROLE{<role>}`): creating roles and granting need the Hive catalog's `admin` role.",
              "type": "string",
              "pattern": "^[a-z_][a-z0-9_]*$",
              "default": "admin"
            }
          }
        }
      }
    },
    "severity": {
      "description": "Per-rule severity overrides: a rule id mapped to error, warning, notice or off. Governance rules marked deny cannot be lowered here.",
      "type": "object",
      "propertyNames": {
        "type": "string",
        "pattern": "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$"
      },
      "additionalProperties": {
        "enum": [
          "error",
          "warning",
          "notice",
          "off"
        ]
      }
    },
    "review": {
      "title": "ReviewConfig",
      "description": "Who reviews what.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "governanceTeam": {
          "$ref": "common.schema.json#/$defs/githubHandle",
          "description": "The federated governance group's GitHub team; reviews policy changes."
        },
        "noticeDays": {
          "description": "How many days ahead a deprecated port's sunset must be when a breaking change replaces it.",
          "type": "integer",
          "minimum": 0,
          "maximum": 3650,
          "default": 30
        },
        "requireConsumerAck": {
          "description": "Breaking changes need an approval from each affected consumer team.",
          "type": "boolean",
          "default": true
        },
        "blockOn": {
          "description": "Which error findings fail a pull request. `introduced`: only those the pull request brings (absent on its base). `touched` (default): those, and errors the base already had in a product or file the pull request changes. `all`: every error, wherever it is.",
          "enum": [
            "introduced",
            "touched",
            "all"
          ],
          "default": "touched"
        },
        "agreements": {
          "title": "AgreementReviewConfig",
          "description": "How data sharing agreements are brought back to their teams before they end.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "renewalDays": {
              "description": "How many days before an agreement's end the scheduled job opens its renewal issue for the provider and consumer teams (`mesh access sync-issues`, the expiry monitor). 0 opens it on the end day.",
              "type": "integer",
              "minimum": 0,
              "maximum": 366,
              "default": 14
            }
          }
        },
        "errorBudget": {
          "title": "ErrorBudgetGateConfig",
          "description": "The error-budget merge gate: a pull request that changes a product whose SLO error budget is exhausted fails, unless it is a reliability fix.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "gate": {
              "description": "`block` (default): an exhausted budget fails the pull request. `warn`: it warns. `off`: the gate does not run.",
              "enum": [
                "block",
                "warn",
                "off"
              ],
              "default": "block"
            },
            "reliabilityLabel": {
              "description": "The pull request label that declares a reliability fix, which the gate lets through.",
              "type": "string",
              "minLength": 1,
              "maxLength": 50,
              "default": "reliability-fix"
            },
            "domains": {
              "description": "Per domain, a gate other than the default (`block`, `warn` or `off`).",
              "type": "object",
              "propertyNames": {
                "$ref": "common.schema.json#/$defs/slug"
              },
              "additionalProperties": {
                "enum": [
                  "block",
                  "warn",
                  "off"
                ]
              }
            }
          }
        }
      }
    },
    "scorecard": {
      "title": "ScorecardConfig",
      "description": "How products are scored against the usability attributes and maturity factors (`mesh scorecard`): a weight per attribute and the levels by score.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "weights": {
          "description": "Weight of each attribute in the score (default 1 each; 0 leaves it out).",
          "type": "object",
          "propertyNames": {
            "enum": [
              "discoverable",
              "addressable",
              "understandable",
              "trustworthy",
              "natively-accessible",
              "interoperable",
              "valuable",
              "secure",
              "maturity"
            ]
          },
          "additionalProperties": {
            "type": "number",
            "minimum": 0,
            "maximum": 100
          }
        },
        "levels": {
          "description": "Levels from the lowest up, each reached at a score (0–100). Default bronze 40, silver 65, gold 85.",
          "type": "array",
          "minItems": 1,
          "maxItems": 10,
          "items": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "name",
              "min"
            ],
            "properties": {
              "name": {
                "type": "string",
                "minLength": 1,
                "maxLength": 40
              },
              "min": {
                "type": "number",
                "minimum": 0,
                "maximum": 100
              }
            }
          }
        }
      }
    },
    "labels": {
      "title": "LabelConfig",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "enabled": {
          "description": "Label pull requests (`domain:<d>`, `breaking-change`, …).",
          "type": "boolean",
          "default": true
        }
      }
    }
  }
};
var dataProductSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://meshplane.dev/schemas/v1/data-product.schema.json",
  "title": "DataProduct",
  "description": "One data product of the mesh: its identity, owners, input and output ports, schemas, SLOs, access and policies. One file per product at `catalog/<domain>/<name>/product.yaml`.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "$ref": "common.schema.json#/$defs/apiVersion"
    },
    "kind": {
      "description": "The file kind.",
      "const": "DataProduct"
    },
    "metadata": {
      "$ref": "#/$defs/metadata"
    },
    "spec": {
      "$ref": "#/$defs/spec"
    }
  },
  "$defs": {
    "metadata": {
      "title": "ProductMetadata",
      "description": "Who the product is and who answers for it.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "id",
        "name",
        "domain",
        "archetype",
        "owner",
        "productOwner",
        "version",
        "lifecycle"
      ],
      "properties": {
        "id": {
          "$ref": "common.schema.json#/$defs/productId",
          "description": "The permanent global id, `<domain>.<name>`. It never changes: to rename, deprecate this product and create a successor."
        },
        "name": {
          "$ref": "common.schema.json#/$defs/shortText",
          "description": "The display name people search for."
        },
        "domain": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The owning business domain; `catalog/<domain>/domain.yaml` must exist."
        },
        "subdomain": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "An optional subdomain, such as `artist-payment` within `artist`."
        },
        "archetype": {
          "description": "source-aligned: business facts from the domain's operational systems; aggregate: composes several upstream products; consumer-aligned: built for a specific use case.",
          "enum": [
            "source-aligned",
            "aggregate",
            "consumer-aligned"
          ]
        },
        "owner": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The long-term owner team; `catalog/teams/<owner>.yaml` must exist."
        },
        "productOwner": {
          "$ref": "common.schema.json#/$defs/githubHandle",
          "description": "The accountable data product owner (a person)."
        },
        "version": {
          "description": "Semantic version of the product's contract. A breaking change to an output port needs a major bump.",
          "type": "string",
          "pattern": "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$"
        },
        "lifecycle": {
          "description": "Where the product is in its life: proposed, experimental, active, deprecated (no new consumers), dormant (serves old data only), retired.",
          "enum": [
            "proposed",
            "experimental",
            "active",
            "deprecated",
            "dormant",
            "retired"
          ]
        },
        "successor": {
          "$ref": "common.schema.json#/$defs/productId",
          "description": "The product consumers should move to when this one is deprecated."
        },
        "sunset": {
          "$ref": "common.schema.json#/$defs/date",
          "description": "The date after which a deprecated product stops serving data."
        },
        "tags": {
          "description": "Search tags.",
          "type": "array",
          "maxItems": 20,
          "uniqueItems": true,
          "items": {
            "$ref": "common.schema.json#/$defs/tag"
          }
        }
      }
    },
    "spec": {
      "title": "ProductSpec",
      "description": "What the product serves and how it may be used.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "description",
        "inputPorts",
        "outputPorts",
        "access"
      ],
      "properties": {
        "description": {
          "$ref": "common.schema.json#/$defs/text",
          "description": "What the data means (Markdown)."
        },
        "purpose": {
          "$ref": "common.schema.json#/$defs/text",
          "description": "Why the product exists and who it serves."
        },
        "limitations": {
          "$ref": "common.schema.json#/$defs/text",
          "description": "What the product does not contain or guarantee."
        },
        "inputPorts": {
          "description": "Where the data comes from: operational systems or other products' output ports. Source-aligned products read systems; lineage across the mesh is derived from these.",
          "type": "array",
          "maxItems": 50,
          "items": {
            "$ref": "#/$defs/inputPort"
          }
        },
        "outputPorts": {
          "description": "How the data is served. At least one.",
          "type": "array",
          "minItems": 1,
          "maxItems": 20,
          "items": {
            "$ref": "#/$defs/outputPort"
          }
        },
        "access": {
          "$ref": "#/$defs/access"
        },
        "policies": {
          "$ref": "#/$defs/policies"
        },
        "transformation": {
          "$ref": "#/$defs/transformation"
        },
        "docs": {
          "$ref": "#/$defs/docs"
        },
        "support": {
          "$ref": "#/$defs/support"
        }
      }
    },
    "inputPort": {
      "title": "InputPort",
      "description": "One dependency of the product.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "source",
        "mode"
      ],
      "properties": {
        "name": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The port's name, unique within the product."
        },
        "description": {
          "$ref": "common.schema.json#/$defs/shortText"
        },
        "source": {
          "$ref": "#/$defs/inputSource"
        },
        "mode": {
          "description": "subscribe: react to each new processing time upstream; pull: read on a schedule.",
          "enum": [
            "subscribe",
            "pull"
          ]
        },
        "schedule": {
          "description": "For pull ports: a five-field cron expression in UTC, such as `0 0 * * *`.",
          "type": "string",
          "pattern": "^(\\S+\\s+){4}\\S+$",
          "maxLength": 100
        },
        "query": {
          "$ref": "common.schema.json#/$defs/text",
          "description": "An optional query run on the source (SQL)."
        }
      }
    },
    "inputSource": {
      "title": "InputSource",
      "description": "Either another product's output port (`product` and `port`) or an operational system (`system` and `kind`).",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "product": {
          "$ref": "common.schema.json#/$defs/productId",
          "description": "The upstream product's id."
        },
        "port": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The upstream product's output port."
        },
        "system": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "An operational system of the domain, or an external one."
        },
        "kind": {
          "description": "How the system shares its data.",
          "enum": [
            "event-log",
            "cdc",
            "api",
            "files",
            "database",
            "external"
          ]
        }
      },
      "oneOf": [
        {
          "required": [
            "product",
            "port"
          ],
          "properties": {
            "system": false,
            "kind": false
          }
        },
        {
          "required": [
            "system",
            "kind"
          ],
          "properties": {
            "product": false,
            "port": false
          }
        }
      ]
    },
    "outputPort": {
      "title": "OutputPort",
      "description": "One way the product serves its data, with its contract: schema, both times, retention, SLOs and quality checks.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "kind",
        "temporal",
        "schema",
        "slos"
      ],
      "properties": {
        "name": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The port's name, unique within the product."
        },
        "kind": {
          "description": "The access mode.",
          "enum": [
            "table",
            "files",
            "stream",
            "api"
          ]
        },
        "format": {
          "description": "For files and streams: the encoding.",
          "enum": [
            "parquet",
            "csv",
            "json",
            "avro",
            "delta",
            "iceberg"
          ]
        },
        "description": {
          "$ref": "common.schema.json#/$defs/text"
        },
        "temporal": {
          "$ref": "#/$defs/temporal"
        },
        "schema": {
          "description": "The columns of the port, in order.",
          "type": "array",
          "minItems": 1,
          "maxItems": 500,
          "items": {
            "$ref": "#/$defs/column"
          }
        },
        "primaryKey": {
          "description": "Column names that identify a row.",
          "type": "array",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "$ref": "#/$defs/columnName"
          }
        },
        "retention": {
          "description": "How long records are kept: an ISO 8601 duration such as `P3Y`, or `infinite`.",
          "anyOf": [
            {
              "$ref": "common.schema.json#/$defs/isoDuration"
            },
            {
              "const": "infinite"
            }
          ]
        },
        "slos": {
          "description": "The port's service level objectives. At least one.",
          "type": "array",
          "minItems": 1,
          "maxItems": 20,
          "items": {
            "$ref": "#/$defs/slo"
          }
        },
        "deprecated": {
          "title": "PortDeprecation",
          "description": "Marks a port being replaced: consumers have until the sunset date to move. A port may be removed once its sunset has passed.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "sunset"
          ],
          "properties": {
            "sunset": {
              "$ref": "common.schema.json#/$defs/date",
              "description": "The last day the port is served."
            },
            "successor": {
              "$ref": "common.schema.json#/$defs/slug",
              "description": "The port consumers should move to."
            }
          }
        },
        "quality": {
          "description": "Quality checks run on the port's data.",
          "type": "array",
          "maxItems": 50,
          "items": {
            "$ref": "#/$defs/qualityCheck"
          }
        }
      }
    },
    "temporal": {
      "title": "Temporal",
      "description": "The book's two times: when the fact happened (actual time) and when the product processed it (processing time). Both are columns of the schema.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "actualTime",
        "processingTime"
      ],
      "properties": {
        "actualTime": {
          "$ref": "#/$defs/columnName",
          "description": "The column holding the actual (event or state) time."
        },
        "processingTime": {
          "$ref": "#/$defs/columnName",
          "description": "The column holding the processing time."
        },
        "window": {
          "$ref": "common.schema.json#/$defs/isoDuration",
          "description": "For aggregates: the actual-time window each row covers, such as `P1D`."
        }
      }
    },
    "columnName": {
      "description": "A column name: lowercase letters, digits and underscores, starting with a letter or underscore (at most 63 characters).",
      "type": "string",
      "pattern": "^[a-z_][a-z0-9_]{0,62}$"
    },
    "column": {
      "title": "Column",
      "description": "One typed column of an output port.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "type"
      ],
      "properties": {
        "name": {
          "$ref": "#/$defs/columnName"
        },
        "type": {
          "description": "The logical type; each platform maps it to its own.",
          "enum": [
            "string",
            "boolean",
            "integer",
            "bigint",
            "double",
            "decimal",
            "date",
            "timestamp",
            "uuid",
            "json",
            "bytes"
          ]
        },
        "precision": {
          "description": "For decimal: total digits.",
          "type": "integer",
          "minimum": 1,
          "maximum": 38
        },
        "scale": {
          "description": "For decimal: digits after the point.",
          "type": "integer",
          "minimum": 0,
          "maximum": 38
        },
        "required": {
          "description": "True when every row has a value (NOT NULL).",
          "type": "boolean"
        },
        "description": {
          "$ref": "common.schema.json#/$defs/shortText"
        },
        "identifier": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The global identifier (polyseme) this column holds, such as `listener`, `artist` or `track`."
        },
        "classification": {
          "description": "What the column carries: pii (personal data), sensitive-pii (special categories), or a classification level above the port's default.",
          "enum": [
            "pii",
            "sensitive-pii",
            "confidential",
            "internal",
            "public"
          ]
        }
      }
    },
    "slo": {
      "title": "Slo",
      "description": "A service level objective: a threshold on an indicator, an objective (share of good time slices) and a window.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name",
        "type",
        "objective",
        "window"
      ],
      "properties": {
        "name": {
          "$ref": "common.schema.json#/$defs/slug"
        },
        "type": {
          "description": "freshness: age of the newest processing time; timeliness: skew between actual and processing time; intervalOfChange: gap between processing times; completeness: share of non-null required values; volume: rows per interval; quality: the port's quality checks pass; availability: the port answers a probe.",
          "enum": [
            "freshness",
            "timeliness",
            "intervalOfChange",
            "completeness",
            "volume",
            "quality",
            "availability"
          ]
        },
        "description": {
          "$ref": "common.schema.json#/$defs/shortText"
        },
        "threshold": {
          "description": "The bound on the indicator: a duration (`PT6H`) for time types, a percentage (`99.5%`) for completeness.",
          "anyOf": [
            {
              "$ref": "common.schema.json#/$defs/isoDuration"
            },
            {
              "$ref": "common.schema.json#/$defs/percent"
            }
          ]
        },
        "percentile": {
          "description": "For timeliness: the percentile the threshold applies to.",
          "type": "number",
          "exclusiveMinimum": 0,
          "maximum": 100
        },
        "min": {
          "description": "For volume: the fewest rows per interval.",
          "type": "integer",
          "minimum": 0
        },
        "max": {
          "description": "For volume: the most rows per interval.",
          "type": "integer",
          "minimum": 0
        },
        "objective": {
          "$ref": "common.schema.json#/$defs/percent",
          "description": "The share of good time slices in the window, such as `99%`."
        },
        "window": {
          "$ref": "common.schema.json#/$defs/window",
          "description": "The rolling window the objective is measured over, such as `28d`."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "freshness",
                  "timeliness",
                  "intervalOfChange"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "required": [
              "threshold"
            ],
            "properties": {
              "threshold": {
                "$ref": "common.schema.json#/$defs/isoDuration"
              }
            }
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "completeness"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "required": [
              "threshold"
            ],
            "properties": {
              "threshold": {
                "$ref": "common.schema.json#/$defs/percent"
              }
            }
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "volume"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "anyOf": [
              {
                "required": [
                  "min"
                ]
              },
              {
                "required": [
                  "max"
                ]
              }
            ]
          }
        }
      ]
    },
    "qualityCheck": {
      "title": "QualityCheck",
      "description": "A check on the port's data: unique or not_null columns, accepted values, a numeric range, or a SQL query whose single number must equal `mustBe` (write `{table}` for the port's table).",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "type"
      ],
      "properties": {
        "type": {
          "enum": [
            "unique",
            "not_null",
            "accepted_values",
            "range",
            "sql"
          ]
        },
        "name": {
          "$ref": "common.schema.json#/$defs/slug"
        },
        "column": {
          "$ref": "#/$defs/columnName"
        },
        "columns": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/columnName"
          }
        },
        "values": {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": [
              "string",
              "number",
              "boolean"
            ]
          }
        },
        "min": {
          "type": "number"
        },
        "max": {
          "type": "number"
        },
        "query": {
          "$ref": "common.schema.json#/$defs/text"
        },
        "mustBe": {
          "type": "number"
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "const": "unique"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "required": [
              "columns"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "not_null"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "required": [
              "column"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "accepted_values"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "required": [
              "column",
              "values"
            ]
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "range"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "required": [
              "column"
            ],
            "anyOf": [
              {
                "required": [
                  "min"
                ]
              },
              {
                "required": [
                  "max"
                ]
              }
            ]
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "const": "sql"
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "required": [
              "name",
              "query",
              "mustBe"
            ]
          }
        }
      ]
    },
    "access": {
      "title": "Access",
      "description": "Who may read the product. Owners of products whose input ports read it get access too.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "classification"
      ],
      "properties": {
        "classification": {
          "$ref": "common.schema.json#/$defs/classification"
        },
        "consumers": {
          "description": "Teams outside the mesh's lineage that may read the product, each with a purpose and an expiry.",
          "type": "array",
          "maxItems": 200,
          "items": {
            "$ref": "#/$defs/consumer"
          }
        }
      }
    },
    "consumer": {
      "title": "Consumer",
      "description": "A team granted read access, why, and until when.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "team",
        "purpose"
      ],
      "properties": {
        "team": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "A team of `catalog/teams/`."
        },
        "purpose": {
          "$ref": "common.schema.json#/$defs/shortText"
        },
        "ports": {
          "description": "The output ports granted (all when absent).",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "common.schema.json#/$defs/slug"
          }
        },
        "until": {
          "$ref": "common.schema.json#/$defs/date",
          "description": "The day the grant ends."
        }
      }
    },
    "policies": {
      "title": "ProductPolicies",
      "description": "The product's local policy configuration: regulations, where data may live, consent, and how erroneous records are handled.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "regulations": {
          "description": "Regulations and agreements that apply.",
          "type": "array",
          "uniqueItems": true,
          "items": {
            "enum": [
              "GDPR",
              "CCPA",
              "HIPAA",
              "PCI-DSS",
              "SOX",
              "LGPD",
              "APP",
              "contract"
            ]
          }
        },
        "locality": {
          "description": "Regions where the data may be stored and processed, such as `eu` or `us`.",
          "type": "array",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "pattern": "^[a-z]{2}(-[a-z0-9]+)?$"
          }
        },
        "consent": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The consent purpose the data owners agreed to."
        },
        "encryption": {
          "description": "Encryption at rest required.",
          "enum": [
            "none",
            "at-rest",
            "column-level"
          ]
        },
        "obsoleteRecords": {
          "description": "What happens to erroneous records: retracted by newer rows, or deleted.",
          "enum": [
            "retract",
            "delete"
          ]
        }
      }
    },
    "transformation": {
      "title": "Transformation",
      "description": "Where the product's code lives. Transformation logic stays in code, never in the manifest.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "kind"
      ],
      "properties": {
        "kind": {
          "enum": [
            "sql",
            "program",
            "ml-model",
            "none"
          ]
        },
        "path": {
          "$ref": "common.schema.json#/$defs/relativePath"
        },
        "tests": {
          "$ref": "common.schema.json#/$defs/relativePath"
        }
      }
    },
    "docs": {
      "title": "Docs",
      "description": "Documentation beside the manifest.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "readme": {
          "$ref": "common.schema.json#/$defs/relativePath"
        },
        "examples": {
          "type": "array",
          "items": {
            "$ref": "common.schema.json#/$defs/relativePath"
          }
        },
        "notebooks": {
          "type": "array",
          "items": {
            "$ref": "common.schema.json#/$defs/relativePath"
          }
        },
        "semanticModel": {
          "$ref": "common.schema.json#/$defs/relativePath"
        }
      }
    },
    "support": {
      "title": "Support",
      "description": "How consumers get help.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "channel": {
          "$ref": "common.schema.json#/$defs/channel"
        },
        "issues": {
          "description": "Where SLO breach issues go: the catalog repository's GitHub issues, or nowhere.",
          "enum": [
            "github",
            "none"
          ]
        }
      }
    }
  }
};
var dataSharingAgreementSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://meshplane.dev/schemas/v1/data-sharing-agreement.schema.json",
  "title": "DataSharingAgreement",
  "description": "An agreement between a consumer team and a data product's owners: which output ports (or columns) it may read, for what purpose, on what legal basis, from when until when, and what the provider promises in return. Lives beside the product it shares, at `catalog/<domain>/<product>/agreements/<name>.yaml`; merging it grants the access, its end revokes it.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "$ref": "common.schema.json#/$defs/apiVersion"
    },
    "kind": {
      "description": "The file kind.",
      "const": "DataSharingAgreement"
    },
    "metadata": {
      "title": "AgreementMetadata",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The agreement's name; equals the file name without `.yaml`. Usually the consumer team, or `<team>-<consuming product>` when a team has several."
        }
      }
    },
    "spec": {
      "title": "AgreementSpec",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "provider",
        "consumer",
        "purpose",
        "start",
        "end"
      ],
      "properties": {
        "provider": {
          "title": "AgreementProvider",
          "description": "What is shared: the product (the one whose folder holds the file) and its output ports.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "product",
            "ports"
          ],
          "properties": {
            "product": {
              "$ref": "common.schema.json#/$defs/productId",
              "description": "The providing product."
            },
            "ports": {
              "description": "The output ports shared; each whole, or limited to columns or to a classification ceiling.",
              "type": "array",
              "minItems": 1,
              "maxItems": 20,
              "items": {
                "$ref": "#/$defs/sharedPort"
              }
            }
          }
        },
        "consumer": {
          "title": "AgreementConsumer",
          "description": "Who reads: a team of `catalog/teams/`, and the product that reads when there is one.",
          "type": "object",
          "additionalProperties": false,
          "required": [
            "team"
          ],
          "properties": {
            "team": {
              "$ref": "common.schema.json#/$defs/slug",
              "description": "The consuming team; its role receives the grants."
            },
            "product": {
              "$ref": "common.schema.json#/$defs/productId",
              "description": "The consuming product, owned by the team, whose input ports read the shared ports."
            }
          }
        },
        "purpose": {
          "$ref": "common.schema.json#/$defs/text",
          "description": "What the consumer uses the data for."
        },
        "legalBasis": {
          "description": "For personal data: the lawful basis of the processing (GDPR Art. 6(1)).",
          "enum": [
            "consent",
            "contract",
            "legal-obligation",
            "vital-interests",
            "public-task",
            "legitimate-interests"
          ]
        },
        "start": {
          "$ref": "common.schema.json#/$defs/date",
          "description": "The first day access is granted."
        },
        "end": {
          "$ref": "common.schema.json#/$defs/date",
          "description": "The last day access is granted; the day after, the platform revokes it."
        },
        "obligations": {
          "title": "AgreementObligations",
          "description": "What the provider accepts in return.",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "slos": {
              "description": "The SLOs of the shared ports the provider keeps for this consumer (by name; all of them when absent).",
              "type": "array",
              "maxItems": 50,
              "uniqueItems": true,
              "items": {
                "$ref": "common.schema.json#/$defs/slug"
              }
            },
            "breakingChangeNotice": {
              "$ref": "common.schema.json#/$defs/isoDuration",
              "description": "How long before a breaking change of a shared port the consumer is told (such as `P30D`)."
            },
            "terms": {
              "$ref": "common.schema.json#/$defs/text",
              "description": "Other obligations, in words."
            }
          }
        }
      }
    }
  },
  "$defs": {
    "sharedPort": {
      "title": "SharedPort",
      "description": "One shared output port: whole, or only some columns (through a view), or only columns up to a classification.",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "An output port of the providing product."
        },
        "columns": {
          "description": "Only these columns (the consumer reads them through a view of its own).",
          "type": "array",
          "minItems": 1,
          "maxItems": 500,
          "uniqueItems": true,
          "items": {
            "type": "string",
            "pattern": "^[a-z_][a-z0-9_]*$",
            "maxLength": 63
          }
        },
        "maxClassification": {
          "description": "Only the columns classified at most this (personal data counts as restricted, special categories above it); a column without a classification has the product's.",
          "enum": [
            "public",
            "internal",
            "confidential",
            "restricted"
          ]
        }
      },
      "not": {
        "required": [
          "columns",
          "maxClassification"
        ]
      }
    }
  }
};
var domainSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://meshplane.dev/schemas/v1/domain.schema.json",
  "title": "Domain",
  "description": "A business domain of the mesh, at `catalog/<domain>/domain.yaml`. Its products live in folders beside this file.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "$ref": "common.schema.json#/$defs/apiVersion"
    },
    "kind": {
      "description": "The file kind.",
      "const": "Domain"
    },
    "metadata": {
      "title": "DomainMetadata",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The domain's name; equals its folder name. `teams` is reserved."
        },
        "title": {
          "$ref": "common.schema.json#/$defs/shortText",
          "description": "A display name."
        }
      }
    },
    "spec": {
      "title": "DomainSpec",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "description",
        "owner",
        "governanceRep"
      ],
      "properties": {
        "description": {
          "$ref": "common.schema.json#/$defs/text",
          "description": "What the domain does for the business (Markdown)."
        },
        "owner": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The team accountable for the domain; `catalog/teams/<owner>.yaml` must exist."
        },
        "governanceRep": {
          "$ref": "common.schema.json#/$defs/githubHandle",
          "description": "The domain's representative in the federated governance group."
        },
        "subdomains": {
          "description": "Subdomains products may name.",
          "type": "array",
          "uniqueItems": true,
          "items": {
            "$ref": "common.schema.json#/$defs/slug"
          }
        }
      }
    }
  }
};
var teamSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://meshplane.dev/schemas/v1/team.schema.json",
  "title": "Team",
  "description": "A team that owns or consumes data products, at `catalog/teams/<team>.yaml`.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "$ref": "common.schema.json#/$defs/apiVersion"
    },
    "kind": {
      "description": "The file kind.",
      "const": "Team"
    },
    "metadata": {
      "title": "TeamMetadata",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The team's name; equals the file name without `.yaml`."
        },
        "title": {
          "$ref": "common.schema.json#/$defs/shortText",
          "description": "A display name."
        }
      }
    },
    "spec": {
      "title": "TeamSpec",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "github",
        "contact"
      ],
      "properties": {
        "description": {
          "$ref": "common.schema.json#/$defs/text"
        },
        "github": {
          "$ref": "common.schema.json#/$defs/githubHandle",
          "description": "The GitHub team reviews are requested from, such as `@daff/podcast-data`."
        },
        "members": {
          "description": "GitHub handles of the members.",
          "type": "array",
          "uniqueItems": true,
          "items": {
            "$ref": "common.schema.json#/$defs/githubHandle"
          }
        },
        "contact": {
          "$ref": "common.schema.json#/$defs/channel",
          "description": "Where to reach the team."
        }
      }
    }
  }
};
var waiverSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://meshplane.dev/schemas/v1/waiver.schema.json",
  "title": "Waiver",
  "description": "A time-limited exception to one policy rule for one product, approved by the governance group, at `policies/waivers/<name>.yaml`.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "apiVersion",
    "kind",
    "metadata",
    "spec"
  ],
  "properties": {
    "apiVersion": {
      "$ref": "common.schema.json#/$defs/apiVersion"
    },
    "kind": {
      "description": "The file kind.",
      "const": "Waiver"
    },
    "metadata": {
      "title": "WaiverMetadata",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "$ref": "common.schema.json#/$defs/slug",
          "description": "The waiver's name; equals the file name without `.yaml`."
        }
      }
    },
    "spec": {
      "title": "WaiverSpec",
      "type": "object",
      "additionalProperties": false,
      "required": [
        "rule",
        "product",
        "reason",
        "approvedBy",
        "expires"
      ],
      "properties": {
        "rule": {
          "description": "The id of the waived rule, such as `global.locality.declared`.",
          "type": "string",
          "pattern": "^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+$",
          "maxLength": 127
        },
        "product": {
          "$ref": "common.schema.json#/$defs/productId",
          "description": "The product the waiver applies to."
        },
        "reason": {
          "$ref": "common.schema.json#/$defs/text",
          "description": "Why the exception is acceptable, and the plan to end it."
        },
        "approvedBy": {
          "$ref": "common.schema.json#/$defs/githubHandle",
          "description": "Who approved it for the governance group."
        },
        "expires": {
          "$ref": "common.schema.json#/$defs/date",
          "description": "The last day the waiver applies."
        }
      }
    }
  }
};
var allSchemas = [commonSchema, configSchema, dataProductSchema, dataSharingAgreementSchema, domainSchema, teamSchema, waiverSchema];

// packages/core/dist/validate/compile-validators.js
var FILE_KINDS = ["DataProduct", "Domain", "Team", "Waiver", "Config", "DataSharingAgreement"];
var SCHEMA_IDS = {
  DataProduct: "https://meshplane.dev/schemas/v1/data-product.schema.json",
  Domain: "https://meshplane.dev/schemas/v1/domain.schema.json",
  Team: "https://meshplane.dev/schemas/v1/team.schema.json",
  Waiver: "https://meshplane.dev/schemas/v1/waiver.schema.json",
  Config: "https://meshplane.dev/schemas/v1/config.schema.json",
  DataSharingAgreement: "https://meshplane.dev/schemas/v1/data-sharing-agreement.schema.json"
};
var compiled;
function getValidator(kind) {
  if (!compiled) {
    const ajv = new import__.Ajv2020({ allErrors: true, strict: true, strictTypes: false, strictRequired: false, verbose: true });
    import_ajv_formats.default.default(ajv, ["date", "date-time", "uri", "email"]);
    for (const s of allSchemas)
      ajv.addSchema(s);
    compiled = new Map(FILE_KINDS.map((k) => [k, ajv.getSchema(SCHEMA_IDS[k])]));
  }
  const v = compiled.get(kind);
  if (!v)
    throw new Error(`no schema for kind ${kind}`);
  return v;
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
  const seen = /* @__PURE__ */ new Set();
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
    if (seen.has(key))
      continue;
    seen.add(key);
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
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  values.forEach((v, i) => seen.has(v) ? out.push([i, v]) : seen.add(v));
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
  const optional = {
    provider: product,
    team: str2(consumer.team),
    consumerProduct: str2(consumer.product),
    purpose: str2(spec.purpose),
    legalBasis: str2(spec.legalBasis),
    start: str2(spec.start),
    end: str2(spec.end)
  };
  const defined = Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== void 0));
  return { name, file: doc.file, doc, valid, data, id: `${product ?? "?"}/${name}`, ports, ...defined };
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
    const v = validateDocument(doc);
    findings.push(...v.findings);
    if (v.kind === "DataProduct") {
      const node = readProductNode(doc, v.valid);
      if (node)
        index.products.push(node);
      if (v.valid)
        findings.push(...checkProductConsistency(doc.value, doc));
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

// packages/core/dist/graph/check-identity.js
var RESERVED_DOMAINS = /* @__PURE__ */ new Set(["teams"]);
var PRODUCT_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*\.[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
function checkIdentity(index, layout) {
  return [
    ...checkProductIds(index.products, layout),
    ...checkNames(index.domains, "Domain", (n) => `${layout.catalogRoot}/${n}/domain.yaml`),
    ...checkNames(index.teams, "Team", (n) => `${layout.catalogRoot}/teams/${n}.yaml`),
    ...checkNames(index.waivers, "Waiver", (n) => `policies/waivers/${n}.yaml`)
  ];
}
function checkProductIds(products, layout) {
  const out = [];
  const first = /* @__PURE__ */ new Map();
  for (const p of products) {
    const productId = p.id;
    const earlier = first.get(p.id);
    if (earlier) {
      out.push(findingAt(p.doc, "/metadata/id", {
        ruleId: "graph.duplicate-id",
        message: `Product id \`${p.id}\` is already used by ${earlier.file}:${earlier.doc.locate("/metadata/id").line}.`,
        hint: "Product ids are unique across the mesh. Give this product its own id (and folder).",
        productId
      }));
    } else
      first.set(p.id, p);
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
function checkNames(entries, kind, pathOf) {
  const out = [];
  const first = /* @__PURE__ */ new Map();
  for (const e of entries) {
    const earlier = first.get(e.name);
    if (earlier) {
      out.push(findingAt(e.doc, "/metadata/name", {
        ruleId: "graph.duplicate-name",
        message: `${kind} \`${e.name}\` is already defined in ${earlier.file}.`,
        hint: `Each ${kind.toLowerCase()} is defined once; remove or rename one of them.`
      }));
    } else
      first.set(e.name, e);
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

// packages/core/dist/graph/check-references.js
function checkReferences(index) {
  const teams = new Set(index.teams.map((t) => t.name));
  const domains = new Set(index.domains.map((d) => d.name));
  const products = /* @__PURE__ */ new Map();
  for (const p of index.products)
    if (!products.has(p.id))
      products.set(p.id, p);
  const out = [];
  for (const p of index.products) {
    out.push(...checkProductRefs(p, { teams, domains, products, files: index.files }));
  }
  for (const d of index.domains) {
    const owner = d.data.spec?.owner;
    if (typeof owner === "string" && !teams.has(owner))
      out.push(findingAt(d.doc, "/spec/owner", unknownTeam(owner, teams)));
  }
  for (const w of index.waivers) {
    const product = w.data.spec?.product;
    if (typeof product === "string" && !products.has(product)) {
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
  const docs = p.data.spec?.docs ?? {};
  const refs = [];
  for (const [key, v] of Object.entries(docs)) {
    if (typeof v === "string")
      refs.push([formatPointer(["spec", "docs", key]), v]);
    else if (Array.isArray(v))
      v.forEach((x, i) => refs.push([formatPointer(["spec", "docs", key, i]), x]));
  }
  const dir = p.file.includes("/") ? p.file.slice(0, p.file.lastIndexOf("/")) : "";
  return refs.filter(([, rel]) => typeof rel === "string" && !rel.split("/").includes("..") && !files.has(joinPosix(dir, rel))).map(([pointer, rel]) => findingAt(p.doc, pointer, {
    ruleId: "graph.missing-file",
    message: `${String(rel)} does not exist beside the manifest (no file ${joinPosix(dir, String(rel))}).`,
    hint: `Add ${joinPosix(dir, String(rel))}, or remove the reference.`,
    productId: p.id
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
function checkPlatformNames(index) {
  const findings = [];
  for (const p of index.products) {
    if (!p.valid || !p.domain)
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
    const why = t.valid ? explainUnsafeIdentifier(nameRole(t.name)) : void 0;
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
function listPortColumns(product, port) {
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
function checkAgreements(index, options) {
  const products = /* @__PURE__ */ new Map();
  for (const p of index.products)
    if (!products.has(p.id))
      products.set(p.id, p);
  const teams = new Set(index.teams.map((t) => t.name));
  const out = [];
  const seen = /* @__PURE__ */ new Map();
  for (const a of index.agreements) {
    const at = (pointer, text6) => void out.push(findingAt(a.doc, pointer, { ...text6, ...a.provider ? { productId: a.provider } : {} }));
    const earlier = seen.get(a.id);
    if (earlier)
      at("/metadata/name", {
        ruleId: "agreement.duplicate",
        message: `Agreement \`${a.id}\` is already defined in ${earlier.file}.`,
        hint: "Remove one of the two files."
      });
    else
      seen.set(a.id, a);
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
function checkAgreementCoverage(index, today) {
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

// packages/core/dist/check/check-catalog.js
function checkCatalog(source, options) {
  const { index, findings: schemaFindings } = indexCatalog(source);
  const graph = buildMeshGraph(index.products, index.agreements);
  const findings = [...source.findings, ...schemaFindings];
  if ((options.mode ?? "check") === "check") {
    findings.push(...checkIdentity(index, { catalogRoot: options.catalogRoot ?? "catalog" }), ...checkReferences(index), ...checkCycles(graph), ...checkPlatformNames(index), ...checkAgreements(index, { catalogRoot: options.catalogRoot ?? "catalog" }), ...checkAgreementCoverage(index, options.today));
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
  return { report, index, graph };
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
  const seen = /* @__PURE__ */ new Set([id]);
  const out = [];
  let frontier = [id];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const level = [];
    for (const cur of frontier) {
      for (const e of [...edgesOf.get(cur) ?? []].sort((a, b) => next(a).localeCompare(next(b)))) {
        const n = next(e);
        if (seen.has(n))
          continue;
        seen.add(n);
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
  const seen = /* @__PURE__ */ new Map();
  for (const g of grants)
    seen.set(`${g.schema}/${g.role}`, { schema: g.schema, object: "", role: g.role, privilege: "USAGE" });
  return [...seen.values()];
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
var keyOf = (schema, name) => `${schema}.${name}`;
var grantKey = (g) => `${g.schema}.${g.object}/${g.role}/${g.privilege}`;
var byKey = ([a], [b]) => a < b ? -1 : a > b ? 1 : 0;
function planChanges(desired, actual) {
  const tables = new Map(actual.tables.map((t) => [keyOf(t.schema, t.name), t]));
  const views = new Map(actual.views.map((v) => [keyOf(v.schema, v.name), v]));
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
  for (const t of [...desired.tables].sort((a, b) => keyOf(a.productId, a.port).localeCompare(keyOf(b.productId, b.port)))) {
    const now = tables.get(keyOf(t.schema, t.name));
    const steps = now ? planTableChanges(desired.engine, t, now, views.get(keyOf(t.schema, t.view.name))) : planNewTable(t);
    const retyped = steps.operations.some((o) => o.kind === "alter-column-type");
    const shares = planShareViews({ productId: t.productId, schema: t.schema, table: t.name }, t.shares ?? [], shareViews.get(keyOf(t.schema, t.name)) ?? [], retyped);
    perProduct.push(...shares.before, ...steps.operations, ...shares.after);
    blocked.push(...steps.blocked);
    present.add(keyOf(t.schema, t.name)).add(keyOf(t.schema, t.view.name));
    for (const v of shares.views)
      present.add(keyOf(t.schema, v));
  }
  for (const r of desired.retired) {
    if (!tables.has(keyOf(r.schema, r.name)))
      continue;
    perProduct.push(...planShareViews({ productId: r.productId, schema: r.schema, table: r.name }, [], shareViews.get(keyOf(r.schema, r.name)) ?? [], false).before);
    if (r.dropAllowed)
      perProduct.push({ kind: "drop-table", productId: r.productId, schema: r.schema, table: r.name, view: r.view });
    else {
      retained.push({ productId: r.productId, schema: r.schema, table: r.name, reason: r.reason });
      present.add(keyOf(r.schema, r.name)).add(keyOf(r.schema, r.view));
    }
  }
  const keepsGrants = ENGINE_FEATURES[desired.engine].replacedViewKeepsGrants;
  const droppedViews = new Set(perProduct.flatMap((o) => o.kind === "drop-view" || o.kind === "create-view" && o.replace && !keepsGrants ? [keyOf(o.schema, o.view)] : []));
  const grants = planGrants(desired, { ...actual, grants: actual.grants.filter((g) => !droppedViews.has(keyOf(g.schema, g.object))) }, present);
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
  const exists = (g) => g.object === "" ? schemas.has(g.schema) : present.has(keyOf(g.schema, g.object));
  const want = new Map(desired.grants.filter(exists).map((g) => [grantKey(g), g]));
  const have = new Map(actual.grants.filter(exists).map((g) => [grantKey(g), g]));
  const owner = new Map(desired.tables.flatMap((t) => [keyOf(t.schema, t.name), keyOf(t.schema, t.view.name), ...(t.shares ?? []).map((s) => keyOf(t.schema, s.view))].map((k) => [k, t.productId])));
  for (const r of desired.retired)
    owner.set(keyOf(r.schema, r.name), r.productId).set(keyOf(r.schema, r.view), r.productId);
  const shared = [];
  const perProduct = [];
  const place = (op, g) => {
    const productId = g.object === "" ? void 0 : owner.get(keyOf(g.schema, g.object));
    if (productId)
      perProduct.push({ ...op, productId });
    else
      shared.push(op);
  };
  for (const [k, g] of [...want].sort(byKey))
    if (!have.has(k))
      place({ kind: "grant", grant: strip(g) }, g);
  const held = new Set(desired.held);
  const isHeld = (g) => [...held].some((t) => t === keyOf(g.schema, g.object) || keyOf(g.schema, g.object).startsWith(`${t}__`));
  const keepsSchema = new Set(actual.grants.filter((g) => g.object !== "" && held.size > 0 && isHeld(g)).map((g) => `${g.schema}/${g.role}`));
  for (const [k, g] of [...have].sort(byKey)) {
    if (want.has(k) || g.object === "" && keepsSchema.has(`${g.schema}/${g.role}`))
      continue;
    place({ kind: "revoke", grant: strip(g) }, g);
  }
  return { shared, perProduct };
}
var strip = (g) => ({ schema: g.schema, object: g.object, role: g.role, privilege: g.privilege });
function findOrphans(desired, actual) {
  const wanted = /* @__PURE__ */ new Set([...desired.tables.map((t) => keyOf(t.schema, t.name)), ...desired.retired.map((r) => keyOf(r.schema, r.name)), ...desired.held]);
  const managed = new Map(actual.managed.map((m) => [keyOf(m.schema, m.table), m.productId]));
  const schemas = /* @__PURE__ */ new Set([...desired.schemas, ...actual.managed.map((m) => m.schema)]);
  schemas.delete(STATE_SCHEMA);
  return actual.tables.filter((t) => schemas.has(t.schema) && !wanted.has(keyOf(t.schema, t.name))).map((t) => {
    const productId = managed.get(keyOf(t.schema, t.name));
    return { schema: t.schema, table: t.name, ...productId ? { productId } : {} };
  }).sort((a, b) => keyOf(a.schema, a.table).localeCompare(keyOf(b.schema, b.table)));
}
function groupShareViews(views) {
  const by = /* @__PURE__ */ new Map();
  for (const v of views) {
    const at = v.name.lastIndexOf("__for_");
    if (at <= 0 || v.name.slice(at + 6).includes("__"))
      continue;
    const key = keyOf(v.schema, v.name.slice(0, at));
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
    let seen = false;
    let bad = false;
    for (; j < times.length && times[j] <= end; j++) {
      const good = isGoodValue(spec, values[j]);
      seen = true;
      bad ||= !good;
      carried = { at: times[j], good };
    }
    if (seen)
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
var keyOf2 = (s) => `${s.productId}/${s.port}/${s.slo}`;
var ORDER2 = { breached: 0, "at-risk": 1, "no-data": 2, ok: 3 };
function evaluateSlos(specs, observations, memory, options) {
  const statuses = [];
  const history = /* @__PURE__ */ new Map();
  const next = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    const key = keyOf2(spec);
    const evaluation = evaluateSlo(spec, observations.get(key) ?? [], {
      now: options.now,
      ...options.historyDays ? { historyDays: options.historyDays } : {}
    });
    const remembered = applyHysteresis(memory.get(key), evaluation.status.state, evaluation.status.since, options.holdFor ?? 2);
    next.set(key, remembered);
    statuses.push({ ...evaluation.status, state: remembered.state, since: remembered.since });
    history.set(key, evaluation.history);
  }
  statuses.sort((a, b) => ORDER2[a.state] - ORDER2[b.state] || keyOf2(a).localeCompare(keyOf2(b)));
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

// packages/core/dist/export/build-product-export.js
function buildProductExport(node, ctx) {
  const p = node.data;
  const { metadata: m, spec } = p;
  const walk = (direction) => walkLineage(ctx.graph, m.id, { direction, maxDepth: ctx.lineageDepth }).map((s) => ({ id: s.id, depth: s.depth }));
  const agreements = (ctx.graph.agreements.get(m.id) ?? []).filter((a) => a.valid).map((a) => describeAgreement(a, ctx.today, { provider: node }));
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
  for (const [id, seen] of Object.entries(observed.products)) {
    const node = graph.nodes.get(id);
    if (!node)
      continue;
    const declared = new Set(node.inputs.filter((i) => i.product && i.port).map((i) => `${i.product}/${i.port}`));
    const systems = new Set(node.inputs.flatMap((i) => i.system ? [i.system] : []));
    const drift = { productId: id, lastRun: seen.lastRun, undeclaredInputs: [], staleInputs: [], undeclaredOutputs: [] };
    const lastRead = /* @__PURE__ */ new Map();
    for (const name of Object.keys(seen.reads).sort()) {
      const run = seen.reads[name];
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
    for (const name of Object.keys(seen.writes).sort()) {
      if (datasets.has(name) || !ownsName(node, name))
        continue;
      drift.undeclaredOutputs.push({ dataset: name, run: seen.writes[name] });
    }
    if (seen.lastRun.time >= since) {
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
  const seen = /* @__PURE__ */ new Set();
  return statuses.map((status) => {
    const content = renderSloIssue(status, options.siteUrl);
    if (seen.has(content.fingerprint))
      return { kind: "none", fingerprint: content.fingerprint, state: status.state, reason: "duplicate status in the input" };
    seen.add(content.fingerprint);
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
  const seen = /* @__PURE__ */ new Set();
  for (const a of index.agreements) {
    if (seen.has(a.id))
      continue;
    seen.add(a.id);
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
    const seen = byRun.get(runId);
    const complete = event.eventType === "COMPLETE";
    if (seen?.complete && complete)
      repeated += 1;
    const run = seen?.run ?? { job: `${namespace}${jobName}`, jobName, runId, time: new Date(time).toISOString(), inputs: [], outputs: [], ...at };
    for (const n of names(event.inputs))
      if (!run.inputs.includes(n))
        run.inputs.push(n);
    for (const n of names(event.outputs))
      if (!run.outputs.includes(n))
        run.outputs.push(n);
    if (complete)
      Object.assign(run, { time: new Date(time).toISOString(), line: at.line });
    byRun.set(runId, { run, complete: (seen?.complete ?? false) || complete });
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
    ...withRoles(buildRoles(spec.access, portName, meta.productOwner)),
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
  describeReliedRelaxations,
  describeRenames,
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
  listObservationDays,
  listObservationFiles,
  listOperationalChecks,
  listPortColumns,
  listPortConsumers,
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
  readProductNode,
  readReliabilityLabel,
  readRenewalMarkers,
  readRuntimeRuns,
  readSloMarkers,
  readSloMemoryFile,
  readSloSpecs,
  readTeamHandle,
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
