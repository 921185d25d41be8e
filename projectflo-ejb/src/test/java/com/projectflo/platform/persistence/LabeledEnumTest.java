package com.projectflo.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.projectflo.crm.model.ContactType;
import org.junit.jupiter.api.Test;

class LabeledEnumTest {

  @Test
  void findsConstantsByTheirExactDatabaseLabel() {
    assertThat(LabeledEnum.fromLabel(ContactType.class, "Client Lead"))
        .contains(ContactType.CLIENT_LEAD);
    assertThat(LabeledEnum.fromLabel(ContactType.class, "client lead")).isEmpty();
    assertThat(LabeledEnum.fromLabel(ContactType.class, "CLIENT_LEAD")).isEmpty();
    assertThat(LabeledEnum.fromLabel(ContactType.class, null)).isEmpty();
  }

  @Test
  void listsLabelsInDeclarationOrder() {
    assertThat(LabeledEnum.labels(ContactType.class))
        .containsExactly("Client Lead", "Client", "Contributor", "Vendor");
  }

  @Test
  void converterStoresTheLabelAndReadsItBack() {
    ContactType.DbConverter converter = new ContactType.DbConverter();

    assertThat(converter.convertToDatabaseColumn(ContactType.CLIENT_LEAD)).isEqualTo("Client Lead");
    assertThat(converter.convertToEntityAttribute("Vendor")).isEqualTo(ContactType.VENDOR);
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }

  @Test
  void converterRefusesALabelTheCodeDoesNotKnow() {
    assertThatThrownBy(() -> new ContactType.DbConverter().convertToEntityAttribute("Friend"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Friend");
  }
}
