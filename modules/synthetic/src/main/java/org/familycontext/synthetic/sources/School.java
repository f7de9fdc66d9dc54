package org.familycontext.synthetic.sources;

/**
 * A school (or alternative provision) in a council.
 *
 * @param name  e.g. "St Mary's CofE Primary School"
 * @param phone its office number (drama range)
 */
public record School(String name, String phone) {
}
