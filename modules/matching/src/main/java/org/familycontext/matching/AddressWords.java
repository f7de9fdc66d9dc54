package org.familycontext.matching;

import java.util.List;

/**
 * The distinct words of the records' addresses, each with a number: addresses are compared word by
 * word for every candidate pair, and comparing numbers (and remembering which numbered words are
 * alike) touches far less memory than comparing the words' text.
 */
final class AddressWords {

    private final TextNumbers words = new TextNumbers();
    /** Per word: whether it may be compared loosely (four characters or more, not a house number). */
    private boolean[] fuzzyOf = new boolean[0];
    /** Per word: its length, and the letters it holds ({@link LetterBound#letters(String)}). */
    private int[] lengthOf = new int[0];
    private int[] lettersOf = new int[0];
    /** Per thread: which pairs of words were compared, and whether they were alike. */
    private static final ThreadLocal<PairMemo> ALIKE = ThreadLocal.withInitial(PairMemo::new);

    /** The numbers of the words, in order. */
    int[] numbered(List<String> words) {
        int[] result = new int[words.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = this.words.number(words.get(i));
        }
        return result;
    }

    /** Ends numbering: from here on the words are only compared (by any number of threads). */
    void seal() {
        fuzzyOf = new boolean[words.count()];
        lengthOf = new int[words.count()];
        lettersOf = words.letters();
        for (int i = 0; i < fuzzyOf.length; i++) {
            String text = words.text(i);
            fuzzyOf[i] = text.length() >= 4 && !Character.isDigit(text.charAt(0));
            lengthOf[i] = text.length();
        }
    }

    /**
     * True when the words are the same, or both are words of four letters or more (not house numbers)
     * whose Jaro-Winkler similarity reaches {@link Comparisons#SIMILAR}.
     */
    boolean alike(int x, int y) {
        if (x == y) {
            return true;
        }
        if (!fuzzyOf[x] || !fuzzyOf[y] || !mayBeAlike(x, y)) {
            return false;
        }
        PairMemo memo = ALIKE.get();
        int remembered = memo.get(words.numbering(), x, y);
        if (remembered != PairMemo.MISS) {
            return remembered == 1;
        }
        boolean alike = Comparisons.jaroWinkler(words.text(x), words.text(y)) >= Comparisons.SIMILAR;
        memo.put(x, y, alike ? 1 : 0);
        return alike;
    }

    /** False when the words cannot reach {@link Comparisons#SIMILAR} (see {@link LetterBound}; prefix counted as its most). */
    private boolean mayBeAlike(int x, int y) {
        return LetterBound.jaroWinklerAtMost(lettersOf[x], lengthOf[x], lettersOf[y], lengthOf[y], 4) >= Comparisons.SIMILAR;
    }
}
