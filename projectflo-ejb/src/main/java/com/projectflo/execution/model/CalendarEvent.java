package com.projectflo.execution.model;

import com.projectflo.identity.model.Contributor;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * Table {@code calendar_events}: an entry in a contributor's schedule (assignment, absence,
 * holiday...).
 */
@Entity
@Table(name = "calendar_events")
@NamedQuery(
    name = "CalendarEvent.findOverlapping",
    query =
        "SELECT e FROM CalendarEvent e WHERE e.contributor.id = :contributor"
            + " AND e.startTime < :to AND e.endTime > :from ORDER BY e.startTime, e.id")
@NamedQuery(
    name = "CalendarEvent.findByProjectAndContributor",
    query =
        "SELECT e FROM CalendarEvent e WHERE e.project.id = :project"
            + " AND e.contributor.id = :contributor AND e.eventType = :type")
public class CalendarEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contributor_id", nullable = false)
  private Contributor contributor;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "project_id", nullable = true)
  private Project project;

  @Column(name = "title", nullable = false)
  private String title;

  @Column(name = "start_time", nullable = false)
  private OffsetDateTime startTime;

  @Column(name = "end_time", nullable = false)
  private OffsetDateTime endTime;

  @Column(name = "is_all_day", nullable = false)
  private boolean allDay;

  @Convert(converter = CalendarEventType.DbConverter.class)
  @Column(name = "event_type", nullable = false)
  private CalendarEventType eventType;

  @Column(name = "description")
  private String description;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Contributor getContributor() {
    return contributor;
  }

  public void setContributor(Contributor contributor) {
    this.contributor = contributor;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public OffsetDateTime getStartTime() {
    return startTime;
  }

  public void setStartTime(OffsetDateTime startTime) {
    this.startTime = startTime;
  }

  public OffsetDateTime getEndTime() {
    return endTime;
  }

  public void setEndTime(OffsetDateTime endTime) {
    this.endTime = endTime;
  }

  public boolean isAllDay() {
    return allDay;
  }

  public void setAllDay(boolean allDay) {
    this.allDay = allDay;
  }

  public CalendarEventType getEventType() {
    return eventType;
  }

  public void setEventType(CalendarEventType eventType) {
    this.eventType = eventType;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public long getVersion() {
    return version;
  }
}
