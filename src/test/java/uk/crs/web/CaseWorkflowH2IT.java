package uk.crs.web;

import java.util.UUID;

/** The case workflow over REST on the embedded H2 store (PostgreSQL mode, as {@code crs serve} runs it). */
class CaseWorkflowH2IT extends CaseWorkflowContract {

    @Override
    String[] store() {
        return new String[] {
            "jdbc:h2:mem:" + UUID.randomUUID()
                    + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "crs",
            ""
        };
    }
}
