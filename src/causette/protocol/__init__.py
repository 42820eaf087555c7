"""Wire format: frames to and from commands and events. Imports `causette.domain` only."""
