package org.familycontext.adapters.spi;

import java.util.Objects;

/**
 * One row of an extract as text.
 *
 * @param number the row's number in the extract, from 1 for the first data row
 * @param values the row's values in column order ({@code null} for a database NULL)
 */
public record ExtractRow(long number, String[] values) {

    public ExtractRow {
        Objects.requireNonNull(values, "values");
    }
}
