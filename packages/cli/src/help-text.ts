/** The CLI's usage text (the README's command table says the same at more length). */
export const HELP = `mesh — Meshplane: GitOps governance and catalog for a data mesh

Usage:
  mesh init [dir] --org ORG [--domain D] [--team T] [--governance-team T] [--product-owner @ORG/PERSON]
                  [--actions OWNER/REPO@COMMIT] [--force]
                                      Start a catalog repository that passes mesh check and mesh policy test at once
  mesh check [path] [--base REF] [--slo-status FILE] [--reliability-fix] [--observed FILE]
                                      Validate every file, check the whole mesh, the change against REF, and the policies;
                                      with REF, a change to a product whose SLO error budget is exhausted fails unless it
                                      is a reliability fix (statuses from FILE, default .meshplane/slo-status.json), and
                                      the runtime drift of the products it touches is warned; policies read the observed
                                      lineage (default .meshplane/lineage-observed.json) as input.runtime
  mesh diff --base REF [--head REF]   What a change does: breaking changes, the version bump it needs, who it affects
  mesh validate [path | file…]        Check files against their schemas only
  mesh codeowners [path] [--write]    .github/CODEOWNERS from domains and teams (print, or write it)
  mesh graph <product> [--upstream | --downstream] [--depth N]
                                      Lineage: what a product depends on and what depends on it
  mesh new product <domain>/<name> [--name TEXT] [--owner TEAM] [--product-owner @ORG/PERSON]
                                   [--archetype KIND] [--description TEXT] [--locality eu,us]
                                      Write a new product manifest that passes mesh check
  mesh access request <product>/<port>[,<port>…] --team T --purpose TEXT --until YYYY-MM-DD [--product P]
                      [--start D] [--columns A,B | --max-classification LEVEL] [--legal-basis BASIS] [--name N]
                      [--open-pr [--base BRANCH]]
                                      Draft a data sharing agreement beside the product, for a pull request its owners
                                      approve (--open-pr pushes a branch and opens it: GITHUB_TOKEN, GITHUB_REPOSITORY);
                                      merging grants the team read access until the end day
  mesh access migrate [--dry-run] [--days N]
                                      Inline access.consumers and uncovered input ports as agreement files
  mesh access renewals [--days N]     The agreements ending within N days (review.agreements.renewalDays, default 14) or
                                      ended, with both teams and whose approval a renewal needs
  mesh access sync-issues [--days N] [--site-url URL] [--dry-run]
                                      One GitHub issue per such agreement for both teams, closed once renewed or removed
                                      (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL)
  mesh plan [path] [--base REF]       What applying would change on the platform; with REF, what merging into REF would
  mesh apply [path] [--dry-run]       Check the catalog, then provision it (DuckDB by default; .github/meshplane.yml)
  mesh drift [path]                   What was changed on the platform by hand since the last apply (exit 1 if anything)
  mesh state [path]                   The applies recorded on the platform and the tables Meshplane manages
  mesh slo measure                    Measure every SLO with SQL probes on the platform and store the observations
  mesh slo ingest <file>              Store observations pushed as JSON lines or OpenLineage run events
  mesh slo status [product] [--all]   Which SLOs are ok, at risk, breached or without data, and why
  mesh slo evaluate [--out FILE]      Evaluate, remember the states (hysteresis) and write the export for the site
  mesh slo export <file.parquet>      Every stored observation as a Parquet file
  mesh demo seed [--seed N]           30 days of demo rows and pipeline observations, with incidents (DuckDB only)
  mesh demo generate --products N [--seed S] [--out DIR]
                                      Write a synthetic mesh repository (and 30 days of SLO observations) that passes mesh check
  mesh slo sync-issues [--statuses FILE] --site-url URL [--dry-run]
                                      Open, edit, close and reopen one GitHub issue per SLO episode (GITHUB_TOKEN,
                                      GITHUB_REPOSITORY, GITHUB_API_URL)
  mesh export backstage [--out FILE]  The catalog as Backstage entities (catalog-info.yaml): Domain, System per product,
                                      Resource or API per port with dependsOn lineage, Group per team
  mesh export odcs <product> [--port P] [--out DIR] [--today D]
                                      One ODCS v3.1 data contract per output port (<product>.<port>.odcs.yaml)
  mesh export odps <product> [--out DIR]
                                      The product as an ODPS v1.0.0 data product (<product>.odps.yaml), ports naming their
                                      ODCS contracts
  mesh import odcs <file…> --domain D [--owner TEAM] [--archetype KIND] [--product-owner @ORG/PERSON]
                   [--classification LEVEL] [--actual-time COL] [--processing-time COL]
                                      Product manifests from ODCS v3 contracts; exit 2, nothing written, when a field is missing
  mesh import odps <product.odps.yaml> <contract.odcs.yaml…> [--domain D] [the flags above]
                                      A manifest from an ODPS v1 product and the ODCS contracts its ports name
  mesh scorecard [product] [--slo-status FILE]
                                      Usability attributes and maturity factors: one product's checks, or the leaderboard
                                      by domain (weights and levels: scorecard in .github/meshplane.yml); SLOs met and
                                      error budgets from .meshplane/slo-status.json or FILE, governance from mesh check
  mesh lineage drift [events.jsonl…] [--days N] [--observed FILE]
                                      OpenLineage run events, merged into the observed lineage kept in FILE (default
                                      .meshplane/lineage-observed.json), against the declared lineage: undeclared inputs
                                      and outputs, inputs not read in N days (default 14), as warnings
  mesh lineage emit [--out FILE] [--url URL] [--namespace NS]
                                      The declared lineage as OpenLineage job events (JSON lines), into FILE or POSTed to
                                      an OpenLineage endpoint (OPENLINEAGE_API_KEY as bearer token)
  mesh expiry report [path] [--lookahead DAYS]
                                      What fails or warns only because of the date (expired grants and waivers, rules past
                                      enforceFrom), per product, and what expires within DAYS (default 14); exit 1 if any
  mesh expiry sync-issues [path] [--site-url URL] [--dry-run]
                                      One GitHub issue per product with expiries, to its owners; closed once fixed
  mesh policy impact --base REF       What the work tree's policies would change across the mesh
  mesh policy test                    opa test with coverage (fails under 90 %)
  mesh policy fmt [--fix]             Rego files opa fmt would change
  mesh policy docs                    The rule catalog from the rules' METADATA
  mesh site build [path] [--out DIR] [--slo-status FILE] [--observed FILE] [--base /PATH/]
                                      Build the static catalog site (default .meshplane/site) with its search index
  mesh site serve [path] [--out DIR] [--port N] [--base /PATH/]
                                      Serve a built site on 127.0.0.1 (default port 4321) until Ctrl-C

Options:
  --format text|json|github|sarif|markdown   Output format (default text)
  --base REF                          check: judge with the policies and waivers of this git ref (a pull request's base)
  --base /PATH/                       site: the path the site is served under (default /; /<repo>/ for a Pages project site)
  --today YYYY-MM-DD                  The date waivers, enforceFrom and consumer grants are judged on (default today, UTC)
  --dry-run                           apply: print the plan against the platform and change nothing
  --now ISO-INSTANT                   slo and demo: the evaluation time (default now)
  --data-branch NAME                  slo measure, ingest, status, evaluate: load the history from this git branch and push
                                      what the run adds, never forced (docs/slo-history.md)
  --data-branch-remote URL            the remote holding the data branch (default the work tree's origin)
  --products N, --seed S, --out DIR  demo generate: how many products, the random seed (default 1), the folder (default meshplane-demo)
  --root PATH                         Repository root for graph, new and policy (default .)
  -h, --help                          Show this help
  -v, --version                       Show the version

Exit codes: 0 clean (no errors), 1 error findings (plan: blocked changes; drift: drift found), 2 usage, configuration or
platform fault (unreachable, locked).
`;
