package com.projectflo.ledger.model;

import com.projectflo.crm.model.Client;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.execution.model.Project;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Table {@code builds}: the quote of an inquiry or project: what is sold, at which price, and what
 * has been paid.
 */
@Entity
@Table(name = "builds")
@NamedQuery(name = Build.FIND_BY_ID, query = "SELECT b FROM Build b WHERE b.id = :id")
@NamedQuery(
    name = Build.FIND_BY_INQUIRY,
    query = "SELECT b FROM Build b WHERE b.inquiry.id = :inquiry")
public class Build {

  public static final String FIND_BY_ID = "Build.findById";
  public static final String FIND_BY_INQUIRY = "Build.findByInquiry";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "client_id", nullable = true)
  private Client client;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "inquiry_id", nullable = true)
  private Inquiry inquiry;

  @ManyToOne(fetch = FetchType.LAZY, optional = true)
  @JoinColumn(name = "project_id", nullable = true)
  private Project project;

  @Convert(converter = BuildStatus.DbConverter.class)
  @Column(name = "status", nullable = false)
  private BuildStatus status;

  @Column(name = "configuration_locked_at")
  private OffsetDateTime configurationLockedAt;

  @Column(name = "approved_price", precision = 10, scale = 2, nullable = false)
  private BigDecimal approvedPrice = BigDecimal.ZERO.setScale(2);

  @Column(name = "live_price", precision = 10, scale = 2, nullable = false)
  private BigDecimal livePrice = BigDecimal.ZERO.setScale(2);

  @Column(name = "total_paid", precision = 10, scale = 2, nullable = false)
  private BigDecimal totalPaid = BigDecimal.ZERO.setScale(2);

  @Column(name = "archived_at")
  private OffsetDateTime archivedAt;

  /** Read-only navigation: rows are written through {@link BuildCoverageAssignment#setBuild}. */
  @OneToMany(mappedBy = "build")
  @OrderBy("id")
  private List<BuildCoverageAssignment> coverageAssignments = new ArrayList<>();

  /** Read-only navigation: rows are written through {@link BuildDeliverable#setBuild}. */
  @OneToMany(mappedBy = "build")
  @OrderBy("id")
  private List<BuildDeliverable> deliverables = new ArrayList<>();

  /** Read-only navigation: rows are written through {@link BuildBillableItem#setBuild}. */
  @OneToMany(mappedBy = "build")
  @OrderBy("id")
  private List<BuildBillableItem> billableItems = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  public Integer getId() {
    return id;
  }

  public Client getClient() {
    return client;
  }

  public void setClient(Client client) {
    this.client = client;
  }

  public Inquiry getInquiry() {
    return inquiry;
  }

  public void setInquiry(Inquiry inquiry) {
    this.inquiry = inquiry;
  }

  public Project getProject() {
    return project;
  }

  public void setProject(Project project) {
    this.project = project;
  }

  public BuildStatus getStatus() {
    return status;
  }

  public void setStatus(BuildStatus status) {
    this.status = status;
  }

  public OffsetDateTime getConfigurationLockedAt() {
    return configurationLockedAt;
  }

  public void setConfigurationLockedAt(OffsetDateTime configurationLockedAt) {
    this.configurationLockedAt = configurationLockedAt;
  }

  public BigDecimal getApprovedPrice() {
    return approvedPrice;
  }

  public void setApprovedPrice(BigDecimal approvedPrice) {
    this.approvedPrice = approvedPrice;
  }

  public BigDecimal getLivePrice() {
    return livePrice;
  }

  public void setLivePrice(BigDecimal livePrice) {
    this.livePrice = livePrice;
  }

  public BigDecimal getTotalPaid() {
    return totalPaid;
  }

  public void setTotalPaid(BigDecimal totalPaid) {
    this.totalPaid = totalPaid;
  }

  public OffsetDateTime getArchivedAt() {
    return archivedAt;
  }

  public void setArchivedAt(OffsetDateTime archivedAt) {
    this.archivedAt = archivedAt;
  }

  public List<BuildCoverageAssignment> getCoverageAssignments() {
    return coverageAssignments;
  }

  public List<BuildDeliverable> getDeliverables() {
    return deliverables;
  }

  public List<BuildBillableItem> getBillableItems() {
    return billableItems;
  }

  public long getVersion() {
    return version;
  }

  /** Whether the configuration is locked (booked): changes go through change orders. */
  public boolean isLocked() {
    return configurationLockedAt != null;
  }

  /**
   * An unmanaged copy of the build and its lines (same ids, the same catalog rows): changing it
   * changes nothing in the database. What a proposed change order is priced on.
   */
  public Build copyWithLines() {
    Build copy = new Build();
    copy.id = getId();
    copy.client = getClient();
    copy.inquiry = getInquiry();
    copy.project = getProject();
    copy.status = getStatus();
    copy.configurationLockedAt = getConfigurationLockedAt();
    copy.approvedPrice = getApprovedPrice();
    copy.livePrice = getLivePrice();
    copy.totalPaid = getTotalPaid();
    copy.archivedAt = getArchivedAt();
    copy.version = getVersion();
    for (BuildCoverageAssignment line : getCoverageAssignments()) {
      copy.coverageAssignments.add(line.copyFor(copy));
    }
    for (BuildDeliverable line : getDeliverables()) {
      copy.deliverables.add(line.copyFor(copy));
    }
    for (BuildBillableItem line : getBillableItems()) {
      copy.billableItems.add(line.copyFor(copy));
    }
    return copy;
  }
}
