package com.projectflo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.projectflo.platform.persistence.LabeledEnum;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The JPA model against the real schema: every table has an entity, every entity survives a round
 * trip with all its columns set (enums and JSONB included), and every Java enum carries exactly the
 * labels of its PostgreSQL enum type.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceMappingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return InServerDeployment.of(PersistenceMappingIT.class, EntitySamples.class);
  }

  @Inject EntityManager em;

  @Resource(lookup = "java:comp/UserTransaction")
  UserTransaction transaction;

  @Resource(lookup = "jdbc/projectflo")
  DataSource dataSource;

  private List<Class<?>> entityClasses() {
    return em.getMetamodel().getEntities().stream()
        .<Class<?>>map(EntityType::getJavaType)
        .sorted(Comparator.comparing(Class::getName))
        .toList();
  }

  @Test
  void everyTableOfTheSchemaHasAnEntity() throws SQLException {
    Set<String> mapped =
        entityClasses().stream()
            .map(type -> type.getAnnotation(Table.class).name())
            .collect(Collectors.toCollection(TreeSet::new));

    Set<String> tables = new TreeSet<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
                        + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    assertEquals(tables, mapped);
  }

  @Test
  void everyEntityRoundTripsWithAllColumnsSet() {
    List<Executable> checks = new ArrayList<>();
    for (Class<?> type : entityClasses()) {
      checks.add(() -> roundTrip(type));
    }
    assertAll(checks);
  }

  @Test
  void everyEnumCarriesTheLabelsOfItsDatabaseType() throws SQLException {
    List<Executable> checks = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement labels =
            connection.prepareStatement(
                "SELECT e.enumlabel FROM information_schema.columns c"
                    + " JOIN pg_type t ON t.typname = c.udt_name"
                    + " JOIN pg_enum e ON e.enumtypid = t.oid"
                    + " WHERE c.table_schema = 'public' AND c.table_name = ? AND c.column_name = ?"
                    + " ORDER BY e.enumsortorder")) {
      for (Class<?> type : entityClasses()) {
        String table = type.getAnnotation(Table.class).name();
        for (Field field : EntitySamples.mappedFields(type)) {
          if (!LabeledEnum.class.isAssignableFrom(field.getType())) {
            continue;
          }
          String column = field.getAnnotation(Column.class).name();
          labels.setString(1, table);
          labels.setString(2, column);
          List<String> database = new ArrayList<>();
          try (ResultSet rows = labels.executeQuery()) {
            while (rows.next()) {
              database.add(rows.getString(1));
            }
          }
          List<String> java =
              Arrays.stream(field.getType().getEnumConstants())
                  .map(constant -> ((LabeledEnum) constant).label())
                  .toList();
          checks.add(() -> assertEquals(database, java, table + "." + column));
        }
      }
    }
    assertTrue(checks.size() >= 1, "the model maps enum columns");
    assertAll(checks);
  }

  private void roundTrip(Class<?> type) throws Exception {
    Object written;
    Object id;
    transaction.begin();
    try {
      written = new EntitySamples(em).persistNew(type);
      id = unitUtil().getIdentifier(written);
      transaction.commit();
    } catch (Exception | AssertionError e) {
      transaction.rollback();
      throw e;
    }
    em.clear();

    transaction.begin();
    try {
      Object read = em.find(type, id);
      assertNotNull(read, type.getSimpleName() + " " + id + " was not stored");
      for (Field field : EntitySamples.mappedFields(type)) {
        if (field.isAnnotationPresent(OneToMany.class)) {
          continue;
        }
        String what = type.getSimpleName() + "." + field.getName();
        Object actual = comparable(field, EntitySamples.read(read, field));
        if (EntitySamples.isReadOnly(field)) {
          assertNotNull(actual, what + " is computed by the database");
          continue;
        }
        Object expected = comparable(field, EntitySamples.read(written, field));
        assertNotNull(expected, what + " was not set by the sample");
        assertEquals(expected, actual, what);
      }
    } finally {
      transaction.rollback();
    }
  }

  /** A value in a form that compares by meaning: related rows by id, numbers and times by value. */
  private Object comparable(Field field, Object value) {
    if (value == null) {
      return null;
    }
    if (field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(EmbeddedId.class)) {
      return field.isAnnotationPresent(EmbeddedId.class) ? value : unitUtil().getIdentifier(value);
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    return value;
  }

  private PersistenceUnitUtil unitUtil() {
    return em.getEntityManagerFactory().getPersistenceUnitUtil();
  }
}
