/**
 * The `asysta` command line, callable as a function (runCli).
 *
 * @packageDocumentation
 * @module @asysta/cli
 */
export { EXIT_FAILED, EXIT_INVALID, EXIT_OK, runCli, type CliIo } from './cli.js';
export { cliCatalog, cliText, type CliMessageKey } from './messages.js';
