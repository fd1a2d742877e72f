package uk.crs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.scrutiny.Agreement;
import uk.crs.scrutiny.VerdictCsv;

/** {@code crs scrutiny agreement FILE.csv}: agreement between panel members, as JSON. */
@Command(
        name = "agreement",
        description = {
            "Agreement between members from a CSV with columns case,member,verdict (any verdict labels):"
                    + " raw agreement, Fleiss' kappa, Krippendorff's alpha (nominal) and Gwet's AC1, as JSON.",
            "A statistic that cannot be computed is null, with the reason under \"notes\".",
            "Exit status: 0 computed, 2 bad input (the message names the file, line and column)."
        })
final class ScrutinyAgreementCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Verdicts: header case,member,verdict.")
    Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        VerdictCsv.Result result = VerdictCsv.read(file);
        if (result instanceof VerdictCsv.Refused r) {
            err.println("crs scrutiny agreement: " + r.problem().message());
            return CrsCommand.BAD_INPUT;
        }
        {
            {
                VerdictCsv.Read r = (VerdictCsv.Read) result;
                Agreement a = Agreement.of(r.ratings());
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("cases", a.cases());
                json.put("members", a.members());
                json.put("rawAgreement", a.rawAgreement());
                json.put("fleissKappa", a.fleissKappa());
                json.put("krippendorffAlpha", a.krippendorffAlpha());
                json.put("gwetAc1", a.gwetAc1());
                json.put("notes", new java.util.TreeMap<>(a.notes()));
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
                return 0;
            }
        }
    }
}
