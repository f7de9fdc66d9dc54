package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The cache and its shortcut never change a similarity the matcher uses. */
class SimilarityCacheProperties {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private final SimilarityCache cache = new SimilarityCache((x, y) -> JARO_WINKLER.apply(x, y), Comparisons.ALIKE);

    @Property(tries = 2000)
    void givesTheLibrarysValueWheneverItCanMatter(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String x,
                                                   @ForAll @AlphaChars @StringLength(min = 1, max = 12) String y) {
        String a = x.toLowerCase();
        String b = y.toLowerCase();
        double exact = JARO_WINKLER.apply(a, b);
        double cached = cache.of(a, b);
        if (exact >= Comparisons.ALIKE) {
            assertThat(cached).isEqualTo(exact);
        } else {
            assertThat(cached).isLessThan(Comparisons.ALIKE);
        }
        assertThat(cache.of(a, b)).as("asked again").isEqualTo(cached);
    }

    @Property(tries = 500)
    void similarNamesAreNeverCutShort(@ForAll @AlphaChars @StringLength(min = 3, max = 12) String name) {
        String a = name.toLowerCase();
        String typo = a.substring(0, a.length() - 1) + (a.charAt(a.length() - 1) == 'x' ? 'y' : 'x');
        double exact = JARO_WINKLER.apply(a, typo);
        double cached = cache.of(a, typo);
        assertThat(exact >= Comparisons.ALIKE ? cached == exact : cached < Comparisons.ALIKE).as("%s / %s: %s, cached %s", a, typo,
                exact, cached).isTrue();
    }
}
