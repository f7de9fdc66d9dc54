package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

class AddressWordsProperties {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    @Property(tries = 3000)
    void wordsAreAlikeExactlyWhenJaroWinklerSaysSo(@ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 4, max = 10) String a,
                                                   @ForAll @CharRange(from = 'a', to = 'f') @StringLength(min = 4, max = 10) String b) {
        AddressWords words = new AddressWords();
        int[] numbers = words.numbered(List.of(a, b));
        words.seal();
        boolean expected = a.equals(b) || JARO_WINKLER.apply(a, b) >= Comparisons.SIMILAR;
        assertThat(words.alike(numbers[0], numbers[1])).as("\"%s\" and \"%s\"", a, b).isEqualTo(expected);
        assertThat(words.alike(numbers[1], numbers[0])).isEqualTo(expected);
    }
}
