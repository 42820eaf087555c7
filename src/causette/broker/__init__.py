"""Broker adapters: in-process (one node) and Redis (several nodes)."""
