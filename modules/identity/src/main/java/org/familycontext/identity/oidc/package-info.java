/**
 * OpenID Connect with the Nimbus SDK: provider discovery per council (cached, with short back-off
 * when a provider is down), the authorization code flow with PKCE, ID token and access token
 * validation, client secrets from their references, and roles from configured claims.
 */
package org.familycontext.identity.oidc;
