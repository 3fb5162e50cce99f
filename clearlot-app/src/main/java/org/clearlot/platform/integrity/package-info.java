/** Tamper evidence: canonical JSON and SHA-256, the basis of every hash chain (inspection reports, battery packs). */
package org.clearlot.platform.integrity;
