"""Causette's benchmark: load generator, peer servers and scenario runner (`make bench`)."""
