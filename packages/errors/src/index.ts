/**
 * The shared error base class of all weldcode packages.
 *
 * @packageDocumentation
 * @module @weldcode/errors
 */
export { isWeldcodeError, WeldcodeError, type WeldcodeErrorOptions } from './weldcode-error';
