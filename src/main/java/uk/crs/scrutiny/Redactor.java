package uk.crs.scrutiny;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes identifying details from a case's free text (victim's views, rationale, evidence) before it goes into a
 * panel pack: the case's own people's names (whole and each part of three letters or more), e-mail addresses, UK
 * phone numbers, UK postcodes, vehicle registrations and dates. Each is replaced by a bracketed label so that the
 * reader sees something was removed. A second person confirms the result before a pack is released: patterns miss
 * things, such as a nickname, that only a reader notices.
 *
 * <p>Patterns (derived): postcodes follow the Royal Mail format (outward code of 2-4 characters, inward digit and
 * two letters); registrations the DVLA current format (two letters, two digits, three letters) and the prefix and
 * suffix formats; phone numbers are UK numbers of 10 or 11 digits starting 0 or +44, with spaces, dots or hyphens.
 */
public final class Redactor {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\w+])(\\+44\\s?\\(?0?\\)?|\\(?0)\\d{2,4}\\)?([\\s.-]?\\d){6,8}(?!\\w)");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b(GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKPSTUW]? ?[0-9][ABD-HJLNP-UW-Z]{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern VEHICLE =
            Pattern.compile("\\b([A-Z]{2}[0-9]{2} ?[A-Z]{3}|[A-Z][0-9]{1,3} ?[A-Z]{3}|[A-Z]{3} ?[0-9]{1,3}[A-Z])\\b");
    private static final String MONTHS =
            "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?"
                    + "|dec(ember)?)";
    private static final Pattern DATE = Pattern.compile(
            "\\b(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?"
                    + MONTHS + "(\\s+\\d{4})?|" + MONTHS + "\\s+\\d{1,2}(st|nd|rd|th)?(,?\\s+\\d{4})?)\\b",
            Pattern.CASE_INSENSITIVE);

    private final List<Pattern> names;

    private Redactor(List<Pattern> names) {
        this.names = names;
    }

    /** A redactor for one case, knowing the names of its people (offender, victim, witnesses). */
    public static Redactor forPeople(List<String> peopleNames) {
        List<String> words = new ArrayList<>();
        for (String name : peopleNames) {
            String whole = name.strip();
            if (!whole.isEmpty()) {
                words.add(whole);
            }
            for (String part : whole.split("[\\s()\\-,.]+")) {
                if (part.length() >= 3) {
                    words.add(part);
                }
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed()); // longest first: whole names before parts
        List<Pattern> patterns = words.stream()
                .distinct()
                .map(w -> Pattern.compile(
                        "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
        return new Redactor(patterns);
    }

    /** The text with every identifying detail replaced. */
    public String redact(String text) {
        String out = replace(EMAIL, text, "[EMAIL]");
        out = replace(DATE, out, "[DATE]");
        out = replace(PHONE, out, "[PHONE]");
        out = replace(POSTCODE, out, "[POSTCODE]");
        out = replace(VEHICLE, out, "[VEHICLE]");
        for (Pattern name : names) {
            out = replace(name, out, "[NAME]");
        }
        return out;
    }

    private static String replace(Pattern p, String text, String label) {
        Matcher m = p.matcher(text);
        return m.replaceAll(Matcher.quoteReplacement(label));
    }

    /** The age band shown instead of a date of birth or exact age (ONS five-band style, youth kept apart). */
    public static String ageBand(int age) {
        if (age < 18) {
            return "under 18";
        }
        if (age < 25) {
            return "18-24";
        }
        if (age < 35) {
            return "25-34";
        }
        if (age < 45) {
            return "35-44";
        }
        if (age < 55) {
            return "45-54";
        }
        return age < 65 ? "55-64" : "65 and over";
    }
}
