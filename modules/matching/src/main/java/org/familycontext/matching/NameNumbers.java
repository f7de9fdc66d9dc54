package org.familycontext.matching;

/**
 * The distinct given and family names of the records, each with a number, and how close two names
 * are, remembered per pair of numbers: names repeat across a council's records, so most pairs of
 * names have been compared before, and looking numbers up touches far less memory than the text.
 */
final class NameNumbers {

    /** Jaro-Winkler at least {@link Comparisons#SIMILAR} (the same name counts as similar). */
    static final int SIMILAR = 0;
    /** Jaro-Winkler at least {@link Comparisons#ALIKE}, or one keystroke apart. */
    static final int ALIKE = 1;
    /** Neither. */
    static final int APART = 2;

    /** Per thread: the closeness of pairs of names compared. */
    private static final ThreadLocal<PairMemo> CLOSENESS = ThreadLocal.withInitial(PairMemo::new);

    private final TextNumbers names = new TextNumbers();

    /** The name's number; -1 for no name. */
    int number(String name) {
        return names.number(name);
    }

    /** How close two numbered names are: {@link #SIMILAR}, {@link #ALIKE} or {@link #APART}. */
    int closeness(int x, int y) {
        if (x == y) {
            return SIMILAR;
        }
        PairMemo memo = CLOSENESS.get();
        int remembered = memo.get(names.numbering(), x, y);
        if (remembered != PairMemo.MISS) {
            return remembered;
        }
        String a = names.text(x);
        String b = names.text(y);
        double similarity = Comparisons.jaroWinkler(a, b);
        int closeness = similarity >= Comparisons.SIMILAR ? SIMILAR
                : similarity >= Comparisons.ALIKE || Comparisons.oneSlip(a, b) ? ALIKE : APART;
        memo.put(x, y, closeness);
        return closeness;
    }
}
