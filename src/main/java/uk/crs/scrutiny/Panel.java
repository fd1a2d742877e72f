package uk.crs.scrutiny;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A scrutiny panel serving one or more forces, with its members. */
public record Panel(String id, String name, List<String> forces, List<Member> members) {

    public Panel {
        forces = List.copyOf(forces);
        members = List.copyOf(members);
        if (forces.isEmpty()) {
            throw new IllegalArgumentException("a panel serves at least one force");
        }
    }

    public Optional<Member> member(String username) {
        return members.stream().filter(m -> m.username().equals(username)).findFirst();
    }

    /** Members counted by agency, for the published report. */
    public Map<String, Integer> membersByAgency() {
        Map<String, Integer> counts = new TreeMap<>();
        members.forEach(m -> counts.merge(m.agency().name(), 1, Integer::sum));
        return counts;
    }
}
