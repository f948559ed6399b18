package fr.assistantmedical.contract.core;

import static fr.assistantmedical.contract.core.Fixtures.parameter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.contract.core.LawParameters.FirstYearStart;
import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Parameter;
import fr.assistantmedical.rules.ParameterType;
import fr.assistantmedical.rules.ParameterValue;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Warning;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The law's parameters of the contract rules, read with each value and without them. */
class LawParametersTest {

    private static final LocalDate ON = LocalDate.parse("2025-03-01");

    private static Rulebook with(String name, ParameterType type, Object value, Certainty certainty) {
        return Fixtures.with(parameter(name, type, value, certainty));
    }

    @Test
    void contractYearOneStartsAtTheSignatureOrTheHire() {
        assertEquals(FirstYearStart.SIGNATURE, LawParameters.firstYearStart(Fixtures.RULEBOOK, ON).value());
        assertEquals(FirstYearStart.HIRE, LawParameters.firstYearStart(with(LawParameters.FIRST_YEAR_START,
                ParameterType.INDICATOR, "HIRE", Certainty.OFFICIAL), ON).value());
        LawParameters.Read<FirstYearStart> signature = LawParameters.firstYearStart(with(
                LawParameters.FIRST_YEAR_START, ParameterType.INDICATOR, "SIGNATURE", Certainty.OFFICIAL), ON);
        assertEquals(FirstYearStart.SIGNATURE, signature.value());
        assertTrue(signature.warnings().isEmpty());
        LawParameters.Read<FirstYearStart> provisional = LawParameters.firstYearStart(with(
                LawParameters.FIRST_YEAR_START, ParameterType.INDICATOR, "HIRE", Certainty.PROVISIONAL), ON);
        assertEquals(FirstYearStart.HIRE, provisional.value());
        assertEquals(List.of(new Warning(LawParameters.FIRST_YEAR_START, "Valeur provisoire (HIRE).")),
                provisional.warnings());
        Rulebook noted = Fixtures.with(new Parameter(LawParameters.FIRST_YEAR_START, "test", ParameterType.INDICATOR,
                null, List.of(new ParameterValue(Fixtures.RULEBOOK.firstDate(), "HIRE", null, Certainty.PROVISIONAL,
                        null, "Lu dans une seule source.", null, false))));
        assertEquals(List.of(new Warning(LawParameters.FIRST_YEAR_START,
                "Valeur provisoire (HIRE) : Lu dans une seule source.")),
                LawParameters.firstYearStart(noted, ON).warnings());
        LawParameters.Read<FirstYearStart> unknown = LawParameters.firstYearStart(with(
                LawParameters.FIRST_YEAR_START, ParameterType.INDICATOR, null, null), ON);
        assertEquals(FirstYearStart.SIGNATURE, unknown.value());
        assertTrue(unknown.warnings().get(0).message().startsWith("Valeur inconnue"));
    }

    @Test
    void aRenewalStartsAtTheTableYearGivenElseAtYearOne() {
        assertEquals(1, LawParameters.renewalAmountsFromYear(Fixtures.RULEBOOK, ON).value());
        assertEquals(3, LawParameters.renewalAmountsFromYear(with(LawParameters.RENEWAL_AMOUNTS_FROM_YEAR,
                ParameterType.INTEGER, 3, Certainty.SECONDARY), ON).value());
        assertEquals(2, LawParameters.renewalAmountsFromYear(with(LawParameters.RENEWAL_AMOUNTS_FROM_YEAR,
                ParameterType.INTEGER, 2, Certainty.SECONDARY), ON).value());
    }

    @Test
    void renewableOptionsArePerRegimeOfTheSignatureAndAllWithoutThem() {
        LawParameters.Read<Optional<List<String>>> none = LawParameters.renewableOptions(Fixtures.RULEBOOK,
                "AVENANT_7_2019", ON);
        assertEquals(Optional.empty(), none.value());
        assertTrue(LawParameters.renewable(none, Option.THIRD_TIME));
        Rulebook rulebook = with(LawParameters.RENEWABLE_OPTIONS + ".AVENANT_7_2019", ParameterType.OPTIONS,
                List.of("THIRD_TIME"), Certainty.SECONDARY);
        LawParameters.Read<Optional<List<String>>> avenant7 = LawParameters.renewableOptions(rulebook,
                "AVENANT_7_2019", ON);
        assertTrue(LawParameters.renewable(avenant7, Option.THIRD_TIME));
        assertTrue(!LawParameters.renewable(avenant7, Option.HALF_TIME));
        assertEquals(Optional.empty(), LawParameters.renewableOptions(rulebook, "CONVENTION_2024", ON).value());
    }

    @Test
    void theBundledLawCountsYearsFromTheHireContinuesRenewalsAtYearThreeAndKeepsTheArbitralClause() {
        Rulebook law = Fixtures.BUNDLED;
        assertEquals(FirstYearStart.HIRE, LawParameters.firstYearStart(law, LocalDate.parse("2019-09-01")).value());
        assertEquals(FirstYearStart.HIRE, LawParameters.firstYearStart(law, ON).value());
        assertEquals(3, LawParameters.renewalAmountsFromYear(law, ON).value());
        LawParameters.Read<Optional<List<String>>> before = LawParameters.renewableOptions(law, "AVENANT_7_2019",
                LocalDate.parse("2023-04-30"));
        assertTrue(LawParameters.renewable(before, Option.HALF_TIME));
        LawParameters.Read<Optional<List<String>>> after = LawParameters.renewableOptions(law, "AVENANT_7_2019",
                LocalDate.parse("2023-05-01"));
        assertTrue(LawParameters.renewable(after, Option.THIRD_TIME));
        assertTrue(!LawParameters.renewable(after, Option.HALF_TIME));
        assertTrue(!LawParameters.renewable(after, Option.FULL_TIME));
    }
}
