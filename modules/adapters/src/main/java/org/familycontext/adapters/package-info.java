/**
 * Adapters API: load runs of councils' source extracts (start one, see how they went, see what was
 * quarantined) and the canonical fields extracts map onto. The adapter SPI is in {@code spi};
 * other sub-packages are internal.
 */
package org.familycontext.adapters;
