package uk.crs.policy.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import uk.crs.policy.CatalogueProblem;
import uk.crs.policy.InvalidOffenceCatalogueException;
import uk.crs.policy.ModeOfTrial;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.OffenceDefinition;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.SourceStatus;
import uk.crs.policy.YouthVenue;

/** Reads the offence-level catalogue ({@code offences.csv}), collecting every bad value with its line and column. */
public final class OffencesCsv {

    /** The header the file must start with. */
    public static final List<String> HEADER = List.of(
            "id",
            "legislation",
            "section",
            "title",
            "ho_class",
            "ho_group",
            "mode_of_trial",
            "youth_mode_of_trial",
            "max_penalty",
            "value_threshold",
            "flags",
            "gravity_adult",
            "gravity_child",
            "mode_status",
            "max_status",
            "gravity_status",
            "sources",
            "reasoning",
            "note");

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private OffencesCsv() {}

    /**
     * Parses the whole input; every Home Office class must be in {@code classes} unless the row names its group.
     *
     * @throws InvalidOffenceCatalogueException listing every problem found
     */
    public static List<OffenceDefinition> read(Reader csv, String source, OffenceCatalogue classes) {
        List<CatalogueProblem> problems = new ArrayList<>();
        List<OffenceDefinition> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                if (header) {
                    if (!record.toList().equals(HEADER)) {
                        problems.add(new CatalogueProblem(source, 1, "(header)", "expected " + HEADER));
                        break;
                    }
                    header = false;
                    continue;
                }
                Row row = new Row(record, source, line, problems, classes);
                OffenceDefinition d = row.read();
                if (d != null && !ids.add(d.id())) {
                    problems.add(new CatalogueProblem(source, line, "id", "duplicate id '" + d.id() + "'"));
                } else if (d != null) {
                    out.add(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (!problems.isEmpty()) {
            throw new InvalidOffenceCatalogueException(problems);
        }
        return out;
    }

    private static final class Row {
        private final CSVRecord r;
        private final String source;
        private final long line;
        private final List<CatalogueProblem> problems;
        private final OffenceCatalogue classes;
        private boolean valid = true;

        Row(CSVRecord r, String source, long line, List<CatalogueProblem> problems, OffenceCatalogue classes) {
            this.r = r;
            this.source = source;
            this.line = line;
            this.problems = problems;
            this.classes = classes;
        }

        @Nullable
        OffenceDefinition read() {
            if (r.size() != HEADER.size()) {
                reject("id", "expected " + HEADER.size() + " columns, found " + r.size());
                return null;
            }
            String id = required("id");
            String legislation = required("legislation");
            String title = required("title");
            List<String> hoClasses = Arrays.stream(get("ho_class").split(";"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            String hoGroup = get("ho_group");
            if (hoClasses.isEmpty()) {
                reject("ho_class", "must name at least one Home Office class");
            }
            for (String c : hoClasses) {
                if (classes.find(c).isEmpty() && !hoGroup.contains("|")) {
                    reject("ho_class", "class '" + c + "' is not in the class table; give ho_group as group|subgroup");
                }
            }
            ModeOfTrial mode = enumValue("mode_of_trial", ModeOfTrial.class);
            YouthVenue youth = enumValue("youth_mode_of_trial", YouthVenue.class);
            String max = required("max_penalty");
            if (!max.matches("life|\\d+ (years|months|weeks)|fine( \\(.*\\))?")) {
                reject(
                        "max_penalty",
                        "expected 'life', 'N years', 'N months', 'N weeks' or 'fine (...)', found '" + max + "'");
            }
            OffenceDefinition.ValueThreshold threshold = threshold(get("value_threshold"));
            Set<OffenceFlag> flags = EnumSet.noneOf(OffenceFlag.class);
            for (String f : get("flags").split(";")) {
                if (!f.isBlank()) {
                    OffenceFlag flag = parse(OffenceFlag.class, f.strip());
                    if (flag == null) {
                        reject("flags", "unknown flag '" + f.strip() + "'");
                    } else {
                        flags.add(flag);
                    }
                }
            }
            int adult = score("gravity_adult", 4);
            int child = score("gravity_child", 5);
            SourceStatus modeStatus = enumValue("mode_status", SourceStatus.class);
            SourceStatus maxStatus = enumValue("max_status", SourceStatus.class);
            SourceStatus gravityStatus = enumValue("gravity_status", SourceStatus.class);
            List<String> sources = Arrays.stream(get("sources").split(" "))
                    .filter(s -> !s.isBlank())
                    .toList();
            if (sources.isEmpty()) {
                reject("sources", "every row cites at least one source");
            }
            String reasoning = get("reasoning");
            if (reasoning.isBlank() && (modeStatus == SourceStatus.DERIVED || gravityStatus == SourceStatus.DERIVED)) {
                reject("reasoning", "a derived value needs its reasoning");
            }
            if (!valid
                    || mode == null
                    || youth == null
                    || modeStatus == null
                    || maxStatus == null
                    || gravityStatus == null) {
                return null;
            }
            return new OffenceDefinition(
                    id,
                    legislation,
                    get("section"),
                    title,
                    hoClasses,
                    hoGroup,
                    mode,
                    youth,
                    max,
                    threshold,
                    flags,
                    adult,
                    child,
                    modeStatus,
                    maxStatus,
                    gravityStatus,
                    sources,
                    reasoning,
                    get("note"));
        }

        private OffenceDefinition.@Nullable ValueThreshold threshold(String text) {
            if (text.isEmpty()) {
                return null;
            }
            String[] parts = text.split(":");
            ModeOfTrial mode = parts.length == 2 ? parse(ModeOfTrial.class, parts[1]) : null;
            if (mode == null || !parts[0].matches("\\d+")) {
                reject("value_threshold", "expected POUNDS:MODE such as 5000:SUMMARY, found '" + text + "'");
                return null;
            }
            return new OffenceDefinition.ValueThreshold(new BigDecimal(parts[0]), mode);
        }

        private int score(String column, int max) {
            String text = get(column);
            if (!text.matches("[1-9]") || Integer.parseInt(text) > max) {
                reject(column, "must be a whole number from 1 to " + max + ", found '" + text + "'");
                return 1;
            }
            return Integer.parseInt(text);
        }

        private <E extends Enum<E>> @Nullable E enumValue(String column, Class<E> type) {
            String text = get(column);
            E value = parse(type, text);
            if (value == null) {
                reject(
                        column,
                        "expected one of " + Arrays.toString(type.getEnumConstants()) + ", found '" + text + "'");
            }
            return value;
        }

        private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String text) {
            try {
                return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private String get(String column) {
            return r.get(HEADER.indexOf(column)).strip();
        }

        private String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                reject(column, "must not be blank");
            }
            return v;
        }

        private void reject(String column, String problem) {
            valid = false;
            problems.add(new CatalogueProblem(source, line + 1, column, problem));
        }
    }
}
