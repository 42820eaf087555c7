"""MessageStore adapters: SQLite (default) and PostgreSQL."""
