package com.projectflo.crm.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.crm.model.Contact;
import com.projectflo.crm.model.ContactType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  private static Set<String> invalidFields(ContactDetails details) {
    return VALIDATOR.validate(details).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  private static ContactDetails withEmail(String email) {
    return new ContactDetails(null, null, email, null, null, ContactType.CLIENT);
  }

  @Test
  void trimsValuesAndTurnsBlankOptionalOnesIntoNull() {
    ContactDetails details =
        new ContactDetails(
            " Jane ", "   ", " jane@example.com\t", "", " Doe Films ", ContactType.CLIENT);

    assertThat(details.firstName()).isEqualTo("Jane");
    assertThat(details.lastName()).isNull();
    assertThat(details.email()).isEqualTo("jane@example.com");
    assertThat(details.phoneNumber()).isNull();
    assertThat(details.companyName()).isEqualTo("Doe Films");
  }

  @Test
  void acceptsWellFormedAddressesOnly() {
    assertThat(invalidFields(withEmail("jane@example.com"))).isEmpty();
    assertThat(invalidFields(withEmail("jane.doe+films@studio.co.uk"))).isEmpty();
    for (String bad : new String[] {"jane", "jane@", "@example.com", "jane@localhost", "a b@c.d"}) {
      assertThat(invalidFields(withEmail(bad))).as(bad).containsExactly("email");
    }
  }

  @Test
  void requiresEmailAndTypeAndBoundsLengths() {
    ContactDetails details =
        new ContactDetails("x".repeat(256), null, "   ", "1".repeat(51), "y".repeat(256), null);

    assertThat(invalidFields(details))
        .containsExactlyInAnyOrder("firstName", "email", "phoneNumber", "companyName", "type");
  }

  @Test
  void copiesAContactBothWays() {
    Contact contact = new Contact();
    new ContactDetails("Jane", "Doe", "jane@example.com", "555", "Doe Films", ContactType.VENDOR)
        .applyTo(contact);

    assertThat(ContactDetails.of(contact))
        .isEqualTo(
            new ContactDetails(
                "Jane", "Doe", "jane@example.com", "555", "Doe Films", ContactType.VENDOR));
  }
}
