package com.projectflo.ledger.application;

import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.ProjectAccess;
import com.projectflo.ledger.model.Build;
import com.projectflo.ledger.persistence.BuildRepository;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * Who may act on a build (docs/access-control.md): a booked build belongs to its project
 * (project-scoped permissions); a quote not yet booked is sales work, open to system roles that act
 * on every project; a portal user sees the builds of its own client.
 */
@Dependent
public class BuildAccess {

  static final String RESOURCE = "Build";

  @Inject private CurrentCaller currentCaller;

  @Inject private ProjectAccess projectAccess;

  @Inject private BuildRepository builds;

  /** The build with its lines; 404 when it does not exist. */
  public Build find(int id) {
    return builds.findWithLines(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  /**
   * The build with its lines, read after taking its row lock: concurrent changes of one build wait
   * for each other instead of overwriting each other. 404 when it does not exist.
   */
  public Build lockForChange(int id) {
    builds.lockRow(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
    return find(id);
  }

  /**
   * {@link #lockForChange} once the caller is allowed {@code permission} and the build is still at
   * {@code expectedVersion} (when given: If-Match); its version moves with the change.
   */
  public Build loadForChange(int id, Long expectedVersion, String permission) {
    Build build = lockForChange(id);
    require(build, permission);
    requireVersion(build, expectedVersion);
    builds.bumpVersion(build);
    return build;
  }

  /** Fails unless the build exists and the caller is allowed {@code permission} on it. */
  public void requireOn(int buildId, String permission) {
    require(
        builds.findById(buildId).orElseThrow(() -> new NoSuchResourceException(RESOURCE, buildId)),
        permission);
  }

  static void requireVersion(Build build, Long expectedVersion) {
    if (expectedVersion != null && expectedVersion != build.getVersion()) {
      throw new StaleVersionException(RESOURCE, build.getId(), expectedVersion, build.getVersion());
    }
  }

  /** Fails (404 when the caller may not even see the build, else 403) unless permitted. */
  public Caller require(Build build, String permission) {
    Caller caller = currentCaller.get();
    if (caller.isClientUser()) {
      if (!ownedBy(build, caller)) {
        throw new NoSuchResourceException(RESOURCE, build.getId());
      }
      if (!caller.holds(permission)) {
        throw new AccessDeniedException(permission);
      }
      return caller;
    }
    if (build.getProject() != null) {
      return projectAccess.require(build.getProject().getId(), permission);
    }
    if (!caller.seesAllProjects()) {
      throw new NoSuchResourceException(RESOURCE, build.getId());
    }
    if (!caller.holds(permission)) {
      throw new AccessDeniedException(permission);
    }
    return caller;
  }

  /** Whether the caller is a portal user of the build's client. */
  public boolean ownedBy(Build build, Caller caller) {
    return caller.isClientUser()
        && build.getClient() != null
        && Objects.equals(build.getClient().getId(), caller.clientId());
  }
}
