package com.projectflo.execution.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.execution.model.CalendarEvent;
import com.projectflo.execution.model.CalendarFeed;
import com.projectflo.execution.persistence.CalendarEventRepository;
import com.projectflo.execution.persistence.CalendarFeedRepository;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A contributor's calendar as an ICS feed behind a secret URL, for calendar apps that cannot send a
 * bearer token. The secret (256 random bits) is shown once when issued; only its SHA-256 is stored.
 * Issuing again rotates it (the old URL stops working), revoking removes the feed. A contributor
 * manages its own feed, {@code contributors.write} anyone's.
 */
@Stateless
public class CalendarFeedService {

  static final String RESOURCE = "CalendarFeed";
  static final String ENTITY = "calendar_feed";

  /** The feed shows events that ended at most this many days ago... */
  static final int PAST_DAYS = 90;

  /** ...and those starting within this many days. */
  static final int FUTURE_DAYS = 730;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

  @Inject private CalendarFeedRepository feeds;

  @Inject private CalendarEventRepository events;

  @Inject private ContributorRepository contributors;

  @Inject private CrewSettings settings;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  /** Issues a new secret for the contributor's feed (the previous one stops working). */
  @RequiresPermission
  public IssuedFeed issueFeed(int contributorId) {
    currentCaller.requireSelfOr(contributorId, Permissions.CONTRIBUTORS_WRITE);
    Contributor contributor =
        contributors
            .findById(contributorId)
            .orElseThrow(() -> new NoSuchResourceException("Contributor", contributorId));
    CalendarFeed feed =
        feeds
            .findByContributor(contributorId)
            .orElseGet(
                () -> {
                  CalendarFeed created = new CalendarFeed();
                  created.setContributor(contributor);
                  return created;
                });
    FeedStatus before = feed.getId() == null ? FeedStatus.NONE : status(feed);
    String secret = newSecret();
    feed.setSecretHash(hash(secret));
    feed.setCreatedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    feeds.save(feed);
    audit.record("calendar_feed.issue", ENTITY, contributorId, before, status(feed));
    return new IssuedFeed(contributorId, secret, feed.getCreatedAt());
  }

  @RequiresPermission
  public FeedStatus getFeedStatus(int contributorId) {
    currentCaller.requireSelfOr(contributorId, Permissions.CONTRIBUTORS_WRITE);
    return feeds.findByContributor(contributorId).map(this::status).orElse(FeedStatus.NONE);
  }

  /** Removes the feed; its URL answers 404 from now on. Idempotent. */
  @RequiresPermission
  public void revokeFeed(int contributorId) {
    currentCaller.requireSelfOr(contributorId, Permissions.CONTRIBUTORS_WRITE);
    feeds
        .findByContributor(contributorId)
        .ifPresent(
            feed -> {
              FeedStatus before = status(feed);
              feeds.remove(feed);
              audit.record("calendar_feed.revoke", ENTITY, contributorId, before, FeedStatus.NONE);
            });
  }

  /**
   * The ICS text of the feed whose secret this is. No sign-in: the secret is the credential (an
   * unknown, rotated or revoked secret, or an archived contributor, answers 404).
   */
  public String renderFeed(String secret) {
    if (secret == null || !SECRET.matcher(secret).matches()) {
      throw new NoSuchResourceException(RESOURCE, "unknown");
    }
    CalendarFeed feed =
        feeds
            .findBySecretHash(hash(secret))
            .filter(f -> !f.getContributor().isArchived())
            .orElseThrow(() -> new NoSuchResourceException(RESOURCE, "unknown"));
    Contributor contributor = feed.getContributor();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    List<IcsCalendar.Entry> entries =
        events
            .findOverlapping(
                contributor.getId(), now.minusDays(PAST_DAYS), now.plusDays(FUTURE_DAYS))
            .stream()
            .map(CalendarFeedService::entry)
            .toList();
    return IcsCalendar.write("ProjectFlo: " + name(contributor), entries, settings.zone());
  }

  private static IcsCalendar.Entry entry(CalendarEvent event) {
    return new IcsCalendar.Entry(
        "calendar-event-" + event.getId() + "@projectflo",
        event.getTitle(),
        event.getDescription(),
        event.getEventType().label(),
        event.getStartTime(),
        event.getEndTime(),
        event.isAllDay());
  }

  private static String name(Contributor contributor) {
    String name =
        Stream.of(contributor.getContact().getFirstName(), contributor.getContact().getLastName())
            .filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining(" "));
    return name.isEmpty() ? "contributor " + contributor.getId() : name;
  }

  private FeedStatus status(CalendarFeed feed) {
    return new FeedStatus(true, feed.getCreatedAt());
  }

  private static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
