package io.github.schoolsafeguarding.policy.override;

/** The commands the override messages tell a maintainer to run, written once so that they agree. */
final class Commands {

    private Commands() {}

    /** Shows how an area's copy differs from the shared page now. */
    static String diff(String area, String page) {
        return "mvn -N policy:diff -Dpolicy.area=" + area + " -Dpolicy.page=" + page;
    }

    /** Records that an area's copy follows the shared page as it is now. */
    static String markUpToDate(String area, String page) {
        return "mvn -N policy:override -Dpolicy.area=" + area + " -Dpolicy.page=" + page + " -Dpolicy.refresh";
    }

    /** Makes an area's copy of a shared page. */
    static String copy(String area, String page) {
        return "mvn -N policy:override -Dpolicy.area=" + area + " -Dpolicy.page=" + page;
    }
}
