export * from './access.ts';
export * from './capabilities.ts';
