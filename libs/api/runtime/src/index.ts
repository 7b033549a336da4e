export { startRuntime, type Runtime, type RuntimeOptions } from './runtime';
export { assertPortFree, freePort, isPortFree, PortInUseError } from './ports';
