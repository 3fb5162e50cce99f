/** A top-down drawing of a car whose panels are coloured by the body and structural findings of an inspection. */
package org.clearlot.inspection.diagram;
