package org.familycontext.tenancy;

import java.util.Arrays;
import java.util.Optional;

/** The datasets Family Context knows how to show; a council enables those it shares. */
public enum Dataset {
    CHILDRENS_SOCIAL_CARE("childrens-social-care"),
    SCHOOL("school"),
    ADULT_SOCIAL_CARE("adult-social-care"),
    HOUSING("housing"),
    POLICE("police"),
    EARLY_HELP("early-help"),
    YOUTH_JUSTICE("youth-justice"),
    HEALTH_VISITING("health-visiting"),
    ADULT_MENTAL_HEALTH("adult-mental-health"),
    DRUG_AND_ALCOHOL("drug-and-alcohol");

    private final String code;

    Dataset(String code) {
        this.code = code;
    }

    /** The code used in tenant configuration and URLs. */
    public String code() {
        return code;
    }

    /** The dataset with this configuration code. */
    public static Optional<Dataset> fromCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
