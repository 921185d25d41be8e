package com.projectflo.catalog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffortRulesTest {

  private static final String FIELD = "effortCalculationRules";

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static EffortRules rules(String text) {
    return EffortRules.parse(json(text), FIELD);
  }

  private static List<String> badFields(String text) {
    InvalidInputException e = catchThrowableOfType(() -> rules(text), InvalidInputException.class);
    assertThat(e).as(text).isNotNull();
    return e.violations().stream().map(FieldViolation::field).toList();
  }

  @Test
  void noRulesAreNull() {
    assertThat(EffortRules.parse(null, FIELD)).isNull();
    assertThat(EffortRules.parse(JsonValue.NULL, FIELD)).isNull();
  }

  @Test
  void namesEveryBadKey() {
    assertThat(badFields("{\"baseHour\": 2, \"maxHours\": -1, \"minHours\": \"3\"}"))
        .containsExactlyInAnyOrder(FIELD + ".baseHour", FIELD + ".maxHours", FIELD + ".minHours");
    assertThat(badFields("{\"baseHours\": null}")).containsExactly(FIELD + ".baseHours");
  }

  @Test
  void refusesWhatIsNotAnObjectOrHasNoBase() {
    assertThat(badFields("[1, 2]")).containsExactly(FIELD);
    assertThat(badFields("\"2 hours\"")).containsExactly(FIELD);
    assertThat(badFields("{}")).containsExactly(FIELD);
    assertThat(badFields("{\"minHours\": 1, \"maxHours\": 5}")).containsExactly(FIELD);
    assertThat(badFields("{\"baseHours\": 1, \"minHours\": 6, \"maxHours\": 5}"))
        .containsExactly(FIELD + ".minHours");
  }

  @Test
  void addsTheHoursPerMinuteToTheBase() {
    EffortRules rules = rules("{\"baseHours\": 2, \"hoursPerTargetMinute\": 0.5}");
    assertThat(rules.effortFor(new BigDecimal("12.5"))).isEqualTo(new BigDecimal("8.25"));
    // No length counts as 0 minutes.
    assertThat(rules.effortFor(null)).isEqualTo(new BigDecimal("2.00"));
    assertThat(rules("{\"hoursPerTargetMinute\": 1.5}").effortFor(BigDecimal.TEN))
        .isEqualTo(new BigDecimal("15.00"));
  }

  @Test
  void clampsBetweenMinAndMax() {
    EffortRules rules =
        rules("{\"baseHours\": 1, \"hoursPerTargetMinute\": 1, \"minHours\": 4, \"maxHours\": 10}");
    assertThat(rules.effortFor(BigDecimal.ONE)).isEqualTo(new BigDecimal("4.00"));
    assertThat(rules.effortFor(new BigDecimal("5"))).isEqualTo(new BigDecimal("6.00"));
    assertThat(rules.effortFor(new BigDecimal("60"))).isEqualTo(new BigDecimal("10.00"));
  }

  @Test
  void roundsToCentsHalfEven() {
    EffortRules rules = rules("{\"hoursPerTargetMinute\": 0.001}");
    // 0.005 and 0.015 are ties: to the even cent.
    assertThat(rules.effortFor(new BigDecimal("5"))).isEqualTo(new BigDecimal("0.00"));
    assertThat(rules.effortFor(new BigDecimal("15"))).isEqualTo(new BigDecimal("0.02"));
    assertThat(rules.effortFor(new BigDecimal("16"))).isEqualTo(new BigDecimal("0.02"));
    assertThat(rules("{\"hoursPerTargetMinute\": 0.333}").effortFor(BigDecimal.TEN))
        .isEqualTo(new BigDecimal("3.33"));
  }

  @Test
  void writesBackOnlyTheKeysThatAreSet() {
    JsonValue stored = rules("{\"maxHours\": 40, \"baseHours\": 2}").toJson();
    assertThat(stored.asJsonObject().keySet()).containsExactlyInAnyOrder("baseHours", "maxHours");
    assertThat(EffortRules.parse(stored, FIELD))
        .isEqualTo(new EffortRules(new BigDecimal("2"), null, null, new BigDecimal("40")));
  }
}
