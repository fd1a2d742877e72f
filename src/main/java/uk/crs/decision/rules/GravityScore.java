package uk.crs.decision.rules;

/** The final gravity score and how it was reached, in words an officer can check. */
public record GravityScore(int score, int maxScore, String working) {}
