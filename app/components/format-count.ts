/** "1 team", "3 teams": a count with its noun, singular only for exactly one. */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
