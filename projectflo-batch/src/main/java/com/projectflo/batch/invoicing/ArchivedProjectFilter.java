package com.projectflo.batch.invoicing;

import com.projectflo.billing.application.DueInstallment;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.logging.Logger;

/**
 * Holds back the installments of archived projects (a cancelled wedding): they are counted as
 * filtered and stay uninvoiced until the project is restored or the installment invoiced by hand.
 * Every other due installment goes on to the writer.
 */
@Named
@Dependent
public class ArchivedProjectFilter implements ItemProcessor {

  private static final Logger LOG = Logger.getLogger(ArchivedProjectFilter.class.getName());

  @Override
  public Object processItem(Object item) {
    DueInstallment installment = (DueInstallment) item;
    if (installment.projectArchived()) {
      LOG.fine(
          () ->
              "Installment "
                  + installment.installmentId()
                  + " held back: project "
                  + installment.projectId()
                  + " is archived");
      return null;
    }
    return installment;
  }
}
