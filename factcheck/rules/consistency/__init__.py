"""Consistency rules: one quantity stated in two places (headline and body, twice, two units)."""
