package com.projectflo.batch;

import com.projectflo.platform.application.RequestMetadata;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Calls application services as the system. Job threads have no CDI request context, which the
 * services need to know their caller: each call runs in one, with the subject {@code system}.
 * Dependent: one per artifact, used on the artifact's own thread.
 */
@Dependent
public class SystemCaller {

  @Inject private RequestContextController requestContext;

  @Inject private RequestMetadata request;

  public <T> T call(Supplier<T> work) {
    boolean activated = requestContext.activate();
    try {
      request.setSubject(RequestMetadata.SYSTEM);
      return work.get();
    } finally {
      if (activated) {
        requestContext.deactivate();
      }
    }
  }
}
