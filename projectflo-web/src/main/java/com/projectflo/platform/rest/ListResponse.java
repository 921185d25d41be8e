package com.projectflo.platform.rest;

import com.projectflo.platform.application.Page;
import java.util.List;
import java.util.function.Function;

/** A page of a list endpoint; {@code nextCursor} is absent on the last page. */
public record ListResponse<T>(List<T> items, String nextCursor) {

  public static <E, T> ListResponse<T> of(Page<E> page, Function<? super E, ? extends T> toDto) {
    return new ListResponse<>(page.items().stream().<T>map(toDto).toList(), page.nextCursor());
  }
}
