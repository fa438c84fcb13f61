"""Planning: a check's fixes in, one ordered, reversible migration out (see `builder`)."""
