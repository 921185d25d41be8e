package com.projectflo.identity.model;

import com.projectflo.crm.model.Contact;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Table {@code contributors}: a team member (internal, external or freelance) who logs in and works
 * on projects.
 */
@Entity
@Table(name = "contributors")
@NamedQuery(
    name = Contributor.FIND_WITH_CONTACT_AND_ROLE,
    query =
        "SELECT c FROM Contributor c JOIN FETCH c.contact LEFT JOIN FETCH c.role WHERE c.id = :id")
@NamedQuery(
    name = Contributor.FIND_BY_EMAIL,
    query =
        "SELECT c FROM Contributor c JOIN FETCH c.contact k LEFT JOIN FETCH c.role"
            + " WHERE LOWER(k.email) = LOWER(:email)")
@NamedQuery(name = Contributor.COUNT_ALL, query = "SELECT COUNT(c) FROM Contributor c")
public class Contributor {

  public static final String FIND_WITH_CONTACT_AND_ROLE = "Contributor.findWithContactAndRole";
  public static final String FIND_BY_EMAIL = "Contributor.findByEmail";
  public static final String COUNT_ALL = "Contributor.countAll";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "contact_id", nullable = false)
  private Contact contact;

  @Convert(converter = ContributorType.DbConverter.class)
  @Column(name = "contributor_type")
  private ContributorType contributorType;

  @Column(name = "default_hourly_rate", precision = 8, scale = 2, nullable = false)
  private BigDecimal defaultHourlyRate = BigDecimal.ZERO.setScale(2);

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "role_id", nullable = true)
  private Role role;

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Contact getContact() {
    return contact;
  }

  public void setContact(Contact contact) {
    this.contact = contact;
  }

  public ContributorType getContributorType() {
    return contributorType;
  }

  public void setContributorType(ContributorType contributorType) {
    this.contributorType = contributorType;
  }

  public BigDecimal getDefaultHourlyRate() {
    return defaultHourlyRate;
  }

  public void setDefaultHourlyRate(BigDecimal defaultHourlyRate) {
    this.defaultHourlyRate = defaultHourlyRate;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public OffsetDateTime getArchivedAt() {
    return archivedAt;
  }

  public void setArchivedAt(OffsetDateTime archivedAt) {
    this.archivedAt = archivedAt;
  }

  public boolean isArchived() {
    return archivedAt != null;
  }

  public long getVersion() {
    return version;
  }
}
