export { startRuntime, type Runtime, type RuntimeOptions } from './runtime';
export { freePort, isPortFree, PortInUseError } from './ports';
