package com.projectflo.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.projectflo.platform.application.ConflictException;
import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.application.NoSuchResourceException;
import com.projectflo.platform.application.PayloadTooLargeException;
import com.projectflo.platform.application.StaleVersionException;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ProblemTranslatorTest {

  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  record Draft(@NotNull @Email String email, @NotNull String type) {}

  static class Service {
    @SuppressWarnings("unused")
    void create(@NotNull @Valid Draft draft) {}
  }

  @Test
  void mapsTheApplicationsRefusalsToTheirStatus() {
    assertThat(ProblemTranslator.translate(new NoSuchResourceException("Contact", 7)))
        .satisfies(p -> assertThat(p.status()).isEqualTo(404))
        .satisfies(p -> assertThat(p.detail()).isEqualTo("Contact 7 does not exist"))
        .satisfies(p -> assertThat(p.type()).isEqualTo("urn:projectflo:problem:not-found"));
    assertThat(ProblemTranslator.translate(new StaleVersionException("Contact", 7, 1, 2)).status())
        .isEqualTo(412);

    Problem conflict = ProblemTranslator.translate(new ConflictException("email", "taken"));
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.errors()).containsExactly(new FieldViolation("email", "taken"));

    Problem invalid = ProblemTranslator.translate(new InvalidInputException("limit", "too big"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.errors()).containsExactly(new FieldViolation("limit", "too big"));
  }

  @Test
  void findsTheCauseInsideContainerWrappers() {
    EJBException wrapped =
        new EJBException(new RuntimeException(new NoSuchResourceException("Contact", 3)));

    assertThat(ProblemTranslator.translate(wrapped).status()).isEqualTo(404);
  }

  @Test
  void namesTheFieldsOfBeanValidationFailuresWithoutMethodAndArgumentNames() throws Exception {
    Method create = Service.class.getDeclaredMethod("create", Draft.class);
    var badDraft =
        VALIDATOR
            .forExecutables()
            .validateParameters(new Service(), create, new Object[] {new Draft("nope", null)});
    var noDraft =
        VALIDATOR.forExecutables().validateParameters(new Service(), create, new Object[] {null});

    Problem fields = ProblemTranslator.translate(new ConstraintViolationException(badDraft));
    Problem body = ProblemTranslator.translate(new ConstraintViolationException(noDraft));

    assertThat(fields.status()).isEqualTo(400);
    assertThat(fields.errors()).extracting(FieldViolation::field).containsExactly("email", "type");
    assertThat(fields.detail()).contains("email", "type");
    assertThat(body.errors()).extracting(FieldViolation::field).containsExactly("draft");
  }

  @Test
  void reportsMalformedJsonWithItsPosition() {
    JsonParsingException parsing = null;
    try {
      Json.createReader(new StringReader("{\"email\": ")).readObject();
    } catch (JsonParsingException e) {
      parsing = e;
    }

    Problem problem = ProblemTranslator.translate(new RuntimeException(parsing));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).endsWith("malformed-json");
    assertThat(problem.detail()).contains("line 1");
  }

  @Test
  void namesAnUnknownJsonMember() {
    JsonbException unknown =
        new JsonbException(
            "Json property nick can not be mapped to a class class x.ContactRequest.");

    Problem problem = ProblemTranslator.translate(unknown);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(new FieldViolation("nick", "is not a known property"));
    assertThat(problem.detail()).doesNotContain("ContactRequest");
    assertThat(ProblemTranslator.invalidBody(unknown).violations())
        .extracting(FieldViolation::field)
        .containsExactly("nick");
    assertThat(ProblemTranslator.invalidBody(new JsonbException("other")).violations())
        .extracting(FieldViolation::field)
        .containsExactly("body");
  }

  @Test
  void turnsDatabaseConstraintAndLockFailuresInto409() {
    SQLException unique =
        new SQLException(
            "ERROR: duplicate key value violates unique constraint \"contacts_email_lower_key\"",
            "23505");
    Problem duplicate = ProblemTranslator.translate(new PersistenceException(unique));
    Problem locked = ProblemTranslator.translate(new EJBException(new OptimisticLockException()));
    Problem referenced =
        ProblemTranslator.translate(new PersistenceException(new SQLException("fk", "23503")));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.detail()).contains("contacts_email_lower_key");
    assertThat(locked.status()).isEqualTo(409);
    assertThat(referenced.status()).isEqualTo(409);
  }

  @Test
  void textTheDatabaseCannotStoreIsA400() {
    Problem nul =
        ProblemTranslator.translate(
            new PersistenceException(
                new SQLException(
                    "ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));

    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.detail()).doesNotContain("UTF8");
  }

  @Test
  void reportsAnythingElseAsA500WithoutInternals() {
    Problem problem = ProblemTranslator.translate(new IllegalStateException("secret stack detail"));

    assertThat(problem.status()).isEqualTo(500);
    assertThat(ProblemTranslator.isServerError(problem)).isTrue();
    assertThat(problem.detail()).doesNotContain("secret");
    assertThat(problem.withContext("/api/x", "abc").correlationId()).isEqualTo("abc");
  }

  @Test
  void survivesSelfReferentialCauses() {
    RuntimeException loop =
        new RuntimeException("loop") {
          @Override
          public synchronized Throwable getCause() {
            return this;
          }
        };

    assertThat(ProblemTranslator.translate(loop).status()).isEqualTo(500);
  }

  @Test
  void aTooLargePayloadIsA413NamingTheLimit() {
    Problem problem =
        ProblemTranslator.translate(
            new EJBException(new PayloadTooLargeException("The file", 1048576)));

    assertThat(problem.status()).isEqualTo(413);
    assertThat(problem.type()).endsWith("payload-too-large");
    assertThat(problem.detail()).contains("1048576 bytes");
  }
}
