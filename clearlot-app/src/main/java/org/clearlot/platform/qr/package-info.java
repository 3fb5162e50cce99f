/** QR codes (ZXing) for links printed on reports and battery passports, as SVG for pages and PNG for PDFs. */
package org.clearlot.platform.qr;
