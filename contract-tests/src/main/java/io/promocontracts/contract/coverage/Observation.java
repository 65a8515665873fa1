package io.promocontracts.contract.coverage;

import io.promocontracts.specs.ApiSpec;

/**
 * One answer a contract source saw: the operation it was for, its status and, when the case was
 * built from a named example of that status, the example's name ({@code null} otherwise).
 */
public record Observation(ContractSource source, ApiSpec spec, String operationId, int status, String example) {
}
