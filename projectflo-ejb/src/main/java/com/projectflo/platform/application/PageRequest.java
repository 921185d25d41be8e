package com.projectflo.platform.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.function.Function;

/** A page size and the cursor of the previous page (null for the first page). */
public record PageRequest(@Min(1) @Max(200) int limit, String cursor) {

  public static final int DEFAULT_LIMIT = 50;

  public PageRequest {
    cursor = Text.trimToNull(cursor);
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, null);
  }

  /** The single id of an id-ordered cursor, or null on the first page. */
  public Integer afterId() {
    return cursor == null ? null : KeysetCursor.decode(cursor, 1).integer(0);
  }

  /**
   * The page of {@code rows}, fetched with {@code limit + 1} to know whether another follows; the
   * cursor is made from the last row shown.
   */
  public <T> Page<T> page(List<T> rows, Function<T, String> cursorOf) {
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    List<T> shown = rows.subList(0, limit);
    return new Page<>(shown, cursorOf.apply(shown.get(shown.size() - 1)));
  }
}
