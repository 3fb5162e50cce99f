/**
 * Idempotency keys for mutating API requests a client may retry ({@code Idempotency-Key} header): the first
 * successful response is stored with a hash of the request in the transaction of its effect, a retry with the same
 * key replays it, and the same key with a different request is refused with 422.
 */
package org.clearlot.platform.idempotency;
