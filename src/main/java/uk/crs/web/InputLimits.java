package uk.crs.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The limits on what the API accepts, checked before anything is stored (docs/record.md lists them). They are
 * engineering limits chosen for this service, not guidance: each is far above anything a real case needs and well
 * inside what the store's columns hold, so that over-long or absurd input is a 400 naming the field, never a 500.
 */
final class InputLimits {

    private InputLimits() {}

    /** A whole request body, in bytes: a full case with every text at its maximum fits several times over. */
    static final int REQUEST_BYTES = 256 * 1024;

    /**
     * Any one text value (views, rationale, evidence, reasons, details), in characters. People's names and contacts
     * have tighter limits, checked where a case is opened (whichever adapter sends it).
     */
    static final int TEXT = 4_000;

    /** A property name, in characters. */
    static final int PROPERTY_NAME = 64;

    /** Items in any one array (history, factors, conditions). */
    static final int ARRAY_ITEMS = 100;

    /** Conditions of one agreement. */
    static final int CONDITIONS = 20;

    /** Nesting of objects and arrays. */
    static final int DEPTH = 16;

    /** The magnitude of any number in a request. */
    static final BigDecimal NUMBER_MAX = new BigDecimal("1000000000");

    /**
     * A compensation amount, in pounds (2 decimals). Placeholder: no national maximum for compensation under a
     * community resolution is published; this ceiling only keeps absurd amounts out.
     */
    static final BigDecimal POUNDS_MAX = new BigDecimal("100000.00");

    /** The earliest and latest dates accepted anywhere (dates of birth, offence dates, due dates, searches). */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    static boolean saneDate(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    static String dateRange() {
        return "from " + EARLIEST + " to " + LATEST;
    }
}
