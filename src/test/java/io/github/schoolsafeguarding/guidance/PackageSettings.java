package io.github.schoolsafeguarding.guidance;

/** ApprovalTests' settings for this package: approved files live together, beside the tests. */
public class PackageSettings {

    /** Read by ApprovalTests by name. */
    public static String UseApprovalSubdirectory = "approved";
}
