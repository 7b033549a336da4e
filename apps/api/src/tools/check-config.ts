import { ConfigError, loadConfig } from '@passerelle/api-core';

/** `npm start` runs this before anything slow: a bad setting stops it with one line. */
try {
  loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`passerelle: ${error.message}`);
  process.exit(1);
}
