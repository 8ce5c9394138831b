package se.esp.bootstrap.demo;

import java.math.BigDecimal;
import java.util.List;

import se.esp.application.port.in.credential.CredentialDefinitionUseCases;
import se.esp.application.port.in.credential.DefineCredentialCommand;
import se.esp.application.security.ActingUser;
import se.esp.domain.credential.Alignment;
import se.esp.domain.credential.AlignmentKind;
import se.esp.domain.credential.CredentialTerms;
import se.esp.domain.packaging.LocalisedText;
import se.esp.domain.packaging.MicroCredentialRef;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;

/**
 * The micro-credential the demo's preparatory course for care work leads to ({@code vard-omsorg-introduktion},
 * named by {@link DemoPackagings}), defined by the owner through the ordinary use case, so that the catalogue and
 * the offering's page show what completing it earns and a completed delivery issues it. A definition that exists is
 * left as it is, so loading at every start changes nothing.
 */
public final class DemoCredentials {

    static final MicroCredentialRef CARE_INTRODUCTION = new MicroCredentialRef("vard-omsorg-introduktion");

    private static final ActingUser LOADER = ActingUser.system("demo-data");

    /** ESCO's concept for ISCO-08 unit group 5321, health care assistants (undersköterskor, vårdbiträden). */
    private static final String ESCO_HEALTH_CARE_ASSISTANTS = "http://data.europa.eu/esco/isco/C5321";

    private DemoCredentials() {
    }

    /** @return whether the definition was made now */
    public static boolean load(CredentialDefinitionUseCases definitions) {
        try {
            definitions.define(LOADER, new DefineCredentialCommand(CARE_INTRODUCTION, new CredentialTerms(
                    LocalisedText.svEn("Introduktion till vård och omsorg",
                            "Introduction to health and social care"),
                    LocalisedText.svEn("Grunderna i arbetet som vårdbiträde: bemötande, hygien, sekretess och "
                                    + "dokumentation, med yrkessvenska.",
                            "The basics of working as a care assistant: how to meet those cared for, hygiene, "
                                    + "confidentiality and documentation, with Swedish for the job."),
                    LocalisedText.svEn("Deltagit i minst 80 procent av passen och klarat den avslutande "
                                    + "praktiska uppgiften.",
                            "Attended at least 80 per cent of the sessions and passed the closing practical "
                                    + "task."),
                    List.of(new Alignment(AlignmentKind.ESCO_OCCUPATION, ESCO_HEALTH_CARE_ASSISTANTS,
                            "Health care assistants (ISCO-08 5321)")),
                    new BigDecimal("15.0"), 60)));
            return true;
        } catch (DomainException e) {
            if (e.code() != ErrorCode.CREDENTIAL_CODE_TAKEN) {
                throw e;
            }
            return false;
        }
    }
}
