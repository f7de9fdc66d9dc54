package org.familycontext.presentation.pages;

import java.util.List;
import java.util.Optional;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.RegionSettings;

/**
 * The region's landing page: the councils in service, each a link to its own start page.
 *
 * @param frame      the page frame, unbranded
 * @param regionName the region's name
 * @param councils   the councils in service
 */
public record RegionPage(PageFrame frame, String regionName, List<CouncilBrand> councils) {

    public RegionPage {
        councils = List.copyOf(councils);
    }

    public static RegionPage of(RegionSettings region, List<Council> councils, Assets assets) {
        PageFrame frame = new PageFrame("Choose your council", "Family Context", "/", Optional.empty(), assets);
        return new RegionPage(frame, region.name(), councils.stream().map(CouncilBrand::of).toList());
    }
}
