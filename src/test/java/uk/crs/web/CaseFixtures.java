package uk.crs.web;

import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * Case-facts bodies for the REST API. The outcomes they lead to are read from the national default policy's rules
 * (issue 3): first-time adult shoplifting with a consenting victim is PERMITTED; the victim objecting needs a
 * SERGEANT; hate aggravation needs an INSPECTOR; assault on an intimate partner is NOT_PERMITTED.
 */
final class CaseFixtures {

    static final String OFFENDER_NAME = "Zebedee Quillfeather-Marchbanks";
    static final String OFFENDER_CONTACT = "07700 900123, zq.marchbanks@example.org";
    static final String VICTIM_NAME = "Ottoline Varga-Pemberton";
    static final String VICTIM_CONTACT = "ottoline.vp@example.net";

    private CaseFixtures() {}

    /** PERMITTED: ready for agreement without authorisation. */
    static ObjectNode permitted() {
        return shoplifting(true, false);
    }

    /** AUTHORISATION_REQUIRED at SERGEANT: the victim objects. */
    static ObjectNode needsSergeant() {
        return shoplifting(false, false);
    }

    /** AUTHORISATION_REQUIRED at INSPECTOR: hate-aggravated. */
    static ObjectNode needsInspector() {
        return shoplifting(true, true);
    }

    /** NOT_PERMITTED: assault on an intimate partner. */
    static ObjectNode notPermitted() {
        ObjectNode facts = shoplifting(true, false);
        ((ObjectNode) facts.get("offence")).put("code", "105A");
        ((ObjectNode) facts.get("circumstances")).put("domesticAbuse", true).put("intimatePartner", true);
        return facts;
    }

    static ObjectNode shoplifting(boolean victimConsents, boolean hate) {
        ObjectNode facts = ApiClient.JSON.createObjectNode();
        facts.put("force", "durham");
        facts.putObject("offence").put("code", "46").put("date", "2026-10-01").put("valueGbp", 25);
        facts.putObject("offender")
                .put("age", 34)
                .put("acceptsResponsibility", true)
                .put("appropriateAdultPresent", false)
                .put("name", OFFENDER_NAME)
                .put("dateOfBirth", "1992-04-17")
                .put("contact", OFFENDER_CONTACT)
                .putArray("history");
        facts.putObject("victim")
                .put("identified", true)
                .put("consulted", true)
                .put("consents", victimConsents)
                .put("views", victimConsents ? "wants an apology" : "wants the offender charged")
                .put("name", VICTIM_NAME)
                .put("contact", VICTIM_CONTACT);
        facts.putObject("circumstances")
                .put("domesticAbuse", false)
                .put("intimatePartner", false)
                .put("hateAggravated", hate)
                .put("weapon", false)
                .put("injury", "NONE")
                .put("vulnerableVictim", false)
                .put("childVictim", false);
        facts.putArray("aggravating");
        facts.putArray("mitigating");
        facts.put("evidenceSufficient", true);
        facts.put("rationale", "first offence, goods recovered");
        return facts;
    }

    /** An agreement with the victim consenting and one condition of each given type. */
    static Map<String, Object> agreement(String... types) {
        var conditions = new java.util.ArrayList<Map<String, Object>>();
        for (String type : types) {
            var c = new java.util.LinkedHashMap<String, Object>(
                    Map.of("type", type, "detail", "to the shop manager, in writing", "dueDate", "2026-12-01"));
            if (type.equals("COMPENSATION")) {
                c.put("amountGbp", 25.50);
            }
            conditions.add(c);
        }
        return Map.of(
                "offenderAccepts",
                true,
                "victimViews",
                "I want an apology and the £25.50 back",
                "victimConsents",
                true,
                "conditions",
                conditions);
    }
}
