package uk.crs.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class DecisionViewTest {

    private static DecisionView needing(String authority) {
        return DecisionView.read(
                JsonMapper.builder().build(),
                "{\"outcome\":\"AUTHORISATION_REQUIRED\",\"requiredAuthority\":\"" + authority
                        + "\",\"rules\":[],\"alternatives\":[],\"policy\":{}}");
    }

    @Test
    void theRankNeededReadsAsEnglish() {
        assertThat(needing("SERGEANT").outcomeText())
                .isEqualTo("A community resolution needs authorisation by a sergeant or above");
        assertThat(needing("INSPECTOR").outcomeText())
                .isEqualTo("A community resolution needs authorisation by an inspector or above");
    }
}
