/** Inspection reports: validation of a filed report, grading, canonical content, the hash chain and its check. */
package org.clearlot.inspection.report;
