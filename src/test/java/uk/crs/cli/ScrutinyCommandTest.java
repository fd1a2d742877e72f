package uk.crs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crs scrutiny sample}, {@code agreement} and {@code collate}. */
class ScrutinyCommandTest {

    @TempDir
    @SuppressWarnings("NullAway.Init") // JUnit injects it before each test
    Path dir;

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void sampleReproducesRivestsTranscriptOverAManifest() throws Exception {
        // 876 references whose sorted order is their number, listed in reverse: the file's order must not matter
        String refs = IntStream.rangeClosed(1, 876)
                .map(i -> 877 - i)
                .mapToObj(i -> String.format("C%04d", i))
                .collect(Collectors.joining("\n", "# exported 2026-11-30\n", "\n"));
        Path manifest = file("manifest.txt", refs);

        CliRun run = CliRun.of(
                "scrutiny",
                "sample",
                "--seed",
                "3546311556112163624615351222",
                "--manifest",
                manifest.toString(),
                "--size",
                "5");

        String sorted = IntStream.rangeClosed(1, 876)
                .mapToObj(i -> String.format("C%04d%n", i).replace(System.lineSeparator(), "\n"))
                .collect(Collectors.joining());
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(sorted.getBytes(StandardCharsets.UTF_8)));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines())
                .containsExactly(
                        "# manifest sha256 " + hash + " (876 cases)",
                        "# seed sha256 "
                                + HexFormat.of()
                                        .formatHex(MessageDigest.getInstance("SHA-256")
                                                .digest("3546311556112163624615351222"
                                                        .getBytes(StandardCharsets.UTF_8))),
                        "draw,counter,position,reference",
                        "1,1,740,C0740",
                        "2,2,180,C0180",
                        "3,3,264,C0264",
                        "4,4,789,C0789",
                        "5,5,238,C0238");
        assertThat(CliRun.of(
                                "scrutiny",
                                "sample",
                                "--seed",
                                "3546311556112163624615351222",
                                "--manifest",
                                manifest.toString(),
                                "--size",
                                "5")
                        .out())
                .isEqualTo(run.out());
    }

    @Test
    void sampleRefusesARepeatedReferenceNamingFileLineAndColumn() throws IOException {
        Path manifest = file("m.txt", "DUR-1\nDUR-2\n  DUR-1\n");

        CliRun run = CliRun.of("scrutiny", "sample", "--seed", "s", "--manifest", manifest.toString(), "--size", "1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(manifest + ": line 3, column 3: case reference 'DUR-1' appears twice");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void sampleRefusesASizeLargerThanTheManifestAndAMissingFile() throws IOException {
        Path manifest = file("m.txt", "A\nB\n");

        CliRun tooMany =
                CliRun.of("scrutiny", "sample", "--seed", "s", "--manifest", manifest.toString(), "--size", "3");
        CliRun missing = CliRun.of(
                "scrutiny",
                "sample",
                "--seed",
                "s",
                "--manifest",
                dir.resolve("nope").toString(),
                "--size",
                "1");

        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).contains("--size: must be between 1 and the 2 cases in the manifest, found 3");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains(dir.resolve("nope") + ": no such file");
    }

    @Test
    void agreementPrintsTheStatisticsAsJson() throws IOException {
        // Krippendorff (2011)'s example, four observers and twelve units with missing values: alpha 0.743
        String[][] table = {
            {"1", "2", "3", "3", "2", "1", "4", "1", "2", ".", ".", "."},
            {"1", "2", "3", "3", "2", "2", "4", "1", "2", "5", ".", "3"},
            {".", "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", "."},
            {"1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", "."}
        };
        StringBuilder csv = new StringBuilder("verdict,case,member\n");
        for (int o = 0; o < 4; o++) {
            for (int u = 0; u < 12; u++) {
                if (!table[o][u].equals(".")) {
                    csv.append("label-")
                            .append(table[o][u])
                            .append(",unit ")
                            .append(u)
                            .append(",obs")
                            .append(o)
                            .append('\n');
                }
            }
        }
        Path verdicts = file("verdicts.csv", csv.toString());

        CliRun run = CliRun.of("scrutiny", "agreement", verdicts.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("\\s", ""))
                .startsWith("{\"cases\":12,\"members\":4,\"rawAgreement\":0.8181818181818182,\"fleissKappa\":null,"
                        + "\"krippendorffAlpha\":0.743")
                .contains("\"gwetAc1\":0.7754")
                .contains("\"fleissKappa\":\"Fleiss'kappaneedsthesamenumberofverdictsoneverycase");
    }

    @Test
    void agreementRefusesBadRowsNamingFileLineAndColumn() throws IOException {
        Path missingColumn = file("a.csv", "case,member\n1,a\n");
        Path emptyVerdict = file("b.csv", "case,member,verdict\n1,a,APPROPRIATE\n1,b,\n");
        Path twice = file("c.csv", "case,member,verdict\n1,a,APPROPRIATE\n2,a,APPROPRIATE\n1,a,INAPPROPRIATE\n");
        Path ragged = file("d.csv", "case,member,verdict\n1,a\n");

        assertThat(CliRun.of("scrutiny", "agreement", missingColumn.toString()).err())
                .contains(missingColumn + ": line 1: missing column 'verdict'");
        assertThat(CliRun.of("scrutiny", "agreement", emptyVerdict.toString()).err())
                .contains(emptyVerdict + ": line 3, column 3: verdict is empty");
        assertThat(CliRun.of("scrutiny", "agreement", twice.toString()).err())
                .contains(twice + ": line 4, column 2: member 'a' already gave a verdict on case '1' (line 2)");
        CliRun run = CliRun.of("scrutiny", "agreement", ragged.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(ragged + ": line 2: expected 3 fields as in the header, found 2");
    }

    @Test
    void collateRefusesAPanelsOwnTrueFiguresUnlessInternal() throws Exception {
        Path own =
                file("own.json", findings("durham", 2025, "12", "3").replace("\"public\": true", "\"public\": false"));
        Path published = file("published.json", findings("cheshire", 2025, "168", "80"));

        CliRun refused = CliRun.of("scrutiny", "collate", own.toString(), published.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("own.json: public: false", "not for publication", "--internal");
        assertThat(refused.out()).isEmpty();

        CliRun internal = CliRun.of("scrutiny", "collate", "--internal", own.toString(), published.toString());
        assertThat(internal.exitCode()).isZero();
        assertThat(internal.outLines())
                .anySatisfy(l -> assertThat(l).startsWith("own.json,durham,durham,2025,12,3,"))
                .contains("# disclosure,INTERNAL: may include panels' own true counts; not for publication");
    }

    static String findings(String panel, int year, String reviewed, String inappropriate) {
        return """
                {"format": "crs-scrutiny-findings", "version": 1, "panel": "%s", "forces": ["%s"], "year": %d,
                 "public": true,
                 "counts": {"reviewed": %s, "appropriate": null, "appropriateWithObservations": null,
                            "inappropriate": %s, "unableToDetermine": 0}}
                """
                .formatted(panel, panel, year, reviewed, inappropriate);
    }

    @Test
    void collateCombinesPanelsIntoOneTableAndAFunnelPlot() throws IOException {
        Path a = file("durham.json", findings("durham", 2025, "168", "30"));
        Path b = file("cheshire.json", findings("cheshire", 2025, "168", "80"));
        Path c = file("small.json", findings("small", 2025, "20", "null"));
        Path svg = dir.resolve("funnel.svg");

        CliRun run =
                CliRun.of("scrutiny", "collate", a.toString(), b.toString(), c.toString(), "--funnel", svg.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines())
                .contains("source,panel,forces,year,reviewed,inappropriate,rate,lower95,upper95,funnel")
                .anySatisfy(l -> assertThat(l).startsWith("durham.json,durham,durham,2025,168,30,0.1786,0.1280,"))
                .anySatisfy(l -> assertThat(l).startsWith("cheshire.json,cheshire,cheshire,2025,168,80,0.4762,"))
                .anySatisfy(l -> assertThat(l).isEqualTo("small.json,small,small,2025,20,suppressed,,,,SUPPRESSED"))
                .contains("# pooled,0.3274,from 336 cases")
                .anySatisfy(l -> assertThat(l).startsWith("# disclosure,counts as each panel published them"));
        assertThat(run.out()).contains("BELOW_998").contains("ABOVE_998");
        assertThat(Files.readString(svg))
                .startsWith("<svg")
                .contains("<title id=\"funnel-title\">")
                .contains("<circle");
    }

    @Test
    void collateRefusesAnotherVersionNamingTheFileAndField() throws IOException {
        Path good = file("good.json", findings("durham", 2025, "168", "30"));
        Path v2 = file("v2.json", findings("x", 2025, "10", "1").replace("\"version\": 1", "\"version\": 2"));
        Path broken = file("broken.json", "{\"format\": \"crs-scrutiny-findings\",\n \"version\": }");

        CliRun run = CliRun.of("scrutiny", "collate", good.toString(), v2.toString(), broken.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(v2 + ": version: expected 1, the version this crs reads")
                .contains(broken + ": line 2, column")
                .doesNotContain("good.json");
        assertThat(run.out()).isEmpty();
    }
}
