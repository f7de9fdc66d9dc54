package org.familycontext.synthetic.extract;

import org.familycontext.synthetic.sources.Field;

/**
 * One column of an extract file.
 *
 * @param header the column name in the header row
 * @param field  the canonical field written in it
 */
public record Column(String header, Field field) {
}
