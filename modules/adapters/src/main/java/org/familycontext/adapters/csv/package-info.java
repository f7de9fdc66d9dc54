/** The built-in {@code csv-file} adapter: a CSV file the council's warehouse drops each night. */
package org.familycontext.adapters.csv;
