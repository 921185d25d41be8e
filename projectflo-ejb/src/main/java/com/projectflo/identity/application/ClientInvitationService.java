package com.projectflo.identity.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.Client;
import com.projectflo.crm.model.Contact;
import com.projectflo.identity.model.ClientUser;
import com.projectflo.identity.model.ClientUserInvitation;
import com.projectflo.identity.persistence.ClientInvitationRepository;
import com.projectflo.identity.persistence.ClientUserRepository;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations of a client's couple to the portal: the studio issues a one-time token (shown once,
 * stored as SHA-256, valid for {@code projectflo.invitations.ttl}, P7D by default), the couple
 * presents it with the password they choose and gets their portal login. A new invitation revokes
 * the client's pending ones. An unknown, used, revoked or expired token all get the same answer.
 */
@Stateless
public class ClientInvitationService {

  static final String ENTITY = "client-user-invitation";

  /** One answer for every token that cannot be used: no oracle for which tokens ever existed. */
  static final String UNUSABLE_TOKEN =
      "is unknown, already used, revoked or expired; ask the studio for a new invitation";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private ClientInvitationRepository invitations;

  @Inject private ClientUserRepository clientUsers;

  @Inject private PasswordService passwords;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @Inject
  @ConfigProperty(name = "projectflo.invitations.ttl", defaultValue = "P7D")
  private Duration ttl;

  /**
   * A new invitation for the client's couple; the token is in the result and nowhere else. Refused
   * (409) when the client is archived, already has a portal user, or the e-mail is another portal
   * user's.
   */
  @RequiresPermission(Permissions.CLIENT_USERS_WRITE)
  public IssuedInvitation invite(int clientId, @NotNull @Valid NewInvitation request) {
    Client client =
        invitations
            .findClient(clientId)
            .orElseThrow(() -> new NoSuchResourceException("Client", clientId));
    if (client.isArchived()) {
      throw new ConflictException("Client " + clientId + " is archived; restore it first");
    }
    ensureNoPortalUser(clientId);
    String email = request.email() != null ? request.email() : client.getContact().getEmail();
    ensureEmailIsFree(email);
    OffsetDateTime now = now();
    int revoked = invitations.revokePending(clientId, now);
    String token = newToken();
    ClientUserInvitation invitation = new ClientUserInvitation();
    invitation.setClient(client);
    invitation.setEmail(email);
    invitation.setTokenHash(TokenService.hash(token));
    invitation.setCreatedAt(now);
    invitation.setExpiresAt(now.plus(ttl));
    currentCaller
        .find()
        .filter(Caller::isContributor)
        .ifPresent(c -> invitation.setCreatedBy(invitations.contributorReference(c.id())));
    invitations.add(invitation);
    audit.record(
        "client_user_invitation.create",
        ENTITY,
        invitation.getId(),
        null,
        new InvitationState(clientId, email, invitation.getExpiresAt(), revoked, null));
    return new IssuedInvitation(invitation, token);
  }

  /**
   * Creates the portal user of the invitation's client with the chosen password (which must meet
   * the password policy) and uses the invitation up. Open to anyone holding a valid token.
   */
  public ClientUser accept(@NotNull @Valid InvitationAcceptance acceptance) {
    OffsetDateTime now = now();
    ClientUserInvitation invitation =
        invitations
            .findByTokenHash(TokenService.hash(acceptance.token()))
            .filter(i -> i.getAcceptedAt() == null && i.getRevokedAt() == null)
            .filter(i -> i.getExpiresAt().isAfter(now))
            .orElseThrow(() -> new InvalidInputException("token", UNUSABLE_TOKEN));
    Client client = invitation.getClient();
    ensureNoPortalUser(client.getId());
    ensureEmailIsFree(invitation.getEmail());
    Contact contact = client.getContact();
    String email = invitation.getEmail();
    ClientUser user = new ClientUser();
    user.setClient(client);
    user.setEmail(email);
    user.setPasswordHash(
        passwords.hashNew(
            "password",
            acceptance.password(),
            List.of(
                email.substring(0, email.indexOf('@')),
                String.valueOf(contact.getFirstName()),
                String.valueOf(contact.getLastName()))));
    clientUsers.add(user);
    invitation.setAcceptedAt(now);
    invitations.flush();
    InvitationState pending =
        new InvitationState(client.getId(), email, invitation.getExpiresAt(), 0, null);
    audit.record(
        "client_user_invitation.accept",
        ENTITY,
        invitation.getId(),
        pending,
        new InvitationState(client.getId(), email, invitation.getExpiresAt(), 0, user.getId()),
        new Caller(Caller.Kind.CLIENT_USER, user.getId(), client.getId(), email, Set.of()));
    return user;
  }

  private void ensureNoPortalUser(int clientId) {
    clientUsers
        .findByClient(clientId)
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "clientId",
                  "client " + clientId + " already has portal user " + existing.getId());
            });
  }

  private void ensureEmailIsFree(String email) {
    clientUsers
        .findByEmail(email)
        .ifPresent(
            existing -> {
              throw new ConflictException("email", "another portal user uses " + email);
            });
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The audited state of an invitation (never its token). */
  record InvitationState(
      int clientId,
      String email,
      OffsetDateTime expiresAt,
      int revokedEarlierInvitations,
      Integer clientUserId) {}
}
