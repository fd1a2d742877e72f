package uk.crs.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.crs.policy.Policy;
import uk.crs.policy.Rank;
import uk.crs.policy.RuleSpec;

/**
 * Replays each policy version's worked examples ({@code src/test/resources/policy/examples/*.yaml}): facts in, the
 * decision the guidance gives out. The examples go through the real JSON boundary, as {@code crs decide} does.
 */
class WorkedExamplesTest {

    private static final List<String> FILES =
            List.of("national-default-1.0.yaml", "cleveland-1.0.yaml", "national-default-2.0.yaml");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Decider DECIDER = Decider.bundled();
    private static final DecisionJson JSON = DecisionJson.bundled();

    /** One worked example: the facts after applying its changes to the base case, and the expected decision. */
    record Example(String name, String policy, LocalDate today, ObjectNode facts, JsonNode expect) {}

    static List<Example> load() {
        List<Example> all = new ArrayList<>();
        for (String file : FILES) {
            JsonNode doc = read(file);
            String policy = doc.get("policy").stringValue();
            LocalDate today = LocalDate.parse(doc.get("today").stringValue());
            for (JsonNode example : doc.get("examples")) {
                ObjectNode facts = ((ObjectNode) doc.get("base")).deepCopy();
                example.get("set").properties().forEach(e -> set(facts, e.getKey(), e.getValue()));
                facts.put("id", example.get("name").stringValue());
                all.add(new Example(
                        policy + ": " + example.get("name").stringValue(),
                        policy,
                        today,
                        facts,
                        example.get("expect")));
            }
        }
        return all;
    }

    static Stream<Arguments> examples() {
        return load().stream().map(e -> Arguments.of(e.name(), e.policy(), e.today(), e.facts(), e.expect()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void decidesAsTheGuidanceSays(String name, String policyLabel, LocalDate today, ObjectNode facts, JsonNode expect) {
        ParsedCase parsed = JSON.parse(facts.toString(), today);
        assertThat(parsed).as("the example's facts are valid").isInstanceOf(ParsedCase.Valid.class);
        CaseFacts caseFacts = ((ParsedCase.Valid) parsed).facts();
        Policy policy = DECIDER.policies().find(policyLabel, today).orElseThrow();

        Decision decision = DECIDER.decide(caseFacts, policy);

        List<String> fired = new ArrayList<>();
        expect.get("fired").forEach(id -> fired.add(id.stringValue()));
        assertThat(decision.outcome())
                .as("outcome")
                .isEqualTo(Outcome.valueOf(expect.get("outcome").stringValue()));
        assertThat(decision.requiredAuthority())
                .as("required authority")
                .isEqualTo(Rank.valueOf(expect.get("authority").stringValue()));
        assertThat(decision.gravityScore())
                .as("gravity score")
                .isEqualTo(expect.get("gravity").intValue());
        assertThat(decision.firedRuleIds()).as("rules that did not pass").containsExactlyInAnyOrderElementsOf(fired);
        assertThat(decision.rules())
                .as("every rule of the policy is evaluated")
                .hasSize(policy.rules().size());
    }

    @Test
    void eachFileHasFortyExamplesFiringEveryRuleForAdultsAndChildren() {
        assertThat(load()).as("worked examples in all").hasSizeGreaterThanOrEqualTo(200);
        for (String file : FILES) {
            JsonNode doc = read(file);
            Policy policy = DECIDER.policies()
                    .find(
                            doc.get("policy").stringValue(),
                            LocalDate.parse(doc.get("today").stringValue()))
                    .orElseThrow();
            Set<String> fired = new HashSet<>();
            Set<Boolean> children = new HashSet<>();
            int count = 0;
            for (Example example : load()) {
                if (example.policy().equals(policy.label())) {
                    example.expect().get("fired").forEach(id -> fired.add(id.stringValue()));
                    children.add(example.facts().get("offender").get("age").intValue() < 18);
                    count++;
                }
            }
            assertThat(count).as(file).isGreaterThanOrEqualTo(40);
            assertThat(fired)
                    .as(file + ": rules fired by some example")
                    .containsAll(policy.rules().stream().map(RuleSpec::id).toList());
            assertThat(children).as(file + ": adults and children").containsExactlyInAnyOrder(true, false);
        }
    }

    private static void set(ObjectNode root, String dotted, JsonNode value) {
        String[] parts = dotted.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        node.set(parts[parts.length - 1], value);
    }

    private static JsonNode read(String file) {
        try (InputStream in = WorkedExamplesTest.class.getResourceAsStream("/policy/examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing examples file " + file);
            }
            return YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
