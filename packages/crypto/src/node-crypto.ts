import { CryptoError } from './crypto-error';

/** The part of `node:crypto` this package uses. */
export type NodeCrypto = typeof import('node:crypto');

interface ProcessWithBuiltins {
  getBuiltinModule?: (id: string) => unknown;
}

let cached: NodeCrypto | null | undefined;

/**
 * `node:crypto` when the runtime can hand it over synchronously, else `undefined`.
 *
 * ESM cannot import a module conditionally and synchronously, so we ask the runtime:
 * `process.getBuiltinModule` exists in Node >= 20.16 (and Bun, Deno), in ESM and CJS alike.
 * Browsers and WeChat mini-programs have no `process`, and land on the pure-JS backend.
 */
export function nodeCrypto(): NodeCrypto | undefined {
  if (cached === undefined) cached = loadNodeCrypto() ?? null;
  return cached ?? undefined;
}

function loadNodeCrypto(): NodeCrypto | undefined {
  const proc = (globalThis as { process?: ProcessWithBuiltins }).process;
  if (typeof proc?.getBuiltinModule !== 'function') return undefined;
  try {
    const mod = proc.getBuiltinModule('node:crypto') as NodeCrypto | undefined;
    return typeof mod?.verify === 'function' && typeof mod.createPublicKey === 'function' ? mod : undefined;
  } catch {
    return undefined;
  }
}

/** `node:crypto` for the native backend, `undefined` for noble; throws if `native` is impossible. */
export function backendCrypto(backend: string | undefined): NodeCrypto | undefined {
  if (backend === 'noble') return undefined;
  if (backend !== undefined && backend !== 'native') {
    throw new CryptoError('ERR_CRYPTO_BACKEND_UNAVAILABLE', `unknown backend ${String(backend)}`, {
      details: { backend },
    });
  }
  const native = nodeCrypto();
  if (native === undefined && backend === 'native') {
    throw new CryptoError('ERR_CRYPTO_BACKEND_UNAVAILABLE', 'node:crypto is not available here', {
      details: { backend },
    });
  }
  return native;
}
