package uk.crs.analytics.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.crs.analytics.ingest.counts.CountsLoader;
import uk.crs.analytics.ingest.homeoffice.HomeOfficeLoader;
import uk.crs.analytics.ingest.policeuk.OutcomesLoader;
import uk.crs.analytics.ingest.policeuk.StreetLoader;

/** Chooses a loader from a file's header, never from its name. */
final class KindDetection {

    private KindDetection() {}

    static Loader detect(String name, Header header, Optional<CountsLayout> counts) throws FileRejected {
        if (header.names().size() <= 1) {
            throw new FileRejected(name + ": the header has " + header.names().size() + " column"
                    + delimiterHint(header) + "; expected a comma-separated file");
        }
        if (counts.isPresent()) {
            return new CountsLoader(counts.get(), name, header);
        }
        if (header.names().equals(StreetLoader.HEADER)) {
            return new StreetLoader();
        }
        if (header.names().equals(OutcomesLoader.HEADER)) {
            return new OutcomesLoader();
        }
        if (HomeOfficeLoader.recognises(header)) {
            return new HomeOfficeLoader(header);
        }
        throw new FileRejected(name + ": unrecognised header [" + header + "]" + closest(header));
    }

    private static String delimiterHint(Header header) {
        String only = header.names().isEmpty() ? "" : header.names().get(0);
        for (String delimiter : List.of(";", "\t", "|")) {
            if (only.contains(delimiter)) {
                return " and seems to use " + (delimiter.equals("\t") ? "tabs" : "'" + delimiter + "'")
                        + " as the delimiter";
            }
        }
        return "";
    }

    private static String closest(Header header) {
        for (List<String> known : List.of(StreetLoader.HEADER, OutcomesLoader.HEADER)) {
            if (header.names().containsAll(known) || known.containsAll(header.names())) {
                List<String> extra = new ArrayList<>(header.names());
                extra.removeAll(known);
                List<String> missing = new ArrayList<>(known);
                missing.removeAll(header.names());
                return "; it is close to the published data.police.uk layout but"
                        + (extra.isEmpty() ? "" : " has extra columns " + extra)
                        + (extra.isEmpty() || missing.isEmpty() ? "" : " and")
                        + (missing.isEmpty() ? "" : " lacks columns " + missing)
                        + ", so it is not loaded (files edited by third parties are refused, because their"
                        + " values cannot be trusted to match the published data)";
            }
        }
        return "; expected a data.police.uk street or outcomes file, a Home Office crime outcomes table, or"
                + " --format counts --columns ... for other aggregated tables";
    }
}
