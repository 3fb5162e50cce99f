/**
 * Identity: who is signed in, which role they act in and which organization they belong to. Issues API bearer
 * tokens, runs the sign-in page and protects every endpoint. Other modules use {@link org.clearlot.identity.IdentityApi}
 * and {@link org.clearlot.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.clearlot.identity;
