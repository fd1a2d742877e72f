package uk.crs.web;

/** Example request bodies shown in the OpenAPI document and Swagger UI; they are valid requests. */
final class ApiExamples {

    private ApiExamples() {}

    static final String CASE =
            """
            {"force": "durham",
             "offence": {"code": "46", "date": "2026-10-01", "valueGbp": 25},
             "offender": {"age": 34, "acceptsResponsibility": true, "appropriateAdultPresent": false, "history": [],
                          "name": "Jamie Example", "dateOfBirth": "1992-04-17", "contact": "07700 900123"},
             "victim": {"identified": true, "consulted": true, "consents": true, "views": "wants an apology",
                        "name": "Corner Shop Ltd (manager)", "contact": "shop@example.org"},
             "circumstances": {"domesticAbuse": false, "intimatePartner": false, "hateAggravated": false,
                               "weapon": false, "injury": "NONE", "vulnerableVictim": false, "childVictim": false},
             "aggravating": [], "mitigating": [], "evidenceSufficient": true,
             "rationale": "first offence, goods recovered"}""";

    static final String AUTHORISATION =
            """
            {"decision": "APPROVE", "rationale": "first offence; the victim wants an apology"}""";

    static final String AGREEMENT =
            """
            {"offenderAccepts": true,
             "victimViews": "I want a written apology and the £25 back.",
             "victimConsents": true,
             "conditions": [
               {"type": "APOLOGY", "detail": "written apology to the shop manager", "dueDate": "2026-12-01"},
               {"type": "COMPENSATION", "detail": "cost of the goods", "dueDate": "2026-12-15", "amountGbp": 25.00}]}""";

    static final String OUTCOME =
            """
            {"outcome": "COMPLETED", "evidence": "letter seen by PC 101, notebook entry 4411"}""";

    static final String CLOSE = """
            {"outcome": "COMPLETED", "victimInformed": true}""";

    static final String WITHDRAW = """
            {"reason": "new evidence: the offender denies the offence"}""";

    static final String RELEVANCE = """
            {"reason": "relevant to work with vulnerable adults"}""";
}
