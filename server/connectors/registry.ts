import type { Platform } from '../../schema/schema.ts';
import { apiConnector } from './api/index.ts';
import type { Connector } from './connector.ts';

/** The one registry of platform adapters; a platform without one cannot send or connect yet. */
const connectors: Partial<Record<Platform, Connector>> = {
  api: apiConnector,
};

export function connectorFor(platform: Platform): Connector | undefined {
  return connectors[platform];
}

export function allConnectors(): Connector[] {
  return Object.values(connectors);
}
