package io.github.schoolsafeguarding.policy.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The README, CI and LSCBs' own builds use these names: changing one is a breaking change. */
class PropertyNamesTest {

    @Test
    void propertyNamesAreStable() {
        assertEquals(List.of("policy.content", "policy.theme", "policy.output", "policy.areas", "policy.skip", "policy.port",
                        "policy.table", "policy.given", "policy.scenarios", "policy.out",
                        "policy.strict", "policy.today", "policy.checkWebLinks",
                        "policy.area", "policy.name", "policy.page", "policy.refresh", "policy.cache"),
                List.of(PropertyNames.CONTENT, PropertyNames.THEME, PropertyNames.OUTPUT, PropertyNames.AREAS,
                        PropertyNames.SKIP, PropertyNames.PORT, PropertyNames.TABLE, PropertyNames.GIVEN,
                        PropertyNames.SCENARIOS, PropertyNames.OUT, PropertyNames.STRICT, PropertyNames.TODAY,
                        PropertyNames.CHECK_WEB_LINKS, PropertyNames.AREA, PropertyNames.NAME, PropertyNames.PAGE,
                        PropertyNames.REFRESH, PropertyNames.CACHE));
    }
}
