package com.projectflo.identity.application;

import com.projectflo.platform.application.RequestMetadata;

/** Token subjects: {@code contributor:<id>} and {@code client-user:<id>}. */
public final class Subjects {

  public static final String SYSTEM = RequestMetadata.SYSTEM;
  private static final String CONTRIBUTOR = "contributor:";
  private static final String CLIENT_USER = "client-user:";

  private Subjects() {}

  public static String contributor(int id) {
    return CONTRIBUTOR + id;
  }

  public static String clientUser(int id) {
    return CLIENT_USER + id;
  }

  /** The contributor id of a subject, or null when it names something else. */
  static Integer contributorId(String subject) {
    return idAfter(subject, CONTRIBUTOR);
  }

  static Integer clientUserId(String subject) {
    return idAfter(subject, CLIENT_USER);
  }

  private static Integer idAfter(String subject, String prefix) {
    if (subject == null || !subject.startsWith(prefix)) {
      return null;
    }
    try {
      return Integer.valueOf(subject.substring(prefix.length()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
