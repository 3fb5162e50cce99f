/** Photos of inspection findings: checked uploads, stored originals and thumbnails, referenced by signed reports. */
package org.clearlot.inspection.photo;
