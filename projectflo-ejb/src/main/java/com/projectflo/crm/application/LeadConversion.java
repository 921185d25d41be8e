package com.projectflo.crm.application;

import com.projectflo.crm.model.Client;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.crm.persistence.ClientRepository;
import com.projectflo.platform.application.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Turns the contact of an inquiry into a client, in the caller's transaction; the caller writes the
 * audit row ({@link InquiryPipeline} as client.convert, the booking as build.book).
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class LeadConversion {

  @Inject private ClientRepository clients;

  /** What a conversion did: the client, whether it is new, the contact type before. */
  public record Conversion(Client client, boolean created, ContactType typeBefore) {}

  /**
   * The client of the inquiry's contact: created (linked to the inquiry) when the contact has none
   * yet, and the contact's type turned from Client Lead to Client. A contact that already is a
   * client (a returning couple) keeps its client and its link; other contact types (a vendor who
   * books for their own wedding) keep their type. Closed-Lost inquiries cannot be converted (409).
   */
  public Conversion convert(Inquiry inquiry) {
    if (inquiry.getStatus() == InquiryStatus.CLOSED_LOST) {
      throw new ConflictException(
          "status",
          "Inquiry " + inquiry.getId() + " is Closed-Lost: a lost lead cannot become a client");
    }
    Contact contact = inquiry.getContact();
    ContactType typeBefore = contact.getType();
    Client client = clients.findByContact(contact.getId()).orElse(null);
    boolean created = client == null;
    if (created) {
      client = new Client();
      client.setContact(contact);
      client.setInquiry(inquiry);
      clients.add(client);
    }
    if (typeBefore == ContactType.CLIENT_LEAD) {
      contact.setType(ContactType.CLIENT);
    }
    clients.flush();
    return new Conversion(client, created, typeBefore);
  }
}
