/** Spring Security set-up: form sign-in for the web UI, bearer tokens for the API, sign-in throttling. */
package org.clearlot.identity.security;
