package org.familycontext.synthetic.region;

import org.familycontext.kernel.NhsNumber;
import org.familycontext.kernel.Upn;

/**
 * Issues valid NHS numbers and UPNs that are unique without a register: each comes from a person's
 * serial number through a bijection, so two people never share one.
 */
public final class IdentifierMint {

    private static final long BLOCK = 10_000_000L;
    private final Permutation nhsScatter;
    private final Permutation upnScatter;

    public IdentifierMint(long seed) {
        this.nhsScatter = new Permutation(BLOCK, 7_654_321L, Seeds.of(seed, 11));
        this.upnScatter = new Permutation(BLOCK, 3_141_593L, Seeds.of(seed, 13));
    }

    /**
     * The NHS number for a region-wide person key (below 90,000,000): a leading digit from 9 down,
     * seven scattered digits, and a ninth digit chosen so a check digit exists.
     */
    public String nhsNumber(long regionKey) {
        if (regionKey < 0 || regionKey >= 9 * BLOCK) {
            throw new IllegalStateException("region too large for unique NHS numbers");
        }
        long body = nhsScatter.apply(regionKey % BLOCK);
        String eight = (9 - regionKey / BLOCK) + pad(body, 7);
        int ninth = (int) (body % 9);
        int check = NhsNumber.checkDigit(eight + ninth);
        if (check < 0) {
            ninth++;
            check = NhsNumber.checkDigit(eight + ninth);
        }
        return eight + ninth + check;
    }

    /**
     * The UPN for a pupil: the council's LA code, an establishment and serial scattered from the
     * person's serial in that council, the year the number was issued, and the check letter. A
     * temporary UPN ends in a letter.
     */
    public String upn(String laCode, int issuedYear, long councilSerial, boolean temporary) {
        long scattered = upnScatter.apply(councilSerial % BLOCK);
        String body = laCode + pad(scattered, 7).substring(0, 4) + pad(issuedYear % 100, 2)
                + pad(scattered % 1000, 3);
        if (temporary) {
            body = body.substring(0, 11) + Upn.ALPHABET.charAt(body.charAt(11) - '0');
        }
        return Upn.checkLetter(body) + body;
    }

    static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
