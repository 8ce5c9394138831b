package se.esp.adapter.web.json;

import se.esp.application.paging.PageRequest;
import se.esp.domain.shared.DomainException;
import se.esp.domain.shared.ErrorCode;
import se.esp.domain.shared.ViolationCode;
import se.esp.domain.shared.Violations;

/** Query and header parameters shared by resources: paging and versions. */
public final class Parameters {

    private Parameters() {
    }

    public static PageRequest page(Violations violations, String page, String size) {
        Integer pageNumber = integer(violations, "page", page, 0);
        Integer pageSize = integer(violations, "size", size, PageRequest.DEFAULT_SIZE);
        if (pageNumber == null || pageSize == null) {
            return null;
        }
        return violations.check("page", () -> new PageRequest(pageNumber, pageSize));
    }

    /**
     * The version a change is based on, from {@code If-Match}: {@code "3"}, {@code W/"3"} or {@code 3}.
     *
     * @throws DomainException {@code VERSION_REQUIRED} when the header is missing
     */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException(ErrorCode.VERSION_REQUIRED,
                    "send the version you read (the ETag of the GET) in the If-Match header");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        new Violations().add("If-Match", ViolationCode.INVALID_FORMAT,
                "must be the ETag of the version you read, e.g. \"3\"").throwIfAny();
        throw new AssertionError("unreachable");
    }

    private static Integer integer(Violations violations, String field, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            violations.add(field, ViolationCode.INVALID_FORMAT, "must be a whole number");
            return null;
        }
    }
}
