"""Foreign-key inference: names, types, keys and data evidence for the references a schema
never declared (see `run_inference`)."""

from schemadoctor.infer.engine import (
    Inference,
    InferredForeignKey,
    Settings,
    run_inference,
)

__all__ = ["Inference", "InferredForeignKey", "Settings", "run_inference"]
