package com.projectflo.ledger.rest;

import com.projectflo.ledger.application.LineOperation;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One operation on a build's lines (docs/pricing.md, "Operations"). */
@Schema(
    name = "Operation",
    description =
        "addCoverage {coverageSceneId, operatorTypeId, quantity, hours (Hourly only)};"
            + " modifyCoverage {lineId, quantity, hours}; removeCoverage {lineId};"
            + " addDeliverable {deliverableId}; removeDeliverable {lineId};"
            + " addComponent {lineId (deliverable line), coverageSceneId, editingStyleId,"
            + " targetMinutes, included}; modifyComponent {lineId, editingStyleId, targetMinutes,"
            + " included}; removeComponent {lineId}; addBillableItem {billableItemId, quantity,"
            + " notes}; modifyBillableItem {lineId, quantity, notes}; removeBillableItem {lineId}")
public record OperationRequest(
    @Schema(
            required = true,
            enumeration = {
              "addCoverage",
              "modifyCoverage",
              "removeCoverage",
              "addDeliverable",
              "removeDeliverable",
              "addComponent",
              "modifyComponent",
              "removeComponent",
              "addBillableItem",
              "modifyBillableItem",
              "removeBillableItem"
            })
        String op,
    Integer lineId,
    Integer coverageSceneId,
    Integer operatorTypeId,
    @Schema(minimum = "1", maximum = "10000") Integer quantity,
    @Schema(description = "Hours per operator (Hourly operator types): above 0, at most 9999.99")
        BigDecimal hours,
    Integer deliverableId,
    Integer editingStyleId,
    @Schema(description = "0 to 999999.99, 2 decimals") BigDecimal targetMinutes,
    Boolean included,
    Integer billableItemId,
    @Schema(maxLength = 2000) String notes) {

  LineOperation toOperation() {
    return new LineOperation(
        LineOperation.Kind.ofLabel(op),
        lineId,
        coverageSceneId,
        operatorTypeId,
        quantity,
        hours,
        deliverableId,
        editingStyleId,
        targetMinutes,
        included,
        billableItemId,
        notes);
  }

  static OperationRequest of(LineOperation operation) {
    return new OperationRequest(
        operation.kind() == null ? null : operation.kind().label(),
        operation.lineId(),
        operation.coverageSceneId(),
        operation.operatorTypeId(),
        operation.quantity(),
        operation.hours(),
        operation.deliverableId(),
        operation.editingStyleId(),
        operation.targetMinutes(),
        operation.included(),
        operation.billableItemId(),
        operation.notes());
  }
}
