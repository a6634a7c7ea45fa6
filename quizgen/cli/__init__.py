"""The ``quizgen`` command. Subcommands live in their own modules and are imported only when
run, so ``quizgen --help`` stays fast (WeasyPrint, Starlette and SQLAlchemy load on demand)."""

from __future__ import annotations

import importlib
import sys

import click

from quizgen import __version__

# name -> "module:attribute"; order is the order of ``quizgen --help``.
COMMANDS = {
    "extract": ("quizgen.cli.extract_cmd:extract", "Extract facts and questions from articles into a JSON bank."),
    "facts": ("quizgen.cli.facts_cmd:facts", "Print the facts the rules find in articles."),
    "worksheet": ("quizgen.cli.worksheet_cmd:worksheet", "Render printable worksheets and answer keys (HTML, PDF)."),
    "serve": ("quizgen.cli.serve_cmd:serve", "Serve a quiz to a class in the browser and collect results."),
    "export": ("quizgen.cli.export_cmd:export", "Export a bank to Moodle, Canvas, Anki, Kahoot and more."),
    "formats": ("quizgen.cli.export_cmd:formats", "List the export formats."),
    "schema": ("quizgen.cli.schema_cmd:schema", "Print the JSON Schema of question banks."),
    "validate": ("quizgen.cli.schema_cmd:validate", "Check that bank files match the schema."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return [name for name in COMMANDS if _importable(COMMANDS[name][0])]

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        target = COMMANDS[name][0]
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                return None
            raise
        return getattr(module, attr)

    def format_commands(self, ctx, formatter):
        rows = [(name, COMMANDS[name][1]) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _importable(target: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(target.split(":")[0]) is not None


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quizgen")
def cli():
    """Turn encyclopedia articles (Markdown + YAML frontmatter) into quizzes.

    \b
    quizgen extract seeds/ -o output/seeds.bank.json
    quizgen worksheet output/seeds.bank.json -o output/
    quizgen serve output/seeds.bank.json
    quizgen export output/seeds.bank.json --format gift -o output/seeds.gift
    """


def _show_input_warnings() -> None:
    """Warnings about inputs (a NUL byte dropped) as one ``quizgen: warning:`` line each."""
    import warnings

    from quizgen.errors import InputWarning

    shown = warnings.showwarning

    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, InputWarning):
            click.echo(f"quizgen: warning: {message}", err=True)
        else:
            shown(message, category, filename, lineno, file, line)

    warnings.showwarning = show
    warnings.simplefilter("always", InputWarning)


def main(argv: list[str] | None = None) -> None:
    """Entry point: user errors become one line on stderr and exit code 1, never a traceback."""
    from quizgen.errors import QuizgenError

    _show_input_warnings()

    try:
        cli.main(args=argv, prog_name="quizgen", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except QuizgenError as exc:
        click.echo(f"quizgen: error: {exc}", err=True)
        sys.exit(1)
    except ImportError as exc:
        from quizgen.optional import missing_extra

        missing = missing_extra(exc)  # e.g. psycopg for a postgresql:// database
        if missing is None:
            raise
        click.echo(f"quizgen: error: {missing}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
    except OSError as exc:
        # A file the command writes (an unwritable or full output folder): one line naming it.
        # Inputs that cannot be read are reported by name long before this point.
        if not exc.filename:
            raise
        click.echo(f"quizgen: error: cannot write {exc.filename}: {exc.strerror or exc}", err=True)
        sys.exit(1)
    except SystemExit:
        raise
    else:
        ctx_code = 0
        sys.exit(ctx_code)
