/**
 * The source adapter SPI: a {@link org.familycontext.adapters.spi.SourceAdapterFactory} (found
 * through CDI) opens a short-lived {@link org.familycontext.adapters.spi.SourceAdapter} that reads one
 * extract as rows of text; Family Context maps them onto its canonical model with the council's
 * configuration, so no adapter maps columns itself.
 */
package org.familycontext.adapters.spi;
