package com.projectflo.identity.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * Table {@code refresh_tokens}: one issued refresh token, stored as its SHA-256. Tokens of one
 * login form a family; each refresh revokes the presented token and issues the next.
 */
@Entity
@Table(name = "refresh_tokens")
@NamedQuery(
    name = RefreshToken.FIND_BY_HASH,
    query = "SELECT t FROM RefreshToken t WHERE t.tokenHash = :hash")
@NamedQuery(
    name = RefreshToken.REVOKE_FAMILY,
    query =
        "UPDATE RefreshToken t SET t.revokedAt = :now"
            + " WHERE t.familyId = :family AND t.revokedAt IS NULL")
@NamedQuery(
    name = RefreshToken.REVOKE_SUBJECT,
    query =
        "UPDATE RefreshToken t SET t.revokedAt = :now"
            + " WHERE t.subject = :subject AND t.revokedAt IS NULL")
public class RefreshToken {

  public static final String FIND_BY_HASH = "RefreshToken.findByHash";
  public static final String REVOKE_FAMILY = "RefreshToken.revokeFamily";
  public static final String REVOKE_SUBJECT = "RefreshToken.revokeSubject";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "family_id", nullable = false, length = 64)
  private String familyId;

  @Column(name = "subject", nullable = false, length = 64)
  private String subject;

  @Column(name = "issued_at", nullable = false)
  private OffsetDateTime issuedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  public Long getId() {
    return id;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public void setTokenHash(String tokenHash) {
    this.tokenHash = tokenHash;
  }

  public String getFamilyId() {
    return familyId;
  }

  public void setFamilyId(String familyId) {
    this.familyId = familyId;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public OffsetDateTime getIssuedAt() {
    return issuedAt;
  }

  public void setIssuedAt(OffsetDateTime issuedAt) {
    this.issuedAt = issuedAt;
  }

  public OffsetDateTime getExpiresAt() {
    return expiresAt;
  }

  public void setExpiresAt(OffsetDateTime expiresAt) {
    this.expiresAt = expiresAt;
  }

  public OffsetDateTime getRevokedAt() {
    return revokedAt;
  }

  public void setRevokedAt(OffsetDateTime revokedAt) {
    this.revokedAt = revokedAt;
  }
}
