package uk.crs.analytics.report;

import org.jspecify.annotations.Nullable;
import uk.crs.forces.Force;
import uk.crs.forces.Forces;

/** Display names of forces in reports. */
final class ForceNames {

    private ForceNames() {}

    static String of(@Nullable String slug) {
        return slug == null
                ? ""
                : Forces.standard().bySlug(slug).map(Force::name).orElse(slug);
    }
}
