/**
 * A part of `data.mesh` some rule may read: a path of keys, `*` standing for any key (the rule picks it at run time).
 * `defined` reads ask only whether a value is there (an expression such as `not data.mesh.teams[owner]`), not what
 * it holds.
 */
export interface MeshRead {
  path: string[];
  defined?: true;
}

/** A Rego module's syntax tree as `rego.parse_module` returns it (JSON). */
export type ModuleAst = Record<string, unknown>;

interface Term {
  type: string;
  value: unknown;
}

interface Rule {
  path: string[];
  module: ModuleScope;
  ast: unknown;
}

interface ModuleScope {
  pkg: string[];
  /** Imports under `data`, by name: the keys after `data` they stand for. */
  aliases: Map<string, string[]>;
  locals: Set<string>;
}

/** A rule's scope: its module's, and the variables its body binds to parts of `data` (see {@link bindVars}). */
interface RuleScope extends ModuleScope {
  bound: Map<string, string[][]>;
}

const ANY = '*';

/**
 * The parts of `data.mesh` the rules reachable from `entries` (rule paths under `data`, e.g. `meshplane.entry.product`)
 * may read, over the modules of a bundle. Reachability follows every reference to a rule or function: `data.…`
 * refs, names of the same package, and imports. Where the analysis cannot tell, it reads more, never less: a key
 * picked at run time is `*`, a value passed whole (`object.get(data.mesh.consumers, …)`, `some p in
 * data.mesh.products`) is read whole, and `data` read whole or by a computed first key reads the whole mesh. The
 * result is what remembered policy results are keyed by, so reading too little would serve results that lie.
 */
export function listMeshReads(modules: Iterable<ModuleAst>, entries: readonly string[][]): MeshRead[] {
  const rules = indexRules(modules);
  const reads = new Map<string, MeshRead>();
  const seen = new Set<Rule>();
  const queue: Rule[] = [];
  const reach = (path: string[]): void => {
    for (const r of rules) {
      if (seen.has(r) || !overlaps(r.path, path)) continue;
      seen.add(r);
      queue.push(r);
    }
  };
  const record = (path: string[], defined: boolean): void => {
    if (path.length === 0 || path[0] === ANY) {
      reads.set('', { path: [] });
      reach([]);
      return;
    }
    if (path[0] === 'mesh') {
      const read: MeshRead = defined ? { path: path.slice(1), defined: true } : { path: path.slice(1) };
      reads.set(JSON.stringify(read), read);
    }
    reach(path);
  };
  for (const e of entries) reach(e);
  while (queue.length > 0) {
    const rule = queue.pop() as Rule;
    walk(rule.ast, { ...rule.module, bound: bindVars(rule.ast, rule.module) }, record);
  }
  return simplify([...reads.values()]);
}

function indexRules(modules: Iterable<ModuleAst>): Rule[] {
  const rules: Rule[] = [];
  for (const m of modules) {
    const pkg = ((m.package as { path?: Term[] } | undefined)?.path ?? []).slice(1).map((t) => String(t.value));
    const aliases = new Map<string, string[]>();
    for (const i of (m.imports ?? []) as { path?: Term; alias?: string }[]) {
      const path = i.path?.type === 'ref' ? (i.path.value as Term[]) : i.path?.type === 'var' ? [i.path] : [];
      const last = path.at(-1);
      const name = i.alias ?? (last?.type === 'string' || last?.type === 'var' ? String(last.value) : undefined);
      if (name && path[0]?.type === 'var' && path[0].value === 'data') aliases.set(name, keysOf(path.slice(1)));
    }
    const scope: ModuleScope = { pkg, aliases, locals: new Set() };
    for (const ast of (m.rules ?? []) as { head?: { ref?: Term[]; name?: string } }[]) {
      const [first, ...rest] = ast.head?.ref ?? (ast.head?.name ? [{ type: 'var', value: ast.head.name }] : []);
      if (!first) continue;
      const name = String(first.value);
      scope.locals.add(name);
      rules.push({ path: [...pkg, name, ...keysOf(rest)], module: scope, ast });
    }
  }
  return rules;
}

/** A ref's keys after its head, `*` for any that is not a string constant (a key picked at run time). */
function keysOf(terms: readonly Term[]): string[] {
  return terms.map((t) => (t.type === 'string' ? String(t.value) : ANY));
}

/** Whether one path leads into the other (or they are the same), `*` matching any key. */
function overlaps(a: readonly string[], b: readonly string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) if (a[i] !== b[i] && a[i] !== ANY && b[i] !== ANY) return false;
  return true;
}

type RecordRead = (path: string[], defined: boolean) => void;

/** An expression that binds a fresh variable to a value under `data`: `v := REF`, `some v in REF`, `some k, v in REF`. */
interface Binding {
  name: string;
  ref: Term[];
  /** `some … in`: the variable takes each member, so it stands for REF's path and then `*`. */
  member: boolean;
}

/** The binding an expression makes, if it is one of the forms of {@link Binding}. */
function matchBinding(o: Record<string, unknown>): Binding | undefined {
  if (!('index' in o)) return undefined;
  const terms = o.terms;
  if (Array.isArray(terms) && terms.length === 3) {
    const [op, lhs, rhs] = terms as Term[];
    const opName = op?.type === 'ref' ? (op.value as Term[]) : [];
    // Only `:=`, which always declares a fresh variable: `v = REF` may compare a bound `v` with all of REF.
    if (opName.length === 1 && opName[0]?.value === 'assign' && lhs?.type === 'var' && rhs?.type === 'ref')
      return { name: String(lhs.value), ref: rhs.value as Term[], member: false };
    return undefined;
  }
  const symbols = (terms as { symbols?: Term[] } | undefined)?.symbols;
  if (!Array.isArray(symbols) || symbols.length !== 1 || symbols[0]?.type !== 'call') return undefined;
  const [fn, ...args] = symbols[0].value as Term[];
  const fnName = fn?.type === 'ref' ? keysOf((fn.value as Term[]).slice(1)) : [];
  const member = (fn?.value as Term[] | undefined)?.[0]?.value === 'internal' && (fnName[0] === 'member_2' || fnName[0] === 'member_3');
  const value = args.at(-2);
  const collection = args.at(-1);
  return member && value?.type === 'var' && collection?.type === 'ref'
    ? { name: String(value.value), ref: collection.value as Term[], member: true }
    : undefined;
}

/** The paths under `data` a ref may stand for (none when it does not resolve under `data`). */
function resolveRef(terms: readonly Term[], scope: ModuleScope, bound: ReadonlyMap<string, string[][]>): string[][] {
  const head = terms[0];
  if (head?.type !== 'var') return [];
  const name = String(head.value);
  const rest = keysOf(terms.slice(1));
  const alias = scope.aliases.get(name);
  const paths = (bound.get(name) ?? []).map((p) => [...p, ...rest]);
  if (name === 'data') paths.push(rest);
  else if (alias) paths.push([...alias, ...rest]);
  else if (scope.locals.has(name)) paths.push([...scope.pkg, name, ...rest]);
  return paths;
}

/**
 * The variables a rule binds to values under `data` (its own body, its comprehensions' and else branches' alike),
 * each with every path it is bound to anywhere in the rule: a use of the variable then reads what it is bound to, not
 * the whole collection it came from. A variable bound by any other form is not tracked, and its value's ref is read
 * whole where it appears, as before.
 */
function bindVars(ast: unknown, scope: ModuleScope): Map<string, string[][]> {
  const bindings: Binding[] = [];
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) return void node.forEach(collect);
    if (!node || typeof node !== 'object') return;
    const b = matchBinding(node as Record<string, unknown>);
    if (b) bindings.push(b);
    for (const v of Object.values(node)) collect(v);
  };
  collect(ast);
  // A variable bound to more paths than this is not tracked: its bindings' refs are read whole, as before, and every
  // binding is worked out again without it (a binding through it would otherwise miss paths).
  const untracked = new Set<string>();
  for (;;) {
    const bound = bindTracked(bindings, scope, untracked);
    if (bound) return bound;
  }
}

/** The fixpoint of {@link bindVars} without the `untracked` names; undefined when it had to untrack one more. */
function bindTracked(bindings: readonly Binding[], scope: ModuleScope, untracked: Set<string>): Map<string, string[][]> | undefined {
  const bound = new Map<string, string[][]>();
  // Bindings can chain (`some p in data.mesh.products; some i in p.inputs`): repeat until nothing new is bound.
  for (let changed = true; changed;) {
    changed = false;
    for (const b of bindings) {
      if (untracked.has(b.name)) continue;
      for (const path of resolveRef(b.ref, scope, bound)) {
        const full = b.member ? [...path, ANY] : path;
        const known = bound.get(b.name) ?? [];
        if (known.some((k) => k.join('\0') === full.join('\0'))) continue;
        if (known.length >= 64) {
          untracked.add(b.name);
          return undefined;
        }
        bound.set(b.name, [...known, full]);
        changed = true;
      }
    }
  }
  return bound;
}

/** Walks a syntax tree, recording every ref that resolves under `data`. */
function walk(node: unknown, scope: RuleScope, record: RecordRead): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x, scope, record);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
  // A binding the rule tracks: what its variable is bound to is read where the variable is used (and tested for
  // presence here: the rule goes on only where it is there); the keys the ref computes are read now.
  const binding = matchBinding(o);
  if (binding && scope.bound.has(binding.name)) {
    for (const path of resolveRef(binding.ref, scope, scope.bound)) record(binding.member ? [...path, ANY] : path, true);
    for (const t of binding.ref.slice(1)) walk(t, scope, record);
    const head = binding.ref[0];
    if (head && head.type !== 'var') walk(head, scope, record);
    // The rest of the expression (`with` modifiers) as any other.
    for (const [k, v] of Object.entries(o)) if (k !== 'terms') walk(v, scope, record);
    return;
  }
  // An expression that is a single ref tests whether the value is there (and not false).
  if ('index' in o && isTerm(o.terms) && o.terms.type === 'ref') {
    readRef(o.terms.value as Term[], scope, record, true);
    for (const [k, v] of Object.entries(o)) if (k !== 'terms') walk(v, scope, record);
    return;
  }
  if (isTerm(o) && o.type === 'ref') {
    readRef(o.value as Term[], scope, record, false);
    return;
  }
  if (isTerm(o) && o.type === 'var') {
    readRef([o], scope, record, false);
    return;
  }
  for (const v of Object.values(o)) walk(v, scope, record);
}

function readRef(terms: Term[], scope: RuleScope, record: RecordRead, defined: boolean): void {
  // Keys computed by other refs (`data.mesh.products[port.source.product]`) are read too.
  for (const t of terms.slice(1)) walk(t, scope, record);
  const head = terms[0];
  if (head?.type !== 'var') {
    walk(head, scope, record);
    return;
  }
  for (const keys of resolveRef(terms, scope, scope.bound)) record(keys, defined);
}

function isTerm(x: unknown): x is Term {
  return !!x && typeof x === 'object' && typeof (x as Term).type === 'string' && 'value' in (x as Term);
}

/** Drops reads another read covers: the whole mesh covers everything, a read of a value covers reads below it. */
function simplify(reads: MeshRead[]): MeshRead[] {
  const covers = (a: MeshRead, b: MeshRead): boolean =>
    a !== b && !a.defined && a.path.length <= b.path.length && a.path.every((k, i) => k === ANY || k === b.path[i]);
  return reads.filter((r) => !reads.some((o) => covers(o, r))).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
