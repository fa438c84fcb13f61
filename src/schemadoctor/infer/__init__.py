"""Foreign-key inference: names, types, keys and data evidence for the references a schema
never declared. `infer(context)` computes it once per check run."""

from schemadoctor.infer.engine import (
    Inference,
    InferredForeignKey,
    Settings,
    infer,
    run_inference,
)

__all__ = ["Inference", "InferredForeignKey", "Settings", "infer", "run_inference"]
