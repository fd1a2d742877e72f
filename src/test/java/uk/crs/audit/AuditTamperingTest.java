package uk.crs.audit;

import javax.sql.DataSource;
import uk.crs.testing.TestStores;

/** Tampering with the audit log on the embedded store (H2), where the application's account may do anything. */
class AuditTamperingTest extends AuditTamperingContract {

    private final DataSource store = TestStores.h2();

    @Override
    DataSource applicationStore() {
        return store;
    }

    @Override
    DataSource superuserStore() {
        return store;
    }
}
