package se.esp.application.credential;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;
import se.esp.application.port.out.CredentialRevocations;
import se.esp.application.port.out.IssuedCredentials;
import se.esp.application.port.out.ParticipantCredentials;
import se.esp.domain.credential.IssuedCredential;
import se.esp.domain.participant.ParticipantId;

/** The credentials issued to one participant with their revocations, every page of them, for the data export. */
public final class CredentialsOfParticipant implements ParticipantCredentials {

    private final IssuedCredentials issued;
    private final CredentialRevocations revocations;

    public CredentialsOfParticipant(IssuedCredentials issued, CredentialRevocations revocations) {
        this.issued = Objects.requireNonNull(issued, "issued");
        this.revocations = Objects.requireNonNull(revocations, "revocations");
    }

    @Override
    public List<Held> of(ParticipantId participant) {
        Objects.requireNonNull(participant, "participant");
        var filter = new IssuedCredentials.Filter(null, null, participant, null);
        List<Held> held = new ArrayList<>();
        for (int number = 0; ; number++) {
            Page<IssuedCredential> page = issued.list(filter, new PageRequest(number, PageRequest.MAX_SIZE));
            for (IssuedCredential credential : page.items()) {
                held.add(new Held(credential, revocations.find(credential.id()).orElse(null)));
            }
            if (page.items().size() < PageRequest.MAX_SIZE || number + 1 >= page.totalPages()) {
                return List.copyOf(held);
            }
        }
    }
}
