package se.esp.application.port.in.packaging;

import java.util.Objects;

import se.esp.domain.packaging.PackagingContent;

/** Start a packaging for the acting user's own organisation; the content may be incomplete. */
public record CreatePackagingCommand(PackagingContent content) {

    public CreatePackagingCommand {
        Objects.requireNonNull(content, "content");
    }
}
