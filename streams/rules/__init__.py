"""Rule kinds, one per module, behind the `Rule` protocol in `base`."""
