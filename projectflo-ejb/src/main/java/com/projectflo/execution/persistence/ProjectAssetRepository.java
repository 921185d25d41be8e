package com.projectflo.execution.persistence;

import com.projectflo.execution.model.ProjectAsset;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** Media files registered on projects; joins the caller's transaction. */
@ApplicationScoped
public class ProjectAssetRepository {

  @PersistenceContext(unitName = "projectflo")
  private EntityManager em;

  public Optional<ProjectAsset> findById(int id) {
    return Optional.ofNullable(em.find(ProjectAsset.class, id));
  }

  public void add(ProjectAsset asset) {
    em.persist(asset);
    em.flush();
  }

  public void remove(ProjectAsset asset) {
    em.remove(asset);
  }

  /** One page of a project's assets in id order, optionally of one scene, with their scenes. */
  public List<ProjectAsset> findPage(int projectId, Integer sceneId, Integer afterId, int limit) {
    TypedQuery<ProjectAsset> query =
        em.createQuery(
                "SELECT a FROM ProjectAsset a WHERE a.project.id = :project"
                    + (sceneId == null ? "" : " AND a.coverageScene.id = :scene")
                    + (afterId == null ? "" : " AND a.id > :after")
                    + " ORDER BY a.id",
                ProjectAsset.class)
            .setParameter("project", projectId)
            .setHint(TaskRepository.LEFT_JOIN_FETCH, "a.coverageScene");
    if (sceneId != null) {
      query.setParameter("scene", sceneId);
    }
    if (afterId != null) {
      query.setParameter("after", afterId);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
