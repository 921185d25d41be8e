package com.projectflo.crm.application;

import java.time.LocalDate;

/** What one reminder run sent: notifications about overdue follow-ups and activities due. */
public record ReminderRun(LocalDate day, int followUpReminders, int activityReminders) {}
