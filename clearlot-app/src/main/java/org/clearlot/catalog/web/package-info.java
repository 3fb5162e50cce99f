/** The catalog's REST API and web pages: search, listing pages, dealers' inventory and CSV import. */
package org.clearlot.catalog.web;
