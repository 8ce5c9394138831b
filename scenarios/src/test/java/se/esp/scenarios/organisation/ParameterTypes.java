package se.esp.scenarios.organisation;

import java.util.Set;

import io.cucumber.java.ParameterType;
import se.esp.domain.organisation.OrganisationKind;
import se.esp.domain.organisation.OrganisationRole;

/** {kind} and {roles} in step texts, in either language. */
public class ParameterTypes {

    @ParameterType(Words.KIND_PATTERN)
    public OrganisationKind kind(String word) {
        return Words.kind(word);
    }

    @ParameterType(Words.ROLES_PATTERN)
    public Set<OrganisationRole> roles(String words) {
        return Words.roles(words);
    }
}
