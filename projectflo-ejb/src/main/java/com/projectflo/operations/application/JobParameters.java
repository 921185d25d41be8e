package com.projectflo.operations.application;

import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Checks the parameters given for a job and completes them with the defaults. Pure. */
final class JobParameters {

  static final String FIELD = "parameters";

  private JobParameters() {}

  /**
   * The job parameters to start {@code job} with: the given ones, checked, and the defaults of
   * those not given. Every unknown or bad parameter is reported at once, as {@code
   * parameters.<name>}.
   */
  static Map<String, String> complete(
      BatchJob job, Map<String, String> given, LocalDate today, boolean faultInjection) {
    List<JobParameter> accepted = new ArrayList<>(job.parameters());
    if (faultInjection && job == BatchJob.INVOICING) {
      accepted.addAll(BatchJob.TEST_ONLY_PARAMETERS);
    }
    List<FieldViolation> violations = new ArrayList<>();
    Map<String, String> complete = new TreeMap<>();
    for (Map.Entry<String, String> entry : new TreeMap<>(given).entrySet()) {
      JobParameter parameter =
          accepted.stream().filter(p -> p.name().equals(entry.getKey())).findFirst().orElse(null);
      if (parameter == null) {
        violations.add(
            new FieldViolation(
                FIELD + "." + entry.getKey(),
                "is not a parameter of job "
                    + job.jobName()
                    + " (accepted: "
                    + String.join(", ", accepted.stream().map(JobParameter::name).toList())
                    + ")"));
        continue;
      }
      parameter
          .check(entry.getValue(), today)
          .ifPresentOrElse(
              problem -> violations.add(new FieldViolation(FIELD + "." + entry.getKey(), problem)),
              () -> complete.put(entry.getKey(), entry.getValue().strip()));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    for (JobParameter parameter : accepted) {
      if (!complete.containsKey(parameter.name())) {
        parameter.defaultFor(today).ifPresent(value -> complete.put(parameter.name(), value));
      }
    }
    return complete;
  }

  static Properties asProperties(Map<String, String> parameters) {
    Properties properties = new Properties();
    properties.putAll(parameters);
    return properties;
  }
}
