/** Wires the identity module into the server: its services, persistence unit, schema and clean-up. */
package org.familycontext.identity.runtime;
