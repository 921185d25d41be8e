package com.projectflo.execution.rest;

import com.projectflo.identity.model.Contributor;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contributor as the crew endpoints name it. */
@Schema(name = "CrewMember")
public record CrewMember(
    @Schema(description = "Contributor id") int id,
    @Schema(description = "First and last name; absent when neither is known") String name,
    String email) {

  static CrewMember of(Contributor contributor) {
    String name =
        Stream.of(contributor.getContact().getFirstName(), contributor.getContact().getLastName())
            .filter(Objects::nonNull)
            .collect(Collectors.joining(" "));
    return new CrewMember(
        contributor.getId(), name.isEmpty() ? null : name, contributor.getContact().getEmail());
  }
}
