package uk.crs.cli;

import java.util.Optional;
import uk.crs.store.SettingProblem;
import uk.crs.store.StartupChecks;
import uk.crs.store.StoreSettings;

/** Checks that the configured case store already exists, for commands that read it but must not create it. */
final class ExistingStore {

    private ExistingStore() {}

    static Optional<SettingProblem> problem(StoreSettings settings) {
        if (!settings.embedded()) {
            return StartupChecks.reachableDatabase(settings);
        }
        var port = StartupChecks.stores(settings);
        if (!port.isEmpty()) {
            return Optional.of(port.get(0));
        }
        // Starting the embedded server on a missing store would create an empty one.
        if (!settings.embeddedLayout().exists()) {
            return Optional.of(new SettingProblem(
                    StoreSettings.HOME,
                    "no case store at " + settings.embeddedLayout().directory()
                            + "; run crs serve once, or set CRS_HOME (or CRS_DATABASE_URL) to the store to use"));
        }
        return Optional.empty();
    }
}
