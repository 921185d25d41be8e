package com.projectflo.execution.application;

import com.projectflo.identity.model.Contributor;
import java.math.BigDecimal;

/**
 * A contributor free on a date, with the hourly rate that would apply: its skill rate for the asked
 * task template ({@code "skill"}), else its default rate ({@code "default"}).
 */
public record AvailableContributor(Contributor contributor, BigDecimal rate, String rateSource) {}
