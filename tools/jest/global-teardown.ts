/** Stops what the global setup started and deletes its temporary data directory. */
import { rmSync } from 'node:fs';

/** Set by global-setup.ts. */
const TEST_RUNTIME_KEY = '__passerelleTestRuntime';

interface TestRuntimeState {
  runtime: { stop(): Promise<void> };
  dataDir: string;
}

export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as Record<string, unknown>;
  const state = holder[TEST_RUNTIME_KEY] as TestRuntimeState | undefined;
  if (!state) return;
  delete holder[TEST_RUNTIME_KEY];
  try {
    await state.runtime.stop();
  } finally {
    rmSync(state.dataDir, { recursive: true, force: true });
  }
}
