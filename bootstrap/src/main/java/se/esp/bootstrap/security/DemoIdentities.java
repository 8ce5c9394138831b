package se.esp.bootstrap.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.esp.application.security.UserRole;
import se.esp.domain.organisation.OrganisationNumber;

/** The demo identity store, {@code demo/identities.csv}: one user per role and organisation of the demo. */
public final class DemoIdentities {

    static final String RESOURCE = "/demo/identities.csv";

    /** One demo user; the organisation by its public number, since ids are generated when demo data loads. */
    public record Identity(String username, String displayName, OrganisationNumber organisation,
                           Set<UserRole> roles) {
    }

    private static final List<Identity> ALL = read();

    private DemoIdentities() {
    }

    public static List<Identity> all() {
        return ALL;
    }

    public static Optional<Identity> find(String username) {
        return ALL.stream().filter(i -> i.username().equals(username)).findFirst();
    }

    static List<Identity> read() {
        try (InputStream in = DemoIdentities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Identity> identities = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(";", -1);
                    if (f.length != 4) {
                        throw new IllegalStateException("demo identity line needs 4 fields: " + line);
                    }
                    Set<UserRole> roles = EnumSet.noneOf(UserRole.class);
                    Arrays.stream(f[3].split(",")).map(String::strip).map(UserRole::valueOf).forEach(roles::add);
                    identities.add(new Identity(f[0], f[1], OrganisationNumber.parse(f[2]), roles));
                }
            }
            return List.copyOf(identities);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
