"""Async use cases wiring the pure core to the ports."""
