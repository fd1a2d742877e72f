package uk.crs.cases;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the offender and victim agreed to: the offender's acceptance, the victim's views in their own words, the
 * victim's consent or a supervisor's override with reasons, and the conditions.
 *
 * @param overrideReasons the supervisor's reasons for going ahead without the victim's consent; null when the victim
 *     consents
 */
public record Agreement(
        boolean offenderAccepts,
        String victimViews,
        boolean victimConsents,
        @Nullable String overrideReasons,
        List<Condition> conditions) {

    public Agreement {
        requireNonNull(victimViews, "victimViews");
        conditions = List.copyOf(conditions);
    }

    public boolean overridden() {
        return !victimConsents;
    }
}
