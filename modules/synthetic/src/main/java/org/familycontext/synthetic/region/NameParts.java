package org.familycontext.synthetic.region;

import java.util.ArrayList;
import java.util.List;

/**
 * Rarer names built from a beginning, an optional middle and an ending ("Ash" + "en" + "worth",
 * "Kat" + "el" + "ina"), the way many surnames and given names are formed. Rank k gives one fixed
 * name; ranks are spread over the parts (a permutation), so that the commonest built names do not
 * all begin alike. A few joins give the same name twice, and a few built names are also listed
 * ones (Ashworth); those names are then a little more common.
 */
final class NameParts {

    private static final long SPREAD = 7_919;
    private final List<String> beginnings;
    private final List<String> middles;
    private final List<String> endings;
    private final long spread;

    /**
     * @param beginnings comma-separated
     * @param middles comma-separated, besides no middle at all (empty for none)
     * @param endings comma-separated
     */
    NameParts(String beginnings, String middles, String endings) {
        this.beginnings = listed(beginnings);
        List<String> withNone = new ArrayList<>(List.of(""));
        if (!middles.isEmpty()) {
            withNone.addAll(listed(middles));
        }
        this.middles = List.copyOf(withNone);
        this.endings = listed(endings);
        this.spread = size() % SPREAD == 0 ? 1 : SPREAD;
    }

    /** The names or parts of a comma-separated list ("Smith, Jones, Taylor"). */
    static List<String> listed(String names) {
        return List.of(names.split(", "));
    }

    int size() {
        return beginnings.size() * middles.size() * endings.size();
    }

    String name(int rank) {
        int index = (int) ((rank * spread) % size());
        String beginning = beginnings.get(index % beginnings.size());
        index /= beginnings.size();
        String middle = middles.get(index % middles.size());
        String ending = endings.get(index / middles.size());
        return joined(joined(beginning, middle), ending);
    }

    /** The parts run together, a vowel met twice at the join written once ("Ada" + "a" is "Ada"). */
    private static String joined(String first, String second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first + second;
        }
        char last = Character.toLowerCase(first.charAt(first.length() - 1));
        return last == second.charAt(0) && "aeiouy".indexOf(last) >= 0 ? first + second.substring(1) : first + second;
    }
}
