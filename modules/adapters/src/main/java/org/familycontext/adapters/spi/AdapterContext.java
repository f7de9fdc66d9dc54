package org.familycontext.adapters.spi;

import java.nio.file.Path;
import java.util.function.Function;
import org.familycontext.kernel.CouncilId;

/**
 * What an adapter may know of the council it reads for.
 *
 * @param council    the council
 * @param dropFolder the folder the council's warehouse drops files in (adapters read only inside it)
 * @param secrets    resolves a setting that may be a reference (environment variable, file) to its value
 */
public record AdapterContext(CouncilId council, Path dropFolder, Function<Object, String> secrets) {
}
