package uk.crs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import uk.crs.store.BuildInfo;

/** {@code crs version}: prints the version of this build. */
@Command(name = "version", description = "Print the crs version.")
final class VersionCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().println("crs " + BuildInfo.version());
    }

    static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"crs " + BuildInfo.version()};
        }
    }
}
