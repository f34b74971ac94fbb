/** Nothing at error level remains. */
export const EXIT_OK = 0;
/** Errors remain, or more warnings than `--max-warnings` allows. */
export const EXIT_PROBLEMS = 1;
/** Usage, configuration or unreadable input. */
export const EXIT_USAGE = 2;

export type ExitCode = typeof EXIT_OK | typeof EXIT_PROBLEMS | typeof EXIT_USAGE;
