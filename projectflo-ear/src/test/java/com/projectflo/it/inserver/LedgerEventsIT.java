package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.catalog.application.BillableItemDetails;
import com.projectflo.catalog.application.BillableItemService;
import com.projectflo.catalog.model.BillableItemPricingType;
import com.projectflo.crm.application.ContactDetails;
import com.projectflo.crm.application.ContactService;
import com.projectflo.crm.application.InquiryService;
import com.projectflo.crm.application.NewInquiry;
import com.projectflo.crm.model.ContactType;
import com.projectflo.ledger.application.BookingService;
import com.projectflo.ledger.application.BuildBooked;
import com.projectflo.ledger.application.BuildService;
import com.projectflo.ledger.application.BuildView;
import com.projectflo.ledger.application.ChangeOrderApproved;
import com.projectflo.ledger.application.ChangeOrderProposal;
import com.projectflo.ledger.application.ChangeOrderService;
import com.projectflo.ledger.application.ChangeOrderView;
import com.projectflo.ledger.application.LineOperation;
import com.projectflo.platform.application.RequestMetadata;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Booking and approving a change order fire the CDI events that task generation and the payment
 * schedule observe, once each, carrying the committed figures.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerEventsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(new Class<?>[] {LedgerEventRecorder.class}, LedgerEventsIT.class);
  }

  @Inject LedgerEventRecorder recorder;

  @Inject ContactService contacts;

  @Inject InquiryService inquiries;

  @Inject BillableItemService billableItems;

  @Inject BuildService builds;

  @Inject BookingService booking;

  @Inject ChangeOrderService changeOrders;

  @Inject RequestMetadata request;

  @BeforeEach
  void actAsSystem() {
    request.setSubject(RequestMetadata.SYSTEM);
  }

  @Test
  void bookingAndApprovalFireTheirEventsOnce() {
    String token = UUID.randomUUID().toString();
    int item =
        billableItems
            .create(
                new BillableItemDetails(
                    "Keepsake " + token,
                    null,
                    null,
                    new BigDecimal("40.00"),
                    BillableItemPricingType.UNIT,
                    null))
            .getId();
    int contact =
        contacts
            .createContact(
                new ContactDetails(
                    "Eve",
                    "Events",
                    "events-" + token + "@example.com",
                    null,
                    null,
                    ContactType.CLIENT_LEAD))
            .getId();
    int inquiry =
        inquiries
            .createInquiry(
                new NewInquiry(
                    contact,
                    null,
                    LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(36_500)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null))
            .inquiry()
            .getId();
    BuildView draft = builds.createBuild(inquiry, List.of(addItem(item, 2)));
    int buildId = draft.build().getId();

    BuildView booked = booking.bookBuild(buildId, null);

    List<BuildBooked> bookings =
        recorder.of(BuildBooked.class).stream().filter(e -> e.buildId() == buildId).toList();
    assertEquals(1, bookings.size(), "one BuildBooked per booking");
    BuildBooked event = bookings.get(0);
    assertEquals(booked.build().getProject().getId(), event.projectId());
    assertEquals(0, new BigDecimal("80.00").compareTo(event.approvedPrice()));

    ChangeOrderView proposed =
        changeOrders.proposeChangeOrder(
            buildId,
            new ChangeOrderProposal("One more", List.of(addItem(item, 1)), null, null, null));
    assertTrue(
        recorder.of(ChangeOrderApproved.class).stream().noneMatch(e -> e.buildId() == buildId),
        "proposing fires nothing");
    changeOrders.approveChangeOrder(proposed.changeOrder().getId(), null);

    List<ChangeOrderApproved> approvals =
        recorder.of(ChangeOrderApproved.class).stream()
            .filter(e -> e.buildId() == buildId)
            .toList();
    assertEquals(1, approvals.size(), "one ChangeOrderApproved per approval");
    ChangeOrderApproved approval = approvals.get(0);
    assertEquals(proposed.changeOrder().getId(), approval.changeOrderId());
    assertEquals(2, approval.versionNumber());
    assertEquals(event.projectId(), approval.projectId());
    assertEquals(0, new BigDecimal("40.00").compareTo(approval.priceDelta()));
    assertEquals(0, new BigDecimal("120.00").compareTo(approval.newTotalApprovedPrice()));
  }

  private static LineOperation addItem(int billableItemId, int quantity) {
    return LineOperation.fromJson(
        Json.createObjectBuilder()
            .add("op", "addBillableItem")
            .add("billableItemId", billableItemId)
            .add("quantity", quantity)
            .build());
  }
}
