/** Users and organizations as persisted, registration and the password policy. */
package org.clearlot.identity.account;
