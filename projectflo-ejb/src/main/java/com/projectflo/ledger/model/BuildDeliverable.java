package com.projectflo.ledger.model;

import com.projectflo.catalog.model.Deliverable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** Table {@code build_deliverables}: a deliverable included in a build. */
@Entity
@Table(name = "build_deliverables")
public class BuildDeliverable {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Integer id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "build_id", nullable = false)
  private Build build;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "deliverable_id", nullable = false)
  private Deliverable deliverable;

  /** Read-only navigation: rows are written through {@link BuildComponent#setBuildDeliverable}. */
  @OneToMany(mappedBy = "buildDeliverable")
  @OrderBy("id")
  private List<BuildComponent> components = new ArrayList<>();

  public Integer getId() {
    return id;
  }

  public Build getBuild() {
    return build;
  }

  public void setBuild(Build build) {
    this.build = build;
  }

  public Deliverable getDeliverable() {
    return deliverable;
  }

  public void setDeliverable(Deliverable deliverable) {
    this.deliverable = deliverable;
  }

  public List<BuildComponent> getComponents() {
    return components;
  }

  /** An unmanaged copy (same ids) on {@code copy} with copies of its components. */
  BuildDeliverable copyFor(Build copy) {
    BuildDeliverable line = new BuildDeliverable();
    line.id = getId();
    line.build = copy;
    line.deliverable = getDeliverable();
    for (BuildComponent component : getComponents()) {
      line.components.add(component.copyFor(line));
    }
    return line;
  }
}
