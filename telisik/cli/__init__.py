"""The command-line interface: ``telisik ingest | run | stories | story | article | export | analyze | eval | report``."""
