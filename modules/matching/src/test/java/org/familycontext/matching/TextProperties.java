package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.LevenshteinDistance;

class TextProperties {

    @Property(tries = 3000)
    void oneEditApartIsLevenshteinDistanceOfAtMostOne(@ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 7) String a,
                                                      @ForAll @CharRange(from = 'a', to = 'd') @StringLength(max = 7) String b) {
        boolean expected = LevenshteinDistance.getDefaultInstance().apply(a, b) <= 1;
        assertThat(Text.withinOneEdit(a, b)).as("\"%s\" and \"%s\"", a, b).isEqualTo(expected);
        assertThat(Text.withinOneEdit(b, a)).isEqualTo(expected);
    }

    @Property(tries = 500)
    void aStringIsOneEditFromItsSlips(@ForAll @CharRange(from = 'a', to = 'z') @StringLength(min = 1, max = 12) String a,
                                      @ForAll @CharRange(from = 'a', to = 'z') char c) {
        int at = Math.abs(c) % a.length();
        assertThat(Text.withinOneEdit(a, a.substring(0, at) + a.substring(at + 1))).as("left out").isTrue();
        assertThat(Text.withinOneEdit(a, a.substring(0, at) + c + a.substring(at))).as("added").isTrue();
        assertThat(Text.withinOneEdit(a, a.substring(0, at) + c + a.substring(at + 1))).as("changed").isTrue();
    }
}
