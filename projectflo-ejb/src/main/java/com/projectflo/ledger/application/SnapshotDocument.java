package com.projectflo.ledger.application;

import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * What {@code build_snapshots.snapshot_data} holds: the whole configuration of one version, with
 * names and prices, so that it reads the same after the catalog changes.
 */
public record SnapshotDocument(
    int versionNumber,
    int changeOrderId,
    BigDecimal approvedPrice,
    BigDecimal livePrice,
    PriceBreakdown configuration) {

  private static final Jsonb JSONB = JsonbBuilder.create();

  public JsonValue toJson() {
    try (var reader = JsonProvider.provider().createReader(new StringReader(JSONB.toJson(this)))) {
      return reader.readValue();
    }
  }

  public static SnapshotDocument fromJson(JsonValue json) {
    return JSONB.fromJson(json.toString(), SnapshotDocument.class);
  }
}
