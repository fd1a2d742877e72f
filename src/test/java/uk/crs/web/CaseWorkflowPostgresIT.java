package uk.crs.web;

import uk.crs.testing.PostgresServer;

/** The case workflow over REST on a real PostgreSQL server. */
class CaseWorkflowPostgresIT extends CaseWorkflowContract {

    @Override
    String[] store() {
        PostgresServer server = PostgresServer.get();
        return new String[] {server.createDatabase("cases"), server.user(), server.password()};
    }
}
