package org.familycontext.presentation.pages;

import java.util.List;
import java.util.Optional;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.Journey;

/**
 * A council's start page: what the service is for, what it shows, and the way in.
 *
 * @param frame       the page frame, in the council's branding
 * @param councilName the council's name
 * @param childFirst  true when the council's journey starts from the child
 * @param datasets    the names of the datasets the council shares
 * @param startHref   where "Start" leads
 */
public record StartPage(PageFrame frame, String councilName, boolean childFirst, List<String> datasets,
                        String startHref) {

    public StartPage {
        datasets = List.copyOf(datasets);
    }

    /** The start page of a council in force. */
    public static StartPage of(Council council, Assets assets) {
        CouncilBrand brand = CouncilBrand.of(council);
        PageFrame frame = new PageFrame(council.branding().serviceName(), council.branding().serviceName(),
                brand.homeHref(), Optional.of(brand), assets);
        List<String> datasets = council.datasets().stream().sorted().map(DatasetNames::of).toList();
        return new StartPage(frame, council.displayName(), council.journey() == Journey.CHILD_FIRST, datasets,
                brand.homeHref() + "search");
    }
}
