package uk.crs.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue loader on micro-CSVs: good files load, and every malformed row is named by line and column. */
class OffenceCatalogueLoadingTest {

    private static final String HEADER =
            "code,description,offence_group,offence_subgroup,mode_of_trial,flags,mode_of_trial_source,note\n";

    @Test
    void readsAWellFormedFileFromAPath(@TempDir Path dir) throws Exception {
        Path file = write(
                dir,
                HEADER
                        + "46,Shoplifting,Theft offences,,EITHER_WAY,ACQUISITIVE,\"Theft Act 1968 s.1\",\n"
                        + "8n,Assault with injury,Violence against the person,Violence with injury,EITHER_WAY,"
                        + "VIOLENCE;INJURY,OAPA 1861 s.47,\"covers s.20, s.47\"\n");

        OffenceCatalogue catalogue = OffenceCatalogue.read(file);

        assertThat(catalogue.size()).isEqualTo(2);
        Offence assault = catalogue.find("8N").orElseThrow(); // codes are matched ignoring case
        assertThat(assault.flags()).containsExactly(OffenceFlag.VIOLENCE, OffenceFlag.INJURY);
        assertThat(assault.note()).isEqualTo("covers s.20, s.47");
        assertThat(catalogue.find("46").orElseThrow().subgroup()).isEmpty();
        assertThat(catalogue.find("47")).isEmpty();
    }

    @Test
    void namesTheLineAndColumnOfAnUnknownModeOfTrial() {
        assertThatThrownBy(() -> read(HEADER
                        + "46,Shoplifting,Theft offences,,EITHER_WAY,ACQUISITIVE,Theft Act 1968 s.1,\n"
                        + "49,Other theft,Theft offences,,TRIABLE_EITHER_WAY,ACQUISITIVE,Theft Act 1968 s.1,\n"))
                .isInstanceOf(InvalidOffenceCatalogueException.class)
                .hasMessageContaining("micro.csv line 3, column mode_of_trial")
                .hasMessageContaining("found 'TRIABLE_EITHER_WAY'");
    }

    @Test
    void namesTheFlagThatIsNotAnOffenceFlag() {
        assertThatThrownBy(() -> read(HEADER + "46,Shoplifting,Theft offences,,EITHER_WAY,ACQUISITIVE;THEFT,s.1,\n"))
                .hasMessageContaining("line 2, column flags: unknown flag 'THEFT'");
    }

    @Test
    void rejectsABlankModeOfTrialSource() {
        assertThatThrownBy(() -> read(HEADER + "46,Shoplifting,Theft offences,,EITHER_WAY,ACQUISITIVE,  ,\n"))
                .hasMessageContaining("line 2, column mode_of_trial_source: must not be blank");
    }

    @Test
    void namesTheFirstMissingColumnOfAShortRow() {
        assertThatThrownBy(() -> read(HEADER + "46,Shoplifting,Theft offences,,EITHER_WAY\n"))
                .hasMessageContaining("line 2, column flags: missing: expected 8 columns, found 5");
    }

    @Test
    void countsLinesInsideQuotedValuesWhenLocatingALaterRow() {
        // the first row's note spans two lines, so the bad row starts on line 4, not line 3
        assertThatThrownBy(() -> read(HEADER
                        + "46,Shoplifting,Theft offences,,EITHER_WAY,ACQUISITIVE,s.1,\"two\nlines\"\n"
                        + "49,Other theft,Theft offences,,EITHER_WAY,ACQUISITIVE,,\n"))
                .hasMessageContaining("line 4, column mode_of_trial_source");
    }

    @Test
    void rejectsADuplicateCodeIgnoringCase() {
        assertThatThrownBy(() -> read(HEADER
                        + "8N,Assault with injury,V,,EITHER_WAY,,s.47,\n"
                        + "8n,Assault with injury,V,,EITHER_WAY,,s.47,\n"))
                .hasMessageContaining("line 3, column code: duplicate code '8n', first seen on line 2");
    }

    @Test
    void rejectsAWrongHeader() {
        assertThatThrownBy(() -> read("code,description,group\n46,Shoplifting,Theft offences\n"))
                .hasMessageContaining("line 1, column header: expected [code, description, offence_group");
    }

    @Test
    void reportsEveryProblemNotOnlyTheFirst() {
        assertThatThrownBy(() -> read(HEADER
                        + ",Shoplifting,Theft offences,,EITHER_WAY,ACQUISITIVE,s.1,\n"
                        + "49,Other theft,Theft offences,,SOMETIMES,ACQUISITIVE,s.1,\n"))
                .isInstanceOfSatisfying(InvalidOffenceCatalogueException.class, e -> assertThat(e.problems())
                        .extracting(CatalogueProblem::line, CatalogueProblem::column)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2L, "code"),
                                org.assertj.core.groups.Tuple.tuple(3L, "mode_of_trial")));
    }

    @Test
    void rejectsAnUnterminatedQuote() {
        assertThatThrownBy(() -> read(HEADER
                        + "46,Shoplifting,Theft offences,,EITHER_WAY,ACQUISITIVE,s.1,\n"
                        + "49,\"Other theft,Theft offences,,EITHER_WAY,ACQUISITIVE,s.1,\n"))
                .hasMessageContaining("line 3, column (quoting): malformed CSV");
    }

    @Test
    void acceptsAByteOrderMarkBeforeTheHeader() {
        // spreadsheet programs often save UTF-8 CSV with a BOM; it must not make the header look wrong
        OffenceCatalogue catalogue =
                read("\uFEFF" + HEADER + "46,Shoplifting,Theft offences,,EITHER_WAY,ACQUISITIVE,s.1,\n");

        assertThat(catalogue.find("46")).isPresent();
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> read(""))
                .isInstanceOf(InvalidOffenceCatalogueException.class)
                .hasMessageContaining("line 1, column header: file is empty");
    }

    private static OffenceCatalogue read(String csv) {
        return OffenceCatalogue.read(new StringReader(csv), "micro.csv");
    }

    private static Path write(Path dir, String csv) throws Exception {
        return Files.writeString(dir.resolve("catalogue.csv"), csv, StandardCharsets.UTF_8);
    }
}
