/**
 * Tenancy API: which councils exist right now and how each is configured. The configuration comes
 * from {@code tenant-config/} (one YAML file per council, validated against its JSON Schema) and is
 * reloaded while the server runs; sub-packages are internal to this module.
 */
package org.familycontext.tenancy;
