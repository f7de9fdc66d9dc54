/** Councils' people assembled from their sources: linking runs, stable person ids, the family view query. */
package org.familycontext.assembly.family;
