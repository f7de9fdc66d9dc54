/**
 * Wires the tenancy module into the server: the registry bean, its periodic scan, its persistence
 * unit and schema, and its health checks.
 */
package org.familycontext.tenancy.runtime;
