package com.projectflo.crm.rest;

import com.projectflo.crm.application.TimelineItem;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event of a timeline. */
@Schema(name = "TimelineItem")
public record TimelineItemResponse(
    @Schema(
            enumeration = {
              TimelineItem.COMMUNICATION,
              TimelineItem.ACTIVITY_CREATED,
              TimelineItem.ACTIVITY_COMPLETED,
              TimelineItem.DOCUMENT_UPLOADED,
              TimelineItem.INQUIRY_STATUS_CHANGED
            })
        String kind,
    OffsetDateTime at,
    @Schema(
            description =
                "Id of the communication, activity, document or status change it comes from")
        long id,
    String summary,
    Integer inquiryId,
    Integer projectId) {

  static TimelineItemResponse of(TimelineItem item) {
    return new TimelineItemResponse(
        item.kind(), item.at(), item.id(), item.summary(), item.inquiryId(), item.projectId());
  }
}
