package uk.crs.policy;

/** Where an offender under 18 is tried (Magistrates' Courts Act 1980 s.24, s.24A; Sentencing Act 2020 s.249). */
public enum YouthVenue {
    /** Tried summarily in the youth court, whatever the adult mode of trial. */
    YOUTH_COURT,
    /** A grave crime: the youth court may send it to the Crown Court. */
    YOUTH_COURT_OR_CROWN_COURT,
    /** Always sent to the Crown Court (homicide). */
    CROWN_COURT
}
