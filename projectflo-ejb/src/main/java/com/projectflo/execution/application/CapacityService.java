package com.projectflo.execution.application;

import com.projectflo.execution.application.CapacityReport.ContributorLoad;
import com.projectflo.execution.application.CapacityReport.WeekLoad;
import com.projectflo.execution.persistence.CrewFiguresRepository;
import com.projectflo.execution.persistence.CrewFiguresRepository.PlannedDay;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import com.projectflo.platform.application.AccessDeniedException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Crew capacity: for the {@code weeks} ISO weeks starting with the week of {@code from}, each
 * contributor's planned hours of open tasks (To-Do, Ready to Start, In Progress) by due date,
 * against the weekly capacity ({@code projectflo.capacity.weekly-hours}, 40 by default). A week
 * over capacity is overloaded. Only contributors with planned work in the window are listed. Needs
 * {@code reports.read} or {@code projects.all}.
 */
@Stateless
public class CapacityService {

  @Inject private CrewFiguresRepository figures;

  @Inject private CrewSettings settings;

  @Inject private CurrentCaller currentCaller;

  /** The report from the week of {@code from}; today's week (studio time zone) when null. */
  @RequiresPermission
  public CapacityReport capacity(LocalDate from, @Min(1) @Max(52) int weeks) {
    Caller caller = currentCaller.get();
    if (!caller.holds(Permissions.REPORTS_READ) && !caller.seesAllProjects()) {
      throw new AccessDeniedException(Permissions.REPORTS_READ);
    }
    LocalDate monday =
        (from == null ? settings.today() : from)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate until = monday.plusWeeks(weeks);
    BigDecimal capacity = settings.weeklyCapacityHours().setScale(2, RoundingMode.HALF_EVEN);
    Map<Integer, BigDecimal[]> hours = new TreeMap<>();
    for (PlannedDay day : figures.plannedHoursByDay(monday, until)) {
      int week = (int) ChronoUnit.WEEKS.between(monday, day.dueDate());
      BigDecimal[] perWeek = hours.computeIfAbsent(day.contributorId(), id -> zeros(weeks));
      perWeek[week] = perWeek[week].add(day.plannedHours());
    }
    List<ContributorLoad> loads = new ArrayList<>();
    for (Contributor contributor : figures.contributors(hours.keySet())) {
      BigDecimal[] perWeek = hours.get(contributor.getId());
      List<WeekLoad> weekLoads = new ArrayList<>();
      boolean overloaded = false;
      for (int i = 0; i < weeks; i++) {
        LocalDate start = monday.plusWeeks(i);
        BigDecimal planned = perWeek[i].setScale(2, RoundingMode.HALF_EVEN);
        boolean over = planned.compareTo(capacity) > 0;
        overloaded |= over;
        weekLoads.add(new WeekLoad(isoWeek(start), start, planned, over));
      }
      loads.add(new ContributorLoad(contributor, weekLoads, overloaded));
    }
    return new CapacityReport(monday, weeks, capacity, loads);
  }

  static String isoWeek(LocalDate monday) {
    return String.format(
        "%d-W%02d",
        monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static BigDecimal[] zeros(int weeks) {
    BigDecimal[] zeros = new BigDecimal[weeks];
    Arrays.fill(zeros, BigDecimal.ZERO);
    return zeros;
  }
}
