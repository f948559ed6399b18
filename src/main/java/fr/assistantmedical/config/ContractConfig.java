package fr.assistantmedical.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "app.contracts")
public interface ContractConfig {

    /** How many days ahead of today a signature date may be recorded (0: not in the future). */
    @WithDefault("0")
    int signatureMarginDays();
}
