/** Where a command writes: injected so tests capture output and CI gets no terminal codes. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** True when a person is watching: enables progress bars and colour. */
  interactive: boolean;
  /** The folder the command was started in. */
  cwd: string;
}

/** The process's own terminal. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    interactive: Boolean(process.stderr.isTTY) && process.env.CI === undefined,
    cwd: process.env.INIT_CWD ?? process.cwd(),
  };
}
