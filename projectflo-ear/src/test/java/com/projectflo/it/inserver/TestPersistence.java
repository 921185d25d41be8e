package com.projectflo.it.inserver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes the EJB module's persistence unit injectable into in-server tests ({@code @Inject
 * EntityManager}); Arquillian enriches tests with CDI, EJB and resource injection only. Added to
 * the EJB module of the test archive by {@link InServerDeployment}.
 */
@ApplicationScoped
public class TestPersistence {

  @Produces
  @PersistenceContext(unitName = "projectflo")
  private EntityManager entityManager;
}
