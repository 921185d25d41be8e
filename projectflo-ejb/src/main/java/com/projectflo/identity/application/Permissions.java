package com.projectflo.identity.application;

import java.util.Set;

/**
 * The permission names seeded by {@code V5__identity_and_access.sql}. Project-scoped permissions
 * are granted per project by the role of a {@code project_assignments} row, or on every project by
 * a system role that also holds {@link #PROJECTS_ALL}.
 */
public final class Permissions {

  public static final String CONTACTS_READ = "contacts.read";
  public static final String CONTACTS_WRITE = "contacts.write";
  public static final String CONTRIBUTORS_READ = "contributors.read";
  public static final String CONTRIBUTORS_WRITE = "contributors.write";
  public static final String ADMIN_ROLES = "admin.roles";
  public static final String CLIENT_USERS_READ = "client_users.read";
  public static final String CLIENT_USERS_WRITE = "client_users.write";
  public static final String PROJECTS_READ = "projects.read";
  public static final String PROJECTS_WRITE = "projects.write";
  public static final String PROJECTS_ALL = "projects.all";
  public static final String ASSIGNMENTS_WRITE = "assignments.write";
  public static final String AUDIT_READ = "audit.read";
  public static final String INQUIRIES_READ = "inquiries.read";
  public static final String INQUIRIES_WRITE = "inquiries.write";
  public static final String CLIENTS_READ = "clients.read";
  public static final String CLIENTS_WRITE = "clients.write";
  public static final String ACTIVITIES_WRITE = "activities.write";
  public static final String DOCUMENTS_READ = "documents.read";
  public static final String DOCUMENTS_WRITE = "documents.write";
  public static final String REPORTS_READ = "reports.read";
  public static final String CATALOG_READ = "catalog.read";
  public static final String CATALOG_WRITE = "catalog.write";
  public static final String BUILDS_READ = "builds.read";
  public static final String BUILDS_WRITE = "builds.write";
  public static final String BUILDS_APPROVE = "builds.approve";
  public static final String BATCH_RUN = "batch.run";
  public static final String TASKS_READ = "tasks.read";
  public static final String TASKS_WRITE = "tasks.write";
  public static final String CALENDAR_READ = "calendar.read";
  public static final String CALENDAR_WRITE = "calendar.write";
  public static final String EXPENSES_WRITE = "expenses.write";
  public static final String INVOICES_READ = "invoices.read";
  public static final String INVOICES_WRITE = "invoices.write";
  public static final String PAYMENTS_WRITE = "payments.write";
  public static final String PAYMENTS_REFUND = "payments.refund";

  /**
   * Answering a satisfaction survey: held by portal users only (it is not a row of {@code
   * permissions}, so no staff role can be given it); staff record answers with clients.write.
   */
  public static final String SURVEYS_ANSWER = "surveys.answer";

  /** What a client's portal user may do, on its own client's data only. */
  public static final Set<String> CLIENT_USER =
      Set.of(
          PROJECTS_READ, BUILDS_READ, "invoices.read", TASKS_READ, DOCUMENTS_READ, SURVEYS_ANSWER);

  private Permissions() {}
}
