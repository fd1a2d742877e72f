package uk.crs.analytics.reoffending;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import uk.crs.analytics.Answer;
import uk.crs.analytics.report.Interval;

/**
 * Compares re-offending after two pathways on exactly matched people ({@link ComparisonReport#METHOD}), and refuses the
 * comparisons that cannot be read as anything but selection: small arms, immature cohorts, completers against
 * non-completers of the same pathway, and national averages.
 */
public final class Comparison {

    /** Smallest arm, before and after matching (a project threshold, placeholder: about ±12 points at 50%). */
    public static final int MINIMUM_ARM = 60;

    private final Reoffending reoffending;

    public Comparison(Reoffending reoffending) {
        this.reoffending = reoffending;
    }

    /** Parses the two pathway arguments, refusing comparisons that would mislead whatever the data. */
    public static Answer<int[]> pathways(String compare, String with) {
        for (String arm : List.of(compare, with)) {
            String a = arm.strip().toLowerCase(Locale.ROOT);
            if (a.matches(".*(national|average|england|all|mean|rate).*")) {
                return Answer.refused("comparison with a national average refused ('" + arm + "'): a national rate"
                        + " mixes other forces, other people and other offences, so the difference measures who was"
                        + " chosen, not what worked; compare two pathways of the same force's records");
            }
            if (a.matches(".*(complet|drop|fail|breach|non).*")) {
                return Answer.refused("comparison of completers with non-completers refused ('" + arm + "'): people"
                        + " who complete a pathway differ from those who drop out in motivation and circumstances,"
                        + " so such a difference (\"195% lower\") measures who completed, not what the pathway did");
            }
        }
        int[] types = new int[2];
        List<String> arms = List.of(compare, with);
        for (int i = 0; i < 2; i++) {
            try {
                types[i] = Integer.parseInt(arms.get(i).strip());
            } catch (NumberFormatException e) {
                return Answer.refused("'" + arms.get(i) + "' is not an outcome type; use one of " + Pathway.DISPOSALS);
            }
            if (!Pathway.DISPOSALS.contains(types[i])) {
                return Answer.refused(
                        "outcome type " + types[i] + " is not a disposal pathway; use one of " + Pathway.DISPOSALS);
            }
        }
        if (types[0] == types[1]) {
            return Answer.refused("a pathway compared with itself refused (" + types[0] + "): within one pathway the"
                    + " only split is completers against non-completers, which measures who completed, not what"
                    + " worked");
        }
        return new Answer.Given<>(types);
    }

    public Answer<ComparisonReport> compare(ReoffendingRequest request, String compare, String with) {
        Answer<int[]> parsed = pathways(compare, with);
        if (parsed instanceof Answer.Refused<int[]> r) {
            return Answer.refused(r.reason());
        }
        int[] types = ((Answer.Given<int[]>) parsed).value();
        Answer<Reoffending.Cohort> built = reoffending.cohort(request);
        if (built instanceof Answer.Refused<Reoffending.Cohort> r) {
            return Answer.refused(r.reason());
        }
        Reoffending.Cohort cohort = ((Answer.Given<Reoffending.Cohort>) built).value();
        List<CohortPerson> people = reoffending.people();
        List<CohortPerson> a =
                people.stream().filter(p -> p.pathway() == types[0]).toList();
        List<CohortPerson> b =
                people.stream().filter(p -> p.pathway() == types[1]).toList();
        String small = small(a, b, types, "");
        if (!small.isEmpty()) {
            return Answer.refused(small);
        }
        Map<String, List<CohortPerson>> byA = strata(a);
        Map<String, List<CohortPerson>> byB = strata(b);
        List<CohortPerson> matchedA = new ArrayList<>();
        List<CohortPerson> matchedB = new ArrayList<>();
        int strata = 0;
        for (Map.Entry<String, List<CohortPerson>> e : byA.entrySet()) {
            List<CohortPerson> other = byB.get(e.getKey());
            if (other == null) {
                continue;
            }
            int k = Math.min(e.getValue().size(), other.size());
            matchedA.addAll(e.getValue().subList(0, k));
            matchedB.addAll(other.subList(0, k));
            strata++;
        }
        small = small(matchedA, matchedB, types, " after matching");
        if (!small.isEmpty()) {
            return Answer.refused(small);
        }
        List<ComparisonReport.Balance> balance = List.of(
                balance("ageBand", CohortPerson::ageBand, a, b, matchedA, matchedB),
                balance("sex", CohortPerson::sex, a, b, matchedA, matchedB),
                balance("offenceGroup", CohortPerson::offenceGroup, a, b, matchedA, matchedB),
                balance("previousDisposals", p -> Integer.toString(p.previousDisposals()), a, b, matchedA, matchedB));
        return new Answer.Given<>(new ComparisonReport(
                cohort.force(),
                request.from(),
                request.to(),
                cohort.asAt(),
                cohort.synthetic(),
                types[0],
                types[1],
                new ComparisonReport.Arm(types[0], a.size(), matchedA.size()),
                new ComparisonReport.Arm(types[1], b.size(), matchedB.size()),
                strata,
                balance,
                effect(matchedA, matchedB, CohortPerson::provenReoffender),
                effect(matchedA, matchedB, CohortPerson::sanctionedReoffender)));
    }

    private static String small(List<CohortPerson> a, List<CohortPerson> b, int[] types, String when) {
        if (a.size() >= MINIMUM_ARM && b.size() >= MINIMUM_ARM) {
            return "";
        }
        return "arms under " + MINIMUM_ARM + " people" + when + " refused: outcome " + types[0] + " has " + a.size()
                + " and outcome " + types[1] + " has " + b.size() + "; with fewer people the intervals are too wide"
                + " to say anything";
    }

    private static Map<String, List<CohortPerson>> strata(List<CohortPerson> people) {
        Map<String, List<CohortPerson>> strata = new TreeMap<>();
        for (CohortPerson p : people) {
            strata.computeIfAbsent(p.stratum(), k -> new ArrayList<>()).add(p);
        }
        return strata;
    }

    private static ComparisonReport.Balance balance(
            String name,
            Function<CohortPerson, String> variable,
            List<CohortPerson> a,
            List<CohortPerson> b,
            List<CohortPerson> matchedA,
            List<CohortPerson> matchedB) {
        return new ComparisonReport.Balance(name, smd(variable, a, b), smd(variable, matchedA, matchedB));
    }

    /**
     * The largest absolute standardised mean difference over a categorical variable's levels, each level a 0/1
     * indicator: (p1 - p2) / sqrt((p1(1 - p1) + p2(1 - p2)) / 2) (Austin 2009; target under 0.1).
     */
    static double smd(Function<CohortPerson, String> variable, List<CohortPerson> a, List<CohortPerson> b) {
        Set<String> levels = new HashSet<>();
        a.forEach(p -> levels.add(variable.apply(p)));
        b.forEach(p -> levels.add(variable.apply(p)));
        double worst = 0;
        for (String level : levels) {
            double p1 = share(a, p -> variable.apply(p).equals(level));
            double p2 = share(b, p -> variable.apply(p).equals(level));
            double pooled = Math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2);
            double d = pooled == 0 ? (p1 == p2 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(p1 - p2) / pooled;
            worst = Math.max(worst, d);
        }
        return worst;
    }

    private static double share(List<CohortPerson> people, Predicate<CohortPerson> which) {
        return people.isEmpty() ? 0 : (double) people.stream().filter(which).count() / people.size();
    }

    /**
     * Risk difference with Newcombe's (1998) method 10 interval from the two Wilson intervals; risk ratio with the Katz
     * log interval, absent when either arm has no re-offenders.
     */
    static ComparisonReport.Effect effect(
            List<CohortPerson> a, List<CohortPerson> b, Predicate<CohortPerson> reoffender) {
        long x1 = a.stream().filter(reoffender).count();
        long x2 = b.stream().filter(reoffender).count();
        int n1 = a.size();
        int n2 = b.size();
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        Interval w1 = Interval.wilson(x1, n1, Interval.Z95);
        Interval w2 = Interval.wilson(x2, n2, Interval.Z95);
        double d = p1 - p2;
        Interval rd = new Interval(
                d - Math.sqrt(Math.pow(p1 - w1.low(), 2) + Math.pow(w2.high() - p2, 2)),
                d + Math.sqrt(Math.pow(w1.high() - p1, 2) + Math.pow(p2 - w2.low(), 2)));
        @Nullable Double rr = null;
        @Nullable Interval rrCi = null;
        if (x1 > 0 && x2 > 0) {
            rr = p1 / p2;
            double se = Math.sqrt(1.0 / x1 - 1.0 / n1 + 1.0 / x2 - 1.0 / n2);
            rrCi = new Interval(rr * Math.exp(-Interval.Z95 * se), rr * Math.exp(Interval.Z95 * se));
        }
        return new ComparisonReport.Effect(x1, x2, p1, p2, d, rd, rr, rrCi);
    }
}
