package com.projectflo.identity.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The system-wide permission a service method needs (checked by {@link PermissionInterceptor}
 * before the method runs). Project-scoped operations use {@link ProjectAccess} instead, and {@link
 * #value} empty only demands an authenticated caller.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresPermission {

  @Nonbinding
  String value() default "";

  /** Whether a client's portal user may call it at all (with its own data only). */
  @Nonbinding
  boolean clientUsers() default false;
}
