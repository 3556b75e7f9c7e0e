/**
 * The weldcode web console: a Vite-built browser app (map, retrofit progress per town, alert
 * queue, permit and machine pages, 附件1 export; Chinese first, English available) that
 * `@weldcode/server` serves at `/console/`. This entry only tells a server where the build is.
 *
 * @packageDocumentation
 * @module @weldcode/console
 */
export { consoleAssetsDir } from './console-assets';
export { ConsoleError, type ConsoleErrorCode } from './console-error';
