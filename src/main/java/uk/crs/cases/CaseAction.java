package uk.crs.cases;

/**
 * A command on a case. The names are the audit log's action names: do not change them without a migration of the
 * audit trail's readers, since auditors search for them.
 */
public enum CaseAction {
    CREATE,
    AUTHORISE,
    REFUSE,
    AGREE,
    RECORD_OUTCOME,
    CLOSE,
    WITHDRAW,
    MARK_DISCLOSURE_RELEVANT,
    READ_PERSONAL_DATA,
    DISCLOSURE_CHECK
}
