/**
 * Internal: the information-block codecs of realtime and reissue reports, one class per information type and per
 * revision where the layouts differ, and the loop that walks a report's blocks; not part of the API.
 */
package org.clearlot.gbt32960.internal.realtime;
