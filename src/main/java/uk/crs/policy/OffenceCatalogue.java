package uk.crs.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.crs.policy.internal.OffenceCatalogueCsv;

/** The Home Office offence codes crs knows, each with its mode of trial and policy flags. */
public final class OffenceCatalogue {

    /** The classpath resource holding the curated catalogue. */
    public static final String BUNDLED_RESOURCE = "/policy/offence-catalogue.csv";

    private final Map<String, Offence> byCode;
    private final List<Offence> all;

    private OffenceCatalogue(Map<String, Offence> byCode) {
        this.byCode = byCode;
        this.all = List.copyOf(byCode.values());
    }

    /** The catalogue shipped with crs, loaded once from {@value #BUNDLED_RESOURCE}. */
    public static OffenceCatalogue bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * A catalogue of the given offences.
     *
     * @throws IllegalArgumentException if two offences share a code (compared case-insensitively)
     */
    public static OffenceCatalogue of(Collection<Offence> offences) {
        Map<String, Offence> byCode = new LinkedHashMap<>();
        for (Offence offence : offences) {
            Offence earlier = byCode.putIfAbsent(key(offence.code()), offence);
            if (earlier != null) {
                throw new IllegalArgumentException("duplicate offence code '" + offence.code() + "'");
            }
        }
        return new OffenceCatalogue(byCode);
    }

    /**
     * Reads a catalogue in the bundled CSV format.
     *
     * @param sourceName names the input in error messages
     * @throws InvalidOffenceCatalogueException naming the line and column of every bad value
     */
    public static OffenceCatalogue read(Reader csv, String sourceName) {
        return of(OffenceCatalogueCsv.read(csv, sourceName));
    }

    /** Reads a catalogue CSV file (UTF-8). */
    public static OffenceCatalogue read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read offence catalogue " + file, e);
        }
    }

    /** The offence with this Home Office code ("46", "8N", "53C"), ignoring case and surrounding spaces. */
    public Optional<Offence> find(String code) {
        return Optional.ofNullable(byCode.get(key(code)));
    }

    /** Every offence, in catalogue order. */
    public Collection<Offence> all() {
        return all;
    }

    /** How many offence codes the catalogue holds. */
    public int size() {
        return byCode.size();
    }

    private static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** Holder idiom: the bundled file is parsed on first use, once, thread-safely. */
    private static final class Bundled {
        static final OffenceCatalogue INSTANCE = load();

        private static OffenceCatalogue load() {
            try (InputStream in = OffenceCatalogue.class.getResourceAsStream(BUNDLED_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("offence catalogue resource " + BUNDLED_RESOURCE + " is missing");
                }
                return read(new InputStreamReader(in, StandardCharsets.UTF_8), "classpath:" + BUNDLED_RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read offence catalogue " + BUNDLED_RESOURCE, e);
            }
        }
    }
}
