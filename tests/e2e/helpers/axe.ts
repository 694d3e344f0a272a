import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// Typed from the builder so we need not import axe-core, which is only a transitive dependency.
type Result = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

const BLOCKING = new Set(["serious", "critical"]);

function describe(violations: Result[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(" ")}`);
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${targets.join("\n")}`;
    })
    .join("\n");
}

/**
 * Runs axe over the whole page (WCAG 2.x A/AA plus best practices) and fails on serious or critical
 * violations, listing rule, help link and the offending selectors. Moderate/minor ones are advisory.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  options: { include?: string; exclude?: string[] } = {},
): Promise<void> {
  let builder = new AxeBuilder({ page });
  if (options.include) builder = builder.include(options.include);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const blocking = violations.filter((v) => v.impact && BLOCKING.has(v.impact));
  // Compare rule ids, not the raw results, so a failure prints the readable summary instead of a diff.
  expect(blocking.map((v) => v.id), `Accessibility violations:\n${describe(blocking)}`).toEqual([]);
}
