package uk.crs.cli;

/** Marks a command that is constructed with the process {@link Environment} instead of reading it globally. */
interface EnvironmentAware {}
