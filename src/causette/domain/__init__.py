"""Pure rules and value objects. Imports the standard library only."""
