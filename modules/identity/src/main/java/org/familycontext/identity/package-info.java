/**
 * Identity API: signing in through each council's own OpenID Connect provider, resuming signed-in
 * sessions, verifying API clients' bearer tokens, and the roles a user holds. Token validation is
 * the Nimbus SDK's; nothing here parses or checks a token by hand. Sub-packages are internal.
 */
package org.familycontext.identity;
