package uk.crs.analytics.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic force records extract (docs/force-records.md) for demonstrations and tests: invented people and crimes,
 * generated from a seed so that the same seed gives the same bytes on any machine. Every crime reference starts with
 * {@code SYNTHETIC-}, so ingest records it as synthetic and every output labels it so.
 *
 * <p>The model is deliberately simple and says nothing about real forces: each person has a first offence in 2022 or
 * 2023 and a disposal chosen by their age and previous disposals (younger first-time offenders get more community
 * resolutions, people with a history more charges), then may re-offend, with a chance that rises with previous
 * disposals and falls with age and hardly depends on the pathway. So raw re-offending rates differ between pathways
 * mostly because different people were chosen for them, which is what the matched comparison is there to show.
 */
public final class SyntheticExtract {

    /** The seed the demonstration store uses. */
    public static final long DEMO_SEED = 20_261_201L;

    /** The day the extract is taken: no outcome is dated after it. */
    public static final LocalDate AS_AT = LocalDate.of(2025, 12, 31);

    static final String HEADER = "crime_ref,person_ref,force,offence_date,recorded_date,ho_offence_code,crime_type,"
            + "outcome_type,outcome_date,age,sex,ethnicity";

    private record Offence(String hoCode, String crimeType) {}

    /** Home Office offence codes with their data.police.uk crime types, for offences within CR guidance's range. */
    private static final List<Offence> OFFENCES = List.of(
            new Offence("46", "Shoplifting"),
            new Offence("46", "Shoplifting"),
            new Offence("58A", "Criminal damage and arson"),
            new Offence("105A", "Violence and sexual offences"),
            new Offence("125", "Public order"),
            new Offence("92D", "Drugs"),
            new Offence("49", "Other theft"));

    /** The most invented people one extract holds. */
    public static final int MAX_PEOPLE = 1_000_000;

    private SyntheticExtract() {}

    /** Writes an extract of {@code people} invented people of {@code forceName} to {@code out}. */
    public static void write(long seed, String forceName, int people, Writer out) {
        if (people < 1 || people > MAX_PEOPLE) {
            throw new IllegalArgumentException("people must be between 1 and " + MAX_PEOPLE + ", found " + people);
        }
        SplittableRandom random = new SplittableRandom(seed);
        try {
            out.write(HEADER);
            out.write('\n');
            int crime = 0;
            for (int p = 1; p <= people; p++) {
                String person = String.format("SYN-P%06d", p);
                LocalDate born = LocalDate.of(2022, 1, 1)
                        .minusYears(12 + (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * 58))
                        .minusDays(random.nextInt(365));
                String sex = random.nextDouble() < 0.78 ? "M" : "F";
                int previous = random.nextDouble() < 0.55 ? 0 : 1 + random.nextInt(4);
                LocalDate offence = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(730));
                for (int k = 0; k < 4 && !offence.isAfter(AS_AT); k++) {
                    crime++;
                    int age = Period.between(born, offence).getYears();
                    Offence o = OFFENCES.get(random.nextInt(OFFENCES.size()));
                    LocalDate recorded = offence.plusDays(random.nextInt(4));
                    LocalDate outcomeDate = recorded.plusDays(7 + random.nextInt(110));
                    String outcome = outcomeDate.isAfter(AS_AT) ? "" : pathway(random, age, previous);
                    out.write(String.join(
                            ",",
                            String.format("SYNTHETIC-%07d", crime),
                            person,
                            forceName,
                            offence.toString(),
                            recorded.toString(),
                            o.hoCode(),
                            o.crimeType(),
                            outcome,
                            outcome.isEmpty() ? "" : outcomeDate.toString(),
                            Integer.toString(age),
                            sex,
                            ""));
                    out.write('\n');
                    if (outcome.isEmpty() || random.nextDouble() >= reoffendingChance(age, previous, outcome)) {
                        break;
                    }
                    previous++;
                    offence = outcomeDate.plusDays(1 + random.nextInt(330));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The disposal: CRs for the young and first-time, charges for those with a history. */
    private static String pathway(SplittableRandom random, int age, int previous) {
        double u = random.nextDouble();
        double cr = previous == 0 ? (age < 18 ? 0.55 : 0.35) : 0.12;
        double caution = previous == 0 ? 0.15 : 0.18;
        double pnd = age >= 18 ? 0.10 : 0.0;
        double diversion = 0.08;
        if (u < cr) {
            return "8";
        }
        if (u < cr + caution) {
            return "3";
        }
        if (u < cr + caution + pnd) {
            return "6";
        }
        if (u < cr + caution + pnd + diversion) {
            return "22";
        }
        return "1";
    }

    /** Rises with previous disposals, falls with age; the pathway shifts it by two points at most. */
    private static double reoffendingChance(int age, int previous, String outcome) {
        double base = 0.12 + 0.09 * Math.min(previous, 4) + (age < 18 ? 0.10 : age < 25 ? 0.06 : 0.0);
        double pathway = outcome.equals("8") || outcome.equals("22") ? -0.02 : 0.0;
        return Math.min(0.75, base + pathway);
    }
}
