package com.projectflo.crm.application;

import com.projectflo.audit.application.ArchiveState;
import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.Client;
import com.projectflo.crm.persistence.ClientRepository;
import com.projectflo.identity.application.Caller;
import com.projectflo.identity.application.CurrentCaller;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.AccessDeniedException;
import com.projectflo.platform.application.KeysetCursor;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;

/**
 * The studio's clients (contacts who booked), each shown with its projects and the balance of its
 * builds. A client's portal user may read its own client record; any other client answers 404 to
 * it.
 */
@Stateless
public class ClientService {

  static final String RESOURCE = "Client";
  private static final String ENTITY = "client";

  @Inject private ClientRepository clients;

  @Inject private CurrentCaller currentCaller;

  @Inject private AuditTrail audit;

  @RequiresPermission(Permissions.CLIENTS_READ)
  public Page<ClientView> listClients(@NotNull @Valid ClientListQuery query) {
    String afterKey = null;
    Integer afterId = null;
    if (query.cursor() != null) {
      KeysetCursor cursor = KeysetCursor.decode(query.cursor(), 2);
      afterKey = cursor.string(0);
      afterId = cursor.integer(1);
    }
    List<Client> rows =
        clients.findPage(query.q(), query.includeArchived(), afterKey, afterId, query.limit() + 1);
    String next = null;
    if (rows.size() > query.limit()) {
      rows = rows.subList(0, query.limit());
      Client last = rows.get(rows.size() - 1);
      next = KeysetCursor.encode(last.getContact().getSortKey(), last.getId());
    }
    return new Page<>(views(rows), next);
  }

  /** Staff with clients.read, or the client's own portal user (404 for any other client). */
  @RequiresPermission(clientUsers = true)
  public ClientView getClient(int id) {
    Caller caller = currentCaller.get();
    if (caller.isClientUser()) {
      if (caller.clientId() == null || caller.clientId() != id) {
        throw new NoSuchResourceException(RESOURCE, id);
      }
    } else if (!caller.holds(Permissions.CLIENTS_READ)) {
      throw new AccessDeniedException(Permissions.CLIENTS_READ);
    }
    return views(List.of(find(id))).get(0);
  }

  /** Soft delete; archiving twice changes nothing. */
  @RequiresPermission(Permissions.CLIENTS_WRITE)
  public ClientView archiveClient(int id, Long expectedVersion) {
    Client client = getCurrent(id, expectedVersion);
    boolean wasArchived = client.isArchived();
    if (!wasArchived) {
      client.setArchivedAt(InquiryStatusWriter.now());
      clients.flush();
    }
    audit.record(
        "client.archive", ENTITY, id, new ArchiveState(wasArchived), new ArchiveState(true));
    return views(List.of(client)).get(0);
  }

  @RequiresPermission(Permissions.CLIENTS_WRITE)
  public ClientView restoreClient(int id, Long expectedVersion) {
    Client client = getCurrent(id, expectedVersion);
    boolean wasArchived = client.isArchived();
    if (wasArchived) {
      client.setArchivedAt(null);
      clients.flush();
    }
    audit.record(
        "client.restore", ENTITY, id, new ArchiveState(wasArchived), new ArchiveState(false));
    return views(List.of(client)).get(0);
  }

  /** Projects and balances of a page of clients: two statements, whatever the page size. */
  private List<ClientView> views(List<Client> page) {
    List<Integer> ids = page.stream().map(Client::getId).toList();
    Map<Integer, List<ClientProject>> projects = clients.findProjects(ids);
    Map<Integer, BalanceSummary> balances = clients.findBalances(ids);
    return page.stream()
        .map(
            client ->
                new ClientView(
                    client,
                    projects.getOrDefault(client.getId(), List.of()),
                    balances.getOrDefault(client.getId(), BalanceSummary.ZERO)))
        .toList();
  }

  private Client find(int id) {
    return clients.findById(id).orElseThrow(() -> new NoSuchResourceException(RESOURCE, id));
  }

  private Client getCurrent(int id, Long expectedVersion) {
    Client client = find(id);
    if (expectedVersion != null && expectedVersion != client.getVersion()) {
      throw new StaleVersionException(RESOURCE, id, expectedVersion, client.getVersion());
    }
    return client;
  }
}
