"""Trained weights shipped with the package (see MODEL_CARD.md at the repo root)."""
