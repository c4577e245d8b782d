package org.incasso.onboarding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param signUpsPerHour sign-ups (new accounts) one client address may attempt per hour once its
 *     input is valid; also bounds how fast anyone can probe which e-mail addresses have an account
 */
@ConfigurationProperties("incasso.onboarding")
public record OnboardingProperties(@DefaultValue("10") int signUpsPerHour) {

    public OnboardingProperties {
        if (signUpsPerHour < 1) {
            throw new IllegalArgumentException("incasso.onboarding.sign-ups-per-hour must be at least 1");
        }
    }
}
