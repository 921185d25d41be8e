package com.projectflo.identity.application;

import com.projectflo.platform.application.AccessDeniedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link RequiresPermission} at the service boundary: 401 anonymous, 403 not allowed. */
@RequiresPermission
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class PermissionInterceptor {

  @Inject private CurrentCaller currentCaller;

  @AroundInvoke
  Object check(InvocationContext invocation) throws Exception {
    RequiresPermission required = invocation.getMethod().getAnnotation(RequiresPermission.class);
    if (required == null) {
      required = invocation.getMethod().getDeclaringClass().getAnnotation(RequiresPermission.class);
    }
    Caller caller = currentCaller.get();
    if (caller.isClientUser() && !required.clientUsers()) {
      throw new AccessDeniedException(
          required.value().isEmpty() ? "a studio account" : required.value());
    }
    if (!required.value().isEmpty() && !caller.holds(required.value())) {
      throw new AccessDeniedException(required.value());
    }
    return invocation.proceed();
  }
}
