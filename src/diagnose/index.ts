export { scanner } from './default-index';
export { diagnose } from './diagnose';
export type { DiagnoseOptions } from './diagnoser';
export { detectLanguage } from './language';
