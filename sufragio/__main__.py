"""Allow `python -m sufragio` as an alias of the `sufragio` console command."""

from sufragio.cli import main

main()
