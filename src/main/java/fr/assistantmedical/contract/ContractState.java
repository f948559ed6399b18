package fr.assistantmedical.contract;

import fr.assistantmedical.contract.persistence.ContractEntity;
import fr.assistantmedical.contract.persistence.ContractYearEntity;
import fr.assistantmedical.contract.persistence.ReviewEntity;
import java.util.List;

/** A contract as loaded: the contract row, its schedule and its reviews. */
public record ContractState(ContractEntity contract, List<ContractYearEntity> years, List<ReviewEntity> reviews) {

    public ContractYearEntity year(int n) {
        return years.stream().filter(y -> y.contractYear == n).findFirst().orElse(null);
    }

    public ContractYearEntity lastYear() {
        return years.get(years.size() - 1);
    }
}
