/**
 * The command's arguments. `pnpm bench -- --sizes 100k` hands the script a
 * leading `--` (pnpm 10 passes it through); it only separates pnpm's options
 * from the script's, so it is dropped here.
 */
export function scriptArgs() {
  const args = process.argv.slice(2);
  return args[0] === '--' ? args.slice(1) : args;
}
