package com.projectflo.identity.application;

import com.projectflo.identity.model.Role;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.identity.persistence.RoleRepository;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.persistence.SchemaReady;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator when the database has no contributor yet, from
 * PROJECTFLO_ADMIN_EMAIL and PROJECTFLO_ADMIN_PASSWORD. There is no default password: without both
 * variables nobody can sign in until they are set, and the log says so.
 */
@Stateless
public class FirstAdministrator {

  static final String ADMIN_ROLE = "Admin";
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject
  @ConfigProperty(name = "PROJECTFLO_ADMIN_EMAIL")
  private Optional<String> email;

  @Inject
  @ConfigProperty(name = "PROJECTFLO_ADMIN_PASSWORD")
  private Optional<String> password;

  @Inject private ContributorRepository contributorRepository;

  @Inject private RoleRepository roles;

  @Inject private ContributorService contributors;

  public void createWhenNoContributorExists(@Observes SchemaReady ready) {
    if (contributorRepository.count() > 0) {
      return;
    }
    if (email.filter(s -> !s.isBlank()).isEmpty() || password.filter(s -> !s.isEmpty()).isEmpty()) {
      LOG.warning(
          "There is no contributor yet: set PROJECTFLO_ADMIN_EMAIL and PROJECTFLO_ADMIN_PASSWORD"
              + " and restart to create the first administrator.");
      return;
    }
    Role admin =
        roles
            .findByName(ADMIN_ROLE)
            .orElseThrow(() -> new IllegalStateException("The Admin role is missing"));
    try {
      contributors.createFirstAdministrator(email.get().strip(), password.get(), admin);
      LOG.info(() -> "Created the first administrator " + email.get().strip() + ".");
    } catch (InvalidInputException e) {
      LOG.severe(
          "PROJECTFLO_ADMIN_PASSWORD is not acceptable ("
              + e.getMessage()
              + "); no administrator was created. Choose a stronger password and restart.");
    }
  }
}
