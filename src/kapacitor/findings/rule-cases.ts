// Test helper: one table of cases per rule family, each run as its own test.
import { expect, it } from 'vitest';
import { findingsOf, type RuleCase } from './test-support';

/** runs each case and compares the findings of `rules` (all of them, in order) with the expected ones */
export function runRuleCases(rules: readonly string[], cases: readonly RuleCase[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const got = findingsOf(c, rules);
    expect(got).toHaveLength(c.expected.length);
    expect(got).toMatchObject(c.expected);
  });
}
