package se.esp.bootstrap.demo;

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
import java.util.Set;

import se.esp.application.port.in.organisation.RegisterOrganisationCommand;
import se.esp.application.port.in.organisation.RegisterOrganisationUseCase;
import se.esp.application.security.ActingUser;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationName;
import se.esp.domain.organisation.OrganisationNumber;
import se.esp.domain.organisation.OrganisationProfile;
import se.esp.domain.organisation.OrganisationRole;
import se.esp.domain.organisation.ParticipationLevel;
import se.esp.domain.organisation.Population;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * Registers the organisations of {@code demo/organisations.csv} through the ordinary use case, so demo data
 * obeys every rule real data does. Already registered organisations are left as they are, so loading twice
 * (every restart) changes nothing.
 */
public final class DemoOrganisations {

    static final String RESOURCE = "/demo/organisations.csv";
    private static final ActingUser LOADER = ActingUser.system("demo-data");

    private DemoOrganisations() {
    }

    /** @return how many organisations were registered now */
    public static int load(RegisterOrganisationUseCase register) {
        int registered = 0;
        for (RegisterOrganisationCommand command : read()) {
            try {
                register.register(LOADER, command);
                registered++;
            } catch (DomainException e) {
                if (e.code() != ErrorCode.ORGANISATION_NUMBER_TAKEN && e.code() != ErrorCode.OWNER_ALREADY_REGISTERED) {
                    throw e;
                }
            }
        }
        return registered;
    }

    static List<RegisterOrganisationCommand> read() {
        try (InputStream in = DemoOrganisations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<RegisterOrganisationCommand> commands = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    commands.add(parse(line));
                }
            }
            return commands;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RegisterOrganisationCommand parse(String line) {
        String[] f = line.split(";", -1);
        if (f.length != 6) {
            throw new IllegalStateException("demo organisation line needs 6 fields: " + line);
        }
        OrganisationKind kind = OrganisationKind.valueOf(f[1]);
        Population population = f[3].isBlank() ? null : new Population(Long.parseLong(f[3]));
        ParticipationLevel level = f[5].isBlank() ? null : ParticipationLevel.valueOf(f[5]);
        Set<OrganisationRole> roles = EnumSet.noneOf(OrganisationRole.class);
        if (!f[4].isBlank()) {
            Arrays.stream(f[4].split(",")).map(OrganisationRole::valueOf).forEach(roles::add);
        }
        return new RegisterOrganisationCommand(OrganisationNumber.parse(f[2]),
                new OrganisationProfile(new OrganisationName(f[0]), kind, population, level), roles);
    }
}
