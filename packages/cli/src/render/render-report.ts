import { renderGithub, renderJson, renderMarkdown, renderSarif, renderText, type CheckReport } from '@meshplane/core';

export const FORMATS = ['text', 'json', 'github', 'sarif', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** Renders a report in the format the user chose. */
export function renderReport(report: CheckReport, format: Format): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'github':
      return renderGithub(report);
    case 'sarif':
      return renderSarif(report);
    case 'markdown':
      return renderMarkdown(report);
    default:
      return renderText(report);
  }
}
