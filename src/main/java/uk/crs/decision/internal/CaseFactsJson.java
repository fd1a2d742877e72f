package uk.crs.decision.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import uk.crs.decision.CaseFacts;
import uk.crs.decision.FieldError;
import uk.crs.decision.ParsedCase;
import uk.crs.policy.Disposal;
import uk.crs.policy.Offence;
import uk.crs.policy.OffenceCatalogue;
import uk.crs.policy.OffenceDefinition;
import uk.crs.policy.OffenceFlag;
import uk.crs.policy.Offences;

/** Reads the issue-3 case-facts JSON, checking every field and collecting every problem with its path. */
public final class CaseFactsJson {

    /** Youngest age of criminal responsibility in England and Wales (Children and Young Persons Act 1933 s.50). */
    static final int MIN_AGE = 10;

    // a repeated field would silently replace the first value: reject it instead
    private static final ObjectReader TREE = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build()
            .reader();

    private static final Set<String> ROOT = Set.of(
            "id",
            "force",
            "offence",
            "offender",
            "victim",
            "circumstances",
            "aggravating",
            "mitigating",
            "evidenceSufficient",
            "rationale",
            "conditions");
    private static final Set<String> OFFENCE = Set.of("code", "id", "legislation", "section", "date", "valueGbp");
    private static final Set<String> OFFENDER =
            Set.of("age", "acceptsResponsibility", "fullAdmission", "appropriateAdultPresent", "history");
    private static final Set<String> HISTORY = Set.of("disposal", "offenceCode", "date", "spent");
    private static final Set<String> VICTIM = Set.of("identified", "consulted", "consents", "views");
    private static final Set<String> CIRCUMSTANCES = Set.of(
            "domesticAbuse",
            "intimatePartner",
            "hateAggravated",
            "weapon",
            "injury",
            "vulnerableVictim",
            "childVictim",
            "consensualPeer");

    private final OffenceCatalogue catalogue;
    private final Offences offences;
    private final Set<String> forces;

    public CaseFactsJson(OffenceCatalogue catalogue, Set<String> forces) {
        this(
                catalogue,
                catalogue == OffenceCatalogue.bundled() ? Offences.bundled() : Offences.of(List.of(), catalogue),
                forces);
    }

    public CaseFactsJson(OffenceCatalogue catalogue, Offences offences, Set<String> forces) {
        this.catalogue = catalogue;
        this.offences = offences;
        this.forces = Set.copyOf(forces);
    }

    public ParsedCase parse(String json, LocalDate today) {
        JsonNode root;
        try {
            root = TREE.readTree(json);
        } catch (JacksonException e) {
            return new ParsedCase.Invalid(
                    null, List.of(new FieldError("", "malformed JSON: " + e.getOriginalMessage())));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            return new ParsedCase.Invalid(null, List.of(new FieldError("", "must be a JSON object of case facts")));
        }
        FactReader r = new FactReader();
        r.onlyKnown(root, "", ROOT);
        String id = r.string(root, "", "id", false);
        String force = r.string(root, "", "force", true);
        if (force != null && !forces.contains(force)) {
            r.report("force", "unknown force '" + force + "'; use a data.police.uk slug such as 'durham'");
        }
        CaseFacts.OffenceDetails offence = offence(r, root, today);
        CaseFacts.Offender offender = offender(r, root, today);
        CaseFacts.Victim victim = victim(r, root, offence);
        CaseFacts.Circumstances circumstances = circumstances(r, root);
        List<String> aggravating = r.strings(root, "", "aggravating");
        List<String> mitigating = r.strings(root, "", "mitigating");
        boolean evidence = r.flag(root, "", "evidenceSufficient", true);
        String rationale = r.string(root, "", "rationale", false);
        List<String> conditions = r.strings(root, "", "conditions");
        if (!r.errors().isEmpty() || force == null || offence == null || offender == null) {
            return new ParsedCase.Invalid(id, r.errors());
        }
        return new ParsedCase.Valid(new CaseFacts(
                id,
                force,
                offence,
                offender,
                victim,
                circumstances,
                aggravating,
                mitigating,
                evidence,
                rationale == null ? "" : rationale,
                conditions));
    }

    private CaseFacts.@Nullable OffenceDetails offence(FactReader r, JsonNode root, LocalDate today) {
        JsonNode node = r.object(root, "", "offence", true);
        if (node == null) {
            return null;
        }
        r.onlyKnown(node, "offence", OFFENCE);
        String offenceId = r.string(node, "offence", "id", false);
        String legislation = r.string(node, "offence", "legislation", false);
        String section = r.string(node, "offence", "section", false);
        boolean named = offenceId != null || legislation != null || section != null;
        String code = r.string(node, "offence", "code", !named);
        String known = null;
        String decidedId = null;
        List<String> choices = List.of();
        if (offenceId != null) {
            OffenceDefinition d = offences.find(offenceId).orElse(null);
            if (d == null) {
                r.report(
                        "offence.id",
                        "unknown offence id '" + offenceId + "'; list them with: crs offences --search TEXT");
            } else {
                decidedId = d.id();
                known = d.hoClass();
            }
        } else if (legislation != null || section != null) {
            if (legislation == null || section == null) {
                r.report(
                        legislation == null ? "offence.legislation" : "offence.section",
                        "required with offence." + (legislation == null ? "section" : "legislation")
                                + ": name the Act and the section together");
            } else {
                List<OffenceDefinition> found = offences.matching(legislation, section);
                if (found.isEmpty()) {
                    r.report(
                            "offence.legislation",
                            "no offence in the catalogue under '" + legislation + "' section '" + section
                                    + "' (offence.legislation, offence.section); list them with: crs offences --search TEXT");
                } else {
                    decidedId = found.get(0).id();
                    known = found.get(0).hoClass();
                    choices = offences.sectionChoices(legislation, section);
                }
            }
        }
        if (code != null) {
            String cls = catalogue.find(code).map(Offence::code).orElse(null);
            if (cls == null && offences.inClass(code).isEmpty()) {
                r.report("offence.code", "unknown offence code '" + code + "'; see the Home Office offence codes");
            } else if (cls == null) {
                cls = offences.inClass(code).get(0).hoClasses().stream()
                        .filter(c -> c.equalsIgnoreCase(code))
                        .findFirst()
                        .orElse(code);
            }
            if (cls != null && decidedId != null) {
                OffenceDefinition d = offences.find(decidedId).orElseThrow();
                String c = cls;
                if (d.hoClasses().stream().noneMatch(x -> x.equalsIgnoreCase(c))) {
                    r.report(
                            "offence.code",
                            "'" + code + "' is not a Home Office class of " + d.title() + " (" + d.citation()
                                    + "), which is counted in " + d.hoClasses());
                } else {
                    known = cls;
                }
            } else if (cls != null && !named) {
                known = cls;
                choices = offences.classChoices(cls);
            }
        }
        LocalDate date = r.date(node, "offence", "date", true);
        if (date != null && date.isAfter(today)) {
            r.report("offence.date", "must not be in the future (today is " + today + "), found " + date);
        }
        BigDecimal value = r.decimal(node, "offence", "valueGbp");
        if (value != null && value.signum() < 0) {
            r.report("offence.valueGbp", "must be 0 or more, found " + value.toPlainString());
        }
        return known == null || date == null
                ? null
                : new CaseFacts.OffenceDetails(known, date, value, decidedId, choices);
    }

    private CaseFacts.@Nullable Offender offender(FactReader r, JsonNode root, LocalDate today) {
        JsonNode node = r.object(root, "", "offender", true);
        if (node == null) {
            return null;
        }
        r.onlyKnown(node, "offender", OFFENDER);
        Integer age = r.integer(node, "offender", "age", true);
        if (age != null && (age < MIN_AGE || age > 120)) {
            r.report(
                    "offender.age",
                    "must be between " + MIN_AGE + " (the age of criminal responsibility) and 120, found " + age);
        }
        boolean accepts = r.flag(node, "offender", "acceptsResponsibility", true);
        boolean adult = r.flag(node, "offender", "appropriateAdultPresent", false);
        boolean admission = r.flag(node, "offender", "fullAdmission", false);
        List<CaseFacts.PriorDisposal> history = history(r, node, today);
        return age == null ? null : new CaseFacts.Offender(age, accepts, adult, history, admission);
    }

    private List<CaseFacts.PriorDisposal> history(FactReader r, JsonNode offender, LocalDate today) {
        List<CaseFacts.PriorDisposal> history = new ArrayList<>();
        JsonNode list = r.present(offender, "offender", "history", false);
        if (list == null) {
            return history;
        }
        if (!list.isArray()) {
            r.report("offender.history", "must be a list, found " + r.describe(list));
            return history;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "offender.history[" + i + "]";
            JsonNode item = list.get(i);
            if (!item.isObject()) {
                r.report(at, "must be an object, found " + r.describe(item));
                continue;
            }
            r.onlyKnown(item, at, HISTORY);
            Disposal disposal = r.enumValue(item, at, "disposal", Disposal.class, true);
            boolean spent = r.flag(item, at, "spent", false);
            String code = r.string(item, at, "offenceCode", true);
            String known = code == null
                    ? null
                    : catalogue.find(code).map(Offence::code).orElse(null);
            if (code != null && known == null) {
                r.report(at + ".offenceCode", "unknown offence code '" + code + "'");
            }
            LocalDate date = r.date(item, at, "date", true);
            if (date != null && date.isAfter(today)) {
                r.report(at + ".date", "must not be in the future (today is " + today + "), found " + date);
            }
            if (disposal != null && known != null && date != null) {
                history.add(new CaseFacts.PriorDisposal(disposal, known, date, spent));
            }
        }
        return history;
    }

    private CaseFacts.Victim victim(FactReader r, JsonNode root, CaseFacts.@Nullable OffenceDetails offence) {
        JsonNode node = r.object(root, "", "victim", false);
        if (node == null) {
            if (offence == null || victimless(offence)) {
                return CaseFacts.Victim.none();
            }
            r.report(
                    "victim",
                    "required: " + title(offence)
                            + " has a victim; give victim.identified (false when no victim has been identified)");
            return CaseFacts.Victim.none();
        }
        r.onlyKnown(node, "victim", VICTIM);
        boolean identified = r.flag(node, "victim", "identified", true);
        boolean consulted = r.flag(node, "victim", "consulted", identified);
        boolean consents = r.flag(node, "victim", "consents", identified && consulted);
        String views = r.string(node, "victim", "views", false);
        if (consents && !consulted) {
            r.report(
                    "victim.consents",
                    "contradicts victim.consulted: the victim cannot consent without being consulted"
                            + " (victim.consents is true, victim.consulted is false)");
        }
        if (consulted && (views == null || views.isBlank())) {
            r.report(
                    "victim.views", "required when victim.consulted is true: record the victim's views in their words");
        }
        return new CaseFacts.Victim(identified, consulted, consents, views);
    }

    /** An offence named exactly is victimless by its flag; a class is when any offence counted in it is. */
    private boolean victimless(CaseFacts.OffenceDetails offence) {
        String id = offence.offenceId();
        if (id != null) {
            return offences.find(id).map(d -> d.has(OffenceFlag.VICTIMLESS)).orElse(true);
        }
        List<OffenceDefinition> inClass = offences.inClass(offence.code());
        return inClass.isEmpty() || inClass.stream().anyMatch(d -> d.has(OffenceFlag.VICTIMLESS));
    }

    private String title(CaseFacts.OffenceDetails offence) {
        String id = offence.offenceId();
        if (id != null) {
            return offences.find(id).map(OffenceDefinition::title).orElse(id);
        }
        return catalogue.find(offence.code()).map(Offence::description).orElse(offence.code());
    }

    private static CaseFacts.Circumstances circumstances(FactReader r, JsonNode root) {
        JsonNode node = r.object(root, "", "circumstances", false);
        if (node == null) {
            return CaseFacts.Circumstances.none();
        }
        String at = "circumstances";
        r.onlyKnown(node, at, CIRCUMSTANCES);
        CaseFacts.Injury injury = r.enumValue(node, at, "injury", CaseFacts.Injury.class, false);
        return new CaseFacts.Circumstances(
                r.flag(node, at, "domesticAbuse", false),
                r.flag(node, at, "intimatePartner", false),
                r.flag(node, at, "hateAggravated", false),
                r.flag(node, at, "weapon", false),
                injury == null ? CaseFacts.Injury.NONE : injury,
                r.flag(node, at, "vulnerableVictim", false),
                r.flag(node, at, "childVictim", false),
                r.flag(node, at, "consensualPeer", false));
    }
}
