import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a seeded synthetic national dataset in the data.police.uk archive layout
 * (YYYY-MM/YYYY-MM-<force>-street.csv) for the analytics benchmark. Usage: java Generate.java DIR ROWS [SEED]
 */
public class Generate {

    static final String HEADER = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,"
            + "LSOA name,Crime type,Last outcome category,Context\n";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        long total = Long.parseLong(args[1]);
        SplittableRandom random = new SplittableRandom(args.length > 2 ? Long.parseLong(args[2]) : 2019);
        List<String[]> forces = Files.readAllLines(Path.of(args.length > 3 ? args[3] : "src/main/resources/forces/forces.csv"))
                .stream()
                .filter(l -> !l.startsWith("#"))
                .skip(1)
                .map(l -> l.split(",", 3))
                .filter(f -> !f[0].equals("northern-ireland"))
                .toList();
        String[] types = {"Violence and sexual offences", "Shoplifting", "Criminal damage and arson", "Other theft",
            "Vehicle crime", "Burglary", "Public order", "Drugs", "Theft from the person", "Robbery",
            "Possession of weapons", "Bicycle theft", "Other crime"};
        String[] outcomes = {"Investigation complete; no suspect identified", "Unable to prosecute suspect",
            "Under investigation", "Status update unavailable", "Awaiting court outcome", "Court result unavailable",
            "Action to be taken by another organisation", "Offender given a caution",
            "Further investigation is not in the public interest", "Formal action is not in the public interest",
            "Offender given a drugs possession warning", "Offender fined", "Offender sent to prison"};
        double[] outcomeWeights = {35, 28, 12, 5, 4, 3, 2, 1.5, 1, 1, 0.7, 0.5, 0.5};
        double[] weights = new double[forces.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1 + (i * 7919 % 8);
            sum += weights[i];
        }
        int months = 12;
        long written = 0;
        char[] hex = "0123456789abcdef".toCharArray();
        for (int m = 1; m <= months; m++) {
            String month = String.format("2023-%02d", m);
            Files.createDirectories(dir.resolve(month));
            for (int f = 0; f < forces.size(); f++) {
                String slug = forces.get(f)[0];
                String name = forces.get(f)[1];
                double crRate = 0.01 + 0.05 * ((f * 31 % 17) / 16.0);
                long rows = (long) Math.ceil(total * weights[f] / sum / months);
                try (BufferedWriter out = Files.newBufferedWriter(
                        dir.resolve(month).resolve(month + "-" + slug + "-street.csv"), StandardCharsets.UTF_8)) {
                    out.write(HEADER);
                    StringBuilder row = new StringBuilder(256);
                    for (long r = 0; r < rows; r++) {
                        row.setLength(0);
                        boolean asb = random.nextDouble() < 0.3;
                        if (!asb) {
                            for (int k = 0; k < 64; k++) {
                                row.append(hex[random.nextInt(16)]);
                            }
                        }
                        int lsoa = random.nextInt(5000);
                        row.append(',').append(month).append(',').append(name).append(',').append(name).append(',')
                                .append(String.format("%.6f", -3 + random.nextDouble() * 3)).append(',')
                                .append(String.format("%.6f", 50 + random.nextDouble() * 5))
                                .append(",On or near Street ").append(lsoa).append(",E0100").append(lsoa)
                                .append(',').append(slug).append(' ').append(lsoa).append("A,")
                                .append(asb ? "Anti-social behaviour" : types[random.nextInt(types.length)])
                                .append(',');
                        if (!asb) {
                            row.append(random.nextDouble() < crRate ? "Local resolution" : pick(outcomes, outcomeWeights, random));
                        }
                        row.append(",\n");
                        out.append(row);
                    }
                    written += rows;
                }
            }
        }
        System.out.println("wrote " + written + " street rows in " + months * forces.size() + " files under " + dir);
    }

    static String pick(String[] values, double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            x -= weights[i];
            if (x <= 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
