package com.projectflo.automation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ContributorIdRangeTest {

  @Test
  void splitsIntoNearlyEqualConsecutiveRanges() {
    assertThat(new ContributorIdRange(1, 10).split(3))
        .containsExactly(
            new ContributorIdRange(1, 4),
            new ContributorIdRange(5, 7),
            new ContributorIdRange(8, 10));
  }

  @Test
  void neverMakesMoreRangesThanIds() {
    assertThat(new ContributorIdRange(7, 8).split(5))
        .containsExactly(new ContributorIdRange(7, 7), new ContributorIdRange(8, 8));
  }

  @Test
  void refusesEmptyRangesAndNoParts() {
    assertThatThrownBy(() -> new ContributorIdRange(5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContributorIdRange(1, 4).split(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void theRangesCoverEveryIdOnce(
      @ForAll @IntRange(min = -1000, max = 1000) int from,
      @ForAll @IntRange(min = 0, max = 5000) int width,
      @ForAll @IntRange(min = 1, max = 16) int parts) {
    List<ContributorIdRange> ranges = new ContributorIdRange(from, from + width).split(parts);

    assertThat(ranges.get(0).from()).isEqualTo(from);
    assertThat(ranges.get(ranges.size() - 1).to()).isEqualTo(from + width);
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i).from()).isEqualTo(ranges.get(i - 1).to() + 1);
    }
    int smallest = ranges.stream().mapToInt(r -> r.to() - r.from()).min().orElseThrow();
    int largest = ranges.stream().mapToInt(r -> r.to() - r.from()).max().orElseThrow();
    assertThat(largest - smallest).isLessThanOrEqualTo(1);
  }
}
