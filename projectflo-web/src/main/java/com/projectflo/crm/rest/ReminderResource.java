package com.projectflo.crm.rest;

import com.projectflo.crm.application.ReminderRun;
import com.projectflo.crm.application.ReminderSchedule;
import com.projectflo.crm.application.ReminderService;
import com.projectflo.platform.rest.InputErrors;
import com.projectflo.platform.rest.ProjectFloApplication;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/reminders}: the daily follow-up reminders, also run by a persistent timer. */
@Path("/reminders")
@RequestScoped
@Tag(name = "Reminders")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", ref = ProjectFloApplication.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = ProjectFloApplication.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProjectFloApplication.FORBIDDEN)
public class ReminderResource {

  @Inject private ReminderService reminders;

  @Inject private ReminderSchedule schedule;

  @POST
  @Path("run")
  @Operation(
      summary = "Send the reminders of a day now",
      description =
          "What the daily timer does: notifies owners of open inquiries whose follow-up date has"
              + " passed and assignees of pending activities due that day. Reminders already sent"
              + " for that day are not sent again. Needs batch.run.")
  @APIResponse(
      responseCode = "200",
      description = "How many reminders this run sent",
      content = @Content(schema = @Schema(implementation = ReminderRunResponse.class)))
  public ReminderRunResponse run(
      @Parameter(description = "The day (YYYY-MM-DD); today in the reminders' time zone if absent")
          @QueryParam("date")
          String date) {
    InputErrors errors = new InputErrors();
    LocalDate day = errors.date("date", date);
    errors.throwIfAny();
    return ReminderRunResponse.of(
        reminders.sendDailyReminders(day == null ? schedule.today() : day));
  }

  /** The result of one run. */
  @Schema(name = "ReminderRun")
  public record ReminderRunResponse(LocalDate day, int followUpReminders, int activityReminders) {
    static ReminderRunResponse of(ReminderRun run) {
      return new ReminderRunResponse(run.day(), run.followUpReminders(), run.activityReminders());
    }
  }
}
