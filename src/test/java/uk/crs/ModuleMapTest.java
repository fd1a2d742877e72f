package uk.crs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's module map is the allow-list of the package graph: each package may depend only on the packages its
 * row names, every dependency a row names exists in the code, and an {@code internal} package is reached only from
 * its own feature. A change to the graph therefore changes the README in the same commit.
 */
class ModuleMapTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.]+)` \\|[^|]*\\| (.*) \\|$");
    private static final Pattern NAME = Pattern.compile("`([a-z.]+)`");

    private static JavaClasses classes;
    private static Map<String, Set<String>> documented;

    @BeforeAll
    static void load() throws IOException {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.crs");
        documented = readModuleMap(Path.of("README.md"));
    }

    @Test
    void everyPackageInTheCodeHasARowInTheModuleMap() {
        Set<String> inCode = new TreeSet<>();
        for (JavaClass c : classes) {
            module(c).ifPresent(inCode::add);
        }
        assertThat(documented.keySet()).containsExactlyInAnyOrderElementsOf(inCode);
    }

    @Test
    void eachPackageDependsOnExactlyWhatItsRowSays() {
        Map<String, Set<String>> actual = actualGraph();
        Map<String, Set<String>> expected = new TreeMap<>();
        documented.forEach((module, deps) -> {
            Set<String> known = new TreeSet<>(deps);
            if (known.contains("*")) {
                // "every feature": the row allows anything, so it is checked against what the code uses
                known = new TreeSet<>(actual.getOrDefault(module, Set.of()));
            }
            known.retainAll(documented.keySet());
            expected.put(module, known);
        });
        actual.keySet().forEach(m -> expected.putIfAbsent(m, Set.of()));
        expected.keySet().forEach(m -> actual.putIfAbsent(m, new TreeSet<>()));
        assertThat(actual)
                .as("the package graph in the code (left) against the README's module map (right)")
                .isEqualTo(expected);
    }

    @Test
    void internalPackagesAreReachedOnlyFromTheirOwnFeature() {
        List<String> violations = new ArrayList<>();
        for (JavaClass origin : classes) {
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                int internal = target.indexOf(".internal");
                if (!target.startsWith("uk.crs.") || internal < 0) {
                    continue;
                }
                String feature = target.substring(0, internal);
                String from = origin.getPackageName();
                if (!from.equals(feature) && !from.startsWith(feature + ".")) {
                    violations.add(d.getDescription());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    /** The package graph between modules, from the compiled classes. */
    private static Map<String, Set<String>> actualGraph() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass origin : classes) {
            Optional<String> from = module(origin);
            if (from.isEmpty()) {
                continue;
            }
            Set<String> targets = graph.computeIfAbsent(from.get(), k -> new TreeSet<>());
            for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                module(d.getTargetClass())
                        .filter(to -> !to.equals(from.get()))
                        .filter(to -> !related(from.get(), to))
                        .ifPresent(targets::add);
            }
        }
        return graph;
    }

    /** A page controller and the web application around it are one adapter; their mutual use is not a module edge. */
    private static boolean related(String a, String b) {
        return a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    /** The module of a class: its feature package, or {@code web.pages} for the browser pages. */
    private static Optional<String> module(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith("uk.crs.")) {
            return Optional.empty();
        }
        String rest = pkg.substring("uk.crs.".length());
        if (rest.equals("web.pages") || rest.startsWith("web.pages.")) {
            return Optional.of("web.pages");
        }
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static Map<String, Set<String>> readModuleMap(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = lines.indexOf("## Module map");
        assertThat(start).as("README.md has a '## Module map' section").isNotNegative();
        Map<String, Set<String>> map = new TreeMap<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            if (!row.matches()) {
                continue;
            }
            Set<String> deps = new TreeSet<>();
            String column = row.group(2);
            if (column.startsWith("every feature")) {
                deps.add("*");
            }
            Matcher name = NAME.matcher(column);
            while (name.find()) {
                deps.add(name.group(1));
            }
            map.put(row.group(1), deps);
        }
        return map;
    }
}
