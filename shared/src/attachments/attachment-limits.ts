/**
 * The largest file anyone attaches to a case, reporter or responder (SECURITY R29): the server
 * refuses more while it streams in, and the apps say so before sending.
 */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024
