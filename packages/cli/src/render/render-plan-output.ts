import { renderPlanMarkdown, renderPlanText, summarizePlan, type Plan } from '@meshplane/core';
import { UsageError } from '@meshplane/usecases';

/** Renders a plan as the user asked: text, markdown, or json. */
export function renderPlanOutput(plan: Plan, target: string, format: string, notes: string[] = [], steps = true): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ target, summary: summarizePlan(plan), ...plan, notes }, null, 2) + '\n';
    case 'markdown':
      return renderPlanMarkdown(plan, { target }) + notes.map((n) => `\n> ${n}\n`).join('');
    case 'text':
      return renderPlanText(plan, { target }, { steps }) + notes.map((n) => `\n${n}\n`).join('');
    default:
      throw new UsageError(`Plans are rendered as text, markdown or json, not ${format}.`);
  }
}
