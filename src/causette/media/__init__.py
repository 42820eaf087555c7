"""BlobStore adapters and image decoding."""
