/**
 * Internal: the byte-level readers, writers and per-command codecs behind the decoder and encoder; public only so
 * that the API package can reach it, and not part of the API.
 */
package org.clearlot.gbt32960.internal;
