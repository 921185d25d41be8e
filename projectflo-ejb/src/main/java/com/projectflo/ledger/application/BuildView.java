package com.projectflo.ledger.application;

import com.projectflo.ledger.model.Build;

/** A build with its priced lines. */
public record BuildView(Build build, PriceBreakdown breakdown) {

  public static BuildView of(Build build) {
    return new BuildView(build, PriceBreakdown.of(build));
  }
}
