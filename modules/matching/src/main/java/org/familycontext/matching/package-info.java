/**
 * Record linkage: which source records are one person. Blocking with several keys, field
 * comparisons with graded levels, Fellegi-Sunter weights whose m values are estimated by EM and
 * whose u values come from random pairs, two thresholds (link, possible match) and clustering that
 * refuses to chain unrelated records. Every decision can be explained field by field.
 */
package org.familycontext.matching;
