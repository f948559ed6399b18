package fr.assistantmedical.contract.core;

/** The doctor's RPPS number: 11 digits, the last a Luhn check digit over the first ten. */
public final class Rpps {

    private Rpps() {
    }

    public static boolean isValid(String rpps) {
        if (rpps == null || !rpps.matches("[0-9]{11}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int digit = rpps.charAt(10 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit >= 10) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    /** For logs: the last four digits only. */
    public static String masked(String rpps) {
        return rpps == null || rpps.length() < 4 ? "***" : "*******" + rpps.substring(rpps.length() - 4);
    }
}
