package uk.crs.cases.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.crs.decision.Decider;
import uk.crs.decision.DecisionJson;

/** The decision engine and its JSON boundary as beans, over the bundled policies and offence catalogue. */
@Configuration
class Deciding {

    @Bean
    @ConditionalOnMissingBean
    Decider decider() {
        return Decider.bundled();
    }

    @Bean
    @ConditionalOnMissingBean
    DecisionJson decisionJson() {
        return DecisionJson.bundled();
    }

    @Bean
    CaseSubmissions caseSubmissions(DecisionJson decisionJson) {
        return new CaseSubmissions(decisionJson);
    }
}
