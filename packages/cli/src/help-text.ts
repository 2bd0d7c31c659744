/** The CLI's usage text (docs/cli.md shows the same). */
export const HELP = `mesh — Meshplane: GitOps governance and catalog for a data mesh

Usage:
  mesh check [path]                   Validate every file and check the whole mesh (ids, owners, references, cycles)
  mesh validate [path | file…]        Check files against their schemas only
  mesh graph <product> [--upstream | --downstream] [--depth N]
                                      Lineage: what a product depends on and what depends on it
  mesh new product <domain>/<name> [--name TEXT] [--owner TEAM] [--product-owner @ORG/PERSON]
                                   [--archetype KIND] [--description TEXT]
                                      Write a new product manifest that passes mesh check

Options:
  --format text|json|github|sarif|markdown   Output format (default text)
  --root PATH                         Repository root for graph and new (default .)
  -h, --help                          Show this help
  -v, --version                       Show the version

Exit codes: 0 clean (no errors), 1 error findings, 2 usage or configuration fault.
`;
