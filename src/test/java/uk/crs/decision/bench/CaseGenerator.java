package uk.crs.decision.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import uk.crs.forces.Forces;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceCatalogue;

/**
 * Writes a seeded, reproducible JSON Lines file of varied case facts (every offence code, adults and children, victims
 * consenting or not, histories), for the end-to-end benchmark.
 */
public final class CaseGenerator {

    private static final LocalDate BASE = LocalDate.of(2026, 10, 1);
    private static final List<String> FACTORS = List.of("high-value", "planned", "group", "breach-of-trust");
    private static final List<String> MITIGATIONS = List.of("low-value", "property-recovered", "impulsive");
    private static final String[] DISPOSALS = {"COMMUNITY_RESOLUTION", "CAUTION", "CONDITIONAL_CAUTION", "CONVICTION"};

    private final Random random;
    private final List<String> codes;
    private final List<String> forces;

    public CaseGenerator(long seed) {
        this.random = new Random(seed);
        this.codes =
                OffenceCatalogue.bundled().all().stream().map(Offence::code).toList();
        this.forces = List.copyOf(Forces.standard().recordingSlugs());
    }

    /** Usage: {@code CaseGenerator FILE COUNT [SEED]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261121L;
        CaseGenerator generator = new CaseGenerator(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                out.write(generator.next(i));
                out.write('\n');
            }
        }
    }

    /** One case-facts JSON document on one line. */
    public String next(int n) {
        int age = random.nextInt(10) < 2 ? 10 + random.nextInt(8) : 18 + random.nextInt(60);
        boolean identified = random.nextInt(10) < 8;
        StringBuilder s = new StringBuilder(700);
        s.append("{\"id\":\"case-")
                .append(n)
                .append("\",\"force\":\"")
                .append(pick(forces))
                .append('"');
        s.append(",\"offence\":{\"code\":\"")
                .append(pick(codes))
                .append("\",\"date\":\"")
                .append(BASE.minusDays(random.nextInt(900)))
                .append("\",\"valueGbp\":")
                .append(random.nextInt(2000))
                .append('}');
        s.append(",\"offender\":{\"age\":")
                .append(age)
                .append(",\"acceptsResponsibility\":")
                .append(random.nextInt(10) < 9)
                .append(",\"appropriateAdultPresent\":")
                .append(age < 18 && random.nextInt(10) < 8)
                .append(",\"history\":[");
        int priors = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < priors; i++) {
            s.append(i == 0 ? "" : ",")
                    .append("{\"disposal\":\"")
                    .append(DISPOSALS[random.nextInt(DISPOSALS.length)])
                    .append("\",\"offenceCode\":\"")
                    .append(pick(codes))
                    .append("\",\"date\":\"")
                    .append(BASE.minusDays(1000 + random.nextInt(2000)))
                    .append("\"}");
        }
        s.append("]}");
        // consent without consultation is an input error: only a consulted victim consents
        boolean consulted = identified && random.nextInt(10) < 9;
        s.append(",\"victim\":{\"identified\":")
                .append(identified)
                .append(",\"consulted\":")
                .append(consulted)
                .append(",\"consents\":")
                .append(consulted && random.nextInt(10) < 7)
                .append(",\"views\":\"wants an apology\"}");
        s.append(",\"circumstances\":{\"domesticAbuse\":")
                .append(random.nextInt(20) == 0)
                .append(",\"intimatePartner\":")
                .append(random.nextInt(20) == 0)
                .append(",\"hateAggravated\":")
                .append(random.nextInt(30) == 0)
                .append(",\"weapon\":")
                .append(random.nextInt(30) == 0)
                .append(",\"injury\":\"")
                .append(random.nextInt(10) < 8 ? "NONE" : random.nextBoolean() ? "MINOR" : "SERIOUS")
                .append("\",\"vulnerableVictim\":")
                .append(random.nextInt(20) == 0)
                .append(",\"childVictim\":")
                .append(random.nextInt(30) == 0)
                .append('}');
        s.append(",\"aggravating\":[")
                .append(random.nextInt(4) == 0 ? '"' + pick(FACTORS) + '"' : "")
                .append(']');
        s.append(",\"mitigating\":[")
                .append(random.nextInt(4) == 0 ? '"' + pick(MITIGATIONS) + '"' : "")
                .append(']');
        s.append(",\"evidenceSufficient\":").append(random.nextInt(20) != 0);
        s.append(",\"rationale\":\"")
                .append(random.nextInt(50) == 0 ? "" : "first offence, goods recovered")
                .append("\"}");
        return s.toString();
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
