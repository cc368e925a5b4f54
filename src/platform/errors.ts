/**
 * An expected failure caused by what the user or a caller gave (bad address, wrong argument type):
 * its message is shown as is. Anything else thrown by a command is an internal error.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
}
