/** The inspection report as a PDF document: the printable report rendered by openhtmltopdf with an embedded CJK font. */
package org.clearlot.inspection.pdf;
