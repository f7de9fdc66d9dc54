package org.familycontext.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.familycontext.kernel.CouncilId;
import org.familycontext.synthetic.RegionGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptRegionTest {

    private static final List<CouncilId> STOCKPORT = List.of(new CouncilId("stockport"));

    @TempDir
    Path folder;

    @Test
    void keepsTheRegionItGeneratedAndGeneratesAgainForAnotherEditionOfTheGenerator() throws IOException {
        Path region = KeptRegion.ensure(folder, STOCKPORT, 60, false);
        Path people = region.resolve("truth/people.csv");
        Path stamp = region.resolve(".generated");
        assertThat(Files.readString(stamp, StandardCharsets.UTF_8)).endsWith("edition=" + RegionGenerator.EDITION);

        Files.writeString(people, "kept", StandardCharsets.UTF_8);
        KeptRegion.ensure(folder, STOCKPORT, 60, false);
        assertThat(Files.readString(people, StandardCharsets.UTF_8)).as("the same region is kept").isEqualTo("kept");

        Files.writeString(stamp, Files.readString(stamp, StandardCharsets.UTF_8)
                .replace("edition=" + RegionGenerator.EDITION, "edition=" + (RegionGenerator.EDITION - 1)), StandardCharsets.UTF_8);
        KeptRegion.ensure(folder, STOCKPORT, 60, false);
        assertThat(Files.readString(people, StandardCharsets.UTF_8)).as("a region of an earlier edition is generated again")
                .startsWith("person_id,");
        assertThat(Files.readString(stamp, StandardCharsets.UTF_8)).endsWith("edition=" + RegionGenerator.EDITION);
    }
}
