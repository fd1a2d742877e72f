package uk.crs.scrutiny;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nominal ratings of cases by members: for each case, the label each member gave. A member may rate some cases and
 * not others (missing ratings); a member rates a case at most once.
 */
public final class Ratings {

    private final Map<String, Map<String, String>> byCase = new LinkedHashMap<>();
    private final Set<String> members = new LinkedHashSet<>();
    private final Set<String> categories = new LinkedHashSet<>();

    private Ratings() {}

    /** An empty set of ratings whose category list starts with {@code categories} (unused ones still count). */
    public static Ratings over(List<String> categories) {
        Ratings ratings = new Ratings();
        ratings.categories.addAll(categories);
        return ratings;
    }

    /** An empty set of ratings whose categories are the labels seen. */
    public static Ratings empty() {
        return new Ratings();
    }

    /**
     * Records one rating.
     *
     * @return false, changing nothing, when this member has already rated this case
     */
    public boolean add(String caseId, String member, String label) {
        requireNonNull(label, "label");
        Map<String, String> ratings = byCase.computeIfAbsent(caseId, c -> new LinkedHashMap<>());
        if (ratings.containsKey(member)) {
            return false;
        }
        ratings.put(member, label);
        members.add(member);
        categories.add(label);
        return true;
    }

    /** The number of cases with at least one rating. */
    public int cases() {
        return byCase.size();
    }

    /** The number of distinct members who rated anything. */
    public int members() {
        return members.size();
    }

    /** The category labels, those given first and then in order of first use. */
    public List<String> categories() {
        return List.copyOf(categories);
    }

    /** For each case in order of first rating, the count of ratings in each category (in {@link #categories()} order). */
    List<int[]> counts() {
        List<String> order = categories();
        List<int[]> rows = new ArrayList<>();
        for (Map<String, String> ratings : byCase.values()) {
            int[] row = new int[order.size()];
            for (String label : ratings.values()) {
                row[order.indexOf(label)]++;
            }
            rows.add(row);
        }
        return rows;
    }
}
