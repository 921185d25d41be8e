package com.projectflo.crm.application;

import com.projectflo.audit.application.AuditTrail;
import com.projectflo.crm.model.Client;
import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import com.projectflo.crm.model.Inquiry;
import com.projectflo.crm.model.InquiryStatus;
import com.projectflo.crm.persistence.InquiryRepository;
import com.projectflo.identity.application.Permissions;
import com.projectflo.identity.application.RequiresPermission;
import com.projectflo.platform.application.NoSuchResourceException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * What the booking flow does to the CRM side of a booking: the lead becomes a client, the inquiry
 * becomes Booked. Both are idempotent, so that a booking retried after a failure does not create a
 * second client or a second history row: a call that changes nothing writes nothing (no audit row
 * either); a call that changes something writes exactly one audit row.
 */
@Stateless
public class InquiryPipeline {

  private static final String CLIENT_ENTITY = "client";

  @Inject private InquiryRepository inquiries;

  @Inject private LeadConversion conversions;

  @Inject private InquiryStatusWriter statusWriter;

  @Inject private AuditTrail audit;

  /**
   * The client of the inquiry's contact: created (linked to the inquiry) when the contact has none
   * yet, and the contact's type turned from Client Lead to Client. A contact that already is a
   * client (a returning couple) keeps its client and its link; other contact types (a vendor who
   * books for their own wedding) keep their type. Closed-Lost inquiries cannot be converted (409).
   */
  @RequiresPermission(Permissions.CLIENTS_WRITE)
  public Client convertToClient(int inquiryId) {
    Inquiry inquiry = findInquiry(inquiryId);
    LeadConversion.Conversion conversion = conversions.convert(inquiry);
    Client client = conversion.client();
    Contact contact = inquiry.getContact();
    boolean created = conversion.created();
    ContactType typeBefore = conversion.typeBefore();
    if (created || contact.getType() != typeBefore) {
      audit.record(
          "client.convert",
          CLIENT_ENTITY,
          client.getId(),
          created ? null : new ConversionState(inquiryId, contact.getId(), typeBefore),
          new ConversionState(inquiryId, contact.getId(), contact.getType()));
    }
    return client;
  }

  /**
   * Moves the inquiry to Booked (from New, Contacted or Proposal Sent) with its history row and
   * {@code booked_at}; an inquiry already Booked is returned unchanged, a Closed-Lost one is a 409
   * naming the allowed moves (none).
   */
  @RequiresPermission(Permissions.INQUIRIES_WRITE)
  public Inquiry recordBooking(int inquiryId) {
    Inquiry inquiry = findInquiry(inquiryId);
    if (inquiry.getStatus() == InquiryStatus.BOOKED) {
      return inquiry;
    }
    InquiryStatus before = inquiry.getStatus();
    statusWriter.book(inquiry);
    audit.record(
        "inquiry.book",
        InquiryService.ENTITY,
        inquiryId,
        new InquiryService.StatusState(before, null),
        new InquiryService.StatusState(inquiry.getStatus(), null));
    return inquiry;
  }

  private Inquiry findInquiry(int id) {
    return inquiries
        .findById(id)
        .orElseThrow(() -> new NoSuchResourceException(InquiryService.RESOURCE, id));
  }

  /** The audited state of a conversion. */
  record ConversionState(int inquiryId, int contactId, ContactType contactType) {}
}
