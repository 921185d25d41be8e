package com.projectflo.identity.model;

import com.projectflo.crm.model.Client;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Table {@code client_user_invitations}: a one-time, expiring invitation for a client's couple to
 * set the password of their portal account. Only the SHA-256 of the token is stored.
 */
@Entity
@Table(name = "client_user_invitations")
@NamedQuery(
    name = ClientUserInvitation.FIND_BY_TOKEN_HASH,
    query =
        "SELECT i FROM ClientUserInvitation i JOIN FETCH i.client c JOIN FETCH c.contact"
            + " WHERE i.tokenHash = :hash")
@NamedQuery(
    name = ClientUserInvitation.REVOKE_PENDING,
    query =
        "UPDATE ClientUserInvitation i SET i.revokedAt = :now WHERE i.client.id = :client"
            + " AND i.acceptedAt IS NULL AND i.revokedAt IS NULL")
public class ClientUserInvitation {

  public static final String FIND_BY_TOKEN_HASH = "ClientUserInvitation.findByTokenHash";

  /** Revokes the client's invitations that are neither accepted nor revoked yet. */
  public static final String REVOKE_PENDING = "ClientUserInvitation.revokePending";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client_id", nullable = false)
  private Client client;

  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "accepted_at")
  private OffsetDateTime acceptedAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "created_by_contributor_id", nullable = true)
  private Contributor createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  public Integer getId() {
    return id;
  }

  public Client getClient() {
    return client;
  }

  public void setClient(Client client) {
    this.client = client;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public void setTokenHash(String tokenHash) {
    this.tokenHash = tokenHash;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(OffsetDateTime expiresAt) {
    this.expiresAt = expiresAt;
  }

  public OffsetDateTime getAcceptedAt() {
    return acceptedAt;
  }

  public void setAcceptedAt(OffsetDateTime acceptedAt) {
    this.acceptedAt = acceptedAt;
  }

  public OffsetDateTime getRevokedAt() {
    return revokedAt;
  }

  public void setRevokedAt(OffsetDateTime revokedAt) {
    this.revokedAt = revokedAt;
  }

  public Contributor getCreatedBy() {
    return createdBy;
  }

  public void setCreatedBy(Contributor createdBy) {
    this.createdBy = createdBy;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  /** The DEFAULT CURRENT_TIMESTAMP of {@code created_at}. */
  @PrePersist
  void fillDatabaseDefaults() {
    if (createdAt == null) {
      createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
  }
}
