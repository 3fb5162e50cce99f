/**
 * The information blocks of realtime and reissue reports (commands 02 and 03) as records of raw wire values, with
 * accessors in physical units that return {@code NaN} for the FE/FF (FFFE/FFFF, FFFFFFFE/FFFFFFFF) sentinels.
 */
package org.clearlot.gbt32960.realtime;
