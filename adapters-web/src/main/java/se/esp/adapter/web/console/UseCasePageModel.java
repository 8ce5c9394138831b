package se.esp.adapter.web.console;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import se.esp.application.paging.Page;
import se.esp.application.paging.PageRequest;

/**
 * A PrimeFaces lazy table model over a listing use case: the table asks for one page at a time, with its sort and
 * filters, and the use case answers it ({@code <p:dataTable lazy="true" value="#{bean.model}" …>}). A refusal or
 * failure while loading is shown by {@link ConsoleErrors}' rule and leaves the table empty. A listing the use case
 * pages alone, with no sort or filter of the table's own, is {@link #of(Listing, RowKey)}.
 *
 * @param <T> one row
 */
public abstract class UseCasePageModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** One page of a listing, as the use case answers it; kept in the view, so serializable. */
    @FunctionalInterface
    public interface Listing<T> extends Serializable {
        Page<T> page(PageRequest request);
    }

    /** A row's stable key (its id); kept in the view, so serializable. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        String of(T row);
    }

    /** The table over {@code listing}, whatever the table's sort and filters, its rows known by {@code key}. */
    public static <T> UseCasePageModel<T> of(Listing<T> listing, RowKey<T> key) {
        return new UseCasePageModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected Page<T> fetch(PageRequest request, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
                return listing.page(request);
            }

            @Override
            protected String keyOf(T row) {
                return key.of(row);
            }
        };
    }

    /** Shows the table {@code tableId} (its client id) from its first page again: a new search starts there. */
    public static void fromFirstPage(String tableId) {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(tableId) instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The page the use case answers for {@code request}, with the table's sort and filters. */
    protected abstract Page<T> fetch(PageRequest request, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy);

    /** A row's stable key (its id), for selection. */
    protected abstract String keyOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return (int) Math.min(Integer.MAX_VALUE, fetch(new PageRequest(0, 1), Map.of(), filterBy).totalItems());
        } catch (RuntimeException e) {
            ConsoleErrors.show(FacesContext.getCurrentInstance(), e);
            return 0;
        }
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        try {
            return fetch(new PageRequest(first / size, size), sortBy, filterBy).items();
        } catch (RuntimeException e) {
            ConsoleErrors.show(FacesContext.getCurrentInstance(), e);
            return List.of();
        }
    }

    @Override
    public String getRowKey(T row) {
        return keyOf(row);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T getRowData(String rowKey) {
        List<T> loaded = (List<T>) getWrappedData();
        return loaded == null ? null
                : loaded.stream().filter(row -> keyOf(row).equals(rowKey)).findFirst().orElse(null);
    }

    /** The text of a filter, or {@code null} when the column is not filtered. */
    protected static String filterText(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** The value of a filter (e.g. an enum chosen in a select), or {@code null}. */
    protected static Object filterValue(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy == null ? null : filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value instanceof String text && text.isBlank() ? null : value;
    }
}
