package com.projectflo.identity.application;

import com.projectflo.platform.application.FieldViolation;
import com.projectflo.platform.application.InvalidInputException;
import com.projectflo.platform.security.PasswordHasher;
import com.projectflo.platform.security.PasswordPolicy;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Password hashing (PBKDF2-HMAC-SHA256) and the policy new passwords must meet. */
@ApplicationScoped
public class PasswordService {

  @Inject
  @ConfigProperty(
      name = "projectflo.auth.pbkdf2-iterations",
      defaultValue = "" + PasswordHasher.DEFAULT_ITERATIONS)
  private int iterations;

  private PasswordHasher hasher;
  private PasswordPolicy policy;

  @PostConstruct
  void init() {
    hasher = new PasswordHasher(iterations);
    policy = new PasswordPolicy();
  }

  /**
   * The hash of a new password, which must meet the policy; {@code field} names the input in the
   * 400 problem, {@code personalWords} (e-mail local part, names) may not appear in it.
   */
  public String hashNew(String field, String password, Collection<String> personalWords) {
    List<String> problems = policy.problems(password, personalWords);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          problems.stream().map(problem -> new FieldViolation(field, problem)).toList());
    }
    return hasher.hash(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hasher.verify(password.toCharArray(), storedHash);
  }

  public boolean needsRehash(String storedHash) {
    return hasher.needsRehash(storedHash);
  }

  /** A rehash of a password already checked (iterations raised since it was stored). */
  public String rehash(String password) {
    return hasher.hash(password.toCharArray());
  }

  /** Costs what a verification costs, for an unknown account. */
  public void spendVerificationTime(String password) {
    hasher.spendEquivalentTime(password == null ? new char[0] : password.toCharArray());
  }
}
