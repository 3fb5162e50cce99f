/** The inspection REST API: filing and correcting reports, reading them, a car's history and its chain check. */
package org.clearlot.inspection.web;
