package uk.crs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.crs.cases.Agreement;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionType;

/**
 * Reads the agreement body: {@code offenderAccepts}, {@code victimViews} (verbatim), {@code victimConsents},
 * {@code override.reasons} (required without consent) and {@code conditions[]} of {@code type}, {@code detail},
 * {@code dueDate} and, for COMPENSATION only, {@code amountGbp}.
 */
final class AgreementReader {

    private AgreementReader() {}

    static Agreement read(JsonBody fields) {
        fields.allowOnly("offenderAccepts", "victimViews", "victimConsents", "override", "conditions", "version");
        Boolean accepts = fields.bool("offenderAccepts", true);
        String views = fields.text("victimViews", true);
        Boolean consents = fields.bool("victimConsents", true);
        String overrideReasons = null;
        if (Boolean.FALSE.equals(consents)) {
            overrideReasons = fields.object("override").allowOnly("reasons").text("reasons", true);
        }
        List<Condition> conditions = new ArrayList<>();
        List<JsonBody> items = fields.array("conditions");
        if (items.size() > InputLimits.CONDITIONS) {
            fields.problem(
                    "conditions",
                    "has " + items.size() + " conditions; at most " + InputLimits.CONDITIONS + " are accepted");
            items = List.of();
        }
        for (int i = 0; i < items.size(); i++) {
            JsonBody item = items.get(i).allowOnly("type", "detail", "dueDate", "amountGbp");
            ConditionType type = item.choice("type", ConditionType.class, true);
            String detail = item.text("detail", true);
            LocalDate due = item.date("dueDate", true);
            BigDecimal amount = item.pounds("amountGbp", type == ConditionType.COMPENSATION);
            if (amount != null && type != null && type != ConditionType.COMPENSATION) {
                item.problem("amountGbp", "is only for COMPENSATION conditions, found it on " + type);
                amount = null;
            }
            if (type != null
                    && detail != null
                    && due != null
                    && (type != ConditionType.COMPENSATION || amount != null)) {
                conditions.add(new Condition(i + 1, type, detail, due, amount, null));
            }
        }
        fields.check();
        return new Agreement(
                Boolean.TRUE.equals(accepts),
                String.valueOf(views),
                Boolean.TRUE.equals(consents),
                overrideReasons,
                conditions);
    }
}
