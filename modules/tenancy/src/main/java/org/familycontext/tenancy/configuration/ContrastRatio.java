package org.familycontext.tenancy.configuration;

/**
 * The WCAG 2.2 contrast ratio between two sRGB colours written {@code #rrggbb}: from 1 (none) to
 * 21 (black on white). Normal-size text needs at least 4.5 for level AA.
 */
final class ContrastRatio {

    static final double AA_NORMAL_TEXT = 4.5;

    private ContrastRatio() {
    }

    static double between(String colour, String other) {
        double a = relativeLuminance(colour);
        double b = relativeLuminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double relativeLuminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
