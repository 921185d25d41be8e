package com.projectflo.identity.application;

import com.projectflo.identity.model.ClientUser;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.persistence.AccessRepository;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.NotAuthenticatedException;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The caller of the current request, resolved once per request from the verified token subject.
 * Permissions come from the database, never from the token, so that a role change or an archived
 * account takes effect at the next request.
 */
@RequestScoped
public class CurrentCaller {

  @Inject private RequestMetadata request;

  @Inject private AccessRepository access;

  @Inject private ContributorRepository contributors;

  private Caller resolved;

  /** The caller; {@link NotAuthenticatedException} when the request carries no valid identity. */
  public Caller get() {
    return find().orElseThrow(() -> new NotAuthenticatedException("Sign in first"));
  }

  /**
   * The caller, when it is the contributor itself or holds {@code permission}; a portal user never
   * acts on a contributor.
   */
  public Caller requireSelfOr(int contributorId, String permission) {
    Caller caller = get();
    boolean self = caller.isContributor() && caller.id() == contributorId;
    if (!self && (caller.isClientUser() || !caller.holds(permission))) {
      throw new AccessDeniedException(permission);
    }
    return caller;
  }

  /** The caller when there is one (audit of anonymous calls such as login). */
  public Optional<Caller> find() {
    if (resolved == null) {
      resolved = resolve(request.subject());
    }
    return Optional.ofNullable(resolved);
  }

  private Caller resolve(String subject) {
    if (subject == null) {
      return null;
    }
    if (Subjects.SYSTEM.equals(subject)) {
      return Caller.SYSTEM;
    }
    Integer contributorId = Subjects.contributorId(subject);
    if (contributorId != null) {
      Contributor contributor =
          contributors
              .findById(contributorId)
              .filter(c -> !c.isArchived())
              .orElseThrow(() -> new NotAuthenticatedException("This account is archived"));
      Integer roleId = contributor.getRole() == null ? null : contributor.getRole().getId();
      return new Caller(
          Caller.Kind.CONTRIBUTOR,
          contributorId,
          null,
          contributor.getContact().getEmail(),
          access.permissionsOfRole(roleId));
    }
    Integer clientUserId = Subjects.clientUserId(subject);
    if (clientUserId != null) {
      ClientUser user =
          access
              .findClientUser(clientUserId)
              .filter(u -> !u.isDisabled())
              .orElseThrow(() -> new NotAuthenticatedException("This account is disabled"));
      return new Caller(
          Caller.Kind.CLIENT_USER,
          clientUserId,
          user.getClient().getId(),
          user.getEmail(),
          Permissions.CLIENT_USER);
    }
    throw new NotAuthenticatedException("Unknown token subject");
  }
}
