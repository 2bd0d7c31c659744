/** The CLI's usage text (the README's command table says the same at more length). */
export const HELP = `mesh — Meshplane: GitOps governance and catalog for a data mesh

Usage:
  mesh check [path] [--base REF]      Validate every file, check the whole mesh, the change against REF, and the policies
  mesh diff --base REF [--head REF]   What a change does: breaking changes, the version bump it needs, who it affects
  mesh validate [path | file…]        Check files against their schemas only
  mesh graph <product> [--upstream | --downstream] [--depth N]
                                      Lineage: what a product depends on and what depends on it
  mesh new product <domain>/<name> [--name TEXT] [--owner TEAM] [--product-owner @ORG/PERSON]
                                   [--archetype KIND] [--description TEXT] [--locality eu,us]
                                      Write a new product manifest that passes mesh check
  mesh plan [path] [--base REF]       What applying would change on the platform; with REF, what merging into REF would
  mesh apply [path] [--dry-run]       Check the catalog, then provision it (DuckDB by default; .github/meshplane.yml)
  mesh drift [path]                   What was changed on the platform by hand since the last apply (exit 1 if anything)
  mesh state [path]                   The applies recorded on the platform and the tables Meshplane manages
  mesh slo sync-issues --statuses FILE --site-url URL [--dry-run]
                                      Open, edit, close and reopen one GitHub issue per SLO episode (GITHUB_TOKEN,
                                      GITHUB_REPOSITORY, GITHUB_API_URL)
  mesh policy impact --base REF       What the work tree's policies would change across the mesh
  mesh policy test                    opa test with coverage (fails under 90 %)
  mesh policy fmt [--fix]             Rego files opa fmt would change
  mesh policy docs                    The rule catalog from the rules' METADATA

Options:
  --format text|json|github|sarif|markdown   Output format (default text)
  --base REF                          check: judge with the policies and waivers of this git ref (a pull request's base)
  --today YYYY-MM-DD                  The date waivers, enforceFrom and consumer grants are judged on (default today, UTC)
  --dry-run                           apply: print the plan against the platform and change nothing
  --root PATH                         Repository root for graph, new and policy (default .)
  -h, --help                          Show this help
  -v, --version                       Show the version

Exit codes: 0 clean (no errors), 1 error findings (plan: blocked changes; drift: drift found), 2 usage, configuration or
platform fault (unreachable, locked).
`;
