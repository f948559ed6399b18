package fr.assistantmedical.contract;

/** What staff can ask of a contract. Expiry is not an action: it follows from the calendar. */
public enum ContractAction {
    ACTIVATE,
    SUSPEND,
    RESUME,
    TERMINATE,
    RENEW
}
