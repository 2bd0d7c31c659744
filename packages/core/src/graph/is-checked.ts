/**
 * Whether a mesh check reports on `file`: every file of a whole check, or only the files of a pull request's
 * neighbourhood (see findNeighbourhood). The checks still read every file to look names up.
 */
export function isChecked(file: string, only: ReadonlySet<string> | undefined): boolean {
  return only === undefined || only.has(file);
}
