package uk.crs.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import uk.crs.analytics.ingest.CountsLayout.Role;

/** Parsing of {@code --columns} for aggregated count tables. */
class CountsLayoutTest {

    @Test
    void readsTheBbcLayoutFromTheIssue() {
        CountsLayout layout = CountsLayout.parse(
                "year=Year,count=f0_,force=reported_by,crimeType=crime_type,outcome=last_outcome_category");

        assertThat(layout.column(Role.COUNT)).contains("f0_");
        assertThat(layout.column(Role.CRIMETYPE)).contains("crime_type");
        assertThat(layout.wide()).isFalse();
    }

    @Test
    void readsAPivotWhereEveryOtherColumnIsAnOutcome() {
        assertThat(CountsLayout.parse("force=Force,outcome=*").wide()).isTrue();
    }

    @Test
    void keepsSpacesInsideColumnNames() {
        assertThat(CountsLayout.parse("outcome=Outcome,count=Total 2012-2016").column(Role.COUNT))
                .contains("Total 2012-2016");
    }

    @Test
    void refusesUnknownRolesMissingCountsAndMalformedPairs() {
        assertThatThrownBy(() -> CountsLayout.parse("colour=Colour,count=n"))
                .hasMessageContaining("unknown role 'colour'");
        assertThatThrownBy(() -> CountsLayout.parse("year=Year")).hasMessageContaining("needs count=");
        assertThatThrownBy(() -> CountsLayout.parse("year")).hasMessageContaining("expected role=Column");
        assertThatThrownBy(() -> CountsLayout.parse("count=a,count=b")).hasMessageContaining("given twice");
    }
}
