package com.projectflo.identity.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.audit.application.NotificationService;
import com.projectflo.crm.application.ContactDetails;
import com.projectflo.crm.application.ContactService;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import com.projectflo.identity.model.Contributor;
import com.projectflo.identity.model.ContributorType;
import com.projectflo.identity.model.Role;
import com.projectflo.identity.persistence.ContributorRepository;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The studio's team: contributors with their contact, type, rate, system role and password.
 * Archiving or resetting a password signs the contributor out everywhere.
 */
@Stateless
public class ContributorService {

  static final String RESOURCE = "Contributor";
  private static final String ENTITY = "contributor";

  @Inject private ContributorRepository contributors;

  @Inject private ContactService contacts;

  @Inject private RoleService roles;

  @Inject private PasswordService passwords;

  @Inject private TokenService tokens;

  @Inject private CurrentCaller currentCaller;

  @Inject private NotificationService notifications;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CONTRIBUTORS_WRITE)
  public Contributor createContributor(@NotNull @Valid NewContributor draft) {
    if (draft.roleId() != null && !currentCaller.get().holds(Permissions.ADMIN_ROLES)) {
      throw new AccessDeniedException(Permissions.ADMIN_ROLES);
    }
    Contributor contributor =
        add(draft, draft.roleId() == null ? null : roles.find(draft.roleId()));
    audit.record(
        "contributor.create", ENTITY, contributor.getId(), null, ContributorState.of(contributor));
    return contributor;
  }

  /** The first administrator, created at start-up (audited as the system). */
  public Contributor createFirstAdministrator(String email, String password, Role adminRole) {
    NewContributor draft =
        new NewContributor(
            new ContactDetails(
                "Studio", "Administrator", email, null, null, ContactType.CONTRIBUTOR),
            ContributorType.INTERNAL,
            BigDecimal.ZERO,
            adminRole.getId(),
            password);
    Contributor contributor = add(draft, adminRole);
    audit.record(
        "contributor.bootstrap",
        ENTITY,
        contributor.getId(),
        null,
        ContributorState.of(contributor),
        Caller.SYSTEM);
    return contributor;
  }

  public Contributor getContributor(int id) {
    currentCaller.requireSelfOr(id, Permissions.CONTRIBUTORS_READ);
    return find(id);
  }

  @RequiresPermission(Permissions.CONTRIBUTORS_READ)
  public Page<Contributor> listContributors(
      boolean includeArchived, @NotNull @Valid PageRequest page) {
    List<Contributor> rows =
        contributors.findPage(includeArchived, page.afterId(), page.limit() + 1);
    return page.page(rows, c -> KeysetCursor.encode(c.getId()));
  }

  @RequiresPermission(Permissions.CONTRIBUTORS_WRITE)
  public Contributor updateContributor(
      int id, @NotNull @Valid ContributorProfile profile, Long expectedVersion) {
    return change(id, expectedVersion, "contributor.update", profile::applyTo);
  }

  @RequiresPermission(Permissions.CONTRIBUTORS_WRITE)
  public Contributor archiveContributor(int id, Long expectedVersion) {
    if (currentCaller.get().isContributor() && currentCaller.get().id() == id) {
      throw new ConflictException("You cannot archive your own account");
    }
    Contributor contributor =
        change(
            id,
            expectedVersion,
            "contributor.archive",
            c -> {
              if (!c.isArchived()) {
                c.setArchivedAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
              }
            });
    tokens.revokeAll(Subjects.contributor(id));
    return contributor;
  }

  @RequiresPermission(Permissions.CONTRIBUTORS_WRITE)
  public Contributor restoreContributor(int id, Long expectedVersion) {
    return change(id, expectedVersion, "contributor.restore", c -> c.setArchivedAt(null));
  }

  /** Sets or clears ({@code roleId} null) the system-wide role; the contributor is notified. */
  @RequiresPermission(Permissions.ADMIN_ROLES)
  public Contributor setSystemRole(int id, Integer roleId, Long expectedVersion) {
    Role role = roleId == null ? null : roles.find(roleId);
    Contributor contributor =
        change(id, expectedVersion, "contributor.set_role", c -> c.setRole(role));
    notifications.notify(
        contributor,
        role == null ? "Your system role was removed" : "Your system role is now " + role.getName(),
        "/api/me");
    return contributor;
  }

  /** An administrator sets a new password; every session of the contributor ends. */
  @RequiresPermission(Permissions.CONTRIBUTORS_WRITE)
  public Contributor resetPassword(int id, @NotNull String newPassword) {
    Contributor contributor = find(id);
    contributor.setPasswordHash(
        passwords.hashNew("password", newPassword, personalWords(contributor.getContact())));
    contributors.flush();
    tokens.revokeAll(Subjects.contributor(id));
    audit.record("contributor.reset_password", ENTITY, id, null, null);
    return contributor;
  }

  /** The signed-in contributor changes its own password, proving it knows the current one. */
  @RequiresPermission
  public void changeOwnPassword(@NotNull String currentPassword, @NotNull String newPassword) {
    Caller caller = currentCaller.get();
    Contributor contributor = find(caller.id());
    if (!passwords.matches(currentPassword, contributor.getPasswordHash())) {
      throw new InvalidInputException("currentPassword", "is not your current password");
    }
    contributor.setPasswordHash(
        passwords.hashNew("newPassword", newPassword, personalWords(contributor.getContact())));
    contributors.flush();
    audit.record("contributor.change_password", ENTITY, caller.id(), null, null);
  }

  /** The contributor, for other services; no permission check of its own. */
  public Contributor find(int id) {
    return contributors.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  private Contributor add(NewContributor draft, Role role) {
    String hash = passwords.hashNew("password", draft.password(), personalWords(draft.contact()));
    Contact contact = contacts.addContact(draft.contact());
    Contributor contributor = new Contributor();
    contributor.setContact(contact);
    contributor.setContributorType(draft.contributorType());
    contributor.setDefaultHourlyRate(
        (draft.defaultHourlyRate() == null ? BigDecimal.ZERO : draft.defaultHourlyRate())
            .setScale(2, RoundingMode.HALF_EVEN));
    contributor.setRole(role);
    contributor.setPasswordHash(hash);
    return contributors.add(contributor);
  }

  private Contributor change(
      int id, Long expectedVersion, String action, Consumer<Contributor> change) {
    Contributor contributor = find(id);
    if (expectedVersion != null && expectedVersion != contributor.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, contributor.getVersion());
    }
    ContributorState before = ContributorState.of(contributor);
    change.accept(contributor);
    contributors.flush();
    audit.record(action, ENTITY, id, before, ContributorState.of(contributor));
    return contributor;
  }

  static List<String> personalWords(ContactDetails contact) {
    return personalWords(contact.email(), contact.firstName(), contact.lastName());
  }

  static List<String> personalWords(Contact contact) {
    return personalWords(contact.getEmail(), contact.getFirstName(), contact.getLastName());
  }

  private static List<String> personalWords(String email, String firstName, String lastName) {
    List<String> words = new ArrayList<>();
    if (email != null) {
      words.add(email.substring(0, Math.max(0, email.indexOf('@'))));
    }
    if (firstName != null) {
      words.add(firstName);
    }
    if (lastName != null) {
      words.add(lastName);
    }
    return words;
  }
}
