/**
 * The live registry: scans {@code tenant-config/} every few seconds, applies what changed, keeps
 * each council's last valid configuration in force when its file turns invalid, and records every
 * change in the council's configuration history.
 */
package org.familycontext.tenancy.registry;
