/** The /mfa-check core: parse a pool reference, run the checks, get a report model to render. */
export { auditLine } from './audit';
export { parsePoolRef } from './pool-ref';
export { runCheck } from './run';
