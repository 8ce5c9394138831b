package se.esp.application.port.in.packaging;

import java.util.Objects;

import se.esp.domain.packaging.PackagingContent;
import se.esp.domain.packaging.PackagingId;

/** Replace a draft's content, based on the version read. */
public record EditPackagingCommand(PackagingId id, long expectedVersion, PackagingContent content) {

    public EditPackagingCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
    }
}
