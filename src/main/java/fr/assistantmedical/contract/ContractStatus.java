package fr.assistantmedical.contract;

public enum ContractStatus {
    /** Signed, waiting for the assistant to be hired. */
    SIGNED,
    ACTIVE,
    /** The assistant is absent for a long time: aid and objectives are on hold. */
    SUSPENDED,
    TERMINATED,
    /** Reached the end of its last contract year. */
    EXPIRED,
    /** Followed by a new contract. */
    RENEWED
}
