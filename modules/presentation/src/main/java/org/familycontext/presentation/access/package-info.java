/**
 * Who may reach what: every JAX-RS method declares {@link org.familycontext.presentation.access.Public},
 * {@link org.familycontext.presentation.access.SignedIn} or {@link org.familycontext.presentation.access.Allowed};
 * a method that declares nothing is refused (deny by default). Sessions, bearer tokens, the council
 * of the URL, roles and CSRF are checked here, before any resource runs.
 */
package org.familycontext.presentation.access;
