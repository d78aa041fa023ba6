"""``python -m telisik`` runs the command line."""

from telisik.cli.main import main

main()
