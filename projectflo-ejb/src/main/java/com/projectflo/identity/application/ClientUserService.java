package com.projectflo.identity.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.Client;
import com.projectflo.identity.model.ClientUser;
import com.projectflo.identity.persistence.ClientUserRepository;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Portal logins of clients: created by the studio, disabled (and signed out) or enabled again. */
@Stateless
public class ClientUserService {

  static final String RESOURCE = "Client user";
  private static final String ENTITY = "client-user";

  @Inject private ClientUserRepository clientUsers;

  @Inject private PasswordService passwords;

  @Inject private TokenService tokens;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CLIENT_USERS_WRITE)
  public ClientUser createClientUser(@NotNull @Valid NewClientUser draft) {
    Client client =
        clientUsers
            .findClient(draft.clientId())
            .orElseThrow(() -> new NoSuchResourceException("Client", draft.clientId()));
    clientUsers
        .findByClient(client.getId())
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "clientId",
                  "client " + client.getId() + " already has portal user " + existing.getId());
            });
    clientUsers
        .findByEmail(draft.email())
        .ifPresent(
            existing -> {
              throw new ConflictException("email", "another portal user uses " + draft.email());
            });
    ClientUser user = new ClientUser();
    user.setClient(client);
    user.setEmail(draft.email());
    user.setPasswordHash(
        passwords.hashNew(
            "password",
            draft.password(),
            List.of(draft.email().substring(0, draft.email().indexOf('@')))));
    clientUsers.add(user);
    audit.record("client_user.create", ENTITY, user.getId(), null, ClientUserState.of(user));
    return user;
  }

  @RequiresPermission(Permissions.CLIENT_USERS_READ)
  public ClientUser getClientUser(int id) {
    return find(id);
  }

  @RequiresPermission(Permissions.CLIENT_USERS_READ)
  public Page<ClientUser> listClientUsers(Integer clientId, @NotNull @Valid PageRequest page) {
    List<ClientUser> rows = clientUsers.findPage(clientId, page.afterId(), page.limit() + 1);
    return page.page(rows, u -> KeysetCursor.encode(u.getId()));
  }

  /** Disabling signs the user out everywhere; disabling twice changes nothing. */
  @RequiresPermission(Permissions.CLIENT_USERS_WRITE)
  public ClientUser disableClientUser(int id) {
    ClientUser user = find(id);
    ClientUserState before = ClientUserState.of(user);
    if (!user.isDisabled()) {
      user.setDisabledAt(OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }
    clientUsers.flush();
    tokens.revokeAll(Subjects.clientUser(id));
    audit.record("client_user.disable", ENTITY, id, before, ClientUserState.of(user));
    return user;
  }

  @RequiresPermission(Permissions.CLIENT_USERS_WRITE)
  public ClientUser enableClientUser(int id) {
    ClientUser user = find(id);
    ClientUserState before = ClientUserState.of(user);
    user.setDisabledAt(null);
    clientUsers.flush();
    audit.record("client_user.enable", ENTITY, id, before, ClientUserState.of(user));
    return user;
  }

  private ClientUser find(int id) {
    return clientUsers.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  /** The audited state of a portal user. */
  record ClientUserState(int clientId, String email, boolean disabled) {
    static ClientUserState of(ClientUser user) {
      return new ClientUserState(user.getClient().getId(), user.getEmail(), user.isDisabled());
    }
  }
}
