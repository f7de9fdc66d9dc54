/**
 * The synthetic region's people and places: families, their households over time, the dwellings
 * they live in and the identifiers they carry. Everything here is the truth; how services record it
 * (with their mistakes) lives in the sources package. Internal to the synthetic module.
 */
package org.familycontext.synthetic.region;
