"""Questions asked of the data, pushed down into the database as SQL and bounded (sampling,
LIMIT, the Database's statement timeout) so that a check on a big database stays cheap."""
