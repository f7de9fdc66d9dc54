/**
 * Sessions and in-flight sign-ins: random secrets (only their SHA-256 is stored), idle and absolute
 * time-outs from the council's configuration, and CSRF tokens.
 */
package org.familycontext.identity.session;
