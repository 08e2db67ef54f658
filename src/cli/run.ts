// The atoma command: arguments → a command → its exit status.
import { parseCommandLine, UsageError } from './options.js';
import { shown } from './terminal-text.js';
import { runParse } from './parse-command.js';
import { packageVersion, USAGE } from './usage.js';
import { runValidate, type Terminal } from './validate-command.js';

export async function run(argv: readonly string[], terminal: Terminal & { stdin: NodeJS.ReadableStream & { isTTY?: boolean } }): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    terminal.stderr.write(`atoma: ${shown(error.message)}\n\n${USAGE}`);
    return 2;
  }
  switch (command.name) {
    case 'help':
      terminal.stdout.write(USAGE);
      return 0;
    case 'version':
      terminal.stdout.write(`${packageVersion()}\n`);
      return 0;
    case 'parse':
      if ((command.input ?? '-') === '-' && terminal.stdin.isTTY === true) {
        terminal.stderr.write(`atoma: parse reads standard input, which is a terminal: give a FILE or URL\n\n${USAGE}`);
        return 2;
      }
      return runParse(command, terminal);
    case 'validate':
      return runValidate(command, terminal);
  }
}
