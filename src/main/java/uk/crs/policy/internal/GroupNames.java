package uk.crs.policy.internal;

import java.util.HashSet;
import java.util.Set;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceCatalogue;

/** The Home Office offence groups and subgroups that occur in a catalogue, for checking policy files. */
final class GroupNames {

    private GroupNames() {}

    static Set<String> of(OffenceCatalogue catalogue) {
        Set<String> names = new HashSet<>();
        for (Offence o : catalogue.all()) {
            names.add(o.group());
            if (!o.subgroup().isEmpty()) {
                names.add(o.subgroup());
            }
        }
        return names;
    }
}
