package org.familycontext.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checked-out repository the launcher runs in: where things are built, configured and kept. */
record Workspace(Path root) {

    /** The repository around the working directory (./fc changes to it first). */
    static Workspace current() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("tenant-config"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("run ./fc from the Family Context repository (no tenant-config/ found)");
        }
        return new Workspace(dir);
    }

    Path tenantConfig() {
        return root.resolve("tenant-config");
    }

    Path libertyConfig() {
        return root.resolve("liberty");
    }

    Path builtRuntime() {
        return root.resolve("modules/app/target/liberty/wlp");
    }

    Path builtWar() {
        return root.resolve("modules/app/target/family-context.war");
    }

    /** Local state that survives runs but is never committed: demo database, logs. */
    Path state(String name) {
        return root.resolve(".fc").resolve(name);
    }
}
