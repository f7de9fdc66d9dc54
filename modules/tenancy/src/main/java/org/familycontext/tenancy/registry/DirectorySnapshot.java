package org.familycontext.tenancy.registry;

import java.util.Map;
import java.util.Optional;
import org.familycontext.tenancy.configuration.BrandingFiles;
import org.familycontext.tenancy.configuration.FileInput;

/**
 * The files of {@code tenant-config/} as read in one scan.
 *
 * @param councilFiles the council files ({@code *.yaml}, {@code *.yml}) by name
 * @param region       {@code region.yaml}, if present
 * @param branding     the images in {@code branding/}
 * @param unreadable   files that exist but could not be read, with the reason
 */
record DirectorySnapshot(Map<String, FileInput> councilFiles, Optional<FileInput> region, BrandingFiles branding,
                         Map<String, String> unreadable) {

    DirectorySnapshot {
        councilFiles = Map.copyOf(councilFiles);
        unreadable = Map.copyOf(unreadable);
    }
}
