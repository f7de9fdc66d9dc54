package org.familycontext.adapters;

import java.util.Optional;

/**
 * A row of an extract that was not loaded, and why.
 *
 * @param rowNumber the row's number in the extract (from 1, after the header)
 * @param field     the field at fault, if one is
 * @param reason    what is wrong
 * @param raw       the row as it was read (values joined by commas, for the data engineer)
 */
public record QuarantinedRow(int rowNumber, Optional<String> field, String reason, String raw) {
}
