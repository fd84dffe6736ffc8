/**
 * A problem the user can fix (bad arguments, configuration, a missing setting): shown as its
 * message with no stack trace. Anything else is an internal error.
 */
export class UserError extends Error {}
