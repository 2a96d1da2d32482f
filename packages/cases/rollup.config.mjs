import { packageConfig } from '../../rollup.config.factory.mjs';

export default packageConfig(import.meta.url);
