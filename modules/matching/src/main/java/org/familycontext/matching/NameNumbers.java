package org.familycontext.matching;

/**
 * The distinct given and family names of the records, each with a number, and how close two names
 * are. Most pairs of different names are told apart by their letters alone ({@link #plainlyApart});
 * the others are remembered per pair of numbers: names repeat across a council's records, so most
 * such pairs have been compared before, and looking numbers up touches far less memory than the text.
 * Names are numbered while the records are prepared, then sealed, before any thread compares them.
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
    /** Per number, the letters the name holds; set by {@link #seal()}. */
    private int[] letters = new int[0];

    /** The name's number; -1 for no name. */
    int number(String name) {
        return names.number(name);
    }

    /** Ends numbering: from here on the names are only compared (by any number of threads). */
    void seal() {
        letters = names.letters();
    }

    /** How close two numbered names are: {@link #SIMILAR}, {@link #ALIKE} or {@link #APART}. */
    int closeness(int x, int y) {
        if (x == y) {
            return SIMILAR;
        }
        String a = names.text(x);
        String b = names.text(y);
        if (plainlyApart(letters[x], letters[y], a, b)) {
            return APART;
        }
        PairMemo memo = CLOSENESS.get();
        int remembered = memo.get(names.numbering(), x, y);
        if (remembered != PairMemo.MISS) {
            return remembered;
        }
        double similarity = Comparisons.jaroWinkler(a, b);
        int closeness = similarity >= Comparisons.SIMILAR ? SIMILAR
                : similarity >= Comparisons.ALIKE || Comparisons.oneSlip(a, b) ? ALIKE : APART;
        memo.put(x, y, closeness);
        return closeness;
    }

    /**
     * True when the names' letters alone show them apart, without Jaro-Winkler (see {@link LetterBound}):
     * too few letters in common to be alike, and too many apart for a slip. Most pairs of different
     * names end here, so a large council's many distinct names need not each be compared and remembered.
     */
    static boolean plainlyApart(int lettersA, int lettersB, String a, String b) {
        if (LetterBound.maySlip(lettersA, lettersB)) {
            return false;
        }
        int prefix = 0;
        while (prefix < 4 && prefix < a.length() && prefix < b.length() && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return LetterBound.jaroWinklerAtMost(lettersA, a.length(), lettersB, b.length(), prefix) < Comparisons.ALIKE;
    }
}
