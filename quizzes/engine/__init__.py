"""Question generation for newsquiz: pure Python (spaCy), no Django imports."""

from .drafts import (
    DEFAULT_PIPELINE,
    GENERATOR_VERSION,
    KINDS,
    Choice,
    Draft,
    EngineError,
    Evidence,
    Generation,
)
from .generate import generate
from .nlp import load_pipeline

__all__ = [
    "DEFAULT_PIPELINE",
    "GENERATOR_VERSION",
    "KINDS",
    "Choice",
    "Draft",
    "EngineError",
    "Evidence",
    "Generation",
    "generate",
    "load_pipeline",
]
