"""`schemadoctor demo`: a realistic database with known faults, and the story of fixing it.

`build.build_database` writes the database; `story.run_story` runs the steps of `story.STEPS`
on it (today: build, check). Later steps (plan, apply, verify) are added to that list.
"""

from schemadoctor.demo.build import build_database
from schemadoctor.demo.schema import DECOYS, FAULTS, Fault
from schemadoctor.demo.story import STEPS, DemoContext, Step, run_story

__all__ = [
    "DECOYS",
    "FAULTS",
    "STEPS",
    "DemoContext",
    "Fault",
    "Step",
    "build_database",
    "run_story",
]
