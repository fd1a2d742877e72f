package uk.crs.policy.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import uk.crs.policy.CatalogueProblem;
import uk.crs.policy.ModeOfTrial;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceFlag;

/** Turns one catalogue CSV record into an {@link Offence}, adding a located problem for each bad value. */
final class RowReader {

    private final CSVRecord record;
    private final String source;
    private final long line;
    private final List<CatalogueProblem> problems;
    private boolean valid = true;

    RowReader(CSVRecord record, String source, long line, List<CatalogueProblem> problems) {
        this.record = record;
        this.source = source;
        this.line = line;
        this.problems = problems;
    }

    /** The offence, or null when the row had a problem (already added to the list). */
    @Nullable
    Offence offence() {
        List<String> header = OffenceCatalogueCsv.HEADER;
        if (record.size() != header.size()) {
            String column = header.get(Math.min(record.size(), header.size() - 1));
            String what = record.size() < header.size() ? "missing" : "is followed by unexpected extra values";
            reject(column, what + ": expected " + header.size() + " columns, found " + record.size());
            return null;
        }
        String code = required(0);
        String description = required(1);
        String group = required(2);
        String subgroup = record.get(3).strip();
        ModeOfTrial mode = modeOfTrial(record.get(4).strip());
        Set<OffenceFlag> flags = flags(record.get(5).strip());
        String modeSource = required(6);
        String note = record.get(7).strip();
        if (!valid || mode == null) {
            return null;
        }
        return new Offence(code, description, group, subgroup, mode, flags, modeSource, note);
    }

    private String required(int index) {
        String value = record.get(index).strip();
        if (value.isEmpty()) {
            reject(OffenceCatalogueCsv.HEADER.get(index), "must not be blank");
        }
        return value;
    }

    private @Nullable ModeOfTrial modeOfTrial(String value) {
        for (ModeOfTrial mode : ModeOfTrial.values()) {
            if (mode.name().equals(value)) {
                return mode;
            }
        }
        reject("mode_of_trial", "expected one of " + Arrays.toString(ModeOfTrial.values()) + ", found '" + value + "'");
        return null;
    }

    private Set<OffenceFlag> flags(String value) {
        Set<OffenceFlag> flags = EnumSet.noneOf(OffenceFlag.class);
        if (value.isEmpty()) {
            return flags;
        }
        for (String name : value.split(";", -1)) {
            OffenceFlag flag = flag(name.strip());
            if (flag == null) {
                reject(
                        "flags",
                        "unknown flag '" + name.strip() + "', expected ';'-separated names from "
                                + Arrays.toString(OffenceFlag.values()));
            } else if (!flags.add(flag)) {
                reject("flags", "flag " + flag + " is listed twice");
            }
        }
        return flags;
    }

    private static @Nullable OffenceFlag flag(String name) {
        for (OffenceFlag flag : OffenceFlag.values()) {
            if (flag.name().equals(name)) {
                return flag;
            }
        }
        return null;
    }

    private void reject(String column, String problem) {
        valid = false;
        problems.add(new CatalogueProblem(source, line, column, problem));
    }
}
