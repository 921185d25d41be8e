package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.crm.application.ClientListQuery;
import com.projectflo.crm.application.ClientService;
import com.projectflo.crm.application.ClientView;
import com.projectflo.crm.application.InquiryListQuery;
import com.projectflo.crm.application.InquiryService;
import com.projectflo.crm.application.NewInquiry;
import com.projectflo.crm.application.NewLead;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.identity.model.Contributor;
import com.projectflo.platform.application.Page;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CRM lists load what their responses show in the list query itself (no lazy load per row): an
 * inquiry's contact, owner and the owner's contact; a client's contact.
 */
@ExtendWith(ArquillianExtension.class)
class CrmListQueriesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(CrmListQueriesIT.class);
  }

  @Inject InquiryService inquiries;

  @Inject ClientService clients;

  @Inject EntityManager em;

  @Inject RequestMetadata request;

  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
  }

  private PersistenceUnitUtil loaded() {
    return em.getEntityManagerFactory().getPersistenceUnitUtil();
  }

  @Test
  void theInquiryListFetchesContactOwnerAndOwnersContact() {
    String token = "q" + UUID.randomUUID().toString().replace("-", "");
    Contributor owner =
        em.createQuery("SELECT c FROM Contributor c ORDER BY c.id", Contributor.class)
            .setMaxResults(1)
            .getSingleResult();
    for (int i = 0; i < 2; i++) {
      inquiries.createInquiry(
          new NewInquiry(
              null,
              new NewLead("Eve", "Stone", token + i + "@example.com", null),
              null,
              null,
              token,
              null,
              null,
              null,
              null,
              owner.getId()));
    }

    Page<Inquiry> page =
        inquiries.listInquiries(
            new InquiryListQuery(null, null, null, null, null, false, token, false, 10, null));

    assertEquals(2, page.items().size());
    for (Inquiry inquiry : page.items()) {
      assertTrue(loaded().isLoaded(inquiry, "contact"), "contact");
      assertTrue(loaded().isLoaded(inquiry, "owner"), "owner");
      assertTrue(loaded().isLoaded(inquiry.getOwner(), "contact"), "owner's contact");
    }
    Inquiry single = inquiries.getInquiry(page.items().get(0).getId());
    assertTrue(loaded().isLoaded(single, "contact"), "contact of one");
    assertTrue(loaded().isLoaded(single.getOwner(), "contact"), "owner's contact of one");
  }

  @Test
  void theClientListFetchesTheContact() {
    Page<ClientView> page = clients.listClients(new ClientListQuery(null, true, 5, null));

    assertTrue(page.items().size() > 0, "the access fixtures created clients");
    for (ClientView view : page.items()) {
      assertTrue(loaded().isLoaded(view.client(), "contact"), "contact");
    }
  }
}
