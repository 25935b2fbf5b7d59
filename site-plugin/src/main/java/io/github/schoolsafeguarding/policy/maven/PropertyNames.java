package io.github.schoolsafeguarding.policy.maven;

/** The {@code -Dpolicy.…} properties every goal reads; a test pins them, since READMEs and CI use them. */
public final class PropertyNames {

    public static final String CONTENT = "policy.content";
    public static final String THEME = "policy.theme";
    public static final String OUTPUT = "policy.output";
    public static final String AREAS = "policy.areas";
    public static final String SKIP = "policy.skip";
    public static final String PORT = "policy.port";
    public static final String TABLE = "policy.table";
    public static final String GIVEN = "policy.given";
    public static final String SCENARIOS = "policy.scenarios";
    public static final String OUT = "policy.out";
    public static final String STRICT = "policy.strict";
    public static final String TODAY = "policy.today";
    public static final String CHECK_WEB_LINKS = "policy.checkWebLinks";
    public static final String AREA = "policy.area";
    public static final String NAME = "policy.name";
    public static final String PAGE = "policy.page";
    public static final String REFRESH = "policy.refresh";
    public static final String CACHE = "policy.cache";

    private PropertyNames() {}
}
