import type { ChipGateway } from '../platform/chip-gateway';

/**
 * The gateway of a server without chip connectivity: every chip is offline, so grants reach
 * chips only through the worker's phone. Ingest replaces it with the real one.
 */
export const OFFLINE_GATEWAY: ChipGateway = {
  isOnline: () => false,
  deliver: async () => false,
};
