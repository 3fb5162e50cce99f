/**
 * GB/T 30323-2013 appraisal rules as pure functions: the item catalogue, configurable deductions, the score out
 * of 100, the grade 1–5, and Clearlot's accident, flood and fire verdicts.
 */
package org.clearlot.inspection.grading;
