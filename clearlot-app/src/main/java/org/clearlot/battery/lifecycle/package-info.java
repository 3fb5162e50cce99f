/**
 * A pack's lifecycle by its GB/T 34014 code: installed in a vehicle, removed, repaired, given a second life (as a new
 * product with its own code that keeps the original's), recycled. Events are append-only and hash-chained per code
 * like inspection reports; each carries the pack's Battery Pass status after it.
 */
package org.clearlot.battery.lifecycle;
