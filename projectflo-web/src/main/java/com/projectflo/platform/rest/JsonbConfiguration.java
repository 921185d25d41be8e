package com.projectflo.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON-B settings of the API: camelCase property names (the default), null members omitted, and
 * unknown members in a request refused, so that a misspelt field is a 400 rather than ignored.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

  /** Yasson's switch; other JSON-B implementations ignore it. */
  static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private static final Jsonb JSONB =
      JsonbBuilder.create(
          new JsonbConfig().withNullValues(false).setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));

  /** The API's JSON-B instance, for code that binds JSON itself (merge patches). */
  public static Jsonb jsonb() {
    return JSONB;
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
