import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GatewayConfig } from '../config';
import { useDashboardResponseCache } from './responseCache';

/** The response cache's plugins (see responseCache.ts), none when RESPONSE_CACHE=off. */
export function responseCachePlugins(config: GatewayConfig): GatewayPlugin[] {
  if (!config.responseCache.enabled) return [];
  return useDashboardResponseCache({ config: config.responseCache, subgraphs: config.subgraphs });
}
