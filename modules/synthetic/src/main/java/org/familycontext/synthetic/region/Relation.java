package org.familycontext.synthetic.region;

import org.familycontext.synthetic.codes.Kinship;

/**
 * A true relationship: {@code person} is {@code kinship} of {@code related}.
 *
 * @param person  the person
 * @param kinship what they are to the related person
 * @param related the related person
 */
public record Relation(Person person, Kinship kinship, Person related) {
}
