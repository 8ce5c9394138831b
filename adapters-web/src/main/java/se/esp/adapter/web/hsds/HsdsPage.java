package se.esp.adapter.web.hsds;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.esp.application.paging.Page;

/**
 * HSDS 3.0's paging envelope (the {@code Page} schema of its API, with {@code contents}). Pages are numbered from 1
 * as in HSDS; {@code size} is the page size asked for. The component names are HSDS's own, snake case included.
 */
@Schema(name = "HsdsPage", description = "One page of an HSDS 3.0 listing (Open Referral HSDS 3.0 API: Page)",
        additionalProperties = Schema.False.class)
public record HsdsPage(
        @Schema(required = true, description = "Count of total results") long total_items,
        @Schema(required = true, description = "Count of total pages") int total_pages,
        @Schema(required = true, description = "Current page number, from 1") int page_number,
        @Schema(required = true, description = "Size of a page") int size,
        @Schema(required = true, description = "Is this page the first page") boolean first_page,
        @Schema(required = true, description = "Is this page the last page") boolean last_page,
        @Schema(required = true, description = "Is this page empty") boolean empty,
        @Schema(required = true, description = "HSDS 3.0 services (compiled/service_list.json) or organizations "
                + "(compiled/organization_list.json)", type = SchemaType.ARRAY, implementation = Object.class)
        List<Object> contents) {

    static HsdsPage of(Page<Map<String, Object>> page) {
        int number = page.request().page() + 1;
        int pages = page.totalPages();
        return new HsdsPage(page.totalItems(), pages, number, page.request().size(), number == 1,
                number >= pages, page.items().isEmpty(), List.copyOf(page.items()));
    }
}
