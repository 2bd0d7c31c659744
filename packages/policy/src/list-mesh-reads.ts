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
    walk(rule.ast, rule.module, record);
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

/** Walks a syntax tree, recording every ref that resolves under `data`. */
function walk(node: unknown, scope: ModuleScope, record: RecordRead): void {
  if (Array.isArray(node)) {
    for (const x of node) walk(x, scope, record);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const o = node as Record<string, unknown>;
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

function readRef(terms: Term[], scope: ModuleScope, record: RecordRead, defined: boolean): void {
  // Keys computed by other refs (`data.mesh.products[port.source.product]`) are read too.
  for (const t of terms.slice(1)) walk(t, scope, record);
  const head = terms[0];
  if (head?.type !== 'var') {
    walk(head, scope, record);
    return;
  }
  const name = String(head.value);
  const rest = keysOf(terms.slice(1));
  const alias = scope.aliases.get(name);
  const keys = name === 'data' ? rest : alias ? [...alias, ...rest] : scope.locals.has(name) ? [...scope.pkg, name, ...rest] : undefined;
  if (keys) record(keys, defined);
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
