package com.projectflo.audit.persistence;

import com.projectflo.audit.model.Notification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Notifications of one recipient; joins the caller's transaction. */
@ApplicationScoped
public class NotificationRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public void add(Notification notification) {
    em.persist(notification);
  }

  public Optional<Notification> findById(int id) {
    return Optional.ofNullable(em.find(Notification.class, id));
  }

  /**
   * Up to {@code limit} notifications of the recipient ordered unread first, then newest first (by
   * id), after the given (read, id) position.
   */
  public List<Notification> findPage(
      int recipientId, boolean unreadOnly, Boolean afterRead, Integer afterId, int limit) {
    StringBuilder jpql =
        new StringBuilder("SELECT n FROM Notification n WHERE n.recipient.id = :recipient");
    if (unreadOnly) {
      jpql.append(" AND n.read = FALSE");
    }
    if (afterId != null) {
      jpql.append(
          afterRead
              ? " AND n.read = TRUE AND n.id < :afterId"
              : " AND ((n.read = FALSE AND n.id < :afterId) OR n.read = TRUE)");
    }
    jpql.append(" ORDER BY n.read, n.id DESC");
    TypedQuery<Notification> query =
        em.createQuery(jpql.toString(), Notification.class).setParameter("recipient", recipientId);
    if (afterId != null) {
      query.setParameter("afterId", afterId);
    }
    return query.setMaxResults(limit).getResultList();
  }

  public long countUnread(int recipientId) {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :recipient"
                + " AND n.read = FALSE",
            Long.class)
        .setParameter("recipient", recipientId)
        .getSingleResult();
  }

  public int markAllRead(int recipientId) {
    return em.createQuery(
            "UPDATE Notification n SET n.read = TRUE WHERE n.recipient.id = :recipient"
                + " AND n.read = FALSE")
        .setParameter("recipient", recipientId)
        .executeUpdate();
  }
}
