package com.projectflo.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DailyTimersTest {

  @Test
  void aTimeOfDayOrOff() {
    assertThat(DailyTimers.parseTime("06:00")).contains(LocalTime.of(6, 0));
    assertThat(DailyTimers.parseTime(" 23:45 ")).contains(LocalTime.of(23, 45));
    assertThat(DailyTimers.parseTime("OFF")).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> DailyTimers.parseTime("6 am"))
        .isInstanceOf(DateTimeParseException.class);
  }
}
