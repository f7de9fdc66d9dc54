package org.familycontext.presentation.pages;

import org.familycontext.tenancy.Dataset;

/** The names users read for each dataset. */
final class DatasetNames {

    private DatasetNames() {
    }

    static String of(Dataset dataset) {
        return switch (dataset) {
            case CHILDRENS_SOCIAL_CARE -> "Children's social care";
            case SCHOOL -> "Schools";
            case ADULT_SOCIAL_CARE -> "Adult social care";
            case HOUSING -> "Housing";
            case POLICE -> "Police";
            case EARLY_HELP -> "Early help";
            case YOUTH_JUSTICE -> "Youth justice";
            case HEALTH_VISITING -> "Health visiting and school nursing";
            case ADULT_MENTAL_HEALTH -> "Adult mental health";
            case DRUG_AND_ALCOHOL -> "Drug and alcohol services";
        };
    }
}
