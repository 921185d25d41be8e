package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.projectflo.crm.application.ContactDetails;
import com.projectflo.crm.application.ContactService;
import com.projectflo.crm.application.IllegalTransitionException;
import com.projectflo.crm.application.InquiryPipeline;
import com.projectflo.crm.application.InquiryService;
import com.projectflo.crm.application.NewInquiry;
import com.projectflo.crm.application.StatusChange;
import com.projectflo.crm.model.Client;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The booking flow's CRM steps inside the server, called as another bean would: converting the lead
 * into a client and recording the booking, both idempotent and audited once per change.
 */
@ExtendWith(ArquillianExtension.class)
class ClientConversionIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(ClientConversionIT.class);
  }

  @Inject InquiryPipeline pipeline;

  @Inject InquiryService inquiries;

  @Inject ContactService contacts;

  @Inject EntityManager em;

  @Inject RequestMetadata request;

  /** Services decide access from the caller; these tests act as the system (every right). */
  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
  }

  private Contact newContact(ContactType type) {
    return contacts.createContact(
        new ContactDetails(
            "Ada", "Byron", "conv-" + UUID.randomUUID() + "@example.com", null, null, type));
  }

  private int newInquiry(Contact contact) {
    return inquiries
        .createInquiry(
            new NewInquiry(contact.getId(), null, null, null, null, null, null, null, null, null))
        .inquiry()
        .getId();
  }

  private long count(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }

  private long auditRows(String action, Object id) {
    return count(
        "SELECT COUNT(*) FROM audit_log WHERE action = ?1 AND details->>'id' = ?2",
        action,
        String.valueOf(id));
  }

  private long historyRows(int inquiryId) {
    return count("SELECT COUNT(*) FROM inquiry_status_changes WHERE inquiry_id = ?1", inquiryId);
  }

  @Test
  void convertingALeadCreatesOneClientAndMakesTheContactAClientOnce() {
    Contact contact = newContact(ContactType.CLIENT_LEAD);
    int inquiryId = newInquiry(contact);

    Client first = pipeline.convertToClient(inquiryId);
    Client second = pipeline.convertToClient(inquiryId);

    assertNotNull(first.getId());
    assertEquals(first.getId(), second.getId());
    assertEquals(1, count("SELECT COUNT(*) FROM clients WHERE contact_id = ?1", contact.getId()));
    assertEquals(
        (long) inquiryId,
        count("SELECT inquiry_id FROM clients WHERE id = ?1", first.getId()),
        "the client remembers the inquiry it came from");
    em.clear();
    assertEquals(ContactType.CLIENT, em.find(Contact.class, contact.getId()).getType());
    assertEquals(1, auditRows("client.convert", first.getId()), "audited once: one change");
  }

  @Test
  void aVendorWhoBooksKeepsItsType() {
    Contact vendor = newContact(ContactType.VENDOR);

    Client client = pipeline.convertToClient(newInquiry(vendor));

    em.clear();
    assertEquals(ContactType.VENDOR, em.find(Contact.class, vendor.getId()).getType());
    assertEquals(1, auditRows("client.convert", client.getId()));
  }

  @Test
  void aReturningClientKeepsItsClientAndALostInquiryCannotConvert() {
    Contact contact = newContact(ContactType.CLIENT_LEAD);
    Client earlier = pipeline.convertToClient(newInquiry(contact));
    int again = newInquiry(contact);
    int lost = newInquiry(contact);
    inquiries.changeStatus(lost, new StatusChange(InquiryStatus.CLOSED_LOST, "Eloped"), null);

    Client client = pipeline.convertToClient(again);

    assertEquals(earlier.getId(), client.getId());
    assertEquals(1, auditRows("client.convert", client.getId()), "nothing changed the 2nd time");
    ConflictException refused =
        assertThrows(ConflictException.class, () -> pipeline.convertToClient(lost));
    assertEquals("status", refused.field());
  }

  @Test
  void recordingABookingMovesToBookedOnceWithHistoryAndMilestones() {
    int inquiryId = newInquiry(newContact(ContactType.CLIENT_LEAD));
    inquiries.changeStatus(inquiryId, new StatusChange(InquiryStatus.PROPOSAL_SENT, null), null);

    Inquiry booked = pipeline.recordBooking(inquiryId);
    Inquiry again = pipeline.recordBooking(inquiryId);

    assertEquals(InquiryStatus.BOOKED, booked.getStatus());
    assertNotNull(booked.getBookedAt());
    assertEquals(booked.getBookedAt(), booked.getStatusChangedAt());
    assertEquals(
        booked.getBookedAt().toInstant(),
        again.getBookedAt().toInstant(),
        "the second call changes nothing");
    assertEquals(3, historyRows(inquiryId), "creation, Proposal Sent, Booked");
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM inquiry_status_changes WHERE inquiry_id = ?1"
                + " AND from_status = 'Proposal Sent' AND to_status = 'Booked'",
            inquiryId));
    assertEquals(1, auditRows("inquiry.book", inquiryId));
  }

  @Test
  void aNewInquiryCanBeBookedAtOnceAndCountsAsContacted() {
    int inquiryId = newInquiry(newContact(ContactType.CLIENT_LEAD));

    Inquiry booked = pipeline.recordBooking(inquiryId);

    assertEquals(InquiryStatus.BOOKED, booked.getStatus());
    assertEquals(booked.getBookedAt(), booked.getFirstContactedAt());
  }

  @Test
  void aLostInquiryCannotBeBooked() {
    int inquiryId = newInquiry(newContact(ContactType.CLIENT_LEAD));
    inquiries.changeStatus(
        inquiryId, new StatusChange(InquiryStatus.CLOSED_LOST, "Chose a photographer"), null);

    IllegalTransitionException refused =
        assertThrows(IllegalTransitionException.class, () -> pipeline.recordBooking(inquiryId));

    assertEquals(List.of(), refused.allowed());
    Inquiry unchanged = inquiries.getInquiry(inquiryId);
    assertEquals(InquiryStatus.CLOSED_LOST, unchanged.getStatus());
    assertNull(unchanged.getBookedAt());
    assertEquals(2, historyRows(inquiryId));
  }
}
