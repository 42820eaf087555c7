"""Image moderation: PDQ hashes, hash banks and their exchange files, the image policy.

Pure: pixel arrays and hashes in, matches and verdicts out. Decoding and the
nudity model live in `causette.media`.
"""
