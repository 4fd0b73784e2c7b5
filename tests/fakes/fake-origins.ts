/**
 * The test stack reserves the two ports after its own five for fake platforms and puts
 * exactly those origins on its outbound allow-list: the only internal addresses the stack
 * may call besides its own simulator. Stack tests start their fake on `fakePlatformPort`;
 * `closedFakePort` stays unused, so calling it shows a refused connection.
 */
const FIRST_FAKE_OFFSET = 5;

export const fakePortSpan = FIRST_FAKE_OFFSET + 2;

export function fakePlatformOrigins(basePort: number): string[] {
  return [0, 1].map((i) => `http://127.0.0.1:${basePort + FIRST_FAKE_OFFSET + i}`);
}

function basePortOf(stackUrl: string): number {
  return Number(new URL(stackUrl).port);
}

export function fakePlatformPort(stackUrl: string): number {
  return basePortOf(stackUrl) + FIRST_FAKE_OFFSET;
}

export function closedFakePort(stackUrl: string): number {
  return basePortOf(stackUrl) + FIRST_FAKE_OFFSET + 1;
}
