package com.projectflo.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The daily reminders, run through {@code POST /api/reminders/run}: who is notified of what, and
 * that a second run for the same day notifies nobody again. Uses days far in the future so that
 * only this test's activities are due; overdue follow-ups of other tests' inquiries are claimed
 * too, which is why counts are checked on this test's own recipients.
 */
class RemindersApiIT {

  private static final LocalDate DAY = LocalDate.of(2031, 3, 11);

  private static Team.Member owner;
  private static int ownedInquiry;
  private static int unownedInquiry;
  private static int lostInquiry;
  private static int archivedInquiry;
  private static int dueActivity;
  private static int doneActivity;

  @BeforeAll
  static void seed() {
    Team.withRole("Manager"); // exist before the runs: recipients of unowned inquiries
    Team.withRole("Editor");
    owner = Team.create("reminded", Team.roleId("Editor")); // not notified of unowned inquiries
    int contact = contact("Rowan");
    ownedInquiry = inquiry(contact, owner.id(), "Contacted", DAY.minusDays(1), false);
    unownedInquiry = inquiry(contact("Sage"), null, "New", DAY.minusDays(3), false);
    lostInquiry = inquiry(contact, owner.id(), "Closed-Lost", DAY.minusDays(1), false);
    archivedInquiry = inquiry(contact, owner.id(), "New", DAY.minusDays(1), true);
    inquiry(contact, owner.id(), "Proposal Sent", DAY, false); // due today: not overdue yet
    dueActivity = activity(owner.id(), contact, "Pending", DAY);
    doneActivity = activity(owner.id(), contact, "Completed", DAY);
    activity(owner.id(), contact, "Pending", DAY.plusDays(1));
  }

  @Test
  void aRunNotifiesOwnersOfOverdueFollowUpsAndAssigneesOfActivitiesDueThatDay() {
    List<String> before = linksOf(owner);

    Api.Response run = Api.post("/api/reminders/run?date=" + DAY, "");

    assertThat(run.status()).isEqualTo(200);
    assertThat(run.json().getString("day")).isEqualTo(DAY.toString());
    assertThat(run.json().getInt("followUpReminders")).isGreaterThanOrEqualTo(1);
    assertThat(run.json().getInt("activityReminders")).isEqualTo(1);
    List<String> added = new ArrayList<>(linksOf(owner));
    before.forEach(added::remove);
    assertThat(added)
        .containsExactlyInAnyOrder(
            "/api/inquiries/" + ownedInquiry, "/api/activities/" + dueActivity);
    assertThat(linksOf(owner))
        .doesNotContain(
            "/api/inquiries/" + lostInquiry,
            "/api/inquiries/" + archivedInquiry,
            "/api/activities/" + doneActivity);
  }

  @Test
  void aSecondRunForTheSameDaySendsNothing() {
    int initially = linksOf(owner).size();
    Api.post("/api/reminders/run?date=" + DAY.plusDays(20), "");
    int before = linksOf(owner).size();

    Api.Response again = Api.post("/api/reminders/run?date=" + DAY.plusDays(20), "");

    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().getInt("followUpReminders")).isZero();
    assertThat(again.json().getInt("activityReminders")).isZero();
    assertThat(linksOf(owner)).hasSize(before);
    assertThat(
            Database.single(
                "SELECT count(*) FROM reminder_deliveries WHERE reminder_date = ? AND"
                    + " recipient_contributor_id = ? AND notification_id IS NOT NULL",
                DAY.plusDays(20),
                owner.id()))
        .isEqualTo((long) (before - initially));
    assertThat(before - initially).isEqualTo(2); // the follow-ups of both open overdue inquiries
  }

  @Test
  void theNextDayRemindsOfTheStillOverdueFollowUpAgain() {
    Api.post("/api/reminders/run?date=" + DAY.plusDays(30), "");
    long followUps = countLinks(owner, "/api/inquiries/" + ownedInquiry);

    Api.post("/api/reminders/run?date=" + DAY.plusDays(31), "");

    assertThat(countLinks(owner, "/api/inquiries/" + ownedInquiry)).isEqualTo(followUps + 1);
  }

  @Test
  void anInquiryWithoutOwnerRemindsEveryoneWhoMayWorkOnInquiries() {
    Api.post("/api/reminders/run?date=" + DAY.plusDays(40), "");

    assertThat(countLinks(Team.withRole("Manager"), "/api/inquiries/" + unownedInquiry))
        .isGreaterThanOrEqualTo(1);
    assertThat(countLinks(Team.withRole("Editor"), "/api/inquiries/" + unownedInquiry)).isZero();
  }

  @Test
  void aBadDateIsRefusedNamingIt() {
    Api.Response bad = Api.post("/api/reminders/run?date=11/03/2031", "");

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.errorFields()).containsExactly("date");
  }

  private static List<String> linksOf(Team.Member member) {
    return member.client().get("/api/notifications?limit=200").items().stream()
        .map(n -> n.getString("linkUrl", ""))
        .filter(link -> link.startsWith("/api/inquiries/") || link.startsWith("/api/activities/"))
        .toList();
  }

  private static long countLinks(Team.Member member, String link) {
    return linksOf(member).stream().filter(link::equals).count();
  }

  private static int contact(String name) {
    return ((Number)
            Database.single(
                "INSERT INTO contacts (first_name, last_name, email, type) VALUES (?, 'Reminder',"
                    + " ?, 'Client Lead') RETURNING id",
                name,
                name.toLowerCase() + "-" + Api.uniqueToken() + "@reminders.test"))
        .intValue();
  }

  private static int inquiry(
      int contact, Integer owner, String status, LocalDate followUp, boolean archived) {
    return ((Number)
            Database.single(
                "INSERT INTO inquiries (contact_id, owner_contributor_id, status, lost_reason,"
                    + " follow_up_due_date, archived_at) VALUES (?, ?, ?::inquiries_status,"
                    + " CASE WHEN ? = 'Closed-Lost' THEN 'budget' END, ?, CASE WHEN ? THEN now()"
                    + " END) RETURNING id",
                contact,
                owner,
                status,
                status,
                followUp,
                archived))
        .intValue();
  }

  private static int activity(int assignee, int contact, String status, LocalDate due) {
    return ((Number)
            Database.single(
                "INSERT INTO activities (assigned_to_contributor_id, contact_id, due_date,"
                    + " activity_type, title, status) VALUES (?, ?, ?, 'Call', 'Call the couple',"
                    + " ?::activity_status) RETURNING id",
                assignee,
                contact,
                due,
                status))
        .intValue();
  }
}
