package com.projectflo.batch.invoicing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultTest {

  @Test
  void failsOnceTheIssuedInvoicesReachTheLimit() {
    Fault fault = Fault.after("25");
    fault.count(10);
    fault.count(10);

    assertThatThrownBy(() -> fault.count(10)).isInstanceOf(Fault.InjectedFault.class);
  }

  @Test
  void withoutTheParameterNothingFails() {
    Fault fault = Fault.after(null);

    assertThatCode(() -> fault.count(Integer.MAX_VALUE)).doesNotThrowAnyException();
    assertThatCode(() -> Fault.after(" ").count(1)).doesNotThrowAnyException();
  }
}
