"""The bottom layer: plain, engine-neutral data that every other layer speaks.

`catalog` (the schema), `findings` (what rules report), `changes` (what plans are made of),
`script` (a migration's steps and their text form). Nothing here opens a connection or knows
an engine.
"""
