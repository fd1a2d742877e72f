package uk.crs.scrutiny;

/** Where a panel member comes from; panels draw on these (issue 12, from Cleveland, Durham and Cheshire practice). */
public enum Agency {
    MAGISTRACY,
    CROWN_PROSECUTION_SERVICE,
    YOUTH_OFFENDING_SERVICE,
    PROBATION,
    VICTIM_SERVICES,
    PCC_OFFICE,
    POLICE,
    OTHER
}
