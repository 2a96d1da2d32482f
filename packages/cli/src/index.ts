export { EXIT_FAILED, EXIT_INVALID, EXIT_OK, runCli, type CliIo } from './cli.js';
