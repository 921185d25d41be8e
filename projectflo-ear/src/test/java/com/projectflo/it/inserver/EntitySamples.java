package com.projectflo.it.inserver;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Builds entities with every writable column set to a non-default value, persisting the rows they
 * reference first. Works on any entity of the model by reflection, so that the mapping test covers
 * each table without a hand-written fixture per table.
 */
final class EntitySamples {

  private final EntityManager em;

  /** Makes strings unique across runs and instances (many columns are UNIQUE). */
  private final String run = UUID.randomUUID().toString().substring(0, 8);

  private int counter;

  EntitySamples(EntityManager em) {
    this.em = em;
  }

  /** A new, flushed entity of {@code type} whose columns all hold sample values. */
  <T> T persistNew(Class<T> type) {
    T entity = instantiate(type);
    for (Field field : mappedFields(type)) {
      fill(entity, field);
    }
    em.persist(entity);
    em.flush();
    return entity;
  }

  /** Persistent state of an entity: non-static, non-transient fields, mapped superclasses too. */
  static List<Field> mappedFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type;
        c.isAnnotationPresent(Entity.class) || c.isAnnotationPresent(MappedSuperclass.class);
        c = c.getSuperclass()) {
      addMappedFields(c, fields);
    }
    return fields;
  }

  private static void addMappedFields(Class<?> type, List<Field> fields) {
    for (Field field : type.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          || Modifier.isTransient(modifiers)
          || field.isAnnotationPresent(Transient.class)
          || field.getName().startsWith("_persistence")) {
        continue;
      }
      fields.add(field);
    }
  }

  /** Columns PostgreSQL computes, which the application never writes. */
  static boolean isReadOnly(Field field) {
    Column column = field.getAnnotation(Column.class);
    return column != null && !column.insertable() && !column.updatable();
  }

  private void fill(Object entity, Field field) {
    if (field.isAnnotationPresent(GeneratedValue.class)
        || field.isAnnotationPresent(Version.class)
        || field.isAnnotationPresent(OneToMany.class)
        || isReadOnly(field)) {
      return;
    }
    Object value;
    if (field.isAnnotationPresent(EmbeddedId.class)) {
      value = instantiate(field.getType()); // filled from its @MapsId relations on persist
    } else if (field.isAnnotationPresent(ManyToOne.class)) {
      value = persistNew(field.getType());
    } else {
      value = sample(field, read(entity, field));
    }
    write(entity, field, value);
  }

  private Object sample(Field field, Object current) {
    int n = ++counter;
    Class<?> type = field.getType();
    Column column = field.getAnnotation(Column.class);
    if (type == String.class) {
      String text = run + n + "-" + field.getName() + "-ünï";
      int length = column == null ? 255 : column.length();
      return text.length() > length ? text.substring(0, length) : text;
    }
    if (type == Integer.class || type == int.class) {
      return 7; // within every CHECK of the schema (ratings 1-10, scores 0-10)
    }
    if (type == Long.class || type == long.class) {
      // An assigned id (a batch execution's) below anything the database ever hands out, so that
      // the committed sample never takes the id of a real row.
      return field.isAnnotationPresent(Id.class) ? -1_000_000L - n : 7L;
    }
    if (type == Boolean.class || type == boolean.class) {
      return !Boolean.TRUE.equals(current); // the opposite of the default
    }
    if (type == BigDecimal.class) {
      int scale = column == null || column.scale() == 0 ? 2 : column.scale();
      return new BigDecimal((n % 900 + 1) + ".375").setScale(scale, RoundingMode.HALF_EVEN);
    }
    if (type == LocalDate.class) {
      return LocalDate.of(2026, 6, 13).plusDays(n % 300);
    }
    if (type == OffsetDateTime.class) {
      return OffsetDateTime.of(2026, 6, 13, 14, 30, 15, 123_456_000, ZoneOffset.UTC).plusMinutes(n);
    }
    if (JsonValue.class.isAssignableFrom(type)) {
      return Json.createObjectBuilder()
          .add("sample", n)
          .add("label", "ünïcødé \"quoted\"")
          .add("nested", Json.createArrayBuilder().add(1.5).add(true).addNull().add("x"))
          .build();
    }
    if (type.isEnum()) {
      Object[] constants = type.getEnumConstants();
      return constants[constants.length - 1];
    }
    throw new IllegalStateException("No sample value for " + field);
  }

  static Object read(Object entity, Field field) {
    try {
      Method getter = getter(entity.getClass(), field);
      if (getter != null) {
        return getter.invoke(entity); // triggers lazy loading, unlike a field read
      }
      field.setAccessible(true);
      return field.get(entity);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + field, e);
    }
  }

  private static Method getter(Class<?> type, Field field) {
    String suffix = Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
    for (String name : List.of("get" + suffix, "is" + suffix)) {
      try {
        return type.getMethod(name);
      } catch (NoSuchMethodException e) {
        // try the next convention
      }
    }
    return null;
  }

  private static void write(Object entity, Field field, Object value) {
    try {
      field.setAccessible(true);
      field.set(entity, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot write " + field, e);
    }
  }

  private static <T> T instantiate(Class<T> type) {
    try {
      Constructor<T> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return constructor.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot instantiate " + type, e);
    }
  }
}
