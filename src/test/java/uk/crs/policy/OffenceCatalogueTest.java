package uk.crs.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled offence catalogue against the project's copy of the Home Office code list (2017/18 classification) and
 * against the law: the spot checks below were written from the statutes, not copied from the catalogue.
 */
class OffenceCatalogueTest {

    private static final OffenceCatalogue CATALOGUE = OffenceCatalogue.bundled();

    @Test
    void holdsEveryHomeOfficeCodeWithTheSameDescriptionGroupAndSubgroup() throws IOException {
        List<CSVRecord> homeOffice = homeOfficeCodes();

        assertThat(homeOffice).hasSize(136);
        for (CSVRecord code : homeOffice) {
            Offence offence = CATALOGUE
                    .find(code.get("code"))
                    .orElseThrow(() -> new AssertionError(
                            "Home Office code " + code.get("code") + " is missing from the catalogue"));
            assertThat(offence.description()).as(code.get("code")).isEqualTo(code.get("description"));
            assertThat(offence.group()).as(code.get("code")).isEqualTo(code.get("offence_group"));
            assertThat(offence.subgroup()).as(code.get("code")).isEqualTo(code.get("offence_subgroup"));
        }
    }

    @Test
    void holdsNoCodeOutsideTheHomeOfficeList() throws IOException {
        Set<String> homeOffice =
                homeOfficeCodes().stream().map(r -> r.get("code")).collect(Collectors.toSet());

        assertThat(CATALOGUE.all()).extracting(Offence::code).allMatch(homeOffice::contains);
        assertThat(CATALOGUE.size()).isEqualTo(homeOffice.size());
    }

    @Test
    void givesEveryOffenceASourceForItsModeOfTrial() {
        // (A mode of trial itself is required by Offence's constructor; the source is the part the CSV could omit.)
        assertThat(CATALOGUE.all()).allSatisfy(offence -> assertThat(offence.modeOfTrialSource())
                .as(offence.code())
                .isNotBlank());
    }

    @Test
    void saysInTheNoteWhichOffenceWasTakenWhereTheSourceNamesSeveralModes() {
        // a source naming two modes of trial means the code mixes offences (or forms of one), so a reader needs the
        // note to know which one the recorded mode belongs to
        assertThat(CATALOGUE.all())
                .filteredOn(o -> modesNamedIn(o.modeOfTrialSource()) > 1)
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.note()).as(o.code()).isNotBlank());
    }

    private static long modesNamedIn(String source) {
        String text = source.toLowerCase(Locale.ROOT);
        return Stream.of("summary only", "either way", "indictable only|on indictment only")
                .filter(mode -> Arrays.stream(mode.split("\\|")).anyMatch(text::contains))
                .count();
    }

    @ParameterizedTest(name = "{0} is {1} and flagged {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            # code | mode of trial   | flags it must carry          | why (the law)
            19E    | INDICTABLE_ONLY | SEXUAL;CHILD                 | SOA 2003 s.5(2): rape of a child under 13
            19H    | INDICTABLE_ONLY | SEXUAL;CHILD                 | SOA 2003 s.5(2)
            19C    | INDICTABLE_ONLY | SEXUAL                       | SOA 2003 s.1(4): rape
            46     | EITHER_WAY      | ACQUISITIVE                  | Theft Act 1968 s.1; MCA 1980 s.22A(2) election
            105A   | SUMMARY         | VIOLENCE                     | CJA 1988 s.39: common assault
            10A    | INDICTABLE_ONLY | WEAPON                       | Firearms Act 1968 Sch.6: ss.16-18
            36     | INDICTABLE_ONLY | VIOLENCE                     | kidnapping, common law
            56A    | INDICTABLE_ONLY |                              | CDA 1971 s.1(2),(3): not in MCA Sch.1 para 29
            8Q     | EITHER_WAY      | DOMESTIC_ABUSE_PRONE         | PHA 1997 s.4A(5)
            11A    | EITHER_WAY      | CHILD;VIOLENCE               | CYPA 1933 s.1(1)
            13     | EITHER_WAY      | CHILD                        | Child Abduction Act 1984 s.4
            34B    | INDICTABLE_ONLY | ACQUISITIVE;VIOLENCE         | robbery: MCA 1980 Sch.1 para 28(a)
            29A    | INDICTABLE_ONLY | ACQUISITIVE;WEAPON           | aggravated burglary: Sch.1 para 28(a)
            35     | INDICTABLE_ONLY | ACQUISITIVE                  | blackmail: Sch.1 para 28(a)
            8N     | EITHER_WAY      | VIOLENCE;INJURY;DOMESTIC_ABUSE_PRONE | OAPA 1861 ss.20, 47
            5D     | INDICTABLE_ONLY | VIOLENCE;INJURY              | OAPA 1861 s.18
            58J    | EITHER_WAY      | HATE                         | CDA 1998 s.30(2)
            105B   | EITHER_WAY      | HATE;VIOLENCE                | CDA 1998 s.29(3)
            92E    | EITHER_WAY      | DRUGS                        | MDA 1971 s.5(2), Sch.4
            10D    | EITHER_WAY      | WEAPON                       | CJA 1988 s.139(6)
            4.4    | INDICTABLE_ONLY | INJURY                       | RTA 1988 s.1; RTOA 1988 Sch.2
            802    | EITHER_WAY      |                              | RTA 1988 s.2; RTOA 1988 Sch.2
            126    | SUMMARY         |                              | Criminal Attempts Act 1981 s.9(3)
            62A    | EITHER_WAY      | VIOLENCE                     | POA 1986 s.2(5)
            67     | INDICTABLE_ONLY |                              | Perjury Act 1911 s.1
            76     | INDICTABLE_ONLY |                              | Suicide Act 1961 s.2(1)
            """)
    void classifiesOffencesAsTheLawDoes(String code, ModeOfTrial mode, String flags, String why) {
        Offence offence = CATALOGUE.find(code).orElseThrow();

        assertThat(offence.modeOfTrial()).as(why).isEqualTo(mode);
        assertThat(offence.flags()).as(why).containsAll(flags(flags));
    }

    @ParameterizedTest(name = "every offence in {0} {1} is flagged {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            offence_group    | Sexual offences                   | SEXUAL
            offence_group    | Violence against the person       | VIOLENCE
            offence_group    | Drug offences                     | DRUGS
            offence_group    | Theft offences                    | ACQUISITIVE
            offence_group    | Robbery                           | ACQUISITIVE
            offence_group    | Fraud offences                    | ACQUISITIVE
            offence_group    | Possession of weapons offences    | WEAPON
            offence_subgroup | Violence with injury              | INJURY
            description      | Racially or religiously aggravated | HATE
            description      | child                             | CHILD
            """)
    void flagsFollowTheHomeOfficeClassification(String column, String value, OffenceFlag flag) throws IOException {
        List<String> codes = homeOfficeCodes().stream()
                .filter(r -> r.get(column).startsWith(value)
                        || (column.equals("description") && r.get(column).contains(value)))
                .map(r -> r.get("code"))
                .toList();

        assertThat(codes).isNotEmpty();
        assertThat(codes).allSatisfy(code -> assertThat(
                        CATALOGUE.find(code).orElseThrow().flags())
                .as(code)
                .contains(flag));
    }

    @Test
    void findsCodesIgnoringCaseAndSurroundingSpace() {
        assertThat(CATALOGUE.find("8q")).map(Offence::description).contains("Stalking");
        assertThat(CATALOGUE.find(" 46 ")).map(Offence::description).contains("Shoplifting");
        assertThat(CATALOGUE.find("47X")).isEmpty();
    }

    @Test
    void isLoadedOnceAndShared() {
        assertThat(OffenceCatalogue.bundled()).isSameAs(OffenceCatalogue.bundled());
    }

    private static Set<OffenceFlag> flags(String names) {
        return Arrays.stream(Objects.requireNonNullElse(names, "").split(";"))
                .filter(name -> !name.isBlank())
                .map(name -> OffenceFlag.valueOf(name.strip()))
                .collect(Collectors.toSet());
    }

    private static List<CSVRecord> homeOfficeCodes() throws IOException {
        try (InputStream in = OffenceCatalogueTest.class.getResourceAsStream("/policy/home-office-offence-codes.csv");
                CSVParser parser = CSVParser.parse(
                        new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8),
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .get())) {
            return parser.getRecords();
        }
    }
}
