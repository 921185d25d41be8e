package com.projectflo.crm.application;

import java.time.OffsetDateTime;

/**
 * One event of a timeline: a communication, an activity created or completed, a document uploaded
 * or an inquiry status change. {@code id} is the id of the row it comes from (the activity's for
 * both activity kinds).
 */
public record TimelineItem(
    String kind, OffsetDateTime at, long id, String summary, Integer inquiryId, Integer projectId) {

  public static final String COMMUNICATION = "communication";
  public static final String ACTIVITY_CREATED = "activity_created";
  public static final String ACTIVITY_COMPLETED = "activity_completed";
  public static final String DOCUMENT_UPLOADED = "document_uploaded";
  public static final String INQUIRY_STATUS_CHANGED = "inquiry_status_changed";
}
