package com.projectflo.crm.application;

import com.projectflo.crm.model.Client;
import java.util.List;

/** A client with its contact (loaded), its projects and its balance. */
public record ClientView(Client client, List<ClientProject> projects, BalanceSummary balance) {}
