/** Each car's mileage readings from every source and the odometer consistency check over them. */
package org.clearlot.inspection.history;
