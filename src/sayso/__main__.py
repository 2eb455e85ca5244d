"""`python -m sayso` runs the command line."""

from .cli import app

app(prog_name="sayso")
