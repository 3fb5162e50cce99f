package org.clearlot.inspection.report;

/** A report's content with its canonical text and SHA-256 hash, at its position in the VIN's chain. */
record SignedContent(ReportContent content, String canonical, String hash, int chainPosition) {
}
