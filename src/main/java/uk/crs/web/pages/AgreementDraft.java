package uk.crs.web.pages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.crs.cases.Agreement;
import uk.crs.cases.Condition;
import uk.crs.cases.ConditionType;

/** An agreement being recorded on one case: the victim's voice first, then conditions added one by one. */
final class AgreementDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    static String key(String caseId) {
        return "crs.agreement." + caseId;
    }

    final int version;
    final boolean offenderAccepts;
    final String victimViews;
    final boolean victimConsents;
    final @Nullable String overrideReasons;
    private final ArrayList<Item> conditions = new ArrayList<>();

    AgreementDraft(
            int version,
            boolean offenderAccepts,
            String victimViews,
            boolean victimConsents,
            @Nullable String overrideReasons) {
        this.version = version;
        this.offenderAccepts = offenderAccepts;
        this.victimViews = victimViews;
        this.victimConsents = victimConsents;
        this.overrideReasons = overrideReasons;
    }

    /** One condition as entered. */
    record Item(ConditionType type, String detail, LocalDate due, @Nullable BigDecimal amountGbp)
            implements Serializable {}

    public List<Item> conditions() {
        return conditions;
    }

    void add(Item item) {
        conditions.add(item);
    }

    void remove(int index) {
        if (index >= 0 && index < conditions.size()) {
            conditions.remove(index);
        }
    }

    Agreement agreement() {
        List<Condition> numbered = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            Item c = conditions.get(i);
            numbered.add(new Condition(i + 1, c.type(), c.detail(), c.due(), c.amountGbp(), null));
        }
        return new Agreement(offenderAccepts, victimViews, victimConsents, overrideReasons, numbered);
    }
}
