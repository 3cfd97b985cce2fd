"""``python -m biaslens``: the same as the ``biaslens`` command."""

from .cli import main

main()
