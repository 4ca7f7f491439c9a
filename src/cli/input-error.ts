/** Input the command line cannot read (not UTF-8, not JSON, too large): exit 2 with its message. */
export class InputError extends Error {}
