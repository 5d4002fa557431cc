package vn.ptdv.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: items, the page number from 0, the page size and the total. */
public record PageResult<T>(List<T> items, int page, int size, long total) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 1000;

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** Clamp a requested page size into [1, MAX_SIZE]. */
    public static int clampSize(Integer size) {
        if (size == null || size < 1) {
            return DEFAULT_SIZE;
        }
        return Math.min(size, MAX_SIZE);
    }
}
