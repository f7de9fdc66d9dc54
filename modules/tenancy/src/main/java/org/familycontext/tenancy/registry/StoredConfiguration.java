package org.familycontext.tenancy.registry;

import org.familycontext.tenancy.configuration.FileInput;

/**
 * A council's last valid configuration as kept in the database: the file and the logo it named,
 * exactly as they were accepted.
 *
 * @param file the council file
 * @param logo the logo file
 */
public record StoredConfiguration(FileInput file, FileInput logo) {
}
