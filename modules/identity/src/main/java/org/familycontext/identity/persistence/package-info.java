/** The identity schema: sessions and sign-ins in flight, one council per transaction. */
package org.familycontext.identity.persistence;
