"""Causette: a self-hostable anonymous chat where nothing reaches anyone before its verdict."""

__version__ = "0.1.0"
