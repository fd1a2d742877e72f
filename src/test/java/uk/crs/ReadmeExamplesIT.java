package uk.crs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import uk.crs.testing.CrsProcess;

/**
 * The README's command examples, run as a reader would run them: every line of every {@code sh} block in a section
 * that names a {@code crs} command, in order, from a directory laid out like the repository (with {@code src} and
 * {@code ../shared} beside it), on a fresh {@code CRS_HOME}. A line exits 0 unless its comment says {@code exits N};
 * words in capitals in its comment (such as {@code NOT_PERMITTED}) must appear in what it prints. Lines that need a
 * running server ({@code ./crs serve}, {@code curl}) and the quick start's build commands are not run here: ServeIT
 * and the suite itself cover them. The audit section reads a store made by {@code ./crs serve}, so one is made first.
 */
class ReadmeExamplesIT {

    private static final Pattern EXIT = Pattern.compile("exits (\\d+)");
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    @TempDir
    @SuppressWarnings("NullAway.Init") // JUnit injects it before the factory runs
    static Path root;

    record Example(String section, String line) {}

    @TestFactory
    Stream<DynamicTest> everyCommandExampleInTheReadmeRunsAsDocumented() throws IOException {
        Path project = Path.of(System.getenv().getOrDefault("CRS_PROJECT_DIR", "."))
                .toAbsolutePath()
                .normalize();
        Path work = Files.createDirectories(root.resolve("crs"));
        Path home = Files.createDirectories(root.resolve("home"));
        Files.createSymbolicLink(work.resolve("src"), project.resolve("src"));
        Files.createSymbolicLink(work.resolve("docs"), project.resolve("docs"));
        Path shared = project.resolveSibling("shared");
        if (Files.isDirectory(shared)) {
            Files.createSymbolicLink(root.resolve("shared"), shared);
        }
        Path launcher = work.resolve("crs");
        Files.writeString(
                launcher,
                "#!/bin/sh\nexec java -Xmx1g -jar '" + CrsProcess.jar().toAbsolutePath() + "' \"$@\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<Example> examples = examples(Files.readAllLines(project.resolve("README.md"), StandardCharsets.UTF_8));
        assertThat(examples).as("the README has command examples").hasSizeGreaterThan(10);
        return examples.stream()
                .map(example -> DynamicTest.dynamicTest(
                        example.section() + ": " + example.line(), () -> run(example, work, home, shared)));
    }

    private static void run(Example example, Path work, Path home, Path shared) throws Exception {
        if (example.line().contains("../shared") && !Files.isDirectory(shared)) {
            assertThat(System.getenv("CI"))
                    .as("../shared must be beside the project under CI")
                    .isNull();
            return;
        }
        if (example.section().contains("`crs audit") && !Files.isDirectory(home.resolve("pg"))) {
            // the audit commands read the store that `./crs serve` made, as the README's section says
            try (CrsProcess server = CrsProcess.serve(java.util.Map.of("CRS_HOME", home.toString()), work)) {
                server.awaitHealthy(java.time.Duration.ofMinutes(3));
            }
        }
        String command = example.line();
        int hash = command.indexOf(" # ");
        String comment = hash < 0 ? "" : command.substring(hash);
        Matcher exits = EXIT.matcher(comment);
        int expected = exits.find() ? Integer.parseInt(exits.group(1)) : 0;

        Path output = Files.createTempFile(root, "out-", ".txt");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command)
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("CRS_"));
        builder.environment().put("CRS_HOME", home.toString());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("finished: " + command)
                .isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isEqualTo(expected);
        Matcher capitals = CAPITALS.matcher(comment);
        while (capitals.find()) {
            assertThat(printed)
                    .as("the README says this prints " + capitals.group())
                    .contains(capitals.group());
        }
    }

    /** Lines of sh blocks under a section heading that names a crs command, continuation lines joined. */
    static List<Example> examples(List<String> readme) {
        List<Example> examples = new ArrayList<>();
        String section = "";
        boolean inBlock = false;
        boolean shell = false;
        StringBuilder pending = new StringBuilder();
        for (String line : readme) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                shell = inBlock && line.equals("```sh");
            } else if (!inBlock && line.startsWith("#")) {
                section = line.replaceFirst("^#+ ", "");
            } else if (shell && section.contains("`crs ")) {
                pending.append(line.strip());
                if (line.endsWith("\\")) {
                    pending.setLength(pending.length() - 1);
                    continue;
                }
                String command = pending.toString();
                pending.setLength(0);
                if (!command.isBlank() && !command.startsWith("./crs serve") && !command.startsWith("curl ")) {
                    examples.add(new Example(section, command));
                }
            }
        }
        return examples;
    }
}
