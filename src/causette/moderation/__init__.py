"""Pure content analysis: normalisation, lexicons, classifiers, policy, verdicts."""
