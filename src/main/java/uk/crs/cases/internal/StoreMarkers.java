package uk.crs.cases.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Named markers in the case store's {@code store_info} table, such as "the demo cases are seeded". */
@Component
public class StoreMarkers {

    private final JdbcClient jdbc;

    public StoreMarkers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean has(String marker) {
        return jdbc.sql("SELECT count(*) FROM store_info WHERE item = ?")
                        .param(marker)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    public void add(String marker) {
        jdbc.sql("INSERT INTO store_info (item, content) VALUES (?, ?)")
                .params(marker, "seeded")
                .update();
    }
}
