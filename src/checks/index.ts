/** The /mfa-check core: parse a pool reference, run the checks, get a report model to render. */
export { checkAllowed } from './allow';
export { auditLine } from './audit';
export { POOL_EXAMPLE, type PoolRef, parsePoolRef, usage } from './pool-ref';
export { rules } from './rules';
export { type CheckRequest, type CheckResult, reportFromFacts, runCheck } from './run';
export type { Finding, Report, Status } from './types';
