/** Runs the CLI for `argv` (without node and script) and resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help') {
    process.stdout.write('usage: kafkaline <tail|lag|offsets|decode|fake-broker> [options]\n');
    return argv.length === 0 ? 2 : 0;
  }
  process.stderr.write(`kafkaline: unknown command '${argv[0]}'\n`);
  return 2;
}
