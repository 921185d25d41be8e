package com.projectflo.automation.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An inclusive range of contributor ids; the benchmarks job splits the team into such ranges. */
public record ContributorIdRange(int from, int to) implements Serializable {

  public ContributorIdRange {
    if (from > to) {
      throw new IllegalArgumentException("Empty range " + from + ".." + to);
    }
  }

  /** At most {@code parts} consecutive ranges of (nearly) equal width covering this one. */
  public List<ContributorIdRange> split(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be positive: " + parts);
    }
    long width = (long) to - from + 1;
    int count = (int) Math.min(parts, width);
    List<ContributorIdRange> ranges = new ArrayList<>(count);
    long start = from;
    for (int i = 0; i < count; i++) {
      long size = width / count + (i < width % count ? 1 : 0);
      ranges.add(new ContributorIdRange((int) start, (int) (start + size - 1)));
      start += size;
    }
    return ranges;
  }
}
