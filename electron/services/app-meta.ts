import { version } from '../../package.json';
import { PRODUCT_NAME } from './paths';

/** Name and version as the user sees them (in the UI, the CLI, every report page). */
export const APP_META = { name: PRODUCT_NAME, version } as const;
