import { PLATFORM_KEY } from './global-setup';
import { stopPlatform, type RunningPlatform } from './platform';

export default async function globalTeardown(): Promise<void> {
  const store = globalThis as Record<string, unknown>;
  const platform = store[PLATFORM_KEY] as RunningPlatform | undefined;
  if (!platform) return;
  delete store[PLATFORM_KEY];
  await stopPlatform(platform);
}
