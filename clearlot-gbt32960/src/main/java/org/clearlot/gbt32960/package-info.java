/**
 * Decodes and encodes GB/T 32960.3 frames (2016 {@code ##} and 2025 {@code $$}) between EV terminals, enterprise
 * platforms and public platforms: start with {@link org.clearlot.gbt32960.Gbt32960Decoder},
 * {@link org.clearlot.gbt32960.Gbt32960Encoder} and {@link org.clearlot.gbt32960.FrameBoundary}.
 */
package org.clearlot.gbt32960;
