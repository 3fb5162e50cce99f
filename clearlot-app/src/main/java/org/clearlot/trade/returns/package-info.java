/**
 * Returns: the 7-day no-reason return (within the window and the distance limit, refunded in full under the
 * published fee formula), the return for an accident, flood or fire the inspection report did not disclose (no time
 * limit), the dealer's receipt and check of the car, and the refund.
 */
package org.clearlot.trade.returns;
