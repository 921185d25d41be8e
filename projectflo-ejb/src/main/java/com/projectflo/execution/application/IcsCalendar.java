package com.projectflo.execution.application;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a calendar as RFC 5545 text with ical4j. Timed events travel in UTC ({@code ...Z}),
 * all-day events as DATE values (their days in the studio's time zone, DTEND exclusive), so that no
 * VTIMEZONE is needed.
 */
public final class IcsCalendar {

  static final String PRODUCT_ID = "-//ProjectFlo//Crew calendar//EN";

  private IcsCalendar() {}

  /** One event of the feed; {@code uid} must be stable across downloads. */
  public record Entry(
      String uid,
      String summary,
      String description,
      String category,
      OffsetDateTime start,
      OffsetDateTime end,
      boolean allDay) {}

  public static String write(String name, List<Entry> entries, ZoneId zone) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    for (Entry entry : entries) {
      VEvent event =
          entry.allDay()
              ? new VEvent(day(entry.start(), zone), day(entry.end(), zone), entry.summary())
              : new VEvent(entry.start().toInstant(), entry.end().toInstant(), entry.summary());
      event.add(new Uid(entry.uid()));
      if (entry.description() != null) {
        event.add(new Description(entry.description()));
      }
      event.add(new Categories(entry.category()));
      calendar.add(event);
    }
    StringWriter text = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("Invalid calendar " + name, e);
    }
    return text.toString();
  }

  private static LocalDate day(OffsetDateTime time, ZoneId zone) {
    return time.atZoneSameInstant(zone).toLocalDate();
  }
}
