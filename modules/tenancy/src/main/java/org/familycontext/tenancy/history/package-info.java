/**
 * The tenancy schema: each council's last valid configuration and the append-only log of its
 * configuration changes. Both tables are council data under row-level security.
 */
package org.familycontext.tenancy.history;
