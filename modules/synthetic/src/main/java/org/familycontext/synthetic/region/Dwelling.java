package org.familycontext.synthetic.region;

/**
 * A home: one UPRN, one address, one postcode. Households come and go; the dwelling stays.
 *
 * @param councilIndex the council it is in
 * @param uprn         twelve digits, stable for the dwelling
 * @param address      the address lines, comma separated, without the postcode
 * @param postcode     a valid-format postcode in one of the council's districts
 * @param district     the neighbourhood named in the address
 */
public record Dwelling(int councilIndex, String uprn, String address, String postcode, String district) {
}
