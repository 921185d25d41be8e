package com.projectflo.automation.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.automation.application.TaskSchedule.Calendar;
import com.projectflo.automation.application.TaskSchedule.Item;
import com.projectflo.automation.application.TaskSchedule.Slot;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The back-scheduling rule of docs/scheduling.md. */
class TaskScheduleTest {

  private static final LocalDate DEADLINE = LocalDate.of(2027, 8, 11);
  private static final Calendar CALENDAR =
      new Calendar(DEADLINE, LocalDate.of(2027, 6, 26), new BigDecimal("8"));

  @Test
  void phasesRunInTheOrderOfTheirFirstTemplateAndEndOnTheDeadline() {
    List<Slot> slots =
        TaskSchedule.schedule(
            List.of(
                item(1, "Ingest", "0.50"),
                item(2, "Edit", "4.00"),
                item(3, "Review", "1.25"),
                item(4, "Edit", "6.00"),
                item(5, "Export", "2.50")),
            CALENDAR);

    // Export 1 day, Review 1 day, Edit 10 h = 2 days, Ingest 1 day.
    assertThat(slots)
        .containsExactly(
            new Slot(1, 0, DEADLINE.minusDays(4)),
            new Slot(2, 1, DEADLINE.minusDays(2)),
            new Slot(3, 2, DEADLINE.minusDays(1)),
            new Slot(4, 1, DEADLINE.minusDays(2)),
            new Slot(5, 3, DEADLINE));
  }

  @Test
  void aTemplateWithoutPhaseIsAPhaseOfItsOwnAndZeroHoursStillTakeADay() {
    List<Slot> slots =
        TaskSchedule.schedule(
            List.of(item(1, null, "0.00"), item(2, " ", "8.00"), item(3, null, "8.01")), CALENDAR);

    assertThat(slots)
        .containsExactly(
            new Slot(1, 0, DEADLINE.minusDays(3)),
            new Slot(2, 1, DEADLINE.minusDays(2)),
            new Slot(3, 2, DEADLINE));
  }

  @Test
  void noDueDateFallsBeforeTheEditStart() {
    Calendar tight = new Calendar(DEADLINE, DEADLINE.minusDays(2), new BigDecimal("8"));

    List<Slot> slots =
        TaskSchedule.schedule(
            List.of(item(1, "Edit", "40"), item(2, "Grade", "16"), item(3, "Export", "1")), tight);

    assertThat(slots)
        .extracting(Slot::dueDate)
        .containsExactly(DEADLINE.minusDays(2), DEADLINE.minusDays(1), DEADLINE);
  }

  @Test
  void phaseNamesAreComparedTrimmed() {
    assertThat(TaskSchedule.phases(List.of(item(1, "Edit", "1"), item(2, " Edit ", "1"))))
        .hasSize(1);
  }

  private static Item item(int template, String phase, String hours) {
    return new Item(template, phase, new BigDecimal(hours));
  }
}
